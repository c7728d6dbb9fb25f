"""PDF briefings through the service layer and the CLI: files, batches, reruns."""

from __future__ import annotations

import os
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from tests.cli_runner import run_main
from tourplanner.core.errors import NotFoundError, TourplannerError, ValidationError
from tourplanner.core.model import TourSnapshot
from tourplanner.export.pdf import PdfOptions, read_content_hash
from tourplanner.imports.tourfile_reader import read_tour_file
from tourplanner.paths import SAMPLES_DIR
from tourplanner.services.briefings import PdfRequest, export_pdfs, plan, write_pdfs
from tourplanner.services.database import Database
from tourplanner.services.items import list_items, update_item
from tourplanner.services.tourfile import load_sample

ROOT = Path(__file__).resolve().parents[2]
SLUG = "chongqing-2021"
GROUP_B = {"chen-wancai.pdf", "huang-meiling.pdf", "wu-jianguo.pdf", "xu-lei.pdf"}


@pytest.fixture(scope="module")
def sample() -> TourSnapshot:
    path = SAMPLES_DIR / "chongqing-2021.tour.json"
    return read_tour_file(path.read_bytes(), path.name)


def test_one_file_of_each_kind(db: Database, tmp_path: Path) -> None:
    load_sample(db)
    cases = [
        PdfRequest("delegate", tmp_path / "dai.pdf", person="dai-jiuyue"),
        PdfRequest("booklet", tmp_path / "booklet.pdf"),
        PdfRequest("host", tmp_path / "nusri.pdf", site="nusri-chongqing"),
        PdfRequest("runsheet", tmp_path / "run.pdf", options=PdfOptions(paper="letter")),
    ]
    for request in cases:
        result = export_pdfs(db, SLUG, request)
        assert result.built == (request.output,)
        data = request.output.read_bytes()
        assert data.startswith(b"%PDF") and read_content_hash(data)
        assert export_pdfs(db, SLUG, request).built == ()  # unchanged: not rebuilt
    assert not list(tmp_path.glob("*.part"))


def test_a_folder_given_for_one_file_gets_a_named_file_inside(db: Database, tmp_path: Path) -> None:
    load_sample(db)
    result = export_pdfs(db, SLUG, PdfRequest("delegate", tmp_path, person="xu-lei"))
    assert result.built == (tmp_path / "xu-lei.pdf",)


def test_batch_rebuilds_only_what_changed(db: Database, tmp_path: Path) -> None:
    load_sample(db)
    out = tmp_path / "delegates"
    seen: list[tuple[int, int, str]] = []
    first = export_pdfs(
        db, SLUG, PdfRequest("delegate", out), workers=1,
        progress=lambda done, total, path: seen.append((done, total, path.name)),
    )  # fmt: skip
    assert len(first.built) == 9 and first.skipped == ()
    assert [s[:2] for s in seen] == [(n, 9) for n in range(1, 10)]
    assert {p.name for p in out.iterdir()} == {p.name for p in first.built}

    again = export_pdfs(db, SLUG, PdfRequest("delegate", out), workers=1)
    assert again.built == () and len(again.skipped) == 9

    item = next(i for i in list_items(db, SLUG) if i.title == "Press interviews (Group B)")
    update_item(db, item.id, item.version, description="Interviews in the press corner, hall 2.")
    third = export_pdfs(db, SLUG, PdfRequest("delegate", out), workers=1)
    assert {p.name for p in third.built} == GROUP_B
    assert len(third.skipped) == 5


@pytest.mark.slow
def test_batch_on_every_core_rebuilds_exactly_the_affected(
    sample: TourSnapshot, tmp_path: Path
) -> None:
    out = tmp_path / "delegates"
    seen: list[int] = []
    first = write_pdfs(
        sample, PdfRequest("delegate", out), workers=2, progress=lambda d, t, p: seen.append(d)
    )
    assert len(first.built) == 9 and seen == list(range(1, 10))
    assert write_pdfs(sample, PdfRequest("delegate", out), workers=2).built == ()
    items = tuple(
        replace(i, description="Moved to the press corner.")
        if i.title == "Press interviews (Group B)"
        else i
        for i in sample.items
    )
    changed = replace(sample, items=items)
    rebuilt = write_pdfs(changed, PdfRequest("delegate", out), workers=2)
    assert {p.name for p in rebuilt.built} == GROUP_B
    hosts = write_pdfs(changed, PdfRequest("host", tmp_path / "hosts"), workers=2)
    assert len(hosts.built) == 10
    assert not list(out.glob("*.part")) and not list((tmp_path / "hosts").glob("*.part"))


@pytest.mark.slow
@pytest.mark.parametrize("method", ["spawn", "forkserver"])
def test_workers_not_forked_from_this_process_build_the_same_bytes(
    sample: TourSnapshot, tmp_path: Path, method: str
) -> None:
    """The GUI has threads, so its batches start workers from the fork server (or with
    spawn where there is none): the snapshot is pickled to them, and the files are
    identical to those built in this process."""
    from tourplanner.services.briefings import plan
    from tourplanner.services.pdf_batch import run_jobs

    request = PdfRequest("host", tmp_path / method)
    people = PdfRequest("delegate", tmp_path / method)  # taxi cards: QR codes
    jobs = plan(sample, request).jobs[:2] + plan(sample, people).jobs[:2]
    started = run_jobs(sample, jobs, request.options, workers=2, start_method=method)
    assert len(started.built) == 4
    here = tmp_path / "here"
    local = [replace(j, path=here / j.path.name) for j in jobs]
    run_jobs(sample, local, request.options, workers=1)
    for job in jobs:
        assert job.path.read_bytes() == (here / job.path.name).read_bytes()


def test_options_are_part_of_the_content(sample: TourSnapshot, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    write_pdfs(sample, PdfRequest("booklet", out), workers=1)
    zh = PdfRequest("booklet", out, options=PdfOptions(lang="zh"))
    assert write_pdfs(sample, zh, workers=1).built == (out,)
    assert write_pdfs(sample, zh, workers=1).built == ()


def test_unsafe_and_duplicate_names_stay_inside_the_folder(
    sample: TourSnapshot, tmp_path: Path
) -> None:
    people = list(sample.participants)
    first, second = (i for i, p in enumerate(people) if p.key in ("chen-wancai", "ma-jun"))
    people[first] = replace(people[first], full_name="../../x")
    people[second] = replace(people[second], full_name="Dai Jiuyue")  # same name as another
    snap = replace(sample, participants=tuple(people))
    out = tmp_path / "inside" / "out"
    result = write_pdfs(snap, PdfRequest("delegate", out), workers=1)
    names = sorted(p.name for p in result.built)
    assert len(names) == 9 == len(set(names))
    assert all(p.parent == out for p in result.built)
    assert "x.pdf" in names
    assert "dai-jiuyue-dai-jiuyue.pdf" in names and "dai-jiuyue-ma-jun.pdf" in names
    assert sorted(p.name for p in out.iterdir()) == names
    assert not (tmp_path / "x.pdf").exists()


def test_mistakes_are_one_line_errors(sample: TourSnapshot, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="no participant 'nobody'"):
        plan(sample, PdfRequest("delegate", tmp_path / "a.pdf", person="nobody"))
    with pytest.raises(NotFoundError, match="no site 'nowhere'"):
        plan(sample, PdfRequest("host", tmp_path / "a.pdf", site="nowhere"))
    with pytest.raises(ValidationError, match="only be given for --kind delegate"):
        plan(sample, PdfRequest("booklet", tmp_path / "a.pdf", person="dai-jiuyue"))
    with pytest.raises(ValidationError, match="kind must be one of"):
        plan(sample, PdfRequest("poster", tmp_path / "a.pdf"))
    with pytest.raises(ValidationError, match="calendar value"):
        plan(sample, PdfRequest("delegate", tmp_path, calendar="{name}.ics"))
    (tmp_path / "file").write_text("x")
    with pytest.raises(TourplannerError, match="is a file"):
        plan(sample, PdfRequest("delegate", tmp_path / "file"))
    with pytest.raises(ValidationError, match="paper must be one of"):
        PdfOptions(paper="a3")
    empty = replace(sample, items=())
    with pytest.raises(TourplannerError, match="no schedule items"):
        plan(empty, PdfRequest("booklet", tmp_path / "b.pdf"))


def test_calendar_value_is_a_parameter(sample: TourSnapshot, tmp_path: Path) -> None:
    request = PdfRequest("delegate", tmp_path, calendar="https://cal.example.org/{key}.ics")
    jobs = {j.path.name: j.calendar for j in plan(sample, request).jobs}
    assert jobs["dai-jiuyue.pdf"] == "https://cal.example.org/dai-jiuyue.ics"
    default = {j.path.name: j.calendar for j in plan(sample, PdfRequest("delegate", tmp_path)).jobs}
    assert default["dai-jiuyue.pdf"] == ""  # no base URL: no QR code, never a file name


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "TOURPLANNER_DB"}
    return run_main("--db", "sqlite:///t.db", *args, cwd=cwd, env=env)


@pytest.mark.slow
def test_cli_export_pdf(tmp_path: Path) -> None:
    assert run_cli("sample", cwd=tmp_path).returncode == 0
    first = run_cli("export", "pdf", SLUG, "--kind", "delegate", "-o", "out", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "built 9/9" in first.stdout
    assert "Built 9 PDF(s), skipped 0 unchanged" in first.stdout
    second = run_cli("export", "pdf", SLUG, "--kind", "delegate", "-o", "out", cwd=tmp_path)
    assert "Built 0 PDF(s), skipped 9 unchanged" in second.stdout
    one = run_cli(
        "export", "pdf", SLUG, "--kind", "runsheet", "-o", "run.pdf", "--paper", "letter",
        "--lang", "zh", cwd=tmp_path,
    )  # fmt: skip
    assert one.returncode == 0 and "Wrote run.pdf" in one.stdout
    bad = run_cli(
        "export", "pdf", SLUG, "--kind", "booklet", "--person", "dai-jiuyue", "-o", "b.pdf",
        cwd=tmp_path,
    )  # fmt: skip
    assert bad.returncode == 2
    assert bad.stderr.strip().splitlines() == [
        "tourplanner: error: a person can only be given for --kind delegate"
    ]
    missing = run_cli("export", "pdf", SLUG, "--kind", "host", "--site", "x", "-o", "h.pdf",
                      cwd=tmp_path)  # fmt: skip
    assert missing.returncode == 2 and "no site 'x'" in missing.stderr
