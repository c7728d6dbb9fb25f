"""Rush hours in Settings ▸ Travel: typed as people write them, refused with the reason
while they do not read (OK stays off), stored on the tour as one undoable edit, and the
day's route panel says which factor a leg by road got."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt

from tests.fakes.osrm import FakeOsrm
from tests.qt.helpers import type_into
from tourplanner.core.model import TrafficBand
from tourplanner.qt.main_window import MainWindow
from tourplanner.services import maps
from tourplanner.services.tourfile import SAMPLE_SLUG
from tourplanner.services.tours import get_tour


def test_rush_hours_are_checked_as_typed_and_stored_undoably(
    qtbot, sample_window: MainWindow
) -> None:
    window = sample_window
    dialog = window.show_settings()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    type_into(qtbot, dialog.traffic_bands, "09:30-07:30 x1.5")
    assert not ok.isEnabled()
    assert "ends before it starts" in dialog.traffic_bands_error.text()
    assert not dialog.traffic_bands_error.isHidden()
    dialog.traffic_bands.clear()
    type_into(qtbot, dialog.traffic_bands, "07:30-09:30 x1.5, 17:00-19:30 x2")
    assert ok.isEnabled() and dialog.traffic_bands_error.isHidden()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    travel = get_tour(window.db, SAMPLE_SLUG).travel
    assert travel.traffic_bands == (
        TrafficBand(time(7, 30), time(9, 30), 1.5),
        TrafficBand(time(17, 0), time(19, 30), 2.0),
    )
    assert window.session.undo_stack.undoText() == "Change travel settings"
    window.actions_.undo.trigger()
    assert get_tour(window.db, SAMPLE_SLUG).travel.traffic_bands == ()
    # The dialog shows the stored bands as the user reads them.
    window.actions_.redo.trigger()
    again = window.show_settings()
    assert again.traffic_bands.text() == "07:30–09:30 ×1.5, 17:00–19:30 ×2"
    again.reject()


def test_the_route_panel_names_the_rush_hour_of_a_leg(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    with FakeOsrm() as osrm:
        settings = maps.routing_settings(get_tour(window.db, SAMPLE_SLUG).travel, osrm.url)
        maps.fetch_road_times(window.db, SAMPLE_SLUG, settings)
    dialog = window.show_settings()
    type_into(qtbot, dialog.traffic_bands, "00:00-12:00 x3")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    page = window.workspace.programme
    qtbot.waitUntil(lambda: "by road" in page.route_list.text(), timeout=5000)
    text = page.route_list.text()
    assert "by road, ×3 at 00:00–12:00" in text, text
