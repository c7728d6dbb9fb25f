"""The private link tokens and publish settings kept in the database.

Every participant and site gets a token when its row is inserted (the column default,
``core.tokens.new_token``). ``import tour --replace`` deletes the old tour and inserts
the file's: tokens the file lists win; for people and sites the file lists without one
(a file written by hand or by another tool) the old tour's token is carried over by key,
so a replacement never changes anyone's link. Revoking gives one record a new token.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tourplanner.core import model
from tourplanner.core.errors import NotFoundError, ValidationError
from tourplanner.core.links import check_base_url, check_target
from tourplanner.core.tokens import new_token
from tourplanner.services.database import Database, transaction
from tourplanner.store import models as orm
from tourplanner.store import repository


def carry_over(session: Session, old: orm.Tour, snap: model.TourSnapshot) -> model.TourSnapshot:
    """``snap`` with the tokens and publish settings of ``old`` (the tour it replaces)
    filled in wherever ``snap`` has none."""
    people = dict(
        session.execute(
            select(orm.Participant.key, orm.Participant.publish_token).where(
                orm.Participant.tour_id == old.id
            )
        ).all()
    )
    sites = dict(
        session.execute(
            select(orm.Site.key, orm.Site.publish_token).where(orm.Site.tour_id == old.id)
        ).all()
    )
    taken = {p.publish_token for p in snap.participants} | {s.publish_token for s in snap.sites}

    def fill(record: model.Participant | model.Site, known: dict[str, str]) -> object:
        token = known.get(record.key, "")
        if record.publish_token or not token or token in taken:
            return record
        return dataclasses.replace(record, publish_token=token)

    tour = snap.tour
    if not (tour.publish_target or tour.publish_base_url):
        tour = dataclasses.replace(
            tour, publish_target=old.publish_target, publish_base_url=old.publish_base_url
        )
    return dataclasses.replace(
        snap,
        tour=tour,
        # mypy: ``fill`` takes and gives back any record with a key and a token; the
        # replaced tuples keep their record type.
        participants=tuple(fill(p, people) for p in snap.participants),  # type: ignore[misc]
        sites=tuple(fill(s, sites) for s in snap.sites),  # type: ignore[misc]
    )


@dataclass(frozen=True)
class Revoked:
    """A revoked link: whose (``person:KEY`` or ``site:KEY``), the old and the new token."""

    recipient: str
    old_token: str
    new_token: str


def revoke_token(db: Database, tour: str, key: str) -> Revoked:
    """Give the participant or site ``key`` a new token (a participant's key is tried
    first; ``person:KEY`` or ``site:KEY`` says which). The caller deletes the old folder."""
    kind, _, bare = key.partition(":") if ":" in key else ("", "", key)
    if kind not in ("", "person", "site"):
        raise ValidationError(f"--revoke: {key!r}: give a participant or site key")
    with transaction(db) as session:
        t = repository.tour_by_slug(session, tour)
        row: orm.Participant | orm.Site | None = None
        if kind in ("", "person"):
            row = session.scalar(
                select(orm.Participant).where(
                    orm.Participant.tour_id == t.id, orm.Participant.key == bare
                )
            )
            kind = "person" if row is not None else kind
        if row is None and kind in ("", "site"):
            row = session.scalar(
                select(orm.Site).where(orm.Site.tour_id == t.id, orm.Site.key == bare)
            )
            kind = "site"
        if row is None:
            raise NotFoundError(f"no participant or site {bare!r} in tour {tour!r}")
        old = row.publish_token
        row.publish_token = new_token()
        return Revoked(f"{kind}:{bare}", old, row.publish_token)


@dataclass(frozen=True)
class PublishSettings:
    target: str
    base_url: str


def publish_settings(db: Database, tour: str) -> PublishSettings:
    """Where ``tour`` was last published and its public address ("" when never)."""
    with transaction(db) as session:
        t = repository.tour_by_slug(session, tour)
        return PublishSettings(t.publish_target, t.publish_base_url)


def save_publish_settings(db: Database, tour: str, target: str, base_url: str) -> PublishSettings:
    """Remember ``target`` and ``base_url`` (each checked; "" clears the base URL)."""
    target = check_target(target, "--to") if target else ""
    base_url = check_base_url(base_url, "--base-url") if base_url else ""
    with transaction(db) as session:
        t = repository.tour_by_slug(session, tour)
        if (t.publish_target, t.publish_base_url) != (target, base_url):
            t.publish_target, t.publish_base_url = target, base_url
    return PublishSettings(target, base_url)
