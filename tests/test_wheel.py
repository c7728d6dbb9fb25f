"""The wheel works when installed: built from the sources, installed into a fresh venv and
run from an unrelated folder, it finds its fonts, sample, schema, translations and
migrations inside the installed package, never in the checkout."""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from tourplanner.store import migrations
from tourplanner.store.engine import connect

# Builds and installs a wheel, about 30 s, once per worker that runs a test here: one
# worker takes both tests.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("wheel")]

ROOT = Path(__file__).resolve().parents[1]
# What a source distribution carries: enough to build the wheel and nothing else.
SOURCES = ["pyproject.toml", "setup.py", "README.md", "tourplanner", "resources", "db"]
SAMPLE = "chongqing-2021"
# Run by the installed venv's python: where the package and its files are, and whether
# the Chinese translation loads from there.
PROBE = """
import tourplanner, tourplanner.paths as p
from PySide6.QtCore import QLocale, QTranslator
from tourplanner.qt.i18n import I18N_DIR
print(tourplanner.__file__, p.RESOURCES_DIR, p.MIGRATIONS_DIR, p.FONTS_DIR, I18N_DIR)
ok = QTranslator().load(QLocale("zh_CN"), "tourplanner", "_", str(I18N_DIR))
print("zh_CN-loaded" if ok else "zh_CN-missing")
"""


def _copy_sources(target: Path) -> Path:
    target.mkdir()
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / name)
    return target


def _run(args: list[str], cwd: Path, env: dict[str, str], timeout: float = 120):
    return subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


def _pip(*args: str) -> None:
    """The test venv's pip, offline."""
    done = subprocess.run(
        [sys.executable, "-m", "pip", "--no-input", *args, "--no-index", "--quiet"],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path | dict[str, str]]:
    """The wheel built (offline, with this venv's setuptools) from a copy of the sources,
    installed into a new venv that borrows the test venv's dependencies through a .pth."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = _copy_sources(tmp / "src")
    _pip("wheel", "--no-deps", "--no-build-isolation", "-w", str(tmp / "dist"), str(src))
    (wheel,) = (tmp / "dist").glob("tourplanner-*.whl")
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    # This venv's pip installs into the new venv (--python): no download, no ensurepip.
    _pip("--python", str(python), "install", "--no-deps", str(wheel))
    # The dependencies come from the test venv, after the new venv's own site-packages;
    # a plain path line adds the folder without running its .pth files, so the test
    # venv's editable install of the checkout stays out.
    (purelib,) = (venv / "lib").glob("python3*/site-packages")
    (purelib / "zz_test_dependencies.pth").write_text(
        "\n".join(site.getsitepackages()) + "\n", encoding="utf-8"
    )
    home = tmp / "home"
    home.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"PYTHONPATH", "TOURPLANNER_DB", "PYTHONHOME", "VIRTUAL_ENV"}
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    work = tmp / "elsewhere"
    work.mkdir()
    return {"wheel": wheel, "venv": venv, "work": work, "env": env}


def test_the_wheel_carries_the_shipped_files(installed) -> None:
    names = set(zipfile.ZipFile(installed["wheel"]).namelist())
    for expected in [
        "tourplanner/_resources/fonts/wqy-microhei.ttc",
        "tourplanner/_resources/fonts/wqy-microhei.LICENSE.txt",
        "tourplanner/_resources/fonts/DejaVuSans.ttf",
        "tourplanner/_resources/fonts/DejaVuSans.LICENSE.txt",
        f"tourplanner/_resources/samples/{SAMPLE}.tour.json",
        "tourplanner/_resources/schema/tour-file.schema.json",
        "tourplanner/_resources/i18n/tourplanner_zh_CN.qm",
        "tourplanner/_resources/i18n/tourplanner_en.qm",
        "tourplanner/_resources/gazetteer.json",
        "tourplanner/_db/env.py",
        "tourplanner/_db/versions/0001_initial_schema.py",
    ]:
        assert expected in names
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(installed["wheel"]).read(entry_points).decode()
    assert "[gui_scripts]" in text and "tourplanner-gui = tourplanner.launch:main" in text
    assert "[console_scripts]" in text and "tourplanner = tourplanner.launch:main" in text


def test_the_installed_wheel_runs_from_any_folder(installed) -> None:
    venv, work, env = installed["venv"], installed["work"], installed["env"]
    tourplanner = str(venv / "bin" / "tourplanner")
    probe = _run([str(venv / "bin" / "python"), "-c", PROBE], work, env)
    assert probe.returncode == 0, probe.stderr
    *places, translation = probe.stdout.split()
    assert translation == "zh_CN-loaded"
    for line in places:
        # What runs is the installed package, not the checkout the tests run from.
        assert Path(line).is_relative_to(venv), line
        assert not Path(line).is_relative_to(ROOT), line

    version = _run([tourplanner, "--version"], work, env)
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert version.stdout.strip() == f"tourplanner {pyproject['project']['version']}"

    db_file = work / "tours.db"
    url = f"sqlite:///{db_file}"
    sample = _run([tourplanner, "--db", url, "sample"], work, env)
    assert sample.returncode == 0, sample.stderr
    assert f"Loaded the sample tour {SAMPLE}" in sample.stdout
    # The migrations ran from the installed package: the file is at the head revision.
    db = connect(url)
    try:
        assert migrations.stamped_revisions(db) == [migrations.head_revision()]
    finally:
        db.dispose()

    check = _run([tourplanner, "--db", url, "check", SAMPLE], work, env)
    assert check.returncode == 1, check.stderr  # the sample keeps one double booking
    assert f"1 error, 0 warnings in {SAMPLE}" in check.stdout
    # The CLI reads the installed catalogue under a Chinese locale.
    chinese = _run(
        [tourplanner, "--db", url, "check", SAMPLE],
        work,
        {**env, "LANG": "zh_CN.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""},
    )
    assert f"{SAMPLE} 中有1 个错误、0 个警告。" in chinese.stdout, chinese.stderr

    pdf = _run(
        [tourplanner, "--db", url, "export", "pdf", "--kind", "booklet", "-o", "b.pdf", SAMPLE],
        work,
        env,
    )
    assert pdf.returncode == 0, pdf.stderr
    data = (work / "b.pdf").read_bytes()
    assert data.startswith(b"%PDF")
    assert b"WenQuanYiMicroHei" in data  # the bundled font, found in the package

    ics = _run([tourplanner, "--db", url, "export", "ics", "-o", "t.ics", SAMPLE], work, env)
    assert ics.returncode == 0, ics.stderr
    calendar = (work / "t.ics").read_text(encoding="utf-8")
    assert calendar.startswith("BEGIN:VCALENDAR") and calendar.count("BEGIN:VEVENT") > 10

    for command in ("tourplanner", "tourplanner-gui"):
        paint = _run([str(venv / "bin" / command), "--db", url, "--exit-after-paint"], work, env)
        assert paint.returncode == 0, paint.stderr
        assert float(paint.stdout.strip().splitlines()[-1]) > 0
