"""Send each delegate their briefing and calendar, and each host theirs, by email.

Who gets what:

* A **delegate** (a participant whose role is delegate and who attends at least one item)
  gets one message: their PDF briefing, their calendar (``text/calendar; method=PUBLISH``,
  an .ics attachment named as the QR code in the briefing says), and a short text and
  HTML body in their language: Chinese when Chinese is the first of their languages,
  English otherwise.
* A **host** is whoever the tour names as host of a site's items (a participant attending
  them in the role host). Each host gets one message with, for every site they host, the
  site's host briefing and its calendar of visits. A site whose items name no host is
  written to its published contact (the site's contact email) instead: nobody at a site
  receives the same briefing twice, and a site with a named host does not also get it at
  its front desk. Only sites with items that go ahead get host mail.
* ``--to PERSON_KEY`` sends that person whatever they would get as a delegate or host;
  someone who is neither (an interpreter, say) gets the delegate-style message with their
  own briefing and calendar. ``--to SITE_KEY`` sends the messages of that site's hosts.

Every message is recorded (``dispatch``) with what it carried: the briefing's content
hash and each calendar item's SEQUENCE (with its time, title and place). A recipient's
current version is compared with their last successful dispatch: *new* (never sent),
*changed* (another briefing, another calendar, or another address) or *current*. A run
sends to new and changed recipients (``changed_only``: changed ones only; ``resend``:
everyone), so rerunning a run that broke off sends only what it did not finish, and nobody
receives the same version twice. An update carries "What changed since the last version".

Failures: a bad address is caught before anything is sent; a recipient the server refuses
is recorded as failed with the server's reply and the others still go out; a broken
connection stops the run (the message in flight is recorded as failed, the rest are left
for the rerun). Each failure is one readable line. Passwords are used for the SMTP login
only: never stored, printed or logged.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email.message import EmailMessage
from enum import StrEnum
from pathlib import Path

from tourplanner.core import venue_lists
from tourplanner.core.address import forms_of_address
from tourplanner.core.changes import (
    headline,
)
from tourplanner.core.dispatch import (
    DispatchKind,
    DispatchResult,
    UpdateStatus,
)
from tourplanner.core.errors import ValidationError
from tourplanner.core.i18n import QT_TRANSLATE_NOOP, Context
from tourplanner.core.links import add_page_links
from tourplanner.core.model import TourSnapshot
from tourplanner.core.templates import (
    MailTemplate,
    check_template,
    compose,
    format_dates,
)
from tourplanner.export.ics import CalendarWriter, IcsOptions, Selection
from tourplanner.export.pdf import (
    PdfOptions,
    render,
)
from tourplanner.integrations.credentials import resolve_password
from tourplanner.integrations.mailer import (
    KEYRING_SERVICE,
    Attachment,
    ConnectionLost,
    InvalidAddress,
    MessageRefused,
    SenderRefused,
    SmtpMailer,
    SmtpSettings,
    build_message,
    check_address,
    message_bytes,
    parse_smtp_url,
)
from tourplanner.services.briefings import issue_of
from tourplanner.services.database import Database
from tourplanner.services.dispatches import NewDispatch, last_sent, load_templates, record_dispatch
from tourplanner.services.files import atomic_write
from tourplanner.services.mail_plan import (
    MailTour,
    PlannedMail,
    Recipient,
)
from tourplanner.services.tours import load_snapshot, require_no_open_errors

Errors = Context("Errors")  # the catalogue context of messages the services raise

__all__ = [
    "SMTP_PASSWORD_ENV",
    "SMTP_URL_ENV",
    "Outcome",
    "ProgressCallback",
    "RecipientResult",
    "SendReport",
    "SmtpSettings",
    "parse_smtp_url",
    "resolve_smtp_password",
    "send_mail",
    "smtp_settings",
]

SMTP_URL_ENV = "TOURPLANNER_SMTP_URL"
SMTP_PASSWORD_ENV = "TOURPLANNER_SMTP_PASSWORD"

PDF = "application/pdf"
CALENDAR = "text/calendar; method=PUBLISH; charset=utf-8"


# -- settings and the password ------------------------------------------------------------


def smtp_settings(url: str | None = None) -> SmtpSettings:
    """SMTP settings from ``url``, else from $TOURPLANNER_SMTP_URL."""
    url = url or os.environ.get(SMTP_URL_ENV)
    if not url:
        raise ValidationError(
            Errors.tr(
                "no SMTP server: give --smtp URL or set {variable} (or use --dry-run -o DIR)"
            ).format(variable=SMTP_URL_ENV)
        )
    return parse_smtp_url(url)


_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def resolve_smtp_password(user: str, password_env: str | None = None) -> str:
    """The SMTP password: from the environment variable ``password_env`` when given, else
    from $TOURPLANNER_SMTP_PASSWORD when set, else from the system keyring (service
    ``tourplanner-smtp``), as every server's password is found (integrations/credentials).
    The password itself is never part of any message."""
    return resolve_password(
        user=user,
        what="the SMTP password",
        keyring_service=KEYRING_SERVICE,
        password_env=password_env,
        default_env=SMTP_PASSWORD_ENV,
    )


# -- sending ------------------------------------------------------------------------------


class Outcome(StrEnum):
    SENT = "sent"
    FAILED = "failed"
    DRY_RUN = "dry-run"  # written to an .eml file
    NOT_SENT = "not-sent"  # the run stopped before this one (connection lost, cancelled)
    UP_TO_DATE = "up-to-date"  # they have this version: skipped
    LEFT_OUT = "left-out"  # never sent, and changed_only sends updates only


@dataclass(frozen=True)
class RecipientResult:
    recipient: Recipient
    status: UpdateStatus
    outcome: Outcome
    reason: str = ""
    path: Path | None = None  # the .eml file of a dry run
    changes: tuple[str, ...] = ()

    def line(self) -> str:
        """One line for a person to read."""
        r = self.recipient
        # A venue's list says which (catering: the dietary list, gate: the vehicles).
        what = r.key.split(":")[1] if r.key.startswith("list:") else r.kind.value
        text = f"{self.outcome.value:<10} {what:<8} {r.shown}"
        if self.outcome is Outcome.DRY_RUN and self.path is not None:
            text += f" -> {self.path}"
        elif self.reason:
            text += f": {self.reason}"
        elif self.status is UpdateStatus.CHANGED and self.outcome is not Outcome.UP_TO_DATE:
            text += " (update)"
        return text


@dataclass(frozen=True)
class SendReport:
    tour: str
    dry_run: bool
    results: tuple[RecipientResult, ...]
    stopped: str = ""  # why the run ended early, or ""
    folder: Path | None = None

    def count(self, outcome: Outcome) -> int:
        return sum(1 for r in self.results if r.outcome is outcome)

    @property
    def ok(self) -> bool:
        return not self.stopped and not self.count(Outcome.FAILED)

    def summary(self) -> str:
        """One sentence: what went out, what failed, what is left."""
        parts: list[str] = []
        if self.dry_run:
            wrote = Errors.tr("Wrote {count} message(s) to {folder} (dry run: nothing was sent)")
            parts.append(wrote.format(count=self.count(Outcome.DRY_RUN), folder=self.folder))
        else:
            parts.append(
                Errors.tr("Sent {count} message(s)").format(count=self.count(Outcome.SENT))
            )
        for outcome, clause in (
            (Outcome.FAILED, Errors.tr("{count} failed")),
            (Outcome.NOT_SENT, Errors.tr("{count} not sent")),
            (Outcome.UP_TO_DATE, Errors.tr("{count} already up to date")),
            (Outcome.LEFT_OUT, Errors.tr("{count} never sent, left out by --changed-only")),
        ):
            if self.count(outcome):
                parts.append(clause.format(count=self.count(outcome)))
        # Independent clauses, listed: the separator is the language's own.
        text = Errors.tr("{clauses}.").format(clauses=Errors.tr("; ").join(parts))
        if self.stopped:
            stopped = Errors.tr(
                "{text} Stopped: {why}. Run the same command again to send the rest."
            )
            text = stopped.format(text=text, why=self.stopped)
        return text


# done, total, the result for one recipient
ProgressCallback = Callable[[int, int, RecipientResult], None]
PasswordSource = str | Callable[[], str] | None


def send_mail(
    db: Database,
    tour: str,
    to: str,
    *,
    smtp: SmtpSettings | None = None,
    password: PasswordSource = None,
    dry_run: str | os.PathLike[str] | None = None,
    sender: str | None = None,
    changed_only: bool = False,
    resend: bool = False,
    pdf_options: PdfOptions | None = None,
    ics_options: IcsOptions | None = None,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    allow_errors: bool = False,
) -> SendReport:
    """Send ``to``'s messages over ``smtp``, or with ``dry_run`` (a folder) write them as
    .eml files instead. Returns a result per recipient; see the module's docstring for who
    is sent what and when.

    ``password``: the SMTP password, or a function that returns it (asked only when a
    connection is needed), or None to read it as ``resolve_smtp_password`` says.
    ``sender``: the From address (default: the settings' sender, else the tour's
    organiser email). ``progress`` is called after each recipient; setting ``cancel``
    stops before the next one. Raises TourplannerError (one line) for problems found
    before anything is sent: a bad template, no sender, the server unreachable or the
    login refused. While ``check`` reports errors nothing is sent or written (a dry run
    neither) and OpenErrorsError is raised, unless ``allow_errors``: then each dispatch
    record notes how many errors were open."""
    if (smtp is None) == (dry_run is None):
        raise ValidationError(Errors.tr("give either SMTP settings or a dry-run folder"))
    if changed_only and resend:
        raise ValidationError(Errors.tr("--changed-only and --resend cannot be combined"))
    open_errors = require_no_open_errors(db, tour, Errors.tr("sending"), allow_errors)
    snapshot = load_snapshot(db, tour)
    mail = MailTour(snapshot, pdf_options or PdfOptions())
    recipients = mail.audience(to)
    templates = load_templates(db, snapshot.tour.id)
    for template in templates.values():  # refuse a bad template before anything is sent
        check_template(template.kind, template.language, template.subject, template.body)
    from_address = _sender(snapshot, smtp, sender)
    planned = mail.plan(recipients, last_sent(db, snapshot.tour.id))
    folder = Path(dry_run) if dry_run is not None else None
    if folder is not None and folder.exists() and not folder.is_dir():
        raise ValidationError(
            Errors.tr("{folder} is a file; give a folder for the .eml files").format(folder=folder)
        )

    results: list[RecipientResult] = []
    todo: list[PlannedMail] = []
    for entry in planned:
        wanted = (
            resend
            or (changed_only and entry.status is UpdateStatus.CHANGED)
            or (not changed_only and entry.status is not UpdateStatus.CURRENT)
        )
        if wanted:
            todo.append(entry)
        elif entry.status is UpdateStatus.CURRENT:
            results.append(RecipientResult(entry.recipient, entry.status, Outcome.UP_TO_DATE))
        else:
            reason = "never sent: --changed-only sends updates only"
            results.append(RecipientResult(entry.recipient, entry.status, Outcome.LEFT_OUT, reason))
    run = _Run(db, mail, templates, from_address, folder, ics_options, progress, len(todo))
    run.open_errors = open_errors
    mailer: SmtpMailer | None = None
    if smtp is not None and todo:
        mailer = SmtpMailer(smtp, _password(smtp, password))
        mailer.connect()  # one-line error before anything is recorded when it cannot
    try:
        stopped = ""
        for entry in todo:
            if stopped:
                run.skip(entry, f"not attempted: {stopped}")
                continue
            if cancel is not None and cancel.is_set():
                stopped = "cancelled"
                run.skip(entry, "not attempted: cancelled")
                continue
            stopped = run.one(entry, mailer)
    finally:
        if mailer is not None:
            mailer.close()
    # Results in the plan's order (delegates by precedence, then hosts), skipped ones too.
    order = {(e.recipient.key, e.recipient.kind): i for i, e in enumerate(planned)}
    every = sorted(
        [*run.results, *results], key=lambda x: order[(x.recipient.key, x.recipient.kind)]
    )
    return SendReport(tour, folder is not None, tuple(every), stopped, folder)


def _password(smtp: SmtpSettings, source: PasswordSource) -> str | None:
    if not smtp.user:
        return None
    if callable(source):
        return source()
    return source if source is not None else resolve_smtp_password(smtp.user)


def _sender(snapshot: TourSnapshot, smtp: SmtpSettings | None, sender: str | None) -> str:
    address = sender or (smtp.sender if smtp else None) or snapshot.tour.organiser_email
    if not address or not address.strip():
        raise ValidationError(
            Errors.tr(
                "no sender address: give --from ADDRESS (or ?from= in the SMTP URL), or "
                "set the tour's organiser email"
            )
        )
    try:
        return check_address(address)
    except InvalidAddress as e:
        raise ValidationError(Errors.tr("sender: {error}").format(error=e)) from None


class _Run:
    """One run's state: builds, sends or writes, records and reports each message."""

    def __init__(
        self,
        db: Database,
        mail: MailTour,
        templates: Mapping[tuple[DispatchKind, str], MailTemplate],
        sender: str,
        folder: Path | None,
        ics_options: IcsOptions | None,
        progress: ProgressCallback | None,
        total: int,
    ) -> None:
        self.db = db
        self.mail = mail
        self.templates = templates
        self.sender = sender
        self.folder = folder
        self.calendars = CalendarWriter(mail.snap, ics_options or IcsOptions())
        self.progress = progress
        self.total = total
        self.results: list[RecipientResult] = []
        self._files: set[str] = set()
        self.open_errors = 0  # noted on every dispatch record (sent with allow_errors)

    def _done(self, result: RecipientResult) -> None:
        self.results.append(result)
        if self.progress is not None:
            self.progress(len(self.results), self.total, result)

    def skip(self, entry: PlannedMail, reason: str) -> None:
        self._done(RecipientResult(entry.recipient, entry.status, Outcome.NOT_SENT, reason))

    def _record(
        self, entry: PlannedMail, result: DispatchResult, reason: str = "", msg_id: str = ""
    ) -> None:
        r = entry.recipient
        record_dispatch(
            self.db,
            self.mail.snap.tour.id,
            NewDispatch(
                recipient_key=r.key,
                kind=r.kind,
                name=r.name,
                address=r.address,
                result=result,
                pdf_hash=entry.pdf_hash,
                items=entry.items,
                participant_id=r.participant_id,
                site_id=r.site_ids[0] if r.key.startswith(("site:", "contact:", "list:")) else None,
                reason=reason,
                message_id=msg_id,
                open_errors=self.open_errors,
            ),
        )

    def one(self, entry: PlannedMail, mailer: SmtpMailer | None) -> str:
        """Handle one recipient; returns why the run must stop, or ''."""
        r = entry.recipient
        lines = tuple(entry.change_lines())
        try:
            address = check_address(r.address)
        except InvalidAddress as e:
            if mailer is not None:  # a dry run attempted nothing, so records nothing
                self._record(entry, DispatchResult.FAILED, str(e))
            self._done(RecipientResult(r, entry.status, Outcome.FAILED, str(e), changes=lines))
            return ""
        msg = self.message(entry, address, lines)
        msg_id = str(msg["Message-ID"])
        if mailer is None:
            path = self.write(entry, msg)
            self._record(entry, DispatchResult.DRY_RUN, "", msg_id)
            self._done(RecipientResult(r, entry.status, Outcome.DRY_RUN, path=path, changes=lines))
            return ""
        try:
            mailer.send(msg)
        except MessageRefused as e:
            reason = e.reason or str(e)
            self._record(entry, DispatchResult.FAILED, reason, msg_id)
            self._done(RecipientResult(r, entry.status, Outcome.FAILED, reason, changes=lines))
            return ""
        except (ConnectionLost, SenderRefused) as e:
            self._record(entry, DispatchResult.FAILED, str(e), msg_id)
            self._done(RecipientResult(r, entry.status, Outcome.FAILED, str(e), changes=lines))
            return str(e)
        # Recorded at once, in its own transaction: a rerun must not send it again.
        self._record(entry, DispatchResult.SENT, "", msg_id)
        self._done(RecipientResult(r, entry.status, Outcome.SENT, changes=lines))
        return ""

    # -- building --

    def values(self, r: Recipient) -> dict[str, str]:
        tour = self.mail.snap.tour
        zh = r.language == "zh"
        name = r.name
        if zh and r.participant_id is not None:
            name = self.mail.people[r.participant_id].local_name.strip() or name
        sites = []
        for sid in r.site_ids:
            site = self.mail.sites[sid]
            sites.append((site.local_name.strip() if zh else "") or site.name)
        if r.participant_id is not None:
            forms = forms_of_address(self.mail.people[r.participant_id])
            salutation = forms.salutation_zh if zh else forms.salutation_en
        else:  # a site's desk: no person to address by name
            salutation = f"尊敬的{name}" if zh else f"Dear {name}"
        return {
            "name": name,
            "salutation": salutation,
            "tour": (tour.local_name.strip() if zh else "") or tour.name,
            "dates": format_dates(tour.start_date, tour.end_date, r.language),
            "organiser": tour.organiser_name.strip() or tour.name,
            "organiser_email": tour.organiser_email,
            "organiser_phone": tour.organiser_phone,
            "sites": ("、" if zh else ", ").join(sites),
        }

    def attachments(self, entry: PlannedMail) -> list[Attachment]:
        mail, r = self.mail, entry.recipient
        out: list[Attachment] = []
        if r.kind is DispatchKind.DELEGATE:
            assert r.person_key is not None
            ((_, facts),) = mail.facts(r)
            # The PDF and the .ics share a stem (the person's safe name).
            stem = mail.calendar_name(r).removesuffix(".ics")
            issue = issue_of(self.db, mail.snap, "delegate", r.participant_id, facts,
                             mail.pdf_options)  # fmt: skip
            pdf = render(facts, mail.pdf_options, entry.pdf_hash, issue)
            out.append(Attachment(f"{stem}.pdf", pdf, PDF))
            data = self.calendars.calendar(Selection.person(r.person_key))
            out.append(Attachment(f"{stem}.ics", data, CALENDAR))
            return out
        for site_key, facts in mail.facts(r):
            stem = mail.site_stems[site_key]
            site_id = next(s.id for s in mail.snap.sites if s.key == site_key)
            issue = issue_of(self.db, mail.snap, "host", site_id, facts, mail.pdf_options)
            pdf = render(facts, mail.pdf_options, None, issue)
            out.append(Attachment(f"{stem}-host-briefing.pdf", pdf, PDF))
            data = self.calendars.calendar(Selection.site(site_key))
            out.append(Attachment(f"{stem}.ics", data, CALENDAR))
        return out

    def message(self, entry: PlannedMail, address: str, lines: tuple[str, ...]) -> EmailMessage:
        r = entry.recipient
        if r.key.startswith("list:"):
            return self.list_message(entry, address)
        template = self.templates[(r.kind, r.language)]
        update = entry.status is UpdateStatus.CHANGED
        said = headline(entry.changes, r.language) if update else ""
        composed = compose(template, self.values(r), lines, update=update, headline=said)
        # The private link to their always-current page (issue 14), when the tour has one.
        host = r.kind is DispatchKind.HOST
        composed = add_page_links(composed, self.mail.pages(r), r.language, host=host)
        tour = self.mail.snap.tour
        return build_message(
            sender=self.sender,
            sender_name=tour.organiser_name or tour.name,
            to=address,
            to_name=r.name,
            subject=composed.subject,
            text=composed.text,
            html=composed.html,
            attachments=self.attachments(entry),
            reply_to=tour.organiser_email or None,
            language=r.language,
        )

    def list_message(self, entry: PlannedMail, address: str) -> EmailMessage:
        """A venue's list (catering: the dietary list; gate: the vehicles), as text in
        Chinese and English, as the list itself is (``core.venue_lists``)."""
        r = entry.recipient
        tour = self.mail.snap.tour
        venue = self.mail.venue_list(r)
        nothing = venue_lists.both(QT_TRANSLATE_NOOP("VenueLists", "(nothing yet)"))
        body = venue.text() if not venue.empty else f"{venue.title}\n\n{nothing}\n"
        sign = tour.organiser_name.strip() or tour.name
        contact = " ".join(x for x in (tour.organiser_email, tour.organiser_phone) if x)
        dear = venue_lists.both(QT_TRANSLATE_NOOP("VenueLists", "Dear {name},"), name=r.name)
        thanks = venue_lists.both(QT_TRANSLATE_NOOP("VenueLists", "With thanks,"))
        text = f"{dear}\n\n{body}\n{thanks}\n{sign}\n{contact}\n"
        return build_message(
            sender=self.sender,
            sender_name=tour.organiser_name or tour.name,
            to=address,
            to_name=r.name,
            subject=f"{venue.title} – {tour.name}",
            text=text,
            reply_to=tour.organiser_email or None,
            language="zh, en",
        )

    def write(self, entry: PlannedMail, msg: EmailMessage) -> Path:
        assert self.folder is not None
        r = entry.recipient
        kind, key = r.key.split(":", 1)
        if kind == "site":
            stem = f"site-{self.mail.site_stems[key]}"
        elif kind == "contact":  # contact:SITE:N
            site, number = key.rsplit(":", 1)
            stem = f"site-{self.mail.site_stems[site]}-contact-{number}"
        elif kind == "list":  # list:ROLE:SITE:N
            role, site, number = key.split(":")
            stem = f"site-{self.mail.site_stems[site]}-{role}-{number}"
        else:
            stem = self.mail.person_stems[key]
        name = f"{r.kind.value}-{stem}"
        candidate, n = name, 2
        while candidate in self._files:
            candidate, n = f"{name}-{n}", n + 1
        self._files.add(candidate)
        return atomic_write(self.folder / f"{candidate}.eml", message_bytes(msg))
