"""Switching the language in Settings applies at once, without a restart (issue #18)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tourplanner.qt import settings as keys
from tourplanner.qt.main_window import MainWindow
from tourplanner.qt.models.problems import ProblemTableModel
from tourplanner.qt.timefmt import day_label, long_day_label


def _switch(qtbot, window: MainWindow, language: str) -> None:
    window.settings.set(keys.LANGUAGE, language)
    window.apply_language()
    qtbot.waitUntil(lambda: window.session is None or window.session.checked)


def test_switching_to_chinese_and_back_without_a_restart(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    workspace = window.workspace
    assert workspace is not None
    history = workspace.pages["history"]
    problems = workspace.pages["problems"]
    model = problems.model

    def header() -> str:
        return model.headerData(ProblemTableModel.MESSAGE, Qt.Orientation.Horizontal)

    assert window.file_menu.title() == "&File"
    assert history.heading.text() == "History"
    assert window.problems_dock.windowTitle() == "Problems"
    assert header() == "What is wrong"
    try:
        _switch(qtbot, window, "zh_CN")
        # The same window, its menus, docks, page headings and table headers in Chinese.
        assert window.file_menu.title() == "文件(&F)"
        assert window.actions_.open_sample.text() != "Open the &sample tour"
        assert history.heading.text() == "历史记录"
        assert history.model.horizontalHeaderItem(3).text() != "What changed"
        # The navigation's entries, and the legend that words itself in changeEvent.
        assert workspace.nav.item(0).text() == "日程"
        legend = workspace.findChild(QWidget, "legend_visit")
        assert legend.text == "参观"
        assert window.problems_dock.windowTitle() == "问题"
        assert header() != "What is wrong"
        # The tour was checked again: the problem's title and message are Chinese.
        qtbot.waitUntil(lambda: problems.proxy.rowCount() > 0)
        row = problems.proxy.index(0, ProblemTableModel.CODE)
        assert row.data() == "时间冲突"
        message = problems.proxy.index(0, ProblemTableModel.MESSAGE).data()
        assert "同时被安排在" in message and "3月28日 周日" in message
        # Dates read the Chinese way, with the year where the long form has one.
        assert long_day_label(date(2027, 1, 6)) == "2027年1月6日 周三"
        assert day_label(date(2027, 1, 6)) == "1月6日 周三"
    finally:
        _switch(qtbot, window, "en")
    assert window.file_menu.title() == "&File"
    assert history.heading.text() == "History"
    assert workspace.nav.item(0).text() == "Programme"
    assert workspace.findChild(QWidget, "legend_visit").text == "Visit"
    assert window.problems_dock.windowTitle() == "Problems"
    assert header() == "What is wrong"
    assert problems.proxy.index(0, ProblemTableModel.CODE).data() == "Double-booked"
    assert long_day_label(date(2027, 1, 6)) == "Wednesday 6 January 2027"
