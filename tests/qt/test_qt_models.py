"""The workspace's table models without any widget: Qt's model tester on each, then what
the columns show, how the proxy filters and how the source sorts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, qInstallMessageHandler
from PySide6.QtTest import QAbstractItemModelTester

from tourplanner.core.checks import TourChecker
from tourplanner.core.model import TourSnapshot
from tourplanner.core.problems import Code, Problem
from tourplanner.qt.models.agenda import ItemTableModel
from tourplanner.qt.models.base import RECORD_ROLE, SORT_ROLE, RecordFilterProxy
from tourplanner.qt.models.people import GroupTableModel, ParticipantTableModel
from tourplanner.qt.models.problems import ProblemTableModel
from tourplanner.qt.models.sites import SiteTableModel
from tourplanner.services.tourfile import SAMPLE_SLUG, load_sample
from tourplanner.services.tours import load_snapshot


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> TourSnapshot:
    from tourplanner.services.database import open_database

    db = open_database(f"sqlite:///{tmp_path_factory.mktemp('models') / 't.db'}")
    load_sample(db)
    snap = load_snapshot(db, SAMPLE_SLUG)
    db.dispose()
    return snap


@pytest.fixture
def qt_messages(qapp: object) -> Iterator[list[str]]:
    """Every Qt log message during the test (the model tester reports through these)."""
    messages: list[str] = []
    previous = qInstallMessageHandler(lambda _kind, _context, text: messages.append(text))
    yield messages
    qInstallMessageHandler(previous)


def _exercise(model, fill, change, qt_messages: list[str]) -> None:
    """Run Qt's model tester over a model and a filtering proxy through resets, updates,
    inserts, removals, sorting and filtering; it reports faults as FAIL messages."""
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    proxy_tester = QAbstractItemModelTester(
        proxy, QAbstractItemModelTester.FailureReportingMode.Warning
    )
    fill()
    for column in range(model.columnCount()):
        proxy.sort(column, Qt.SortOrder.AscendingOrder)
        proxy.sort(column, Qt.SortOrder.DescendingOrder)
    proxy.set_search_text("a")
    change()
    proxy.set_search_text("")
    model.set_records([])
    fill()
    assert tester is not None and proxy_tester is not None
    assert [m for m in qt_messages if "FAIL" in m] == []


def test_site_model_passes_the_model_tester(snapshot: TourSnapshot, qt_messages) -> None:
    model = SiteTableModel()

    def change() -> None:
        first = model.record_at(0)
        model.upsert([replace(first, name="Renamed"), replace(first, id=999, key="new")])
        model.remove_ids([999])

    _exercise(model, lambda: model.set_snapshot(snapshot), change, qt_messages)


def test_participant_model_passes_the_model_tester(snapshot: TourSnapshot, qt_messages) -> None:
    model = ParticipantTableModel()

    def change() -> None:
        model.set_groups(snapshot.groups[:1])
        first = model.record_at(0)
        model.upsert([replace(first, is_vip=not first.is_vip)])
        model.remove_ids([first.id])

    _exercise(model, lambda: model.set_snapshot(snapshot), change, qt_messages)


def test_group_model_passes_the_model_tester(snapshot: TourSnapshot, qt_messages) -> None:
    model = GroupTableModel()

    def change() -> None:
        first = model.record_at(0)
        model.upsert([replace(first, member_ids=())])
        model.remove_ids([first.id])

    _exercise(model, lambda: model.set_records(snapshot.groups), change, qt_messages)


def test_item_model_passes_the_model_tester(snapshot: TourSnapshot, qt_messages) -> None:
    model = ItemTableModel()

    def change() -> None:
        model.set_problem_counts(Counter({snapshot.items[0].id: 2}))
        first = model.record_at(0)
        model.upsert([replace(first, title="Moved")])
        model.remove_ids([first.id, snapshot.items[1].id])

    _exercise(model, lambda: model.set_snapshot(snapshot), change, qt_messages)


def test_problem_model_passes_the_model_tester(snapshot: TourSnapshot, qt_messages) -> None:
    model = ProblemTableModel()
    problems = TourChecker(snapshot).problems()
    extra = Problem(Code.EMPTY_ITEM, "Nobody attends 'Tea'", item_ids=(snapshot.items[0].id,))

    def change() -> None:
        model.set_problems([*problems, extra])
        model.set_problems(problems)

    _exercise(model, lambda: model.set_problems(problems), change, qt_messages)


def test_model_tester_would_report_a_fault(qt_messages: list[str]) -> None:
    """Guards the tests above: a broken model must produce FAIL messages we can see."""

    class BrokenModel(GroupTableModel):
        def rowCount(self, parent=None):  # the classic slip: cells claim children too
            return len(self.records())

    model = BrokenModel()
    model.set_records([])
    from tourplanner.core.model import Group

    model.set_records([Group(1, 1, "g", "G", "", "", (), 1)])
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    assert tester is not None
    assert any("FAIL" in m for m in qt_messages)


def test_participant_columns_at_a_glance(snapshot: TourSnapshot) -> None:
    model = ParticipantTableModel()
    model.set_snapshot(snapshot)
    m = ParticipantTableModel
    row = next(r for r in range(model.rowCount()) if model.record_at(r).key == "lin-xiaowen")
    cell = lambda column, role=Qt.ItemDataRole.DisplayRole: model.index(row, column).data(role)  # noqa: E731
    assert cell(m.NAME) == "Ms. Lin Xiaowen"
    assert cell(m.LANGUAGES) == "Chinese, German, English"  # by name, in the UI language
    assert cell(m.DIETARY).startswith("Vegetarian")
    assert cell(m.GROUPS) == "Group A"
    assert cell(m.ROLE) == "Delegate"
    # The avatar is drawn, not loaded.
    avatar = cell(m.NAME, Qt.ItemDataRole.DecorationRole)
    assert avatar is not None and not avatar.isNull()
    vip = next(r for r in range(model.rowCount()) if model.record_at(r).is_vip)
    assert model.index(vip, m.VIP).data() == "★"
    assert model.index(row, 0).data(RECORD_ROLE).key == "lin-xiaowen"


def test_avatar_colour_depends_only_on_the_name(qapp) -> None:
    from tourplanner.qt.style import avatar_colour, initials

    assert avatar_colour("Dai Jiuyue") == avatar_colour("Dai Jiuyue")
    assert initials("Dai Jiuyue") == "DJ"
    assert initials("王佳") == "王佳"
    assert initials("") == "?"
    colours = {
        avatar_colour(n).name() for n in ("Dai Jiuyue", "Shang Yong", "Meng Linghua", "Wang Jia")
    }
    assert len(colours) > 1


def test_proxy_filters_on_every_word(snapshot: TourSnapshot) -> None:
    model = ParticipantTableModel()
    model.set_snapshot(snapshot)
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search_text("vegetarian")
    assert [proxy.record_at(r).key for r in range(proxy.rowCount())] == ["lin-xiaowen"]
    proxy.set_search_text("DELEGATE  kansai")  # every word, any case, any column
    assert [proxy.record_at(r).key for r in range(proxy.rowCount())] == ["meng-linghua"]
    proxy.set_search_text("林晓雯")
    assert proxy.rowCount() == 1
    proxy.set_row_filter(lambda p: p.key != "lin-xiaowen")
    assert proxy.rowCount() == 0
    proxy.set_row_filter(None)
    proxy.set_search_text("")
    assert proxy.rowCount() == len(snapshot.participants)


def test_source_sorts_by_true_values_with_missing_last(snapshot: TourSnapshot) -> None:
    model = SiteTableModel()
    model.set_snapshot(snapshot)
    model.sort(SiteTableModel.ITEMS, Qt.SortOrder.DescendingOrder)
    counts = [int(model.index(r, SiteTableModel.ITEMS).data()) for r in range(model.rowCount())]
    assert counts == sorted(counts, reverse=True)
    model.sort(SiteTableModel.CAPACITY, Qt.SortOrder.AscendingOrder)
    capacities = [model.record_at(r).capacity for r in range(model.rowCount())]
    known = [c for c in capacities if c is not None]
    assert known == sorted(known)
    assert capacities[len(known) :] == [None] * (len(capacities) - len(known))
    assert model.index(0, SiteTableModel.CAPACITY).data(SORT_ROLE) == capacities[0]


def test_agenda_shows_tour_time_and_who(snapshot: TourSnapshot) -> None:
    model = ItemTableModel()
    model.set_snapshot(snapshot)
    first = model.record_at(0)
    assert model.index(0, ItemTableModel.START).data() == "07:30"
    assert model.index(0, ItemTableModel.DAY).data().startswith("Sat")
    assert model.index(0, ItemTableModel.WHO).data().startswith("Delegation, Drivers")
    assert model.index(0, ItemTableModel.TITLE).data() == first.title
    night = next(r for r in range(model.rowCount()) if model.record_at(r).kind == "accommodation")
    assert model.index(night, ItemTableModel.END).data() == "08:00 (+1)"
    model.set_problem_counts(Counter({first.id: 2}))
    assert model.index(0, ItemTableModel.PROBLEMS).data() == "2"


def test_problem_model_counts(snapshot: TourSnapshot, qtbot) -> None:
    model = ProblemTableModel()
    problems = TourChecker(snapshot).problems()
    with qtbot.waitSignal(model.counts_changed) as blocker:
        model.set_problems(problems)
    assert blocker.args == [1, 0]
    assert model.index(0, ProblemTableModel.CODE).data() == "Double-booked"
    # The stable code is for files and scripts, never shown to people (issue #18).
    shown = [
        model.index(0, column).data(role)
        for column in range(model.columnCount())
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    ]
    assert not any("double-booked" in str(text) for text in shown)
    assert model.index(0, ProblemTableModel.SEVERITY).data(Qt.ItemDataRole.DecorationRole)
    assert sum(model.per_item().values()) == 2


def test_every_problem_code_has_a_heading() -> None:
    from tourplanner.qt.labels import problem_code

    headings = [problem_code(code) for code in Code]
    assert all(headings) and len(set(headings)) == len(headings)
