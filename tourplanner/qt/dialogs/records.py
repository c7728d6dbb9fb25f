"""Edit dialogs for sites, participants and groups."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from tourplanner.core.address import FAMILY_FIRST, GIVEN_FIRST, check_overrides, forms_of_address
from tourplanner.core.contacts import check_email, normalise_phone
from tourplanner.core.enums import ParticipantRole, SiteCategory
from tourplanner.core.languages import language_tags
from tourplanner.core.model import Group, Participant, Site
from tourplanner.core.text_checks import check_line
from tourplanner.qt import labels
from tourplanner.qt.dialogs.form import (
    FormDialog,
    check_key,
    check_required,
    check_timezone,
    check_value,
    checkbox,
    find_data,
    follow_with_key,
    line_edit,
    secondary_button,
    timezone_edit,
)
from tourplanner.qt.dialogs.hours_dialog import OpeningHoursDialog
from tourplanner.qt.dialogs.hours_dialog import summary as hours_summary
from tourplanner.qt.dialogs.site_contacts import contacts_text, parse_contacts


def enum_combo(values: Iterable[Any], label: Any, current: Any) -> QComboBox:
    """A combo box of an enum's values shown by their translated labels."""
    combo = QComboBox()
    for value in values:
        combo.addItem(label(value), value)
    index = find_data(combo, current)
    combo.setCurrentIndex(max(index, 0))
    return combo


def changed(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict, dict]:
    """The fields that differ: (their old values, their new values)."""
    keys = [k for k in after if before.get(k) != after[k]]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


def busy_times_button(dialog: FormDialog, name: str) -> QPushButton:
    """The "Busy times…" button of a person's or a site's dialog: hidden until the editor
    offers the busy-times dialog (a record not yet saved has none)."""
    button = secondary_button(dialog.tr("&Busy times…"), name)
    button.setToolTip(
        dialog.tr("Outside commitments items must avoid; saved on their own, at once")
    )
    button.hide()
    dialog.form.addRow("", button)
    return button


def offer_busy_times(button: QPushButton, open_busy_times: Callable[[], object]) -> None:
    """Show ``button`` and let it open the busy-times dialog."""
    button.clicked.connect(lambda: open_busy_times())
    button.show()


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", ".").strip())
    except ValueError:
        return None


class SiteDialog(FormDialog):
    """Add or change a site."""

    def __init__(self, site: Site | None, taken_keys: set[str], parent: QWidget | None = None):
        super().__init__("", parent)
        self.set_title(self.tr("New site") if site is None else self.tr("Edit site"))
        self.setObjectName("siteDialog")
        self.site = site
        s = site
        self.name = line_edit(s.name if s else "", self.tr("e.g. City museum"))
        self.local_name = line_edit(
            s.local_name if s else "", self.tr("The name in the local language")
        )
        self.key = line_edit(s.key if s else "")
        self.category = enum_combo(
            SiteCategory, labels.site_category, s.category if s else SiteCategory.OTHER
        )
        self.address = line_edit(s.address if s else "")
        self.local_address = line_edit(
            s.local_address if s else "", self.tr("The address in the local language")
        )
        self.meeting_point = line_edit(
            s.meeting_point if s else "", self.tr("Main gate, coach drop-off")
        )
        self.local_meeting_point = line_edit(
            s.local_meeting_point if s else "", self.tr("The meeting point in the local language")
        )
        self.latitude = line_edit("" if s is None or s.latitude is None else f"{s.latitude:.6f}")
        self.longitude = line_edit("" if s is None or s.longitude is None else f"{s.longitude:.6f}")
        self.timezone = timezone_edit(s.timezone or "" if s else "")
        self.timezone.setPlaceholderText(self.tr("Same as the tour"))
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 1_000_000)
        self.capacity.setSpecialValueText(self.tr("No limit"))
        self.capacity.setValue(s.capacity or 0 if s else 0)
        self.contact_name = line_edit(s.contact_name if s else "")
        self.contact_phone = line_edit(s.contact_phone if s else "")
        self.contact_email = line_edit(s.contact_email if s else "")
        if site is None:
            follow_with_key(self.name, self.key)
        taken = taken_keys - ({site.key} if site else set())

        self.add_field(
            self.tr("&Name:"),
            self.name,
            name="siteName",
            check=check_required(self.name, self.tr("A name is required")),
        )
        self.add_field(self.tr("&Local name:"), self.local_name, name="siteLocalName")
        self.add_field(
            self.tr("&Key:"),
            self.key,
            name="siteKey",
            check=check_key(self.key, taken),
            hint=self.tr("The short name used in tour files and file names"),
        )
        self.add_field(self.tr("&Category:"), self.category, name="siteCategory")
        self.add_field(
            self.tr("&Address:"),
            self.address,
            name="siteAddress",
            hint=self.tr("Used to find the site's coordinates"),
        )
        self.add_field(
            self.tr("Local a&ddress:"),
            self.local_address,
            name="siteLocalAddress",
            check=check_value(self.local_address, check_line),
            hint=self.tr("In the local script and order, for a taxi driver"),
        )
        self.add_field(
            self.tr("&Meeting point:"),
            self.meeting_point,
            name="siteMeetingPoint",
            check=check_value(self.meeting_point, check_line),
            hint=self.tr("Where the delegation gets off or goes in"),
        )
        self.add_field(
            self.tr("Local meeting p&oint:"),
            self.local_meeting_point,
            name="siteLocalMeetingPoint",
            check=check_value(self.local_meeting_point, check_line),
        )
        lat_message = self.add_field(
            self.tr("La&titude:"),
            self.latitude,
            name="siteLatitude",
            check=self._check_coordinate(self.latitude, 90),
            hint=self.tr("Decimal degrees, north positive, e.g. 29.6521"),
        )
        self.add_field(
            self.tr("Lon&gitude:"),
            self.longitude,
            name="siteLongitude",
            check=self._check_coordinate(self.longitude, 180),
            hint=self.tr("Decimal degrees, east positive, e.g. 106.5402"),
        )
        self.add_check(self._check_both_coordinates, lat_message)
        self.add_field(
            self.tr("Time&zone:"),
            self.timezone,
            name="siteTimezone",
            check=check_timezone(self.timezone, required=False),
            hint=self.tr("Only if it differs from the tour's, e.g. Asia/Tokyo"),
        )
        self.add_field(self.tr("Ca&pacity:"), self.capacity, name="siteCapacity")
        self.add_field(self.tr("Contact per&son:"), self.contact_name, name="siteContactName")
        self.add_field(
            self.tr("Contact p&hone:"),
            self.contact_phone,
            name="siteContactPhone",
            check=check_value(self.contact_phone, normalise_phone),
        )
        self.add_field(
            self.tr("Contact &email:"),
            self.contact_email,
            name="siteContactEmail",
            check=check_value(self.contact_email, check_email),
        )
        self._hours_field(s)
        self.busy_button = busy_times_button(self, "siteBusyButton")
        # Issue 19: who at the venue gets which list (host, catering, gate).
        self.venue_contacts = QPlainTextEdit(contacts_text(s.contacts if s else ()))
        # The role word is what parse_contacts reads, so it stays untranslated.
        self.venue_contacts.setPlaceholderText(
            "catering: " + self.tr("name, email and/or phone (one contact a line)")
        )
        self.venue_contacts.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.add_field(
            self.tr("&Venue contacts:"),
            self.venue_contacts,
            name="siteVenueContacts",
            check=self._check_contacts,
            hint=self.tr(
                "One per line: host:, catering: or gate:, then the name, an email and/or a "
                "phone. send --to hosts sends the host the briefing, catering the dietary "
                "list, the gate the vehicles."
            ),
        )
        self.finish()
        self.resize(520, self.sizeHint().height())

    def _check_contacts(self) -> str | None:
        try:
            parse_contacts(self.venue_contacts.toPlainText())
        except ValueError as e:
            return str(e)
        return None

    # -- opening hours (their own dialog; saved with the site, one undo step) -------------

    def _hours_field(self, site: Site | None) -> None:
        self.opening_hours = site.opening_hours if site else ()
        self.opening_exceptions = site.opening_exceptions if site else ()
        #: The opening-hours dialog opened last (tests fill it in).
        self.hours_dialog: OpeningHoursDialog | None = None
        self.hours_summary = QLabel(hours_summary(self.opening_hours))
        self.hours_summary.setObjectName("siteHoursSummary")
        self.hours_summary.setWordWrap(True)
        self.hours_button = secondary_button(self.tr("Opening ho&urs…"), "siteHoursButton")
        self.hours_button.clicked.connect(self.edit_hours)
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.hours_summary, 1)
        box.addWidget(self.hours_button)
        self.add_field(self.tr("Opening hours:"), row, name="siteHours")

    def edit_hours(self) -> OpeningHoursDialog:
        """The weekly grid over this dialog; OK there keeps the hours for this one's OK."""
        dialog = OpeningHoursDialog(
            self.opening_hours,
            self.name.text().strip(),
            self,
            exceptions=self.opening_exceptions,
        )

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self.opening_hours = dialog.hours()
                self.opening_exceptions = dialog.exceptions()
                self.hours_summary.setText(hours_summary(self.opening_hours))
                self.validate()

        dialog.finished.connect(finished)
        dialog.finished.connect(dialog.deleteLater)
        self.hours_dialog = dialog
        dialog.open()
        return dialog

    def _check_coordinate(self, edit: QLineEdit, limit: int):
        def check() -> str | None:
            text = edit.text().strip()
            if not text:
                return None
            value = _number(text)
            if value is None:
                return self.tr("Not a number")
            if not -limit <= value <= limit:
                return self.tr("Must be between -%1 and %1").replace("%1", str(limit))
            return None

        return check

    def _check_both_coordinates(self) -> str | None:
        if bool(self.latitude.text().strip()) != bool(self.longitude.text().strip()):
            return self.tr("Give both latitude and longitude, or neither")
        return None

    def values(self) -> dict[str, Any]:
        """The form as ``create_site`` / ``update_site`` arguments."""
        lat = _number(self.latitude.text()) if self.latitude.text().strip() else None
        lon = _number(self.longitude.text()) if self.longitude.text().strip() else None
        values: dict[str, Any] = {
            "name": self.name.text().strip(),
            "local_name": self.local_name.text().strip(),
            "key": self.key.text().strip(),
            "category": self.category.currentData(),
            "address": self.address.text().strip(),
            "local_address": self.local_address.text().strip(),
            "meeting_point": self.meeting_point.text().strip(),
            "local_meeting_point": self.local_meeting_point.text().strip(),
            "latitude": lat,
            "longitude": lon,
            "timezone": self.timezone.text().strip() or None,
            "capacity": self.capacity.value() or None,
            "contact_name": self.contact_name.text().strip(),
            "contact_phone": self.contact_phone.text().strip(),
            "contact_email": self.contact_email.text().strip(),
            "opening_hours": self.opening_hours,
            "opening_exceptions": self.opening_exceptions,
            "contacts": parse_contacts(self.venue_contacts.toPlainText()),
        }
        site = self.site
        moved = site is None or (lat, lon) != (site.latitude, site.longitude)
        if moved:
            from tourplanner.core.enums import CoordinateSource

            values["coord_source"] = CoordinateSource.MANUAL if lat is not None else None
        return values

    def before(self) -> dict[str, Any]:
        """The site's current values of the fields this form edits."""
        assert self.site is not None
        return {k: getattr(self.site, k) for k in self.values()}


class ParticipantDialog(FormDialog):
    """Add or change a person."""

    def __init__(
        self, person: Participant | None, taken_keys: set[str], parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent)
        self.set_title(
            self.tr("New participant") if person is None else self.tr("Edit participant")
        )
        self.setObjectName("participantDialog")
        self.person = person
        p = person
        self.full_name = line_edit(p.full_name if p else "", self.tr("Given name and family name"))
        self.local_name = line_edit(
            p.local_name if p else "", self.tr("The name in the local script")
        )
        self.key = line_edit(p.key if p else "")
        self.honorific = line_edit(p.honorific if p else "", self.tr("Ms, Dr, Prof."))
        self.role = enum_combo(
            ParticipantRole,
            labels.participant_role,
            p.role if p else ParticipantRole.DELEGATE,
        )
        self.vip = checkbox(self.tr("Very important person"), p.is_vip if p else False)
        self.precedence = QSpinBox()
        self.precedence.setRange(0, 10_000)
        self.precedence.setSpecialValueText(self.tr("None"))
        self.precedence.setValue(p.precedence or 0 if p else 0)
        self.job_title = line_edit(p.title if p else "")
        self.organisation = line_edit(p.organisation if p else "")
        self.country = line_edit(p.country if p else "")
        self.email = line_edit(p.email if p else "")
        self.phone = line_edit(p.phone if p else "")
        self.languages = line_edit(
            labels.languages(p.languages) if p else "", self.tr("Chinese, English")
        )
        self.dietary = line_edit(p.dietary if p else "", self.tr("e.g. vegetarian, no pork"))
        self.accessibility = line_edit(p.accessibility if p else "")
        if person is None:
            follow_with_key(self.full_name, self.key)
        taken = taken_keys - ({person.key} if person else set())

        self.add_field(
            self.tr("Full &name:"),
            self.full_name,
            name="personName",
            check=check_required(self.full_name, self.tr("A name is required")),
        )
        self.add_field(self.tr("&Local name:"), self.local_name, name="personLocalName")
        self.add_field(
            self.tr("&Key:"), self.key, name="personKey", check=check_key(self.key, taken)
        )
        self.add_field(self.tr("Honor&ific:"), self.honorific, name="personHonorific")
        self.add_field(self.tr("&Role:"), self.role, name="personRole")
        self.add_field(self.tr("VIP:"), self.vip, name="personVip")
        self.add_field(
            self.tr("&Precedence:"),
            self.precedence,
            name="personPrecedence",
            hint=self.tr("1 = first in line at ceremonies and in seating plans"),
        )
        self.add_field(self.tr("&Title:"), self.job_title, name="personTitle")
        self.add_field(self.tr("&Organisation:"), self.organisation, name="personOrganisation")
        self.add_field(self.tr("&Country:"), self.country, name="personCountry")
        self.add_field(
            self.tr("&Email:"),
            self.email,
            name="personEmail",
            check=check_value(self.email, check_email),
        )
        self.add_field(
            self.tr("P&hone:"),
            self.phone,
            name="personPhone",
            # Read in the person's country, as typed in this dialog.
            check=check_value(self.phone, lambda t: normalise_phone(t, self.country.text())),
        )
        self.add_field(
            self.tr("Lan&guages:"),
            self.languages,
            name="personLanguages",
            check=check_value(self.languages, language_tags),
            hint=self.tr(
                "Languages by name or code (Deutsch, 中文, pt-BR), most fluent first, "
                "separated by commas"
            ),
        )
        self.add_field(self.tr("&Dietary needs:"), self.dietary, name="personDietary")
        self.add_field(self.tr("&Accessibility:"), self.accessibility, name="personAccessibility")
        self._address_fields(p)
        self.busy_button = busy_times_button(self, "personBusyButton")
        self.finish()
        self.resize(520, self.sizeHint().height())

    def _address_fields(self, p: Participant | None) -> None:
        """Forms of address: each field shows the generated default until typed over."""
        own = dict(p.address) if p else {}
        default = forms_of_address(p) if p else None
        labels_of = {
            "family_name": self.tr("Family name:"),
            "title_zh": self.tr("Title in Chinese:"),
            "salutation_en": self.tr("Salutation (English):"),
            "salutation_zh": self.tr("Salutation (Chinese):"),
            "card_en": self.tr("Name card (English):"),
            "card_zh": self.tr("Name card (Chinese):"),
        }
        self.address_edits: dict[str, QLineEdit] = {}
        for name, label in labels_of.items():
            edit = line_edit(own.get(name, ""), getattr(default, name, "") if default else "")
            self.address_edits[name] = edit
            self.add_field(
                label,
                edit,
                name=f"personAddress_{name}",
                check=check_value(edit, partial(_check_one_override, name)),
            )
        self.name_order = QComboBox()
        self.name_order.addItem(self.tr("Automatic (from the first language)"), "")
        self.name_order.addItem(self.tr("Family name first"), FAMILY_FIRST)
        self.name_order.addItem(self.tr("Given name first"), GIVEN_FIRST)
        self.name_order.setCurrentIndex(max(0, self.name_order.findData(own.get("name_order", ""))))
        self.add_field(self.tr("Name order:"), self.name_order, name="personNameOrder")

    def _address(self) -> tuple[tuple[str, str], ...]:
        texts = {name: edit.text() for name, edit in self.address_edits.items()}
        texts["name_order"] = self.name_order.currentData() or ""
        return tuple(check_overrides(texts).items())  # each field's check has passed

    def _language_list(self) -> tuple[str, ...]:
        try:
            return language_tags(self.languages.text())
        except ValueError:
            return ()  # the field's check says why, and OK waits for it

    def values(self) -> dict[str, Any]:
        return {
            "full_name": self.full_name.text().strip(),
            "local_name": self.local_name.text().strip(),
            "key": self.key.text().strip(),
            "honorific": self.honorific.text().strip(),
            "role": self.role.currentData(),
            "is_vip": self.vip.isChecked(),
            "precedence": self.precedence.value() or None,
            "title": self.job_title.text().strip(),
            "organisation": self.organisation.text().strip(),
            "country": self.country.text().strip(),
            "email": self.email.text().strip(),
            "phone": self.phone.text().strip(),
            "languages": self._language_list(),
            "dietary": self.dietary.text().strip(),
            "accessibility": self.accessibility.text().strip(),
            "address": self._address(),
        }

    def before(self) -> dict[str, Any]:
        assert self.person is not None
        return {k: getattr(self.person, k) for k in self.values()}


class GroupDialog(FormDialog):
    """Add or change a group and choose its members."""

    def __init__(
        self,
        group: Group | None,
        people: Iterable[Participant],
        taken_keys: set[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.set_title(self.tr("New group") if group is None else self.tr("Edit group"))
        self.setObjectName("groupDialog")
        self.group = group
        g = group
        self.name = line_edit(g.name if g else "", self.tr("e.g. Coach 1"))
        self.local_name = line_edit(
            g.local_name if g else "", self.tr("The name in the local language")
        )
        self.key = line_edit(g.key if g else "")
        self.description = line_edit(g.description if g else "")
        self.members = QListWidget()
        members = set(g.member_ids) if g else set()
        for person in sorted(people, key=lambda p: p.full_name.casefold()):
            entry = QListWidgetItem(
                f"{person.full_name}  {person.local_name}".strip(), self.members
            )
            entry.setData(Qt.ItemDataRole.UserRole, person.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked if person.id in members else Qt.CheckState.Unchecked
            )
        self.members.setMinimumHeight(180)
        if group is None:
            follow_with_key(self.name, self.key)
        taken = taken_keys - ({group.key} if group else set())
        self.add_field(
            self.tr("&Name:"),
            self.name,
            name="groupName",
            check=check_required(self.name, self.tr("A name is required")),
        )
        self.add_field(self.tr("&Local name:"), self.local_name, name="groupLocalName")
        self.add_field(
            self.tr("&Key:"), self.key, name="groupKey", check=check_key(self.key, taken)
        )
        self.add_field(self.tr("&Description:"), self.description, name="groupDescription")
        self.add_field(self.tr("&Members:"), self.members, name="groupMembers")
        self.finish()
        self.resize(460, 520)

    def member_ids(self) -> tuple[int, ...]:
        out = []
        for row in range(self.members.count()):
            entry = self.members.item(row)
            if entry.checkState() == Qt.CheckState.Checked:
                out.append(int(entry.data(Qt.ItemDataRole.UserRole)))
        return tuple(sorted(out))

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(),
            "local_name": self.local_name.text().strip(),
            "key": self.key.text().strip(),
            "description": self.description.text().strip(),
            "member_ids": self.member_ids(),
        }

    def before(self) -> dict[str, Any]:
        assert self.group is not None
        values = {k: getattr(self.group, k) for k in self.values()}
        values["member_ids"] = tuple(sorted(self.group.member_ids))
        return values


def _check_one_override(name: str, text: str) -> object:
    """One form-of-address field, checked as the tour file and the importers check it."""
    return check_overrides({name: text})
