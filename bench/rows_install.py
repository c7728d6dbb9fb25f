"""Benchmark rows for the installed app: the Debian package's bundle starting cold to its
first paint (beside main.py from the checkout), the package's size and its installed size.

The rows measure ``dist/tourplanner_VERSION_amd64.deb`` as ``make dist`` left it; without
one they say n/a. The package is unpacked into a temporary folder (never installed), and
the bundle runs with an empty environment, as ``packaging/smoke.sh`` runs it.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

from bench.harness import Context, Measure, NotAvailable, row
from bench.rows_gui import STARTS, _env, _first_paint

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000
LIMIT_MB = 250  # issue 17: the installed package is at most 250 MB


def _package() -> Path:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]
    deb = ROOT / "dist" / f"tourplanner_{version}_amd64.deb"
    if not deb.exists():
        raise NotAvailable(f"no {deb.relative_to(ROOT)} (make dist builds it)")
    return deb


def _unpacked(ctx: Context) -> Path:
    """The package's files in a temporary folder (unpacked once a run)."""

    def unpack() -> Path:
        target = Path(tempfile.mkdtemp(prefix="tp-bench-deb-"))
        subprocess.run(["dpkg-deb", "-x", str(_package()), str(target)], check=True)
        return target

    return ctx.memo("install-unpacked", unpack)


def _tree_bytes(folder: Path) -> int:
    """Bytes of the files under ``folder`` (links counted once, as the disk holds them)."""
    total = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
    return total


def _starts(ctx: Context) -> tuple[list[float], list[float]]:
    def measure() -> tuple[list[float], list[float]]:
        bundle = _unpacked(ctx) / "opt" / "tourplanner" / "tourplanner"
        folder = Path(tempfile.mkdtemp(prefix="tp-bench-install-"))
        url = f"sqlite:///{folder / 'start.db'}"
        home = folder / "home"
        home.mkdir()
        # The bundle in an empty environment: no Python, no PATH, no locale.
        installed = ["env", "-i", f"HOME={home}", "QT_QPA_PLATFORM=offscreen", str(bundle)]
        installed += ["--exit-after-paint", "--db", url]
        checkout = [sys.executable, str(ROOT / "main.py"), "--exit-after-paint", "--db", url]
        env = _env()
        _first_paint(installed, os.environ.copy())  # creates the database, warms the cache
        _first_paint(checkout, env)
        bundles, checkouts = [], []
        for _ in range(ctx.repeat(STARTS)):  # interleaved: both see the same load
            bundles.append(_first_paint(installed, os.environ.copy()))
            checkouts.append(_first_paint(checkout, env))
        return bundles, checkouts

    return ctx.memo("install-cold-start", measure)


@row("Installed bundle cold start to first paint (offscreen)", target=1.0)
def installed_cold_start(ctx: Context) -> Measure:
    bundles, checkouts = _starts(ctx)
    return Measure(
        statistics.median(bundles),
        "the .deb's /opt/tourplanner/tourplanner --exit-after-paint under env -i, wall "
        f"time from launch to the first painted frame, empty database; main.py from the "
        f"checkout, same runs interleaved: median {statistics.median(checkouts):.3f} s",
        tuple(bundles),
    )


@row("Debian package size", unit="MB")
def package_size(ctx: Context) -> Measure:
    deb = _package()
    return Measure(deb.stat().st_size / MB, f"{deb.name}, xz-compressed")


@row("Installed size of the Debian package", target=LIMIT_MB, unit="MB")
def installed_size(ctx: Context) -> Measure:
    root = _unpacked(ctx)
    bundle = _tree_bytes(root / "opt" / "tourplanner")
    total = _tree_bytes(root)
    return Measure(
        total / MB,
        f"every file the package installs: the bundle in /opt/tourplanner "
        f"{bundle / MB:.1f} MB, the desktop files, icons and docs {(total - bundle) / MB:.2f} MB",
    )
