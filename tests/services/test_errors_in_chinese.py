"""Service errors reach people in their language (issue #18): the same one-line messages,
read from the one catalogue (context ``Errors``) by the .qm reader the CLI uses."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.test_cli import run
from tourplanner.core import i18n
from tourplanner.core.errors import ConcurrentEditError, NotFoundError, ValidationError
from tourplanner.services import ics_import, items, protocol, publish, sheet_import, sites, tours
from tourplanner.services.database import Database, transaction
from tourplanner.store import models as orm

PEOPLE = Path(__file__).resolve().parents[1] / "data" / "people"
NINE = datetime(2021, 3, 27, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.fixture
def chinese() -> Iterator[None]:
    """Translate into Chinese with the .qm reader, as the CLI does; English afterwards."""
    i18n.use_backend(None)
    i18n.use_language("zh_CN")
    try:
        yield
    finally:
        i18n.use_language("en")


def _tour(db: Database) -> int:
    """A one-day tour ``t`` with one visit titled "Visit"; the visit's id."""
    tours.create_tour(
        db, slug="t", name="T", start_date=date(2021, 3, 27), end_date=date(2021, 3, 28)
    )
    return items.create_item(
        db, "t", kind="visit", title="Visit", starts_at=NINE, ends_at=NINE + timedelta(hours=1)
    ).id


def test_unknown_records_and_bad_values_in_chinese(db: Database, chinese: None) -> None:
    _tour(db)
    with pytest.raises(NotFoundError) as unknown_tour:
        tours.load_snapshot(db, "nope")
    assert str(unknown_tour.value) == "没有标识为 'nope' 的行程"
    with pytest.raises(ValidationError) as taken:
        tours.create_tour(
            db, slug="t", name="T", start_date=date(2021, 3, 27), end_date=date(2021, 3, 28)
        )
    assert str(taken.value) == "标识为 't' 的行程已存在"
    with pytest.raises(ValidationError) as latitude:
        sites.create_site(db, "t", key="x", name="X", category="park", latitude=100, longitude=0)
    assert str(latitude.value) == "site latitude：应为 -90 到 90 之间的数字"


def test_version_conflicts_in_chinese(db: Database, chinese: None) -> None:
    item_id = _tour(db)
    seen = items.get_item(db, item_id)
    items.update_item(db, item_id, seen.version, title="Alice's title")
    with pytest.raises(ConcurrentEditError) as stale:
        items.update_item(db, item_id, seen.version, title="Bob's title")
    assert str(stale.value) == (
        f"此日程已被他人修改（版本 {seen.version + 1}，您编辑的是版本 "
        f"{seen.version}）；请重新载入查看其修改"
    )
    # Changed between reading the row and writing it: the database notices.
    with pytest.raises(ConcurrentEditError) as raced:  # noqa: SIM117
        with transaction(db) as session:
            row = session.get(orm.ScheduleItem, item_id)
            assert row is not None
            items.update_item(db, item_id, row.version_id, title="Alice again")
            row.title = "Bob's title"
            session.flush()
    assert (
        str(raced.value) == "版本冲突：您打开此记录后，他人已修改或删除了它；请重新载入查看其版本"
    )


def test_bad_publish_requests_in_chinese(db: Database, chinese: None) -> None:
    _tour(db)
    with pytest.raises(ValidationError) as both:
        publish.publish(db, publish.PublishRequest(tour="t", person="a", site="b"))
    assert str(both.value) == "请指定 --person 或 --site，不能同时指定"
    with pytest.raises(ValidationError) as nowhere:
        publish.publish(db, publish.PublishRequest(tour="t"))
    assert str(nowhere.value) == "行程 't' 从未发布过：请使用 --to TARGET"


def test_bad_seating_requests_in_chinese(db: Database, chinese: None) -> None:
    _tour(db)
    with pytest.raises(NotFoundError) as missing:
        protocol.propose_seating(db, "t", "No such dinner")
    assert str(missing.value) == "行程 't' 中没有 UID 或标题为 'No such dinner' 的日程"
    items.create_item(
        db, "t", kind="visit", title="Visit", starts_at=NINE, ends_at=NINE + timedelta(hours=2)
    )
    with pytest.raises(ValidationError) as twice:
        protocol.propose_seating(db, "t", "Visit")
    assert str(twice.value).startswith("有 2 项日程的标题为 'Visit'；请用 UID 指定其中一项（")


def test_import_errors_in_chinese(db: Database, chinese: None, tmp_path: Path) -> None:
    _tour(db)
    with pytest.raises(ValidationError) as neither:
        ics_import.import_ics_data(db, "t", [("a.ics", b"")])
    assert str(neither.value) == "导入 ics：请指定要标记为忙碌的人员或地点，或使用 as-items"
    with pytest.raises(ValidationError) as no_files:
        ics_import.import_ics_data(db, "t", [], as_items=True)
    assert str(no_files.value) == "导入 ics：未指定文件"
    # A sheet with a bad row: all or nothing, and the count needs no plural in Chinese.
    sheet = tmp_path / "people.csv"
    shutil.copyfile(PEOPLE / "blank_lines.csv", sheet)
    with pytest.raises(sheet_import.RowsRejected) as rejected:
        sheet_import.import_people(db, "t", sheet)
    assert str(rejected.value) == (
        "people.csv：有 1 行存在错误，未导入任何内容（请修正这些行，或使用 --skip-bad-rows "
        "导入其余各行）"
    )


def test_english_stays_as_it_was(db: Database) -> None:
    """Without Chinese, the very same calls say what they always said."""
    _tour(db)
    with pytest.raises(NotFoundError, match=r"^tour 't' has no item with UID or title 'x'$"):
        protocol.propose_seating(db, "t", "x")
    with pytest.raises(ValidationError, match=r"^import ics: no files given$"):
        ics_import.import_ics_data(db, "t", [], as_items=True)


def test_the_cli_prints_a_service_error_in_chinese(tmp_path: Path) -> None:
    db = ("--db", "sqlite:///x.db")
    try:
        assert run(*db, "sample", cwd=tmp_path).returncode == 0
        chinese = run(*db, "seating", "chongqing-2021", "No such dinner", cwd=tmp_path,
                      env={"LANG": "zh_CN.UTF-8", "LANGUAGE": "", "LC_ALL": "",
                           "LC_MESSAGES": ""})  # fmt: skip
        english = run(*db, "seating", "chongqing-2021", "No such dinner", cwd=tmp_path,
                      env={"LANG": "C.UTF-8", "LANGUAGE": "", "LC_ALL": "",
                           "LC_MESSAGES": ""})  # fmt: skip
    finally:
        i18n.use_language("en")
    assert chinese.returncode == english.returncode == 2
    assert chinese.stderr.strip() == (
        "tourplanner：错误：行程 'chongqing-2021' 中没有 UID 或标题为 'No such dinner' 的日程"
    )
    assert english.stderr.strip() == (
        "tourplanner: error: tour 'chongqing-2021' has no item with UID or title 'No such dinner'"
    )
