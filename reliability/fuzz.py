"""The fuzzing suite: random edit sequences (``fuzz_edits``), mutated files for every
importer (``fuzz_files``), and hostile values in every field of every importer, counted
per class (``fuzz_hostile``), as one result for the report."""

from __future__ import annotations

from pathlib import Path

from reliability.common import SuiteResult, timed
from reliability.data import Templates, build_templates
from reliability.fuzz_edits import run_edit_sequences
from reliability.fuzz_files import IMPORTERS, fuzz_importer
from reliability.fuzz_hostile import CLASSES, run_hostile


def run(
    work: Path,
    *,
    inputs: int = 1000,
    sequences: int = 100,
    steps: int = 25,
    importers: tuple[str, ...] | None = None,
    templates: Templates | None = None,
    pg_url: str | None = None,
    pg_sequences: int = 0,
    hostile: int = 0,
) -> SuiteResult:
    result = SuiteResult("fuzz", "Fuzzing (hypothesis)")
    with timed(result):
        templates = templates or build_templates(work / "templates", with_rev1=False)
        rows = []
        if sequences:
            tally, failure = run_edit_sequences(
                templates.sample_db, work / "edits", sequences=sequences, steps=steps
            )
            if failure:
                result.fail(f"edit sequences (SQLite): {failure}")
            rows.append(
                {
                    "backend": "SQLite",
                    "sequences": tally.sequences,
                    "steps": tally.steps,
                    "refused_as_expected": tally.refused_as_expected,
                    "checker_comparisons": tally.checker_comparisons,
                    "round_trips": tally.round_trips,
                    "failure": failure or "",
                }
            )
            result.figures["rules_exercised"] = ", ".join(
                f"{k} {v}" for k, v in sorted(tally.rules.items())
            )
        if pg_url and pg_sequences:
            pg, pg_failure = run_edit_sequences(
                templates.sample_db,
                work / "edits-pg",
                sequences=pg_sequences,
                steps=steps,
                db_url=pg_url,
            )
            if pg_failure:
                result.fail(f"edit sequences (PostgreSQL): {pg_failure}")
            rows.append(
                {
                    "backend": "PostgreSQL",
                    "sequences": pg.sequences,
                    "steps": pg.steps,
                    "refused_as_expected": pg.refused_as_expected,
                    "checker_comparisons": pg.checker_comparisons,
                    "round_trips": pg.round_trips,
                    "failure": pg_failure or "",
                }
            )
        result.tables["edit_sequences"] = rows
        result.figures["edit_sequences"] = sum(r["sequences"] for r in rows)
        result.figures["edit_steps"] = sum(r["steps"] for r in rows)
        importer_rows = []
        total = tracebacks = 0
        for name in importers if importers is not None else tuple(IMPORTERS):
            if not inputs:
                break
            importer = IMPORTERS[name]()
            failures: list[str] = []
            found = fuzz_importer(
                importer,
                templates.sample_db,
                work / "files" / name,
                inputs=inputs,
                report=failures.append,
            )
            for f in failures:
                result.fail(f)
            total += found.inputs
            tracebacks += sum("unexpected" in f for f in failures)
            importer_rows.append(
                {
                    "importer": importer.title,
                    "inputs": found.inputs,
                    "imported": found.imported,
                    "refused_clearly": found.refused,
                    "failures": found.failures,
                    "slow_over_5s": found.slow,
                    "mutations": ", ".join(f"{k} {v}" for k, v in found.mutations.most_common()),
                }
            )
        result.tables["importers"] = importer_rows
        result.figures["fuzzed_inputs"] = total
        result.figures["min_inputs_per_importer"] = min(
            (r["inputs"] for r in importer_rows), default=0
        )
        result.figures["tracebacks"] = tracebacks
        if hostile:
            _hostile(result, templates, work, hostile, importers)
        result.figures.setdefault("failures", 0)
    return result


def _hostile(
    result: SuiteResult,
    templates: Templates,
    work: Path,
    inputs: int,
    importers: tuple[str, ...] | None,
) -> None:
    """``inputs`` hostile values per class and importer, counted per class."""
    failures: list[str] = []
    rows = run_hostile(
        templates.sample_db,
        work / "hostile",
        inputs=inputs,
        report=failures.append,
        importers=importers,
    )
    for failure in failures:
        result.fail(failure)
    # A hostile value that ends in anything but a TourplannerError is a traceback too.
    result.figures["tracebacks"] = result.figures.get("tracebacks", 0) + sum(
        "unexpected" in f for f in failures
    )
    result.tables["hostile_values"] = rows
    for cls in CLASSES:
        mine = [r for r in rows if r["class"] == cls]
        key = cls.replace(" ", "_")
        result.figures[f"{key}_inputs"] = sum(r["inputs"] for r in mine)
        result.figures[f"{key}_failures"] = sum(r["failures"] for r in mine)
