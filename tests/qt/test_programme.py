"""The Programme: lanes, filters, zoom, travel legs, the route sketch, problem navigation
and the day optimiser."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QWheelEvent

from tests.qt.helpers import double_click
from tourplanner.core.enums import ItemKind, ItemStatus
from tourplanner.core.model import ScheduleItem
from tourplanner.qt.main_window import MainWindow
from tourplanner.qt.timeline.layout import assign_lanes, layout_days, snap, split_by_day
from tourplanner.services import items as item_service

ZONE = ZoneInfo("Asia/Shanghai")


def _item(item_id: int, start: datetime, end: datetime, kind=ItemKind.VISIT) -> ScheduleItem:
    return ScheduleItem(
        id=item_id, tour_id=1, uid=str(item_id), kind=kind, title=f"i{item_id}",
        local_title="", site_id=None, starts_at=start, ends_at=end, description="",
        dress_code="", notes="", status=ItemStatus.CONFIRMED, sequence=0, illustrative=False,
        created_at=start, updated_at=start, attendance=(), version=1,
    )  # fmt: skip


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2021, 3, day, hour, minute, tzinfo=ZONE)


def test_overlapping_items_share_a_cluster_of_lanes() -> None:
    items = [
        _item(1, at(27, 9), at(27, 11)),
        _item(2, at(27, 10), at(27, 12)),
        _item(3, at(27, 11), at(27, 12)),  # starts as 1 ends: lane 0 again
        _item(4, at(27, 13), at(27, 14)),  # a cluster of its own
    ]
    days = layout_days(items, date(2021, 3, 27), 1, ZONE)
    placed = {s.item_id: (s.lane, s.lanes) for s in days[0].blocks}
    assert placed == {1: (0, 2), 2: (1, 2), 3: (0, 2), 4: (0, 1)}


def test_items_over_midnight_are_cut_and_nights_are_background() -> None:
    night = _item(1, at(27, 21), at(28, 8), ItemKind.ACCOMMODATION)
    late = _item(2, at(27, 23), at(28, 1))
    segments = split_by_day(late, date(2021, 3, 27), 2, ZONE)
    assert [(s.day, s.start, s.end, s.continues_after) for s in segments] == [
        (0, 23 * 60, 24 * 60, True),
        (1, 0, 60, False),
    ]
    days = layout_days([night, late], date(2021, 3, 27), 2, ZONE)
    assert [s.item_id for s in days[0].background] == [1]
    assert [s.item_id for s in days[1].blocks] == [2]
    # Ending exactly at midnight leaves nothing on the next day.
    assert len(split_by_day(_item(3, at(27, 22), at(28, 0)), date(2021, 3, 27), 2, ZONE)) == 1
    # UTC instants are placed in tour time.
    utc = _item(4, datetime(2021, 3, 27, 1, tzinfo=UTC), datetime(2021, 3, 27, 2, tzinfo=UTC))
    assert split_by_day(utc, date(2021, 3, 27), 1, ZONE)[0].start == 9 * 60


def test_snap_rounds_to_five_minutes() -> None:
    assert [snap(x) for x in (0, 2.4, 2.6, 7, 58)] == [0, 0, 5, 5, 60]
    assert assign_lanes([]) == []


def test_person_and_group_filters(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    programme = window.workspace.programme
    timeline = programme.timeline
    everyone = len(timeline.shown)
    assert everyone == len(window.session.snapshot.items)
    programme.person_filter.setCurrentIndex(programme.person_filter.findText("Dai Jiuyue"))
    titles = {i.title for i in timeline.shown.values()}
    assert "Interview with iChongqing: Dai Jiuyue" in titles
    assert "Press interviews (Group B)" not in titles
    assert "Dai Jiuyue" in programme.route_title.text()
    programme.group_filter.setCurrentIndex(programme.group_filter.findText("Group B"))
    assert programme.person_filter.currentIndex() == 0  # one filter at a time
    titles = {i.title for i in timeline.shown.values()}
    assert "Press interviews (Group B)" in titles
    assert "Interview with iChongqing: Dai Jiuyue" not in titles
    programme.group_filter.setCurrentIndex(0)
    assert len(timeline.shown) == everyone


def test_travel_legs_are_labelled_with_minutes(sample_window: MainWindow) -> None:
    timeline = sample_window.workspace.programme.timeline
    legs = [leg for day in timeline.legs.values() for leg in day]
    assert legs
    assert all(leg.label.endswith("min") or leg.label == "?" for leg in legs)
    # The override from lunch to CLCIZ (70 minutes) is what the leg says.
    assert any(leg.label == "70 min" for leg in legs)


def test_route_sketch_numbers_the_days_stops(sample_window: MainWindow) -> None:
    programme = sample_window.workspace.programme
    programme.set_day(date(2021, 3, 27))
    stops = programme.route.stops
    assert [s.number for s in stops] == list(range(1, len(stops) + 1))
    assert stops[0].label == "Chongqing Jiangbei International Airport"
    assert all(s.latitude is not None for s in stops)
    assert len(programme.route.points()) == len({(s.latitude, s.longitude) for s in stops})


def test_zoom_with_buttons_and_ctrl_wheel(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    timeline = window.workspace.programme.timeline
    before = timeline.ppm
    block = timeline.block_of(window.session.snapshot.items[0].id)
    height = block.rect.height()
    qtbot.mouseClick(window.workspace.programme.zoom_in_button, Qt.MouseButton.LeftButton)
    assert timeline.ppm > before
    assert block.rect.height() > height
    window.actions_.zoom_reset.trigger()
    assert abs(timeline.ppm - before) < 1e-9
    centre = timeline.viewport().rect().center()
    event = QWheelEvent(
        centre.toPointF(), timeline.viewport().mapToGlobal(centre).toPointF(), QPoint(0, 0),
        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    timeline.wheelEvent(event)
    assert timeline.ppm < before


def test_double_click_on_a_problem_selects_its_item(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    window.show_view("sites")
    panel = window.problems_panel
    index = panel.proxy.index(0, 2)
    rect = panel.table.visualRect(index)
    double_click(panel.table.viewport(), rect.center())
    assert window.workspace.current_view() == "programme"
    problem = panel.proxy.record_at(0)
    timeline = window.workspace.programme.timeline
    assert timeline.selected_id == problem.item_ids[0]
    assert timeline.block_of(problem.item_ids[0]).selected
    assert window.workspace.programme.selected_day() == date(2021, 3, 28)
    assert "Dai Jiuyue" in window.workspace.programme.details.text()


def test_a_problem_about_people_selects_them(sample_window: MainWindow) -> None:
    from tourplanner.core.problems import Code, Problem

    window = sample_window
    snap = window.session.snapshot
    person = next(p for p in snap.participants if p.key == "shang-yong")
    window.workspace.show_problem(Problem(Code.BUSY, "x", participant_ids=(person.id,)))
    assert window.workspace.current_view() == "participants"
    assert [p.key for p in window.workspace.people.participants.selected_records()] == [
        "shang-yong"
    ]


def test_optimise_a_day_and_undo(qtbot, sample_window: MainWindow, monkeypatch) -> None:
    window = sample_window
    snap = window.session.snapshot
    # Put the afternoon visits in a poor order: NUSRI first, then CLCIZ across the lake.
    clciz = next(i for i in snap.items if i.title == "Visit to CLCIZ and its landmark lake")
    item_service.update_item(window.db, clciz.id, clciz.version, pinned=False)
    window.session.reload()
    programme = window.workspace.programme
    programme.set_day(date(2021, 3, 27))
    window.actions_.optimise.trigger()
    dialog = window.tour_actions.optimise_dialog
    proposal = dialog.proposal
    assert proposal.day == date(2021, 3, 27)
    from tourplanner.qt.timefmt import long_day_label

    # The dialog says which day's route it shows, in its text as well as its title.
    assert long_day_label(date(2021, 3, 27)) in dialog.intro.text()
    assert dialog.summary.text()
    before = {i.id: (i.starts_at, i.ends_at) for i in window.session.snapshot.items}
    if not proposal.moves:
        assert not dialog.apply_button.isEnabled()
        return
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    moved = {p.stop.item_id for p in proposal.moves}
    for item_id in moved:
        stored = item_service.get_item(window.db, item_id)
        assert (stored.starts_at, stored.ends_at) != before[item_id]
    assert window.session.undo_stack.undoText().startswith("Optimise")
    window.actions_.undo.trigger()
    for item_id in moved:
        stored = item_service.get_item(window.db, item_id)
        assert (stored.starts_at, stored.ends_at) == before[item_id]


def test_new_item_by_double_clicking_an_empty_slot(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    timeline = window.workspace.programme.timeline
    y = timeline.minute_y(20 * 60 + 45) - timeline.verticalScrollBar().value()
    x = timeline.column_x(1) + timeline.day_width / 2 - timeline.horizontalScrollBar().value()
    qtbot.mouseDClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(int(x), int(y)))
    dialog = window.workspace.editor.dialog
    assert dialog.objectName() == "itemDialog"
    start = dialog.values()["starts_at"]
    assert start == datetime(2021, 3, 28, 20, 45, tzinfo=ZONE)
    assert dialog.values()["ends_at"] - start == timedelta(hours=1)
    dialog.reject()
