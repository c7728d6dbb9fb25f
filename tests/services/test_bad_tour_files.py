"""Malformed tour files: each one gets its own clear one-line message naming the file and
the JSON path of the problem, and importing it leaves the database exactly as it was.

The files in tests/data/bad_tours/ are small tours (2 sites, 2 participants, 1 group,
2 items, 1 busy block; slug ``bad-<file stem>``), each broken in one way. The expectations
below say what a user should see, not merely what the reader happens to say today.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.cli_runner import run_main
from tourplanner.core.errors import TourFileError, TourplannerError, ValidationError
from tourplanner.imports.tourfile_reader import read_tour_file
from tourplanner.services.database import Database, open_database, transaction
from tourplanner.services.tour_list import list_tours
from tourplanner.services.tourfile import (
    SAMPLE_SLUG,
    export_tour_bytes,
    import_tour_file,
    load_sample,
)
from tourplanner.services.tours import tour_exists
from tourplanner.store import models as orm

REPO = Path(__file__).resolve().parents[2]
BAD_DIR = REPO / "tests" / "data" / "bad_tours"


@dataclass(frozen=True)
class Bad:
    """What a user should be told about one bad file."""

    file: str
    path: str | None  # exact JSON path; None for errors that are not about one value
    reason: str  # a distinctive fragment of the reason
    error: type[TourplannerError] = TourFileError
    # "reader": read_tour_file must refuse it; "import": the file is fine on its own and
    # only the database (which holds the sample tour) makes the import fail.
    stage: str = "reader"


CASES = [
    # Not a JSON document, or not a tour file at all.
    Bad("empty.json", "$", "empty"),
    Bad("not-json.json", "$", "line 32 column 5"),
    Bad("not-utf8.json", "$", "not UTF-8"),
    Bad("array-top-level.json", "$", "array"),
    Bad("wrong-format.json", "$.format", "tourplanner.trip"),
    Bad("future-version.json", "$.version", "version 5 is newer"),
    Bad("duplicate-json-member.json", "$.tour", "'name' appears twice"),
    Bad("nan-value.json", "$.sites[0].location.lat", "NaN"),
    # Breaks the JSON Schema.
    Bad("missing-tour-name.json", "$.tour", "missing required field 'name'"),
    Bad("unknown-field.json", "$.participants[1]", "unknown field 'nickname'"),
    Bad("bad-enum-role.json", "$.participants[1].role", '"guide" is not one of'),
    Bad("bad-slug.json", "$.tour.slug", '"Bad Slug" is not valid'),
    Bad("no-offset-time.json", "$.items[0].start", "UTC offset"),
    Bad("latitude-out-of-range.json", "$.sites[0].location.lat", "95.5 is out of range"),
    Bad("negative-capacity.json", "$.sites[0].capacity", "-5 is out of range"),
    Bad("capacity-too-large.json", "$.sites[0].capacity", "100000000000000000000 is out of range"),
    Bad("wrong-type-sequence.json", "$.items[0].sequence", 'got string "3"'),
    # Hostile values: numbers past Python's int-conversion limit or a float's range,
    # control characters, and contact values that are not what they claim to be.
    Bad("huge-integer.json", "$.sites[0].capacity", "a number with 5000 digits is far larger"),
    Bad("huge-float.json", "$.sites[0].capacity", "1e999 is far larger"),
    Bad("email-with-line-break.json", "$.participants[0].email", "line break or tab (U+000D)"),
    Bad(
        "email-without-domain.json",
        "$.participants[0].email",
        "'anna.keller@' is not a valid email address: something is missing around @",
    ),
    Bad(
        "email-with-two-at-signs.json",
        "$.participants[0].email",
        "'li.wei@@example' is not a valid email address: it needs exactly one @",
    ),
    Bad("phone-with-control-character.json", "$.participants[1].phone", "U+0007"),
    Bad("name-with-line-break.json", "$.participants[0].full_name", "must be one line"),
    Bad("escape-character-in-notes.json", "$.items[0].notes", "control character U+001B"),
    Bad("unknown-language.json", "$.participants[0].languages[1]", "'qq': unknown language"),
    Bad(
        "site-contact-not-a-phone.json",
        "$.sites[1].contact.phone",
        "'call the office' is not a phone number",
    ),
    Bad("attendance-two-targets.json", "$.items[1].attendance[0]", "exactly one of"),
    Bad("busy-block-without-owner.json", "$.busy_blocks[0]", "exactly one of: person, site"),
    Bad("bad-weekday.json", "$.sites[0].opening_hours", '"monday" is not one of'),
    # Well-formed, but inconsistent.
    Bad("end-before-start.json", "$.items[1].end", "is not after start"),
    Bad("tour-end-before-start.json", "$.tour.end_date", "before start date"),
    Bad("impossible-date.json", "$.tour.start_date", "'2021-02-30' is not a real date"),
    Bad("unknown-timezone.json", "$.tour.timezone", "unknown timezone 'Asia/Chongqing_Nowhere'"),
    Bad("duplicate-site-key.json", "$.sites[1].key", "duplicate key 'hotel'"),
    Bad("duplicate-uid.json", "$.items[1].uid", "duplicate uid 'bad-duplicate-uid-item-1'"),
    Bad("unknown-site-reference.json", "$.items[1].site", "unknown site 'museum'"),
    Bad(
        "unknown-person-in-attendance.json",
        "$.items[1].attendance[0].person",
        "unknown participant 'carl'",
    ),
    Bad("unknown-group-member.json", "$.groups[0].members[1]", "unknown participant 'carl'"),
    Bad(
        "opening-hours-closes-before-opens.json",
        "$.sites[0].opening_hours.mon[0]",
        "closing time is not after opening time",
    ),
    Bad("duplicate-attendee.json", "$.items[1].attendance[1]", "listed twice"),
    # Fine on their own; refused because of what the database already holds.
    Bad(
        "uid-of-other-tour.json",
        "$.items[0].uid",
        f"belongs to tour '{SAMPLE_SLUG}'",
        stage="import",
    ),
    Bad(
        "slug-exists.json",
        None,
        f"tour '{SAMPLE_SLUG}' already exists",
        error=ValidationError,
        stage="import",
    ),
]
BY_FILE = {c.file: c for c in CASES}
READER_CASES = [c for c in CASES if c.stage == "reader"]
IMPORT_CASES = [c for c in CASES if c.stage == "import"]


def _ids(case: Bad) -> str:
    return case.file


def check_error(error: BaseException, case: Bad, source: str) -> str | None:
    """None if ``error`` is the message a user should see for ``case``; else what is wrong."""
    if not isinstance(error, case.error):
        return f"expected {case.error.__name__}, got {type(error).__name__}: {error!r}"
    message = str(error)
    if "\n" in message or "\r" in message:
        return f"message is not one line: {message!r}"
    if not message.startswith(f"{source}: "):
        return f"message does not start with the file name {source!r}: {message!r}"
    if case.path is not None:
        assert isinstance(error, TourFileError)
        if error.path != case.path:
            return f"path {error.path!r}, expected {case.path!r} (message: {message!r})"
        if case.reason not in error.reason:
            return f"reason lacks {case.reason!r}: {message!r}"
    elif case.reason not in message:
        return f"message lacks {case.reason!r}: {message!r}"
    return None


def without_source(message: str, source: str) -> str:
    return message.removeprefix(f"{source}: ")


# --- the reader -------------------------------------------------------------------------


@pytest.mark.parametrize("case", READER_CASES, ids=_ids)
def test_reader_refuses_bad_file_with_a_clear_message(case: Bad) -> None:
    file = BAD_DIR / case.file
    with pytest.raises(TourplannerError) as info:
        read_tour_file(file.read_bytes(), str(file))
    problem = check_error(info.value, case, str(file))
    assert problem is None, problem


@pytest.mark.parametrize("case", IMPORT_CASES, ids=_ids)
def test_reader_accepts_files_that_only_the_database_refuses(case: Bad) -> None:
    file = BAD_DIR / case.file
    snap = read_tour_file(file.read_bytes(), str(file))
    assert len(snap.items) == 2


def test_every_bad_file_has_an_expectation_and_messages_are_distinct() -> None:
    on_disk = sorted(p.name for p in BAD_DIR.iterdir())
    assert on_disk == sorted(BY_FILE), "every file in bad_tours/ needs a row in CASES"
    assert len(CASES) == len(BY_FILE), "a file is listed twice in CASES"
    assert len(on_disk) >= 15
    expectations = [(c.path, c.reason) for c in CASES]
    assert len(set(expectations)) == len(expectations)
    messages: dict[str, str] = {}
    for case in READER_CASES:
        file = BAD_DIR / case.file
        try:
            read_tour_file(file.read_bytes(), str(file))
        except TourplannerError as e:
            messages[case.file] = without_source(str(e), str(file))
    seen: dict[str, str] = {}
    clashes = []
    for name, message in messages.items():
        if message in seen:
            clashes.append(f"{seen[message]} and {name} both say {message!r}")
        seen.setdefault(message, name)
    assert not clashes, "\n".join(clashes)


# --- the import service: all or nothing ---------------------------------------------------


def _slugs_named_in(case: Bad) -> set[str]:
    """The slug the bad file would have created (read leniently where that is possible)."""
    slugs = {f"bad-{Path(case.file).stem}"}
    try:
        doc = json.loads((BAD_DIR / case.file).read_bytes().decode("utf-8", errors="replace"))
    except ValueError:
        doc = None
    for candidate in doc if isinstance(doc, list) else [doc]:
        if isinstance(candidate, dict) and isinstance(candidate.get("tour"), dict):
            slug = candidate["tour"].get("slug")
            if isinstance(slug, str):
                slugs.add(slug)
    return slugs - {SAMPLE_SLUG}


def _state(db: Database) -> tuple[object, ...]:
    """Everything a failed import must leave alone."""
    with transaction(db) as session:
        counts = {
            table.name: session.scalar(select(func.count()).select_from(table))
            for table in orm.Base.metadata.sorted_tables
        }
    return list_tours(db), export_tour_bytes(db, SAMPLE_SLUG), counts


def test_importing_bad_files_leaves_the_database_unchanged(db: Database) -> None:
    load_sample(db)
    before = _state(db)
    problems = []
    for case in CASES:
        file = BAD_DIR / case.file
        try:
            result = import_tour_file(db, file)
        except Exception as e:  # anything but the expected TourplannerError is a problem
            problem = check_error(e, case, str(file))
            if problem:
                problems.append(f"{case.file}: {problem}")
        else:
            problems.append(f"{case.file}: imported as {result.slug!r}, expected an error")
        if _state(db) != before:
            problems.append(f"{case.file}: the database changed")
            before = _state(db)  # judge the following files on their own
        for slug in _slugs_named_in(case):
            if tour_exists(db, slug):
                problems.append(f"{case.file}: tour {slug!r} exists after the failed import")
    assert not problems, "\n".join(problems)


# --- the command line -------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "unknown-person-in-attendance.json",
        # fails in the database, not in the reader: a traceback must not escape either
        "capacity-too-large.json",
        # past Python's int-conversion limit: once "unexpected error" (exit 3)
        "huge-integer.json",
        "huge-float.json",
        # accepted once, then broke `export ics --all-people` for everyone
        "email-with-line-break.json",
        "email-without-domain.json",
        "email-with-two-at-signs.json",
        "phone-with-control-character.json",
    ],
)
def test_cli_reports_a_bad_file_in_one_line(name: str, tmp_path: Path) -> None:
    case = BY_FILE[name]
    file = BAD_DIR / name
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    run = run_main("--db", url, "import", "tour", str(file), cwd=REPO)
    assert "Traceback" not in run.stderr, run.stderr
    lines = run.stderr.splitlines()
    assert len(lines) == 1, run.stderr
    assert lines[0].startswith("tourplanner: error: "), run.stderr
    assert str(file) in lines[0]
    assert f"{case.path}: " in lines[0]
    assert case.reason in lines[0]
    assert run.returncode == 2
    assert run.stdout == ""
    database = open_database(url)
    try:
        assert list_tours(database) == []
    finally:
        database.dispose()
