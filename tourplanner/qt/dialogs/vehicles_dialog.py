"""Tour ▸ Vehicles: the tour's coaches, vans and cars.

``VehiclesDialog`` lists them (plate, seats, driver and the driver's phone); Add, Change
and Delete each open or ask, and each is its own undoable step, saved at once.
``VehicleDialog`` is the form of one vehicle.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tourplanner.core.model import Participant, TourSnapshot, Vehicle
from tourplanner.core.text_checks import check_line
from tourplanner.qt.dialogs.form import (
    FormDialog,
    check_key,
    check_required,
    check_value,
    find_data,
    follow_with_key,
    line_edit,
    secondary_button,
)


class VehicleDialog(FormDialog):
    """Add or change one vehicle."""

    def __init__(
        self,
        vehicle: Vehicle | None,
        people: list[Participant],
        taken_keys: set[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.set_title(self.tr("New vehicle") if vehicle is None else self.tr("Edit vehicle"))
        self.setObjectName("vehicleDialog")
        self.vehicle = vehicle
        v = vehicle
        self.name = line_edit(v.name if v else "", self.tr("Coach 1"))
        self.key = line_edit(v.key if v else "")
        self.plate = line_edit(v.plate if v else "")
        self.seats = QSpinBox()
        self.seats.setRange(1, 1000)  # as the vehicle service allows
        self.seats.setValue(v.seats if v else 45)
        self.driver = QComboBox()
        self.driver.addItem(self.tr("(none)"), None)
        for person in sorted(people, key=lambda p: p.full_name.casefold()):
            text = f"{person.full_name}  {person.phone}".strip()
            self.driver.addItem(text, person.id)
        if v is not None and v.driver_id is not None:
            self.driver.setCurrentIndex(max(find_data(self.driver, v.driver_id), 0))
        self.notes = line_edit(v.notes if v else "")
        if vehicle is None:
            follow_with_key(self.name, self.key)
        taken = taken_keys - ({vehicle.key} if vehicle else set())
        self.add_field(
            self.tr("&Name:"),
            self.name,
            name="vehicleName",
            check=check_required(self.name, self.tr("A name is required")),
        )
        self.add_field(
            self.tr("&Key:"), self.key, name="vehicleKey", check=check_key(self.key, taken)
        )
        self.add_field(
            self.tr("&Plate:"),
            self.plate,
            name="vehiclePlate",
            check=self._check_plate,
        )
        self.add_field(
            self.tr("&Seats:"),
            self.seats,
            name="vehicleSeats",
            hint=self.tr("Passenger seats; the driver's seat is not counted"),
        )
        self.add_field(self.tr("&Driver:"), self.driver, name="vehicleDriver")
        self.add_field(
            self.tr("N&otes:"),
            self.notes,
            name="vehicleNotes",
            check=check_value(self.notes, check_line),
        )
        self.finish()
        self.resize(440, self.sizeHint().height())

    def _check_plate(self) -> str | None:
        problem = check_value(self.plate, check_line)()
        if problem is None and len(self.plate.text().strip()) > 40:
            return self.tr("At most 40 characters")
        return problem

    def values(self) -> dict[str, Any]:
        """The form as ``create_vehicle`` / ``update_vehicle`` arguments."""
        return {
            "name": self.name.text().strip(),
            "key": self.key.text().strip(),
            "plate": self.plate.text().strip(),
            "seats": self.seats.value(),
            "driver_id": self.driver.currentData(),
            "notes": self.notes.text().strip(),
        }

    def before(self) -> dict[str, Any]:
        assert self.vehicle is not None
        return {k: getattr(self.vehicle, k) for k in self.values()}


class VehiclesDialog(QDialog):
    """The tour's vehicles. ``add``, ``change`` and ``delete`` are the editor's (they open
    the vehicle form or ask, and push one command each); ``refresh`` shows the tour again."""

    def __init__(
        self,
        snapshot: Callable[[], TourSnapshot],
        add: Callable[[], object],
        change: Callable[[Vehicle], object],
        delete: Callable[[Vehicle], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vehicles"))
        self.setAccessibleName(self.tr("Vehicles"))
        self.setObjectName("vehiclesDialog")
        self.snapshot = snapshot
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("vehiclesTable")
        self.table.setAccessibleName(self.tr("Vehicles of the tour"))
        headers = [self.tr("Name"), self.tr("Plate"), self.tr("Seats"), self.tr("Driver")]
        self.table.setHorizontalHeaderLabels([*headers, self.tr("Phone")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = secondary_button(self.tr("&Add…"), "vehicleAdd")
        self.edit_button = secondary_button(self.tr("&Change…"), "vehicleEdit")
        self.delete_button = secondary_button(self.tr("&Delete"), "vehicleDelete")
        self.add_button.clicked.connect(lambda: add())
        self.edit_button.clicked.connect(lambda: self._with_selected(change))
        self.delete_button.clicked.connect(lambda: self._with_selected(delete))
        self.table.doubleClicked.connect(lambda _index: self._with_selected(change))
        self.table.itemSelectionChanged.connect(self._enable)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(close)
        self.vehicles: list[Vehicle] = []
        self.refresh()
        self.resize(640, 360)

    def refresh(self) -> None:
        """Show the vehicles of the current snapshot."""
        snap = self.snapshot()
        people = snap.participants_by_id
        self.vehicles = sorted(snap.vehicles, key=lambda v: v.name.casefold())
        self.table.setRowCount(len(self.vehicles))
        for row, v in enumerate(self.vehicles):
            driver = people.get(v.driver_id) if v.driver_id is not None else None
            cells = [
                v.name,
                v.plate,
                str(v.seats),
                driver.full_name if driver else "",
                driver.phone if driver else "",
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._enable()

    def select(self, name: str) -> None:
        """Select the vehicle called ``name`` (tests, and after an add)."""
        for row, v in enumerate(self.vehicles):
            if v.name == name:
                self.table.selectRow(row)

    def _selected(self) -> Vehicle | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.vehicles[rows.pop()] if len(rows) == 1 else None

    def _with_selected(self, action: Callable[[Vehicle], object]) -> None:
        vehicle = self._selected()
        if vehicle is not None:
            action(vehicle)

    def _enable(self) -> None:
        chosen = self._selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
