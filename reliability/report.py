"""docs/RELIABILITY.md from the suites' results (``reliability.run`` writes both)."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reliability.common import SuiteResult

# What the harness found in the app while it was written, and the fix for each. (The
# figures below come from the last run; this list is history and changes by hand.)
FINDINGS = [
    (
        "A migration interrupted half-way (a crash, a full disk) left SQLite tables "
        "created by earlier steps behind, and no later start could migrate the file "
        '("table ... already exists").',
        "Python's sqlite3 commits each CREATE/ALTER on its own; `store/migrations.py` now "
        "runs the whole upgrade in one explicit transaction.",
    ),
    (
        "A PDF batch process killed on its own (not its process group) left its worker "
        "processes waiting for work forever.",
        "`services/pdf_batch.py`: each worker ends when its parent process is gone.",
    ),
    (
        "A CalDAV sync cut off after the server took its updates but before they were "
        "recorded made the next run report the tour's own changes as edits by someone "
        "else (proposals, exit 1) instead of finishing.",
        "`services/sync.py`: an event on the server that is exactly what the tour wants "
        "there is adopted, whatever its ETag.",
    ),
    (
        "A calendar file could hang the import for ever (`RRULE:...;INTERVAL=0`) or for "
        "minutes (a rule repeating every second), or fail with a traceback (a date out of "
        "range, a DTSTART given twice), or echo a 200 KB UID in its error message.",
        "`imports/ics_limits.py` and `imports/ics_reader.py`: such rules are refused "
        "before expansion; out-of-range dates and repeated properties are one-line "
        "errors; messages quote at most 300 characters.",
    ),
    (
        "A damaged .xlsx (bad XML or a corrupt zip member inside) ended the people import "
        "with a traceback; a header of 5,000 columns made a 100 KB error message.",
        "`imports/spreadsheets.py` and `imports/workbooks.py`: every failure of the "
        "readers becomes 'not a readable .xlsx file'; `imports/header_mapping.py`: "
        "messages list at most 12 columns.",
    ),
    (
        'A tour file with an escaped lone surrogate ("\\ud800") crashed the import with '
        "UnicodeEncodeError; NUL characters were stored on SQLite and refused by "
        "PostgreSQL.",
        "`imports/tourfile_document.py` refuses both with the JSON path of the value.",
    ),
    (
        "A participant whose name held a line break stopped `send` (and its dry run) with "
        "a traceback; an SMTP server that never answered was reported as 'closed the "
        "connection'.",
        "`integrations/mailer.py`: names and subjects are made one line; a timeout says so.",
    ),
    (
        "A corrupt, locked, read-only or full SQLite file was only noticed at the first "
        "write, with SQLite's own words and no file name.",
        "`services/database.py`: `open_database` reads the schema and tries a write it rolls "
        "back, and says which file has which problem; a failed save names the file too.",
    ),
]


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _table(rows: Sequence[dict[str, Any]], columns: Sequence[str] | None = None) -> list[str]:
    if not rows:
        return ["(none)", ""]
    columns = list(columns or rows[0].keys())
    head = [c.replace("_", " ") for c in columns]
    out = ["| " + " | ".join(head) + " |", "|" + "|".join(" --- " for _ in columns) + "|"]
    for row in rows:
        cells = [_fmt(row.get(c, "")).replace("|", "\\|").replace("\n", " ") for c in columns]
        out.append("| " + " | ".join(cells) + " |")
    return [*out, ""]


def _get(results: dict[str, SuiteResult], suite: str, figure: str, default: Any = 0) -> Any:
    found = results.get(suite)
    return found.figures.get(figure, default) if found is not None else default


def headline(results: dict[str, SuiteResult]) -> list[dict[str, Any]]:
    """The acceptance figures: what was required, what the run found, and whether it passes."""
    kills = results.get("kill_trials")
    fuzz = results.get("fuzz")
    conc = results.get("concurrency")
    priv = results.get("privacy")
    faults = results.get("faults")
    slow = results.get("slow_services")
    rows = []
    if kills:
        f = kills.figures
        rows.append(
            {
                "check": "Crash trials (SIGKILL)",
                "required": ">= 300 trials, 0 corruptions, 0 lost edits, 0 half-written",
                "result": f"{f.get('killed', 0)} killed runs: {f.get('corruptions', 0)} "
                f"corruptions, {f.get('edits_lost', 0)} lost edits, "
                f"{f.get('half_written', 0)} half-written",
                "passed": kills.ok and f.get("killed", 0) >= 300,
            }
        )
    if faults:
        f = faults.figures
        rows.append(
            {
                "check": "Start-up faults (corrupt, locked, read-only, full disk)",
                "required": "one clear line each, no traceback, no data lost",
                "result": f"{f.get('clear_messages', 0)} of {f.get('commands', 0)} commands",
                "passed": faults.ok,
            }
        )
    if fuzz:
        f = fuzz.figures
        rows.append(
            {
                "check": "Fuzzed importer inputs",
                "required": ">= 1,000 per importer, 0 tracebacks, 0 partial writes",
                "result": f"{f.get('fuzzed_inputs', 0):,} inputs (at least "
                f"{f.get('min_inputs_per_importer', 0):,} per importer), "
                f"{f.get('tracebacks', 0)} tracebacks, {f.get('failures', 0)} failures",
                "passed": fuzz.ok and f.get("min_inputs_per_importer", 0) >= 1000,
            }
        )
        if "huge_numbers_inputs" in f:
            rows.append(
                {
                    "check": "Hostile values, per class",
                    "required": "huge numbers in every numeric field, control characters in "
                    "every string field, zip bombs: one clear line or a clean import",
                    "result": ", ".join(
                        f"{name}: {f.get(f'{key}_inputs', 0):,} inputs, "
                        f"{f.get(f'{key}_failures', 0)} failures"
                        for name, key in (
                            ("huge numbers", "huge_numbers"),
                            ("control characters", "control_characters"),
                            ("compression bombs", "compression_bombs"),
                        )
                    ),
                    "passed": all(
                        f.get(f"{key}_failures", 0) == 0 and f.get(f"{key}_inputs", 0) > 0
                        for key in ("huge_numbers", "control_characters", "compression_bombs")
                    ),
                }
            )
        rows.append(
            {
                "check": "Random edit sequences",
                "required": "every invariant after every step",
                "result": f"{f.get('edit_sequences', 0):,} sequences, "
                f"{f.get('edit_steps', 0):,} steps",
                "passed": fuzz.ok,
            }
        )
    if conc:
        f = conc.figures
        skipped = f.get("skipped")
        rows.append(
            {
                "check": "Concurrency audit (PostgreSQL)",
                "required": "0 silent overwrites",
                "result": "skipped: no server"
                if skipped
                else f"{f.get('acknowledged', 0):,} acknowledged writes, "
                f"{f.get('refused', 0):,} refused, {f.get('silent_overwrites', 0)} silent "
                f"overwrites, {f.get('version_gaps', 0)} lost",
                "passed": conc.ok and not skipped,
            }
        )
    if priv:
        f = priv.figures
        rows.append(
            {
                "check": "Private fields leaked",
                "required": "0",
                "result": f"{f.get('private_fields_leaked', 0)} in "
                f"{f.get('per_person_outputs_scanned', 0)} per-person outputs",
                "passed": priv.ok and f.get("private_fields_leaked", 1) == 0,
            }
        )
        rows.append(
            {
                "check": "Secrets found",
                "required": "0",
                "result": f"{f.get('secrets_found', 0)} in {f.get('places_searched', 0)} "
                "files and outputs",
                "passed": priv.ok and f.get("secrets_found", 1) == 0,
            }
        )
        rows.append(
            {
                "check": "Injection (SQL, path, formula, ICS)",
                "required": "treated as text, confined, inert",
                "result": f"{f.get('sql_injection_attempts', 0)} hostile lookups, "
                f"{f.get('files_named_from_user_data', 0)} files named from user data, "
                f"{f.get('sheet_cells_checked', 0):,} sheet cells, "
                f"{f.get('events_checked', 0):,} calendar events",
                "passed": priv.ok,
            }
        )
    if slow:
        rows.append(
            {
                "check": "Slow and unreachable services",
                "required": "clear failures, bounded retries, reruns converge",
                "result": f"{slow.figures.get('scenarios', 0)} scenarios",
                "passed": slow.ok,
            }
        )
    return rows


def render(results: Sequence[SuiteResult], meta: dict[str, Any]) -> str:
    by_name = {r.name: r for r in results}
    rows = headline(by_name)
    passed = all(r["passed"] for r in rows) and all(r.ok for r in results)
    lines = [
        "# Reliability and security",
        "",
        "Generated by `make reliability` (`python -m reliability.run`); do not edit by hand.",
        f"Last run: {meta.get('date', '?')} on commit `{meta.get('commit', '?')}`, "
        f"{meta.get('cores', '?')} cores, {meta.get('minutes', 0):.1f} minutes, "
        f"seed `{meta.get('seed', '?')}`{' (quick run)' if meta.get('quick') else ''}.",
        "",
        f"**Result: {'all checks passed' if passed else 'FAILURES, see below'}.**",
        "",
    ]
    lines += _table(
        [{**r, "passed": "yes" if r["passed"] else "NO"} for r in rows],
        ["check", "required", "result", "passed"],
    )
    lines += [
        "How each figure is made is in the docstring of its module in `reliability/`; "
        "`tests/reliability/` runs a small version of every suite in `make test`.",
        "",
    ]
    for result in results:
        lines += [f"## {result.title}", ""]
        doc = meta.get("docs", {}).get(result.name)
        if doc:
            lines += [doc, ""]
        figures = {k: v for k, v in result.figures.items() if not isinstance(v, str)}
        if figures:
            lines += _table([figures])
        texts = {k: v for k, v in result.figures.items() if isinstance(v, str)}
        for key, value in texts.items():
            lines += [f"{key.replace('_', ' ').capitalize()}: {value}.", ""]
        for name, table in result.tables.items():
            lines += [f"**{name.replace('_', ' ').capitalize()}**", ""]
            lines += _table(table)
        for note in result.notes:
            lines += [f"- {note}"]
        if result.notes:
            lines += [""]
        if result.failures:
            lines += ["**Failures**", ""]
            lines += [f"- {f}" for f in result.failures[:50]]
            lines += [""]
        lines += [f"Time: {result.seconds:.0f} s.", ""]
    lines += ["## What the harness found, and the fixes", ""]
    for found, fixed in FINDINGS:
        lines += [f"- {found} *Fix:* {fixed}"]
    lines += [""]
    return "\n".join(lines)


def load(path: Path) -> list[SuiteResult]:
    return [SuiteResult(**item) for item in json.loads(path.read_text())]


if __name__ == "__main__":  # re-render from a results file: python -m reliability.report F
    data = json.loads(Path(sys.argv[1]).read_text())
    print(render([SuiteResult(**d) for d in data["results"]], data["meta"]))
