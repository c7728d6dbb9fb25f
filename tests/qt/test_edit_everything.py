"""Issue 18 point 1: everything the tour holds is editable in the GUI, each edit one undo
step, each field refused by the same check the importers use (workflows on the sample)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from tests.qt.helpers import press_ok, type_into
from tourplanner.qt.main_window import MainWindow
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
