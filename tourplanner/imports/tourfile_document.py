"""A tour file's bytes as a checked JSON document: size limits, duplicate keys, huge
numbers, NaN, control characters and the JSON schema, each refused as a TourFileError
naming the JSON path. ``tourfile_reader`` then turns the document into a snapshot.
"""

from __future__ import annotations

import json
import math
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError as SchemaError
from jsonschema.exceptions import best_match

from tourplanner.core.errors import TourFileError
from tourplanner.core.i18n import Context
from tourplanner.core.text_checks import control_problem, shown
from tourplanner.paths import SCHEMA_DIR

Errors = Context("Errors")  # the catalogue context of messages people read

SCHEMA_FILE = SCHEMA_DIR / "tour-file.schema.json"
# Version 2 added what a delegate needs on the day; version 3 protocol (an order of
# precedence without ties, forms of address); version 4 the gift log and each site's
# contacts by role. Files of every older version still read.
NEWEST_VERSION = 4
MAX_BYTES = 64 * 1024 * 1024


@cache
def _validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def json_path(parts: Any) -> str:
    """``$.items[3].end`` from a jsonschema path deque or a list of keys and indexes."""
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _short(value: Any, limit: int = 60) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _schema_reason(error: SchemaError) -> str:
    """A plain-language reason for the most relevant schema violation."""
    kind, expected, value = error.validator, error.validator_value, error.instance
    if kind == "required":
        missing = next((k for k in expected if k not in value), expected[0])
        return Errors.tr("missing required field {missing!r}").format(missing=missing)
    if kind == "additionalProperties":
        extra = sorted(set(value) - set(error.schema.get("properties", {})))
        return (
            Errors.tr("unknown field {extra!r}").format(extra=extra[0])
            if extra
            else Errors.tr("unknown field")
        )
    if kind == "propertyNames":
        return Errors.tr("unknown name {name}").format(name=_short(value))
    if kind == "enum":
        return Errors.tr("{value} is not one of: {options}").format(
            value=_short(value), options=", ".join(map(str, expected))
        )
    if kind == "const":
        return Errors.tr("expected {expected}, got {value}").format(
            expected=_short(expected), value=_short(value)
        )
    if kind == "type":
        wanted = expected if isinstance(expected, str) else " or ".join(expected)
        return Errors.tr("expected {wanted}, got {kind} {value}").format(
            wanted=wanted, kind=_json_type(value), value=_short(value)
        )
    if kind == "pattern":
        what = error.schema.get("description", f"text matching {expected}")
        return Errors.tr("{value} is not valid: expected {what}").format(
            value=_short(value), what=what[0].lower() + what[1:]
        )
    if kind == "oneOf":
        options = [s.get("required", ["?"])[0] for s in expected]
        return Errors.tr("needs exactly one of: {options}").format(options=", ".join(options))
    if kind in ("minimum", "maximum"):
        return Errors.tr("{value} is out of range ({kind} {expected})").format(
            value=_short(value), kind=kind, expected=expected
        )
    if kind in ("minLength", "maxLength", "minItems", "maxItems"):
        return Errors.tr("{value} breaks {kind} {expected}").format(
            value=_short(value), kind=kind, expected=expected
        )
    if kind == "uniqueItems":
        return Errors.tr("lists the same entry twice")
    return error.message.splitlines()[0][:200]


_JSON_TYPES = {
    "str": "string",
    "int": "integer",
    "float": "number",
    "bool": "boolean",
    "list": "array",
    "dict": "object",
    "_Object": "object",
    "NoneType": "null",
}


def _json_type(value: Any) -> str:
    return _JSON_TYPES.get(type(value).__name__, type(value).__name__)


class _Object(dict[str, Any]):
    """A JSON object that remembers member names it saw more than once."""

    repeated: tuple[str, ...] = ()


def _object(pairs: list[tuple[str, Any]]) -> _Object:
    obj = _Object(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        repeated = []
        for name, _value in pairs:
            if name in seen:
                repeated.append(name)
            seen.add(name)
        obj.repeated = tuple(repeated)
    return obj


class _Constant:
    """NaN or Infinity: valid in Python's JSON, not in a tour file."""

    def __init__(self, name: str) -> None:
        self.name = name


class _Huge:
    """A number far beyond any a tour file holds, kept as its text: turning thousands of
    digits into an int would trip Python's int-conversion limit (and waste time), and a
    float that large is infinite."""

    def __init__(self, text: str) -> None:
        self.text = text

    def reason(self) -> str:
        digits = sum(ch.isdigit() for ch in self.text)
        written = (
            self.text
            if len(self.text) <= 24
            else Errors.tr("a number with {digits} digits").format(digits=digits)
        )
        return Errors.tr("{written} is far larger than any value a tour file may hold").format(
            written=written
        )


# No field of a tour file holds a number with more digits than this (sequence, the
# largest, fits in 10); the schema's ranges judge the rest.
_MAX_DIGITS = 30


def _integer(text: str) -> int | _Huge:
    return _Huge(text) if len(text) > _MAX_DIGITS else int(text)


def _number(text: str) -> float | _Huge:
    value = float(text)
    return value if math.isfinite(value) else _Huge(text)


# Free-text fields that may hold tabs and line breaks: the schema's "text" fields, and
# the texts a calendar may have given (an event's SUMMARY may span lines). Every other
# string (names, keys, emails, phones, titles of people) is one line. Control characters
# other than tab and line breaks are refused everywhere.
# Version 2 added the on-the-day texts (local address, meeting points, day notes).
MULTILINE_FIELDS = frozenset((
    "description", "address", "dietary", "accessibility", "notes", "local_address",
    "meeting_point", "local_meeting_point", "weather", "bring", "dress",
))  # fmt: skip
CALENDAR_TEXT = frozenset(
    {
        ("items", "title"),
        ("items", "local_title"),
        ("items", "dress_code"),
        ("busy_blocks", "summary"),
        ("travel_overrides", "note"),
    }
)


def _text_problem(text: str, path: list[Any]) -> str | None:
    field = path[-1] if path and isinstance(path[-1], str) else None
    section = path[0] if path else None
    multiline = field in MULTILINE_FIELDS or (section, field) in CALENDAR_TEXT
    problem = control_problem(text, multiline=multiline)
    return None if problem is None else f"{shown(text)}: {problem}"


def _find_bad_values(node: Any, path: list[Any]) -> tuple[list[Any], str] | None:
    """The first repeated member name, non-finite or huge number, or invalid text (a
    control character, an unpaired surrogate), depth first, with its path."""
    if isinstance(node, _Object):
        if node.repeated:
            return path, Errors.tr("field {repeated!r} appears twice in this object").format(
                repeated=node.repeated[0]
            )
        children: Any = node.items()
    elif isinstance(node, list):
        children = enumerate(node)
    elif isinstance(node, _Constant):
        return path, Errors.tr("{name} is not a number a tour file may hold").format(name=node.name)
    elif isinstance(node, _Huge):
        return path, node.reason()
    elif isinstance(node, str):
        problem = _text_problem(node, path)
        return (path, problem) if problem else None
    else:
        return None
    for name, child in children:
        if isinstance(name, str):
            problem = control_problem(name)
            if problem is not None:
                return path, Errors.tr("a field name {name}: {problem}").format(
                    name=shown(name), problem=problem
                )
        found = _find_bad_values(child, [*path, name])
        if found:
            return found
    return None


def parse_document(data: bytes, source: str) -> dict[str, Any]:
    """Bytes to a schema-valid dict, or a TourFileError."""
    if len(data) > MAX_BYTES:
        raise TourFileError(
            source, "$", Errors.tr("file is larger than {size} MiB").format(size=MAX_BYTES // 2**20)
        )
    if not data.strip():
        raise TourFileError(source, "$", Errors.tr("the file is empty"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        column = e.start - (data.rfind(b"\n", 0, e.start) + 1) + 1
        raise TourFileError(
            source,
            "$",
            Errors.tr("not UTF-8 text (bad byte at line {line} column {column})").format(
                line=line, column=column
            ),
        ) from None
    try:
        doc = json.loads(
            text,
            object_pairs_hook=_object,
            parse_constant=_Constant,
            parse_int=_integer,
            parse_float=_number,
        )
    except json.JSONDecodeError as e:
        raise TourFileError(
            source,
            "$",
            Errors.tr("invalid JSON at line {line} column {column}: {reason}").format(
                line=e.lineno, column=e.colno, reason=e.msg
            ),
        ) from None
    except RecursionError:
        raise TourFileError(source, "$", Errors.tr("invalid JSON: nested too deeply")) from None
    if not isinstance(doc, dict):
        raise TourFileError(
            source,
            "$",
            Errors.tr("expected a JSON object at the top level, got {kind}").format(
                kind=_json_type(doc)
            ),
        )
    bad = _find_bad_values(doc, [])
    if bad:
        raise TourFileError(source, json_path(bad[0]), bad[1])
    if doc.get("format") != "tourplanner.tour":
        raise TourFileError(
            source,
            "$.format",
            Errors.tr(
                'not a Tourplanner tour file (format is {value}, expected "tourplanner.tour")'
            ).format(value=_short(doc.get("format"))),
        )
    version = doc.get("version")
    if isinstance(version, int) and version > NEWEST_VERSION:
        newer = f"format version {version} is newer than this app reads ({NEWEST_VERSION})"
        raise TourFileError(source, "$.version", newer)
    error = best_match(_validator().iter_errors(doc))
    if error is not None:
        raise TourFileError(source, json_path(error.absolute_path), _schema_reason(error))
    return doc
