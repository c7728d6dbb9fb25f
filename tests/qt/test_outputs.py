"""The Outputs view, driven through its widgets: calendars, PDF briefings and CalDAV sync
reach real files and a real server; the language setting reaches the menus."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.qt.helpers import answer_open_errors, choose, type_into
from tests.servers.radicale import RadicaleServer, radicale_fixture  # noqa: F401
from tourplanner.export.ics import Selection, selected_items
from tourplanner.qt.main_window import MainWindow

PERSON = "dai-jiuyue"
NAME = "Dai Jiuyue"


def wait_for_job(qtbot, window: MainWindow, timeout: int = 60_000) -> None:
    outputs = window.workspace.outputs
    qtbot.waitUntil(lambda: not outputs.busy and not window.jobs.busy, timeout=timeout)


def events(path: Path) -> list:
    calendar = Calendar.from_ical(path.read_bytes())
    return [c for c in calendar.walk("VEVENT")]


def test_export_a_persons_ics_and_a_delegate_pdf(
    qtbot, sample_window: MainWindow, shown_errors, tmp_path: Path, monkeypatch
) -> None:
    window = sample_window
    window.show_view("outputs")
    outputs = window.workspace.outputs
    snapshot = window.session.snapshot

    # A person's calendar: the Save dialog is answered with a file in tmp_path.
    target = tmp_path / "dai.ics"
    asked: list[str] = []

    def save_name(_parent, _title, default, _filter):
        asked.append(default)
        return str(target), "Calendars (*.ics)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    panel = outputs.calendars
    outputs.tabs.setCurrentWidget(panel)
    panel.who.choose("person", PERSON)
    assert panel.who.who.currentText() == NAME
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    wait_for_job(qtbot, window)
    assert shown_errors == []
    assert asked and asked[0].endswith("dai-jiuyue.ics")
    uids = {str(e["UID"]) for e in events(target)}
    mine = {i.uid for i in selected_items(snapshot, Selection.person(PERSON))}
    assert uids == mine and mine
    assert len(uids) < len(snapshot.items)  # only this person's items, not the tour's
    assert str(target) in panel.result.text()

    # The same person's delegate briefing into a folder.
    briefings = outputs.briefings
    outputs.tabs.setCurrentWidget(briefings)
    briefings.kind.setCurrentIndex(briefings.kind.findData("delegate"))
    briefings.choose_target(PERSON)
    type_into(qtbot, briefings.output, str(tmp_path / "pdf"))
    qtbot.mouseClick(briefings.make_button, Qt.MouseButton.LeftButton)
    assert outputs.job_bar.isVisibleTo(outputs)
    wait_for_job(qtbot, window)
    assert shown_errors == []
    pdfs = list((tmp_path / "pdf").glob("*.pdf"))
    assert [p.name for p in pdfs] == ["dai-jiuyue.pdf"]
    text = subprocess.run(
        ["pdftotext", str(pdfs[0]), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert NAME in text
    assert briefings.result.text() == "Built 1, skipped 0 (already current)."

    # Again: the file is current, so it is skipped.
    qtbot.mouseClick(briefings.make_button, Qt.MouseButton.LeftButton)
    wait_for_job(qtbot, window)
    assert briefings.result.text() == "Built 0, skipped 1 (already current)."


def test_every_persons_calendar_into_a_folder(
    qtbot, sample_window: MainWindow, shown_errors, tmp_path: Path, monkeypatch
) -> None:
    window = sample_window
    window.show_view("outputs")
    panel = window.workspace.outputs.calendars
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: str(tmp_path))
    qtbot.mouseClick(panel.people_button, Qt.MouseButton.LeftButton)
    wait_for_job(qtbot, window)
    assert shown_errors == []
    files = sorted(tmp_path.glob("*.ics"))
    assert len(files) == len(window.session.snapshot.participants)
    assert (tmp_path / "dai-jiuyue.ics").exists()


def test_a_failing_output_shows_one_line(
    qtbot, sample_window: MainWindow, shown_errors, tmp_path: Path
) -> None:
    window = sample_window
    briefings = window.workspace.outputs.briefings
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    type_into(qtbot, briefings.output, str(blocker))
    qtbot.mouseClick(briefings.make_button, Qt.MouseButton.LeftButton)
    wait_for_job(qtbot, window)
    assert len(shown_errors) == 1
    title, message = shown_errors[0]
    assert title == "Could not make the briefings"
    assert "\n" not in message and message


def test_email_dry_run_writes_messages_and_lists_dispatches(
    qtbot, sample_window: MainWindow, shown_errors, tmp_path: Path
) -> None:
    window = sample_window
    email = window.workspace.outputs.email
    email.audience.choose("person", PERSON)
    assert email.dry_run.isChecked()
    type_into(qtbot, email.folder_edit, str(tmp_path / "mail"))
    asked = answer_open_errors(go_ahead=True)  # the sample's deliberate conflict
    qtbot.mouseClick(email.send_button, Qt.MouseButton.LeftButton)
    wait_for_job(qtbot, window, 120_000)
    assert len(asked) == 1
    assert shown_errors == []
    assert list((tmp_path / "mail").glob("*.eml"))
    assert "dry run" in email.result.text()
    assert email.dispatches.rowCount() >= 1
    assert email.dispatches.item(0, 3).text() == "dry-run"
    assert email.dispatches.item(0, 4).text() == "1 error was open"


def test_the_email_tab_attaches_pdfs_on_the_briefings_tabs_paper(sample_window: MainWindow) -> None:
    """The Email tab is given the Briefings tab's choice when made, not by reaching into it."""
    outputs = sample_window.workspace.outputs
    for paper, value in (("Letter", "letter"), ("A4", "a4")):
        choose(outputs.briefings.paper, paper)
        assert outputs.email.pdf_options().paper == value


def test_sending_while_the_tour_has_errors_asks_first(
    qtbot, sample_window: MainWindow, shown_errors, tmp_path: Path
) -> None:
    window = sample_window
    email = window.workspace.outputs.email
    email.audience.choose("person", PERSON)
    folder = tmp_path / "mail"
    type_into(qtbot, email.folder_edit, str(folder))

    asked = answer_open_errors(go_ahead=False)
    qtbot.mouseClick(email.send_button, Qt.MouseButton.LeftButton)
    ((text, listing),) = asked
    assert "1 error" in text
    assert "Dai Jiuyue" in listing and "Interview with iChongqing" in listing
    assert not window.workspace.outputs.busy and not window.jobs.busy, "no job started"
    assert not folder.exists() and email.dispatches.rowCount() == 0
    assert shown_errors == []

    answer_open_errors(go_ahead=True)
    qtbot.mouseClick(email.send_button, Qt.MouseButton.LeftButton)
    wait_for_job(qtbot, window, 120_000)
    assert shown_errors == []
    assert len(list(folder.glob("*.eml"))) == 1
    assert email.dispatches.rowCount() == 1
    assert email.dispatches.item(0, 4).text() == "1 error was open"


def test_caldav_sync_from_the_gui(
    qtbot, sample_window: MainWindow, shown_errors, radicale: RadicaleServer
) -> None:
    window = sample_window
    sync = window.workspace.outputs.sync
    type_into(qtbot, sync.url, radicale.url)
    type_into(qtbot, sync.user, radicale.user)
    type_into(qtbot, sync.password, radicale.password)
    sync.who.choose("person", PERSON)
    sync.dry_run.setChecked(True)
    mark = radicale.mark()
    refused = answer_open_errors(go_ahead=False)  # the sample's deliberate conflict
    qtbot.mouseClick(sync.sync_button, Qt.MouseButton.LeftButton)
    assert len(refused) == 1 and radicale.requests(mark) == []
    asked = answer_open_errors(go_ahead=True)
    qtbot.mouseClick(sync.sync_button, Qt.MouseButton.LeftButton)
    wait_for_job(qtbot, window)
    assert len(asked) == 1 and shown_errors == []
    mine = len(selected_items(window.session.snapshot, Selection.person(PERSON)))
    assert sync.result.text().startswith(f"Created {mine}, updated 0")
    assert "Dry run" in sync.result.text()
    assert not [r for r in radicale.requests() if r.is_write]

    sync.dry_run.setChecked(False)
    answer_open_errors(go_ahead=True)
    qtbot.mouseClick(sync.sync_button, Qt.MouseButton.LeftButton)
    wait_for_job(qtbot, window)
    assert shown_errors == []
    assert sync.result.text().startswith(f"Created {mine}, updated 0, deleted 0, unchanged 0")
    answer_open_errors(go_ahead=True)
    qtbot.mouseClick(sync.sync_button, Qt.MouseButton.LeftButton)
    wait_for_job(qtbot, window)
    assert sync.result.text().startswith(f"Created 0, updated 0, deleted 0, unchanged {mine}")
    # The password is never written to the settings.
    window.settings.sync()
    store = Path(window.settings.store.fileName())
    assert not store.exists() or radicale.password not in store.read_text()


@pytest.fixture
def chinese(qapp):
    from tourplanner.qt import settings as keys
    from tourplanner.qt.i18n import install_translators
    from tourplanner.qt.settings import Settings

    settings = Settings()
    settings.set(keys.LANGUAGE, "zh_CN")
    install_translators(settings)
    yield settings
    settings.set(keys.LANGUAGE, "en")
    install_translators(settings)


def test_chinese_menus(qtbot, db, chinese, shown_errors) -> None:
    window = MainWindow(db, settings=chinese)
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert any(t.startswith("文件") for t in titles), titles
    assert not any(t.replace("&", "") == "File" for t in titles)
