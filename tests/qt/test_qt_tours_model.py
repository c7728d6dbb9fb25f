"""TourTableModel (the tour list on RecordTableModel) and its proxy, without any widget."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt, qInstallMessageHandler
from PySide6.QtTest import QAbstractItemModelTester

from tourplanner.core.model import TourSummary
from tourplanner.qt.models.base import RECORD_ROLE, SORT_ROLE, RecordFilterProxy
from tourplanner.qt.models.tours import TourTableModel

CHONGQING = TourSummary(
    id=1,
    slug="chongqing-2021",
    name="Walking in China·2021 Overseas Chinese Media High-Level Chongqing Tour",
    local_name="行走中国·2021海外华文媒体高层重庆行",
    start_date=date(2021, 3, 27),
    end_date=date(2021, 3, 28),
)
BERLIN = TourSummary(
    id=2,
    slug="berlin-2024",
    name="berlin study visit",
    local_name="Studienreise Berlin",
    start_date=date(2024, 5, 6),
    end_date=date(2024, 5, 10),
)
ANKARA = TourSummary(
    id=3,
    slug="ankara-2019",
    name="Ankara Trade Mission",
    local_name="",
    start_date=date(2019, 11, 2),
    end_date=date(2019, 11, 2),
)
TOURS = [CHONGQING, BERLIN, ANKARA]


@pytest.fixture
def model(qapp: object) -> TourTableModel:
    m = TourTableModel()
    m.set_records(TOURS)
    return m


def cell(model: TourTableModel, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def test_shape_and_headers(model: TourTableModel) -> None:
    assert model.rowCount() == 3
    assert model.columnCount() == TourTableModel.COLUMN_COUNT == 6
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Name", "Local name", "Starts", "Ends", "Days", "Slug"]
    for column in range(model.columnCount()):
        assert model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(99, Qt.Orientation.Horizontal) is None
    # Tables have no children.
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.columnCount(model.index(0, 0)) == 0


def test_display_role(model: TourTableModel) -> None:
    assert cell(model, 0, TourTableModel.NAME) == CHONGQING.name
    assert cell(model, 0, TourTableModel.LOCAL_NAME) == "行走中国·2021海外华文媒体高层重庆行"
    assert cell(model, 0, TourTableModel.START) == "2021-03-27"
    assert cell(model, 0, TourTableModel.END) == "2021-03-28"
    assert cell(model, 0, TourTableModel.DAYS) == "2"
    assert cell(model, 0, TourTableModel.SLUG) == "chongqing-2021"
    assert cell(model, 2, TourTableModel.DAYS) == "1"


def test_tooltip_and_sort_roles(model: TourTableModel) -> None:
    tip = cell(model, 0, TourTableModel.NAME, Qt.ItemDataRole.ToolTipRole)
    assert CHONGQING.name in tip and CHONGQING.local_name in tip
    assert "2021" in cell(model, 0, TourTableModel.START, Qt.ItemDataRole.ToolTipRole)
    assert cell(model, 0, TourTableModel.START, SORT_ROLE) == date(2021, 3, 27).toordinal()
    assert cell(model, 1, TourTableModel.NAME, SORT_ROLE) == "berlin study visit"
    assert cell(model, 1, TourTableModel.DAYS, SORT_ROLE) == 5
    assert cell(model, 1, TourTableModel.SLUG, RECORD_ROLE) == BERLIN


def test_invalid_and_out_of_range(model: TourTableModel) -> None:
    assert model.data(QModelIndex()) is None
    assert model.index(3, 0).isValid() is False
    assert model.record_at(3) is None
    assert model.record_at(-1) is None
    assert model.record_at(1) == BERLIN
    assert model.row_of("ankara-2019") == 2
    assert model.row_of("nowhere") == -1
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    flags = model.flags(model.index(0, 0))
    assert flags & Qt.ItemFlag.ItemIsSelectable
    assert not flags & Qt.ItemFlag.ItemIsEditable


def test_set_tours_resets(model: TourTableModel, qtbot) -> None:
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_records([ANKARA])
    assert model.rowCount() == 1
    assert model.records() == [ANKARA]


@pytest.fixture
def qt_messages(qapp: object) -> Iterator[list[str]]:
    """Every Qt log message during the test (pytest-qt's qtlog misses these on PySide 6.12)."""
    messages: list[str] = []
    previous = qInstallMessageHandler(lambda _kind, _context, text: messages.append(text))
    yield messages
    qInstallMessageHandler(previous)


def test_qt_model_tester_finds_no_fault(qt_messages: list[str]) -> None:
    model = TourTableModel()
    # The tester checks the model now and again after every change it announces.
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    model.set_records(TOURS)
    model.set_records([])
    model.set_records(TOURS[:1])
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    proxy_tester = QAbstractItemModelTester(
        proxy, QAbstractItemModelTester.FailureReportingMode.Warning
    )
    model.set_records(TOURS)
    proxy.set_search_text("berlin")
    proxy.sort(TourTableModel.START)
    proxy.set_search_text("")
    assert tester is not None and proxy_tester is not None
    assert [m for m in qt_messages if "FAIL" in m] == []


def test_model_tester_would_report_a_fault(qt_messages: list[str]) -> None:
    """Guards the test above: a broken model must produce FAIL messages we can see."""

    class BrokenModel(TourTableModel):
        def rowCount(self, parent=None):  # the classic slip: cells claim children too
            return len(self.records())

    model = BrokenModel()
    model.set_records(TOURS)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    assert tester is not None
    assert any("FAIL" in m for m in qt_messages)


def test_pytest_qt_model_tester(model: TourTableModel, qtmodeltester) -> None:
    qtmodeltester.check(model)


def test_proxy_filters_on_any_column_ignoring_case(model: TourTableModel) -> None:
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 3
    proxy.set_search_text("CHONG")
    assert proxy.rowCount() == 1
    assert proxy.record_at(0) == CHONGQING
    proxy.set_search_text("重庆")  # local name only
    assert [proxy.record_at(r) for r in range(proxy.rowCount())] == [CHONGQING]
    proxy.set_search_text("2024-05")  # a date column
    assert proxy.record_at(0) == BERLIN
    proxy.set_search_text("nomatch")
    assert proxy.rowCount() == 0
    assert proxy.record_at(0) is None
    proxy.set_search_text("  ")
    assert proxy.rowCount() == 3


def test_proxy_sorts_by_true_values(model: TourTableModel) -> None:
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(TourTableModel.START, Qt.SortOrder.AscendingOrder)
    assert [proxy.record_at(r).slug for r in range(3)] == [
        "ankara-2019",
        "chongqing-2021",
        "berlin-2024",
    ]
    # Case must not matter: "berlin study visit" sorts between Ankara and Walking.
    proxy.sort(TourTableModel.NAME, Qt.SortOrder.AscendingOrder)
    assert [proxy.record_at(r).slug for r in range(3)] == [
        "ankara-2019",
        "berlin-2024",
        "chongqing-2021",
    ]
    proxy.sort(TourTableModel.DAYS, Qt.SortOrder.DescendingOrder)
    assert proxy.record_at(0) == BERLIN
