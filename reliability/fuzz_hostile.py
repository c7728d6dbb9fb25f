"""Hostile values in every field of every importer, counted per class: huge numbers in
every numeric field, control characters in every string field, and zip bombs.

The classes:

* **huge numbers**: a number of thousands of digits (past Python's int-conversion limit),
  floats past the double range (1e400), negative zero, numbers past 2**63 and 2**64, in
  every numeric field: each number of the sample tour file, the calendars' SEQUENCE,
  PRIORITY, GEO, DURATION and rule parts, and every column of a people or sites list
  (CSV and .xlsx), numeric or not;
* **control characters**: C0 (NUL, BEL, ESC ...), C1 (NEL, CSI ...), CR and LF, line
  and paragraph separators, bidi overrides and isolates, in every string field: each
  string of the tour file, the calendars' text properties, every list column;
* **compression bombs**: .xlsx files that inflate to gigabytes, lie about their sizes,
  share one compressed kernel among thousands of entries, hold tens of thousands of
  members, or embed a bomb (reliability/bombs.py), through the people and sites imports.

Each field is visited before any is visited twice, each time with the next value. The
rule is the harness's: each input ends in a clear one-line refusal with the database
unchanged, or in an import whose data every export then writes (the tour file, the
tour's calendar and every person's calendar): a value accepted at entry that breaks an
export later is a failure too.
"""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
import time
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reliability.common import REPO, SAMPLE_SLUG, copy_sqlite, integrity_problems, open_db
from reliability.fuzz_files import MAX_MESSAGE, _deadline, _fingerprint, _json_paths, _set

CASE_SECONDS = 60

HUGE_NUMBERS = [
    "9" * 5000,
    "-" + "1" * 4301,
    "1e400",
    "-1e400",
    "1e-400",
    "-0",
    "-0.0",
    str(2**63),
    str(-(2**63) - 1),
    str(2**64 + 1),
    "1" + "0" * 400 + ".5",
    "123456789012345678901234567890",
]
CONTROLS = [  # line breaks first: they do the most harm (mail headers, calendar lines)
    "\r\n",
    "\n",
    "\r",
    "\x00",
    "\u202e",
    "\x1b[31m",
    "\x85",
    "\u2028\u2029",
    "\x01\x02\x03",
    "\x07",
    "\x08",
    "\x0b\x0c",
    "\x7f",
    "\x9b",
    "\x80\x9f",
    "\u202a\u202b\u202c\u202d",
    "\u2066\u2067\u2068\u2069",
    "\u200e\u200f",
    "\t",
]
CLASSES = ("huge numbers", "control characters", "compression bombs")


@dataclass
class ClassTally:
    inputs: int = 0
    imported: int = 0
    refused: int = 0
    failures: int = 0
    fields: set[str] = field(default_factory=set)
    found: Counter[str] = field(default_factory=Counter)  # failing field -> count


@dataclass(frozen=True)
class Case:
    field: str
    name: str  # the file name the importer is given
    data: bytes
    kind: str = "people"  # for lists: people or sites


_CONTACT = ("email", "phone", "url", "web")


def _rotate(fields: list[str], values: list[str], count: int) -> Iterator[tuple[str, str, int]]:
    """(field, value, n): every field once before any twice, each time the next value;
    contact fields (emails, phones, addresses on the web) first, as they travel furthest:
    into mail headers and calendar properties."""
    fields = sorted(fields, key=lambda f: (not any(w in f.lower() for w in _CONTACT), f))
    for n in range(count):
        lap, at = divmod(n, len(fields))
        yield fields[at], values[(lap + at) % len(values)], n


def _inserted(text: str, extra: str) -> str:
    middle = len(text) // 2
    return text[:middle] + extra + text[middle:]


# --- tour files ------------------------------------------------------------------------


def _pattern(path: tuple[Any, ...]) -> str:
    return "$" + "".join("[]" if isinstance(k, int) else f".{k}" for k in path)


def tour_file_cases(cls: str, count: int) -> Iterator[Case]:
    from tourplanner.services.tourfile import SAMPLE_FILE

    text = Path(SAMPLE_FILE).read_bytes()
    doc = json.loads(text)
    by_pattern: dict[str, list[tuple[Any, ...]]] = {}
    for path in _json_paths(doc):
        value: Any = doc
        for key in path:
            value = value[key]
        numeric = isinstance(value, int | float) and not isinstance(value, bool)
        if (cls == "huge numbers" and numeric) or (
            cls == "control characters" and isinstance(value, str)
        ):
            by_pattern.setdefault(_pattern(path), []).append(path)
    patterns = list(by_pattern)
    values = HUGE_NUMBERS if cls == "huge numbers" else CONTROLS
    for pattern, value, n in _rotate(patterns, values, count):
        instances = by_pattern[pattern]
        path = instances[n // len(patterns) % len(instances)]
        copy = json.loads(text)
        if cls == "huge numbers":
            marker = "__HUGE_NUMBER__"
            out = json.dumps(_set(copy, path, marker), ensure_ascii=False)
            data = out.replace(json.dumps(marker), value, 1).encode()
        else:
            current: Any = copy
            for key in path:
                current = current[key]
            data = json.dumps(
                _set(copy, path, _inserted(current, value)), ensure_ascii=False
            ).encode()
        yield Case(pattern, "hostile.tour.json", data)


# --- calendars -------------------------------------------------------------------------

ICS_NUMBERS = {
    "SEQUENCE": "SEQUENCE:{n}",
    "PRIORITY": "PRIORITY:{n}",
    "GEO": "GEO:{n};{n}",
    "DURATION": "DURATION:PT{n}S",
    "RRULE COUNT": "RRULE:FREQ=DAILY;COUNT={n}",
    "RRULE INTERVAL": "RRULE:FREQ=DAILY;INTERVAL={n}",
    "RRULE BYSETPOS": "RRULE:FREQ=MONTHLY;BYDAY=MO;BYSETPOS={n}",
    "RRULE BYMONTHDAY": "RRULE:FREQ=MONTHLY;BYMONTHDAY={n}",
    "PERCENT-COMPLETE": "PERCENT-COMPLETE:{n}",
    "TRIGGER": "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT{n}M\r\nEND:VALARM",
}
ICS_TEXTS = [
    "SUMMARY",
    "DESCRIPTION",
    "LOCATION",
    "UID",
    "CATEGORIES",
    "COMMENT",
    "CONTACT",
    "STATUS",
    "TRANSP",
    "ATTENDEE;CN",
    "ORGANIZER;CN",
    "X-WR-CALNAME",
]
_ICS_SEEDS = ("items.ics", "busy_states.ics", "recurring.ics", "mixed_times.ics")


def _ics_seeds() -> list[bytes]:
    return [(REPO / "tests" / "data" / "ics" / name).read_bytes() for name in _ICS_SEEDS]


def _ics_with(data: bytes, name: str, line: str) -> bytes:
    """``data`` with the first event's ``name`` property replaced by ``line`` (or
    ``line`` added to the first event when it has none)."""
    text = data.decode("utf-8").replace("\r\n", "\n")
    lines = text.split("\n")
    start = next(i for i, t in enumerate(lines) if t.strip().upper() == "BEGIN:VEVENT")
    end = next(i for i in range(start, len(lines)) if lines[i].strip().upper() == "END:VEVENT")
    base = re.split(r"[;:]", name, maxsplit=1)[0].upper()
    for i in range(start + 1, end):
        if re.split(r"[;:]", lines[i], maxsplit=1)[0].upper() == base and name != "TRIGGER":
            lines[i] = line
            break
    else:
        lines.insert(start + 1, line)
    return "\r\n".join(lines).encode("utf-8", "surrogatepass")


def ics_cases(cls: str, count: int) -> Iterator[Case]:
    seeds = _ics_seeds()
    if cls == "huge numbers":
        names = list(ICS_NUMBERS)
        for name, value, n in _rotate(names, HUGE_NUMBERS, count):
            line = ICS_NUMBERS[name].format(n=value)
            yield Case(name, "hostile.ics", _ics_with(seeds[n % len(seeds)], name.split()[0], line))
        return
    for name, value, n in _rotate(ICS_TEXTS, CONTROLS, count):
        if name == "X-WR-CALNAME":
            text = seeds[n % len(seeds)].decode("utf-8")
            data = text.replace("VERSION:2.0", f"VERSION:2.0\r\nX-WR-CALNAME:Tour{value}feed", 1)
            yield Case(name, "hostile.ics", data.encode())
            continue
        if name.endswith(";CN"):
            prop = name.split(";")[0]
            line = f"{prop};CN=Anna{value}Keller:mailto:anna{value}@example.com"
        else:
            line = f"{name}:Visit{value}text"
        yield Case(name, "hostile.ics", _ics_with(seeds[n % len(seeds)], name, line))


# --- people and sites lists --------------------------------------------------------------

GOOD_PEOPLE = {
    "key": "hostile-person",
    "full_name": "Anna Keller",
    "organisation": "Hostile Tests Daily",
    "country": "Germany",
    "role": "delegate",
    "email": "anna.keller@example.com",
    "phone": "+49 30 1234567",
    "languages": "de, en",
    "is_vip": "no",
    "precedence": "7",
}
GOOD_SITES = {
    "key": "hostile-site",
    "name": "Hostile Test Hall",
    "address": "1 Test Road, Chongqing",
    "latitude": "29.6",
    "longitude": "106.5",
    "capacity": "50",
    "contact_phone": "+86 23 6785 2222",
    "contact_email": "visits@example.com",
    "timezone": "Asia/Shanghai",
}


def _list_fields() -> list[tuple[str, str, str, dict[str, str]]]:
    """(kind, field name, column label, the good row) for every people and sites field."""
    from tourplanner.imports.sheet_fields import PEOPLE_FIELDS, SITES_FIELDS

    out = []
    for kind, fields, good in (
        ("people", PEOPLE_FIELDS, GOOD_PEOPLE),
        ("sites", SITES_FIELDS, GOOD_SITES),
    ):
        out += [(kind, f.name, f.label, good) for f in fields.fields]
    return out


def _list_rows(kind: str, name: str, value: str, good: dict[str, str]) -> list[list[str]]:
    from tourplanner.imports.sheet_fields import PEOPLE_FIELDS, SITES_FIELDS

    fields = (PEOPLE_FIELDS if kind == "people" else SITES_FIELDS).fields
    row = [good.get(f.name, "") for f in fields]
    at = [f.name for f in fields].index(name)
    row[at] = value
    return [[f.label for f in fields], row]


def _list_value(cls: str, current: str, value: str) -> str:
    return value if cls == "huge numbers" else _inserted(current or "text", value)


def csv_cases(cls: str, count: int) -> Iterator[Case]:
    fields = _list_fields()
    labels = [f"{kind}.{name}" for kind, name, _label, _good in fields]
    values = HUGE_NUMBERS if cls == "huge numbers" else CONTROLS
    for label, value, _n in _rotate(labels, values, count):
        kind, name, _l, good = fields[labels.index(label)]
        rows = _list_rows(kind, name, _list_value(cls, good.get(name, ""), value), good)
        out = io.StringIO(newline="")
        csv.writer(out).writerows(rows)
        yield Case(label, f"{kind}.csv", out.getvalue().encode("utf-8"), kind)


def _xml_text(text: str) -> str:
    """Text as Excel writes it in a cell: XML escapes, and _xHHHH_ for the characters
    XML 1.0 cannot hold (C0 controls other than tab, LF and CR)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return "".join(f"_x{ord(c):04X}_" if ord(c) < 32 and c not in "\t\n\r" else c for c in text)


def xlsx_cases(cls: str, count: int) -> Iterator[Case]:
    if cls == "compression bombs":
        from reliability.bombs import nested_bomb, zip_bombs

        bombs = [*zip_bombs(), ("bomb nested as a member", nested_bomb())]
        for n in range(count):
            label, data = bombs[n % len(bombs)]
            kind = "people" if n // len(bombs) % 2 == 0 else "sites"
            yield Case(label, f"{kind}.xlsx", data, kind)
        return
    fields = _list_fields()
    labels = [f"{kind}.{name}" for kind, name, _label, _good in fields]
    values = HUGE_NUMBERS if cls == "huge numbers" else CONTROLS
    for label, value, n in _rotate(labels, values, count):
        kind, name, _l, good = fields[labels.index(label)]
        rows = _list_rows(kind, name, _list_value(cls, good.get(name, ""), value), good)
        # Huge numbers go in as number cells every other lap, as text otherwise.
        as_number = cls == "huge numbers" and n // len(labels) % 2 == 0
        yield Case(label, f"{kind}.xlsx", _workbook(rows, as_number), kind)


def _workbook(rows: list[list[str]], as_number: bool) -> bytes:
    """A workbook of ``rows``; with ``as_number`` the data row's numbers are number cells."""
    body = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{chr(65 + c)}{r}"
            if as_number and r == 2 and _looks_numeric(value):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            elif value:
                text = f'<t xml:space="preserve">{_xml_text(value)}</t>'
                cells.append(f'<c r="{ref}" t="inlineStr"><is>{text}</is></c>')
        body.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{''.join(body)}</sheetData></worksheet>"
    )
    template = REPO / "tests" / "data" / "people" / "basic.xlsx"
    out = io.BytesIO()
    with zipfile.ZipFile(template) as z, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
        for info in z.infolist():
            content = (
                sheet.encode("utf-8")
                if info.filename == "xl/worksheets/sheet1.xml"
                else z.read(info)
            )
            w.writestr(info.filename, content)
    return out.getvalue()


def _looks_numeric(value: str) -> bool:
    try:
        float(value)
    except (ValueError, OverflowError):
        return False
    return True


# --- running ---------------------------------------------------------------------------

IMPORTERS: dict[str, tuple[str, tuple[str, ...], Callable[[str, int], Iterator[Case]]]] = {
    "tour-file": ("tour files (import tour)", CLASSES[:2], tour_file_cases),
    "ics": ("calendars (import ics)", CLASSES[:2], ics_cases),
    "spreadsheet-csv": ("CSV lists (import people, sites)", CLASSES[:2], csv_cases),
    "spreadsheet-xlsx": ("XLSX lists (import people, sites)", CLASSES, xlsx_cases),
}


def _load(db: Any, importer: str, case: Case, folder: Path) -> None:
    """Import one case as the CLI would."""
    if importer == "tour-file":
        from tourplanner.services.tourfile import import_tour_bytes

        import_tour_bytes(db, case.data, source=case.name, replace=True)
    elif importer == "ics":
        from tourplanner.services.ics_import import import_ics_data

        as_items = len(case.data) % 2 == 0  # both modes, decided by the input
        busy = None if as_items else "person:dai-jiuyue"
        import_ics_data(db, SAMPLE_SLUG, [(case.name, case.data)], busy_for=busy, as_items=as_items)
    else:
        from tourplanner.services.sheet_import import import_people, import_sites

        path = folder / case.name
        path.write_bytes(case.data)
        (import_people if case.kind == "people" else import_sites)(db, SAMPLE_SLUG, path)


def _exports(db: Any, folder: Path) -> None:
    """Every tour exports: its tour file, its calendar and each person's calendar."""
    from tourplanner.services.calendars import export_calendar_bytes, export_people_calendars
    from tourplanner.services.tour_list import list_tours
    from tourplanner.services.tourfile import export_tour_bytes

    for tour in list_tours(db):
        for what, export in (
            ("export tour", lambda s=tour.slug: export_tour_bytes(db, s)),
            ("export ics", lambda s=tour.slug: export_calendar_bytes(db, s)),
            (
                "export ics --all-people",
                lambda s=tour.slug: export_people_calendars(db, s, folder / "ics"),
            ),
        ):
            try:
                export()
            except Exception as e:
                first = (str(e).strip().splitlines() or [""])[0][:160]
                raise AssertionError(
                    f"accepted, then `{what}` failed: {type(e).__name__}: {first}"
                ) from None


def run_hostile(
    template: Path,
    work: Path,
    *,
    inputs: int,
    report: Callable[[str], None],
    importers: tuple[str, ...] | None = None,
) -> list[dict[str, Any]]:
    """``inputs`` cases per class and importer; one row per (class, importer) for the
    report, and ``report`` gets each failure."""
    from tourplanner.core.errors import TourplannerError

    work.mkdir(parents=True, exist_ok=True)
    rows = []
    for importer in importers if importers is not None else tuple(IMPORTERS):
        title, classes, cases = IMPORTERS[importer]
        path = work / f"hostile-{importer}.db"
        copy_sqlite(template, path)
        db = open_db(path)
        try:
            for cls in classes:
                tally = ClassTally()
                for case in cases(cls, inputs):
                    _one(db, path, importer, cls, case, tally, work, report, TourplannerError)
                rows.append(
                    {
                        "class": cls,
                        "importer": title,
                        "inputs": tally.inputs,
                        "fields": len(tally.fields),
                        "imported": tally.imported,
                        "refused_clearly": tally.refused,
                        "failures": tally.failures,
                        "failing_fields": ", ".join(
                            f"{k} {v}" for k, v in tally.found.most_common(8)
                        ),
                    }
                )
        finally:
            db.dispose()
    return rows


def _one(
    db: Any,
    path: Path,
    importer: str,
    cls: str,
    case: Case,
    tally: ClassTally,
    work: Path,
    report: Callable[[str], None],
    expected: type[Exception],
) -> None:
    tally.inputs += 1
    tally.fields.add(case.field)
    before = _fingerprint(db)
    problem = None
    with tempfile.TemporaryDirectory(dir=work) as tmp:
        started = time.monotonic()
        try:
            with _deadline(CASE_SECONDS):
                _load(db, importer, case, Path(tmp))
                _exports(db, Path(tmp))
            tally.imported += 1
            bad = integrity_problems(path)
            if bad:
                problem = f"database checks fail: {bad}"
        except expected as e:
            message = str(e)
            tally.refused += 1
            if not message.strip() or "\n" in message or "\r" in message:
                problem = f"message is not one line: {message[:200]!r}"
            elif len(message) > MAX_MESSAGE:
                problem = f"message is {len(message)} characters long"
            elif _fingerprint(db) != before:
                problem = f"refused ({message[:120]}) but the database changed"
        except Exception as e:
            first = (str(e).strip().splitlines() or [""])[0][:200]
            name = "" if isinstance(e, AssertionError) else f"unexpected {type(e).__name__}: "
            problem = f"{name}{first}"
        seconds = time.monotonic() - started
    if problem is None and seconds > CASE_SECONDS:
        problem = f"took {seconds:.0f} s"
    if problem is not None:
        tally.failures += 1
        tally.found[case.field] += 1
        failed = work / "failed"
        failed.mkdir(exist_ok=True)
        kept = (
            failed / f"{importer}-{cls.replace(' ', '-')}-{tally.inputs:04d}-{Path(case.name).name}"
        )
        kept.write_bytes(case.data)
        report(f"{importer} [{cls}: {case.field}] {problem} (input: {kept.name})")
