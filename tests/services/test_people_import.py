"""Importing people from spreadsheets: every file in tests/data/people/ gives exactly the
counts or the per-row errors below, a file with errors changes nothing, and exported
people import back as the same people.

The table is checked against the sample tour without a database (the plan is pure); a
few tests then write to both backends.
"""

from __future__ import annotations

import dataclasses
import io
import shutil
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from tourplanner.cli import main as cli_main
from tourplanner.core.errors import ConcurrentEditError, ValidationError
from tourplanner.core.model import TourSnapshot
from tourplanner.export.sheet_tables import people_table
from tourplanner.export.sheets import xlsx_bytes
from tourplanner.imports import spreadsheets
from tourplanner.imports.row_import import Action, ImportPlan, RawSheet, RowError, plan_people
from tourplanner.imports.sheet_fields import PEOPLE_FIELDS
from tourplanner.imports.spreadsheets import read_sheets, sheets_from_bytes
from tourplanner.imports.tourfile_reader import read_tour_file
from tourplanner.paths import SAMPLES_DIR
from tourplanner.services import participants, tours
from tourplanner.services.database import Database
from tourplanner.services.manifests import export_people
from tourplanner.services.sheet_import import (
    RowsRejected,
    commit_people,
    import_people,
    import_sites,
    pick_sheet,
    preview_people,
)
from tourplanner.services.tourfile import SAMPLE_SLUG, export_tour_bytes, load_sample

DATA = Path(__file__).resolve().parents[1] / "data" / "people"


@dataclass(frozen=True)
class Case:
    """What one file must give when imported into the sample tour."""

    file: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: tuple[tuple[int, str, str], ...] = ()  # (row, column, reason), exactly
    encoding: str | None = None
    delimiter: str | None = None
    header_row: int = 1
    overrides: dict[str, str] = field(default_factory=dict)


ROLES = "delegate, host, interpreter, organiser, staff, media, driver, security"
GROUPS = "Drivers, Group A, Group B, Press pool"

CASES = [
    Case("utf8_basic.csv", created=6, encoding="utf-8", delimiter=","),
    Case("utf8_bom.csv", created=5, encoding="utf-8-sig", delimiter=","),
    Case("gb18030_chinese_headers.csv", created=5, encoding="gb18030", delimiter=","),
    Case("utf16_unicode_text.txt", created=4, encoding="utf-16", delimiter="\t"),
    Case("semicolon.csv", created=3, delimiter=";"),
    Case("tab_separated.tsv", created=3, delimiter="\t"),
    Case("pipe_separated.txt", created=3, delimiter="|"),
    Case("merged_title_rows.xlsx", created=6, header_row=4),
    Case("basic.xlsx", created=4),
    Case("two_sheets.xlsx", created=3),
    Case("numbers_as_numbers.xlsx", created=3),
    Case("participants.xlsx", created=4),  # the same list as .ods and .xls:
    Case("participants.ods", created=4),  # tests/services/test_workbook_formats.py
    Case("participants.xls", created=4),
    Case(
        "duplicates.csv",
        created=2,
        unchanged=1,
        errors=(
            (3, "Email", "same email as row 2"),
            (5, "Name", "same name and organisation as row 4"),
            (7, "Name", "matches the same person (Shang Yong) as row 6"),
        ),
    ),
    Case(
        "bad_emails.csv",
        created=1,
        errors=(
            (
                3,
                "Email",
                "'li.na(at)example.com' is not a valid email address: it needs exactly one @",
            ),
            (
                4,
                "Email",
                "'chen.hao@example' is not a valid email address: the domain is not valid",
            ),
            (
                5,
                "Email",
                "'liu yang@example.net' is not a valid email address: it contains a space",
            ),
            (
                6,
                "Email",
                "'wang.fang@@example.com' is not a valid email address: it needs exactly one @",
            ),
        ),
    ),
    Case(
        "bad_phones.csv",
        created=1,
        errors=(
            (2, "Phone", "'12345' is not a valid phone number (read as a number in CN)"),
            (3, "Phone", "'+1 000 000 0000' is not a valid phone number"),
            (4, "Phone", "'138001380001' is not a valid phone number (read as a number in CN)"),
            (5, "Phone", "'call the office' is not a phone number"),
        ),
    ),
    Case(
        "unknown_roles_groups.csv",
        created=1,
        errors=(
            (3, "Role", f"unknown role 'VIP guest' (expected one of: {ROLES})"),
            (4, "Group", f"unknown group 'Group C' (groups of this tour: {GROUPS})"),
            (5, "Role", f"unknown role 'chef' (expected one of: {ROLES})"),
            (5, "Group", f"unknown group 'Kitchen crew' (groups of this tour: {GROUPS})"),
        ),
    ),
    Case(
        "empty_required.csv",
        created=1,
        errors=((3, "Name", "required, but empty"), (4, "Name", "required, but empty")),
    ),
    Case("extra_columns.csv", created=2),
    Case(
        "blank_lines.csv",
        created=2,
        errors=(
            (6, "Email", "'not-an-email' is not a valid email address: it needs exactly one @"),
        ),
    ),
    Case("trailing_whitespace.csv", created=2),
    Case("updates_existing.csv", created=1, updated=2, unchanged=2),
    Case("header_spellings.csv", created=2),
    Case("bilingual_headers.xlsx", created=2),
    Case(
        "multiline_notes.csv",
        created=1,
        errors=((3, "Email", "'li.na@bad' is not a valid email address: the domain is not valid"),),
    ),
    Case("gbk_english_headers.csv", created=2, encoding="gb18030"),
    Case("formula_text.csv", created=2),
    Case(
        "languages_and_flags.csv",
        created=2,
        errors=(
            (4, "Languages", "'Engish': unknown language; did you mean English (en)?"),
            (4, "VIP", "'maybe' is not yes or no"),
            (4, "Precedence", "'first' is not a whole number from 1 to 100000"),
        ),
    ),
    Case(
        "needs_map.csv",
        created=2,
        overrides={
            "Nom": "full_name",
            "Courriel": "email",
            "Portable": "phone",
            "Société": "organisation",
        },
    ),
    Case("windows1252.csv", created=3, encoding="cp1252"),
    Case("gb18030_languages.csv", created=6, encoding="gb18030"),
    Case(
        "hostile_values.csv",
        created=1,
        errors=(
            (
                2,
                "Email",
                "'anna.keller@' is not a valid email address: something is missing around @",
            ),
            (3, "Email", "'li.wei@@example' is not a valid email address: it needs exactly one @"),
            (
                4,
                "Email",
                "'mia.roth@example.org\\r\\nBcc: all@example.org' is not a valid email address:"
                " it contains a space or line break (U+000D)",
            ),
            (5, "Name", "'Bell\\x07 Ringer': it holds the control character U+0007"),
            (
                6,
                "Phone",
                "'+43 316 555\\x1b0123' is not a phone number:"
                " it holds the control character U+001B",
            ),
            (7, "Precedence", "a number with 5000 digits is not a whole number from 1 to 100000"),
            (8, "Languages", "'Engish': unknown language; did you mean English (en)?"),
            (9, "Notes", "'Note with a vertical\\x0btab': it holds the control character U+000B"),
        ),
    ),
    Case("phones_by_country.csv", created=5),
]


@pytest.fixture(scope="module")
def sample() -> TourSnapshot:
    path = SAMPLES_DIR / f"{SAMPLE_SLUG}.tour.json"
    return read_tour_file(path.read_bytes(), path.name)


def plan_file(sample: TourSnapshot, name: str, **overrides: str) -> ImportPlan:
    sheet = pick_sheet(read_sheets(DATA / name), PEOPLE_FIELDS, overrides)
    return plan_people(sheet, sample.participants, sample.groups, overrides)


def test_there_are_enough_files_and_each_has_a_case() -> None:
    files = {p.name for p in DATA.iterdir() if p.suffix != ".py"}
    assert len(files) >= 25
    assert files - {c.file for c in CASES} == {"no_header.csv"}


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.file)
def test_each_file_gives_its_counts_and_exact_errors(sample: TourSnapshot, case: Case) -> None:
    plan = plan_file(sample, case.file, **case.overrides)
    counts = (len(plan.created), len(plan.updated), len(plan.unchanged))
    assert counts == (case.created, case.updated, case.unchanged)
    assert [(e.row, e.column, e.reason) for e in plan.errors] == list(case.errors)
    assert plan.header_row == case.header_row
    if case.encoding:
        assert plan.sheet.encoding == case.encoding
    if case.delimiter:
        assert plan.sheet.delimiter == case.delimiter


def _created(plan: ImportPlan) -> dict[str, dict[str, object]]:
    return {str(r.values["full_name"]): dict(r.values) for r in plan.created}


def test_gb18030_file_with_chinese_headers(sample: TourSnapshot) -> None:
    plan = plan_file(sample, "gb18030_chinese_headers.csv")
    assert {c.header: c.field for c in plan.mapping.columns} == {
        "姓名": "full_name",
        "单位": "organisation",
        "职务": "title",
        "邮箱": "email",
        "手机": "phone",
        "饮食": "dietary",
        "语言": "languages",
        "分组": "groups",
        "角色": "role",
        "国家": "country",
    }
    people = _created(plan)
    zhang = people["张伟"]
    assert zhang["organisation"] == "欧洲时报" and zhang["dietary"] == "素食"
    assert zhang["languages"] == ("zh", "fr") and zhang["phone"] == "+33 6 12 34 56 78"
    assert people["王芳"]["role"].value == "media"
    assert people["刘洋"]["role"].value == "host"
    # A national number with no country is read as Chinese.
    assert people["刘洋"]["phone"] == "+86 23 6789 1234"
    groups_by_name = {g.name: g.id for g in sample.groups}
    joins = {r.values["full_name"]: r.join_groups for r in plan.created}
    assert joins["张伟"] == (groups_by_name["Group A"],)
    assert joins["王芳"] == (groups_by_name["Press pool"],)
    # Keys: from the name when it has Latin letters, else the email, else "person".
    keys = {r.values["full_name"]: r.key for r in plan.created}
    assert keys == {
        "张伟": "zhang-wei",
        "李娜": "li-na",
        "王芳": "person",
        "陈浩": "chen-hao",
        "刘洋": "person-2",
    }


def test_other_encodings_read_their_letters(sample: TourSnapshot) -> None:
    western = _created(plan_file(sample, "windows1252.csv"))
    assert set(western) == {"Renée Müller", "José Álvarez", "Søren Ødegård"}
    assert western["Søren Ødegård"]["key"] == "soren-odegard"
    gbk = _created(plan_file(sample, "gbk_english_headers.csv"))
    assert gbk["Zhang Wei"]["local_name"] == "张伟" and gbk["Li Na"]["dietary"] == "素食"
    utf16 = _created(plan_file(sample, "utf16_unicode_text.txt"))
    assert utf16["Liu Yang"]["country"] == "Kenya"


def test_merged_title_rows_and_sheets(sample: TourSnapshot) -> None:
    plan = plan_file(sample, "merged_title_rows.xlsx")
    assert plan.sheet.sheet == "Delegates" and plan.header_row == 4
    assert [r.row for r in plan.rows] == [5, 6, 7, 8, 9, 10]
    assert plan_file(sample, "two_sheets.xlsx").sheet.sheet == "Participants"
    (read_me,) = read_sheets(DATA / "two_sheets.xlsx", sheet="Read me")
    with pytest.raises(ValidationError, match="no header row found"):
        plan_people(read_me, sample.participants, sample.groups)
    with pytest.raises(ValidationError, match=r"no sheet 'Nope' \(sheets: 'Read me', 'Par"):
        read_sheets(DATA / "two_sheets.xlsx", sheet="Nope")


def test_cells_are_read_as_people_type_them(sample: TourSnapshot) -> None:
    numbers = _created(plan_file(sample, "numbers_as_numbers.xlsx"))
    assert numbers["Han Bing"]["phone"] == "+86 138 0013 8000"
    assert numbers["Han Bing"]["is_vip"] is True and numbers["Han Bing"]["precedence"] == 5
    assert numbers["Tang Rui"]["phone"] == "+64 21 555 0123"
    phones = {
        n: v["phone"] for n, v in _created(plan_file(sample, "phones_by_country.csv")).items()
    }
    assert phones == {
        "Zhang Wei": "+33 6 12 34 56 78",
        "Li Na": "+1 416-555-0199",
        "Ian Clarke": "+44 20 7946 0958",
        "Lin Tao": "+49 30 55550121",
        "Luo Ping": "+86 20 7946 0958",  # no country: the same digits are a Guangzhou number
    }
    spaced = _created(plan_file(sample, "trailing_whitespace.csv"))
    assert spaced["Zhang Wei"]["email"] == "zhang.wei@example.com"
    assert spaced["Li Na"]["role"].value == "media"
    flags = _created(plan_file(sample, "languages_and_flags.csv"))
    assert flags["Zhang Wei"]["languages"] == ("zh", "fr") and flags["Zhang Wei"]["is_vip"]
    assert flags["Li Na"]["languages"] == ("zh", "en") and flags["Li Na"]["is_vip"] is True
    notes = _created(plan_file(sample, "multiline_notes.csv"))
    assert notes["Zhang Wei"]["notes"] == "Arrives on CA934.\nLeaves on CA933."
    formulas = _created(plan_file(sample, "formula_text.csv"))
    assert formulas["Zhang Wei"]["phone"] == "+33 6 12 34 56 78"  # the export's ' is taken off
    assert formulas["Zhang Wei"]["notes"] == "=1+1"
    assert '=HYPERLINK("http://x","y")' in formulas


def test_headers_are_mapped_and_unknown_columns_ignored(sample: TourSnapshot) -> None:
    plan = plan_file(sample, "extra_columns.csv")
    assert [c.header for c in plan.mapping.unused] == [
        "Shoe size",
        "Passport no.",
        "Favourite colour",
    ]
    spellings = plan_file(sample, "header_spellings.csv")
    assert [c.field for c in spellings.mapping.columns] == [
        "full_name",
        "organisation",
        "title",
        "email",
        "phone",
        "dietary",
        "languages",
    ]
    bilingual = plan_file(sample, "bilingual_headers.xlsx")
    assert [c.field for c in bilingual.mapping.columns] == [
        "full_name",
        "organisation",
        "title",
        "email",
        "phone",
        "notes",
    ]


def test_map_overrides_and_files_without_a_header(sample: TourSnapshot) -> None:
    with pytest.raises(ValidationError, match=r"no header row found.*--map COLUMN=field"):
        plan_file(sample, "no_header.csv")
    with pytest.raises(ValidationError, match="no header row found"):
        plan_file(sample, "needs_map.csv")
    plan = plan_file(sample, "utf8_basic.csv", Group="ignore", D="phone", Phone="email")
    assert plan.mapping.by_field["phone"].header == "Email"  # by column letter
    assert "groups" not in plan.mapping.by_field
    assert plan.errors[0] == RowError(
        2,
        "Phone",
        "'+33 6 12 34 56 78' is not a valid email address: it contains a space",
    )
    with pytest.raises(ValidationError, match="--map Shoe=email: no such column"):
        plan_file(sample, "utf8_basic.csv", Shoe="email")
    with pytest.raises(ValidationError, match="--map Name=nickname: unknown field"):
        plan_file(sample, "utf8_basic.csv", Name="nickname")
    with pytest.raises(ValidationError, match=r"no column for Name .* --map COLUMN=full_name"):
        plan_file(sample, "utf8_basic.csv", Name="ignore")


def test_matching_existing_people(sample: TourSnapshot) -> None:
    plan = plan_file(sample, "updates_existing.csv")
    by_row = {r.row: r for r in plan.rows}
    assert (by_row[2].action, by_row[2].key, dict(by_row[2].values)) == (
        Action.UPDATE,
        "shang-yong",
        {"title": "Editor-in-Chief and Publisher"},
    )
    # Matched on name and organisation; empty cells leave the stored values alone.
    assert (by_row[3].action, by_row[3].key, dict(by_row[3].values)) == (
        Action.UPDATE,
        "meng-linghua",
        {"dietary": "No shellfish."},
    )
    assert (by_row[4].action, by_row[4].key) == (Action.UNCHANGED, "dai-jiuyue")
    # An email in other capitals is the same email.
    assert (by_row[5].action, by_row[5].key) == (Action.UNCHANGED, "wang-jia")
    assert (by_row[6].action, by_row[6].key) == (Action.CREATE, "zhang-wei")


# With a database ------------------------------------------------------------------------


def test_failed_imports_leave_the_database_unchanged(db: Database, tmp_path: Path) -> None:
    load_sample(db)
    before = export_tour_bytes(db, SAMPLE_SLUG)
    failing = [c for c in CASES if c.errors] + [Case("no_header.csv")]
    for case in failing:
        copy = tmp_path / case.file
        shutil.copyfile(DATA / case.file, copy)
        with pytest.raises(ValidationError) as caught:
            import_people(db, SAMPLE_SLUG, copy)
        if case.errors:
            assert isinstance(caught.value, RowsRejected)
            assert len(caught.value.plan.errors) == len(case.errors)
            assert "nothing was imported" in str(caught.value)
        assert export_tour_bytes(db, SAMPLE_SLUG) == before, case.file
    assert not list(tmp_path.glob("*.rejected.csv"))


def test_import_creates_updates_and_joins_groups(db: Database) -> None:
    load_sample(db)
    group_a = next(g for g in participants.list_groups(db, SAMPLE_SLUG) if g.key == "group-a")
    dry = import_people(db, SAMPLE_SLUG, DATA / "utf8_basic.csv", dry_run=True)
    assert (dry.written, dry.created) == (False, 6)
    assert len(participants.list_participants(db, SAMPLE_SLUG)) == 25
    done = import_people(db, SAMPLE_SLUG, DATA / "utf8_basic.csv")
    assert (done.written, done.created, done.updated) == (True, 6, 0)
    people = {p.key: p for p in participants.list_participants(db, SAMPLE_SLUG)}
    assert len(people) == 31
    zhang = people["zhang-wei"]
    assert (zhang.full_name, zhang.organisation, zhang.country) == (
        "Zhang Wei",
        "European Chinese News",
        "France",
    )
    assert zhang.role.value == "delegate" and zhang.version == 1
    group_a_now = participants.get_group(db, group_a.id)
    assert {people["zhang-wei"].id, people["chen-hao"].id} <= set(group_a_now.member_ids)
    assert group_a_now.version == group_a.version + 1
    # Importing the same file again matches everyone: nothing to create or change.
    again = import_people(db, SAMPLE_SLUG, DATA / "utf8_basic.csv")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 6)
    updates = import_people(db, SAMPLE_SLUG, DATA / "updates_existing.csv")
    assert (updates.created, updates.updated, updates.unchanged) == (0, 2, 3)
    shang = participants.get_participant(db, people["shang-yong"].id)
    assert shang.title == "Editor-in-Chief and Publisher"
    assert shang.version == people["shang-yong"].version + 1
    assert shang.phone == people["shang-yong"].phone  # an empty cell erases nothing


def test_skip_bad_rows_imports_the_rest_and_writes_the_rejected_rows(
    db: Database, tmp_path: Path
) -> None:
    load_sample(db)
    source = tmp_path / "bad_emails.csv"
    shutil.copyfile(DATA / "bad_emails.csv", source)
    outcome = import_people(db, SAMPLE_SLUG, source, skip_bad_rows=True)
    assert (outcome.created, outcome.rejected) == (1, 4)
    assert outcome.rejected_file == tmp_path / "bad_emails.csv.rejected.csv"
    text = outcome.rejected_file.read_bytes().decode("utf-8-sig").splitlines()
    assert text == [
        "Row,Reason,Name,Organisation,Email",
        "3,Email: 'li.na(at)example.com'"
        " is not a valid email address: it needs exactly one @,Li Na,"
        "Toronto Chinese Daily,li.na(at)example.com",
        "4,Email: 'chen.hao@example'"
        " is not a valid email address: the domain is not valid,Chen Hao,"
        "Sydney Chinese Herald,chen.hao@example",
        "5,Email: 'liu yang@example.net'"
        " is not a valid email address: it contains a space,Liu Yang,"
        "Nairobi Chinese Weekly,liu yang@example.net",
        "6,Email: 'wang.fang@@example.com'"
        " is not a valid email address: it needs exactly one @,Wang Fang,"
        "Dubai Chinese Daily,wang.fang@@example.com",
    ]
    keys = {p.key for p in participants.list_participants(db, SAMPLE_SLUG)}
    assert "zhang-wei" in keys and "li-na" not in keys
    assert not list(tmp_path.glob("*.part")), "no temporary file is left behind"


def test_a_stale_preview_is_refused(db: Database) -> None:
    load_sample(db)
    plan = preview_people(
        db, SAMPLE_SLUG, read_sheets(DATA / "updates_existing.csv"), overrides=None
    )
    shang = next(
        p for p in participants.list_participants(db, SAMPLE_SLUG) if p.key == "shang-yong"
    )
    participants.update_participant(db, shang.id, shang.version, notes="Changed meanwhile.")
    before = export_tour_bytes(db, SAMPLE_SLUG)
    with pytest.raises(ConcurrentEditError, match="changed since this import was previewed"):
        commit_people(db, SAMPLE_SLUG, plan)
    assert export_tour_bytes(db, SAMPLE_SLUG) == before
    fresh = preview_people(db, SAMPLE_SLUG, read_sheets(DATA / "updates_existing.csv"))
    assert commit_people(db, SAMPLE_SLUG, fresh).updated == 2


def _people(snap: TourSnapshot) -> list[dict[str, object]]:
    keys = {g.id: g.key for g in snap.groups}
    out = []
    for p in snap.participants:
        d = {f.name: getattr(p, f.name) for f in dataclasses.fields(p)}
        # A copy in another tour has its own private link token: not a spreadsheet column.
        for name in ("id", "tour_id", "version", "publish_token"):
            d.pop(name)
        d["groups"] = sorted(keys[g.id] for g in snap.groups if p.id in g.member_ids)
        out.append(d)
    return out


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_exported_people_import_as_the_same_people(
    db: Database, tmp_path: Path, suffix: str
) -> None:
    load_sample(db)
    path = tmp_path / f"people.{suffix}"
    assert export_people(db, SAMPLE_SLUG, path).rows == 25
    tours.create_tour(
        db, slug="copy", name="Copy", start_date=date(2021, 3, 27), end_date=date(2021, 3, 28)
    )
    for g in tours.load_snapshot(db, SAMPLE_SLUG).groups:
        participants.create_group(db, "copy", key=g.key, name=g.name, local_name=g.local_name)
    outcome = import_people(db, "copy", path)
    assert (outcome.created, outcome.rejected) == (25, 0)
    original = _people(tours.load_snapshot(db, SAMPLE_SLUG))
    assert _people(tours.load_snapshot(db, "copy")) == original
    assert import_people(db, "copy", path).unchanged == 25


def test_sites_import(db: Database, tmp_path: Path) -> None:
    load_sample(db)
    path = tmp_path / "sites.csv"
    path.write_text(
        "名称,类别,地址,纬度,经度,容量,联系人,联系电话\n"
        "Chongqing Science and Technology Museum,博物馆,Jiangbei District,29.573,106.573,"
        "200,Fang Lei,023 6785 2222\n"
        "Lijia Smart Park,park,,,,,Zhou Ting (visitor centre),\n"
        "Raffles City Observation Deck,viewpoint,,29.5,,0,,12345\n",
        encoding="utf-8",
    )
    with pytest.raises(RowsRejected):
        import_sites(db, SAMPLE_SLUG, path)
    plan = import_sites(db, SAMPLE_SLUG, path, dry_run=True).plan
    assert [str(e) for e in plan.errors] == [
        "row 4, 类别: unknown category 'viewpoint' (expected one of: park, innovation_zone, "
        "exhibition_centre, research_institute, hotel, restaurant, airport, other)",
        "row 4, 容量: '0' is not a whole number from 1 to 1000000",
        "row 4, 联系电话: '12345' is not a valid phone number (read as a number in CN)",
        "row 4, 经度: latitude and longitude go together",
    ]
    outcome = import_sites(db, SAMPLE_SLUG, path, skip_bad_rows=True)
    assert (outcome.created, outcome.updated, outcome.rejected) == (1, 1, 1)
    sites = {s.key: s for s in tours.load_snapshot(db, SAMPLE_SLUG).sites}
    museum = sites["chongqing-science-and-technology-museum"]
    assert museum.category.value == "exhibition_centre" and museum.capacity == 200
    assert (museum.latitude, museum.longitude, museum.coord_source.value) == (
        29.573,
        106.573,
        "manual",
    )
    assert museum.contact_phone == "+86 23 6785 2222"
    assert sites["lijia-smart-park"].contact_name == "Zhou Ting (visitor centre)"


def test_cli_import_people(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    assert cli_main(["--db", url, "sample"]) == 0
    source = tmp_path / "people.csv"
    shutil.copyfile(DATA / "blank_lines.csv", source)
    capsys.readouterr()
    assert cli_main(["--db", url, "import", "people", SAMPLE_SLUG, str(source), "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert "create     row 3: Zhang Wei (zhang-wei)" in out
    assert (
        "row 6, Email: 'not-an-email' is not a valid email address: it needs exactly one @" in out
    )
    assert (
        "Would import people into chongqing-2021: 2 new, 0 updated, 0 unchanged, 1 rejected." in out
    )
    assert cli_main(["--db", url, "import", "people", SAMPLE_SLUG, str(source)]) == 2
    err = capsys.readouterr().err
    assert "row 6, Email" in err
    assert err.strip().splitlines()[-1] == (
        "tourplanner: error: people.csv: 1 row with errors, nothing was imported "
        "(fix them, or use --skip-bad-rows to import the others)"
    )
    args = ["--db", url, "import", "people", SAMPLE_SLUG, str(source), "--skip-bad-rows"]
    assert cli_main(args) == 0
    captured = capsys.readouterr()
    assert "Imported people into chongqing-2021: 2 new" in captured.out
    assert "people.csv.rejected.csv" in captured.err
    assert (tmp_path / "people.csv.rejected.csv").exists()
    mapped = tmp_path / "mapped.csv"
    shutil.copyfile(DATA / "needs_map.csv", mapped)
    args = ["--db", url, "import", "people", SAMPLE_SLUG, str(mapped), "--map", "Nom=full_name"]
    args += ["--map", "Courriel=email", "--map", "Société=organisation", "--map", "Portable=phone"]
    assert cli_main(args) == 0
    assert "1 new, 1 updated, 0 unchanged" in capsys.readouterr().out  # Zhang Wei gets a phone


def _tricky_workbook(path: Path) -> None:
    from datetime import datetime, time, timedelta

    from openpyxl import Workbook
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    book = Workbook()
    ws = book.active
    ws.title = "List"
    ws["C3"] = "Name"
    ws["D3"] = "Arrives"
    ws["E3"] = "VIP"
    ws.append([None, None, "Zhang Wei", datetime(2021, 3, 27, 9, 30), True, 1.5, 13800138000])
    ws.append([None, None, "Li Na", datetime(2021, 3, 27), False, "=1+1", "#N/A"])
    ws["C9"] = CellRichText("Chen ", TextBlock(InlineFont(b=True), "Hao"))
    ws["D9"] = time(14, 5)
    ws["E9"] = timedelta(hours=26)
    ws["F9"] = "line_x000D_break"
    hidden = book.create_sheet("Hidden")
    hidden.sheet_state = "hidden"
    hidden.append(["Name", "Email"])
    hidden.append(["Secret", "s@example.com"])
    book.save(path)


def _openpyxl_sheets(data: bytes, name: str, wanted: str | None) -> list[RawSheet]:
    """The reference reader the app used before python-calamine: openpyxl's values, turned
    into text by the same rules."""
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        chosen = (
            [book[wanted]]
            if wanted
            else [ws for ws in book.worksheets if ws.sheet_state == "visible"]
        )
        out = []
        for ws in chosen:
            ws.reset_dimensions()
            rows = enumerate(ws.iter_rows(values_only=True), 1)
            out.append(spreadsheets._raw_sheet(name, ws.title, rows))
        return out
    finally:
        book.close()


def test_the_calamine_reader_agrees_with_openpyxl(tmp_path: Path) -> None:
    tricky = tmp_path / "tricky.xlsx"
    _tricky_workbook(tricky)
    exported = tmp_path / "people.xlsx"
    snap = read_tour_file((SAMPLES_DIR / f"{SAMPLE_SLUG}.tour.json").read_bytes())
    exported.write_bytes(xlsx_bytes([people_table(snap)]))
    for path in [exported, *sorted(DATA.glob("*.xlsx"))]:
        data = path.read_bytes()
        assert sheets_from_bytes(data, path.name) == _openpyxl_sheets(data, path.name, None)
    data = tricky.read_bytes()
    assert sheets_from_bytes(data, "t.xlsx", sheet="Hidden") == _openpyxl_sheets(
        data, "t.xlsx", "Hidden"
    )
    (sheet,) = sheets_from_bytes(data, "tricky.xlsx")
    # openpyxl gave an error cell's code ("#N/A"); calamine gives an error cell as empty,
    # so a formula that failed in the sender's Excel reads as a blank cell.
    (reference,) = _openpyxl_sheets(data, "tricky.xlsx", None)
    assert reference.rows[2] == (5, ("", "", "Li Na", "2021-03-27", "no", "", "#N/A"))
    assert sheet.rows == (
        (3, ("", "", "Name", "Arrives", "VIP")),
        (4, ("", "", "Zhang Wei", "2021-03-27 09:30:00", "yes", "1.5", "13800138000")),
        (5, ("", "", "Li Na", "2021-03-27", "no")),
        (9, ("", "", "Chen Hao", "14:05:00", "1 day, 2:00:00", "line\rbreak")),
    )
    assert sheet.blank_rows == 5


def test_the_same_number_or_address_written_differently_is_no_change(
    sample: TourSnapshot,
) -> None:
    sheet = RawSheet(
        "inline.csv",
        (
            (1, ("Email", "Phone", "Name", "Organisation")),
            (2, ("SHANG.YONG@EXAMPLE.ORG", "+74955550112", "Shang Yong", "Russian Dragon")),
            (3, ("xu.lei@example.org", "+39 02 5555 0126", "Xu Lei", "Milan Chinese Review")),
        ),
    )
    plan = plan_people(sheet, sample.participants, sample.groups)
    assert [(r.key, r.action) for r in plan.rows] == [
        ("shang-yong", Action.UNCHANGED),
        ("xu-lei", Action.UPDATE),
    ]
    assert dict(plan.rows[1].values) == {"phone": "+39 02 5555 0126"}
