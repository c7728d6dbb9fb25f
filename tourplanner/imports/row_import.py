"""Plan a spreadsheet import: which rows create, update or leave alone which records, and
what is wrong with each bad row (row number, column, reason).

Pure logic: the sheet arrives as strings and the tour's current people or sites as
snapshot values; the services read the file, and write the plan in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import Any

from tourplanner.core import cell_values as cv
from tourplanner.core.contacts import check_email, email_key, normalise_phone, phone_e164
from tourplanner.core.enums import CoordinateSource, ParticipantRole, SiteCategory
from tourplanner.core.errors import ValidationError
from tourplanner.core.i18n import Context
from tourplanner.core.languages import language_tags
from tourplanner.core.model import Group, Participant, Site
from tourplanner.core.text_checks import control_problem, shown
from tourplanner.core.timeutil import is_zone_name
from tourplanner.imports.header_mapping import (
    FieldSet,
    HeaderMapping,
    find_header_row,
    map_headers,
    shown_columns,
)
from tourplanner.imports.sheet_fields import PEOPLE_FIELDS, SITES_FIELDS

Errors = Context("Errors")  # the catalogue context of messages people read


@dataclass(frozen=True)
class RawSheet:
    """The cells of one sheet or CSV file as text, with the row numbers a spreadsheet shows.
    Wholly blank rows are left out (``blank_rows`` counts them)."""

    source: str  # the file name, for messages
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    sheet: str | None = None  # the worksheet's name (XLSX)
    encoding: str | None = None  # how a text file was decoded
    delimiter: str | None = None  # and split
    blank_rows: int = 0


@dataclass(frozen=True, order=True)
class RowError:
    """One thing wrong with one row: its number in the sheet, the column, the reason."""

    row: int
    column: str  # the column's header as written in the file ("" for the row as a whole)
    reason: str

    def __str__(self) -> str:
        if self.column:
            return Errors.tr("row {row}, {column}: {reason}").format(
                row=self.row, column=self.column, reason=self.reason
            )
        return Errors.tr("row {row}: {reason}").format(row=self.row, reason=self.reason)


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    REJECT = "reject"


@dataclass(frozen=True)
class PlannedRow:
    """What importing one data row does."""

    row: int
    action: Action
    label: str  # the person's or site's name, for showing the plan
    cells: tuple[str, ...]  # the row as read, for the file of rejected rows
    target_id: int | None = None  # the existing record it matches
    target_version: int | None = None
    key: str | None = None  # the record's key (new or existing)
    values: Mapping[str, Any] = field(default_factory=dict)  # create: all; update: changes
    join_groups: tuple[int, ...] = ()  # group ids the person is added to
    errors: tuple[RowError, ...] = ()

    @property
    def changes(self) -> tuple[str, ...]:
        """The fields an update changes (``groups`` when it only adds memberships)."""
        return (*sorted(self.values), *(("groups",) if self.join_groups else ()))


@dataclass(frozen=True)
class ImportPlan:
    """The preview of an import: the mapping used and what each row will do."""

    kind: str  # "people" or "sites"
    sheet: RawSheet
    overrides: Mapping[str, str]
    header_row: int  # the header's row number in the sheet
    mapping: HeaderMapping
    rows: tuple[PlannedRow, ...]

    def _with(self, action: Action) -> tuple[PlannedRow, ...]:
        return tuple(r for r in self.rows if r.action is action)

    @cached_property
    def created(self) -> tuple[PlannedRow, ...]:
        return self._with(Action.CREATE)

    @cached_property
    def updated(self) -> tuple[PlannedRow, ...]:
        return self._with(Action.UPDATE)

    @cached_property
    def unchanged(self) -> tuple[PlannedRow, ...]:
        return self._with(Action.UNCHANGED)

    @cached_property
    def rejected(self) -> tuple[PlannedRow, ...]:
        return self._with(Action.REJECT)

    @property
    def errors(self) -> tuple[RowError, ...]:
        return tuple(e for r in self.rejected for e in r.errors)

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(c.header for c in self.mapping.columns)

    def fingerprint(self) -> tuple[tuple[Any, ...], ...]:
        """What the plan would write; a commit compares it with a fresh plan so that an
        import never applies a preview the tour has moved away from."""
        return tuple(
            (
                r.row,
                r.action.value,
                r.target_id,
                r.target_version,
                r.key,
                tuple(sorted((k, repr(v)) for k, v in r.values.items())),
                r.join_groups,
            )
            for r in self.rows
        )


class _Row:
    """One data row being read: its cells by field, and the errors found so far."""

    def __init__(self, number: int, cells: tuple[str, ...], mapping: HeaderMapping) -> None:
        self.number = number
        self.cells = cells
        self.mapping = mapping
        self.errors: list[RowError] = []
        width = len(cells)
        # Each mapped cell is cleaned once; fields without a column read as "".
        self.texts = {
            name: cv.clean(cells[col.index]) if col.index < width else ""
            for name, col in mapping.by_field.items()
        }

    def column(self, name: str) -> str:
        col = self.mapping.by_field.get(name)
        return col.name if col is not None else self.mapping.fields.by_name[name].label

    def text(self, name: str) -> str:
        return self.texts.get(name, "")

    def fail(self, name: str, reason: str) -> None:
        self.errors.append(RowError(self.number, self.column(name), reason))

    def read(self, name: str, parse: Callable[[str], Any]) -> Any:
        """The field's parsed value; None when the cell is empty or wrong (then noted)."""
        raw = self.text(name)
        if not raw:
            return None
        try:
            return parse(raw)
        except ValueError as e:
            self.fail(name, str(e))
            return None

    def words(self, name: str, limit: int, *, single_line: bool = True) -> str | None:
        raw = self.text(name)
        value = cv.one_line(raw) if single_line else raw
        problem = control_problem(value, multiline=not single_line)
        if problem is not None:
            self.fail(name, f"{shown(value)}: {problem}")
            return None
        if len(value) > limit:
            self.fail(name, Errors.tr("longer than {limit} characters").format(limit=limit))
            return None
        return value or None


def _locate(
    sheet: RawSheet, fields: FieldSet, overrides: Mapping[str, str]
) -> tuple[int, HeaderMapping]:
    """The header's position in ``sheet.rows`` and the column mapping."""
    index = find_header_row([cells for _, cells in sheet.rows], fields, overrides)
    if index is None:
        labels = " or ".join(f.label for f in fields.fields if f.required)
        if sheet.sheet:
            text = Errors.tr(
                "{source} (sheet {sheet!r}): no header row found: no row near the top names a "
                "column such as {labels}; name the columns with --map COLUMN=field"
            )
        else:
            text = Errors.tr(
                "{source}: no header row found: no row near the top names a column such as "
                "{labels}; name the columns with --map COLUMN=field"
            )
        raise ValidationError(text.format(source=sheet.source, sheet=sheet.sheet, labels=labels))
    mapping = map_headers(sheet.rows[index][1], fields, overrides)
    if mapping.missing_required:
        name = mapping.missing_required[0]
        shown = shown_columns(sheet.rows[index][1])
        raise ValidationError(
            Errors.tr(
                "{source}: no column for {label} (the columns are: {shown}); use --map "
                "COLUMN={name}"
            ).format(source=sheet.source, label=fields.by_name[name].label, shown=shown, name=name)
        )
    return index, mapping


def _fold(text: str) -> str:
    return cv.words(text)


_PERSON_DEFAULTS: dict[str, Any] = {
    "local_name": "",
    "honorific": "",
    "title": "",
    "organisation": "",
    "country": "",
    "role": ParticipantRole.DELEGATE,
    "email": "",
    "phone": "",
    "languages": (),
    "dietary": "",
    "accessibility": "",
    "notes": "",
    "is_vip": False,
    "precedence": None,
    "illustrative": False,
}


class _GroupIndex:
    def __init__(self, groups: Sequence[Group]) -> None:
        self.groups = groups
        self.names: dict[str, int] = {}
        for g in groups:
            for text in (g.key, g.name, g.local_name):
                if text:
                    self.names.setdefault(_fold(text), g.id)
        self.members = {g.id: frozenset(g.member_ids) for g in groups}

    def resolve(self, text: str) -> list[int]:
        ids: list[int] = []
        for part in cv.split_list(text):
            gid = self.names.get(_fold(part))
            if gid is None:
                known = ", ".join(g.name for g in self.groups) or Errors.tr("none yet")
                raise ValueError(
                    Errors.tr("unknown group {part!r} (groups of this tour: {known})").format(
                        part=part, known=known
                    )
                )
            if gid not in ids:
                ids.append(gid)
        return ids


def plan_people(
    sheet: RawSheet,
    people: Sequence[Participant],
    groups: Sequence[Group],
    overrides: Mapping[str, str] | None = None,
) -> ImportPlan:
    """Plan importing ``sheet`` into a tour that has ``people`` and ``groups``.

    A row matches an existing person by email, else by name and organisation; matched
    people are updated with the row's non-empty cells (an empty cell never erases
    anything), others are created with a key made from the name. Every problem is a
    RowError; the plan itself never raises for a bad row, only for a file without a
    usable header (ValidationError).
    """
    overrides = dict(overrides or {})
    header_index, mapping = _locate(sheet, PEOPLE_FIELDS, overrides)
    by_email = {email_key(p.email): p for p in people if p.email}
    by_name_org: dict[tuple[str, str], Participant] = {}
    for p in people:
        by_name_org.setdefault((_fold(p.full_name), _fold(p.organisation)), p)
    group_index = _GroupIndex(groups)
    seen_email: dict[str, int] = {}
    seen_name_org: dict[tuple[str, str], int] = {}
    seen_target: dict[int, int] = {}
    seen_key: dict[str, int] = {}
    drafts: list[tuple[_Row, dict[str, Any], Participant | None, list[int], str | None]] = []

    for number, cells in sheet.rows[header_index + 1 :]:
        row = _Row(number, cells, mapping)
        values = _person_values(row)
        name = values.get("full_name")
        if not row.text("full_name"):
            row.fail("full_name", Errors.tr("required, but empty"))
        join = row.read("groups", group_index.resolve) or []
        target: Participant | None = None
        email = values.get("email")
        org = values.get("organisation") or ""
        name_org = (_fold(name), _fold(org)) if name else None
        if email and email_key(email) in by_email:
            target = by_email[email_key(email)]
        elif name_org:
            target = by_name_org.get(name_org)
        # The phone is read in the row's country, else the matched person's.
        country = values.get("country") or (target.country if target else "")
        # mypy: a lambda's default argument (binding this row's country) has no inferred type.
        phone = row.read("phone", lambda t, c=country: normalise_phone(t, c))  # type: ignore[misc]
        if phone is not None:
            values["phone"] = phone
        if email:
            first = seen_email.setdefault(email_key(email), number)
            if first != number:
                row.fail("email", Errors.tr("same email as row {first}").format(first=first))
        if name_org:
            first = seen_name_org.setdefault(name_org, number)
            if first != number:
                row.fail(
                    "full_name",
                    Errors.tr("same name and organisation as row {first}").format(first=first),
                )
        if target is not None:
            first = seen_target.setdefault(target.id, number)
            if first != number and not row.errors:
                row.fail(
                    "full_name",
                    Errors.tr("matches the same person ({name}) as row {first}").format(
                        name=target.full_name, first=first
                    ),
                )
        explicit_key = values.pop("key", None)
        if explicit_key and target is None:
            first = seen_key.setdefault(explicit_key, number)
            owner = next((p for p in people if p.key == explicit_key), None)
            if owner is not None:
                row.fail(
                    "key",
                    Errors.tr("key {key!r} is already used by {name}").format(
                        key=explicit_key, name=owner.full_name
                    ),
                )
            elif first != number:
                row.fail("key", Errors.tr("same key as row {first}").format(first=first))
        drafts.append((row, values, target, join, explicit_key))

    taken = {p.key for p in people} | set(seen_key)
    planned = [_plan_person(d, taken, group_index) for d in drafts]
    return ImportPlan(
        "people", sheet, overrides, sheet.rows[header_index][0], mapping, tuple(planned)
    )


def _person_values(row: _Row) -> dict[str, Any]:
    """The row's non-empty, well-formed values by field name."""
    values: dict[str, Any] = {}
    for name, limit in (
        ("full_name", 200),
        ("local_name", 200),
        ("honorific", 40),
        ("title", 300),
        ("organisation", 300),
        ("country", 100),
    ):
        text = row.words(name, limit)
        if text:
            values[name] = text
    for name in ("dietary", "accessibility", "notes"):
        text = row.words(name, 20000, single_line=False)
        if text:
            values[name] = text
    parsers: dict[str, Callable[[str], Any]] = {
        "key": cv.key,
        "role": cv.role,
        "email": check_email,
        "languages": language_tags,
        "is_vip": cv.flag,
        "precedence": lambda t: cv.whole_number(t, 1, 100000),
        "illustrative": cv.flag,
    }
    for name, parse in parsers.items():
        value = row.read(name, parse)
        if value is not None:
            values[name] = value
    return values


def _same(name: str, old: Any, new: Any, country: str = "") -> bool:
    """Whether a cell says what the record already says. An address in other capitals,
    or a number written with other spacing, is no change to make."""
    if name in ("email", "contact_email"):
        return bool(email_key(old) == email_key(new))
    if name in ("phone", "contact_phone") and old and old != new:
        stored = phone_e164(old, country)
        return stored is not None and stored == phone_e164(new, country)
    return bool(old == new)


def _plan_person(
    draft: tuple[_Row, dict[str, Any], Participant | None, list[int], str | None],
    taken: set[str],
    groups: _GroupIndex,
) -> PlannedRow:
    row, values, target, join, explicit_key = draft
    label = values.get("full_name") or "(no name)"
    if row.errors:
        return PlannedRow(row.number, Action.REJECT, label, row.cells, errors=tuple(row.errors))
    if target is None:
        base = (
            explicit_key
            or cv.slug(values["full_name"])
            or cv.slug(values.get("email", "").split("@")[0])
            or "person"
        )
        key = explicit_key if explicit_key else cv.unique_key(base, taken)
        full = {**_PERSON_DEFAULTS, **values, "key": key}
        return PlannedRow(
            row.number,
            Action.CREATE,
            label,
            row.cells,
            key=key,
            values=full,
            join_groups=tuple(join),
        )
    changed = {
        k: v for k, v in values.items() if not _same(k, getattr(target, k), v, target.country)
    }
    new_groups = tuple(g for g in join if target.id not in groups.members.get(g, frozenset()))
    action = Action.UPDATE if changed or new_groups else Action.UNCHANGED
    return PlannedRow(
        row.number,
        action,
        label,
        row.cells,
        target_id=target.id,
        target_version=target.version,
        key=target.key,
        values=changed,
        join_groups=new_groups,
    )


# Sites ----------------------------------------------------------------------------------


def plan_sites(
    sheet: RawSheet, sites: Sequence[Site], overrides: Mapping[str, str] | None = None
) -> ImportPlan:
    """Plan importing ``sheet`` into a tour that has ``sites``: a row matches a site by
    key, else by name; the rest is as ``plan_people`` says."""
    overrides = dict(overrides or {})
    header_index, mapping = _locate(sheet, SITES_FIELDS, overrides)
    by_key = {s.key: s for s in sites}
    by_name: dict[str, Site] = {}
    for s in sites:
        by_name.setdefault(_fold(s.name), s)
    seen_name: dict[str, int] = {}
    seen_target: dict[int, int] = {}
    seen_key: dict[str, int] = {}
    drafts: list[tuple[_Row, dict[str, Any], Site | None, str | None]] = []
    for number, cells in sheet.rows[header_index + 1 :]:
        row = _Row(number, cells, mapping)
        values = _site_values(row)
        name = values.get("name")
        if not row.text("name"):
            row.fail("name", Errors.tr("required, but empty"))
        explicit_key = values.pop("key", None)
        target = by_key.get(explicit_key) if explicit_key else None
        if target is None and name:
            target = by_name.get(_fold(name))
        if name:
            first = seen_name.setdefault(_fold(name), number)
            if first != number:
                row.fail("name", Errors.tr("same name as row {first}").format(first=first))
        if explicit_key:
            first = seen_key.setdefault(explicit_key, number)
            if first != number:
                row.fail("key", Errors.tr("same key as row {first}").format(first=first))
        if target is not None:
            first = seen_target.setdefault(target.id, number)
            if first != number and not row.errors:
                row.fail(
                    "name",
                    Errors.tr("matches the same site ({name}) as row {first}").format(
                        name=target.name, first=first
                    ),
                )
        drafts.append((row, values, target, explicit_key))
    taken = {s.key for s in sites} | set(seen_key)
    planned = [_plan_site(d, taken) for d in drafts]
    return ImportPlan(
        "sites", sheet, overrides, sheet.rows[header_index][0], mapping, tuple(planned)
    )


def _zone(text: str) -> str:
    if not is_zone_name(text):
        raise ValueError(
            Errors.tr("unknown time zone {text} (write e.g. Asia/Shanghai)").format(
                text=shown(text)
            )
        )
    return text


def _site_values(row: _Row) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, limit in (("name", 300), ("local_name", 300), ("contact_name", 200)):
        text = row.words(name, limit)
        if text:
            values[name] = text
    for name in ("address", "local_address", "meeting_point", "local_meeting_point", "description"):
        text = row.words(name, 20000, single_line=False)
        if text:
            values[name] = text
    parsers: dict[str, Callable[[str], Any]] = {
        "key": cv.key,
        "category": cv.category,
        "latitude": lambda t: cv.decimal(t, -90, 90),
        "longitude": lambda t: cv.decimal(t, -180, 180),
        "capacity": lambda t: cv.whole_number(t, 1, 1_000_000),
        "contact_phone": normalise_phone,
        "contact_email": check_email,
        "timezone": _zone,
        "key_facts": _facts,
        "illustrative": cv.flag,
    }
    for name, parse in parsers.items():
        value = row.read(name, parse)
        if value is not None:
            values[name] = value
    lat, lon = row.text("latitude"), row.text("longitude")
    if bool(lat) != bool(lon):
        row.fail(
            "longitude" if lat else "latitude", Errors.tr("latitude and longitude go together")
        )
    if "latitude" in values and "longitude" in values:
        values["coord_source"] = CoordinateSource.MANUAL
        values["coord_approximate"] = False
    return values


def _facts(text: str) -> tuple[str, ...]:
    facts = tuple(p.strip() for p in text.replace("；", "\n").replace(";", "\n").splitlines())
    return tuple(f for f in facts if f)


_SITE_DEFAULTS: dict[str, Any] = {
    "local_name": "",
    "category": SiteCategory.OTHER,
    "address": "",
    "local_address": "",
    "meeting_point": "",
    "local_meeting_point": "",
    "latitude": None,
    "longitude": None,
    "coord_source": None,
    "coord_approximate": False,
    "capacity": None,
    "contact_name": "",
    "contact_phone": "",
    "contact_email": "",
    "timezone": None,
    "description": "",
    "key_facts": (),
    "illustrative": False,
}


def _plan_site(
    draft: tuple[_Row, dict[str, Any], Site | None, str | None], taken: set[str]
) -> PlannedRow:
    row, values, target, explicit_key = draft
    label = values.get("name") or "(no name)"
    if row.errors:
        return PlannedRow(row.number, Action.REJECT, label, row.cells, errors=tuple(row.errors))
    if target is None:
        key = explicit_key or cv.unique_key(cv.slug(values["name"]) or "site", taken)
        return PlannedRow(
            row.number,
            Action.CREATE,
            label,
            row.cells,
            key=key,
            values={**_SITE_DEFAULTS, **values, "key": key},
        )
    changed = {k: v for k, v in values.items() if not _same(k, getattr(target, k), v)}
    return PlannedRow(
        row.number,
        Action.UPDATE if changed else Action.UNCHANGED,
        label,
        row.cells,
        target_id=target.id,
        target_version=target.version,
        key=target.key,
        values=changed,
    )


def rejected_rows(plan: ImportPlan) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
    """The header and rows of the file of rejected rows: row number, reason, then the
    row's cells as they were read."""
    header = ("Row", "Reason", *plan.headers)
    width = len(plan.headers)
    rows = [
        (
            str(r.row),
            "; ".join(f"{e.column}: {e.reason}" if e.column else e.reason for e in r.errors),
            *(tuple(r.cells[:width]) + ("",) * (width - len(r.cells))),
        )
        for r in plan.rejected
    ]
    return header, rows


def count_by_action(rows: Iterable[PlannedRow]) -> dict[Action, int]:
    out = dict.fromkeys(Action, 0)
    for r in rows:
        out[r.action] += 1
    return out
