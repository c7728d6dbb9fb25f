"""Another organiser's change reaches an open window as it is committed: the item moves
in the snapshot (through the checker's incremental path), a change of anything else
reloads, and the window's own edits are not applied twice. SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from tests.test_cli import ROOT
from tourplanner.qt.main_window import MainWindow
from tourplanner.services import history, items, sites, tours
from tourplanner.services.database import open_database
from tourplanner.services.tourfile import SAMPLE_SLUG


def other_window_db(window: MainWindow):  # type: ignore[no-untyped-def]
    return open_database(window.db.url.render_as_string(hide_password=False), migrate=False)


def test_an_item_moved_elsewhere_moves_here(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    session = window.session
    item = session.snapshot.items[5]
    reloaded: list[bool] = []
    session.reloaded.connect(lambda: reloaded.append(True))
    other = other_window_db(window)
    try:
        with history.acting(who="Ben Ortiz", action="Move item"):
            items.update_item(
                other,
                item.id,
                item.version,
                starts_at=item.starts_at + timedelta(minutes=20),
                ends_at=item.ends_at + timedelta(minutes=20),
            )
    finally:
        other.dispose()
    qtbot.waitUntil(
        lambda: session.item(item.id).starts_at == item.starts_at + timedelta(minutes=20),
        timeout=10_000,
    )
    assert not reloaded  # the incremental path, not a reload
    assert session.checker.snap.items is not None
    assert "Ben Ortiz: Move item" in window.statusBar().currentMessage()
    # Our own next edit goes in on the new version: no conflict.
    moved = session.item(item.id)
    assert window.workspace.editor.move_item(
        moved, moved.starts_at + timedelta(minutes=5), moved.ends_at + timedelta(minutes=5)
    )


def test_a_site_changed_elsewhere_reloads(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    session = window.session
    site = session.snapshot.sites[0]
    other = other_window_db(window)
    try:
        sites.update_site(other, site.id, site.version, name=site.name + " (North gate)")
    finally:
        other.dispose()
    qtbot.waitUntil(
        lambda: session.snapshot.sites_by_id[site.id].name.endswith("(North gate)"),
        timeout=10_000,
    )


def test_another_process_on_postgresql(qtbot, pg_window: MainWindow, tmp_path: Path) -> None:
    window = pg_window
    url = window.db.url.render_as_string(hide_password=False)
    path = tmp_path / "t.json"
    from tourplanner.services.tourfile import export_tour_bytes

    doc = json.loads(export_tour_bytes(window.db, SAMPLE_SLUG))
    uid = doc["items"][0]["uid"]
    doc["items"][0]["title"] = "Arrival (Gate 3)"
    path.write_text(json.dumps(doc), "utf-8")
    env = {k: v for k, v in os.environ.items() if k != "TOURPLANNER_DB"}
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--db",
            url,
            "import",
            "tour",
            str(path),
            "--replace",
        ],
        env={**env, "TOURPLANNER_USER": "Li Wei"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    session = window.session
    item_id = next(i.id for i in tours.load_snapshot(window.db, SAMPLE_SLUG).items if i.uid == uid)
    qtbot.waitUntil(lambda: session.item(item_id).title == "Arrival (Gate 3)", timeout=10_000)
    assert "Li Wei: tourplanner import tour" in window.statusBar().currentMessage()


def test_an_open_dialog_is_told_and_offers_reload_or_keep_mine(
    qtbot, sample_window: MainWindow
) -> None:
    window = sample_window
    session = window.session
    site = session.snapshot.sites[1]
    dialog = window.workspace.editor.edit_site(site)
    assert not dialog.elsewhere.isVisible()
    other = other_window_db(window)
    try:
        with history.acting(who="Li Wei", action="Edit site"):
            sites.update_site(other, site.id, site.version, name=site.name + " (West gate)")
    finally:
        other.dispose()
    qtbot.waitUntil(dialog.elsewhere.isVisible, timeout=10_000)
    assert dialog.elsewhere_text.text() == "Li Wei changed this (name) while you were editing it."
    # Reload: the dialog shows their version.
    dialog.reload_button.click()
    again = window.workspace.editor.dialog
    assert again is not None and again is not dialog
    assert again.name.text() == site.name + " (West gate)"
    # Keep mine: the banner goes, and OK saves my values over theirs.
    other = other_window_db(window)
    try:
        now = tours.load_snapshot(other, SAMPLE_SLUG).sites_by_id[site.id]
        sites.update_site(other, site.id, now.version, capacity=321)
    finally:
        other.dispose()
    qtbot.waitUntil(again.elsewhere.isVisible, timeout=10_000)
    again.keep_button.click()
    assert not again.elsewhere.isVisible()
