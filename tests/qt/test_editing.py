"""Edit dialogs, bulk operations, deletes that ask first, and edits that meet someone
else's change, on the sample tour."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QDialog

from tests.qt.helpers import choose, drag, press_ok, type_into
from tourplanner.qt.dialogs import messages
from tourplanner.qt.dialogs.bulk import AddToItemDialog, ChangeGroupDialog
from tourplanner.qt.main_window import MainWindow
from tourplanner.qt.session import KEEP_MINE, RELOAD
from tourplanner.services import items as item_service
from tourplanner.services.participants import list_groups
from tourplanner.services.sites import list_sites
from tourplanner.services.tourfile import SAMPLE_SLUG
from tourplanner.services.tours import load_snapshot


def _select(page, keys: list[str]) -> None:
    ids = [r.id for r in page.model.records() if r.key in keys]
    assert page.select_ids(ids)


def test_site_dialog_shows_problems_beside_fields(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    window.show_view("sites")
    qtbot.mouseClick(window.workspace.sites.new_button, Qt.MouseButton.LeftButton)
    dialog = window.workspace.editor.dialog
    assert not dialog.ok_button.isEnabled()  # nothing typed yet
    assert "A name is required" in dialog.problems()
    type_into(qtbot, dialog.name, "Lijia Smart Park")
    # The key follows the name, and that key is taken by the sample's own site.
    assert dialog.key.text() == "lijia-smart-park"
    assert dialog.problems() == ["This key is already used"]
    assert not dialog.ok_button.isEnabled()
    type_into(qtbot, dialog.key, "lijia-2")
    type_into(qtbot, dialog.timezone, "Asia/Chongqin")
    assert dialog.problems() == ["Unknown timezone"]
    error = dialog.findChild(type(dialog.refusal), "siteTimezoneError")
    assert error.isVisible() and error.text() == "Unknown timezone"
    type_into(qtbot, dialog.timezone, "Asia/Chongqing")
    type_into(qtbot, dialog.latitude, "129.6")
    assert dialog.problems() == [
        "Must be between -90 and 90",
        "Give both latitude and longitude, or neither",
    ]
    type_into(qtbot, dialog.latitude, "29.6545")
    type_into(qtbot, dialog.longitude, "106.5235")
    assert dialog.problems() == []
    press_ok(qtbot, dialog)
    assert "lijia-2" in {s.key for s in list_sites(window.db, SAMPLE_SLUG)}
    assert not dialog.isVisible()


def test_a_refusal_of_the_service_keeps_the_dialog_open(
    qtbot, sample_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = sample_window
    window.show_view("sites")
    qtbot.mouseClick(window.workspace.sites.new_button, Qt.MouseButton.LeftButton)
    dialog = window.workspace.editor.dialog
    type_into(qtbot, dialog.name, "Yuelai Convention Centre")
    # Someone else takes the key between the check and the save.
    from tourplanner.services.sites import create_site

    create_site(window.db, SAMPLE_SLUG, key=dialog.key.text(), name="Theirs", category="other")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.refusal.isVisible()
    assert "refused" in dialog.refusal.text() or "exists" in dialog.refusal.text()
    assert window.session.undo_stack.count() == 0


def test_item_dialog_end_must_be_after_start(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    item = window.session.snapshot.items[4]
    window.workspace.editor.edit_item(item)
    dialog = window.workspace.editor.dialog
    dialog.ends.setDateTime(dialog.starts.dateTime().addSecs(-60))
    assert dialog.problems() == ["End must be after start"]
    assert not dialog.ok_button.isEnabled()
    dialog.ends.setDateTime(dialog.starts.dateTime().addSecs(90 * 60))
    type_into(qtbot, dialog.title, "Longer visit")
    press_ok(qtbot, dialog)
    stored = item_service.get_item(window.db, item.id)
    assert stored.title == "Longer visit"
    assert stored.ends_at - stored.starts_at == timedelta(minutes=90)
    assert stored.uid == item.uid


def test_delete_a_used_site_asks_and_says_what_happens(
    qtbot, sample_window: MainWindow, confirmations
) -> None:
    window = sample_window
    window.show_view("sites")
    sites = window.workspace.sites
    _select(sites, ["lijia-smart-park"])
    qtbot.mouseClick(sites.delete_button, Qt.MouseButton.LeftButton)
    [(text, detail)] = confirmations
    assert text == "Lijia Smart Park is used by 1 item."
    assert "Visit to Lijia Smart Park" in detail
    assert "lijia-smart-park" not in {s.key for s in list_sites(window.db, SAMPLE_SLUG)}
    assert sites.model.rowCount() == 9
    # Undo brings it back, on its item again.
    window.actions_.undo.trigger()
    snap = load_snapshot(window.db, SAMPLE_SLUG)
    site = next(s for s in snap.sites if s.key == "lijia-smart-park")
    assert [i.title for i in snap.items if i.site_id == site.id] == ["Visit to Lijia Smart Park"]
    # And redo after undo still finds it (under its new id).
    window.actions_.redo.trigger()
    assert "lijia-smart-park" not in {s.key for s in list_sites(window.db, SAMPLE_SLUG)}


def test_deleting_a_site_can_be_called_off(
    qtbot, sample_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = sample_window
    monkeypatch.setattr(messages, "confirm", lambda *args: False)
    window.show_view("sites")
    _select(window.workspace.sites, ["belt-road-centre"])
    window.actions_.delete.trigger()
    assert "belt-road-centre" in {s.key for s in list_sites(window.db, SAMPLE_SLUG)}
    assert window.session.undo_stack.count() == 0


def test_bulk_change_group(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    window.show_view("participants")
    people = window.workspace.people.participants
    _select(people, ["dai-jiuyue", "huang-meiling"])
    assert people.group_button.isEnabled()
    qtbot.mouseClick(people.group_button, Qt.MouseButton.LeftButton)
    dialog = window.workspace.editor.dialog
    choose(dialog.group, "Press pool")
    assert dialog.move_to.isChecked()
    press_ok(qtbot, dialog)
    groups = {g.key: g for g in list_groups(window.db, SAMPLE_SLUG)}
    snap = window.session.snapshot
    ids = {p.key: p.id for p in snap.participants}
    assert {ids["dai-jiuyue"], ids["huang-meiling"]} <= set(groups["press-pool"].member_ids)
    assert ids["dai-jiuyue"] not in groups["group-a"].member_ids
    assert ids["huang-meiling"] not in groups["group-b"].member_ids
    assert window.session.undo_stack.undoText() == "Change group to Press pool"
    window.actions_.undo.trigger()
    groups = {g.key: g for g in list_groups(window.db, SAMPLE_SLUG)}
    assert ids["dai-jiuyue"] in groups["group-a"].member_ids
    assert ids["dai-jiuyue"] not in groups["press-pool"].member_ids


def test_bulk_dialogs_keep_the_qwidget_methods(qtbot, sample_window: MainWindow) -> None:
    """A dialog's fields must not hide QWidget's methods: ``self.move`` (a radio button)
    once replaced QWidget.move(), so placing the Change group dialog raised TypeError."""
    snap = sample_window.session.snapshot
    dialogs = [
        ChangeGroupDialog(2, list(snap.groups), sample_window),
        AddToItemDialog(2, list(snap.items), snap.tour.timezone, sample_window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        widgets = {name for name, value in vars(dialog).items() if isinstance(value, QObject)}
        assert sorted(name for name in widgets if hasattr(QDialog, name)) == []
        dialog.move(40, 30)
        assert dialog.pos() == QPoint(40, 30)


def test_bulk_add_to_item_and_delete_people(
    qtbot, sample_window: MainWindow, confirmations
) -> None:
    window = sample_window
    window.show_view("participants")
    people = window.workspace.people.participants
    _select(people, ["wang-jia", "he-wei"])
    qtbot.mouseClick(people.add_to_item_button, Qt.MouseButton.LeftButton)
    dialog = window.workspace.editor.dialog
    target = next(i for i in window.session.snapshot.items if i.title == "Welcome dinner")
    dialog.item.setCurrentIndex(dialog.item.findData(target.id))
    press_ok(qtbot, dialog)
    stored = item_service.get_item(window.db, target.id)
    ids = {p.key: p.id for p in window.session.snapshot.participants}
    named = {a.participant_id for a in stored.attendance}
    assert {ids["wang-jia"], ids["he-wei"]} <= named

    _select(people, ["wang-jia"])
    qtbot.mouseClick(people.delete_button, Qt.MouseButton.LeftButton)
    [(text, _detail)] = confirmations
    assert text.startswith("Mr. Wang Jia is named in") or text.startswith("Wang Jia is named in")
    assert "wang-jia" not in {p.key for p in window.session.snapshot.participants}
    window.actions_.undo.trigger()
    snap = window.session.snapshot
    back = next(p for p in snap.participants if p.key == "wang-jia")
    dinner = next(i for i in snap.items if i.id == target.id)
    assert back.id in {a.participant_id for a in dinner.attendance}


def test_filter_is_fast_enough_to_type_in(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    window.show_view("participants")
    people = window.workspace.people.participants
    qtbot.keyClicks(people.search, "vegetarian")
    assert people.proxy.rowCount() == 1
    assert people.count.text() == "1 of 25"
    people.search.clear()
    assert people.count.text() == "25"


def test_selecting_a_group_shows_its_members(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    window.show_view("participants")
    groups = window.workspace.people.groups
    _select(groups, ["press-pool"])
    people = window.workspace.people.participants
    assert sorted(people.proxy.record_at(r).key for r in range(people.proxy.rowCount())) == [
        "peng-bo",
        "vivian-yan",
    ]
    groups.table.clearSelection()
    assert people.proxy.rowCount() == 25


@pytest.mark.parametrize("choice", [RELOAD, KEEP_MINE])
def test_a_drag_that_meets_someone_elses_change(
    qtbot, sample_window: MainWindow, monkeypatch: pytest.MonkeyPatch, choice: str
) -> None:
    window = sample_window
    asked: list[str] = []

    def answer(message: str) -> str:
        asked.append(message)
        return choice

    window.session.resolve_conflict = answer
    item = next(i for i in window.session.snapshot.items if i.title == "Visit to Lijia Smart Park")
    # Another organiser renames the visit while this window still shows the old version.
    theirs = item_service.update_item(window.db, item.id, item.version, title="Lijia (theirs)")
    timeline = window.workspace.programme.timeline
    centre = timeline.mapFromScene(timeline.block_of(item.id).sceneBoundingRect().center())
    drag(timeline, centre, centre + QPoint(0, round(10 * timeline.ppm) + 1))
    assert len(asked) == 1 and "changed by someone else" in asked[0]
    stored = item_service.get_item(window.db, item.id)
    assert stored.title == "Lijia (theirs)"  # their change is never overwritten silently
    if choice == RELOAD:
        assert stored.starts_at == item.starts_at
        assert window.session.item(item.id).title == "Lijia (theirs)"
        assert window.session.undo_stack.count() == 0
    else:
        assert stored.starts_at == item.starts_at + timedelta(minutes=10)
        assert stored.version > theirs.version
        assert window.session.undo_stack.count() == 1


def test_site_dialog_edits_the_local_address_and_meeting_points_with_undo(
    qtbot, sample_window: MainWindow
) -> None:
    window = sample_window
    site = next(s for s in window.session.snapshot.sites if s.key == "lijia-smart-park")
    dialog = window.workspace.editor.edit_site(site)
    assert dialog.local_address.text() == site.local_address  # the sample's, shown
    # QtTest cannot type Chinese key by key: set it, as an input method would.
    dialog.local_address.setText("重庆市两江新区礼嘉街道金渝大道")
    type_into(qtbot, dialog.meeting_point, "North gate")
    dialog.local_meeting_point.setText("北门")
    press_ok(qtbot, dialog)
    stored = next(s for s in list_sites(window.db, SAMPLE_SLUG) if s.key == site.key)
    assert stored.local_address == "重庆市两江新区礼嘉街道金渝大道"
    assert (stored.meeting_point, stored.local_meeting_point) == ("North gate", "北门")
    window.session.undo_stack.undo()
    back = next(s for s in list_sites(window.db, SAMPLE_SLUG) if s.key == site.key)
    assert back.local_address == site.local_address
    assert (back.meeting_point, back.local_meeting_point) == (
        site.meeting_point,
        site.local_meeting_point,
    )


def test_site_dialog_refuses_a_control_character_in_the_local_address(
    qtbot, sample_window: MainWindow
) -> None:
    window = sample_window
    dialog = window.workspace.editor.edit_site(window.session.snapshot.sites[0])
    dialog.local_address.setText("重庆市\x07渝北区")
    assert any("U+0007" in p for p in dialog.problems())
    assert not dialog.ok_button.isEnabled()


def test_on_the_day_dialog_edits_hotline_duty_and_notes_with_undo(
    qtbot, sample_window: MainWindow
) -> None:
    from PySide6.QtWidgets import QTableWidgetItem

    from tourplanner.services.tours import get_tour

    window = sample_window
    before = get_tour(window.db, SAMPLE_SLUG)
    window.actions_.on_the_day.trigger()
    dialog = window.tour_actions.on_the_day_dialog
    assert dialog.isVisible() and dialog.objectName() == "onTheDayDialog"
    assert dialog.hotline.text() == before.hotline
    assert dialog.contacts.rowCount() == len(before.duty_contacts) == 3
    assert dialog.problems() == []
    # An office line is refused where it is typed, with the service's words.
    type_into(qtbot, dialog.hotline, "+86 23 5555 0100")
    assert any("is not a mobile number" in p for p in dialog.problems())
    assert not dialog.ok_button.isEnabled()
    type_into(qtbot, dialog.hotline, "+86 139 2355 0199")
    qtbot.mouseClick(
        dialog.findChild(type(dialog.ok_button), "addDutyContact"), Qt.MouseButton.LeftButton
    )
    row = dialog.contacts.rowCount() - 1
    for col, text in enumerate(("Guo Peng", "郭鹏", "Security", "13923550171", "zh, en")):
        dialog.contacts.setItem(row, col, QTableWidgetItem(text))
    dialog.notes.setItem(0, 1, QTableWidgetItem("Sunny, 20 °C"))
    assert dialog.problems() == []
    press_ok(qtbot, dialog)
    after = get_tour(window.db, SAMPLE_SLUG)
    assert after.hotline == "+86 139 2355 0199"
    assert [c.name for c in after.duty_contacts][-1] == "Guo Peng"
    assert after.duty_contacts[-1].mobile == "+86 139 2355 0171"
    assert after.day_notes[0].weather == "Sunny, 20 °C"
    window.session.undo_stack.undo()
    restored = get_tour(window.db, SAMPLE_SLUG)
    assert (restored.hotline, restored.duty_contacts, restored.day_notes) == (
        before.hotline,
        before.duty_contacts,
        before.day_notes,
    )


def test_person_dialog_edits_forms_of_address_with_undo(qtbot, sample_window: MainWindow) -> None:
    from tourplanner.services.participants import list_participants

    window = sample_window
    sato = next(p for p in window.session.snapshot.participants if p.key == "yuki-sato")
    dialog = window.workspace.editor.edit_participant(sato)
    # The generated forms show until typed over.
    assert dialog.address_edits["salutation_en"].placeholderText() == "Dear Ms Sato"
    assert dialog.address_edits["salutation_en"].text() == ""
    dialog.address_edits["salutation_zh"].setText("尊敬的佐藤馆长")
    type_into(qtbot, dialog.address_edits["card_en"], "Ms Yuki SATO")
    press_ok(qtbot, dialog)
    stored = next(p for p in list_participants(window.db, SAMPLE_SLUG) if p.key == "yuki-sato")
    assert dict(stored.address) == {"card_en": "Ms Yuki SATO", "salutation_zh": "尊敬的佐藤馆长"}
    window.session.undo_stack.undo()
    back = next(p for p in list_participants(window.db, SAMPLE_SLUG) if p.key == "yuki-sato")
    assert back.address == ()


def test_person_dialog_refuses_a_control_character_in_a_salutation(
    qtbot, sample_window: MainWindow
) -> None:
    window = sample_window
    dialog = window.workspace.editor.edit_participant(window.session.snapshot.participants[0])
    dialog.address_edits["salutation_en"].setText("Dear\x07Sir")
    assert any("U+0007" in p for p in dialog.problems())
    assert not dialog.ok_button.isEnabled()
