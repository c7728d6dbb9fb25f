"""A tour's mail templates: read (its own, or the built-in default), save, reset.

A template is checked when it is saved (an unknown placeholder is refused with a message
naming it) and again when mail is composed, so a row written some other way cannot send a
raw ``{placeholder}`` to anyone.
"""

from __future__ import annotations

from sqlalchemy import Select, delete, select

from tourplanner.core.dispatch import MAIL_LANGUAGES, DispatchKind
from tourplanner.core.errors import ValidationError
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
from tourplanner.store.repository import tour_by_slug

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
        raise ValidationError(f"mail kind must be one of {known}, not {kind!r}") from None


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
