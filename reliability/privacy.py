"""Security and privacy: hostile text stays text, files stay in their folder, private
fields stay with their owner, and passwords stay out of every file and every output.

The suite works on the sample tour with two changes: every participant gets private
fields nobody else has (``pN.private@…``, a phone number, ``DIET-N``, ``ACCESS-N``), and
a dozen extra delegates and two sites are named with hostile text (SQL, paths,
formulas, calendar lines) and attend a visit whose title, description and place are
hostile too. Then, through the real CLI:

* SQL injection: lookups with hostile keys and names fail with one line, and every table
  (and the schema) is unchanged; hostile names go in and come out exactly as text;
* path traversal: every file an export names after people or sites (calendars, PDF
  batches, host briefings, dry-run emails, rejected rows) lands inside the folder asked
  for, and nothing appears anywhere else in the sandbox;
* formula injection: no text cell of a CSV export starts with = + - @ tab or CR (they
  are quoted with '), and no cell of an XLSX export is a formula;
* ICS injection: parsed back, every event has only the properties the exporter writes,
  once each where the standard says once, and the hostile text is inside its own value;
* private fields: each person's PDF briefing (pdftotext), calendar, email (text
  parts, attachments included) and published folder (phone page, feed, briefing) shows
  no other participant's email, phone, dietary or accessibility note; only the
  organiser's and the sites' published contacts;
* secrets: a CalDAV sync (Radicale) and an SMTP send (aiosmtpd with AUTH) with known
  passwords, then the database, the settings, data, state and cache folders and all
  captured output are searched for the password (also base64- and URL-encoded): 0 hits.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import re
import shutil
import sqlite3
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass
from email import policy
from email.parser import BytesParser
from pathlib import Path
from typing import Any

from reliability.common import (
    SAMPLE_SLUG,
    CliResult,
    Launcher,
    SuiteResult,
    copy_sqlite,
    isolated_env,
    one_line_error,
    open_db,
    pdf_text,
    sqlite_url,
    timed,
)
from reliability.data import Templates, build_templates

HOSTILE = [
    "'; DROP TABLE tour; --",
    "Robert'); DROP TABLE participant;--",
    "x' OR '1'='1",
    "../../../escaped",
    "..",
    "/tmp/tourplanner-absolute-escape",
    "C:\\Windows\\escaped",
    "a/b\\c",
    ".hidden",
    "CON",
    '=HYPERLINK("http://evil.example","x")',
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\t=1+1",
    "line\r\nBEGIN:VEVENT\r\nSUMMARY:injected\r\nEND:VEVENT",
    'semi;colon,comma:colon"quote',
    "%_wild*card?[]",
]
ICS_HOSTILE = "Visit\r\nX-INJECTED:1\r\nATTENDEE;CN=evil:mailto:evil@example.invalid\r\n;x=y"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# What the exporter writes in a VEVENT (RFC 5545 properties it uses), and in a calendar.
EVENT_PROPS = {
    "UID", "SEQUENCE", "DTSTART", "DTEND", "SUMMARY", "LOCATION", "GEO", "CATEGORIES",
    "STATUS", "TRANSP", "CREATED", "LAST-MODIFIED", "ORGANIZER", "DTSTAMP", "DESCRIPTION",
    "ATTENDEE",
}  # fmt: skip
ONCE = EVENT_PROPS - {"ATTENDEE", "CATEGORIES"}
CALENDAR_PROPS = {
    "PRODID", "VERSION", "CALSCALE", "METHOD", "X-WR-CALNAME", "NAME", "REFRESH-INTERVAL",
    "X-PUBLISHED-TTL",
}  # fmt: skip
CALDAV_PASSWORD = "caldav-S3cret-Passw0rd-xyzzy"


@dataclass(frozen=True)
class Private:
    """One participant's private fields, as planted."""

    key: str
    email: str
    phone: str
    dietary: str
    accessibility: str

    def found_in(self, text: str, compact: str) -> list[str]:
        hits = []
        if self.email.casefold() in text.casefold():
            hits.append("email")
        if _compact(self.phone) in compact:
            hits.append("phone")
        if self.dietary in text:
            hits.append("dietary")
        if self.accessibility in text:
            hits.append("accessibility")
        return hits


def _compact(text: str) -> str:
    """Text without the spaces, dashes, dots and brackets that phone numbers carry."""
    return re.sub(r"[\s\-().\u00a0]", "", text)


# --- the tour under test ----------------------------------------------------------------


def build_privacy_tour(templates: Templates, path: Path) -> dict[str, Private]:
    """The sample with private markers and hostile names; returns key -> private fields."""
    from tourplanner.core.model import Attendance
    from tourplanner.services import items, participants, sites, tours

    copy_sqlite(templates.sample_db, path)
    db = open_db(path)
    try:
        people = participants.list_participants(db, SAMPLE_SLUG)
        for n, person in enumerate(people):
            participants.update_participant(db, person.id, person.version, **_markers(n))
        start = len(people)
        for i, name in enumerate(HOSTILE):
            # Names with tabs or line breaks are refused at entry now; they are written
            # straight into the file below, as data kept from before that check.
            one_line = name.isprintable()
            participants.create_participant(
                db,
                SAMPLE_SLUG,
                key=f"hostile-{i}",
                full_name=name if one_line else f"hostile {i}",
                role="delegate",
                organisation=name if one_line else f"hostile {i}",
                notes=name,
                **_markers(start + i),
            )
        hostile_sites = []
        for i, name in enumerate([*HOSTILE[:2], "../../../site-escape"]):
            hostile_sites.append(
                sites.create_site(
                    db,
                    SAMPLE_SLUG,
                    key=f"hostile-site-{i}",
                    name=name,
                    category="other",
                    address=ICS_HOSTILE,
                    contact_name=name,
                    contact_email=f"site{i}.published@example.org",
                    contact_phone=f"+86 23 7000 {i:04d}",
                )
            )
        first = items.list_items(db, SAMPLE_SLUG)[0]
        for i, site in enumerate(hostile_sites):
            starts = first.starts_at.replace(hour=23, minute=0) if i == 0 else first.starts_at
            items.create_item(
                db,
                SAMPLE_SLUG,
                kind="visit",
                title=ICS_HOSTILE if i == 0 else HOSTILE[i],
                description=ICS_HOSTILE,
                notes=HOSTILE[i],
                starts_at=starts.replace(minute=i * 10),
                ends_at=starts.replace(minute=i * 10 + 5),
                site_id=site.id,
                attendance=(Attendance("delegation"),),
            )
        _store_unchecked_names(path)
        tour = tours.get_tour(db, SAMPLE_SLUG)
        tours.update_tour(
            db,
            SAMPLE_SLUG,
            tour.version,
            organiser_name="Tour office; X-ORG:1",
            organiser_email="organiser.published@example.org",
            organiser_phone="+86 23 6000 0001",
        )
        return {
            p.key: Private(p.key, p.email, p.phone, p.dietary, p.accessibility)
            for p in participants.list_participants(db, SAMPLE_SLUG)
        }
    finally:
        db.dispose()


def _store_unchecked_names(path: Path) -> None:
    """Give the hostile people the names that entry checks now refuse (tabs, line
    breaks), as a database from before those checks would hold them."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            for i, name in enumerate(HOSTILE):
                if not name.isprintable():
                    conn.execute(
                        "UPDATE participant SET full_name = ?, organisation = ? WHERE key = ?",
                        (name, name, f"hostile-{i}"),
                    )
    finally:
        conn.close()


def _markers(n: int) -> dict[str, str]:
    return {
        "email": f"p{n}.private@example.invalid",
        "phone": f"+86 139 8765 {n:04d}",
        "dietary": f"DIET-{n:03d}-secret",
        "accessibility": f"ACCESS-{n:03d}-secret",
    }


# --- the checks ------------------------------------------------------------------------


def _tables(path: Path) -> dict[str, Any]:
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        counts = {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
        schema = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        return {"counts": counts, "schema": schema}
    finally:
        conn.close()


def _files(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


class Privacy:
    def __init__(
        self,
        work: Path,
        templates: Templates,
        result: SuiteResult,
        launcher: Launcher,
        quick: bool = False,
    ) -> None:
        self.quick = quick
        self.work = work
        self.t = templates
        self.result = result
        self.launcher = launcher
        self.sandbox = work / "sandbox"
        self.db = self.sandbox / "tour.db"
        self.outputs: list[CliResult] = []

    def cli(self, *args: str, env: dict[str, str] | None = None) -> CliResult:
        done = self.launcher.run(
            ["--db", sqlite_url(self.db), *args],
            env=env or isolated_env(self.work / "env"),
            cwd=self.sandbox,
        )
        self.outputs.append(done)
        if "Traceback" in done.stderr:
            self.result.fail(f"traceback: {done.describe()}")
        return done

    def ok(self, *args: str, env: dict[str, str] | None = None) -> CliResult:
        done = self.cli(*args, env=env)
        if done.returncode not in (0, 1):
            self.result.fail(f"command failed: {done.describe()}")
        return done

    # -- SQL injection --

    def sql_injection(self) -> None:
        before = _tables(self.db)
        lookups = [
            ("export", "tour", "{x}"),
            ("export", "ics", SAMPLE_SLUG, "--person", "{x}"),
            ("export", "ics", SAMPLE_SLUG, "--site", "{x}"),
            ("export", "ics", SAMPLE_SLUG, "--group", "{x}"),
            ("check", "{x}"),
            ("export", "pdf", SAMPLE_SLUG, "--kind", "delegate", "--person", "{x}", "-o", "o.pdf"),
            ("optimize", SAMPLE_SLUG, "--day", "2021-03-27", "--person", "{x}"),
            ("dispatches", SAMPLE_SLUG, "--to", "{x}"),
        ]
        attempts = 0
        texts = [*HOSTILE[:3], "%", "_", "' OR 1=1 --", "\\", '"; DELETE FROM site; --']
        for text in texts[:3] if self.quick else texts:
            for pattern in lookups:
                args = [a.replace("{x}", text) for a in pattern]
                done = self.cli(*args)
                attempts += 1
                problem = one_line_error(done)
                if problem:
                    self.result.fail(f"SQL injection lookup {args}: {problem}")
        # A manifest for a site found by its (hostile) name: found as text, nothing more.
        done = self.ok(
            "export", "manifest", SAMPLE_SLUG, "--kind", "visitors", "--site", HOSTILE[0],
            "-o", "visitors.csv",
        )  # fmt: skip
        attempts += 1
        if done.returncode != 0:
            self.result.fail(f"the site named {HOSTILE[0]!r} was not found by its name")
        after = _tables(self.db)
        if after != before:
            self.result.fail("SQL injection: tables or rows changed after hostile lookups")
        exported = self.ok("export", "tour", SAMPLE_SLUG)
        names = {p["full_name"] for p in json.loads(exported.stdout)["participants"]}
        missing = [h for h in HOSTILE if h not in names]
        if missing:
            self.result.fail(f"hostile names did not come back as text: {missing[:3]}")
        self.result.figures["sql_injection_attempts"] = attempts
        self.result.figures["tables_intact"] = int(after == before)

    # -- path traversal --

    def path_traversal(self) -> None:
        deep = self.sandbox / "a" / "b" / "c" / "d"
        absolute = Path("/tmp/tourplanner-absolute-escape")
        existed = absolute.exists() or any(absolute.parent.glob(absolute.name + "*"))
        pdf = ("export", "pdf", SAMPLE_SLUG, "--kind")
        eml = ("send", SAMPLE_SLUG, "--allow-errors", "--to")  # the sample has an error
        runs = {
            "ics --all-people": ("export", "ics", SAMPLE_SLUG, "--all-people", "{out}"),
            "pdf delegate batch": (*pdf, "delegate", "-o", "{out}"),
            "pdf host batch": (*pdf, "host", "-o", "{out}"),
            "eml dry run": (*eml, "delegates", "--dry-run", "-o", "{out}"),
            "eml dry run (hosts)": (*eml, "hosts", "--dry-run", "-o", "{out}"),
        }
        if self.quick:  # the private-field scan writes the emails into a folder of its own
            runs = {k: v for k, v in runs.items() if k in ("ics --all-people", "pdf host batch")}
        written = 0
        for label, pattern in runs.items():
            out = deep / label.replace(" ", "-").replace("(", "").replace(")", "")
            out.mkdir(parents=True, exist_ok=True)
            before = _files(self.sandbox)
            self.ok(*[a.replace("{out}", str(out)) for a in pattern])
            new = _files(self.sandbox) - before
            outside = [p for p in new if out not in p.parents and p != self.db]
            outside = [p for p in outside if not p.name.startswith("tour.db")]
            inside = [p for p in new if out in p.parents]
            written += len(inside)
            if not inside:
                self.result.fail(f"path traversal: {label} wrote nothing")
            for p in outside:
                self.result.fail(f"path traversal: {label} wrote {p} outside {out}")
            for p in inside:
                if p.parent != out or p.name.startswith("."):
                    self.result.fail(f"path traversal: {label} wrote {p.relative_to(out)}")
        # Rejected rows go beside the sheet that was imported, whatever is in it.
        sheet = deep / "import" / "people.csv"
        sheet.parent.mkdir(parents=True, exist_ok=True)
        rows = [["Name", "Email"]] + [[h, "not an email"] for h in HOSTILE]
        sheet.write_text("\n".join(",".join(_csv_quote(c) for c in r) for r in rows))
        before = _files(self.sandbox)
        self.ok("import", "people", SAMPLE_SLUG, str(sheet), "--skip-bad-rows")
        new = _files(self.sandbox) - before
        expected = {sheet.parent / "people.csv.rejected.csv"}
        if new != expected:
            self.result.fail(f"rejected rows written to {sorted(str(p) for p in new)}")
        written += len(new)
        now = absolute.exists() or any(absolute.parent.glob(absolute.name + "*"))
        if now and not existed:
            self.result.fail(f"path traversal: a file appeared at {absolute}")
        self.result.figures["files_named_from_user_data"] = written

    # -- formula injection --

    def formula_injection(self) -> None:
        out = self.sandbox / "sheets"
        out.mkdir(exist_ok=True)
        exports = [("people", None), ("manifest", "dietary"), ("manifest", "rooming")]
        exports += [("manifest", "vehicles"), ("manifest", "visitors")]
        if self.quick:
            exports = exports[:2]
        cells = risky = 0
        for what, kind in exports:
            for fmt in ("csv", "xlsx"):
                target = out / f"{what}-{kind or 'all'}.{fmt}"
                args = ["export", what, SAMPLE_SLUG, "-o", str(target)]
                if kind:
                    args += ["--kind", kind]
                if kind == "visitors":
                    args += ["--site", "hostile-site-0"]
                done = self.ok(*args)
                if done.returncode != 0 or not target.exists():
                    continue
                for text, formula in _sheet_cells(target):
                    cells += 1
                    if formula or (text is not None and text.startswith(FORMULA_STARTS)):
                        risky += 1
                        self.result.fail(f"formula injection: {target.name}: cell {text!r}")
        self.result.figures["sheet_cells_checked"] = cells
        self.result.figures["formula_cells"] = risky

    # -- ICS injection --

    def ics_injection(self) -> None:
        from icalendar import Calendar

        from tourplanner.services.calendars import calendar_resources

        out = self.sandbox / "ics"
        self.ok("export", "ics", SAMPLE_SLUG, "-o", str(self.sandbox / "tour.ics"))
        self.ok("export", "ics", SAMPLE_SLUG, "--all-people", str(out))
        db = open_db(self.db)
        try:
            resources = calendar_resources(db, SAMPLE_SLUG)
        finally:
            db.dispose()
        files = [self.sandbox / "tour.ics", *sorted(out.glob("*.ics"))]
        blobs = [(f.name, f.read_bytes()) for f in files]
        blobs += [(f"resource {uid}", body) for uid, body in resources.items()]
        events = 0
        hostile_seen = 0
        for name, data in blobs:
            cal = Calendar.from_ical(data)
            extra = {k for k in cal if k not in CALENDAR_PROPS}
            if extra:
                self.result.fail(f"ICS injection: {name}: calendar properties {sorted(extra)}")
            for component in cal.subcomponents:
                if component.name not in ("VEVENT", "VTIMEZONE"):
                    self.result.fail(f"ICS injection: {name}: a {component.name} component")
            for event in cal.walk("VEVENT"):
                events += 1
                keys = list(event.keys())
                extra = set(keys) - EVENT_PROPS
                twice = {k for k in ONCE if isinstance(event.get(k), list)}
                if extra or twice:
                    self.result.fail(
                        f"ICS injection: {name}: event properties {sorted(extra)} "
                        f"{'repeated ' + str(sorted(twice)) if twice else ''}"
                    )
                for sub in event.subcomponents:
                    if sub.name != "VALARM":
                        self.result.fail(f"ICS injection: {name}: a {sub.name} inside an event")
                if str(event.get("SUMMARY", "")) == "injected":
                    self.result.fail(f"ICS injection: {name}: an injected event")
                attendees = event.get("ATTENDEE", [])
                for a in attendees if isinstance(attendees, list) else [attendees]:
                    if "evil" in str(a):
                        self.result.fail(f"ICS injection: {name}: injected attendee {a}")
                if "X-INJECTED" in str(event.get("SUMMARY", "")) or "X-INJECTED" in str(
                    event.get("DESCRIPTION", "")
                ):
                    hostile_seen += 1
        if not hostile_seen:
            self.result.fail("ICS injection: the hostile text was not found in any value")
        self.result.figures["calendars_parsed"] = len(blobs)
        self.result.figures["events_checked"] = events

    # -- private fields --

    def private_fields(self, private: dict[str, Private]) -> None:
        from tourplanner.core.enums import ParticipantRole
        from tourplanner.services.calendars import people_file_names
        from tourplanner.services.tours import load_snapshot

        on_duty_roles = {
            ParticipantRole.ORGANISER,
            ParticipantRole.STAFF,
            ParticipantRole.INTERPRETER,
        }

        db = open_db(self.db)
        try:
            snap = load_snapshot(db, SAMPLE_SLUG)
        finally:
            db.dispose()
        stems = {v.removesuffix(".ics"): k for k, v in people_file_names(snap.participants).items()}
        by_email = {p.email.casefold(): p.key for p in private.values()}
        outputs: list[tuple[str, str, str, bool]] = []  # what, owner key, text, host mail
        pdfs = self.sandbox / "private-pdf"
        self.ok("export", "pdf", SAMPLE_SLUG, "--kind", "delegate", "-o", str(pdfs))
        for f in sorted(pdfs.glob("*.pdf")):
            outputs.append((f"PDF {f.name}", stems[f.stem], pdf_text(f) or "", False))
        icss = self.sandbox / "private-ics"
        self.ok("export", "ics", SAMPLE_SLUG, "--all-people", str(icss))
        for f in sorted(icss.glob("*.ics")):
            text = f.read_text("utf-8")
            outputs.append((f"calendar {f.name}", stems[f.stem], _unfold(text), False))
        for who in ("delegates", "hosts"):
            emls = self.sandbox / f"private-eml-{who}"
            before = _files(self.sandbox)
            self.ok(
                "send", SAMPLE_SLUG, "--to", who, "--dry-run", "-o", str(emls), "--allow-errors"
            )
            for p in _files(self.sandbox) - before:
                if p.parent != emls or p.name.startswith("."):
                    self.result.fail(f"path traversal: the {who} dry run wrote {p}")
            for f in sorted(emls.glob("*.eml")):
                text, to = _email_text(f, self.sandbox / "attachments")
                owner = by_email.get(to.casefold())
                if owner is None:  # a site's published contact (no participant): not a person
                    owner = ""
                outputs.append((f"email {f.name}", owner, text, who == "hosts"))
        published = self._published_pages()
        outputs += published
        # Briefings and pages list the people on duty (the tour's organisers, staff and
        # interpreters, as leads or interpreters of the reader's items) with their mobiles,
        # tap to call, and the drivers of the vehicles on the reader's transfers (their own,
        # or the transfer's list when they have no seat), by design (issue 15: "the
        # driver's name and mobile"); nothing else of theirs, and no delegate's or host's
        # phone, nor that of a driver on no transfer of the reader's.
        on_duty = {p.key for p in snap.participants if p.role in on_duty_roles}
        keys = {p.id: p.key for p in snap.participants}
        driver_of = {v.id: keys.get(v.driver_id) for v in snap.vehicles if v.driver_id}
        drivers_on: dict[int, set[str]] = {}
        for a in snap.vehicle_assignments:
            driver = driver_of.get(a.vehicle_id)
            if driver is not None:
                drivers_on.setdefault(a.item_id, set()).add(driver)
        rides_with: dict[str, set[str]] = {}
        for item in snap.items:
            for pid in snap.attendee_ids(item) if item.id in drivers_on else ():
                if pid in keys:
                    rides_with.setdefault(keys[pid], set()).update(drivers_on[item.id])
        for a in snap.vehicle_assignments:  # a seat on a transfer they do not attend
            if a.participant_id in keys and a.item_id in drivers_on:
                rides_with.setdefault(keys[a.participant_id], set()).update(drivers_on[a.item_id])
        leaks = checked = 0
        for what, owner, text, host_mail in outputs:
            compact = _compact(text)
            for key, fields in private.items():
                if key == owner:
                    continue
                checked += 4
                hits = fields.found_in(text, compact)
                if key in on_duty or key in rides_with.get(owner, ()):
                    hits = [h for h in hits if h != "phone"]
                if host_mail:
                    # Host briefings list their visitors' dietary and accessibility needs
                    # by design (the host plans the meals); contacts never.
                    hits = [h for h in hits if h in ("email", "phone")]
                for field in hits:
                    leaks += 1
                    self.result.fail(f"private field leaked: {what} shows {key}'s {field}")
        if not outputs:
            self.result.fail("private fields: no per-person output was produced")
        self.result.figures["per_person_outputs_scanned"] = len(outputs)
        self.result.figures["private_fields_checked"] = checked
        self.result.figures["private_fields_leaked"] = leaks

    def _published_pages(self) -> list[tuple[str, str, str, bool]]:
        """Every published folder's phone page, feed and briefing, with its owner: a
        person's folder belongs to them; a site's folder is the host's (visitors' needs
        are shown there by design, contacts never)."""
        site_root = self.sandbox / "published"
        base = "https://tours.example.org/p/"
        done = self.ok(
            "publish", SAMPLE_SLUG, "--to", str(site_root), "--base-url", base, "--allow-errors"
        )
        if done.returncode != 0 or not site_root.is_dir():
            self.result.fail(f"publish: nothing was published ({done.describe()})")
            return []
        links = json.loads(self.ok("links", SAMPLE_SLUG, "--json").stdout)
        owners = {}
        for link in links:
            token = link["url"].removeprefix(base).strip("/")
            owners[token] = (link.get("person") or "", "site" in link)
        found: list[tuple[str, str, str, bool]] = []
        for folder in sorted(p for p in site_root.iterdir() if p.is_dir()):
            if folder.name not in owners:
                self.result.fail(f"publish: folder {folder.name[:6]}… belongs to nobody listed")
                continue
            owner, is_site = owners[folder.name]
            label = f"published {'site' if is_site else owner} folder"
            page = folder / "index.html"
            if page.exists():
                found.append((f"{label}: page", owner, page.read_text("utf-8"), is_site))
            feed = folder / "calendar.ics"
            if feed.exists():
                text = _unfold(feed.read_text("utf-8"))
                found.append((f"{label}: calendar", owner, text, is_site))
            briefing = folder / "briefing.pdf"
            if briefing.exists():
                found.append((f"{label}: briefing", owner, pdf_text(briefing) or "", is_site))
        if not found:
            self.result.fail("publish: no published page was produced")
        self.result.figures["published_files_scanned"] = len(found)
        return found

    # -- secrets --

    def secrets(self) -> None:
        from tests.servers.radicale import RadicaleServer
        from tests.servers.smtp import PASSWORD as SMTP_PASSWORD
        from tests.servers.smtp import SmtpServer

        root = self.work / "secrets"
        env = isolated_env(root, TP_CALDAV_PW=CALDAV_PASSWORD, TP_SMTP_PW=SMTP_PASSWORD)
        radicale = RadicaleServer(root / "radicale", users={"organiser": CALDAV_PASSWORD})
        smtp = SmtpServer(auth=True)
        radicale.start()
        smtp.start()
        runs: list[CliResult] = []
        try:
            sync = ["sync", "caldav", SAMPLE_SLUG, "--url", radicale.url, "--user", "organiser"]
            sync.append("--allow-errors")  # the sample's deliberate conflict
            runs.append(self.ok(*sync, "--password-env", "TP_CALDAV_PW", env=env))
            if not self.quick:
                runs.append(
                    self.ok(*sync, "--password-env", "TP_CALDAV_PW", "--all-sites", env=env)
                )
                runs.append(self.cli(*sync, "--password-env", "NOT_SET", env=env))
            send = ["send", SAMPLE_SLUG, "--to", "delegates", "--smtp", smtp.url, "--allow-errors"]
            runs.append(self.ok(*send, "--password-env", "TP_SMTP_PW", env=env))
            wrong = {**env, "TP_SMTP_PW": "wrong-" + SMTP_PASSWORD}
            runs.append(self.cli(*send, "--password-env", "TP_SMTP_PW", "--resend", env=wrong))
            radicale.stop()
            if not self.quick:
                runs.append(self.cli(*sync, "--password-env", "TP_CALDAV_PW", env=env))  # down
            if not smtp.received:
                self.result.fail("secrets: the SMTP server received no message")
            if not radicale.requests():
                self.result.fail("secrets: the CalDAV server received no request")
        finally:
            smtp.stop()
            radicale.stop()
        needles = set()
        accounts = ((CALDAV_PASSWORD, "organiser"), (SMTP_PASSWORD, "organiser@example.org"))
        for secret, user in accounts:
            needles |= {
                secret,
                urllib.parse.quote(secret),
                base64.b64encode(f"{user}:{secret}".encode()).decode(),
                base64.b64encode(f"\0{user}\0{secret}".encode()).decode(),
                base64.b64encode(secret.encode()).decode(),
            }
        places: list[tuple[str, bytes]] = []
        for f in sorted(self.sandbox.parent.rglob("*")):
            if f.is_file() and "radicale" not in f.parts and f.suffix != ".pdf":
                places.append((str(f.relative_to(self.work)), f.read_bytes()))
        for name in ("xdg-data", "xdg-state", "xdg-config", "xdg-cache"):
            for f in (root / name).rglob("*"):
                if f.is_file():
                    places.append((str(f.relative_to(self.work)), f.read_bytes()))
        for r in [*self.outputs, *runs]:
            places.append((f"output of {' '.join(r.args[2:5])}", (r.stdout + r.stderr).encode()))
        hits = 0
        for where, data in places:
            for needle in needles:
                if needle.encode() in data:
                    hits += 1
                    self.result.fail(f"secret found in {where}")
        self.result.figures["places_searched"] = len(places)
        self.result.figures["secrets_found"] = hits


def _csv_quote(cell: str) -> str:
    return '"' + cell.replace('"', '""') + '"'


def _sheet_cells(path: Path) -> Iterable[tuple[str | None, bool]]:
    """(text, is formula) of every cell; numbers are not text."""
    if path.suffix == ".csv":
        text = path.read_bytes().decode("utf-8-sig")
        for row in csv.reader(io.StringIO(text, newline="")):
            for cell in row:
                yield cell, False
        return
    from openpyxl import load_workbook

    book = load_workbook(path)
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    # A text cell of an .xlsx is text whatever it starts with; only a
                    # formula cell is one.
                    yield None, cell.data_type == "f"


def _unfold(text: str) -> str:
    """Unfold and unescape an .ics well enough to search it as text."""
    text = text.replace("\r\n ", "").replace("\n ", "")
    return text.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")


def _email_text(path: Path, scratch: Path) -> tuple[str, str]:
    """Every text part of an .eml, its calendars and its PDFs' text; and its To address."""
    message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    parts = [f"{k}: {v}" for k, v in message.items()]
    for part in message.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True) or b""
        kind = part.get_content_type()
        if kind == "application/pdf":
            scratch.mkdir(parents=True, exist_ok=True)
            pdf = scratch / "attachment.pdf"
            pdf.write_bytes(payload)
            parts.append(pdf_text(pdf) or "")
        elif kind.startswith("text/"):
            parts.append(_unfold(payload.decode("utf-8", "replace")))
    to = str(message.get("To", ""))
    address = re.search(r"[\w.+-]+@[\w.-]+", to)
    return "\n".join(parts), address.group(0) if address else ""


def run(
    work: Path,
    *,
    quick: bool = False,
    templates: Templates | None = None,
    launcher: Launcher | None = None,
) -> SuiteResult:
    result = SuiteResult("privacy", "Security and privacy")
    with timed(result):
        templates = templates or build_templates(work / "templates", with_rev1=False)
        if work.exists():
            shutil.rmtree(work / "sandbox", ignore_errors=True)
        (work / "sandbox").mkdir(parents=True, exist_ok=True)
        suite = Privacy(work, templates, result, launcher or Launcher(), quick)
        private = build_privacy_tour(templates, suite.db)
        suite.sql_injection()
        suite.path_traversal()
        suite.formula_injection()
        suite.ics_injection()
        suite.private_fields(private)
        suite.secrets()
        for name in ("private_fields_leaked", "secrets_found", "formula_cells"):
            result.figures.setdefault(name, 0)
    return result
