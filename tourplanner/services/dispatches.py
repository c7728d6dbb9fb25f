"""The record of sending: one row per message sent, refused or written by a dry run.

Each row is written in a transaction of its own right after its message went out (or
failed), so a run that breaks off half-way has recorded exactly what it finished and a
rerun can skip it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import Select, delete, select

from tourplanner.core.changes import ItemState, items_to_json
from tourplanner.core.dispatch import MAIL_LANGUAGES, DispatchKind, DispatchResult
from tourplanner.core.errors import ValidationError
from tourplanner.core.i18n import Context
from tourplanner.core.templates import (
    PLACEHOLDERS,
    MailTemplate,
    check_language,
    check_template,
    default_template,
)
from tourplanner.services.database import Database, transaction
from tourplanner.store import models as orm
from tourplanner.store import records
from tourplanner.store.records import DispatchRecord
from tourplanner.store.repository import tour_by_slug

Errors = Context("Errors")  # the catalogue context of messages the services raise

__all__ = [
    "DispatchRecord",
    "NewDispatch",
    "last_sent",
    "list_dispatches",
    "record_dispatch",
]


@dataclass(frozen=True)
class NewDispatch:
    """What to record about one message."""

    recipient_key: str
    kind: DispatchKind
    name: str
    address: str
    result: DispatchResult
    pdf_hash: str = ""
    items: Mapping[str, ItemState] = field(default_factory=dict)
    participant_id: int | None = None
    site_id: int | None = None
    reason: str = ""
    message_id: str = ""
    open_errors: int = 0  # errors the tour had, when sent anyway (see release_gate)


def record_dispatch(db: Database, tour_id: int, entry: NewDispatch) -> DispatchRecord:
    """Write one dispatch in its own transaction and return it as stored."""
    with transaction(db) as session:
        row = orm.Dispatch(
            tour_id=tour_id,
            recipient_key=entry.recipient_key,
            participant_id=entry.participant_id,
            site_id=entry.site_id,
            name=entry.name[:300],
            address=entry.address[:320],
            kind=entry.kind,
            pdf_hash=entry.pdf_hash,
            items=items_to_json(entry.items),
            result=entry.result,
            reason=entry.reason,
            message_id=entry.message_id[:300],
            open_errors=entry.open_errors,
        )
        session.add(row)
        session.flush()
        session.refresh(row)
        return records.dispatch(row)


def last_sent(db: Database, tour_id: int) -> dict[tuple[str, DispatchKind], DispatchRecord]:
    """Each recipient's last successful dispatch, by (recipient key, kind)."""
    with transaction(db) as session:
        rows = session.scalars(
            select(orm.Dispatch)
            .where(orm.Dispatch.tour_id == tour_id, orm.Dispatch.result == DispatchResult.SENT)
            .order_by(orm.Dispatch.recipient_key, orm.Dispatch.sent_at, orm.Dispatch.id)
        )
        out: dict[tuple[str, DispatchKind], DispatchRecord] = {}
        for row in rows:  # in time order, so the last one wins
            record = records.dispatch(row)
            out[(record.recipient_key, record.kind)] = record
        return out


def list_dispatches(db: Database, tour: str) -> list[DispatchRecord]:
    """Every dispatch of a tour, oldest first."""
    with transaction(db) as session:
        tour_id = tour_by_slug(session, tour).id
        rows = session.scalars(
            select(orm.Dispatch)
            .where(orm.Dispatch.tour_id == tour_id)
            .order_by(orm.Dispatch.sent_at, orm.Dispatch.id)
        )
        return [records.dispatch(r) for r in rows]


# -- A tour's mail templates: read (its own, or the built-in default), save, reset. ------------
__all__ = [
    "PLACEHOLDERS",
    "MailTemplate",
    "get_mail_template",
    "list_mail_templates",
    "load_templates",
    "reset_mail_template",
    "save_mail_template",
]


def _kind(kind: str | DispatchKind) -> DispatchKind:
    try:
        return DispatchKind(kind)
    except ValueError:
        known = ", ".join(k.value for k in DispatchKind)
        raise ValidationError(
            Errors.tr("mail kind must be one of {known}, not {kind}").format(
                known=known, kind=repr(kind)
            )
        ) from None


def load_templates(db: Database, tour_id: int) -> dict[tuple[DispatchKind, str], MailTemplate]:
    """Every (kind, language) template of a tour: its own where saved, else the default."""
    out = {(k, lang): default_template(k, lang) for k in DispatchKind for lang in MAIL_LANGUAGES}
    with transaction(db) as session:
        rows = session.scalars(select(orm.MailTemplate).where(orm.MailTemplate.tour_id == tour_id))
        for row in rows:
            record = records.mail_template(row)
            out[(record.kind, record.language)] = record
    return out


def list_mail_templates(db: Database, tour: str) -> list[MailTemplate]:
    """The tour's templates for every kind and language, defaults included."""
    with transaction(db) as session:
        tour_id = tour_by_slug(session, tour).id
    found = load_templates(db, tour_id)
    return [found[(k, lang)] for k in DispatchKind for lang in MAIL_LANGUAGES]


def get_mail_template(db: Database, tour: str, kind: str, language: str) -> MailTemplate:
    """The template used for ``kind`` mail in ``language``: the tour's own, or the default."""
    k = _kind(kind)
    check_language(language)
    with transaction(db) as session:
        tour_id = tour_by_slug(session, tour).id
        row = session.scalar(_select(tour_id, k, language))
        return records.mail_template(row) if row is not None else default_template(k, language)


def save_mail_template(
    db: Database, tour: str, kind: str, language: str, subject: str, body: str
) -> MailTemplate:
    """Store the tour's own subject and body for ``kind`` mail in ``language``.

    Raises ValidationError naming an unknown placeholder (or a stray brace) before
    anything is stored."""
    k = _kind(kind)
    check_template(k, language, subject, body)
    with transaction(db) as session:
        tour_id = tour_by_slug(session, tour).id
        row = session.scalar(_select(tour_id, k, language))
        if row is None:
            row = orm.MailTemplate(tour_id=tour_id, kind=k, language=language)
            session.add(row)
        row.subject = subject
        row.body_text = body
        session.flush()
        return records.mail_template(row)


def reset_mail_template(db: Database, tour: str, kind: str, language: str) -> MailTemplate:
    """Forget the tour's own template; the built-in default applies again."""
    k = _kind(kind)
    check_language(language)
    with transaction(db) as session:
        tour_id = tour_by_slug(session, tour).id
        session.execute(
            delete(orm.MailTemplate).where(
                orm.MailTemplate.tour_id == tour_id,
                orm.MailTemplate.kind == k,
                orm.MailTemplate.language == language,
            )
        )
    return default_template(k, language)


def _select(tour_id: int, kind: DispatchKind, language: str) -> Select[orm.MailTemplate]:
    return select(orm.MailTemplate).where(
        orm.MailTemplate.tour_id == tour_id,
        orm.MailTemplate.kind == kind,
        orm.MailTemplate.language == language,
    )
