"""Hostile values at every entry: spreadsheets (CSV and XLSX) through the real
`import people` / `import sites` commands, and the services the GUI and the CLI call.
Each is refused with the row or field and the reason, the command exits 2 with no
traceback, and the database is left exactly as it was (SQLite and PostgreSQL).

Tour files have their own table of hostile files in test_bad_tour_files.py.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from tests.cli_runner import run_main
from tourplanner.core.errors import NotFoundError, ValidationError
from tourplanner.services import crud, participants, sites, tours
from tourplanner.services.database import Database, open_database, transaction
from tourplanner.services.sheet_import import import_people
from tourplanner.services.tourfile import SAMPLE_SLUG, export_tour_bytes, load_sample
from tourplanner.store import models as orm

REPO = Path(__file__).resolve().parents[2]
PEOPLE = REPO / "tests" / "data" / "people"


def _state(db: Database) -> tuple[object, ...]:
    """Everything a refused import or edit must leave alone: the sample tour as a file,
    and the number of rows in every table."""
    with transaction(db) as session:
        counts = {
            table.name: session.scalar(select(func.count()).select_from(table))
            for table in orm.Base.metadata.sorted_tables
        }
    return export_tour_bytes(db, SAMPLE_SLUG), counts


def _cli(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return run_main("--db", url, *args, cwd=REPO)


@pytest.fixture
def sample_url(db_url: str) -> str:
    database = open_database(db_url)
    try:
        load_sample(database)
    finally:
        database.dispose()
    return db_url


def _state_at(url: str) -> tuple[object, ...]:
    database = open_database(url)
    try:
        return _state(database)
    finally:
        database.dispose()


def _assert_refused(run: subprocess.CompletedProcess[str]) -> list[str]:
    """Exit 2, no traceback, every message one line ending in the one-line summary."""
    assert run.returncode == 2, (run.returncode, run.stderr)
    assert "Traceback" not in run.stderr and "unexpected error" not in run.stderr
    lines = run.stderr.strip().splitlines()
    assert lines[-1].startswith("tourplanner: error: "), run.stderr
    return lines


# --- spreadsheets, through the real command ------------------------------------------------


def test_cli_refuses_a_people_list_of_hostile_values(sample_url: str, tmp_path: Path) -> None:
    source = tmp_path / "hostile_values.csv"
    shutil.copyfile(PEOPLE / "hostile_values.csv", source)
    before = _state_at(sample_url)
    run = _cli(sample_url, "import", "people", SAMPLE_SLUG, str(source))
    lines = _assert_refused(run)
    assert lines[-1] == (
        "tourplanner: error: hostile_values.csv: 8 rows with errors, nothing was imported "
        "(fix them, or use --skip-bad-rows to import the others)"
    )
    rows = [line.strip() for line in lines[:-1]]
    # A CR/LF inside the address is shown escaped: the message stays one line.
    assert (
        "row 4, Email: 'mia.roth@example.org\\r\\nBcc: all@example.org' is not a valid "
        "email address: it contains a space or line break (U+000D)"
    ) in rows
    assert (
        "row 7, Precedence: a number with 5000 digits is not a whole number from 1 to 100000"
        in (rows)
    )
    assert all(len(line) < 300 for line in lines)
    assert _state_at(sample_url) == before
    assert not list(tmp_path.glob("*.rejected.csv"))


def _sites_xlsx(path: Path, capacity_xml: bytes, latitude_xml: bytes) -> None:
    """A sites workbook whose numeric cells hold what openpyxl cannot write (thousands of
    digits, 1E+400): written with placeholders, then the sheet's XML is edited."""
    book = Workbook()
    ws = book.active
    ws.append(["Name", "Category", "Capacity", "Latitude", "Longitude"])
    ws.append(["Big Hall", "hotel", 123456789, 29.5, 106.5])
    ws.append(["Far Hall", "hotel", 10, 987654321, 106.5])
    plain = path.with_suffix(".plain.xlsx")
    book.save(plain)
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"123456789", capacity_xml).replace(b"987654321", latitude_xml)
            zout.writestr(info, data)
    plain.unlink()


def test_cli_refuses_huge_numbers_in_a_sites_csv(sample_url: str, tmp_path: Path) -> None:
    source = tmp_path / "sites.csv"
    source.write_text(
        "Name,Category,Capacity,Latitude,Longitude\n"
        f"Big Hall,hotel,{'9' * 5000},29.5,106.5\n"
        "Far Hall,hotel,10,1e999,106.5\n"
        f"Wide Hall,hotel,10,29.5,{'1' * 400}.5\n",
        encoding="utf-8",
    )
    before = _state_at(sample_url)
    run = _cli(sample_url, "import", "sites", SAMPLE_SLUG, str(source))
    lines = [line.strip() for line in _assert_refused(run)]
    assert "row 2, Capacity: a number with 5000 digits is not a whole number from 1 to 1000000" in (
        lines
    )
    assert "row 3, Latitude: '1e999' is not a finite number" in lines
    assert any(line.startswith("row 4, Longitude: '1111") for line in lines), lines
    assert _state_at(sample_url) == before


def test_a_huge_number_as_a_time_zone_is_one_line_everywhere(
    sample_url: str, tmp_path: Path
) -> None:
    """Found by make reliability: a zone name of a hundred digits reached the tz database
    as a file name ("File name too long"), an unexpected error."""
    huge = "1" * 300
    sheet = tmp_path / "sites.csv"
    sheet.write_text(f"Name,Category,Time zone\nBig Hall,hotel,{huge}\n", encoding="utf-8")
    before = _state_at(sample_url)
    lines = [
        line.strip()
        for line in _assert_refused(_cli(sample_url, "import", "sites", SAMPLE_SLUG, str(sheet)))
    ]
    assert any(line.startswith("row 2, Time zone: unknown time zone '1111") for line in lines)
    tour = tmp_path / "zone.tour.json"
    data = json.loads(_cli(sample_url, "export", "tour", SAMPLE_SLUG).stdout)
    data["tour"]["timezone"] = huge
    tour.write_text(json.dumps(data), encoding="utf-8")
    (line,) = _assert_refused(_cli(sample_url, "import", "tour", str(tour), "--replace"))
    assert "$.tour.timezone: " in line and "1111" in line and len(line) < 300
    assert _state_at(sample_url) == before
    with pytest.raises(ValidationError, match="unknown timezone"):
        crud.timezone_name(huge)


def test_cli_refuses_huge_numbers_in_a_sites_xlsx(sample_url: str, tmp_path: Path) -> None:
    # Within Python's int-conversion limit: each bad cell is refused in its row. A number
    # cell is a double, as Excel keeps it: 300 nines read as 1e+300 (python-calamine).
    near = tmp_path / "near.xlsx"
    _sites_xlsx(near, b"9" * 300, b"1E+400")
    before = _state_at(sample_url)
    lines = [
        line.strip()
        for line in _assert_refused(_cli(sample_url, "import", "sites", SAMPLE_SLUG, str(near)))
    ]
    assert "row 2, Capacity: '1e+300' is not a whole number from 1 to 1000000" in lines
    assert "row 3, Latitude: 'inf' is not a finite number" in lines
    assert _state_at(sample_url) == before
    # Past it (5,000 digits): refused in one line, never "unexpected error".
    far = tmp_path / "far.xlsx"
    _sites_xlsx(far, b"9" * 5000, b"29.5")
    run = _cli(sample_url, "import", "sites", SAMPLE_SLUG, str(far))
    assert _assert_refused(run)[-1].startswith("tourplanner: error: far.xlsx: ")
    assert _state_at(sample_url) == before


# --- languages: names in any script, through the real command and the service --------------


def test_cli_imports_a_gb18030_list_with_languages_in_their_own_scripts(
    sample_url: str, tmp_path: Path
) -> None:
    source = tmp_path / "gb18030_languages.csv"
    shutil.copyfile(PEOPLE / "gb18030_languages.csv", source)
    run = _cli(sample_url, "import", "people", SAMPLE_SLUG, str(source))
    assert run.returncode == 0, run.stderr
    assert "6 new, 0 updated, 0 unchanged" in run.stdout
    database = open_database(sample_url)
    try:
        people = {
            p.full_name: p.languages for p in participants.list_participants(database, SAMPLE_SLUG)
        }
    finally:
        database.dispose()
    assert people["张伟"] == ("zh",)
    assert people["李娜"] == ("en",)
    assert people["陈浩"] == ("ja", "zh")
    assert people["刘洋"] == ("ru", "zh")
    assert people["王芳"] == ("yue", "en")
    assert people["赵磊"] == ("ko", "es", "de")


def test_service_imports_the_gb18030_list_whole(db: Database, tmp_path: Path) -> None:
    load_sample(db)
    source = tmp_path / "gb18030_languages.csv"
    shutil.copyfile(PEOPLE / "gb18030_languages.csv", source)
    outcome = import_people(db, SAMPLE_SLUG, source)
    assert (outcome.created, outcome.rejected) == (6, 0)
    stored = {p.languages for p in participants.list_participants(db, SAMPLE_SLUG)}
    assert {("ja", "zh"), ("ru", "zh"), ("yue", "en")} <= stored


# --- the services behind the GUI dialogs and the CLI --------------------------------------


def _param_id(value: object) -> str | None:
    """Test ids for huge ints, which cannot even be turned into text."""
    if isinstance(value, int) and value.bit_length() > 64:
        return f"int-of-{value.bit_length()}-bits"
    return None


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("email", "anna.keller@", "something is missing around @"),
        ("email", "li.wei@@example", "it needs exactly one @"),
        ("email", "ann@example.org\r\nBcc: x@example.org", "line break (U+000D)"),
        ("email", "ann@example.org\x00", "control character U+0000"),
        ("phone", "+86 138 0013\x07 8000", "control character U+0007"),
        ("phone", "call the office", "is not a phone number"),
        ("full_name", "Ann\nExample", "must be one line"),
        ("title", "Editor\x85", "control character U+0085"),
        ("notes", "fine\nbut\x1b[31m", "control character U+001B"),
        ("languages", ["Engish"], "did you mean English (en)?"),
        ("precedence", 10**5000, "whole number from 1 to 1000000"),
    ],
    ids=_param_id,
)
def test_participant_service_refuses_bad_values(
    db: Database, field: str, value: object, reason: str
) -> None:
    load_sample(db)
    before = _state(db)
    person = participants.list_participants(db, SAMPLE_SLUG)[0]
    with pytest.raises(ValidationError) as caught:
        participants.update_participant(db, person.id, person.version, **{field: value})
    message = str(caught.value)
    assert reason in message and "\n" not in message and len(message) < 300
    with pytest.raises(ValidationError):
        values = {"key": "new-person", "full_name": "New Person", "role": "delegate"}
        participants.create_participant(db, SAMPLE_SLUG, **{**values, field: value})
    assert _state(db) == before


def test_participant_service_reads_values_the_one_way(db: Database) -> None:
    load_sample(db)
    made = participants.create_participant(
        db,
        SAMPLE_SLUG,
        key="lin-tao",
        full_name="Lin Tao",
        role="delegate",
        country="Germany",
        phone="030 5555 0121",  # read in the person's country
        email=" mailto:lin.tao@example.de ",
        languages=["Deutsch", "中文", "pt-br", "Chinese (Traditional)"],
        notes="Arrives late\n\tleaves early",  # tabs and line breaks are fine in notes
    )
    assert made.phone == "+49 30 55550121"
    assert made.email == "lin.tao@example.de"
    assert made.languages == ("de", "zh", "pt-BR", "zh-Hant")
    assert made.notes == "Arrives late\n\tleaves early"


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("contact_email", "visits-hhla.de", "is not a valid email address"),
        ("contact_phone", "+49 40\r\n123456", "line break or tab (U+000D)"),
        ("name", "Hall\tOne", "must be one line"),
        ("capacity", 2**31, "whole number from 1 to 1000000"),
        ("capacity", 10**5000, "whole number from 1 to 1000000"),
    ],
    ids=_param_id,
)
def test_site_service_refuses_bad_values(
    db: Database, field: str, value: object, reason: str
) -> None:
    load_sample(db)
    before = _state(db)
    site = sites.list_sites(db, SAMPLE_SLUG)[0]
    with pytest.raises(ValidationError) as caught:
        sites.update_site(db, site.id, site.version, **{field: value})
    assert reason in str(caught.value)
    assert _state(db) == before


def test_tour_service_refuses_a_bad_organiser_email(db: Database) -> None:
    load_sample(db)
    before = _state(db)
    with pytest.raises(ValidationError, match="needs exactly one @"):
        tours.update_tour(db, SAMPLE_SLUG, None, organiser_email="li.wei@@example")
    with pytest.raises(ValidationError, match=r"control character U\+0007"):
        tours.update_tour(db, SAMPLE_SLUG, None, organiser_phone="+86 23\x07 6000 0001")
    assert _state(db) == before


def test_ids_beyond_the_id_column_are_no_row(db: Database) -> None:
    # PostgreSQL fails a query comparing an INTEGER column with 2**31 ("integer out of
    # range"); the services answer "no such row" instead of a traceback.
    load_sample(db)
    before = _state(db)
    for huge in (2**31, 2**63, 10**5000):
        with pytest.raises(NotFoundError):
            participants.update_participant(db, huge, None, notes="x")
        with pytest.raises(NotFoundError):
            sites.delete_site(db, huge)
    assert _state(db) == before


# --- web addresses: every entry calls the one check ---------------------------------------


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("visits-hhla.de", "give the full address, https://…"),
        ("ftp://calendar.example.org", "give the full address, https://…"),
        ("https://calendar.example.org/dav\r\n", "line break or tab (U+000D)"),
        ("https://calendar example.org", "it contains a space"),
    ],
)
def test_server_addresses_are_checked_by_the_one_web_address_check(url: str, reason: str) -> None:
    from tourplanner.core.contacts import check_web_address
    from tourplanner.integrations.caldav_client import CalDAVClient, CalDAVSettings
    from tourplanner.integrations.geocoder import GeocoderSettings, NominatimGeocoder

    with pytest.raises(ValueError) as core:
        check_web_address(url)
    assert reason in str(core.value)
    with pytest.raises(ValidationError) as caldav:
        CalDAVClient(CalDAVSettings(url, "user", "secret"))
    assert str(caldav.value) == f"CalDAV URL: {core.value}"
    with pytest.raises(ValidationError) as geocoder:
        NominatimGeocoder(GeocoderSettings("tourplanner-tests/1.0", url=url))
    assert str(geocoder.value) == f"geocoder URL: {core.value}"
