"""The Publish tab, driven through its widgets: it asks before publishing a tour with
errors, writes every page into a real folder with progress, and lists the links."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.fakes.phone import phone_renderer_fixture  # noqa: F401
from tests.qt.helpers import answer_open_errors, type_into
from tourplanner.qt.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("phone_renderer")

BASE = "https://tour.example.org/p/"


def wait_for_job(qtbot, window: MainWindow, timeout: int = 120_000) -> None:
    outputs = window.workspace.outputs
    qtbot.waitUntil(lambda: not outputs.busy and not window.jobs.busy, timeout=timeout)


def test_publish_tab_asks_about_errors_then_publishes_and_lists_links(
    qtbot, sample_window: MainWindow, shown_errors, tmp_path: Path, monkeypatch
) -> None:
    window = sample_window
    window.show_view("outputs")
    panel = window.workspace.outputs.publish
    window.workspace.outputs.tabs.setCurrentWidget(panel)
    out = tmp_path / "site"
    type_into(qtbot, panel.target, str(out))
    type_into(qtbot, panel.base_url, BASE)

    # The sample tour has one error: the organiser is shown it, and Cancel publishes
    # nothing.
    seen = answer_open_errors(go_ahead=False)
    qtbot.mouseClick(panel.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    ((text, listed),) = seen
    assert text.startswith("The tour has 1 error.")
    assert "Dai Jiuyue" in listed  # the error itself, not just a count
    assert not out.exists()

    answer_open_errors(go_ahead=True)
    progress: list[tuple[int, int]] = []
    window.workspace.outputs.progress.valueChanged.connect(
        lambda v: progress.append((v, window.workspace.outputs.progress.maximum()))
    )
    qtbot.mouseClick(panel.publish_button, Qt.MouseButton.LeftButton)
    wait_for_job(qtbot, window)
    assert shown_errors == []
    assert "Published" in panel.result.text()
    snapshot = window.session.snapshot
    people = {p.publish_token for p in snapshot.participants}
    assert people <= {p.name for p in out.iterdir() if p.is_dir()}
    assert progress and progress[-1][0] == progress[-1][1] > 0
    # The links list every page, at the public address.
    urls = {panel.links.item(r, 2).text() for r in range(panel.links.rowCount())}
    assert {f"{BASE}{t}/" for t in people} <= urls
    assert all(url.startswith(BASE) for url in urls)


def test_publish_tab_reports_a_bad_target_in_one_line(
    qtbot, sample_window: MainWindow, shown_errors, monkeypatch
) -> None:
    window = sample_window
    window.show_view("outputs")
    panel = window.workspace.outputs.publish
    answer_open_errors(go_ahead=True)
    type_into(qtbot, panel.target, "http://dav.example.org/tour/")
    qtbot.mouseClick(panel.publish_button, Qt.MouseButton.LeftButton)
    wait_for_job(qtbot, window)
    ((title, message),) = shown_errors
    assert title == "Could not publish"
    assert "needs https://" in message and "\n" not in message
