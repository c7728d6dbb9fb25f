"""What the import wizard shows: the columns of a sheet with the field each one fills
(guessed, remembered or chosen), and the preview of every row as a table.

``ColumnChoices`` turns the user's choices into the ``overrides`` the import services take
(COLUMN -> field or "ignore"). ``PreviewModel`` shows an ImportPlan: one row per data
row with what importing it does, its cells (the bad ones red, the ones an update changes
blue) and why a row is refused.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from tourplanner.imports.header_mapping import (
    FieldSet,
    column_letter,
    find_header_row,
    map_headers,
    normalise_header,
)
from tourplanner.imports.row_import import Action, ImportPlan, PlannedRow, RawSheet
from tourplanner.imports.sheet_fields import PEOPLE_FIELDS, SITES_FIELDS

AnyIndex = QModelIndex | QPersistentModelIndex

#: (background, text) per outcome of a row.
ACTION_COLOURS: dict[Action, tuple[str, str]] = {
    Action.CREATE: ("#dcfce7", "#166534"),
    Action.UPDATE: ("#dbeafe", "#1e40af"),
    Action.UNCHANGED: ("#f3f4f6", "#4b5563"),
    Action.REJECT: ("#fee2e2", "#991b1b"),
}
#: A cell an update changes, and a cell with an error.
CHANGED_CELL = "#dbeafe"
ERROR_CELL = "#fecaca"
ERROR_TEXT = "#991b1b"


def fields_for(kind: str) -> FieldSet:
    return PEOPLE_FIELDS if kind == "people" else SITES_FIELDS


def field_title(kind: str, name: str) -> str:
    """The field's name as the wizard shows it (translated)."""
    common = {
        "key": QCoreApplication.translate("ImportFields", "Key"),
        "local_name": QCoreApplication.translate("ImportFields", "Local name"),
        "illustrative": QCoreApplication.translate("ImportFields", "Illustrative (example data)"),
    }
    if kind == "people":
        titles = {
            "full_name": QCoreApplication.translate("ImportFields", "Name", "a person's"),
            "honorific": QCoreApplication.translate("ImportFields", "Honorific"),
            "title": QCoreApplication.translate("ImportFields", "Job title"),
            "organisation": QCoreApplication.translate("ImportFields", "Organisation"),
            "country": QCoreApplication.translate("ImportFields", "Country"),
            "role": QCoreApplication.translate("ImportFields", "Role"),
            "email": QCoreApplication.translate("ImportFields", "Email"),
            "phone": QCoreApplication.translate("ImportFields", "Phone"),
            "languages": QCoreApplication.translate("ImportFields", "Languages"),
            "dietary": QCoreApplication.translate("ImportFields", "Dietary needs"),
            "accessibility": QCoreApplication.translate("ImportFields", "Accessibility needs"),
            "notes": QCoreApplication.translate("ImportFields", "Notes"),
            "is_vip": QCoreApplication.translate("ImportFields", "VIP"),
            "precedence": QCoreApplication.translate("ImportFields", "Precedence"),
            "groups": QCoreApplication.translate("ImportFields", "Groups"),
        }
    else:
        titles = {
            "name": QCoreApplication.translate("ImportFields", "Name", "a place's"),
            "category": QCoreApplication.translate("ImportFields", "Category"),
            "address": QCoreApplication.translate("ImportFields", "Address"),
            "latitude": QCoreApplication.translate("ImportFields", "Latitude"),
            "longitude": QCoreApplication.translate("ImportFields", "Longitude"),
            "capacity": QCoreApplication.translate("ImportFields", "Capacity"),
            "contact_name": QCoreApplication.translate("ImportFields", "Contact"),
            "contact_phone": QCoreApplication.translate("ImportFields", "Contact phone"),
            "contact_email": QCoreApplication.translate("ImportFields", "Contact email"),
            "timezone": QCoreApplication.translate("ImportFields", "Time zone"),
            "description": QCoreApplication.translate("ImportFields", "Description"),
            "key_facts": QCoreApplication.translate("ImportFields", "Key facts"),
        }
    return {**common, **titles}.get(name, name)


def header_set_key(kind: str, headers: Sequence[str]) -> str:
    """Files with the same headers (ignoring case, spaces and punctuation) share a key."""
    return kind + ":" + "|".join(normalise_header(h) for h in headers)


def _guess_header(rows: Sequence[Sequence[str]]) -> int:
    """No row names a known column: take the first of the widest rows near the top (a
    title row above the header fills fewer cells)."""
    top = rows[:30]
    widths = [sum(1 for c in cells if c.strip()) for cells in top]
    return widths.index(max(widths)) if widths else 0


class ColumnChoices:
    """The columns of one sheet and the field each fills (None: not imported)."""

    def __init__(self, kind: str, sheet: RawSheet) -> None:
        self.kind = kind
        self.fields = fields_for(kind)
        self.sheet = sheet
        rows = [cells for _, cells in sheet.rows]
        found = find_header_row(rows, self.fields)
        #: Whether the import recognised the header row itself (else it is a guess).
        self.recognised = found is not None
        self.header_index = found if found is not None else _guess_header(rows)
        self.header_row = sheet.rows[self.header_index][0] if sheet.rows else 1
        self.headers: tuple[str, ...] = tuple(rows[self.header_index]) if rows else ()
        self.auto: tuple[str | None, ...] = tuple(
            c.field for c in map_headers(self.headers, self.fields).columns
        )
        self.chosen: list[str | None] = list(self.auto)
        #: Whether remembered choices were applied.
        self.remembered = False

    # -- reading ---------------------------------------------------------------------------

    @property
    def count(self) -> int:
        return len(self.headers)

    @property
    def data_rows(self) -> int:
        return max(0, len(self.sheet.rows) - self.header_index - 1)

    def field_of(self, column: int) -> str | None:
        return self.chosen[column]

    def is_auto(self) -> bool:
        return self.recognised and tuple(self.chosen) == self.auto

    def missing_required(self) -> list[str]:
        return [f.name for f in self.fields.fields if f.required and f.name not in set(self.chosen)]

    def imported(self) -> int:
        return sum(1 for f in self.chosen if f is not None)

    def examples(self, column: int, most: int = 3) -> list[str]:
        """The first few non-empty values of a column, one line each."""
        out: list[str] = []
        for _, cells in self.sheet.rows[self.header_index + 1 :]:
            if column < len(cells) and cells[column].strip():
                out.append(" ".join(cells[column].split()))
                if len(out) == most:
                    break
        return out

    def spec(self, column: int) -> str:
        """How an override names the column: its header if that names it alone, else its
        letter."""
        header = self.headers[column].strip()
        if header and sum(1 for h in self.headers if h.strip() == header) == 1:
            return header
        return column_letter(column)

    def overrides(self) -> dict[str, str]:
        """The ``overrides`` for the import services: none while every column is as the
        import guesses; else every column, so the header row is found by its cells."""
        if self.is_auto():
            return {}
        return {self.spec(i): f or "ignore" for i, f in enumerate(self.chosen)}

    # -- changing --------------------------------------------------------------------------

    def choose(self, column: int, field: str | None) -> list[int]:
        """Let ``column`` fill ``field``; a column that filled it before is no longer
        imported. Returns the columns that changed."""
        changed = [column]
        if field is not None:
            for other, current in enumerate(self.chosen):
                if other != column and current == field:
                    self.chosen[other] = None
                    changed.append(other)
        self.chosen[column] = field
        return changed

    def reset(self) -> None:
        self.chosen = list(self.auto)
        self.remembered = False

    def apply_remembered(self, stored: Mapping[str, str]) -> bool:
        """Use choices saved for a file with these headers; False if they do not fit."""
        specs = {self.spec(i): i for i in range(self.count)}
        if set(stored) != set(specs):
            return False
        chosen: list[str | None] = [None] * self.count
        for spec, target in stored.items():
            if target == "ignore":
                continue
            if target not in self.fields.by_name:
                return False
            chosen[specs[spec]] = target
        self.chosen = chosen
        self.remembered = True
        return True


def load_remembered(text: str) -> dict[str, dict[str, str]]:
    """The saved mappings (an empty dict for a missing or damaged setting)."""
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {
        str(k): {str(a): str(b) for a, b in v.items()}
        for k, v in value.items()
        if isinstance(v, dict)
    }


def remember(text: str, key: str, overrides: Mapping[str, str], keep: int = 40) -> str:
    """The saved mappings with ``key`` set to ``overrides`` (removed when empty: the
    guess is right), the newest last, at most ``keep`` of them."""
    saved = load_remembered(text)
    saved.pop(key, None)
    if overrides:
        saved[key] = dict(overrides)
    items = list(saved.items())[-keep:]
    return json.dumps(dict(items), ensure_ascii=False) if items else ""


# -- the preview table ------------------------------------------------------------------------


def action_title(action: Action) -> str:
    return {
        Action.CREATE: QCoreApplication.translate("ImportPreview", "New"),
        Action.UPDATE: QCoreApplication.translate("ImportPreview", "Update"),
        Action.UNCHANGED: QCoreApplication.translate("ImportPreview", "Unchanged"),
        Action.REJECT: QCoreApplication.translate("ImportPreview", "Error"),
    }[action]


class PreviewModel(QAbstractTableModel):
    """One row per data row of the plan: row number, result, details, then the cells of
    the imported columns."""

    ROW, RESULT, DETAILS = 0, 1, 2
    FIRST_CELL = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan: ImportPlan | None = None
        self.kind = "people"
        self.rows: tuple[PlannedRow, ...] = ()
        self.columns: list[tuple[int, str, str]] = []  # (index in the file, header, field)
        self._bad: list[dict[int, str]] = []  # per row: file column -> reasons
        self._changed: list[dict[int, str]] = []  # per row: file column -> old value
        #: The stored value of a field of a matched record (for "was: ..." tooltips).
        self.old_value: Any = lambda _row, _field: None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self.plan = plan
        self.rows = plan.rows if plan is not None else ()
        self.kind = plan.kind if plan is not None else self.kind
        self.columns = []
        self._bad, self._changed = [], []
        if plan is not None:
            by_name = {c.name: c.index for c in plan.mapping.columns}
            self.columns = [
                (c.index, c.header or column_letter(c.index), c.field)
                for c in plan.mapping.columns
                if c.field is not None
            ]
            by_field = {field: index for index, _h, field in self.columns}
            for row in self.rows:
                bad: dict[int, str] = {}
                for error in row.errors:
                    index = by_name.get(error.column, -1)
                    bad[index] = (bad[index] + "\n" if index in bad else "") + error.reason
                self._bad.append(bad)
                changed: dict[int, str] = {}
                if row.action is Action.UPDATE:
                    for name in row.changes:
                        index = by_field.get(name, -1)
                        if index >= 0:
                            changed[index] = name
                self._changed.append(changed)
        self.endResetModel()

    # -- Qt --------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.FIRST_CELL + len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.ROW:
                return QCoreApplication.translate("ImportPreview", "Row")
            if section == self.RESULT:
                return QCoreApplication.translate("ImportPreview", "Result")
            if section == self.DETAILS:
                return QCoreApplication.translate("ImportPreview", "Details")
            return self.columns[section - self.FIRST_CELL][1]
        if role == Qt.ItemDataRole.ToolTipRole and section >= self.FIRST_CELL:
            _index, header, field = self.columns[section - self.FIRST_CELL]
            return (
                QCoreApplication.translate("ImportPreview", "%1, imported as %2")
                .replace("%1", header)
                .replace("%2", field_title(self.kind, field))
            )
        return None

    def row_at(self, row: int) -> PlannedRow:
        return self.rows[row]

    def details(self, row: int) -> str:
        planned = self.rows[row]
        if planned.action is Action.REJECT:
            return "; ".join(
                f"{e.column}: {e.reason}" if e.column else e.reason for e in planned.errors
            )
        if planned.action is Action.UPDATE:
            names = ", ".join(field_title(self.kind, n) for n in planned.changes)
            return QCoreApplication.translate("ImportPreview", "Changes %1").replace("%1", names)
        if planned.action is Action.CREATE:
            return QCoreApplication.translate("ImportPreview", "New, key %1").replace(
                "%1", planned.key or ""
            )
        return QCoreApplication.translate("ImportPreview", "Already in the tour as in the file")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        planned = self.rows[row]
        if column == self.ROW:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(planned.row)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#6b7280"))
            return None
        if column == self.RESULT:
            fill, text = ACTION_COLOURS[planned.action]
            if role == Qt.ItemDataRole.DisplayRole:
                return action_title(planned.action)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(fill))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(text))
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return None
        if column == self.DETAILS:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self.details(row)
            if role == Qt.ItemDataRole.ForegroundRole:
                colour = ERROR_TEXT if planned.action is Action.REJECT else "#4b5563"
                return QBrush(QColor(colour))
            return None
        file_index, _header, field = self.columns[column - self.FIRST_CELL]
        bad = self._bad[row].get(file_index)
        changed = self._changed[row].get(file_index)
        if role == Qt.ItemDataRole.DisplayRole:
            cells = planned.cells
            return " ".join(cells[file_index].split()) if file_index < len(cells) else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            if bad is not None:
                return QBrush(QColor(ERROR_CELL))
            if changed is not None:
                return QBrush(QColor(CHANGED_CELL))
            return None
        if role == Qt.ItemDataRole.ForegroundRole and bad is not None:
            return QBrush(QColor(ERROR_TEXT))
        if role == Qt.ItemDataRole.ToolTipRole:
            if bad is not None:
                return bad
            stored = self._stored_text(planned, field, file_index)
            if changed is not None:
                old = self.old_value(planned, changed)
                if old in (None, "", ()):
                    return QCoreApplication.translate("ImportPreview", "Now empty")
                if isinstance(old, tuple | list):
                    old = ", ".join(str(v) for v in old)
                now = QCoreApplication.translate("ImportPreview", "Now: %1").replace(
                    "%1", str(getattr(old, "value", old))
                )
                return now if stored is None else f"{now}\n{stored}"
            return stored
        return None

    def _stored_text(self, planned: PlannedRow, field: str, file_index: int) -> str | None:
        """'Stored as …' when the import writes the cell differently from how it reads
        (a phone number in international form, a role from a Chinese word)."""
        if field not in planned.values:
            return None
        value = planned.values[field]
        if isinstance(value, tuple | list):
            text = ", ".join(str(getattr(v, "value", v)) for v in value)
        elif isinstance(value, bool):
            return None
        else:
            text = str(getattr(value, "value", value))
        cells = planned.cells
        typed = " ".join(cells[file_index].split()) if file_index < len(cells) else ""
        if not text or text == typed:
            return None
        return QCoreApplication.translate("ImportPreview", "Stored as: %1").replace("%1", text)

    def error_cells(self, row: int) -> dict[int, str]:
        """The file columns of a row that have errors, with the reasons."""
        return dict(self._bad[row])


class PreviewFilter(QSortFilterProxyModel):
    """All rows, or only those with errors."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.errors_only = False

    def set_errors_only(self, on: bool) -> None:
        self.errors_only = on
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self.errors_only:
            return True
        model = self.sourceModel()
        assert isinstance(model, PreviewModel)
        return model.row_at(source_row).action is Action.REJECT
