"""A transfer's "From:" site in the item dialog: shown only for transfers; chosen, OK,
stored; undo restores."""

from __future__ import annotations

from tests.qt.helpers import choose, press_ok
from tourplanner.core.enums import ItemKind
from tourplanner.qt.main_window import MainWindow
from tourplanner.services import items as item_service


def test_transfer_from_site_stored_and_undone(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    snap = window.session.snapshot
    transfer = next(i for i in snap.items if i.kind is ItemKind.TRANSFER)
    visit = next(i for i in snap.items if i.kind is ItemKind.VISIT)
    assert transfer.from_site_id is None
    origin = next(s for s in snap.sites if s.id != transfer.site_id)
    window.workspace.editor.edit_item(visit)
    dialog = window.workspace.editor.dialog
    assert dialog.from_site.isHidden()  # a visit has no origin
    dialog.reject()
    window.workspace.editor.edit_item(transfer)
    dialog = window.workspace.editor.dialog
    assert not dialog.from_site.isHidden()
    choose(dialog.from_site, origin.name)
    press_ok(qtbot, dialog)
    assert item_service.get_item(window.db, transfer.id).from_site_id == origin.id
    window.actions_.undo.trigger()
    assert item_service.get_item(window.db, transfer.id).from_site_id is None
