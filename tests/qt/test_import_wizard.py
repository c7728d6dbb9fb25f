"""The spreadsheet import wizard and the Export menu, driven through their widgets on the
sample tour: every page, the database checked through services, undo and redo, files that
cannot be read, and exported lists that read back."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QListWidget, QTableView, QWizard

from tourplanner.imports.row_import import Action
from tourplanner.imports.spreadsheets import read_sheets
from tourplanner.qt import settings as keys
from tourplanner.qt import sheet_actions
from tourplanner.qt.dialogs.import_wizard import (
    DONE_PAGE,
    FILE_PAGE,
    MAPPING_PAGE,
    PREVIEW_PAGE,
    SHEET_PAGE,
    ImportWizard,
)
from tourplanner.qt.main_window import MainWindow
from tourplanner.qt.models.import_preview import PreviewModel
from tourplanner.services import participants, sites
from tourplanner.services.tourfile import SAMPLE_SLUG

DATA = Path(__file__).resolve().parents[1] / "data" / "people"
NEXT = QWizard.WizardButton.NextButton
IMPORT = QWizard.WizardButton.CommitButton


def people(window: MainWindow) -> dict[str, Any]:
    """The tour's people by key, as stored."""
    return {p.key: p for p in participants.list_participants(window.db, SAMPLE_SLUG)}


def open_wizard(qtbot: Any, window: MainWindow, kind: str = "people") -> ImportWizard:
    action = window.actions_.import_people if kind == "people" else window.actions_.import_sites
    assert action.isEnabled()
    action.trigger()
    wizard = window.sheet_actions.import_wizard
    qtbot.waitUntil(wizard.isVisible)
    assert wizard.currentId() == FILE_PAGE
    return wizard


def click(qtbot: Any, wizard: ImportWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose_file(qtbot: Any, wizard: ImportWizard, path: Path) -> None:
    wizard.file_page.path.setText(str(path))
    click(qtbot, wizard, NEXT)


def import_now(qtbot: Any, wizard: ImportWizard) -> None:
    assert wizard.currentId() == PREVIEW_PAGE
    click(qtbot, wizard, IMPORT)
    qtbot.waitUntil(lambda: wizard.currentId() == DONE_PAGE, timeout=20_000)


def counts(wizard: ImportWizard) -> dict[str, str]:
    chips = wizard.preview_page.counts
    return {a.value: chips[a].text() for a in Action if chips[a].isVisible()}


def test_a_workbook_through_every_page_then_undo_and_redo(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    before = people(window)
    wizard = open_wizard(qtbot, window)
    choose_file(qtbot, wizard, DATA / "two_sheets.xlsx")
    # Two sheets: the one with the list is offered first.
    assert wizard.currentId() == SHEET_PAGE
    page = wizard.sheet_page
    assert page.sheets.count() == 2
    assert page.sheets.currentItem().text().startswith("Participants — 4 rows")
    assert "no recognised headers" in page.sheets.item(0).text()
    click(qtbot, wizard, NEXT)

    assert wizard.currentId() == MAPPING_PAGE
    mapping = wizard.mapping_page
    assert mapping.header_note.text() == "The headers are on row 1."
    assert [c.currentData() for c in mapping.combos] == [
        "full_name",
        "organisation",
        "title",
        "email",
        "phone",
        "country",
        "role",
        "groups",
    ]
    assert mapping.status.text() == "8 of 8 columns are imported; the others are left out."
    click(qtbot, wizard, NEXT)

    assert wizard.currentId() == PREVIEW_PAGE
    assert counts(wizard) == {"create": "3 new", "reject": "0 with errors"}
    preview = wizard.preview_page
    assert preview.model.rowCount() == 3
    assert preview.model.data(preview.model.index(0, PreviewModel.RESULT)) == "New"
    import_now(qtbot, wizard)

    assert wizard.done_page.summary.text() == (
        "People from two_sheets.xlsx (Participants): 3 new, 0 updated, 0 unchanged."
    )
    after = people(window)
    assert set(after) - set(before) == {"liu-yang", "wang-fang", "zhao-lei"}
    assert after["wang-fang"].phone == "+971 4 555 0123"
    assert (
        window.session.undo_stack.undoText() == "Import people from two_sheets.xlsx (Participants)"
    )
    # The workspace shows the people, and the snapshot has them.
    assert window.workspace.current_view() == "participants"
    assert "wang-fang" in {p.key for p in window.session.snapshot.participants}
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    window.actions_.undo.trigger()
    assert set(people(window)) == set(before)
    assert "wang-fang" not in {p.key for p in window.session.snapshot.participants}
    window.actions_.redo.trigger()
    assert set(people(window)) == set(after)
    wang = people(window)["wang-fang"]
    press = next(g for g in window.session.snapshot.groups if g.name == "Press pool")
    assert wang.id in press.member_ids  # the membership came back with the new id
    # An undo after the redo still finds the people (by their new ids).
    window.actions_.undo.trigger()
    assert set(people(window)) == set(before)


@pytest.mark.parametrize("suffix", ["ods", "xls"])
def test_an_ods_or_xls_list_imports_like_the_xlsx(
    qtbot, sample_window: MainWindow, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    window = sample_window
    before = people(window)
    wizard = open_wizard(qtbot, window)
    offered: list[str] = []

    def pick(_parent: Any, _title: str, _folder: str, filters: str) -> tuple[str, str]:
        offered.append(filters)
        return str(DATA / f"participants.{suffix}"), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(pick))
    qtbot.mouseClick(wizard.file_page.browse, Qt.MouseButton.LeftButton)
    assert offered and all(f"*.{s}" in offered[0] for s in ("xlsx", "xlsb", "ods", "xls"))
    click(qtbot, wizard, NEXT)
    assert wizard.currentId() == MAPPING_PAGE  # one sheet: straight to the columns
    click(qtbot, wizard, NEXT)
    assert counts(wizard) == {"create": "4 new", "reject": "0 with errors"}
    import_now(qtbot, wizard)
    added = {k: p for k, p in people(window).items() if k not in before}
    assert set(added) == {"zhang-wei", "han-bing", "tang-rui", "anna-keller"}
    assert (added["han-bing"].phone, added["han-bing"].precedence) == ("+86 138 0013 8000", 5)
    assert added["zhang-wei"].is_vip and added["zhang-wei"].local_name == "张伟"
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)


def test_an_update_is_undone_to_the_old_values(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    before = people(window)
    wizard = open_wizard(qtbot, window)
    choose_file(qtbot, wizard, DATA / "updates_existing.csv")
    assert wizard.currentId() == MAPPING_PAGE  # a text file has one sheet
    click(qtbot, wizard, NEXT)
    assert counts(wizard) == {
        "create": "1 new",
        "update": "2 to update",
        "unchanged": "2 unchanged",
        "reject": "0 with errors",
    }
    model = wizard.preview_page.model
    shang = next(r for r in range(model.rowCount()) if model.row_at(r).label == "Shang Yong")
    assert model.details(shang) == "Changes Job title"
    title_column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Title"
    )
    # The changed cell says what is stored now.
    assert model.data(model.index(shang, title_column), Qt.ItemDataRole.ToolTipRole) == (
        f"Now: {before['shang-yong'].title}"
    )
    import_now(qtbot, wizard)
    after = people(window)
    assert after["shang-yong"].title == "Editor-in-Chief and Publisher"
    assert after["meng-linghua"].dietary == "No shellfish."
    assert "zhang-wei" in after
    wizard.accept()

    window.actions_.undo.trigger()
    restored = people(window)
    assert set(restored) == set(before)
    for key in ("shang-yong", "meng-linghua", "dai-jiuyue", "wang-jia"):
        assert (restored[key].title, restored[key].dietary, restored[key].email) == (
            before[key].title,
            before[key].dietary,
            before[key].email,
        )


def test_columns_chosen_by_hand_are_remembered(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    wizard = open_wizard(qtbot, window)
    choose_file(qtbot, wizard, DATA / "needs_map.csv")
    mapping = wizard.mapping_page
    assert "No row names a column Tourplanner knows" in mapping.header_note.text()
    assert mapping.status.text() == "Choose the column that holds: Name."
    assert not wizard.button(NEXT).isEnabled()
    for column, field in enumerate(("full_name", "email", "phone", "organisation")):
        mapping.choose(column, field)
    # Choosing Name for a second column takes it from the first.
    mapping.choose(3, "full_name")
    assert mapping.combos[0].currentData() is None
    mapping.choose(0, "full_name")
    mapping.choose(3, "organisation")
    assert [c.currentData() for c in mapping.combos] == [
        "full_name",
        "email",
        "phone",
        "organisation",
    ]
    click(qtbot, wizard, NEXT)
    assert counts(wizard) == {"create": "2 new", "reject": "0 with errors"}
    import_now(qtbot, wizard)
    zhang = people(window)["zhang-wei"]
    assert (zhang.email, zhang.phone, zhang.organisation) == (
        "zhang.wei@example.com",
        "+33 6 12 34 56 78",
        "European Chinese News",
    )
    wizard.accept()
    assert "needs_map" not in window.settings.get(keys.IMPORT_MAPPINGS)  # by headers, not name
    assert "Courriel" in window.settings.get(keys.IMPORT_MAPPINGS)

    # The next file with these headers opens with the same choices.
    again = open_wizard(qtbot, window)
    choose_file(qtbot, again, DATA / "needs_map.csv")
    page = again.mapping_page
    assert page.remembered.isVisible()
    assert [c.currentData() for c in page.combos] == [
        "full_name",
        "email",
        "phone",
        "organisation",
    ]
    click(qtbot, again, NEXT)
    # Imported already: the same people are now matched, nothing to write.
    assert counts(again) == {
        "create": "0 new",
        "unchanged": "2 unchanged",
        "reject": "0 with errors",
    }
    assert not again.button(IMPORT).isEnabled()
    assert again.preview_page.note.text() == "Everything in the file is in the tour already."
    again.reject()


def test_rows_with_errors_are_shown_and_block_the_import(
    qtbot, sample_window: MainWindow, tmp_path: Path
) -> None:
    window = sample_window
    before = people(window)
    source = tmp_path / "bad_emails.csv"
    shutil.copyfile(DATA / "bad_emails.csv", source)
    wizard = open_wizard(qtbot, window)
    choose_file(qtbot, wizard, source)
    click(qtbot, wizard, NEXT)
    assert counts(wizard) == {"create": "1 new", "reject": "4 with errors"}
    assert not wizard.button(IMPORT).isEnabled()
    page = wizard.preview_page
    assert "nothing is imported while any row has an error" in page.note.text()
    model = page.model
    email = next(c.index for c in model.plan.mapping.columns if c.header == "Email")
    bad = [r for r in range(model.rowCount()) if model.row_at(r).action is Action.REJECT]
    assert [model.row_at(r).row for r in bad] == [3, 4, 5, 6]
    assert model.error_cells(bad[0]) == {
        email: "'li.na(at)example.com' is not a valid email address: it needs exactly one @"
    }
    # The first bad row's whole reason shows under the table.
    assert page.row_detail.text() == (
        "Row 3 (Li Na): Email: 'li.na(at)example.com'"
        " is not a valid email address: it needs exactly one @"
    )
    page.errors_only.setChecked(True)
    assert page.proxy.rowCount() == 4
    page.errors_only.setChecked(False)
    assert page.proxy.rowCount() == 5
    assert people(window) == before

    # Fixed in Excel meanwhile: read again, and the import can go ahead.
    text = source.read_text("utf-8")
    for wrong, right in (
        ("li.na(at)example.com", "li.na@example.com"),
        ("chen.hao@example\n", "chen.hao@example.org\n"),
        ("liu yang@example.net", "liu.yang@example.net"),
        ("wang.fang@@example.com", "wang.fang@example.com"),
    ):
        assert wrong in text
        text = text.replace(wrong, right)
    source.write_text(text, "utf-8")
    qtbot.mouseClick(page.reread_button, Qt.MouseButton.LeftButton)
    assert counts(wizard) == {"create": "5 new", "reject": "0 with errors"}
    assert not page.errors_only.isEnabled()
    import_now(qtbot, wizard)
    assert len(people(window)) == len(before) + 5


def test_rows_with_errors_can_be_skipped_and_are_listed_afterwards(
    qtbot, sample_window: MainWindow, tmp_path: Path
) -> None:
    window = sample_window
    before = people(window)
    source = tmp_path / "bad_emails.csv"
    shutil.copyfile(DATA / "bad_emails.csv", source)
    wizard = open_wizard(qtbot, window)
    choose_file(qtbot, wizard, source)
    click(qtbot, wizard, NEXT)
    page = wizard.preview_page
    skip = page.skip_bad
    assert counts(wizard) == {"create": "1 new", "reject": "4 with errors"}
    # Offered, not chosen: the import stays blocked until the organiser ticks it.
    assert skip.isVisible() and not skip.isChecked()
    assert skip.text().replace("&", "") == "Import the valid rows and skip the 4 rows with errors"
    assert not wizard.button(IMPORT).isEnabled()
    qtbot.mouseClick(skip, Qt.MouseButton.LeftButton)
    assert skip.isChecked() and wizard.button(IMPORT).isEnabled()
    assert page.note.text() == (
        "Importing adds 1, in one step: Undo takes it all back. "
        "The 4 rows with errors are left out."
    )
    qtbot.mouseClick(skip, Qt.MouseButton.LeftButton)
    assert not wizard.button(IMPORT).isEnabled()
    qtbot.mouseClick(skip, Qt.MouseButton.LeftButton)
    assert wizard.button(IMPORT).isEnabled()

    # One row fixed in Excel meanwhile: the rows with errors are not the ones it was
    # ticked for, so it is asked again.
    text = source.read_text("utf-8")
    source.write_text(text.replace("li.na(at)example.com", "li.na@example.com"), "utf-8")
    qtbot.mouseClick(page.reread_button, Qt.MouseButton.LeftButton)
    assert counts(wizard) == {"create": "2 new", "reject": "3 with errors"}
    assert not skip.isChecked() and not wizard.button(IMPORT).isEnabled()
    assert skip.text().replace("&", "") == "Import the valid rows and skip the 3 rows with errors"
    qtbot.mouseClick(skip, Qt.MouseButton.LeftButton)
    assert people(window) == before  # nothing written before Import
    import_now(qtbot, wizard)

    # Exactly the valid rows landed; the bad ones did not.
    after = people(window)
    added = {after[k].full_name: after[k] for k in set(after) - set(before)}
    assert set(added) == {"Zhang Wei", "Li Na"}
    assert added["Li Na"].email == "li.na@example.com"
    assert {p.full_name for p in after.values()} & {"Chen Hao", "Liu Yang", "Wang Fang"} == set()
    assert {k: v for k, v in after.items() if k in before} == before

    done = wizard.done_page
    assert done.summary.text() == (
        "People from bad_emails.csv: 2 new, 0 updated, 0 unchanged, 3 skipped."
    )
    assert done.skipped_box.isVisible()
    assert done.skipped_note.text() == (
        "3 rows were skipped because of errors; they were not imported:"
    )
    table = done.skipped
    listed = [
        tuple(table.item(r, c).text() for c in range(table.columnCount()))
        for r in range(table.rowCount())
    ]
    assert listed == [
        (
            "4",
            "Chen Hao",
            "Email: 'chen.hao@example' is not a valid email address: the domain is not valid",
        ),
        (
            "5",
            "Liu Yang",
            "Email: 'liu yang@example.net' is not a valid email address: it contains a space",
        ),
        (
            "6",
            "Wang Fang",
            "Email: 'wang.fang@@example.com' is not a valid email address: it needs exactly one @",
        ),
    ]
    qtbot.mouseClick(done.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0] == "Row\tName\tReason"
    assert copied[1:] == ["\t".join(row) for row in listed]
    assert done.suggested_path() == str(tmp_path / "bad_emails.csv.rejected.csv")
    saved = tmp_path / "to_fix.csv"
    assert done.save_skipped(str(saved))
    assert done.save_note.text() == f"Saved to {saved}"
    [sheet] = read_sheets(saved)
    assert [list(cells[:3]) for _number, cells in sheet.rows] == [
        ["Row", "Reason", "Name"],
        *[[row, reason, name] for row, name, reason in listed],
    ]

    # Undo takes back exactly the imported rows; redo brings them back.
    assert window.session.undo_stack.undoText() == "Import people from bad_emails.csv"
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    window.actions_.undo.trigger()
    assert people(window) == before
    window.actions_.redo.trigger()
    assert {p.full_name for p in people(window).values()} == {p.full_name for p in after.values()}


@pytest.mark.parametrize(
    ("name", "content", "encoding", "message"),
    [
        ("empty.csv", b"", None, "empty.csv: the file is empty"),
        (
            "binary.csv",
            b"\x00\x01\x02PK\x00\xff" * 40,
            None,
            "binary.csv: contains NUL characters; is it really a text file?",
        ),
        ("broken.xlsx", b"PK\x03\x04 not really a workbook", None, "broken.xlsx: not a readable"),
        (
            "chinese.csv",
            "姓名,单位\n张伟,欧洲时报\n".encode("gb18030"),
            "utf-8-sig",
            "chinese.csv: not utf-8-sig text (byte 0)",
        ),
        ("missing.csv", None, None, "missing.csv: no such file"),
        (
            "no_header.csv",
            (DATA / "no_header.csv").read_bytes(),
            None,
            "",  # readable: the columns page asks what each holds
        ),
    ],
)
def test_a_file_that_cannot_be_read_says_why_in_one_line(
    qtbot,
    sample_window: MainWindow,
    tmp_path: Path,
    name: str,
    content: bytes | None,
    encoding: str | None,
    message: str,
) -> None:
    window = sample_window
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    wizard = open_wizard(qtbot, window)
    if encoding is not None:
        combo = wizard.file_page.encoding
        combo.setCurrentIndex(combo.findData(encoding))
    choose_file(qtbot, wizard, path)
    error = wizard.file_page.error
    if not message:
        assert wizard.currentId() == MAPPING_PAGE
        assert not wizard.mapping_page.isComplete()
        return
    assert wizard.currentId() == FILE_PAGE
    assert error.isVisible()
    assert error.text().startswith(message) or error.text().endswith(message)
    assert "\n" not in error.text() and "Traceback" not in error.text()
    # Typing another path clears the message.
    wizard.file_page.path.setText(str(DATA / "utf8_basic.csv"))
    assert not error.isVisible()
    wizard.reject()


def test_an_import_the_tour_moved_away_from_is_refused_and_previewed_again(
    qtbot, sample_window: MainWindow
) -> None:
    window = sample_window
    wizard = open_wizard(qtbot, window)
    choose_file(qtbot, wizard, DATA / "utf8_basic.csv")
    click(qtbot, wizard, NEXT)
    assert counts(wizard) == {"create": "6 new", "reject": "0 with errors"}
    first = wizard.preview_page.model.row_at(0)
    # Someone else adds the first person meanwhile.
    participants.create_participant(
        window.db,
        SAMPLE_SLUG,
        key="theirs",
        full_name=first.values["full_name"],
        email=first.values.get("email", ""),
        organisation=first.values.get("organisation", ""),
        role="delegate",
    )
    before = people(window)
    click(qtbot, wizard, IMPORT)
    error = wizard.preview_page.error
    qtbot.waitUntil(error.isVisible, timeout=20_000)
    assert "changed since this import was previewed" in error.text()
    assert wizard.currentId() == PREVIEW_PAGE
    assert people(window) == before  # nothing written
    # The preview is of the tour as it is now: that person is matched.
    assert counts(wizard)["create"] == "5 new"
    import_now(qtbot, wizard)
    assert len(people(window)) == len(before) + 5


def test_sites_import_from_the_sites_page(qtbot, sample_window: MainWindow, tmp_path: Path) -> None:
    window = sample_window
    window.show_view("sites")
    path = tmp_path / "sites.csv"
    path.write_text(
        "名称,类别,地址,纬度,经度,容量\n"
        "Chongqing Science and Technology Museum,博物馆,重庆市江北区,29.573,106.573,200\n"
        "Lijia Smart Park,park,,,,450\n",
        encoding="utf-8",
    )
    before = {s.key: s for s in sites.list_sites(window.db, SAMPLE_SLUG)}
    qtbot.mouseClick(window.workspace.sites.import_button, Qt.MouseButton.LeftButton)
    wizard = window.sheet_actions.import_wizard
    assert wizard.kind == "sites" and wizard.windowTitle() == "Import sites"
    choose_file(qtbot, wizard, path)
    assert [c.currentData() for c in wizard.mapping_page.combos] == [
        "name",
        "category",
        "local_address",  # a Chinese sheet's 地址 is in the local script (issue 15)
        "latitude",
        "longitude",
        "capacity",
    ]
    click(qtbot, wizard, NEXT)
    assert counts(wizard) == {"create": "1 new", "update": "1 to update", "reject": "0 with errors"}
    import_now(qtbot, wizard)
    after = {s.key: s for s in sites.list_sites(window.db, SAMPLE_SLUG)}
    assert after["lijia-smart-park"].capacity == 450
    assert after["chongqing-science-and-technology-museum"].capacity == 200
    wizard.accept()
    window.actions_.undo.trigger()
    restored = {s.key: s for s in sites.list_sites(window.db, SAMPLE_SLUG)}
    assert set(restored) == set(before)
    assert restored["lijia-smart-park"].capacity == before["lijia-smart-park"].capacity


def test_participants_page_opens_the_people_wizard(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    window.show_view("participants")
    button = window.workspace.people.participants.import_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wizard = window.sheet_actions.import_wizard
    assert wizard.kind == "people" and wizard.isVisible()
    wizard.reject()
    assert not wizard.isVisible()


def test_file_menu_has_import_and_export(window: MainWindow) -> None:
    a = window.actions_
    assert a.import_people in window.file_menu.actions()
    assert a.import_sites in window.file_menu.actions()
    assert window.export_menu.menuAction() in window.file_menu.actions()
    assert [x.text() for x in window.export_menu.actions() if not x.isSeparator()] == [
        "&People…",
        "&Sites…",
        "&Visitor list for a site…",
        "Vehicle &manifests…",
        "&Rooming list…",
        "&Dietary summary…",
    ]
    # Nothing to import into or export from without an open tour.
    assert not any(x.isEnabled() for x in (a.import_people, a.import_sites, *a.exports))


def test_export_menu_writes_lists_that_read_back(
    qtbot, sample_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = sample_window
    out = tmp_path / "exports"
    asked: list[tuple[str, str]] = []
    targets = iter(
        [
            out / "people.xlsx",
            out / "sites.csv",
            out / "vehicles.xlsx",
            out / "nusri.csv",
        ]
    )

    def ask_save_path(_parent: Any, title: str, suggested: Path) -> str:
        asked.append((title, suggested.name))
        return str(next(targets))

    monkeypatch.setattr(sheet_actions, "ask_save_path", ask_save_path)
    monkeypatch.setattr(
        sheet_actions,
        "ask_site",
        lambda _parent, all_sites, _preferred: next(
            s for s in all_sites if s.key == "nusri-chongqing"
        ),
    )

    def export(action: Any) -> None:
        with qtbot.waitSignal(window.jobs.ended, timeout=20_000):
            action.trigger()

    a = window.actions_
    export(a.export_people)
    export(a.export_sites)
    export(a.export_vehicles)
    export(a.export_visitors)
    assert [t for t, _ in asked] == [
        "Export people",
        "Export sites",
        "Export vehicle manifests",
        "Export a visitor list",
    ]
    assert asked[0][1] == f"{SAMPLE_SLUG}-people.xlsx"
    assert asked[3][1] == f"{SAMPLE_SLUG}-visitors-nusri-chongqing.xlsx"
    assert window.statusBar().currentMessage().startswith("Wrote 16 rows to ")

    snap = window.session.snapshot
    [people_sheet] = read_sheets(out / "people.xlsx")
    assert people_sheet.rows[0][1][:2] == ("Key", "Name")
    assert len(people_sheet.rows) == len(snap.participants) + 1
    [sites_sheet] = read_sheets(out / "sites.csv")
    assert {r[1][0] for r in sites_sheet.rows[1:]} == {s.key for s in snap.sites}
    [vehicles] = read_sheets(out / "vehicles.xlsx")
    assert len(vehicles.rows) == 134  # a header and a line per seat
    [visitors] = read_sheets(out / "nusri.csv")
    assert visitors.rows[1][1][3] == "Shang Yong"
    # No temporary file is left beside them.
    assert sorted(p.name for p in out.iterdir()) == [
        "nusri.csv",
        "people.xlsx",
        "sites.csv",
        "vehicles.xlsx",
    ]
    # A place that cannot be written says why, in one line.
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    monkeypatch.setattr(sheet_actions, "ask_save_path", lambda *_args: str(blocked / "people.xlsx"))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(window, "show_error", lambda title, message: shown.append((title, message)))
    export(a.export_people)
    assert len(shown) == 1 and shown[0][0] == "Could not export"
    assert "not-a-folder" in shown[0][1] and "\n" not in shown[0][1]


def test_every_wizard_widget_has_an_accessible_name(qtbot, sample_window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget

    kinds = (QAbstractButton, QLabel, QLineEdit, QComboBox, QTableView, QListWidget)
    wizard = open_wizard(qtbot, sample_window)
    nameless: list[str] = []

    def look() -> None:
        nameless.extend(
            f"{wizard.currentId()}: {type(w).__name__} {w.objectName()!r}"
            for w in wizard.findChildren(QWidget)
            if isinstance(w, kinds)
            and w.objectName()
            and not w.objectName().startswith("qt_")
            and not w.accessibleName()
        )

    look()
    choose_file(qtbot, wizard, DATA / "two_sheets.xlsx")
    look()
    click(qtbot, wizard, NEXT)
    look()
    click(qtbot, wizard, NEXT)
    look()
    assert wizard.currentId() == PREVIEW_PAGE
    assert nameless == []
    wizard.reject()


def test_export_warnings_are_shown_after_the_file_is_written(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    from tourplanner.services.tours import create_tour

    create_tour(
        window.db,
        slug="empty",
        name="Empty",
        start_date=date(2026, 5, 1),
        end_date=date(2026, 5, 2),
    )
    assert window.open_tour("empty")
    target = tmp_path / "out" / "vehicles.csv"
    monkeypatch.setattr(sheet_actions, "ask_save_path", lambda *_args: str(target))
    with qtbot.waitSignal(window.jobs.ended, timeout=20_000):
        window.actions_.export_vehicles.trigger()
    assert target.exists()
    box = window.sheet_actions.export_warnings
    assert box.isVisible()
    assert box.windowTitle() == "Export vehicle manifests"
    assert box.informativeText() == "• tour 'empty' has no vehicles yet"
    box.accept()
    # Cancelling the file dialog writes nothing and starts no job.
    monkeypatch.setattr(sheet_actions, "ask_save_path", lambda *_args: "")
    window.actions_.export_people.trigger()
    assert window.jobs.current is None
    assert [p.name for p in target.parent.iterdir()] == ["vehicles.csv"]
