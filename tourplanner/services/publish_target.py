"""Where published pages go: a local folder or a WebDAV collection, behind one interface;
and the private link tokens and publish settings (target, base URL) kept in the database.

Paths are relative to the target's root and use '/'. Both kinds offer the same few
steps the publisher builds its guarantees from (see ``services.publish``): read a file,
write a file in a staging folder, copy a file already on the target, make a folder,
rename a file or folder, delete, and list the root. ``writes`` counts every request that
changes the target, so a rerun that changes nothing can be seen to write nothing.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote, urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from tourplanner.core import model
from tourplanner.core.errors import NotFoundError, TourplannerError, ValidationError
from tourplanner.core.i18n import Context
from tourplanner.core.links import check_base_url, check_target, is_url_target, public_url_of_target
from tourplanner.core.tokens import new_token
from tourplanner.integrations.credentials import resolve_password
from tourplanner.integrations.webdav import WebDavAccount, WebDavClient
from tourplanner.services.database import Database, transaction
from tourplanner.services.files import atomic_write
from tourplanner.store import models as orm
from tourplanner.store import repository

Errors = Context("Errors")  # the catalogue context of messages the services raise

PASSWORD_ENV = "TOURPLANNER_PUBLISH_PASSWORD"
KEYRING_SERVICE = "tourplanner-publish"


class Target(Protocol):
    """The operations publishing needs; ``writes`` counts the changing ones."""

    writes: int
    description: str

    def read(self, path: str) -> bytes | None: ...
    def put(self, path: str, data: bytes) -> None: ...
    def copy(self, source: str, destination: str) -> None: ...
    def mkdir(self, path: str) -> None: ...
    def move(self, source: str, destination: str, *, overwrite: bool) -> None: ...
    def delete(self, path: str) -> None: ...
    def children(self) -> list[tuple[str, bool]]: ...
    def close(self) -> None: ...


class FolderTarget:
    """A local folder (any web server, rsync or an object store's sync tool serves it)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.writes = 0
        self.description = str(root)

    def _path(self, path: str) -> Path:
        full = (self.root / path).resolve()
        # Every name comes from a token or a fixed file name; this guards the guarantee.
        if full != self.root.resolve() and self.root.resolve() not in full.parents:
            raise ValidationError(
                Errors.tr("refusing to write outside {root}: {path}").format(
                    root=self.root, path=repr(path)
                )
            )
        return full

    def _fail(self, message: str, error: OSError, **fields: object) -> TourplannerError:
        """``message`` (translated, naming ``{root}`` and ``{error}``) filled in."""
        return TourplannerError(
            message.format(root=self.root, error=error.strerror or error, **fields)
        )

    def read(self, path: str) -> bytes | None:
        try:
            return self._path(path).read_bytes()
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
            return None
        except OSError as e:
            raise self._fail(
                Errors.tr("cannot read {path} in {root}: {error}"), e, path=path
            ) from None

    def put(self, path: str, data: bytes) -> None:
        self.writes += 1
        atomic_write(self._path(path), data)

    def copy(self, source: str, destination: str) -> None:
        self.writes += 1
        src, dst = self._path(source), self._path(destination)
        try:
            try:  # files are never changed in place, so a hard link is a safe copy
                os.link(src, dst)
            except OSError:
                shutil.copy2(src, dst)
        except OSError as e:
            raise self._fail(
                Errors.tr("cannot copy {path} in {root}: {error}"), e, path=source
            ) from None

    def mkdir(self, path: str) -> None:
        self.writes += 1
        try:
            self._path(path).mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise self._fail(
                Errors.tr("cannot make the folder {path} in {root}: {error}"), e, path=path
            ) from None

    def move(self, source: str, destination: str, *, overwrite: bool) -> None:
        self.writes += 1
        src, dst = self._path(source), self._path(destination)
        try:
            if not overwrite and dst.exists():
                raise TourplannerError(
                    Errors.tr("cannot rename {source}: {destination} exists").format(
                        source=source, destination=destination
                    )
                )
            os.replace(src, dst)  # one rename: atomic on the same file system
        except OSError as e:
            raise self._fail(
                Errors.tr("cannot rename {path} in {root}: {error}"), e, path=source
            ) from None

    def delete(self, path: str) -> None:
        full = self._path(path)
        if not full.exists():
            return
        self.writes += 1
        try:
            if full.is_dir():
                shutil.rmtree(full)
            else:
                full.unlink()
        except OSError as e:
            raise self._fail(
                Errors.tr("cannot delete {path} in {root}: {error}"), e, path=path
            ) from None

    def children(self) -> list[tuple[str, bool]]:
        if not self.root.exists():  # made by the first write (a dry run makes nothing)
            return []
        try:
            return sorted((p.name, p.is_dir()) for p in self.root.iterdir())
        except OSError as e:
            raise self._fail(Errors.tr("cannot list the folder in {root}: {error}"), e) from None

    def close(self) -> None:
        pass


class DavTarget:
    """A WebDAV collection (nginx with its dav module, Apache mod_dav, WsgiDAV ...)."""

    def __init__(self, client: WebDavClient) -> None:
        self.client = client
        self.writes = 0
        self.description = client.account.url

    def read(self, path: str) -> bytes | None:
        return self.client.get(path)

    def put(self, path: str, data: bytes) -> None:
        self.writes += 1
        self.client.put(path, data)

    def copy(self, source: str, destination: str) -> None:
        self.writes += 1
        self.client.copy(source, destination)

    def mkdir(self, path: str) -> None:
        self.writes += 1
        self.client.mkcol(path)

    def move(self, source: str, destination: str, *, overwrite: bool) -> None:
        self.writes += 1
        self.client.move(source, destination, overwrite=overwrite)

    def delete(self, path: str) -> None:
        self.writes += 1
        self.client.delete(path)

    def children(self) -> list[tuple[str, bool]]:
        return sorted((e.name, e.is_collection) for e in self.client.list(""))

    def close(self) -> None:
        self.client.close()


def default_base_url(target: str) -> str:
    """A WebDAV target's own address (without the user) is its default public address;
    a folder has none."""
    return public_url_of_target(target) if is_url_target(target) else ""


def open_target(
    target: str,
    *,
    password: str | None = None,
    password_env: str | None = None,
    timeout: float | None = None,
) -> Target:
    """The target ``target`` names, checked; a WebDAV URL's password is ``password``
    when given (typed in the GUI), else from ``password_env``,
    $TOURPLANNER_PUBLISH_PASSWORD or the system keyring."""
    target = check_target(target, "--to")
    if not is_url_target(target):
        return FolderTarget(Path(target).expanduser())
    parts = urlsplit(target)
    user = unquote(parts.username or "")
    if user and not password:
        password = resolve_password(
            user=user,
            what="WebDAV password",
            keyring_service=KEYRING_SERVICE,
            password_env=password_env,
            default_env=PASSWORD_ENV,
        )
    account = WebDavAccount(
        public_url_of_target(target), user, password or "", timeout if timeout else 30.0
    )
    return DavTarget(WebDavClient(account))


# -- The private link tokens and publish settings kept in the database.
#
# Every participant and site gets a token when its row is inserted (the column default,
# ``core.tokens.new_token``). ``import tour --replace`` deletes the old tour and inserts
# the file's: tokens the file lists win; for people and sites the file lists without one
# (a file written by hand or by another tool) the old tour's token is carried over by key,
# so a replacement never changes anyone's link. Revoking gives one record a new token.
#


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
        raise ValidationError(
            Errors.tr("--revoke: {key}: give a participant or site key").format(key=repr(key))
        )
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
            raise NotFoundError(
                Errors.tr("no participant or site {bare} in tour {tour}").format(
                    bare=repr(bare), tour=repr(tour)
                )
            )
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
