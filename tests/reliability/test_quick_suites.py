"""The reliability suites with small counts (``make reliability`` runs them in full and
writes docs/RELIABILITY.md). Each suite checks itself and lists what failed."""

from __future__ import annotations

from pathlib import Path

import pytest

from reliability import concurrency, faults, fuzz, kill_trials, privacy, slow_services
from reliability.common import ForkLauncher, SuiteResult
from reliability.data import Templates
from reliability.fuzz_files import IMPORTERS
from reliability.fuzz_hostile import IMPORTERS as HOSTILE_IMPORTERS
from tests.reliability.conftest import require_pg

pytestmark = pytest.mark.slow


def passed(result: SuiteResult) -> None:
    assert result.ok, "\n".join(result.failures[:20])


def test_a_crash_at_any_moment_loses_nothing(
    reliability_work: Path, reliability_templates: Templates, cli_launcher: ForkLauncher
) -> None:
    result = kill_trials.run(
        reliability_work,
        trials=1,
        jobs=2,
        templates=reliability_templates,
        launcher=cli_launcher,
        helper=cli_launcher,
    )
    passed(result)
    assert result.figures["killed"] == len(kill_trials.OPERATIONS)
    assert result.figures["corruptions"] == result.figures["edits_lost"] == 0


def test_a_bad_database_file_gets_one_clear_line(
    reliability_work: Path, reliability_templates: Templates, cli_launcher: ForkLauncher
) -> None:
    result = faults.run(
        reliability_work, quick=True, templates=reliability_templates, launcher=cli_launcher
    )
    passed(result)
    assert result.figures["clear_messages"] == result.figures["commands"] > 0


def test_random_edit_sequences_keep_every_invariant(
    reliability_work: Path, reliability_templates: Templates
) -> None:
    result = fuzz.run(
        reliability_work,
        inputs=0,
        sequences=6,
        steps=15,
        importers=(),
        templates=reliability_templates,
    )
    passed(result)
    assert result.figures["edit_steps"] > 0


@pytest.mark.parametrize("importer", list(IMPORTERS))
def test_mutated_files_are_refused_clearly_or_imported_correctly(
    importer: str, reliability_work: Path, reliability_templates: Templates
) -> None:
    result = fuzz.run(
        reliability_work,
        inputs=50,
        sequences=0,
        importers=(importer,),
        templates=reliability_templates,
    )
    passed(result)
    assert result.figures["fuzzed_inputs"] == 50 and result.figures["tracebacks"] == 0


@pytest.mark.parametrize("importer", list(HOSTILE_IMPORTERS))
def test_hostile_values_in_every_field_are_refused_clearly_or_imported_cleanly(
    importer: str, reliability_work: Path, reliability_templates: Templates
) -> None:
    """Huge numbers, control characters and (for .xlsx) zip bombs, 12 of each class."""
    result = fuzz.run(
        reliability_work,
        inputs=0,
        sequences=0,
        hostile=12,
        importers=(importer,),
        templates=reliability_templates,
    )
    passed(result)
    rows = result.tables["hostile_values"]
    assert {r["class"] for r in rows} == set(HOSTILE_IMPORTERS[importer][1])
    assert all(r["inputs"] == 12 and r["imported"] + r["refused_clearly"] == 12 for r in rows)


def test_concurrent_organisers_never_overwrite_each_other_silently(
    reliability_work: Path,
) -> None:
    problem = require_pg()
    if problem:
        pytest.skip(f"PostgreSQL not reachable: {problem}")
    result = concurrency.run(reliability_work, rounds=(3,), seconds=3)
    passed(result)
    assert result.figures["acknowledged"] > 0 and result.figures["silent_overwrites"] == 0


def test_hostile_input_stays_text_and_private_fields_stay_private(
    reliability_work: Path, reliability_templates: Templates, cli_launcher: ForkLauncher
) -> None:
    result = privacy.run(
        reliability_work, quick=True, templates=reliability_templates, launcher=cli_launcher
    )
    passed(result)
    assert result.figures["private_fields_leaked"] == 0
    assert result.figures["secrets_found"] == 0
    assert result.figures["per_person_outputs_scanned"] > 0
    assert result.figures["published_files_scanned"] > 0


def test_slow_and_flapping_services_fail_clearly_and_converge(
    reliability_work: Path, reliability_templates: Templates, cli_launcher: ForkLauncher
) -> None:
    result = slow_services.run(
        reliability_work, quick=True, templates=reliability_templates, launcher=cli_launcher
    )
    passed(result)
