"""Forked batch workers: the same files as one process, and the parent's collector left
as it was (the parent freezes its objects only while the workers are forked)."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest

from tourplanner.core.model import TourSnapshot
from tourplanner.services.briefings import PdfRequest, plan
from tourplanner.services.pdf_batch import run_jobs


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is Linux-only here")
def test_forked_workers_write_what_one_process_writes(snap: TourSnapshot, tmp_path: Path) -> None:
    request = PdfRequest("delegate", tmp_path / "forked")
    (tmp_path / "forked").mkdir()
    planned = plan(snap, request)
    jobs = planned.jobs[:3]
    assert gc.get_freeze_count() == 0
    forked = run_jobs(snap, jobs, request.options, index=planned.index, workers=2,
                      start_method="fork")  # fmt: skip
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()
    assert sorted(forked.built) == sorted(j.path for j in jobs)

    alone = tmp_path / "alone"
    alone.mkdir()
    local = [type(j)(j.kind, j.target, alone / j.path.name, j.calendar, j.digest) for j in jobs]
    run_jobs(snap, local, request.options, workers=1)
    for job in jobs:
        assert job.path.read_bytes() == (alone / job.path.name).read_bytes()
