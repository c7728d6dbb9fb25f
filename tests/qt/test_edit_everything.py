"""Issue 18 point 1: everything the tour holds is editable in the GUI, each edit one undo
step, each field refused by the same check the importers use (workflows on the sample)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit

from tests.qt.helpers import press_ok, type_into
from tourplanner.core.enums import AttendanceRole
from tourplanner.qt.main_window import MainWindow
from tourplanner.services import items as item_service
from tourplanner.services import participants as participants_service
from tourplanner.services import sites as sites_service
from tourplanner.services.participants import BusyTime, list_busy_blocks
from tourplanner.services.sites import list_sites
from tourplanner.services.tourfile import SAMPLE_SLUG
from tourplanner.services.tours import get_tour


def test_tour_properties_edit_undo_and_refuse(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    before = get_tour(window.db, SAMPLE_SLUG)
    window.actions_.tour_properties.trigger()
    dialog = window.workspace.editor.dialog
    assert dialog.objectName() == "tourPropertiesDialog"
    assert dialog.name.text() == before.name
    assert dialog.slug.isReadOnly()
    # A bad phone, routing server or zone is shown beside its field and blocks OK.
    type_into(qtbot, dialog.organiser_phone, "12")
    type_into(qtbot, dialog.routing_url, "osrm.example")
    type_into(qtbot, dialog.timezone, "Asia/Chongqin")
    problems = dialog.problems()
    assert len(problems) == 3, problems
    assert "Unknown timezone" in problems
    assert not dialog.ok_button.isEnabled()
    type_into(qtbot, dialog.organiser_phone, "+86 23 6385 0000")
    type_into(qtbot, dialog.routing_url, "http://127.0.0.1:5999")
    type_into(qtbot, dialog.timezone, "Asia/Chongqing")
    type_into(qtbot, dialog.name, "Chongqing media tour (revised)")
    dialog.local_name.setText("重庆媒体行")  # keyClicks cannot type CJK
    dialog.end.setDate(dialog.end.date().addDays(1))
    dialog.traffic.setValue(1.5)
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    after = get_tour(window.db, SAMPLE_SLUG)
    assert after.name == "Chongqing media tour (revised)"
    assert after.local_name == "重庆媒体行"
    assert after.timezone == "Asia/Chongqing"
    assert after.organiser_phone.startswith("+86")
    assert after.end_date == date.fromordinal(before.end_date.toordinal() + 1)
    assert after.travel.routing_url == "http://127.0.0.1:5999"
    assert after.travel.traffic_factor == 1.5
    assert after.travel.buffer_minutes == before.travel.buffer_minutes
    assert window.session.snapshot.tour.name == after.name
    assert window.windowTitle().startswith("Chongqing media tour (revised)")
    # One undo step brings all of it back; redo does it again.
    assert window.session.undo_stack.count() == 1
    window.actions_.undo.trigger()
    restored = get_tour(window.db, SAMPLE_SLUG)
    for field in ("name", "local_name", "timezone", "organiser_phone", "end_date", "travel"):
        assert getattr(restored, field) == getattr(before, field), field
    window.actions_.redo.trigger()
    assert get_tour(window.db, SAMPLE_SLUG).name == "Chongqing media tour (revised)"


def test_tour_properties_last_day_before_first_is_refused(qtbot, sample_window) -> None:
    window = sample_window
    before = get_tour(window.db, SAMPLE_SLUG)
    window.workspace.editor.tour_properties()
    dialog = window.workspace.editor.dialog
    dialog.end.setDate(dialog.start.date().addDays(-1))
    assert dialog.problems() == ["The last day must not be before the first"]
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert get_tour(window.db, SAMPLE_SLUG) == before
    assert window.session.undo_stack.count() == 0


# -- the item dialog: roles, a new site from the site list, moving, typing ------------------


def _entry(widget, text: str):
    for row in range(widget.count()):
        if widget.item(row).text().startswith(text):
            return widget.item(row)
    raise AssertionError(text)


def test_attendee_roles_in_the_who_list(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    snap = window.session.snapshot
    item = next(i for i in snap.items if i.kind.value != "transfer" and i.attendance)
    person = sorted(snap.participants, key=lambda p: p.full_name)[0]
    window.workspace.editor.edit_item(item)
    dialog = window.workspace.editor.dialog
    assert not dialog.who_role.isEnabled()  # nothing selected yet
    entry = _entry(dialog.who, person.full_name)
    dialog.who.setCurrentItem(entry)
    assert dialog.who_role.isEnabled()
    # Choosing a role by keyboard ticks the entry and shows the role after the name.
    dialog.who_role.setFocus()
    index = dialog.who_role.findText("Interpreter")
    dialog.who_role.setCurrentIndex(index)
    dialog.who_role.activated.emit(index)
    assert entry.checkState() == Qt.CheckState.Checked
    assert entry.text().endswith("— Interpreter")
    press_ok(qtbot, dialog)
    stored = item_service.get_item(window.db, item.id)
    mine = [a for a in stored.attendance if a.participant_id == person.id]
    assert [a.role for a in mine] == [AttendanceRole.INTERPRETER]
    window.actions_.undo.trigger()
    assert item_service.get_item(window.db, item.id).attendance == item.attendance


def test_new_site_from_the_item_dialog(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    item = window.session.snapshot.items[4]
    window.workspace.editor.edit_item(item)
    dialog = window.workspace.editor.dialog
    shown_before = dialog.site.currentText()
    dialog.site.setCurrentIndex(dialog.site.findText("New site…"))
    site_dialog = dialog.site_dialog
    assert site_dialog is not None and site_dialog.isVisible()
    assert dialog.site.currentText() == shown_before  # not "New site…"
    # A bad value in the site dialog blocks it, as anywhere else.
    type_into(qtbot, site_dialog.name, "Jiefangbei Pedestrian Street")
    type_into(qtbot, site_dialog.contact_email, "not-an-address")
    assert not site_dialog.ok_button.isEnabled()
    type_into(qtbot, site_dialog.contact_email, "")
    press_ok(qtbot, site_dialog)
    assert dialog.isVisible() and not site_dialog.isVisible()
    assert dialog.site.currentText() == "Jiefangbei Pedestrian Street"
    press_ok(qtbot, dialog)
    site = next(
        s for s in list_sites(window.db, SAMPLE_SLUG) if s.key == "jiefangbei-pedestrian-street"
    )
    assert item_service.get_item(window.db, item.id).site_id == site.id
    # Two steps: the new site, then the item's edit; undo takes them back one by one.
    window.actions_.undo.trigger()
    assert item_service.get_item(window.db, item.id).site_id == item.site_id
    window.actions_.undo.trigger()
    assert "jiefangbei-pedestrian-street" not in {s.key for s in list_sites(window.db, SAMPLE_SLUG)}


def test_moving_the_start_keeps_the_length_and_times_can_be_typed(
    qtbot, sample_window: MainWindow
) -> None:
    window = sample_window
    item = window.session.snapshot.items[4]
    length = item.ends_at - item.starts_at
    window.workspace.editor.edit_item(item)
    dialog = window.workspace.editor.dialog
    # Tab into the start and type a new time: Tab lands on the hour.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    dialog.status.setFocus()
    qtbot.keyClick(dialog.status, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.starts
    assert dialog.starts.currentSection() == QDateTimeEdit.Section.HourSection
    qtbot.keyClicks(dialog.starts, "0715")
    assert dialog.starts.dateTime().time().hour() == 7
    assert dialog.starts.dateTime().time().minute() == 15
    press_ok(qtbot, dialog)
    stored = item_service.get_item(window.db, item.id)
    local = stored.starts_at.astimezone(ZoneInfo(window.session.snapshot.tour.timezone))
    assert (local.hour, local.minute) == (7, 15)
    assert stored.ends_at - stored.starts_at == length
    window.actions_.undo.trigger()
    back = item_service.get_item(window.db, item.id)
    assert (back.starts_at, back.ends_at) == (item.starts_at, item.ends_at)


# -- site opening hours ----------------------------------------------------------------------


def test_site_opening_hours_weekly_grid(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    site = next(s for s in window.session.snapshot.sites if s.key == "lijia-smart-park")
    window.workspace.editor.edit_site(site)
    dialog = window.workspace.editor.dialog
    qtbot.mouseClick(dialog.hours_button, Qt.MouseButton.LeftButton)
    hours = dialog.hours_dialog
    assert hours is not None and hours.isVisible()
    for edit in hours.days:
        type_into(qtbot, edit, "")
    type_into(qtbot, hours.days[0], "09:00-12:00, 13:30-17:00")
    # The tour file's own reading refuses these, with its own words.
    type_into(qtbot, hours.days[5], "18:00-09:00")
    type_into(qtbot, hours.days[6], "9 to 5")
    assert hours.problems() == [
        "closing time is not after opening time in '18:00-09:00'",
        "'9 to 5' is not a valid time range",
    ]
    assert not hours.ok_button.isEnabled()
    type_into(qtbot, hours.days[5], "10:00-16:00")
    type_into(qtbot, hours.days[6], "")  # closed on Sundays
    qtbot.mouseClick(hours.copy_button, Qt.MouseButton.LeftButton)  # Mon to Tue-Fri
    press_ok(qtbot, hours)
    assert "Mon 09:00-12:00, 13:30-17:00" in dialog.hours_summary.text()
    press_ok(qtbot, dialog)
    stored = sites_service.get_site(window.db, site.id).opening_hours
    weekdays = [
        (d, o, c) for d in range(5) for o, c in ((time(9), time(12)), (time(13, 30), time(17)))
    ]
    assert [(h.weekday, h.opens, h.closes) for h in stored] == [
        *weekdays,
        (5, time(10), time(16)),
    ]
    window.actions_.undo.trigger()
    assert sites_service.get_site(window.db, site.id).opening_hours == site.opening_hours


# -- busy times of people and sites ----------------------------------------------------------


def _busy(db, **owner):
    column, owner_id = next(iter(owner.items()))
    return [
        (b.starts_at, b.ends_at, b.summary)
        for b in list_busy_blocks(db, SAMPLE_SLUG)
        if getattr(b, column) == owner_id
    ]


def test_busy_times_of_a_person(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    person = sorted(window.session.snapshot.participants, key=lambda p: p.key)[0]
    before = _busy(window.db, participant_id=person.id)
    window.workspace.editor.edit_participant(person)
    dialog = window.workspace.editor.dialog
    assert dialog.busy_button.isVisible()
    qtbot.mouseClick(dialog.busy_button, Qt.MouseButton.LeftButton)
    busy = window.workspace.editor.busy_dialog
    assert busy.isVisible()
    qtbot.mouseClick(busy.add_button, Qt.MouseButton.LeftButton)
    entry = busy.entry_dialog
    entry.ends.setDateTime(entry.starts.dateTime().addSecs(-60))
    entry.summary.setText("Embassy\x07reception")
    assert len(entry.problems()) == 2  # end before start, a control character
    assert not entry.ok_button.isEnabled()
    entry.ends.setDateTime(entry.starts.dateTime().addSecs(2 * 3600))
    type_into(qtbot, entry.summary, "Embassy reception")
    press_ok(qtbot, entry)
    assert busy.list.count() == len(before) + 1
    assert "Embassy reception" in busy.list.currentItem().text()
    press_ok(qtbot, busy)
    after = _busy(window.db, participant_id=person.id)
    assert len(after) == len(before) + 1
    new = next(b for b in after if b[2] == "Embassy reception")
    assert new[1] - new[0] == timedelta(hours=2)
    # The person's dialog is still open and saves nothing more on Cancel.
    assert dialog.isVisible()
    dialog.reject()
    window.actions_.undo.trigger()
    assert _busy(window.db, participant_id=person.id) == before
    window.actions_.redo.trigger()
    assert len(_busy(window.db, participant_id=person.id)) == len(before) + 1


def test_busy_times_of_a_site_delete_one(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    site = next(s for s in window.session.snapshot.sites if s.key == "lijia-smart-park")
    participants_service.set_busy_blocks(
        window.db,
        SAMPLE_SLUG,
        [
            BusyTime(datetime(2026, 5, 4, 8, tzinfo=UTC), datetime(2026, 5, 4, 9, tzinfo=UTC)),
            BusyTime(
                datetime(2026, 5, 5, 8, tzinfo=UTC), datetime(2026, 5, 5, 10, tzinfo=UTC), "VIP"
            ),
        ],
        site_id=site.id,
    )
    window.session.reload()
    before = _busy(window.db, site_id=site.id)
    window.workspace.editor.edit_site(site)
    dialog = window.workspace.editor.dialog
    qtbot.mouseClick(dialog.busy_button, Qt.MouseButton.LeftButton)
    busy = window.workspace.editor.busy_dialog
    assert busy.list.count() == 2
    busy.list.setCurrentRow(1)
    qtbot.mouseClick(busy.delete_button, Qt.MouseButton.LeftButton)
    press_ok(qtbot, busy)
    assert _busy(window.db, site_id=site.id) == before[:1]
    window.actions_.undo.trigger()
    assert _busy(window.db, site_id=site.id) == before


# -- transfers: vehicles and seats -----------------------------------------------------------


def _seating(db, item_id: int) -> dict[int, tuple[int, str]]:
    return {
        a.participant_id: (a.vehicle_id, a.seat)
        for a in sites_service.list_assignments(db, SAMPLE_SLUG)
        if a.item_id == item_id
    }


def test_transfer_vehicles_and_seats(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    snap = window.session.snapshot
    item = next(i for i in snap.items if i.title == "Transfer: airport to hotel")
    before = _seating(window.db, item.id)
    window.workspace.editor.edit_item(item)
    dialog = window.workspace.editor.dialog
    assert dialog.seating_button.isVisible()
    qtbot.mouseClick(dialog.seating_button, Qt.MouseButton.LeftButton)
    seats = window.workspace.editor.transfer_dialog
    assert seats.isVisible()
    assert "Coach 1" in seats.loads.text() and "driver" in seats.loads.text()
    first, second = seats.people[0], seats.people[1]
    seats.vehicle_boxes[0].setCurrentIndex(seats.vehicle_boxes[0].findText("Coach 2"))
    seats.vehicle_boxes[1].setCurrentIndex(seats.vehicle_boxes[1].findText("Coach 2"))
    type_into(qtbot, seats.seat_edits[0], "5")
    type_into(qtbot, seats.seat_edits[1], "5")
    assert seats.problems() == ["Seat 5 of Coach 2 is given twice"]
    assert not seats.ok_button.isEnabled()
    type_into(qtbot, seats.seat_edits[1], "seat number seventeen")  # longer than 16
    assert seats.problems() and seats.problems()[0].startswith(second.full_name)
    type_into(qtbot, seats.seat_edits[1], "6A")
    press_ok(qtbot, seats)
    after = _seating(window.db, item.id)
    coach2 = next(v.id for v in snap.vehicles if v.name == "Coach 2")
    assert after[first.id] == (coach2, "5")
    assert after[second.id] == (coach2, "6A")
    assert window.session.undo_stack.count() == 1
    window.actions_.undo.trigger()
    assert _seating(window.db, item.id) == before
    window.actions_.redo.trigger()
    assert _seating(window.db, item.id) == after


def test_seating_is_offered_only_for_transfers(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    item = next(i for i in window.session.snapshot.items if i.kind.value == "visit")
    window.workspace.editor.edit_item(item)
    dialog = window.workspace.editor.dialog
    assert not dialog.seating_button.isVisible()
    window.workspace.editor.new_item()
    assert not window.workspace.editor.dialog.seating_button.isVisible()


# -- vehicles --------------------------------------------------------------------------------


def test_vehicles_add_change_delete_and_undo(
    qtbot, sample_window: MainWindow, confirmations
) -> None:
    window = sample_window
    editor = window.workspace.editor
    window.actions_.vehicles.trigger()
    listing = editor.vehicles_dialog
    assert listing.isVisible() and listing.table.rowCount() == 2
    # Add: a bad key and a plate with a line break are refused beside their fields.
    qtbot.mouseClick(listing.add_button, Qt.MouseButton.LeftButton)
    form = editor.vehicle_dialog
    type_into(qtbot, form.name, "Minibus")
    type_into(qtbot, form.key, "Mini Bus")
    form.plate.setText("渝A\n12345")
    assert len(form.problems()) == 2
    assert not form.ok_button.isEnabled()
    type_into(qtbot, form.key, "minibus")
    type_into(qtbot, form.plate, "YU-A 12345")
    form.seats.setValue(14)
    press_ok(qtbot, form)
    stored = {v.key: v for v in sites_service.list_vehicles(window.db, SAMPLE_SLUG)}
    assert (stored["minibus"].plate, stored["minibus"].seats) == ("YU-A 12345", 14)
    assert listing.table.rowCount() == 3  # the list follows
    # Change: more seats.
    listing.select("Minibus")
    qtbot.mouseClick(listing.edit_button, Qt.MouseButton.LeftButton)
    form = editor.vehicle_dialog
    form.seats.setValue(16)
    press_ok(qtbot, form)
    assert sites_service.get_vehicle(window.db, stored["minibus"].id).seats == 16
    # Delete a coach that carries people: asked first; undo brings it back with its riders.
    coach = next(v for v in window.session.snapshot.vehicles if v.name == "Coach 1")
    riders = sorted(
        (a.item_id, a.participant_id, a.seat)
        for a in sites_service.list_assignments(window.db, SAMPLE_SLUG)
        if a.vehicle_id == coach.id
    )
    assert riders
    listing.select("Coach 1")
    qtbot.mouseClick(listing.delete_button, Qt.MouseButton.LeftButton)
    assert len(confirmations) == 1
    assert "coach-1" not in {v.key for v in sites_service.list_vehicles(window.db, SAMPLE_SLUG)}
    window.actions_.undo.trigger()
    back = next(
        v for v in sites_service.list_vehicles(window.db, SAMPLE_SLUG) if v.key == coach.key
    )
    assert (back.name, back.seats, back.driver_id) == (coach.name, coach.seats, coach.driver_id)
    assert riders == sorted(
        (a.item_id, a.participant_id, a.seat)
        for a in sites_service.list_assignments(window.db, SAMPLE_SLUG)
        if a.vehicle_id == back.id
    )
    # Undo the change and the add; redo the add (a new id, found through the id map).
    window.actions_.undo.trigger()
    assert sites_service.get_vehicle(window.db, stored["minibus"].id).seats == 14
    window.actions_.undo.trigger()
    assert "minibus" not in {v.key for v in sites_service.list_vehicles(window.db, SAMPLE_SLUG)}
    window.actions_.redo.trigger()
    window.actions_.redo.trigger()
    again = next(
        v for v in sites_service.list_vehicles(window.db, SAMPLE_SLUG) if v.key == "minibus"
    )
    assert again.seats == 16
