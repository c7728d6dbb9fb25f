"""Shows the optimiser's proposal for a day beside the current plan, and the travel saved."""

from __future__ import annotations

from html import escape
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from tourplanner.core.day_plan import DayPlan
from tourplanner.core.wording import minutes as minutes_text
from tourplanner.qt.timefmt import clock, long_day_label
from tourplanner.services.optimize import DayProposal


class OptimiseDialog(QDialog):
    """Current and proposed order of a day's stops; Apply saves the proposal."""

    def __init__(self, proposal: DayProposal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proposal = proposal
        self.setObjectName("optimiseDialog")
        title = self.tr("Optimise %1").replace("%1", long_day_label(proposal.day))
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        zone = ZoneInfo(proposal.timezone)

        # Names the day as well as the person: the dialog may be opened from any day.
        intro = QLabel(
            self.tr(
                "The route of %1 on %2 with the least travel, keeping fixed appointments in place."
            )
            .replace("%1", escape(proposal.person_name))
            .replace("%2", escape(long_day_label(proposal.day)))
        )
        self.intro = intro
        intro.setObjectName("optimiseIntro")
        intro.setAccessibleName(self.tr("What the optimiser did"))
        intro.setWordWrap(True)

        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.addWidget(self._heading(self.tr("Now"), "currentHeading"), 0, 0)
        grid.addWidget(self._heading(self.tr("Proposed"), "proposedHeading"), 0, 1)
        self.current = self._plan(proposal.current, proposal, zone, "currentPlan")
        self.proposed = self._plan(proposal.proposed, proposal, zone, "proposedPlan")
        grid.addWidget(self.current, 1, 0)
        grid.addWidget(self.proposed, 1, 1)

        self.summary = QLabel(self._summary())
        self.summary.setObjectName("optimiseSummary")
        self.summary.setAccessibleName(self.tr("Travel saved"))
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)

        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(
            self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setObjectName("applyProposalButton")
        self.apply_button.setAccessibleName(self.tr("Apply the proposal"))
        self.apply_button.setEnabled(bool(proposal.moves))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelProposalButton")
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        if proposal.current_problems:
            problems = QLabel(
                self.tr("The current plan breaks the rules:")
                + "\n• "
                + "\n• ".join(proposal.current_problems)
            )
            problems.setObjectName("currentProblems")
            problems.setAccessibleName(self.tr("Problems of the current plan"))
            problems.setWordWrap(True)
            problems.setStyleSheet("color: #b91c1c;")
            layout.addWidget(problems)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(720, self.sizeHint().height())

    def _heading(self, text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setAccessibleName(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _plan(self, plan: DayPlan, proposal: DayProposal, zone: ZoneInfo, name: str) -> QLabel:
        moved = {p.stop.item_id for p in proposal.moves}
        rows = []
        for planned in plan.stops:
            site = proposal.site_names.get(planned.stop.site_id, "")
            travel = planned.travel_before
            leg = (
                f'<span style="color:#6b7280">↓ {escape(minutes_text(travel))}</span><br>'
                if travel
                else ""
            )
            style = (
                "font-weight:600; color:#1d4ed8"
                if (name == "proposedPlan" and planned.stop.item_id in moved)
                else ""
            )
            rows.append(
                f'{leg}<span style="{style}">{clock(planned.start.astimezone(zone))}–'
                f"{clock(planned.end.astimezone(zone))}  {escape(planned.stop.title)}</span>"
                f'<br><span style="color:#4b5563">{escape(site)}</span>'
            )
        total = plan.travel_minutes
        footer = (
            self.tr("Travel: %1").replace("%1", minutes_text(total))
            if total is not None
            else self.tr("Travel: unknown")
        )
        label = QLabel("<br>".join(rows) + f"<br><br><b>{escape(footer)}</b>")
        label.setObjectName(name)
        label.setAccessibleName(
            self.tr("Current plan") if name == "currentPlan" else self.tr("Proposed plan")
        )
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setWordWrap(True)
        return label

    def _summary(self) -> str:
        saved = self.proposal.travel_saved
        if not self.proposal.moves:
            return self.tr("The current order is already the best: nothing to change.")
        if saved is None:
            return self.tr("The proposal avoids a journey of unknown length.")
        return self.tr("Saves %1 of travel.").replace("%1", minutes_text(saved))
