"""The operations the crash trials kill (see ``reliability.kill_trials``): each says how
to set a trial up, the command, and what to check after a kill and after the rerun.
``OPERATIONS`` names them for the runner."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import threading
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from reliability.common import (
    SAMPLE_SLUG,
    CliResult,
    Launcher,
    copy_sqlite,
    export_tour,
    ics_without_stamps,
    integrity_problems,
    isolated_env,
    open_db,
    parse_ics,
    pdf_text,
    sqlite_rows,
    sqlite_scalar,
    sqlite_url,
    temp_name,
)
from reliability.data import Templates, rev1_fingerprint, schema_sql

CALDAV_PASSWORD_ENV = "TP_RELIABILITY_CALDAV_PASSWORD"


@dataclass
class Trial:
    index: int
    folder: Path
    db: Path
    env: dict[str, str]
    variant: str = ""
    data: dict[str, Any] = field(default_factory=dict)


class Operation:
    """One CLI operation under test. Subclasses say how to set a trial up, the command,
    and what to check after a kill and after the rerun."""

    name = ""
    title = ""
    uses_editor = True
    has_workers = False  # starts worker processes that must not outlive it

    def __init__(
        self, templates: Templates, launcher: Launcher, helper: Launcher | None = None
    ) -> None:
        self.t = templates
        self.launcher = launcher  # starts the runs that are killed (and the reference)
        self.helper = helper or launcher  # runs the reruns and set-up commands

    def setup(self, folder: Path) -> None:
        """Once, before any trial (start servers, build files)."""

    def teardown(self) -> None:
        """Once, after the last trial."""

    def prepare(self, trial: Trial) -> None:
        raise NotImplementedError

    def argv(self, trial: Trial) -> list[str]:
        raise NotImplementedError

    def reference(self, trial: Trial, result: CliResult) -> list[str]:
        """Record what a finished run gives (called on the uninterrupted first run)."""
        return []

    def after_kill(self, trial: Trial) -> tuple[str, list[str]]:
        """(state, problems) right after the kill."""
        return "", []

    def after_rerun(self, trial: Trial, result: CliResult) -> list[str]:
        return [] if result.returncode == 0 else [f"rerun failed: {result.describe()}"]

    def env(self, folder: Path) -> dict[str, str]:
        return isolated_env(folder)


# --- import tour --------------------------------------------------------------------------


def tour_plan(path: Path) -> Any:
    """The tour in ``path`` as its tour file says it, less what differs between two runs
    of the same import: the private link tokens (a replace gives people new to the tour
    random ones) and the items' ``updated_at`` (a replace stamps what it changed now)."""
    data = export_tour(path)
    if data is None:
        return None
    tour = json.loads(data)
    for table, name in (("participants", "token"), ("sites", "token"), ("items", "updated_at")):
        for row in tour.get(table, []):
            row.pop(name, None)
    return tour


class ImportTour(Operation):
    name = "import-tour"
    title = "import tour --replace"

    def setup(self, folder: Path) -> None:
        # Variant "sample": the sample file replaces an edited copy of the sample tour.
        # Variant "big": a 288-item tour replaces the sample (a longer transaction).
        from tourplanner.services.tourfile import import_tour_bytes

        # The references are made by the same import in-process: a replace keeps what
        # the stored tour knows (SEQUENCE only rises), so the result is not the file alone.
        folder.mkdir(parents=True, exist_ok=True)
        replaced = {}
        for variant, start, tour in (
            ("sample", self.t.edited_db, self.t.sample_tour),
            ("big", self.t.sample_db, self.t.big_tour),
        ):
            path = folder / f"{variant}-reference.db"
            copy_sqlite(start, path)
            db = open_db(path)
            try:
                import_tour_bytes(db, tour.read_bytes(), replace=True)
            finally:
                db.dispose()
            replaced[variant] = tour_plan(path)
        self.refs = {
            "sample": (tour_plan(self.t.edited_db), replaced["sample"]),
            "big": (tour_plan(self.t.sample_db), replaced["big"]),
        }

    def prepare(self, trial: Trial) -> None:
        trial.variant = "big" if trial.index % 2 else "sample"
        source = self.t.sample_db if trial.variant == "big" else self.t.edited_db
        copy_sqlite(source, trial.db)

    def argv(self, trial: Trial) -> list[str]:
        tour = self.t.big_tour if trial.variant == "big" else self.t.sample_tour
        return ["--db", sqlite_url(trial.db), "import", "tour", str(tour), "--replace"]

    def reference(self, trial: Trial, result: CliResult) -> list[str]:
        if result.returncode != 0:
            return [f"reference run failed: {result.describe()}"]
        if tour_plan(trial.db) != self.refs[trial.variant][1]:
            return ["the CLI import differs from the import in-process"]
        return []

    def after_kill(self, trial: Trial) -> tuple[str, list[str]]:
        old, new = self.refs[trial.variant]
        now = tour_plan(trial.db)
        if now == old:
            return "old", []
        if now == new:
            return "new", []
        return "mixed", ["the tour is neither the old one nor the new one: half an import"]

    def after_rerun(self, trial: Trial, result: CliResult) -> list[str]:
        problems = super().after_rerun(trial, result)
        if not problems and tour_plan(trial.db) != self.refs[trial.variant][1]:
            problems.append("after the rerun the tour differs from a clean import")
        return problems


# --- import people ------------------------------------------------------------------------


def people_state(db: Path) -> list[tuple[Any, ...]]:
    return sqlite_rows(
        db,
        "SELECT p.key, p.full_name, p.organisation, p.title, p.email, p.phone, p.country,"
        " p.dietary FROM participant p JOIN tour t ON t.id = p.tour_id WHERE t.slug = ?"
        " ORDER BY p.key",
        SAMPLE_SLUG,
    )


class ImportPeople(Operation):
    name = "import-people"
    title = "import people --skip-bad-rows"

    def setup(self, folder: Path) -> None:
        self.old = people_state(self.t.sample_db)
        self.new: list[tuple[Any, ...]] | None = None
        self.rejected: bytes | None = None

    def prepare(self, trial: Trial) -> None:
        copy_sqlite(self.t.sample_db, trial.db)
        shutil.copyfile(self.t.people_csv, trial.folder / "people.csv")

    def argv(self, trial: Trial) -> list[str]:
        sheet = str(trial.folder / "people.csv")
        db = sqlite_url(trial.db)
        return ["--db", db, "import", "people", SAMPLE_SLUG, sheet, "--skip-bad-rows"]

    def reference(self, trial: Trial, result: CliResult) -> list[str]:
        if result.returncode != 0:
            return [f"reference run failed: {result.describe()}"]
        self.new = people_state(trial.db)
        rejected = trial.folder / "people.csv.rejected.csv"
        self.rejected = rejected.read_bytes() if rejected.exists() else None
        if self.rejected is None:
            return ["the reference run wrote no rejected.csv"]
        return []

    def after_kill(self, trial: Trial) -> tuple[str, list[str]]:
        problems = self._files(trial)
        now = people_state(trial.db)
        if now == self.old:
            return "old", problems
        if now == self.new:
            return "new", problems
        return "mixed", [*problems, "the people are neither the old nor the new: half an import"]

    def _files(self, trial: Trial) -> list[str]:
        problems = []
        for f in trial.folder.iterdir():
            if f.name.endswith(".rejected.csv") and f.read_bytes() != self.rejected:
                problems.append(f"{f.name} is not the complete list of rejected rows")
        return problems

    def after_rerun(self, trial: Trial, result: CliResult) -> list[str]:
        problems = super().after_rerun(trial, result)
        if not problems:
            if people_state(trial.db) != self.new:
                problems.append("after the rerun the people differ from a clean import")
            problems += self._files(trial)
        return problems


# --- files written in batches: PDFs and calendars ---------------------------------------


class FolderExport(Operation):
    """An export writing one file per person into a folder. Variant "over" starts from
    the files of an older version of the tour, so each must end old or new, never torn."""

    suffix = ""

    def setup(self, folder: Path) -> None:
        self.new: dict[str, Any] = {}
        self.old: dict[str, Any] = {}
        older = folder / "older"
        older.mkdir(parents=True, exist_ok=True)
        db = older / "edited.db"
        copy_sqlite(self.t.edited_db, db)
        out = older / "out"
        done = self.helper.run(self.command(db, out), env=self.env(older), cwd=older)
        if done.returncode != 0:
            raise RuntimeError(f"building the older outputs failed: {done.describe()}")
        self.older_files = out
        self.old = {f.name: self.content(f) for f in out.iterdir() if f.suffix == self.suffix}

    def command(self, db: Path, out: Path) -> list[str]:
        raise NotImplementedError

    def content(self, path: Path) -> Any:
        """What the file holds, as compared with the references (None: unreadable).
        The same bytes always give the same answer, so each is worked out once."""
        data = path.read_bytes()
        key = hashlib.sha256(self.normalise(data)).hexdigest()
        cache: dict[str, Any] = self.__dict__.setdefault("_cache", {})
        if key not in cache:
            cache[key] = self.read(path, data)
        return cache[key]

    def normalise(self, data: bytes) -> bytes:
        return data

    def read(self, path: Path, data: bytes) -> Any:
        raise NotImplementedError

    def prepare(self, trial: Trial) -> None:
        trial.variant = "over" if trial.index % 2 else "empty"
        copy_sqlite(self.t.sample_db, trial.db)
        out = trial.folder / "out"
        if trial.variant == "over":
            shutil.copytree(self.older_files, out)
        else:
            out.mkdir()

    def argv(self, trial: Trial) -> list[str]:
        return self.command(trial.db, trial.folder / "out")

    def reference(self, trial: Trial, result: CliResult) -> list[str]:
        if result.returncode != 0:
            return [f"reference run failed: {result.describe()}"]
        out = trial.folder / "out"
        self.new = {f.name: self.content(f) for f in out.iterdir() if f.suffix == self.suffix}
        if not self.new or any(v is None for v in self.new.values()):
            return ["the reference run wrote unreadable files"]
        return []

    def check_folder(self, trial: Trial, finished: bool) -> tuple[str, list[str]]:
        problems: list[str] = []
        states: Counter[str] = Counter()
        out = trial.folder / "out"
        for f in sorted(out.iterdir()):
            if temp_name(f):
                states["temp"] += 1
                continue
            if f.suffix != self.suffix:
                problems.append(f"unexpected file {f.name}")
                continue
            got = self.content(f)
            if got is None:
                problems.append(f"{f.name} is not a complete {self.suffix} file")
            elif got == self.new.get(f.name):
                states["new"] += 1
            elif trial.variant == "over" and got == self.old.get(f.name):
                states["old"] += 1
            else:
                problems.append(f"{f.name} is neither the old nor the new version")
        if finished:
            names = {f.name for f in out.iterdir() if not temp_name(f)}
            if names != set(self.new) | (set(self.old) if trial.variant == "over" else set()):
                problems.append("after the rerun the folder holds other files than expected")
            if states["old"] and set(self.old) <= set(self.new):
                problems.append(f"{states['old']} file(s) still old after the rerun")
        trial.data["temp"] = states["temp"]
        state = "+".join(f"{k}:{v}" for k, v in sorted(states.items()) if k != "temp") or "none"
        return state, problems

    def after_kill(self, trial: Trial) -> tuple[str, list[str]]:
        return self.check_folder(trial, finished=False)

    def after_rerun(self, trial: Trial, result: CliResult) -> list[str]:
        problems = super().after_rerun(trial, result)
        if not problems:
            problems += self.check_folder(trial, finished=True)[1]
        return problems


class PdfBatch(FolderExport):
    name = "export-pdf"
    title = "export pdf --kind delegate (batch)"
    suffix = ".pdf"
    has_workers = True

    def command(self, db: Path, out: Path) -> list[str]:
        db_url = sqlite_url(db)
        return ["--db", db_url, "export", "pdf", SAMPLE_SLUG, "--kind", "delegate", "-o", str(out)]

    def prepare(self, trial: Trial) -> None:
        super().prepare(trial)
        (trial.folder / "out").mkdir(exist_ok=True)

    def read(self, path: Path, data: bytes) -> Any:
        text = pdf_text(path)
        # The issue stamp says when a document's content was first issued: a run killed
        # after recording it and the reference run issue the same content at different
        # minutes. Compared is what the document says, not when it was issued.
        return None if text is None else _ISSUE_STAMP.sub("", text)


_ISSUE_STAMP = re.compile(
    r"(Issued|发布)\s*\d{4}-\d{2}-\d{2}\s+\d{2}:\d{2}\s*·\s*(v\s*\d+|版本\s*\d+)"
)


class IcsAllPeople(FolderExport):
    name = "export-ics"
    title = "export ics --all-people"
    suffix = ".ics"

    def command(self, db: Path, out: Path) -> list[str]:
        return ["--db", sqlite_url(db), "export", "ics", SAMPLE_SLUG, "--all-people", str(out)]

    def normalise(self, data: bytes) -> bytes:
        return ics_without_stamps(data)

    def read(self, path: Path, data: bytes) -> Any:
        if parse_ics(data) is not None:
            return None
        return ics_without_stamps(data)


# --- CalDAV sync --------------------------------------------------------------------------


class CalDavSync(Operation):
    name = "caldav-sync"
    title = "sync caldav (Radicale)"

    def setup(self, folder: Path) -> None:
        from tests.servers.radicale import RadicaleServer

        self.server = RadicaleServer(folder / "radicale")
        self.server.start()
        self._lock = threading.Lock()

    def teardown(self) -> None:
        self.server.stop()

    def env(self, folder: Path) -> dict[str, str]:
        return isolated_env(folder, **{CALDAV_PASSWORD_ENV: self.server.password})

    def account(self) -> Any:
        from tourplanner.services.sync import CalendarAccount

        return CalendarAccount(self.server.url, self.server.user, self.server.password, 30.0)

    def prepare(self, trial: Trial) -> None:
        from tourplanner.services import items
        from tourplanner.services.sync import sync_caldav

        copy_sqlite(self.t.sample_db, trial.db)
        # A calendar of its own per attempt: a trial whose sync finished before the kill is
        # tried again in a fresh folder, and must not find the last attempt's events (a
        # write over those rightly carries a SEQUENCE above theirs).
        trial.data["calendar"] = f"trial-{trial.folder.name}-{uuid.uuid4().hex[:8]}"
        trial.variant = "update" if trial.index % 2 else "create"
        if trial.variant == "create":
            return
        # Synced once, then edited: the killed sync has updates and deletes to send.
        db = open_db(trial.db)
        try:
            sync_caldav(
                db,
                SAMPLE_SLUG,
                self.account(),
                calendar=trial.data["calendar"],
                allow_errors=True,  # the sample's deliberate conflict
            )
            listed = items.list_items(db, SAMPLE_SLUG)
            for n, it in enumerate(listed):
                if n % 4 == 0:
                    items.update_item(
                        db,
                        it.id,
                        it.version,
                        title=f"{it.title} (changed)",
                        starts_at=it.starts_at + timedelta(minutes=10),
                        ends_at=it.ends_at + timedelta(minutes=10),
                    )
                elif n % 7 == 1:
                    items.delete_item(db, it.id, it.version)
        finally:
            db.dispose()

    def argv(self, trial: Trial) -> list[str]:
        return [
            "--db",
            sqlite_url(trial.db),
            "sync",
            "caldav",
            SAMPLE_SLUG,
            "--url",
            self.server.url,
            "--user",
            self.server.user,
            "--password-env",
            CALDAV_PASSWORD_ENV,
            "--allow-errors",  # the sample's deliberate conflict
            "--calendar",
            trial.data["calendar"],
        ]

    def after_kill(self, trial: Trial) -> tuple[str, list[str]]:
        """How far the killed sync got: none, part or all of the tour's events are on
        the server as the tour has them (the rerun must finish the rest)."""
        from tourplanner.services.calendars import calendar_resources

        db = open_db(trial.db)
        try:
            wanted = calendar_resources(db, SAMPLE_SLUG)
        finally:
            db.dispose()
        url = f"{self.server.home_url()}{trial.data['calendar']}/"
        stored = {_uid(body): body for body in self.server.resources(url).values()}
        same = sum(_summary(stored.get(uid)) == _summary(body) for uid, body in wanted.items())
        return ("none" if same == 0 else "all" if same == len(wanted) else "part"), []

    def after_rerun(self, trial: Trial, result: CliResult) -> list[str]:
        from icalendar import Calendar

        from tourplanner.services.calendars import calendar_resources
        from tourplanner.services.sync import sync_caldav

        if result.returncode != 0 or "wait for your decision" in result.stdout:
            return [f"rerun did not converge: {result.describe()} {result.stdout[-300:]!r}"]
        problems = []
        db = open_db(trial.db)
        try:
            again = sync_caldav(
                db,
                SAMPLE_SLUG,
                self.account(),
                calendar=trial.data["calendar"],
                allow_errors=True,  # the sample's deliberate conflict
            )
            wanted = calendar_resources(db, SAMPLE_SLUG)
        finally:
            db.dispose()
        if again.writes or again.proposals:
            problems.append(f"a third sync still sent {again.writes} writes")
        stored = self.server.resources(again.calendar_url)
        on_server: dict[str, Any] = {}
        for body in stored.values():
            events = Calendar.from_ical(body).walk("VEVENT")
            if len(events) != 1:
                problems.append(f"a resource holds {len(events)} events")
                continue
            on_server[str(events[0]["UID"])] = events[0]
        if set(on_server) != set(wanted):
            problems.append(
                f"server has {len(on_server)} events, the tour {len(wanted)} "
                f"({len(set(on_server) ^ set(wanted))} differ)"
            )
        for uid, body in wanted.items():
            mine = Calendar.from_ical(body).walk("VEVENT")[0]
            theirs = on_server.get(uid)
            if theirs is None:
                continue
            for prop in ("SUMMARY", "DTSTART", "DTEND", "SEQUENCE", "STATUS"):
                a, b = mine.get(prop), theirs.get(prop)
                if (a.to_ical() if a is not None else None) != (
                    b.to_ical() if b is not None else None
                ):
                    problems.append(f"event {uid}: {prop} on the server is not the tour's")
        return problems


def _uid(body: bytes) -> str:
    for line in body.split(b"\r\n"):
        if line.startswith(b"UID:"):
            return line[4:].decode()
    return ""


def _summary(body: bytes | None) -> bytes | None:
    if body is None:
        return None
    return next((x for x in body.split(b"\r\n") if x.startswith(b"SUMMARY")), b"")


# --- migration ----------------------------------------------------------------------------


class Migration(Operation):
    name = "migration"
    title = "db upgrade from revision 0001"
    uses_editor = False  # the editor writes the newest schema; this database is older

    def setup(self, folder: Path) -> None:
        from tourplanner.store.migrations import head_revision

        assert self.t.rev1_db is not None
        self.head = head_revision()
        self.rows = rev1_fingerprint(self.t.rev1_db)
        self.schema = schema_sql(self.t.rev1_db)

    def prepare(self, trial: Trial) -> None:
        assert self.t.rev1_db is not None
        copy_sqlite(self.t.rev1_db, trial.db)

    def argv(self, trial: Trial) -> list[str]:
        return ["--db", sqlite_url(trial.db), "db", "upgrade"]

    def after_kill(self, trial: Trial) -> tuple[str, list[str]]:
        problems = []
        revision = sqlite_scalar(trial.db, "SELECT version_num FROM alembic_version")
        if revision == "0001":
            state = "old"
            if schema_sql(trial.db) != self.schema:
                problems.append("revision 0001 but the schema was changed: half a migration")
        elif revision == self.head:
            state = "new"
        else:
            state = f"rev {revision}"
            problems.append(f"left at revision {revision!r}: half a migration")
        if rev1_fingerprint(trial.db) != self.rows:
            problems.append("rows were lost or changed")
        problems += self._backups(trial)
        return state, problems

    def _backups(self, trial: Trial) -> list[str]:
        problems = []
        for f in trial.folder.iterdir():
            if f.name.endswith(".bak"):
                bad = integrity_problems(f)
                if bad or rev1_fingerprint(f) != self.rows:
                    problems.append(f"backup {f.name} is incomplete: {bad}")
            elif f.name.endswith(".part"):
                trial.data["temp"] = trial.data.get("temp", 0) + 1
        return problems

    def after_rerun(self, trial: Trial, result: CliResult) -> list[str]:
        problems = super().after_rerun(trial, result)
        if problems:
            return problems
        revision = sqlite_scalar(trial.db, "SELECT version_num FROM alembic_version")
        if revision != self.head:
            problems.append(f"after the rerun the revision is {revision}")
        if rev1_fingerprint(trial.db) != self.rows:
            problems.append("after the rerun rows were lost or changed")
        return problems + self._backups(trial)


OPERATIONS: dict[str, Callable[[Templates, Launcher, Launcher | None], Operation]] = {
    "import-tour": ImportTour,
    "import-people": ImportPeople,
    "export-pdf": PdfBatch,
    "export-ics": IcsAllPeople,
    "caldav-sync": CalDavSync,
    "migration": Migration,
}
