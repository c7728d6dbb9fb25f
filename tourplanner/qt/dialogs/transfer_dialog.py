"""Who rides which vehicle, in which seat, on one transfer.

One row per person the transfer brings (and anyone already seated on it): a vehicle, or
none, and a seat label checked by ``check_seat_label``, the check tour files use. Two
riders of one vehicle may not share a seat. Saved as a whole on OK: one undo step.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from tourplanner.core.model import ScheduleItem, TourSnapshot
from tourplanner.core.text_checks import check_seat_label
from tourplanner.qt.dialogs.form import FormDialog, find_data

#: participant id -> (vehicle id, seat label)
Seating = dict[int, tuple[int, str]]


def seating_of(snapshot: TourSnapshot, item_id: int) -> Seating:
    """The transfer's seating as stored."""
    return {
        a.participant_id: (a.vehicle_id, a.seat)
        for a in snapshot.vehicle_assignments
        if a.item_id == item_id
    }


class TransferDialog(FormDialog):
    """The vehicles and seats of one transfer item."""

    def __init__(
        self, item: ScheduleItem, snapshot: TourSnapshot, parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent)
        self.set_title(self.tr("Vehicles and seats: %1").replace("%1", item.title))
        self.setObjectName("transferDialog")
        self.item = item
        self.snapshot = snapshot
        self.before_seating = seating_of(snapshot, item.id)
        people = set().union(*(snapshot.ids_of(a) for a in item.attendance))
        people |= set(self.before_seating)
        if not people:
            people = {p.id for p in snapshot.participants}
        drivers = {v.driver_id for v in snapshot.vehicles if v.driver_id is not None}
        self.people = sorted(
            (snapshot.participants_by_id[p] for p in people - drivers),
            key=lambda p: p.full_name.casefold(),
        )
        self.vehicles = sorted(snapshot.vehicles, key=lambda v: v.name.casefold())

        self.table = QTableWidget(len(self.people), 3)
        headers = [self.tr("Person"), self.tr("Vehicle"), self.tr("Seat")]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(2, 70)
        self.table.setMinimumHeight(220)
        self.vehicle_boxes: list[QComboBox] = []
        self.seat_edits: list[QLineEdit] = []
        for row, person in enumerate(self.people):
            name = QTableWidgetItem(person.full_name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, name)
            box = QComboBox()
            box.setObjectName(f"transferVehicle{row}")
            box.setAccessibleName(self.tr("Vehicle of %1").replace("%1", person.full_name))
            box.addItem(self.tr("(none)"), None)
            for vehicle in self.vehicles:
                box.addItem(vehicle.name, vehicle.id)
            seat = QLineEdit()
            seat.setObjectName(f"transferSeat{row}")
            seat.setAccessibleName(self.tr("Seat of %1").replace("%1", person.full_name))
            if person.id in self.before_seating:
                vehicle_id, label = self.before_seating[person.id]
                box.setCurrentIndex(max(find_data(box, vehicle_id), 0))
                seat.setText(label)
            box.currentIndexChanged.connect(self.validate)
            seat.textChanged.connect(self.validate)
            self.table.setCellWidget(row, 1, box)
            self.table.setCellWidget(row, 2, seat)
            self.vehicle_boxes.append(box)
            self.seat_edits.append(seat)

        self.loads = QLabel()
        self.loads.setObjectName("transferLoads")
        self.loads.setWordWrap(True)
        message = self.add_field(
            self.tr("&Riders:"),
            self.table,
            name="transferRiders",
            hint=self.tr("A vehicle's driver drives it and is not listed as a rider"),
        )
        self.add_check(self._check_seats, message)
        self.add_field(self.tr("Vehicles:"), self.loads, name="transferVehicles")
        if not self.vehicles:
            self.loads.setText(self.tr("The tour has no vehicles yet (Tour ▸ Vehicles…)."))
        self.finish()
        self.resize(560, 560)

    def _check_seats(self) -> str | None:
        taken: Counter[tuple[int, str]] = Counter()
        for person, box, edit in zip(self.people, self.vehicle_boxes, self.seat_edits, strict=True):
            text = edit.text()
            try:
                label = check_seat_label(text) if text.strip() else ""
            except ValueError as e:
                return f"{person.full_name}: {e}"
            if label and box.currentData() is None:
                return self.tr("%1 has a seat but no vehicle").replace("%1", person.full_name)
            if label:
                taken[(box.currentData(), label)] += 1
        for (vehicle_id, label), count in taken.items():
            if count > 1:
                name = next(v.name for v in self.vehicles if v.id == vehicle_id)
                return (
                    self.tr("Seat %1 of %2 is given twice").replace("%1", label).replace("%2", name)
                )
        return None

    def validate(self, *args: object) -> bool:
        ok = super().validate(*args)
        if self.vehicles and hasattr(self, "seat_edits"):
            self._show_loads()
        return ok

    def _show_loads(self) -> None:
        riding = Counter(box.currentData() for box in self.vehicle_boxes)
        people = self.snapshot.participants_by_id
        lines = []
        for v in self.vehicles:
            line = self.tr("%1: %2 of %3 seats").replace("%1", v.name)
            line = line.replace("%2", str(riding[v.id])).replace("%3", str(v.seats))
            if v.driver_id is not None and v.driver_id in people:
                line += self.tr(", driver %1").replace("%1", people[v.driver_id].full_name)
            lines.append(line)
        self.loads.setText("\n".join(lines))

    def values(self) -> Seating:
        """The seating as edited (only people given a vehicle)."""
        out: Seating = {}
        for person, box, edit in zip(self.people, self.vehicle_boxes, self.seat_edits, strict=True):
            if box.currentData() is not None:
                out[person.id] = (int(box.currentData()), check_seat_label(edit.text()))
        return out
