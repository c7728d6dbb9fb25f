"""Reading a tour file's on-the-day part (format version 2): the tour's 24-hour line,
its on-duty contacts and its notes per day. The schema has checked the shapes; this
checks the values with the one check of each kind and names the JSON path of a bad one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from tourplanner.core.contacts import check_mobile
from tourplanner.core.errors import TourFileError
from tourplanner.core.i18n import Context
from tourplanner.core.model import DayNote, DutyContact

Errors = Context("Errors")  # the catalogue context of messages people read

Fail = Callable[[list[Any], str], TourFileError]
Languages = Callable[[list[str], list[Any]], tuple[str, ...]]


def _mobile(value: str, path: list[Any], fail: Fail) -> str:
    try:
        return check_mobile(value)
    except ValueError as e:
        raise fail(path, str(e)) from None


def _day(text: str, path: list[Any], fail: Fail, first: date, last: date) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise fail(path, Errors.tr("{text!r} is not a real date").format(text=text)) from None
    if not first <= day <= last:
        raise fail(
            path,
            Errors.tr("{day} is not a day of the tour ({first} to {last})").format(
                day=day, first=first, last=last
            ),
        )
    return day


def on_the_day(t: dict[str, Any], fail: Fail, languages: Languages) -> dict[str, Any]:
    """The tour's ``hotline``, ``duty_contacts`` and ``day_notes`` as model values (empty
    in a version-1 file). ``fail`` and ``languages`` are the tour-file reader's, so a bad
    value is reported like any other; the tour's own dates have been checked already."""
    hotline = t.get("hotline", "")
    contacts = tuple(
        DutyContact(
            name=c["name"],
            local_name=c.get("local_name", ""),
            role=c.get("role", ""),
            mobile=_mobile(c["mobile"], ["tour", "duty_contacts", i, "mobile"], fail),
            languages=languages(c.get("languages", []), ["tour", "duty_contacts", i, "languages"]),
        )
        for i, c in enumerate(t.get("duty_contacts", []))
    )
    first, last = date.fromisoformat(t["start_date"]), date.fromisoformat(t["end_date"])
    notes: dict[date, DayNote] = {}
    for i, n in enumerate(t.get("day_notes", [])):
        path: list[Any] = ["tour", "day_notes", i, "date"]
        day = _day(n["date"], path, fail, first, last)
        if day in notes:
            raise fail(path, Errors.tr("a second note for {day}").format(day=day))
        notes[day] = DayNote(
            day=day,
            weather=n.get("weather", ""),
            bring=n.get("bring", ""),
            dress=n.get("dress", ""),
        )
    return {
        "hotline": _mobile(hotline, ["tour", "hotline"], fail) if hotline else "",
        "duty_contacts": contacts,
        "day_notes": tuple(notes[d] for d in sorted(notes)),
    }
