"""A delegate's own lines in the day-by-day programme: their vehicle on each transfer,
and whom to call that day (see ``delegate_day`` for how they are chosen)."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle

from tourplanner.export.pdf.blocks import join
from tourplanner.export.pdf.facts import OnDuty, Ride
from tourplanner.export.pdf.labels import Labels
from tourplanner.export.pdf.para import Para, Run, rich
from tourplanner.export.pdf.styles import GREY, INK, NAVY


def duty_label(d: OnDuty, labels: Labels) -> str:
    """What an on-duty line is: the tour's own wording of the role when it has one
    (it is entered in English), else, and in a Chinese-only document, our label."""
    if d.kind == "hotline":
        return labels("hotline")
    if d.role.strip() and labels.lang != "zh":
        return d.role.strip()
    if d.kind == "lead":
        return labels("tour_lead")
    return labels.role(d.kind) if d.kind == "interpreter" else labels("on_duty")


def duty_rows(lines: tuple[OnDuty, ...], labels: Labels) -> list[tuple[str, str]]:
    """(label, name · mobile) rows for the practical page."""
    return [(duty_label(d, labels), join(d.name, d.mobile)) for d in lines]


def duty_para(lines: tuple[OnDuty, ...], labels: Labels, style: ParagraphStyle) -> Para:
    """'On duty: Tour lead Liu Fang 刘芳 +86 139 … · Interpreter … · 24-hour line …'."""
    runs: list[Run] = [(f"{labels('on_duty')}:  ", None, NAVY)]
    for n, d in enumerate(lines):
        if n:
            runs.append(("  ·  ", None, GREY))
        runs.append((f"{duty_label(d, labels)} ", None, GREY))
        if d.name:
            runs.append((f"{d.name} ", None, INK))
        runs.append((d.mobile, None, INK))
    return rich(runs, style)


def ride_para(ride: Ride, labels: Labels, style: ParagraphStyle) -> Para:
    """The reader's vehicle, seat, driver and boarding on one transfer; without a seat,
    the transfer's vehicles and whom to ask."""
    board = join(f"{ride.board_at:%H:%M}", ride.board_where)
    runs: list[Run] = []
    if ride.vehicle:
        vehicle = join(ride.vehicle, f"{labels('plate')} {ride.plate}" if ride.plate else "")
        runs += [(f"{labels('your_vehicle')}: ", None, NAVY), (vehicle, None, INK)]
        seat = (
            labels.seat(ride.seat) if ride.seat else f"{labels('seat')}: {labels('seat_reserved')}"
        )
        runs += [None, (seat, None, INK)]
        if ride.driver or ride.driver_mobile:
            runs += [None, (f"{labels('driver')}: ", None, NAVY)]
            runs.append((join(ride.driver, ride.driver_mobile), None, INK))
    else:
        runs += [(labels("no_seat"), None, NAVY)]
        if ride.vehicles:
            runs += [None, (f"{labels('vehicles')}: ", None, NAVY)]
            runs.append(("; ".join(ride.vehicles), None, INK))
    runs += [None, (f"{labels('board')}: ", None, NAVY), (board, None, INK)]
    return rich(runs, style)


__all__ = ["duty_label", "duty_para", "duty_rows", "ride_para"]
