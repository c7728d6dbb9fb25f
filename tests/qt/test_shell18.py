"""Issue 18, points 4, 5, 7 and 8: keyboard, small screens, first run, files."""

from __future__ import annotations

import json
from collections import defaultdict

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QFocusEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QWidget

from tests.qt.helpers import dialog_clashes, mnemonic
from tourplanner.qt import settings as keys
from tourplanner.qt.dialogs.form import FormDialog, check_required
from tourplanner.qt.main_window import MainWindow
from tourplanner.qt.style import FOCUS_STYLE
from tourplanner.services.tourfile import SAMPLE_SLUG, load_sample


def _clashes(menu: QMenu) -> list[str]:
    found: list[str] = []
    seen: dict[str, list[str]] = defaultdict(list)
    for action in menu.actions():
        if action.isSeparator():
            continue
        letter = mnemonic(action.text())
        if letter:
            seen[letter].append(action.text())
        if action.menu() is not None:
            found += _clashes(action.menu())
    found += [f"{menu.title()}: {texts}" for texts in seen.values() if len(texts) > 1]
    return found


def test_no_menu_has_two_actions_on_one_letter(window: MainWindow) -> None:
    window.open_sample()
    bar_letters = [mnemonic(a.text()) for a in window.menuBar().actions()]
    assert len(bar_letters) == len(set(bar_letters))
    problems: list[str] = []
    for action in window.menuBar().actions():
        window.recent_menu.aboutToShow.emit()  # the recent list is filled when shown
        problems += _clashes(action.menu())
    assert problems == []


def test_the_clash_finder_finds_a_clash(qtbot) -> None:
    menu = QMenu("&Test")
    menu.addAction("&Open")
    menu.addAction("Zoom &out")
    assert _clashes(menu) == ["&Test: ['&Open', 'Zoom &out']"]


def test_no_dialog_has_two_fields_on_one_letter(qtbot, db) -> None:
    from tourplanner.qt.dialogs.records import GroupDialog, ParticipantDialog, SiteDialog
    from tourplanner.qt.dialogs.settings_dialog import SettingsDialog
    from tourplanner.qt.dialogs.tour_dialog import TourDialog, TourPropertiesDialog
    from tourplanner.qt.settings import Settings
    from tourplanner.services.tours import load_snapshot

    load_sample(db)
    snap = load_snapshot(db, SAMPLE_SLUG)
    dialogs = [
        TourDialog(set()),
        TourPropertiesDialog(snap.tour),
        SiteDialog(None, set()),
        SiteDialog(snap.sites[0], set()),
        ParticipantDialog(None, set()),
        ParticipantDialog(snap.participants[0], set()),
        GroupDialog(None, snap.participants, set()),
        SettingsDialog(Settings(), None),
    ]
    found = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        found += dialog_clashes(dialog)
    assert found == [], "\n".join(found)


def test_placeholders_do_not_name_the_samples_people_or_places(qtbot, db) -> None:
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    from tourplanner.qt.dialogs.item_dialog import ItemDialog
    from tourplanner.qt.dialogs.records import GroupDialog, ParticipantDialog, SiteDialog
    from tourplanner.services.tours import load_snapshot

    load_sample(db)
    snap = load_snapshot(db, SAMPLE_SLUG)
    # Every name the sample holds, English and local, of people, sites and groups.
    names = {
        n
        for r in (*snap.participants, *snap.sites, *snap.groups)
        for n in (getattr(r, "full_name", None), getattr(r, "name", None), r.local_name)
        if n
    } | {"Li Na", "Chongqing", "重庆"}
    found = []
    dialogs = (
        SiteDialog(None, set()),
        ParticipantDialog(None, set()),
        GroupDialog(None, [], set()),
        ItemDialog(None, snap),
    )
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        for edit in dialog.findChildren(QLineEdit) + dialog.findChildren(QPlainTextEdit):
            hint = edit.placeholderText()
            found += [f"{hint!r} names {n!r}" for n in names if n in hint]
    assert found == []


def test_the_dialog_clash_finder_finds_a_clash(qtbot) -> None:
    from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel("&Local name:"))
    layout.addWidget(QPushButton("&Last day"))
    assert dialog_clashes(dialog)


def test_every_action_is_in_a_menu_with_its_shortcut(window: MainWindow) -> None:
    def walk(menu: QMenu) -> set[QAction]:
        found = set(menu.actions())
        for action in menu.actions():
            if action.menu() is not None:
                found |= walk(action.menu())
        return found

    in_menus: set[QAction] = set()
    for action in window.menuBar().actions():
        in_menus |= walk(action.menu())
    missing = [a.objectName() for a in window.actions_.all() if a not in in_menus]
    assert missing == []
    # A menu shows the shortcut an action has: every one but About Qt has one.
    without = [
        a.objectName()
        for a in window.actions_.all()
        if a.shortcut().isEmpty() and a is not window.actions_.about_qt
    ]
    assert without == []


def test_ctrl_f_searches_the_tour_list(qtbot, window: MainWindow, db) -> None:
    load_sample(db)
    window.refresh()
    window.tours_page.table.setFocus()
    window.actions_.find.trigger()
    assert QApplication.focusWidget() is window.tours_page.search


def test_ctrl_f_on_outputs_finds_a_tab(qtbot, window: MainWindow) -> None:
    window.open_sample()
    window.show_view("outputs")
    window.actions_.find.trigger()
    page = window.workspace.outputs
    assert QApplication.focusWidget() is page.search
    email = page.tabs.indexOf(page.email)
    assert page.tabs.currentIndex() != email
    page.search.setText("EMAIL")
    assert page.tabs.currentIndex() == email
    assert not page.find_output("no output is called this")


def test_ctrl_f_on_history_filters_the_changes(qtbot, window: MainWindow) -> None:
    window.open_sample()
    window.show_view("history")
    page = window.workspace.history
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    window.actions_.find.trigger()
    assert QApplication.focusWidget() is page.search
    everything = page.model.rowCount()
    first = page.model.item(0, 2).text()
    page.search.setText(first.upper())
    rows = [
        " ".join(page.model.item(r, c).text() for c in range(4))
        for r in range(page.model.rowCount())
    ]
    assert rows and all(first.casefold() in row.casefold() for row in rows)
    page.search.setText("no change says this")
    assert page.model.rowCount() == 0
    page.search.clear()
    assert page.model.rowCount() == everything


def test_focus_ring_is_in_the_application_style(qtbot, window: MainWindow) -> None:
    from tourplanner.qt.style import apply_focus_style

    app = QApplication.instance()
    before = app.styleSheet()
    try:
        apply_focus_style(app)
        apply_focus_style(app)  # once only
        assert app.styleSheet().count("QLineEdit:focus") == 1
        for kind in ("QLineEdit", "QComboBox", "QAbstractItemView", "QPushButton"):
            assert f"{kind}:focus" in FOCUS_STYLE
    finally:
        app.setStyleSheet(before)


def _nav_width(window: MainWindow) -> int:
    nav = window.workspace.findChild(QWidget, "navigation")
    return max(nav.width(), nav.minimumSizeHint().width())


def test_programme_fits_1024_by_700(qtbot, window: MainWindow, tmp_path) -> None:
    window.resize(1024, 700)
    window.open_sample()
    qtbot.wait(50)
    workspace = window.workspace
    assert workspace is not None
    # The programme (where a tour opens) fits beside the navigation, docks shown.
    hint = workspace.programme.minimumSizeHint()
    assert hint.width() + _nav_width(window) <= 1024, hint
    assert window.minimumSizeHint().height() <= 700
    model = workspace.problem_model
    if model.errors + model.warnings == 0:
        assert window.problems_dock.height() <= 120
    # The side panel can be hidden, giving the timeline the width.
    panel = window.side_panel_widget()
    assert panel is not None and panel.isVisible()
    timeline_before = workspace.programme.timeline.width()
    window.actions_.side_panel.trigger()
    qtbot.wait(50)
    assert not panel.isVisible()
    assert workspace.programme.timeline.width() > timeline_before
    window.grab().save(str(tmp_path / "workspace-1024x700.png"))
    window.actions_.side_panel.trigger()
    assert panel.isVisible()


def test_every_page_fits_1024(qtbot, window: MainWindow) -> None:
    window.open_sample()
    assert window.minimumSizeHint().width() <= 1024


def test_people_page_stacks_groups_when_narrow(qtbot, window: MainWindow) -> None:
    from tourplanner.qt.views.people_page import PeoplePage

    window.open_sample()
    window.show_view("participants")
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.findChild(PeoplePage).isVisible())
    page = window.findChild(PeoplePage)
    assert page.width() < page.side_by_side_width()
    qtbot.waitUntil(lambda: page.splitter.orientation() == Qt.Orientation.Vertical)
    assert page.participants.width() <= page.width()
    assert page.groups.geometry().top() >= page.participants.geometry().bottom()
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: page.splitter.orientation() == Qt.Orientation.Horizontal)


def test_window_is_cut_to_a_small_screen(qtbot, window: MainWindow) -> None:
    area = window.screen().availableGeometry()
    window.resize(area.width() + 400, area.height() + 300)
    window.move(area.x() + 200, area.y() + 200)
    window.fit_to_screen()
    frame = window.frameGeometry()
    assert area.contains(frame), (area, frame)


def test_recent_tours_and_export(qtbot, window: MainWindow, db, tmp_path, monkeypatch) -> None:
    window.open_sample()
    assert window.recent_tours()[0] == SAMPLE_SLUG
    target = tmp_path / "out.tour.json"
    monkeypatch.setattr(window, "choose_export_path", lambda slug: str(target))
    assert window.actions_.export_tour.isEnabled()
    window.actions_.export_tour.trigger()
    assert json.loads(target.read_text())["tour"]["slug"] == SAMPLE_SLUG
    window.close_tour()
    window.recent_menu.aboutToShow.emit()
    [entry] = [a for a in window.recent_menu.actions() if a.objectName()]
    assert "Chongqing" in entry.text()
    entry.trigger()
    assert window.session is not None and window.session.slug == SAMPLE_SLUG
    window.settings.set(keys.RECENT_TOURS, "gone\n" + SAMPLE_SLUG)
    window.recent_menu.aboutToShow.emit()
    assert [a.objectName() for a in window.recent_menu.actions()] == [f"recentTour_{SAMPLE_SLUG}"]


def test_required_message_waits_until_the_field_is_left(qtbot) -> None:
    dialog = FormDialog("Test")
    qtbot.addWidget(dialog)
    name = QLineEdit()
    other = QLineEdit()
    message = dialog.add_field(
        "&Name:", name, name="name", check=check_required(name, "A name is required")
    )
    dialog.add_field("&Other:", other, name="other")
    dialog.finish()
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not message.isVisible()
    assert not dialog.ok_button.isEnabled()  # still refused, quietly
    # Tab away (the offscreen window may not hold the real focus, so the event is sent).
    QApplication.sendEvent(name, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))
    assert message.isVisible()
    assert message.text() == "A name is required"
    qtbot.keyClicks(name, "Ann")
    assert not message.isVisible()
    assert dialog.ok_button.isEnabled()


# Starts the GUI as main.py does and reports the window against its screen once painted.
SCALE_PROBE = """
import json, sys
import tourplanner.qt.app as gui
seen = {}
opened = gui.open_startup_database
def probe(url):
    from PySide6.QtWidgets import QApplication
    [w] = [t for t in QApplication.topLevelWidgets() if t.objectName() == "mainWindow"]
    a, f = w.screen().availableGeometry(), w.frameGeometry()
    seen.update(area=[a.x(), a.y(), a.width(), a.height()],
                frame=[f.x(), f.y(), f.width(), f.height()], ratio=w.devicePixelRatioF())
    return opened(url)
gui.open_startup_database = probe
code = gui.main(["--exit-after-paint", "--db", sys.argv[1]])
print(json.dumps({"exit": code, **seen}))
"""


@pytest.mark.slow
def test_window_opens_within_a_2x_screen(tmp_path) -> None:
    import os
    import subprocess
    import sys

    # A 2048×1400 screen at 2×: 1024×700 logical pixels, smaller than the default size.
    screens = {"screens": [{"name": "hidpi", "x": 0, "y": 0, "width": 2048, "height": 1400}]}
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(screens))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": "2",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-c", SCALE_PROBE, f"sqlite:///{tmp_path / 's.db'}"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["exit"] == 0 and seen["ratio"] == 2.0
    ax, ay, aw, ah = seen["area"]
    fx, fy, fw, fh = seen["frame"]
    assert (aw, ah) == (1024, 700)
    assert ax <= fx and ay <= fy and fx + fw <= ax + aw and fy + fh <= ay + ah, seen


def test_geocoding_failure_says_why_in_the_row_and_the_message(
    qtbot, window: MainWindow, shown_errors
) -> None:
    from datetime import date

    from tourplanner.services.sites import create_site
    from tourplanner.services.tours import create_tour

    day = date(2026, 5, 11)
    create_tour(window.db, slug="geo", name="Geo", start_date=day, end_date=day)
    create_site(window.db, "geo", key="park", name="Nowhere Park", category="park")
    window.settings.set(keys.GEOCODER_SERVER, "http://127.0.0.1:9")  # nothing listens
    assert window.open_tour("geo")
    window.show_view("sites")
    with qtbot.waitSignal(window.jobs.ended, timeout=30_000):
        window.workspace.sites.geocode_button.click()
    model = window.workspace.sites.model
    [site] = model.records()
    assert not site.has_coordinates and site.geocode_message
    cell = model.index(0, model.COORDINATES)
    assert site.geocode_message in cell.data()
    assert cell.data().startswith("missing")
    message = window.statusBar().currentMessage()
    assert f"Nowhere Park: {site.geocode_message}" in message
