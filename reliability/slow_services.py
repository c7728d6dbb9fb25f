"""Slow, flapping and failing outside services: the geocoder, CalDAV and SMTP.

* Geocoder: the fake Nominatim server (tests/fakes/nominatim.py) answers some sites too
  slowly, with 429, with 503 then a place, with 500 twice, with broken JSON. A run must
  say per site what went wrong (one line each), retry no more than ``--retries`` allows,
  place the site whose server recovered within the run, and a rerun after the server
  recovers places every site; a third run asks nothing.
* CalDAV: Radicale behind ``FaultyProxy``: slow (it must still work within the timeout),
  silent (a clear timeout), answering 503, refusing, and flapping (connections reset in
  the middle of requests and answers). Every failed run ends with one line (exit 2); runs
  repeated until one succeeds converge: the calendar holds exactly the tour's events, once
  each, and one more sync sends nothing.
* SMTP: aiosmtpd behind the proxy: slow, refusing, flapping. Failed runs say so in one
  line; repeated runs converge: every delegate has their message, and a run after that
  sends nothing. A message whose connection broke after the server took it but before
  its answer arrived may go twice (SMTP cannot tell); such duplicates are counted, and
  may not exceed the dropped connections.
"""

from __future__ import annotations

from collections import Counter
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
    sqlite_url,
    timed,
)
from reliability.data import Templates, build_templates
from reliability.proxy import FaultyProxy

GEO_TOUR = "geocoding-trial"


class SlowServices:
    def __init__(
        self, work: Path, templates: Templates, result: SuiteResult, launcher: Launcher
    ) -> None:
        self.work = work
        self.t = templates
        self.result = result
        self.launcher = launcher
        self.rows: list[dict[str, Any]] = []

    def cli(self, db: Path, *args: str, env: dict[str, str] | None = None) -> CliResult:
        done = self.launcher.run(
            ["--db", sqlite_url(db), *args], env=env or isolated_env(self.work), cwd=self.work
        )
        if "Traceback" in done.stderr or done.returncode == 3:
            self.result.fail(f"unexpected error: {done.describe()}")
        return done

    def row(self, service: str, fault: str, outcome: str, detail: str) -> None:
        self.rows.append({"service": service, "fault": fault, "outcome": outcome, "detail": detail})

    # -- geocoder --

    def geocoder(self, quick: bool) -> None:
        from tests.fakes.nominatim import FakeNominatim, Place, Reply
        from tourplanner.services import sites, tours

        db = self.work / "geocoding.db"
        copy_sqlite(self.t.sample_db, db)
        behaviours: dict[str, list[Any]] = {
            "slow": [Reply.SLOW],
            "rate-limited": [Reply.RATE_LIMITED],
            "recovers": [Reply.ERROR_503, "place"],
            "flapping": [Reply.ERROR_500, Reply.ERROR_500, "place"],
            "bad-json": [Reply.BAD_JSON],
        }
        if quick:
            behaviours = {k: behaviours[k] for k in ("bad-json", "recovers")}
        database = open_db(db)
        try:
            from datetime import date

            tours.create_tour(
                database,
                slug=GEO_TOUR,
                name="Geocoding under faults",
                start_date=date(2021, 3, 27),
                end_date=date(2021, 3, 28),
            )
            for key in behaviours:
                sites.create_site(
                    database,
                    GEO_TOUR,
                    key=key,
                    name=f"Reliability test site {key}",
                    category="other",
                    address=f"{key} road 1, Testville",
                )
        finally:
            database.dispose()
        retries = 1
        with FakeNominatim(slow_seconds=5) as fake:
            queries = {}
            for n, (key, replies) in enumerate(behaviours.items()):
                query = f"{key} road 1, Testville"
                queries[key] = query
                place = Place(29.6 + n / 100, 106.5, f"{key}, Testville")
                fake.reply(query, *[place if r == "place" else r for r in replies])
            args = ["geocode", "--tour", GEO_TOUR, "--server", fake.url, "--timeout", "1"]
            args += ["--min-delay", "0", "--retries", str(retries)]
            first = self.cli(db, *args)
            asked = {k: len(fake.searches(q)) for k, q in queries.items()}
            too_many = {k: n for k, n in asked.items() if n > 1 + retries}
            if too_many:
                self.result.fail(f"geocoder: more than {1 + retries} requests for {too_many}")
            failing = set(behaviours) - {"recovers"}
            lines = [line for line in first.stderr.splitlines() if line.strip()]
            for key in failing:
                mine = [line for line in lines if f"{GEO_TOUR}/{key}:" in line]
                if len(mine) != 1:
                    self.result.fail(f"geocoder: site {key} failed without one clear line")
                else:
                    self.row("geocoder", key, "reported", mine[0].split(": ", 2)[-1][:120])
            if "recovers" in behaviours and f"{GEO_TOUR}/recovers" in first.stderr:
                self.result.fail("geocoder: a server that recovered within the retries failed")
            if first.returncode != 1:
                self.result.fail(f"geocoder: first run should exit 1: {first.describe()}")
            self.result.count("geocoder_requests", sum(asked.values()))
            # The server recovers: every site is found by the next run, and a third asks nothing.
            for n, (key, query) in enumerate(queries.items()):
                fake.reply(query, Place(29.6 + n / 100, 106.5, f"{key}, Testville"))
            second = self.cli(db, *args)
            if second.returncode != 0:
                self.result.fail(
                    f"geocoder: the rerun did not place every site: {second.describe()}"
                )
            fake.clear_requests()
            third = self.cli(db, *args)
            if fake.searches() or third.returncode != 0:
                self.result.fail(f"geocoder: a third run asked again ({len(fake.searches())})")
            self.row(
                "geocoder", "rerun after recovery", "converged", f"{len(queries)} sites placed"
            )

    # -- CalDAV --

    def caldav(self, quick: bool) -> None:
        from tests.servers.radicale import RadicaleServer
        from tourplanner.services.calendars import calendar_resources

        db = self.work / "caldav.db"
        copy_sqlite(self.t.sample_db, db)
        server = RadicaleServer(self.work / "radicale").start()
        proxy = FaultyProxy(server.port, seed="caldav").start()
        env = isolated_env(self.work, TP_PW=server.password)
        url = f"http://127.0.0.1:{proxy.port}/"

        def sync(calendar: str, timeout: str = "3") -> CliResult:
            return self.cli(
                db, "sync", "caldav", SAMPLE_SLUG, "--url", url, "--user", server.user,
                "--password-env", "TP_PW", "--calendar", calendar, "--timeout", timeout,
                "--allow-errors", env=env,  # the sample's deliberate conflict
            )  # fmt: skip

        try:
            if not quick:  # slow, but within the timeout: it works
                proxy.set("slow", delay=0.05)
                done = sync("slow", timeout="10")
                self._expect("CalDAV", "slow answers", done, ok=True)
            for mode, fragment in (
                ("silent", "timed out"),
                ("http503", "503"),
                ("refuse", "CalDAV server"),
            ):
                if quick and mode == "http503":
                    continue
                proxy.set(mode)
                done = sync(f"fault-{mode}", timeout="2")
                self._expect("CalDAV", mode, done, fragment=fragment)
            # Flapping: connections reset in mid-request and mid-answer, runs repeated.
            proxy.set("flap", failure=0.35, drop_range=(200, 6000))
            attempts = 0
            last = None
            for attempts in range(1, 16 if not quick else 8):
                if attempts == (12 if not quick else 4):
                    proxy.set("pass")  # the network heals
                last = sync("flapping")
                if last.returncode == 0:
                    break
                problem = one_line_error(last)
                if problem:
                    self.result.fail(f"CalDAV flapping, run {attempts}: {problem}")
            if last is None or last.returncode != 0:
                self.result.fail(
                    f"CalDAV: flapping runs never converged: {last and last.describe()}"
                )
                return
            proxy.set("pass")
            again = sync("flapping")
            if "0 writes sent" not in again.stdout:
                self.result.fail(f"CalDAV: after converging, a sync still wrote: {again.stdout}")
            database = open_db(db)
            try:
                wanted = calendar_resources(database, SAMPLE_SLUG)
            finally:
                database.dispose()
            stored = server.resources(f"{server.home_url()}flapping/")
            uids = Counter(_uid(body) for body in stored.values())
            if set(uids) != set(wanted) or any(n > 1 for n in uids.values()):
                self.result.fail(
                    f"CalDAV: after flapping the calendar holds {len(stored)} resources for "
                    f"{len(wanted)} events"
                )
            self.result.count("caldav_runs", attempts + 1)
            self.result.count("caldav_connections_reset", proxy.stats.dropped)
            self.row(
                "CalDAV",
                "flapping (35% of connections reset)",
                f"converged after {attempts} run(s)",
                f"{proxy.stats.dropped} connections reset; {len(wanted)} events, once each",
            )
        finally:
            proxy.stop()
            server.stop()

    # -- SMTP --

    def smtp(self, quick: bool) -> None:
        from tests.servers.smtp import SmtpServer

        db = self.work / "smtp.db"
        copy_sqlite(self.t.sample_db, db)
        server = SmtpServer().start()
        proxy = FaultyProxy(server.port, seed="smtp").start()
        env = isolated_env(self.work)
        url = f"smtp://127.0.0.1:{proxy.port}?security=none&timeout=3"

        def send(to: str, *extra: str) -> CliResult:
            # --allow-errors: the sample's deliberate conflict would stop it before the server
            gate = "--allow-errors"
            return self.cli(
                db, "send", SAMPLE_SLUG, "--to", to, "--smtp", url, gate, *extra, env=env
            )

        try:
            proxy.set("refuse")
            self._expect("SMTP", "refusing", send("delegates"), fragment="SMTP")
            if not quick:
                proxy.set("silent")
                self._expect("SMTP", "silent", send("delegates"), fragment="no answer")
            before = len(server.received)
            if before:
                self.result.fail("SMTP: a refused or silent server received messages")
            # Connections cut in the middle of a batch (a message is some 100 KB with its
            # briefing), then at random, then the network heals.
            proxy.set("drop", drop_range=(2_000, 600_000))
            attempts = 0
            last = None
            for attempts in range(1, 16 if not quick else 8):
                if attempts == 4:
                    proxy.set("flap", failure=0.5)
                if attempts == (12 if not quick else 6):
                    proxy.set("pass")
                last = send("delegates")
                if last.returncode == 0:
                    break
                if "Traceback" in last.stderr:
                    self.result.fail(f"SMTP flapping, run {attempts}: traceback")
            if last is None or last.returncode != 0:
                self.result.fail(f"SMTP: never converged: {last and last.describe()}")
                return
            proxy.set("slow", delay=0.02)
            again = send("delegates")
            self._expect("SMTP", "slow answers (nothing left to send)", again, ok=True)
            counts = server.per_recipient()
            plan_size = len(counts)
            duplicates = sum(n - 1 for n in counts.values() if n > 1)
            if duplicates > proxy.stats.dropped:
                self.result.fail(
                    f"SMTP: {duplicates} duplicate messages for {proxy.stats.dropped} drops"
                )
            if len(server.received) != sum(counts.values()) or not counts:
                self.result.fail("SMTP: no message arrived")
            self.result.count("smtp_runs", attempts + 1)
            self.result.count("smtp_connections_reset", proxy.stats.dropped)
            self.result.count("smtp_duplicates", duplicates)
            self.row(
                "SMTP",
                "connections cut mid-batch, then flapping",
                f"converged after {attempts} run(s)",
                f"{plan_size} recipients; {duplicates} duplicate(s); "
                f"{proxy.stats.dropped} connections reset",
            )
        finally:
            proxy.stop()
            server.stop()

    def _expect(
        self,
        service: str,
        fault: str,
        done: CliResult,
        *,
        ok: bool = False,
        fragment: str | None = None,
    ) -> None:
        if ok:
            if done.returncode != 0:
                self.result.fail(f"{service} {fault}: expected success: {done.describe()}")
            self.row(service, fault, "worked", f"{done.seconds:.1f} s")
            return
        problem = one_line_error(done, fragment)
        if problem:
            self.result.fail(f"{service} {fault}: {problem}")
        self.row(service, fault, f"exit {done.returncode}", done.stderr.strip()[-160:])


def _uid(body: bytes) -> str:
    for line in body.split(b"\r\n"):
        if line.startswith(b"UID:"):
            return line[4:].decode()
    return ""


def run(
    work: Path,
    *,
    quick: bool = False,
    templates: Templates | None = None,
    launcher: Launcher | None = None,
) -> SuiteResult:
    result = SuiteResult("slow_services", "Slow and unreachable services")
    with timed(result):
        templates = templates or build_templates(work / "templates", with_rev1=False)
        work.mkdir(parents=True, exist_ok=True)
        suite = SlowServices(work, templates, result, launcher or Launcher())
        suite.geocoder(quick)
        suite.caldav(quick)
        suite.smtp(quick)
        result.tables["services"] = suite.rows
        result.figures["scenarios"] = len(suite.rows)
    return result
