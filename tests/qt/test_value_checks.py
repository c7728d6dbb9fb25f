"""The GUI dialogs refuse what a tour file or a spreadsheet refuses, with the same reason
beside the field: they call the one check of each kind of value (email, phone, web
address, languages). And languages show by name in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from tests.qt.helpers import press_ok, type_into
from tourplanner.qt import labels
from tourplanner.qt.main_window import MainWindow
from tourplanner.services.participants import list_participants
from tourplanner.services.tourfile import SAMPLE_SLUG


def _error(dialog, name: str) -> QLabel:
    label = dialog.findChild(QLabel, f"{name}Error")
    assert label is not None, name
    return label


def test_participant_dialog_refuses_bad_contacts_and_languages(
    qtbot, sample_window: MainWindow
) -> None:
    window = sample_window
    dialog = window.workspace.editor.new_participant()
    type_into(qtbot, dialog.full_name, "Anna Keller")
    for typed, reason in [
        ("anna.keller@", "'anna.keller@' is not a valid email address: something is missing"),
        ("li.wei@@example", "'li.wei@@example' is not a valid email address: it needs exactly"),
        ("visits-hhla.de", "'visits-hhla.de' is not a valid email address: it needs exactly"),
    ]:
        type_into(qtbot, dialog.email, typed)
        assert not dialog.ok_button.isEnabled()
        error = _error(dialog, "personEmail")
        assert error.isVisible() and error.text().startswith(reason), error.text()
    # Pasted text can carry what cannot be typed: a line break, a bell.
    dialog.email.setText("anna.keller@example.de\r\nBcc: all@example.org")
    assert "line break (U+000D)" in _error(dialog, "personEmail").text()
    dialog.phone.setText("+49 40 555\x07 0123")
    assert "control character U+0007" in _error(dialog, "personPhone").text()
    type_into(qtbot, dialog.email, "anna.keller@example.de")
    assert not _error(dialog, "personEmail").isVisible()
    # A number without a country code is read in the person's country.
    type_into(qtbot, dialog.phone, "040 5555 0123")
    type_into(qtbot, dialog.country, "Germany")
    assert not _error(dialog, "personPhone").isVisible()
    type_into(qtbot, dialog.languages, "Deutsch, Engish")
    assert _error(dialog, "personLanguages").text() == (
        "'Engish': unknown language; did you mean English (en)?"
    )
    assert not dialog.ok_button.isEnabled()
    dialog.languages.setText("Deutsch, 日本語, Português")  # keyClicks types ASCII only
    assert dialog.problems() == []
    press_ok(qtbot, dialog)
    anna = next(
        p for p in list_participants(window.db, SAMPLE_SLUG) if p.full_name == "Anna Keller"
    )
    assert anna.languages == ("de", "ja", "pt")
    assert (anna.email, anna.phone) == ("anna.keller@example.de", "+49 40 55550123")


def test_site_dialog_refuses_a_bad_contact(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    site = window.session.snapshot.sites[0]
    dialog = window.workspace.editor.edit_site(site)
    type_into(qtbot, dialog.contact_email, "visits-hhla.de")
    assert "is not a valid email address" in _error(dialog, "siteContactEmail").text()
    dialog.contact_phone.setText("+86 23\r\n6000 0001")
    assert "line break or tab (U+000D)" in _error(dialog, "siteContactPhone").text()
    assert not dialog.ok_button.isEnabled()


def test_settings_dialog_wants_a_full_web_address(qtbot, sample_window: MainWindow) -> None:
    dialog = sample_window.show_settings()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.tabs.setCurrentWidget(dialog.findChild(QWidget, "geocodingTab"))
    type_into(qtbot, dialog.geocoder_server, "visits-hhla.de")
    assert dialog.geocoder_server_error.isVisible()
    assert dialog.geocoder_server_error.text() == (
        "'visits-hhla.de' is not a full web address: give the full address, https://…"
    )
    assert not ok.isEnabled()
    type_into(qtbot, dialog.geocoder_server, "https://nominatim.example.org")
    assert not dialog.geocoder_server_error.isVisible() and ok.isEnabled()
    dialog.reject()


def test_languages_show_by_name_in_the_interface_language(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    person = window.session.snapshot.participants[0]
    dialog = window.workspace.editor.edit_participant(person)
    type_into(qtbot, dialog.languages, "pt-BR, zh-Hant")
    press_ok(qtbot, dialog)
    window.show_view("participants")
    table = window.workspace.people.participants
    qtbot.waitUntil(
        lambda: any(p.languages == ("pt-BR", "zh-Hant") for p in table.people_model.records())
    )
    model = table.people_model
    row = next(r for r in range(model.rowCount()) if model.records()[r].id == person.id)
    cell = model.index(row, model.LANGUAGES)
    assert model.data(cell, Qt.ItemDataRole.DisplayRole) == (
        "Portuguese (Brazil), Chinese (Traditional)"
    )
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("zh_CN"))
        assert model.data(cell, Qt.ItemDataRole.DisplayRole) == "葡萄牙语（巴西）, 中文（繁体）"
        # The dialog shows the names too, and saving them keeps the exact tags.
        current = next(p for p in model.records() if p.id == person.id)
        dialog = window.workspace.editor.edit_participant(current)
        assert dialog.languages.text() == "葡萄牙语（巴西）, 中文（繁体）"
        assert dialog.values()["languages"] == ("pt-BR", "zh-Hant")
        dialog.reject()
    finally:
        QLocale.setDefault(before)
    assert labels.languages(("yue",)) == "Cantonese"
