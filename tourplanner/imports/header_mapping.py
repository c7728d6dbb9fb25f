"""Which spreadsheet column holds which field: header vocabularies in English and Chinese,
header normalisation, finding the header row under title rows, and ``--map`` overrides.

Pure logic on lists of strings; reading the files is the services' job.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from tourplanner.core.errors import ValidationError
from tourplanner.core.i18n import Context

Errors = Context("Errors")  # the catalogue context of messages people read

# Words that mean "leave this column out" in --map COLUMN=ignore.
IGNORE_WORDS = frozenset({"ignore", "skip", "none", "-"})
# How far down a sheet the header row may sit (title rows, notes, logos above it).
HEADER_SEARCH_ROWS = 30


@dataclass(frozen=True)
class Field:
    """A field an import can fill: its name in the model, the header exports use, and the
    headers (in any language) that mean it."""

    name: str
    label: str
    aliases: tuple[str, ...]
    required: bool = False


@dataclass(frozen=True)
class FieldSet:
    """The fields of one kind of import (people, sites)."""

    kind: str
    fields: tuple[Field, ...]

    @cached_property
    def by_name(self) -> dict[str, Field]:
        return {f.name: f for f in self.fields}

    @cached_property
    def lookup(self) -> dict[str, str]:
        """Normalised header -> field name, from every alias, label and field name."""
        out: dict[str, str] = {}
        for f in self.fields:
            for alias in (f.name, f.label, *f.aliases):
                out.setdefault(normalise_header(alias), f.name)
        return out

    def resolve_field(self, text: str) -> str | None:
        """The field a header (or a --map target such as ``email`` or ``邮箱``) names."""
        for candidate in header_candidates(text):
            found = self.lookup.get(candidate)
            if found is not None:
                return found
        return None


def normalise_header(text: str) -> str:
    """Case, width, spaces and punctuation do not matter: 'E-mail ' == 'email' == 'ＥＭＡＩＬ'."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


_BRACKETED = re.compile(r"[(\[（【<《].*?[)\]）】>》]")
# Bilingual headers such as "姓名 Name", "Name/姓名" or "邮箱\nEmail".
_SPLIT = re.compile(
    r"[/|\\\n,;，；、]|(?<=[\u3400-\u9fff])\s*(?=[A-Za-z])|(?<=[A-Za-z])\s*(?=[\u3400-\u9fff])"
)


def header_candidates(text: str) -> list[str]:
    """Normalised forms to try for one header: as written, without bracketed remarks
    ("Phone (mobile)"), then each part of a bilingual header."""
    out: list[str] = []
    for variant in (text, _BRACKETED.sub(" ", text)):
        for piece in (variant, *_SPLIT.split(variant)):
            norm = normalise_header(piece)
            if norm and norm not in out:
                out.append(norm)
    return out


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA, as spreadsheets name columns."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass(frozen=True)
class Column:
    """One column of the file and what the import does with it."""

    index: int
    header: str
    field: str | None  # None: the column is not imported
    how: str  # "auto" (recognised header), "map" (--map), "ignored" (--map ... =ignore),
    #           "unknown" (not recognised), "duplicate" (another column already gives it)

    @property
    def letter(self) -> str:
        return column_letter(self.index)

    @property
    def name(self) -> str:
        """How messages name the column: its header, else its letter."""
        return self.header or Errors.tr("column {letter}").format(letter=self.letter)


@dataclass(frozen=True)
class HeaderMapping:
    """The columns of a file with the field each one fills."""

    columns: tuple[Column, ...]
    fields: FieldSet = field(repr=False)

    @cached_property
    def by_field(self) -> dict[str, Column]:
        return {c.field: c for c in self.columns if c.field is not None}

    @property
    def missing_required(self) -> tuple[str, ...]:
        return tuple(
            f.name for f in self.fields.fields if f.required and f.name not in self.by_field
        )

    @property
    def unused(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.field is None)


def _override_column(headers: Sequence[str], spec: str, target: str) -> int:
    """The column a --map names: its header as written, its header normalised, or its
    letter (``C``)."""
    exact = [i for i, h in enumerate(headers) if h.strip() == spec.strip()]
    if exact:
        return exact[0]
    wanted = normalise_header(spec)
    loose = [i for i, h in enumerate(headers) if wanted and normalise_header(h) == wanted]
    if loose:
        return loose[0]
    if re.fullmatch(r"[A-Za-z]{1,3}", spec.strip()):
        letters = spec.strip().upper()
        for i in range(len(headers)):
            if column_letter(i) == letters:
                return i
    raise ValidationError(
        Errors.tr("--map {spec}={target}: no such column (the columns are: {columns})").format(
            spec=spec, target=target, columns=shown_columns(headers)
        )
    )


def shown_columns(headers: Sequence[str], most: int = 12, width: int = 40) -> str:
    """The named columns for a message: each cut to ``width`` characters, at most
    ``most`` of them (a file's header can be anything, and a message stays one line)."""
    named = [h for h in headers if h.strip()]
    shown = ", ".join(repr(h if len(h) <= width else h[: width - 1] + "…") for h in named[:most])
    if len(named) > most:
        shown += f", … ({len(named) - most} more)"
    return shown or "none"


def parse_overrides(items: Sequence[str]) -> dict[str, str]:
    """``["邮件=email", "C=ignore"]`` -> ``{"邮件": "email", "C": "ignore"}``."""
    out: dict[str, str] = {}
    for item in items:
        column, sep, target = item.rpartition("=")
        if not sep or not column.strip() or not target.strip():
            raise ValidationError(
                Errors.tr("--map {item}: expected COLUMN=field, e.g. 'Mobile=phone'").format(
                    item=item
                )
            )
        out[column.strip()] = target.strip()
    return out


def map_headers(
    headers: Sequence[str], fields: FieldSet, overrides: Mapping[str, str] | None = None
) -> HeaderMapping:
    """Decide which column fills which field. ``overrides`` (COLUMN -> field or "ignore")
    win over recognition; of two columns meaning the same field the first one counts."""
    forced: dict[int, str | None] = {}
    for spec, target in (overrides or {}).items():
        index = _override_column(headers, spec, target)
        if target.casefold() in IGNORE_WORDS:
            forced[index] = None
            continue
        name = fields.resolve_field(target)
        if name is None:
            known = ", ".join(f.name for f in fields.fields)
            raise ValidationError(
                Errors.tr("--map {spec}={target}: unknown field (fields: {known})").format(
                    spec=spec, target=target, known=known
                )
            )
        forced[index] = name
    taken = {name for name in forced.values() if name is not None}
    columns: list[Column] = []
    for i, header in enumerate(headers):
        if i in forced:
            name = forced[i]
            columns.append(Column(i, header, name, "map" if name else "ignored"))
            continue
        name = fields.resolve_field(header) if header.strip() else None
        if name is None:
            columns.append(Column(i, header, None, "unknown"))
        elif name in taken:
            columns.append(Column(i, header, None, "duplicate"))
        else:
            taken.add(name)
            columns.append(Column(i, header, name, "auto"))
    return HeaderMapping(tuple(columns), fields)


def find_header_row(
    rows: Sequence[Sequence[str]], fields: FieldSet, overrides: Mapping[str, str] | None = None
) -> int | None:
    """The index of the header row among the first rows: the first row that names the
    most fields (a merged title row above it names none). None when no row names a
    required field or at least two fields."""
    forced = {normalise_header(k) for k in (overrides or {})}
    best, best_score = None, 0
    for index, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        found: set[str] = set()
        for cell in cells:
            if not cell.strip():
                continue
            name = fields.resolve_field(cell)
            if name is not None:
                found.add(name)
            elif normalise_header(cell) in forced:
                found.add(f"map:{cell}")
        required = any(fields.by_name[n].required for n in found if n in fields.by_name)
        score = len(found) + (1 if required else 0)
        if score > best_score and (required or len(found) >= 2):
            best, best_score = index, score
    return best
