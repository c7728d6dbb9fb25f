"""The Gifts page: add, edit and delete gifts and set the value limit through the dialogs,
each an undoable step; a value above the limit shows red and as a problem."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.qt.helpers import choose, press_ok, type_into
from tourplanner.core.problems import Code
from tourplanner.qt.main_window import MainWindow
from tourplanner.qt.models.gifts import GiftTableModel
from tourplanner.services.gifts import list_gifts
from tourplanner.services.tourfile import SAMPLE_SLUG
from tourplanner.services.tours import load_snapshot


def _whats(window: MainWindow) -> list[str]:
    return [g.what for g in list_gifts(window.db, SAMPLE_SLUG)]


def test_add_edit_delete_gifts_and_the_limit_with_undo(
    qtbot, sample_window: MainWindow, tmp_path: Path
) -> None:
    window = sample_window
    window.show_view("gifts")
    page = window.workspace.gifts
    assert page.isVisible() and page.model.rowCount() == 0
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = window.workspace.editor.dialog
    assert "Say what the gift is" in dialog.problems()
    type_into(qtbot, dialog.what, "Porcelain vase")
    choose(dialog.taker, "Shang Yong")
    type_into(qtbot, dialog.giver_organisation, "Liangjiang New Area")
    type_into(qtbot, dialog.value, "1200.555")
    assert dialog.problems() == ["'1200.555': CNY amounts have 2 decimals at most"]
    type_into(qtbot, dialog.currency, "RMB")
    assert any("ISO 4217" in p for p in dialog.problems())
    type_into(qtbot, dialog.currency, "CNY")
    type_into(qtbot, dialog.value, "1,200")
    assert not dialog.taker_organisation.isEnabled()  # a person is chosen
    press_ok(qtbot, dialog)
    (vase,) = list_gifts(window.db, SAMPLE_SLUG)
    assert (vase.value, vase.currency, vase.from_organisation) == (
        "1200.00",
        "CNY",
        "Liangjiang New Area",
    )
    assert page.model.rowCount() == 1
    assert page.model.display(vase, GiftTableModel.TO) == "Shang Yong"
    stack = window.session.undo_stack
    assert stack.undoText() == "Add gift Porcelain vase"

    # The limit: one undoable step; the vase is then above it, in red and as a warning.
    qtbot.mouseClick(page.limit_button, Qt.MouseButton.LeftButton)
    limit = window.workspace.editor.dialog
    type_into(qtbot, limit.amount, "500")
    press_ok(qtbot, limit)
    assert load_snapshot(window.db, SAMPLE_SLUG).tour.gift_limit == "500.00"
    shown = page.model.records()[0]
    assert page.model.foreground(shown, GiftTableModel.VALUE) is not None
    assert Code.GIFT_OVER_LIMIT in {p.code for p in window.session.checker.problems()}

    # Edit: status given; undo puts it back.
    page.select_ids([vase.id])
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    edit = window.workspace.editor.dialog
    choose(edit.status, "Given")
    press_ok(qtbot, edit)
    assert list_gifts(window.db, SAMPLE_SLUG)[0].status.value == "given"
    stack.undo()
    assert list_gifts(window.db, SAMPLE_SLUG)[0].status.value == "planned"
    stack.undo()  # the limit
    assert load_snapshot(window.db, SAMPLE_SLUG).tour.gift_limit == ""
    assert Code.GIFT_OVER_LIMIT not in {p.code for p in window.session.checker.problems()}
    stack.redo()
    stack.redo()

    # Delete; undo brings the gift back (a new row, the same gift).
    page.select_ids([page.model.records()[0].id])
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert _whats(window) == [] and page.model.rowCount() == 0
    stack.undo()
    (back,) = list_gifts(window.db, SAMPLE_SLUG)
    assert (back.what, back.status.value, back.to_participant_id) == (
        "Porcelain vase",
        "given",
        vase.to_participant_id,
    )
    assert page.model.rowCount() == 1
    page.resize(1100, 400)
    page.grab().save(str(tmp_path / "gifts.png"))


def test_site_dialog_edits_venue_contacts_with_undo(
    qtbot, sample_window: MainWindow, tmp_path: Path
) -> None:
    from tourplanner.services.sites import list_sites

    window = sample_window
    window.show_view("sites")
    sites = window.workspace.sites
    hall = next(s for s in sites.model.records() if s.key == "rest-banquet-hall")
    assert sites.select_ids([hall.id])
    qtbot.mouseClick(sites.edit_button, Qt.MouseButton.LeftButton)
    dialog = window.workspace.editor.dialog
    dialog.venue_contacts.setPlainText("cook: Li Na, kitchen@example.com")
    assert dialog.problems() == ["line 1: start with host:, catering: or gate:"]
    dialog.venue_contacts.setPlainText("catering: Li Na, kitchen@@example.com")
    assert dialog.problems() and dialog.problems()[0].startswith("line 1: ")
    dialog.venue_contacts.setPlainText(
        "catering: Li Na, kitchen@example.com\nsecurity: Zhang Wei, +86 23 6789 0001"
    )
    assert dialog.problems() == []
    dialog.resize(560, dialog.sizeHint().height())
    dialog.grab().save(str(tmp_path / "site-dialog.png"))
    press_ok(qtbot, dialog)

    def stored() -> list[tuple[str, str, str, str]]:
        site = next(s for s in list_sites(window.db, SAMPLE_SLUG) if s.key == hall.key)
        return [(c.role.value, c.name, c.email, c.phone) for c in site.contacts]

    assert stored() == [
        ("catering", "Li Na", "kitchen@example.com", ""),
        ("gate", "Zhang Wei", "", "+86 23 6789 0001"),
    ]
    window.session.undo_stack.undo()
    assert stored() == []
    window.session.undo_stack.redo()
    assert [r[0] for r in stored()] == ["catering", "gate"]
