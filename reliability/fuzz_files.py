"""Mutated files fed to the importers: tour files, calendars (.ics) and spreadsheets (CSV
and .xlsx, through the people import).

Each input is a real file from the repository (the sample tour, tests/data/...) changed by
one or two mutations drawn by hypothesis: truncation, flipped bytes, control characters,
invalid UTF-8, a duplicated or deleted slice, and, knowing the format, values of the
wrong type, huge strings, deep nesting, far past and far future dates, lone surrogates,
unknown fields, duplicated records, recurrence rules that never end, XML entities.

Every input must end in one of two ways:

* a clear refusal: a ``TourplannerError`` whose message is one line (and not a novel),
  with the database exactly as it was (no partial write); or
* a correct import: the database passes its integrity checks and what was added is
  what the importer reported (for a tour file: its export imports back to the same
  export).

Anything else — another exception (a traceback for the user), a partial write, a
multi-line message, a case taking more than ``CASE_SECONDS`` — is a failure, and the
input is saved under the work folder to reproduce it.
"""

from __future__ import annotations

import csv
import io
import json
import random
import signal
import time
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from reliability.common import REPO, SAMPLE_SLUG, copy_sqlite, integrity_problems, open_db

CASE_SECONDS = 30
MAX_MESSAGE = 2000  # a refusal longer than this is not a message a person reads

CONTROL = "\x00\x01\x07\x08\x0b\x0c\x1b[31m\x7f\u0085\u2028\u202e\ufeff\r\n\t"
FAR_DATES = [
    "0001-01-01",
    "9999-12-31",
    "1900-02-29",
    "2021-02-30",
    "0001-01-01T00:00:00+00:00",
    "9999-12-31T23:59:59+14:00",
    "2021-03-27T24:00:00+08:00",
    "-001-01-01T00:00:00Z",
    "+275760-09-13T00:00:00Z",
    "2021-03-27T10:00:00+99:00",
]
ICS_DATES = [
    "00010101T000000Z",
    "99991231T235959Z",
    "20210230T100000",
    "20210327T250000",
    "19000101",
    "21000101T000000Z",
    "2021-03-27T10:00:00",
]
WEIRD_TEXT = [
    "",
    " ",
    "A" * 10_000,
    "B" * 300_000,
    CONTROL,
    "\ud800 lone surrogate",
    "😀👩‍👩‍👧‍👦" * 50,
    "\u202eevil\u202c",
    "e\u0301" * 100,
    "'; DROP TABLE tour; --",
    '=HYPERLINK("http://x")',
    "null",
    "../../etc/passwd",
]
WRONG_TYPES: list[Any] = [
    None,
    True,
    0,
    -1,
    2**63,
    10**40,
    1.5,
    -0.0,
    1e308,
    "",
    [],
    {},
    [1],
    {"a": 1},
]


@dataclass
class Tally:
    inputs: int = 0
    imported: int = 0
    refused: int = 0
    failures: int = 0
    slow: int = 0
    mutations: Counter[str] = field(default_factory=Counter)
    messages: Counter[str] = field(default_factory=Counter)


# --- mutations -------------------------------------------------------------------------


def mutate_bytes(data: bytes, r: random.Random) -> tuple[bytes, str]:
    """One change that knows nothing of the format."""
    n = len(data)
    choice = r.randrange(8)
    if choice == 0 or n == 0:
        return data[: r.randrange(n + 1)], "truncated"
    if choice == 1:
        out = bytearray(data)
        for _ in range(r.randint(1, 8)):
            out[r.randrange(n)] = r.randrange(256)
        return bytes(out), "flipped bytes"
    at = r.randrange(n + 1)
    if choice == 2:
        return data[:at] + CONTROL.encode() + data[at:], "control characters"
    if choice == 3:
        bad = r.choice([b"\xff\xfe", b"\xc3\x28", b"\xed\xa0\x80", b"\x80", b"\xf8\x88\x80\x80"])
        return data[:at] + bad + data[at:], "invalid UTF-8"
    if choice == 4:
        end = min(n, at + r.randint(1, 400))
        return data[:at] + data[at:end] * r.randint(2, 50) + data[end:], "repeated slice"
    if choice == 5:
        end = min(n, at + r.randint(1, 400))
        return data[:at] + data[end:], "deleted slice"
    if choice == 6:
        return b"", "empty"
    return data + data, "doubled"


def _json_paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _json_paths(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _json_paths(v, (*path, i))


def _set(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = value
    return doc


def _deep(depth: int, kind: str) -> str:
    return ("[" * depth + "]" * depth) if kind == "list" else ('{"a":' * depth + "1" + "}" * depth)


def mutate_json(data: bytes, r: random.Random) -> tuple[bytes, str]:
    try:
        doc = json.loads(data)
    except (ValueError, RecursionError):
        return mutate_bytes(data, r)
    paths = list(_json_paths(doc))
    path = r.choice(paths[1:] or paths)
    current: Any = doc
    for key in path:
        current = current[key]
    choice = r.randrange(9)
    if choice == 0:
        doc = _set(doc, path, r.choice(WRONG_TYPES))
        label = "wrong type"
    elif choice == 1:
        value = r.choice(WEIRD_TEXT)
        doc = _set(doc, path, value)
        if any("\ud800" <= c <= "\udfff" for c in value):  # only JSON's escapes spell it
            return json.dumps(doc).encode(), "lone surrogate"
        label = "strange text"
    elif choice == 2:
        doc = _set(doc, path, r.choice(FAR_DATES))
        label = "far or impossible date"
    elif choice == 3 and path:
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        if isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent.pop(path[-1])
        label = "removed field"
    elif choice == 4 and isinstance(current, dict):
        current[r.choice(["nickname", "x", "", "ü", "__proto__"])] = r.choice(WRONG_TYPES)
        label = "unknown field"
    elif choice == 5 and isinstance(current, list) and current:
        current.append(json.loads(json.dumps(r.choice(current))))
        label = "duplicated record"
    elif choice == 6:
        marker = "__DEEP__"
        doc = _set(doc, path, marker)
        text = json.dumps(doc, ensure_ascii=False)
        deep = _deep(r.choice([100, 5_000, 100_000]), r.choice(["list", "dict"]))
        return text.replace(json.dumps(marker), deep, 1).encode(), "deep nesting"
    elif choice == 7:
        doc = _set(doc, path, r.choice([float("nan"), float("inf"), -float("inf")]))
        label = "NaN or infinity"
    else:
        raw, label = mutate_bytes(data, r)
        return raw, label
    return json.dumps(doc, ensure_ascii=r.random() < 0.5).encode(), label


def mutate_ics(data: bytes, r: random.Random) -> tuple[bytes, str]:
    lines = data.replace(b"\r\n", b"\n").split(b"\n")
    props = [i for i, line in enumerate(lines) if b":" in line and not line.startswith(b" ")]
    if not props:
        return mutate_bytes(data, r)
    i = r.choice(props)
    name, _, _value = lines[i].partition(b":")
    choice = r.randrange(9)
    if choice == 0:
        lines[i] = name + b":" + r.choice(ICS_DATES).encode()
        label = "far or impossible date"
    elif choice == 1:
        text = r.choice(WEIRD_TEXT).encode("utf-8", "surrogatepass")
        lines[i] = name + b":" + text
        label = "strange text"
    elif choice == 2:
        del lines[i]
        label = "removed line"
    elif choice == 3:
        lines.insert(i, lines[i])
        label = "duplicated line"
    elif choice == 4:
        block = [b"BEGIN:VEVENT"] * r.choice([50, 2_000]) + [b"END:VEVENT"] * r.choice([0, 50])
        lines[i:i] = block
        label = "deep nesting"
    elif choice == 5:
        rule = r.choice(
            [
                b"RRULE:FREQ=SECONDLY",
                b"RRULE:FREQ=MINUTELY;COUNT=10000000",
                b"RRULE:FREQ=DAILY;INTERVAL=0",
                b"RRULE:FREQ=YEARLY;BYMONTHDAY=31;BYMONTH=2",
                b"RRULE:FREQ=HOURLY;UNTIL=99991231T000000Z",
                b"EXDATE:garbage",
            ]
        )
        begin = next((j for j in range(i, -1, -1) if lines[j] == b"BEGIN:VEVENT"), None)
        lines.insert((begin or i) + 1, rule)
        label = "recurrence rule"
    elif choice == 6:
        lines[i] = (
            name + b";TZID=" + r.choice([b"Nowhere/Zone", b"", b"../../x"]) + b":20210327T100000"
        )
        label = "bad TZID"
    elif choice == 7:
        long = b"X" * r.choice([1_000, 200_000])
        lines[i] = name + b":" + b"\r\n ".join(long[k : k + 70] for k in range(0, len(long), 70))
        label = "long folded line"
    else:
        return mutate_bytes(data, r)
    return b"\r\n".join(lines), label


def _decode(data: bytes) -> str:
    for enc in ("utf-8-sig", "utf-16", "gb18030", "latin-1"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def mutate_csv(data: bytes, r: random.Random) -> tuple[bytes, str]:
    text = _decode(data)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], ",;\t|")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    try:
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    except csv.Error:
        rows = []
    if not rows:
        return mutate_bytes(data, r)
    choice = r.randrange(8)
    label = ""
    if choice == 0:
        for _ in range(r.randint(1, 5)):
            row = r.choice(rows)
            if row:
                row[r.randrange(len(row))] = r.choice(WEIRD_TEXT)
        label = "strange cells"
    elif choice == 1:
        for row in rows[1:]:
            if row:
                row[r.randrange(len(row))] = r.choice([*FAR_DATES, "1e400", "-0", "NaN"])
        label = "wrong values"
    elif choice == 2:
        rows[0] = rows[0] + [f"Col{k}" for k in range(r.choice([200, 5_000]))]
        label = "many columns"
    elif choice == 3:
        rows.extend(r.choice(rows[1:] or rows) for _ in range(r.choice([100, 3_000])))
        label = "many rows"
    elif choice == 4:
        rows[0] = [r.choice([*WEIRD_TEXT, "Name", "Email", "姓名"]) for _ in rows[0]]
        label = "strange header"
    elif choice == 5:
        out = text.replace(delimiter, r.choice([";", "\t", "|", '"']), r.randint(1, 20))
        return out.encode(r.choice(["utf-8", "utf-16", "gb18030"]), "replace"), "broken quoting"
    elif choice == 6:
        blob = "\n".join(delimiter.join(row) for row in rows)
        enc = r.choice(["utf-16-le", "utf-32", "cp1252", "shift_jis", "utf-8-sig"])
        return blob.encode(enc, "replace"), "other encoding"
    else:
        return mutate_bytes(data, r)
    out = io.StringIO(newline="")
    w = csv.writer(out, delimiter=delimiter)
    for row in rows:
        w.writerow(row)
    return out.getvalue().encode("utf-8", "surrogatepass"), label


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode()
        for i in range(1, 10)
    )
    + b"]>"
)


def mutate_xlsx(data: bytes, r: random.Random) -> tuple[bytes, str]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            members = {i.filename: z.read(i) for i in z.infolist()}
    except zipfile.BadZipFile:
        return mutate_bytes(data, r)
    sheets = [n for n in members if n.startswith("xl/worksheets/") and n.endswith(".xml")]
    name = r.choice(sheets or list(members))
    xml = members[name]
    choice = r.randrange(8)
    if choice == 0:
        return mutate_bytes(data, r)
    if choice == 1:
        members[name] = mutate_bytes(xml, r)[0]
        label = "damaged XML"
    elif choice == 2:
        text = r.choice(WEIRD_TEXT).replace("&", "&amp;").replace("<", "&lt;")
        cell = f'<c r="A2" t="inlineStr"><is><t>{text}</t></is></c>'.encode("utf-8", "replace")
        members[name] = xml.replace(b"<c ", cell + b"<c ", 1)
        label = "strange cell"
    elif choice == 3:
        body = xml.split(b"?>", 1)[-1]
        members[name] = BILLION_LAUGHS + body.replace(b"<v>", b"<v>&lol9;", 1)
        label = "XML entity expansion"
    elif choice == 4:
        far = r.choice([b"XFD1048576", b"ZZZZ99999999", b"A0", b"-1"])
        members[name] = xml.replace(b'r="A1"', b'r="' + far + b'"', 1).replace(
            b'<dimension ref="', b'<dimension ref="A1:' + far + b'" old="', 1
        )
        label = "far cell reference"
    elif choice == 5:
        nest = b"<x>" * 50_000 + b"</x>" * 50_000
        members[name] = xml.replace(b"<sheetData>", b"<sheetData>" + nest, 1)
        label = "deep nesting"
    elif choice == 6:
        drop = r.choice(list(members))
        del members[drop]
        label = f"missing {drop.rsplit('/', 1)[-1]}"
    else:
        members[name] = xml.replace(b"<v>", b"<v>" + str(r.choice([10**30, -1e308])).encode(), 1)
        label = "huge number"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for member, content in members.items():
            z.writestr(member, content)
    return out.getvalue(), label


# --- the importers under test ----------------------------------------------------------


def _fingerprint(db: Any) -> tuple[Any, ...]:
    """Rows per table and the sum of their versions: any write changes it."""
    from sqlalchemy import text

    from tourplanner.store.models import Base

    parts = []
    with db.engine.connect() as conn:
        for table in sorted(Base.metadata.tables):
            cols = Base.metadata.tables[table].columns
            total = "sum(version_id)" if "version_id" in cols else "0"
            parts.append(
                tuple(conn.execute(text(f'SELECT count(*), {total} FROM "{table}"')).one())
            )
    return tuple(parts)


class Importer:
    name = ""
    title = ""
    suffixes: tuple[str, ...] = ()

    def seeds(self) -> list[tuple[str, bytes]]:
        raise NotImplementedError

    def mutate(self, name: str, data: bytes, r: random.Random) -> tuple[bytes, str]:
        raise NotImplementedError

    def load(self, db: Any, name: str, data: bytes, folder: Path) -> Callable[[], None]:
        """Import ``data``; return a check of the result (raises AssertionError)."""
        raise NotImplementedError


class TourFiles(Importer):
    name = "tour-file"
    title = "tour files (import tour)"

    def seeds(self) -> list[tuple[str, bytes]]:
        from tourplanner.services.tourfile import SAMPLE_FILE

        # The valid sample as often as all the broken files together, so that many
        # mutants are still importable and the import path is exercised too.
        bad = sorted((REPO / "tests" / "data" / "bad_tours").glob("*.json"))
        files = [("sample.tour.json", Path(SAMPLE_FILE).read_bytes())] * len(bad)
        return files + [(f.name, f.read_bytes()) for f in bad]

    def mutate(self, name: str, data: bytes, r: random.Random) -> tuple[bytes, str]:
        return mutate_json(data, r) if r.random() < 0.8 else mutate_bytes(data, r)

    def load(self, db: Any, name: str, data: bytes, folder: Path) -> Callable[[], None]:
        from tourplanner.services.tourfile import export_tour_bytes, import_tour_bytes

        result = import_tour_bytes(db, data, source=name, replace=True)

        def check() -> None:
            first = export_tour_bytes(db, result.slug)
            import_tour_bytes(db, first, source="re-import", replace=True)
            assert export_tour_bytes(db, result.slug) == first, "export -> import is not exact"

        return check


class Calendars(Importer):
    name = "ics"
    title = "calendars (import ics)"

    def seeds(self) -> list[tuple[str, bytes]]:
        files = sorted((REPO / "tests" / "data" / "ics").glob("*.ics"))
        good = [f for f in files if not f.name.startswith("malformed")]
        return [(f.name, f.read_bytes()) for f in good * 3 + files]

    def mutate(self, name: str, data: bytes, r: random.Random) -> tuple[bytes, str]:
        return mutate_ics(data, r) if r.random() < 0.7 else mutate_bytes(data, r)

    def load(self, db: Any, name: str, data: bytes, folder: Path) -> Callable[[], None]:
        from tourplanner.services.ics_import import import_ics_data

        as_items = len(data) % 2 == 0  # both modes, decided by the input
        before = _counts(db)
        result = import_ics_data(
            db,
            SAMPLE_SLUG,
            [(name, data)],
            busy_for=None if as_items else "person:dai-jiuyue",
            as_items=as_items,
        )

        def check() -> None:
            after = _counts(db)
            assert after["schedule_item"] - before["schedule_item"] == len(result.items)
            assert after["busy_block"] - before["busy_block"] == len(result.busy_blocks)

        return check


class PeopleSheets(Importer):
    name = "spreadsheet-csv"
    title = "spreadsheets: CSV, TSV, text (import people)"
    suffixes = (".csv", ".tsv", ".txt")

    def seeds(self) -> list[tuple[str, bytes]]:
        folder = REPO / "tests" / "data" / "people"
        files = sorted(f for f in folder.iterdir() if f.suffix in self.suffixes)
        return [(f.name, f.read_bytes()) for f in files]

    def mutate(self, name: str, data: bytes, r: random.Random) -> tuple[bytes, str]:
        if name.endswith(".xlsx"):
            return mutate_xlsx(data, r)
        return mutate_csv(data, r) if r.random() < 0.7 else mutate_bytes(data, r)

    def load(self, db: Any, name: str, data: bytes, folder: Path) -> Callable[[], None]:
        from tourplanner.services.sheet_import import import_people

        path = folder / name
        path.write_bytes(data)
        before = _counts(db)
        outcome = import_people(db, SAMPLE_SLUG, path, skip_bad_rows=True)

        def check() -> None:
            after = _counts(db)
            assert after["participant"] - before["participant"] == outcome.created
            for f in folder.iterdir():
                assert f.name in (name, f"{name}.rejected.csv"), f"unexpected file {f.name}"

        return check


class PeopleWorkbooks(PeopleSheets):
    name = "spreadsheet-xlsx"
    title = "spreadsheets: XLSX (import people)"
    suffixes = (".xlsx",)


def _counts(db: Any) -> dict[str, int]:
    from sqlalchemy import text

    with db.engine.connect() as conn:
        return {
            t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
            for t in ("schedule_item", "busy_block", "participant")
        }


IMPORTERS: dict[str, Callable[[], Importer]] = {
    "tour-file": TourFiles,
    "ics": Calendars,
    "spreadsheet-csv": PeopleSheets,
    "spreadsheet-xlsx": PeopleWorkbooks,
}


def _mutate(importer: Importer, name: str, data: bytes, r: random.Random) -> tuple[bytes, str]:
    try:
        return importer.mutate(name, data, r)
    except Exception:  # the mutator's own limits (a file it cannot parse): bytes then
        return mutate_bytes(data, r)


@contextmanager
def _deadline(seconds: int) -> Iterator[None]:
    def expired(_signum: int, _frame: Any) -> None:
        # Raised in whatever runs now; if that swallows it (a garbage-collector callback
        # does), the next alarm a second later raises it again.
        signal.alarm(1)
        raise TimeoutError(f"took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def fuzz_importer(
    importer: Importer,
    template: Path,
    work: Path,
    *,
    inputs: int,
    report: Callable[[str], None],
    db_url: str | None = None,
) -> Tally:
    """Feed ``inputs`` mutated files to one importer; ``report`` gets each failure."""
    from tourplanner.core.errors import TourplannerError
    from tourplanner.services.database import open_database

    work.mkdir(parents=True, exist_ok=True)
    tally = Tally()
    path = work / f"{importer.name}.db"
    if db_url is None:
        copy_sqlite(template, path)
        db = open_db(path)
    else:
        from tourplanner.services.tourfile import load_sample

        db = open_database(db_url)
        load_sample(db, reset=True)
    seeds = importer.seeds()
    failed = work / "failed"

    def keep(data: bytes, label: str) -> Path:
        failed.mkdir(exist_ok=True)
        target = failed / f"{importer.name}-{tally.inputs:05d}-{label.replace(' ', '-')}"
        target.write_bytes(data)
        return target

    @settings(
        max_examples=inputs,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.generate],
    )
    @given(
        seed=st.sampled_from(seeds),
        r=st.randoms(use_true_random=False),
        twice=st.booleans(),
    )
    def one(seed: tuple[str, bytes], r: random.Random, twice: bool) -> None:
        name, data = seed
        data, label = _mutate(importer, name, data, r)
        if twice:
            data, second = _mutate(importer, name, data, r)
            label = f"{label} + {second}"
        tally.inputs += 1
        tally.mutations[label.split(" + ")[0]] += 1
        case = work / f"case-{tally.inputs}"
        case.mkdir()
        before = _fingerprint(db)
        started = time.monotonic()
        try:
            with _deadline(CASE_SECONDS):
                check = importer.load(db, name, data, case)
                check()
            tally.imported += 1
            if db_url is None:
                bad = integrity_problems(path)
                if bad:
                    raise AssertionError(f"database checks fail: {bad}")
        except TourplannerError as e:
            message = str(e)
            tally.refused += 1
            tally.messages[type(e).__name__] += 1
            problem = None
            if not message.strip() or "\n" in message or "\r" in message:
                problem = f"message is not one line: {message[:200]!r}"
            elif len(message) > MAX_MESSAGE:
                problem = f"message is {len(message)} characters long: {message[:120]!r}…"
            elif _fingerprint(db) != before:
                problem = f"refused ({message[:120]}) but the database changed: a partial write"
            if problem:
                tally.failures += 1
                report(f"{importer.name} [{label}] {problem} (input: {keep(data, label).name})")
        except Exception as e:
            tally.failures += 1
            first = (str(e).strip().splitlines() or [""])[0][:200]
            report(
                f"{importer.name} [{label}] unexpected {type(e).__name__}: {first} "
                f"(input: {keep(data, label).name})"
            )
        finally:
            for f in case.iterdir():
                f.unlink()
            case.rmdir()
            if time.monotonic() - started > 5:
                tally.slow += 1

    try:
        one()
    finally:
        db.dispose()
    return tally
