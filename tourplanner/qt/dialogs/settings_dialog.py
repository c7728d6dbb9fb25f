"""The Settings dialog: the application's settings (QSettings) and the open tour's travel
settings (stored with the tour, changed as one undoable edit)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tourplanner.core.contacts import check_web_address
from tourplanner.core.enums import DEFAULT_SPEED_KMH, TravelMode
from tourplanner.core.model import TravelSettings
from tourplanner.core.tilemap import OSM_ATTRIBUTION, OSM_TEMPLATE, check_tile_template
from tourplanner.core.travel import parse_traffic_bands, traffic_bands_text
from tourplanner.qt import settings as keys
from tourplanner.qt.dialogs.form import check_value, find_data
from tourplanner.qt.settings import Settings
from tourplanner.qt.style import ERROR_COLOUR
from tourplanner.qt.worker import Job, JobContext
from tourplanner.services.history import os_user


def _named(widget: QWidget, name: str, accessible: str, tip: str = "") -> QWidget:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    if tip:
        widget.setToolTip(tip)
    return widget


class SettingsDialog(QDialog):
    """Tabs for general, database, geocoding, travel and output settings."""

    def __init__(
        self,
        settings: Settings,
        travel: TravelSettings | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.settings = settings
        self.travel_before = travel
        self._job: Job | None = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.tabs.addTab(self._database_tab(), self.tr("Database"))
        self.tabs.addTab(self._geocoding_tab(), self.tr("Maps and geocoding"))
        self.tabs.addTab(self._travel_tab(), self.tr("Travel (this tour)"))
        self.tabs.addTab(self._outputs_tab(), self.tr("Outputs"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("settingsButtons")
        self.buttons.setAccessibleName(self.tr("Dialog buttons"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("okButton")
        ok.setAccessibleName(self.tr("OK"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.resize(560, 400)
        self._check_geocoder_server()

    def _check_geocoder_server(self) -> None:
        """Show why an address (the geocoder's, the map tiles') is not one, and keep OK
        off until both are."""
        problems = []
        for edit, parse, error in (
            (self.geocoder_server, check_web_address, self.geocoder_server_error),
            (self.map_tiles, check_tile_template, self.map_tiles_error),
            (self.traffic_bands, parse_traffic_bands, self.traffic_bands_error),
        ):
            problem = check_value(edit, parse)()
            error.setText(problem or "")
            error.setVisible(bool(problem))
            problems.append(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not any(problems))

    # -- tabs ----------------------------------------------------------------------------

    def _form(self, name: str) -> tuple[QWidget, QFormLayout]:
        page = QWidget()
        page.setObjectName(name)
        page.setAccessibleName(name)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return page, form

    def _row(self, form: QFormLayout, text: str, widget: QWidget) -> None:
        label = QLabel(text)
        label.setObjectName(f"{widget.objectName()}Label")
        label.setAccessibleName(text.replace("&", "").rstrip(":"))
        label.setBuddy(widget)
        form.addRow(label, widget)

    def _general_tab(self) -> QWidget:
        page, form = self._form("generalTab")
        self.language = QComboBox()
        _named(self.language, "languageCombo", self.tr("Language"))
        self.language.addItem(self.tr("Follow the system"), keys.LANGUAGE_SYSTEM)
        self.language.addItem("English", "en")
        self.language.addItem("简体中文", "zh_CN")
        self.language.setCurrentIndex(
            max(0, find_data(self.language, self.settings.get(keys.LANGUAGE)))
        )
        self._row(form, self.tr("&Language:"), self.language)
        note = QLabel(self.tr("The window changes to the new language when you press OK."))
        note.setObjectName("languageNote")
        note.setAccessibleName(note.text())
        note.setStyleSheet("color: #6b7280;")
        form.addRow("", note)
        self.reminder = QSpinBox()
        _named(
            self.reminder,
            "reminderMinutes",
            self.tr("Reminder minutes"),
            self.tr("How long before each event calendars remind delegates"),
        )
        self.reminder.setRange(0, 24 * 60)
        self.reminder.setSuffix(self.tr(" min"))
        self.reminder.setSpecialValueText(self.tr("No reminder"))
        self.reminder.setValue(self.settings.get(keys.REMINDER_MINUTES))
        self._row(form, self.tr("Calendar &reminders:"), self.reminder)
        self.user_name = QLineEdit(self.settings.get(keys.USER_NAME))
        _named(
            self.user_name,
            "userName",
            self.tr("Your name"),
            self.tr("How the change history names you; empty for your system account's name"),
        )
        self.user_name.setPlaceholderText(os_user())
        self._row(form, self.tr("Your &name:"), self.user_name)
        self.reopen_last = QCheckBox(self.tr("Re&open the last tour and view at start"))
        _named(self.reopen_last, "reopenLastTour", self.tr("Reopen the last tour at start"))
        self.reopen_last.setChecked(self.settings.get(keys.REOPEN_LAST_TOUR))
        form.addRow("", self.reopen_last)
        return page

    def _database_tab(self) -> QWidget:
        page, form = self._form("databaseTab")
        self.database_url = QLineEdit(self.settings.get(keys.DATABASE_URL))
        _named(
            self.database_url,
            "databaseUrl",
            self.tr("Database URL"),
            self.tr("sqlite:///path/to/file.db or postgresql+psycopg://user@host/db"),
        )
        self.database_url.setPlaceholderText(self.tr("Default: a file in your data folder"))
        self._row(form, self.tr("Database &URL:"), self.database_url)
        self.test_button = QPushButton(self.tr("&Test connection"))
        _named(self.test_button, "testConnectionButton", self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        _named(self.test_result, "testConnectionResult", self.tr("Connection test result"))
        self.test_result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.test_result, 1)
        form.addRow("", row)
        note = QLabel(self.tr("Tourplanner opens this database when it next starts."))
        note.setObjectName("databaseNote")
        note.setAccessibleName(note.text())
        note.setStyleSheet("color: #6b7280;")
        form.addRow("", note)
        return page

    def _geocoding_tab(self) -> QWidget:
        page, form = self._form("geocodingTab")
        self.geocoder_server = QLineEdit(self.settings.get(keys.GEOCODER_SERVER))
        _named(self.geocoder_server, "geocoderServer", self.tr("Geocoder server"))
        self.geocoder_server.setPlaceholderText("https://nominatim.openstreetmap.org")
        self._row(form, self.tr("&Server:"), self.geocoder_server)
        # Checked by the app's one check of a web address: 'visits-hhla.de' is refused
        # with "give the full address, https://…" rather than guessed at.
        self.geocoder_server_error = QLabel()
        _named(
            self.geocoder_server_error,
            "geocoderServerError",
            self.tr("Problem with %1").replace("%1", self.tr("Geocoder server")),
        )
        self.geocoder_server_error.setWordWrap(True)
        self.geocoder_server_error.setStyleSheet(f"color: {ERROR_COLOUR}; font-size: 90%;")
        self.geocoder_server_error.hide()
        form.addRow("", self.geocoder_server_error)
        self.geocoder_server.textChanged.connect(self._check_geocoder_server)
        self.geocoder_agent = QLineEdit(self.settings.get(keys.GEOCODER_USER_AGENT))
        _named(
            self.geocoder_agent,
            "geocoderUserAgent",
            self.tr("Geocoder user agent"),
            self.tr("Nominatim asks every application to name itself and give a contact"),
        )
        self.geocoder_agent.setPlaceholderText(self.tr("Tourplanner's own"))
        self._row(form, self.tr("&User agent:"), self.geocoder_agent)
        self.map_tiles = QLineEdit(self.settings.get(keys.MAP_TILES))
        _named(
            self.map_tiles,
            "mapTiles",
            self.tr("Map tiles"),
            self.tr("An XYZ tile address with {z}, {x} and {y}; empty for OpenStreetMap"),
        )
        self.map_tiles.setPlaceholderText(OSM_TEMPLATE)
        self._row(form, self.tr("&Map tiles:"), self.map_tiles)
        self.map_tiles_error = QLabel()
        _named(
            self.map_tiles_error,
            "mapTilesError",
            self.tr("Problem with %1").replace("%1", self.tr("Map tiles")),
        )
        self.map_tiles_error.setWordWrap(True)
        self.map_tiles_error.setStyleSheet(f"color: {ERROR_COLOUR}; font-size: 90%;")
        self.map_tiles_error.hide()
        form.addRow("", self.map_tiles_error)
        self.map_tiles.textChanged.connect(self._check_geocoder_server)
        self.map_attribution = QLineEdit(self.settings.get(keys.MAP_ATTRIBUTION))
        _named(
            self.map_attribution,
            "mapAttribution",
            self.tr("Map attribution"),
            self.tr("Printed on every map drawn from these tiles, as their provider asks"),
        )
        self.map_attribution.setPlaceholderText(OSM_ATTRIBUTION)
        self._row(form, self.tr("A&ttribution:"), self.map_attribution)
        self.map_datum = QComboBox()
        _named(
            self.map_datum,
            "mapDatum",
            self.tr("Map datum"),
            self.tr("Maps of mainland China (Amap, Tencent) are drawn in GCJ-02"),
        )
        self.map_datum.addItem(self.tr("WGS-84 (GPS, OpenStreetMap)"), "wgs84")
        self.map_datum.addItem(self.tr("GCJ-02 (maps of mainland China)"), "gcj02")
        self.map_datum.setCurrentIndex(
            max(0, find_data(self.map_datum, self.settings.get(keys.MAP_DATUM) or "wgs84"))
        )
        self._row(form, self.tr("&Datum:"), self.map_datum)
        return page

    def _travel_tab(self) -> QWidget:
        page, form = self._form("travelTab")
        travel = self.travel_before or TravelSettings()
        self.travel_mode = QComboBox()
        _named(self.travel_mode, "travelMode", self.tr("Travel mode"))
        names = {
            TravelMode.CAR: self.tr("Car"),
            TravelMode.COACH: self.tr("Coach"),
            TravelMode.WALK: self.tr("Walking"),
        }
        for mode in TravelMode:
            self.travel_mode.addItem(names[mode], mode)
        self.travel_mode.setCurrentIndex(max(0, find_data(self.travel_mode, travel.mode)))
        self.speed = QDoubleSpinBox()
        _named(
            self.speed,
            "travelSpeed",
            self.tr("Average speed"),
            self.tr("Door-to-door average in town; 0 uses the mode's usual speed"),
        )
        self.speed.setRange(0, 200)
        self.speed.setDecimals(1)
        self.speed.setSuffix(" km/h")
        self.speed.setSpecialValueText(self.tr("Usual for the mode"))
        self.speed.setValue(travel.speed_kmh or 0)
        self.detour = QDoubleSpinBox()
        _named(
            self.detour,
            "detourFactor",
            self.tr("Detour factor"),
            self.tr("Road distance divided by straight-line distance"),
        )
        self.detour.setRange(1, 5)
        self.detour.setSingleStep(0.1)
        self.detour.setValue(travel.detour_factor)
        self.boarding = QSpinBox()
        _named(self.boarding, "boardingMinutes", self.tr("Boarding minutes"))
        self.boarding.setRange(0, 240)
        self.boarding.setSuffix(self.tr(" min"))
        self.boarding.setValue(travel.boarding_minutes)
        self.buffer = QSpinBox()
        _named(
            self.buffer,
            "bufferMinutes",
            self.tr("Buffer minutes"),
            self.tr("Spare time every gap between two sites must leave"),
        )
        self.buffer.setRange(0, 240)
        self.buffer.setSuffix(self.tr(" min"))
        self.buffer.setValue(travel.buffer_minutes)
        self.traffic = QDoubleSpinBox()
        _named(
            self.traffic,
            "trafficFactor",
            self.tr("Traffic factor"),
            self.tr("Road times from the routing server are multiplied by this (1 = free flow)"),
        )
        self.traffic.setRange(0.5, 5)
        self.traffic.setSingleStep(0.1)
        self.traffic.setValue(travel.traffic_factor)
        self.traffic_bands = QLineEdit(traffic_bands_text(travel.traffic_bands))
        _named(
            self.traffic_bands,
            "trafficBands",
            self.tr("Rush hours"),
            self.tr(
                "Times of day with their own traffic factor, by a leg's departure time, "
                "e.g. 07:30–09:30 ×1.5, 17:00–19:30 ×1.5"
            ),
        )
        self.traffic_bands.setPlaceholderText("07:30–09:30 ×1.5, 17:00–19:30 ×1.5")
        self.traffic_bands_error = QLabel()
        _named(
            self.traffic_bands_error,
            "trafficBandsError",
            self.tr("Problem with %1").replace("%1", self.tr("Rush hours")),
        )
        self.traffic_bands_error.setWordWrap(True)
        self.traffic_bands_error.setStyleSheet(f"color: {ERROR_COLOUR}; font-size: 90%;")
        self.traffic_bands_error.hide()
        self.traffic_bands.textChanged.connect(self._check_geocoder_server)
        self.routing_url = QLineEdit(travel.routing_url)
        _named(
            self.routing_url,
            "routingUrl",
            self.tr("Routing server"),
            self.tr("An OSRM-compatible server for road times (Tour ▸ Fetch road times)"),
        )
        self.routing_url.setPlaceholderText("https://…")
        self._row(form, self.tr("&Mode:"), self.travel_mode)
        self._row(form, self.tr("Average &speed:"), self.speed)
        self._row(form, self.tr("&Detour factor:"), self.detour)
        self._row(form, self.tr("&Boarding:"), self.boarding)
        self._row(form, self.tr("B&uffer:"), self.buffer)
        self._row(form, self.tr("Tra&ffic factor:"), self.traffic)
        self._row(form, self.tr("&Rush hours:"), self.traffic_bands)
        form.addRow("", self.traffic_bands_error)
        self._row(form, self.tr("Routin&g server:"), self.routing_url)
        if self.travel_before is None:
            for widget in (
                self.travel_mode,
                self.speed,
                self.detour,
                self.boarding,
                self.buffer,
                self.traffic,
                self.traffic_bands,
                self.routing_url,
            ):
                widget.setEnabled(False)
            note = QLabel(self.tr("Open a tour to change its travel settings."))
            note.setObjectName("travelNote")
            note.setAccessibleName(note.text())
            form.addRow("", note)
        else:
            self.travel_mode.currentIndexChanged.connect(self._show_usual_speed)
            self._show_usual_speed()
        return page

    def _show_usual_speed(self) -> None:
        mode = TravelMode(self.travel_mode.currentData())
        self.speed.setSpecialValueText(
            self.tr("Usual (%1 km/h)").replace("%1", f"{DEFAULT_SPEED_KMH[mode]:g}")
        )

    def _outputs_tab(self) -> QWidget:
        page, form = self._form("outputsTab")
        self.output_folder = QLineEdit(str(self.settings.output_folder()))
        _named(self.output_folder, "outputFolder", self.tr("Default output folder"))
        browse = QPushButton(self.tr("&Browse…"))
        _named(browse, "browseOutputFolder", self.tr("Choose the output folder"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.output_folder, 1)
        row.addWidget(browse)
        holder = QWidget()
        holder.setObjectName("outputFolderRow")
        holder.setAccessibleName(self.tr("Default output folder"))
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        self._row(form, self.tr("Output &folder:"), holder)
        self.paper = QComboBox()
        _named(self.paper, "paperSize", self.tr("Paper size"))
        for size in keys.PAPER_SIZES:
            self.paper.addItem(size, size)
        self.paper.setCurrentIndex(
            max(0, find_data(self.paper, self.settings.get(keys.PAPER_SIZE)))
        )
        self._row(form, self.tr("&Paper size:"), self.paper)
        return page

    # -- behaviour -----------------------------------------------------------------------

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Default output folder"), self.output_folder.text()
        )
        if folder:
            self.output_folder.setText(folder)

    def test_connection(self) -> Job:
        """Try the URL off the GUI thread; the result appears beside the button."""
        from tourplanner.services.database import check_connection

        url = self.database_url.text().strip()
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("color: #6b7280;")
        self.test_result.setText(self.tr("Connecting…"))

        def run(_context: JobContext) -> str:
            from tourplanner.services.database import resolve_url

            return check_connection(resolve_url(url or None))

        job = Job(self.tr("Test connection"), run, self)
        job.succeeded.connect(self._connection_ok)
        job.failed.connect(self._connection_failed)
        job.finished.connect(lambda: self.test_button.setEnabled(True))
        self._job = job
        job.start()
        return job

    def _connection_ok(self, shown: str) -> None:
        self.test_result.setStyleSheet("color: #15803d;")
        self.test_result.setText(self.tr("Connected to %1").replace("%1", shown))

    def _connection_failed(self, message: str) -> None:
        self.test_result.setStyleSheet("color: #b91c1c;")
        self.test_result.setText(message)

    def travel(self) -> TravelSettings | None:
        """The travel settings as edited (None when no tour is open)."""
        if self.travel_before is None:
            return None
        return TravelSettings(
            mode=TravelMode(self.travel_mode.currentData()),
            speed_kmh=self.speed.value() or None,
            detour_factor=round(self.detour.value(), 2),
            boarding_minutes=self.boarding.value(),
            buffer_minutes=self.buffer.value(),
            traffic_factor=round(self.traffic.value(), 2),
            routing_url=self.routing_url.text().strip(),
            # Checked as typed (OK stays off until it reads), so this parses.
            traffic_bands=parse_traffic_bands(self.traffic_bands.text()),
        )

    def save(self) -> None:
        """Write the application settings (the travel settings are the caller's)."""
        s = self.settings
        s.set(keys.LANGUAGE, self.language.currentData())
        s.set(keys.REMINDER_MINUTES, self.reminder.value())
        s.set(keys.REOPEN_LAST_TOUR, self.reopen_last.isChecked())
        s.set(keys.USER_NAME, self.user_name.text().strip())
        s.set(keys.DATABASE_URL, self.database_url.text().strip())
        s.set(keys.GEOCODER_SERVER, self.geocoder_server.text().strip())
        s.set(keys.GEOCODER_USER_AGENT, self.geocoder_agent.text().strip())
        s.set(keys.MAP_TILES, self.map_tiles.text().strip())
        s.set(keys.MAP_ATTRIBUTION, self.map_attribution.text().strip())
        s.set(keys.MAP_DATUM, self.map_datum.currentData())
        folder = self.output_folder.text().strip()
        # The default is stored as "no choice", so it follows the platform's folder.
        s.set(keys.OUTPUT_FOLDER, "" if folder == keys.default_output_folder() else folder)
        s.set(keys.PAPER_SIZE, self.paper.currentData())
        s.sync()

    def done(self, result: int) -> None:
        # A connection test still running would report to a dialog that is gone.
        if self._job is not None and self._job.running:
            self._job.cancel()
        super().done(result)
