"""The benchmark runner: the registry, the timing helper, and a quick run end to end.

Nothing here asserts a speed; speeds are measured by ``make bench`` only.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import harness, run
from bench.harness import Context, Measure, NotAvailable, median_seconds, need, row


# The longest test of the suite (about 80 s on a loaded machine): started first.
@pytest.mark.slow
def test_a_quick_run_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "RESULTS.md"
    assert run.main(["--quick", "--output", str(out)]) == 0
    printed = capsys.readouterr().out
    text = out.read_text(encoding="utf-8")
    for r in harness.ROWS:
        assert r.name in printed and r.name in text
    assert "| name | median | target | ok |" in text
    assert "CPU:" in text and "Python:" in text and "Date:" in text
    assert "error" not in printed.split("Notes:")[0]
    assert "Quick run" in text


def test_quick_runs_leave_the_results_file_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    results = tmp_path / "RESULTS.md"
    monkeypatch.setattr(run, "RESULTS", results)
    assert run.main(["--quick", "--only", "check_tour, large", "--repeat", "1"]) == 0
    assert not results.exists()
    printed = capsys.readouterr().out
    assert "check_tour, large (full check)" in printed
    assert "xl (full check)" not in printed


def test_list_and_unknown_filter(capsys: pytest.CaptureFixture[str]) -> None:
    assert run.main(["--list"]) == 0
    assert "rows_checks" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        run.main(["--only", "no such row at all"])


def test_rows_for_missing_code_are_not_available(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(ctx: Context) -> Measure:
        need("tourplanner.core.no_such_module", "anything")
        raise AssertionError("unreachable")

    def broken(ctx: Context) -> Measure:
        raise ValueError("boom")

    def slow(ctx: Context) -> Measure:
        return Measure(2.0)

    monkeypatch.setattr(harness, "ROWS", [])
    row("missing row", target=1.0)(missing)
    row("broken row", target=1.0)(broken)
    row("slow row", target=1.0)(slow)
    ctx = Context()
    results = {r.name: run.run_row(r, ctx) for r in harness.ROWS}
    assert results["missing row"].status == "n/a"
    assert "not available" in results["missing row"].note
    assert results["broken row"].status == "error"
    assert results["slow row"].status == "FAIL"
    assert run.run_row(harness.ROWS[2], Context(quick=True)).status == "(quick)"


def test_row_names_are_unique(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(harness, "ROWS", [])
    row("twice")(lambda ctx: Measure(1.0))
    with pytest.raises(ValueError, match="twice"):
        row("twice")(lambda ctx: Measure(1.0))


def test_need() -> None:
    assert need("tourplanner.core.model", "TourSnapshot").__name__ == "TourSnapshot"
    with pytest.raises(NotAvailable):
        need("tourplanner.core.model", "NoSuchThing")


def test_median_seconds_warms_up_then_times_each_run() -> None:
    calls: list[int] = []
    median, samples = median_seconds(calls.append, lambda: len(calls), repeat=5, warmup=2)
    assert calls == [0, 1, 2, 3, 4, 5, 6]
    assert len(samples) == 5 and median >= 0


def test_context_sizes_and_repeats() -> None:
    quick = Context(quick=True)
    assert quick.size_name("large") == "tiny" and quick.size_name("xl") == "tiny4"
    assert quick.repeat(101) == 3
    assert Context(repeat_override=9).repeat(101) == 9
    assert Context().repeat(7) == 7
    assert quick.tour("large") is quick.tour("large")


def test_formatting() -> None:
    assert run.fmt_value(0.0954, "s") == "95.4 ms"
    assert run.fmt_value(1.5, "s") == "1.50 s"
    assert run.fmt_value(0.000754, "s") == "754 µs"
    assert run.fmt_value(4.2, "ratio") == "4.20×"
    assert run.fmt_value(231.46, "MB") == "231.5 MB"
