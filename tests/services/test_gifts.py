"""The gift log on SQLite and PostgreSQL: values checked where they enter, the tour's
limit and the gift-over-limit warning, the tour file, the CSV/XLSX export."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from tourplanner.core.errors import TourFileError, ValidationError
from tourplanner.core.gifts import CURRENCIES, check_amount, check_currency, minor_units
from tourplanner.core.problems import Code
from tourplanner.services import gifts, participants
from tourplanner.services.database import Database
from tourplanner.services.history import list_history
from tourplanner.services.tourfile import (
    SAMPLE_SLUG,
    export_tour_bytes,
    import_tour_file,
    load_sample,
)
from tourplanner.services.tours import check, load_snapshot

DINNER = "Welcome dinner"


def _people(db: Database) -> dict[str, int]:
    return {p.key: p.id for p in participants.list_participants(db, SAMPLE_SLUG)}


def _dinner(db: Database) -> int:
    return next(it.id for it in load_snapshot(db, SAMPLE_SLUG).items if it.title == DINNER)


def test_currency_codes_and_amounts_are_checked_by_one_function_each() -> None:
    assert {"CNY", "EUR", "USD", "JPY", "KWD", "GBP", "HKD"} <= CURRENCIES
    assert len(CURRENCIES) > 150 and all(len(c) == 3 and c.isupper() for c in CURRENCIES)
    assert check_currency(" cny ") == "CNY"
    for bad in ("RMB", "US$", "", "EURO"):
        with pytest.raises(ValueError, match="ISO 4217"):
            check_currency(bad)
    assert (minor_units("JPY"), minor_units("CNY"), minor_units("KWD")) == (0, 2, 3)
    assert check_amount("1,200.5", "CNY") == "1200.50"
    assert check_amount("5000", "JPY") == "5000"
    assert check_amount("5000.00", "JPY") == "5000"  # zeros are not decimals
    assert check_amount("1.250", "KWD") == "1.250"
    assert check_amount("  ", "CNY") == ""
    for text, currency, reason in (
        ("12.345", "CNY", "2 decimals at most"),
        ("50.5", "JPY", "0 decimals at most"),
        ("-3", "CNY", "may not be negative"),
        ("abc", "CNY", "not an amount of money"),
        ("NaN", "CNY", "not an amount of money"),
        ("1e15", "CNY", "more than 12 digits"),
    ):
        with pytest.raises(ValueError, match=reason):
            check_amount(text, currency)


def test_gifts_are_added_edited_deleted_and_logged(db: Database) -> None:
    load_sample(db)
    people = _people(db)
    vase = gifts.create_gift(
        db,
        SAMPLE_SLUG,
        what="Porcelain vase",
        from_organisation="Liangjiang New Area",
        to_participant_id=people["shang-yong"],
        item_id=_dinner(db),
        value="1,200",
        currency="cny",
    )
    assert (vase.value, vase.currency, vase.status.value) == ("1200.00", "CNY", "planned")
    given = gifts.update_gift(db, vase.id, vase.version, status="given", value="980.5")
    assert (given.value, given.status.value) == ("980.50", "given")
    assert [g.what for g in gifts.list_gifts(db, SAMPLE_SLUG)] == ["Porcelain vase"]
    logged = [e for e in list_history(db, SAMPLE_SLUG) if "gift log" in e.changes]
    assert len(logged) == 2  # the gift added, then changed
    gifts.delete_gift(db, vase.id, given.version)
    assert gifts.list_gifts(db, SAMPLE_SLUG) == []


def test_bad_gift_values_are_one_clear_error_and_store_nothing(db: Database) -> None:
    load_sample(db)
    people = _people(db)
    for values, reason in (
        ({"what": ""}, "gift what: must not be empty"),
        ({"what": "Tea", "value": "12.345", "currency": "CNY"}, "CNY amounts have 2 decimals"),
        ({"what": "Tea", "value": "100"}, "an amount needs its currency"),
        ({"what": "Tea", "value": "100", "currency": "RMB"}, "not an ISO 4217 currency"),
        ({"what": "Tea", "value": 0.1, "currency": "CNY"}, "expected an amount as text"),
        ({"what": "Tea", "status": "lost"}, "'lost' is not one of: planned, given, received"),
        ({"what": "Tea", "to_participant_id": 999999}, "no such participant"),
        (
            {"what": "Tea", "from_participant_id": people["he-wei"], "from_organisation": "X"},
            "a person or an organisation, not both",
        ),
    ):
        with pytest.raises(ValidationError, match=reason):
            gifts.create_gift(db, SAMPLE_SLUG, **values)
    assert gifts.list_gifts(db, SAMPLE_SLUG) == []


def test_a_gift_above_the_limit_is_a_warning_in_the_same_currency_only(db: Database) -> None:
    load_sample(db)
    people = _people(db)
    gifts.create_gift(
        db, SAMPLE_SLUG, what="Silk scarf", to_participant_id=people["shang-yong"],
        value="300", currency="CNY",
    )  # fmt: skip
    gifts.create_gift(
        db, SAMPLE_SLUG, what="Book", to_organisation="NUSRI Chongqing", value="90",
        currency="EUR",
    )  # fmt: skip
    assert not [p for p in check(db, SAMPLE_SLUG).problems if p.code is Code.GIFT_OVER_LIMIT]
    tour = gifts.set_gift_limit(db, SAMPLE_SLUG, "200", "cny")
    assert (tour.gift_limit, tour.gift_limit_currency) == ("200.00", "CNY")
    (over,) = [p for p in check(db, SAMPLE_SLUG).problems if p.code is Code.GIFT_OVER_LIMIT]
    assert not over.is_error
    assert over.message == (
        "The gift 'Silk scarf' from someone to Shang Yong is worth 300.00 CNY, above the "
        "tour's limit of 200.00 CNY."
    )
    assert over.participant_ids == (people["shang-yong"],)
    gifts.set_gift_limit(db, SAMPLE_SLUG, "", "")
    assert not [p for p in check(db, SAMPLE_SLUG).problems if p.code is Code.GIFT_OVER_LIMIT]
    with pytest.raises(ValidationError, match=r"gift limit: .*2 decimals"):
        gifts.set_gift_limit(db, SAMPLE_SLUG, "1.234", "CNY")


def test_the_tour_file_carries_the_log_limit_and_a_version_3_file_still_reads(
    db: Database, tmp_path: Path
) -> None:
    load_sample(db)
    people = _people(db)
    gifts.create_gift(
        db, SAMPLE_SLUG, what="Tea set", from_participant_id=people["he-wei"],
        to_organisation="Russian Dragon", item_id=_dinner(db), value="5000", currency="JPY",
        status="given", notes="wrapped in red",
    )  # fmt: skip
    gifts.set_gift_limit(db, SAMPLE_SLUG, "3000", "JPY")
    data = export_tour_bytes(db, SAMPLE_SLUG)
    doc = json.loads(data)
    assert doc["version"] == 4
    assert doc["tour"]["gift_limit"] == {"amount": "3000", "currency": "JPY"}
    (entry,) = doc["gifts"]
    assert entry["from"] == {"person": "he-wei"} and entry["to"] == {
        "organisation": "Russian Dragon"
    }
    assert (entry["value"], entry["currency"], entry["status"]) == ("5000", "JPY", "given")
    # Round trip: replacing the tour with its own file keeps the log and the limit (the
    # log is written afresh, which the history does not count as a change).
    path = tmp_path / "tour.json"
    path.write_bytes(data)
    before = len(list_history(db, SAMPLE_SLUG))
    import_tour_file(db, path, replace=True)
    assert export_tour_bytes(db, SAMPLE_SLUG) == data
    assert not [
        e for e in list_history(db, SAMPLE_SLUG)[: -before or None] if "gift log" in e.changes
    ]
    assert [p.code for p in check(db, SAMPLE_SLUG).problems].count(Code.GIFT_OVER_LIMIT) == 1
    # A bad value in a file names its path, and changes nothing.
    bad = json.loads(data)
    bad["gifts"][0]["value"] = "12.5"
    path.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(TourFileError, match=r"\$\.gifts\[0\]\.value.*JPY amounts have 0 dec"):
        import_tour_file(db, path, replace=True)
    assert export_tour_bytes(db, SAMPLE_SLUG) == data
    # An older file (version 3, no gifts, no limit) still reads.
    old = json.loads(data)
    old["version"] = 3
    del old["gifts"], old["tour"]["gift_limit"]
    path.write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    import_tour_file(db, path, replace=True)
    assert gifts.list_gifts(db, SAMPLE_SLUG) == []
    assert load_snapshot(db, SAMPLE_SLUG).tour.gift_limit == ""


def test_export_gifts_as_csv_and_xlsx(db: Database, tmp_path: Path) -> None:
    load_sample(db)
    people = _people(db)
    gifts.create_gift(
        db, SAMPLE_SLUG, what="=HYPERLINK(1)", from_organisation="Liangjiang New Area",
        to_participant_id=people["shang-yong"], item_id=_dinner(db), value="300", currency="CNY",
    )  # fmt: skip
    gifts.set_gift_limit(db, SAMPLE_SLUG, "200", "CNY")
    result = gifts.export_gifts(db, SAMPLE_SLUG, tmp_path / "gifts.csv")
    assert result.rows == 1
    rows = list(csv.reader(io.StringIO(result.path.read_text(encoding="utf-8-sig"))))
    assert rows[0][:3] == ["No.", "What", "From"]
    line = dict(zip(rows[0], rows[1], strict=True))
    assert line["What"] == "'=HYPERLINK(1)"  # made inert
    assert line["To"] == "Shang Yong" and line["From (organisation)"] == "Liangjiang New Area"
    assert (line["Value"], line["Currency"], line["Over limit"]) == ("300.00", "CNY", "yes")
    assert line["Item"] == DINNER and line["Date"] == "2021-03-27"
    xlsx = gifts.export_gifts(db, SAMPLE_SLUG, tmp_path / "gifts.xlsx")
    sheet = CalamineWorkbook.from_path(str(xlsx.path)).get_sheet_by_name("Gifts").to_python()
    assert sheet[1][1] == "=HYPERLINK(1)" and sheet[1][8] == "300.00"
