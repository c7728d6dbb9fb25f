"""Render the README screenshots: ``python -m tourplanner.qt.screenshots OUTDIR``.

Uses a throw-away SQLite database and settings file, so the user's own data never
appears, and Qt's offscreen platform, so it runs on machines without a display.
"""

from __future__ import annotations

import os

# Must be set before Qt creates its application object.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QWidget

from tourplanner.qt import settings as keys
from tourplanner.qt.app import create_application
from tourplanner.qt.main_window import MainWindow
from tourplanner.qt.settings import Settings
from tourplanner.services.database import open_database

WINDOW_SIZE = (1440, 900)
#: The import wizard is a dialog over the window: its own, smaller size.
DIALOG_SIZE = (1100, 720)
#: The images, in the order they are written.
NAMES = (
    "welcome.png",
    "tours.png",
    "programme.png",
    "multi-select.png",
    "participants.png",
    "problems.png",
    "outputs.png",
    "publish.png",
    "import.png",
    "history.png",
    "tour-properties.png",
    "opening-hours.png",
    "transfer.png",
    "precedence.png",
    "zh-programme.png",
    "zh-problems.png",
    "zh-history.png",
    "unscheduled.png",
)
#: Images that are not of the whole window, with their size.
SIZES = {
    "import.png": DIALOG_SIZE,
    "tour-properties.png": (560, 600),
    "opening-hours.png": (560, 560),
    "transfer.png": (640, 680),
    "precedence.png": (760, 620),
}

#: A delegate list as organisers receive them: bilingual headers, a person already on the
#: tour with a new title, one already there as is, and two rows with mistakes.
IMPORT_SAMPLE = (
    "姓名 Name,单位 Organisation,职务 Title,邮箱 Email,手机 Mobile,分组 Group\n"
    "Zhang Wei,European Chinese News,Chief Editor,zhang.wei@example.com,+33 6 12 34 56 78,A组\n"
    "Shang Yong,Russian Dragon,Editor-in-Chief and Publisher,shang.yong@example.org,,\n"
    "Li Na,Toronto Chinese Daily,Reporter,li.na(at)example.com,+1 416 555 0199,B组\n"
    "Dai Jiuyue,China Minutes,,dai.jiuyue@example.org,,\n"
    "Chen Hao,Sydney Chinese Herald,Deputy Editor,chen.hao@example.org,12345,Group C\n"
    "Wang Fang,Dubai Chinese Daily,Editor,wang.fang@example.com,+971 4 555 0123,Press pool\n"
)


def save_grab(widget: QWidget, path: Path) -> Path:
    """Let pending layout and paint work finish, then save what ``widget`` shows."""
    for _ in range(5):
        QCoreApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def render(out_dir: Path) -> list[Path]:
    """Write the screenshots listed in NAMES into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    create_application()
    written: list[Path] = []
    # A fixed folder rather than a random one: the database path shows in the status bar,
    # and the images should not change from one run to the next.
    work_dir = Path(tempfile.gettempdir()) / "tourplanner-screenshots"
    shutil.rmtree(work_dir, ignore_errors=True)
    work_dir.mkdir()
    try:
        db = open_database(f"sqlite:///{work_dir / 'tourplanner.db'}")
        settings = Settings(QSettings(str(work_dir / "settings.ini"), QSettings.Format.IniFormat))
        settings.set(keys.USER_NAME, "Anna Keller")  # the organiser at this window
        try:
            window = MainWindow(db, settings=settings)
            window.resize(*WINDOW_SIZE)
            window.show()
            written.append(save_grab(window, out_dir / "welcome.png"))
            window.open_sample()
            written.append(save_grab(window, out_dir / "tours.png"))
            # mypy: the sample tour was just selected.
            window.open_tour(window.tours_page.selected_tour().slug)  # type: ignore[union-attr]
            _stage_edits(window)
            _stage_programme(window)
            written.append(save_grab(window, out_dir / "programme.png"))
            _stage_multi_select(window)
            written.append(save_grab(window, out_dir / "multi-select.png"))
            window.show_view("participants")
            written.append(save_grab(window, out_dir / "participants.png"))
            window.show_view("problems")
            written.append(save_grab(window, out_dir / "problems.png"))
            window.show_view("outputs")
            written.append(save_grab(window, out_dir / "outputs.png"))
            written.append(_publish_tab(window, out_dir / "publish.png"))
            written.append(_import_preview(window, work_dir, out_dir / "import.png"))
            written.append(_history(window, out_dir / "history.png"))
            written.extend(_edit_dialogs(window, out_dir))
            written.append(_precedence(window, out_dir / "precedence.png"))
            written += _chinese(window, settings, out_dir)
            # Last, so the history and the other images do not show its edits.
            written.append(_unscheduled(window, out_dir / "unscheduled.png"))
            window.close()
            window.deleteLater()
            QCoreApplication.processEvents()
        finally:
            db.dispose()
    finally:
        shutil.rmtree(work_dir, ignore_errors=True)
    return written


def _chinese(window: MainWindow, settings: Settings, out_dir: Path) -> list[Path]:
    """The same window switched to Chinese in Settings (no restart): the programme, the
    problems and the history, then back to English."""
    settings.set(keys.LANGUAGE, "zh_CN")
    try:
        window.apply_language()
        _stage_programme(window)
        shots = [save_grab(window, out_dir / "zh-programme.png")]
        window.show_view("problems")
        shots.append(save_grab(window, out_dir / "zh-problems.png"))
        window.show_view("history")
        shots.append(save_grab(window, out_dir / "zh-history.png"))
    finally:
        settings.set(keys.LANGUAGE, "en")
        window.apply_language()
    return shots


def _stage_edits(window: MainWindow) -> None:
    """A few edits an organiser might make in a hurry, each leaving a problem to catch:
    a meeting pulled too close to the visit before it, a lunch booked in a room that is
    too small, and a recce nobody was assigned to. They go through the undo stack, as
    the user's edits would, so the history panel shows them too."""
    from datetime import timedelta

    from tourplanner.qt.undo import SITE, CreateItemCommand, EditItemCommand, EditRecordCommand

    session = window.session
    assert session is not None
    snap = session.snapshot
    by_title = {i.title: i for i in snap.items}
    meeting = by_title.get("Meeting at NUSRI Chongqing")
    if meeting is not None:
        shift = timedelta(minutes=-10)
        session.push(
            EditItemCommand(
                session,
                meeting.id,
                {"starts_at": meeting.starts_at, "ends_at": meeting.ends_at},
                {"starts_at": meeting.starts_at + shift, "ends_at": meeting.ends_at + shift},
                "Move Meeting at NUSRI Chongqing",
            )
        )
    hotpot = next((s for s in snap.sites if s.key == "rest-konggang"), None)
    if hotpot is not None:
        session.push(
            EditRecordCommand(
                session,
                SITE,
                hotpot.id,
                {"capacity": hotpot.capacity},
                {"capacity": 12},
                "Edit site Konggang Hotpot House",
            )
        )
    from datetime import datetime, time
    from zoneinfo import ZoneInfo

    start = datetime.combine(snap.tour.end_date, time(13, 0), ZoneInfo(snap.tour.timezone))
    session.push(
        CreateItemCommand(
            session,
            {
                "kind": "visit",
                "title": "Recce: Yuelai exhibition hall",
                "starts_at": start,
                "ends_at": start + timedelta(minutes=45),
                "attendance": (),
            },
            "Add Recce: Yuelai exhibition hall",
        )
    )


def _history(window: MainWindow, path: Path) -> Path:
    """The History view after the staged edits and a colleague's change from another
    window (which this one takes live), with that colleague named in the status bar."""
    import time
    from datetime import timedelta

    from tourplanner.services import history, items
    from tourplanner.services.database import open_database

    session = window.session
    assert session is not None
    other = open_database(window.db.url.render_as_string(hide_password=False), migrate=False)
    try:
        dinner = next(i for i in session.snapshot.items if i.title == "Welcome dinner")
        with history.acting(who="Ben Ortiz", action="Move Welcome dinner"):
            items.update_item(
                other,
                dinner.id,
                dinner.version,
                starts_at=dinner.starts_at + timedelta(minutes=15),
                ends_at=dinner.ends_at + timedelta(minutes=15),
            )
            history.announce(other, session.slug, "ben", "programme", "2021-03-27")
        window.presence.exchange()
        moved_to = dinner.starts_at + timedelta(minutes=15)

        def arrived() -> bool:
            item = session.item(dinner.id)
            return window.presence.isVisible() and item is not None and item.starts_at == moved_to

        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not arrived():
            QCoreApplication.processEvents()
            time.sleep(0.02)
    finally:
        other.dispose()
    window.show_view("history")
    QCoreApplication.processEvents()
    return save_grab(window, path)


def _publish_tab(window: MainWindow, path: Path) -> Path:
    """The Publish tab of a tour that remembers where it is published: its links listed."""
    from tourplanner.services.publish_target import save_publish_settings

    # mypy: the caller opened the sample tour, so there is a session and a workspace.
    slug = window.session.slug  # type: ignore[union-attr]
    save_publish_settings(window.db, slug, "/srv/www/tour", "https://tour.example.org/p/")
    outputs = window.workspace.outputs  # type: ignore[union-attr]
    panel = outputs.publish
    panel.target.clear()
    panel.base_url.clear()
    window.refresh()  # the snapshot, with what the tour now remembers
    outputs.tabs.setCurrentWidget(panel)
    panel.refresh_links()
    return save_grab(window, path)


def _import_preview(window: MainWindow, work_dir: Path, path: Path) -> Path:
    """The import wizard's preview of a delegate list with new, updated, unchanged and
    bad rows."""
    source = work_dir / "delegates.csv"
    source.write_text(IMPORT_SAMPLE, encoding="utf-8")
    window.show_view("participants")
    wizard = window.sheet_actions.open_import("people")
    assert wizard is not None
    wizard.resize(*DIALOG_SIZE)
    wizard.file_page.path.setText(str(source))
    wizard.next()  # the columns
    wizard.next()  # the preview
    written = save_grab(wizard, path)
    wizard.reject()
    return written


def _edit_dialogs(window: MainWindow, out_dir: Path) -> list[Path]:
    """Tour ▸ Properties, a site's opening hours and a transfer's vehicles and seats, each
    grabbed at its own size and closed without saving."""
    from tourplanner.qt.dialogs.form import FormDialog

    workspace = window.workspace
    assert workspace is not None
    editor = workspace.editor
    snap = workspace.session.snapshot
    written = []

    def grab(dialog: FormDialog, name: str) -> None:
        dialog.resize(*SIZES[name])
        written.append(save_grab(dialog, out_dir / name))

    properties = editor.tour_properties()
    grab(properties, "tour-properties.png")
    properties.reject()
    site = next((s for s in snap.sites if s.opening_hours), snap.sites[0])
    site_dialog = editor.edit_site(site)
    hours = site_dialog.edit_hours()  # type: ignore[attr-defined]
    # Shown with exceptions typed in (not saved: the dialog is cancelled below).
    hours.exceptions_edit.setPlainText("2021-03-28 closed\n2021-03-29 10:00-12:00")
    grab(hours, "opening-hours.png")
    hours.reject()
    site_dialog.reject()
    transfer = next(i for i in snap.items if i.kind.value == "transfer" and i.attendance)
    item_dialog = editor.edit_item(transfer)
    seats = editor.edit_transfer(transfer, item_dialog)
    grab(seats, "transfer.png")
    seats.reject()
    item_dialog.reject()
    return written


def _precedence(window: MainWindow, path: Path) -> Path:
    """Tour ▸ Order of precedence with the fifth person selected, closed without saving."""
    dialog = window.tour_actions.show_precedence()
    dialog.resize(*SIZES[path.name])
    dialog.list.setCurrentRow(4)
    dialog.list.setFocus(Qt.FocusReason.OtherFocusReason)
    written = save_grab(dialog, path)
    dialog.reject()
    return written


def _unscheduled(window: MainWindow, path: Path) -> Path:
    """The Unscheduled dock beside the timeline: a visit taken off the first afternoon
    and an idea without a time yet, both through the undo stack; one entry selected."""
    from tourplanner.core.enums import ItemKind

    workspace, session = window.workspace, window.session
    assert workspace is not None and session is not None
    window.show_view("programme")
    snap = session.snapshot
    first = snap.tour.start_date
    zone = workspace.programme.timeline.zone
    afternoon = [
        i
        for i in snap.items
        if i.kind is ItemKind.VISIT
        and i.starts_at.astimezone(zone).date() == first
        and i.starts_at.astimezone(zone).hour >= 13
    ]
    workspace.editor.unschedule_items(afternoon[:1])
    from tourplanner.qt.undo import CreateUnscheduledCommand

    site = next((s for s in snap.sites if s.key == "rest-konggang"), None)
    session.push(
        CreateUnscheduledCommand(
            session,
            {
                "kind": ItemKind.MEAL,
                "title": "Tea with the district's press office",
                "site_id": site.id if site is not None else None,
                "duration_minutes": 45,
            },
            "Add Tea with the district's press office",
        )
    )
    window.unscheduled_dock.show()
    panel = workspace.unscheduled
    if panel.list.count():
        panel.list.setCurrentRow(0)
    workspace.programme.set_day(first)
    timeline = workspace.programme.timeline
    timeline.verticalScrollBar().setValue(int(timeline.minute_y(11 * 60)))
    return save_grab(window, path)


def _stage_programme(window: MainWindow) -> None:
    """The timeline scrolled to the morning with the clashing visit selected."""
    for _ in range(3):
        QCoreApplication.processEvents()
    workspace = window.workspace
    assert workspace is not None
    timeline = workspace.programme.timeline
    problems = window.session.problems() if window.session is not None else []
    clashes = [p for p in problems if p.code.value == "double-booked"]
    if clashes or problems:
        workspace.show_problem((clashes or problems)[0])
    workspace.programme.set_day(workspace.session.snapshot.tour.start_date)
    timeline.verticalScrollBar().setValue(int(timeline.minute_y(7 * 60 + 15)))


def _stage_multi_select(window: MainWindow) -> None:
    """Three blocks of the first morning selected together (Ctrl-click or a rubber band),
    the timeline focused: its frame and the current block's ring show the focus."""
    workspace = window.workspace
    assert workspace is not None
    timeline = workspace.programme.timeline
    first = workspace.session.snapshot.tour.start_date
    morning = [
        item_id
        for item_id in timeline.time_order()
        if timeline.shown[item_id].starts_at.astimezone(timeline.zone).date() == first
    ][:3]
    timeline.setFocus(Qt.FocusReason.OtherFocusReason)
    timeline.select_ids(morning, morning[0] if morning else -1)
    timeline.verticalScrollBar().setValue(int(timeline.minute_y(7 * 60 + 15)))


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; prints the files it wrote."""
    parser = argparse.ArgumentParser(
        prog="python -m tourplanner.qt.screenshots", description=__doc__.splitlines()[0]
    )
    parser.add_argument("out_dir", type=Path, metavar="OUTDIR")
    args = parser.parse_args(argv)
    for path in render(args.out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
