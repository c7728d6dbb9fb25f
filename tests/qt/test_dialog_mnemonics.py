"""Issue 18, point 4: no two shown fields or buttons of a dialog share a mnemonic letter,
for the dialogs that need the tour to be built (its items, people, vehicles, a day's
route), each made with real arguments from the sample tour. The dialogs made without
arguments are in test_shell18.py."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QWidget, QWizard

from tests.qt.helpers import dialog_clashes
from tourplanner.core.enums import ItemKind
from tourplanner.qt.main_window import MainWindow


def _check(qtbot: Any, dialogs: list[QWidget]) -> list[str]:
    found: list[str] = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        found += dialog_clashes(dialog)
    return found


def test_no_dialog_made_from_the_tour_has_two_fields_on_one_letter(
    qtbot, sample_window: MainWindow
) -> None:
    from tourplanner.qt.dialogs.about import AboutDialog
    from tourplanner.qt.dialogs.bulk import AddToItemDialog, ChangeGroupDialog
    from tourplanner.qt.dialogs.busy_dialog import BusyTimeDialog, BusyTimesDialog
    from tourplanner.qt.dialogs.gift_dialog import GiftDialog, GiftLimitDialog
    from tourplanner.qt.dialogs.hours_dialog import OpeningHoursDialog
    from tourplanner.qt.dialogs.item_dialog import ItemDialog
    from tourplanner.qt.dialogs.on_the_day_dialog import OnTheDayDialog
    from tourplanner.qt.dialogs.optimise_dialog import OptimiseDialog
    from tourplanner.qt.dialogs.transfer_dialog import TransferDialog
    from tourplanner.qt.dialogs.vehicles_dialog import VehicleDialog, VehiclesDialog
    from tourplanner.qt.views.outputs_gate import OpenErrorsQuestion
    from tourplanner.services.optimize import propose_day
    from tourplanner.services.participants import BusyTime

    window = sample_window
    snap = window.session.snapshot
    zone = ZoneInfo(snap.tour.timezone)
    transfer = next(i for i in snap.items if i.kind is ItemKind.TRANSFER)
    visit = next(i for i in snap.items if i.kind is ItemKind.VISIT)
    hours_site = next(s for s in snap.sites if s.opening_hours)
    block = snap.busy_blocks[0]
    busy = BusyTime(block.starts_at, block.ends_at, block.summary)
    first = datetime.combine(snap.tour.start_date, time(9), zone)
    people = list(snap.participants)

    new_item = ItemDialog(None, snap)
    a_visit = ItemDialog(visit, snap)
    # A transfer shows its origin and, once it exists, the Vehicles and seats button.
    a_transfer = ItemDialog(transfer, snap)
    a_transfer.offer_seating(lambda: None)
    assert a_transfer.from_site.isVisibleTo(a_transfer)
    assert a_transfer.seating_button.isVisibleTo(a_transfer)

    def nothing(*_args: object) -> None:
        return None

    dialogs: list[QWidget] = [
        new_item,
        a_visit,
        a_transfer,
        TransferDialog(transfer, snap),
        OpeningHoursDialog(
            hours_site.opening_hours,
            hours_site.name,
            exceptions=hours_site.opening_exceptions,
        ),
        GiftDialog(None, snap),
        GiftLimitDialog(snap),
        VehicleDialog(None, people, set()),
        VehicleDialog(snap.vehicles[0], people, {v.key for v in snap.vehicles}),
        VehiclesDialog(lambda: snap, nothing, nothing, nothing),
        ChangeGroupDialog(3, list(snap.groups)),
        AddToItemDialog(3, list(snap.items), snap.tour.timezone),
        BusyTimeDialog(busy, zone),
        BusyTimesDialog("Wang Jia", [busy], zone, first),
        OnTheDayDialog(snap.tour),
        OptimiseDialog(propose_day(window.db, snap.tour.slug, date(2021, 3, 27))),
        OpenErrorsQuestion(2, ["one", "two"], "Send anyway", window),
        AboutDialog(),
    ]
    found = _check(qtbot, dialogs)
    assert found == [], "\n".join(found)


def test_no_page_of_the_import_wizard_has_two_controls_on_one_letter(
    qtbot, sample_window: MainWindow
) -> None:
    from tests.qt.test_import_wizard import DATA, choose_file, click, import_now, open_wizard
    from tourplanner.qt.dialogs.import_wizard import DONE_PAGE, FILE_PAGE, PREVIEW_PAGE

    wizard = open_wizard(qtbot, sample_window)
    back = wizard.button(QWizard.WizardButton.BackButton)

    def clashes() -> list[str]:
        # Back is shown on the first page but can never be used there.
        inactive = [back] if not back.isEnabled() else []
        return [f"page {wizard.currentId()}: {c}" for c in dialog_clashes(wizard, inactive)]

    assert wizard.currentId() == FILE_PAGE
    found = clashes()
    choose_file(qtbot, wizard, DATA / "two_sheets.xlsx")
    seen = {FILE_PAGE}
    while wizard.currentId() != PREVIEW_PAGE:
        seen.add(wizard.currentId())
        found += clashes()
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
    found += clashes()
    import_now(qtbot, wizard)
    assert wizard.currentId() == DONE_PAGE
    found += clashes()
    assert len(seen) == 3  # the file, the sheet and the columns
    wizard.close()

    # A file with bad rows: the preview offers to skip them.
    wizard = open_wizard(qtbot, sample_window)
    back = wizard.button(QWizard.WizardButton.BackButton)
    choose_file(qtbot, wizard, DATA / "bad_emails.csv")
    while wizard.currentId() != PREVIEW_PAGE:
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.preview_page.skip_bad.isVisibleTo(wizard)
    found += clashes()
    assert found == [], "\n".join(found)
