"""The desktop integration files are valid and agree with the project: the desktop entry,
the AppStream metainfo, the MIME type, the icon and the version in every place."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.tourplanner_app.tourplanner"
MIME_TYPE = "application/vnd.tourplanner.tour+json"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=60, check=False)


def test_the_desktop_entry_is_valid_and_opens_tour_files() -> None:
    entry = PACKAGING / f"{APP_ID}.desktop"
    done = _run("desktop-file-validate", str(entry))
    assert done.returncode == 0 and done.stdout == "", done.stdout + done.stderr
    text = entry.read_text(encoding="utf-8")
    assert f"MimeType={MIME_TYPE};" in text.splitlines()
    assert "Exec=tourplanner %f" in text.splitlines()
    assert f"Icon={APP_ID}" in text.splitlines()


def test_the_metainfo_is_valid_and_names_this_release() -> None:
    metainfo = PACKAGING / f"{APP_ID}.metainfo.xml"
    done = _run("appstreamcli", "validate", "--no-net", str(metainfo))
    assert done.returncode == 0, done.stdout + done.stderr
    root = ET.parse(metainfo).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    newest = root.find("releases/release")
    assert newest.get("version") == VERSION
    assert newest.find("description") is not None
    shots = [s.text for s in root.iter("image")]
    assert shots and all(s.startswith("https://") for s in shots)
    for url in shots:  # each screenshot exists in the repository it points into
        assert (ROOT / "docs" / "screenshots" / url.rsplit("/", 1)[-1]).is_file()
    assert MIME_TYPE in [m.text for m in root.iter("mediatype")]


def test_the_changelog_has_this_release_in_keep_a_changelog_form() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "Keep a Changelog" in text
    assert "## [Unreleased]" in text
    assert re.search(rf"^## \[{re.escape(VERSION)}\] - \d{{4}}-\d{{2}}-\d{{2}}$", text, re.M)


def test_the_mime_type_matches_tour_files_as_json(tmp_path: Path) -> None:
    (tmp_path / "mime" / "packages").mkdir(parents=True)
    (tmp_path / "mime" / "packages" / "tourplanner.xml").write_bytes(
        (PACKAGING / "tourplanner-mime.xml").read_bytes()
    )
    done = subprocess.run(
        ["update-mime-database", str(tmp_path / "mime")],
        capture_output=True,
        text=True,
        env={"XDG_DATA_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert done.returncode == 0 and done.stdout + done.stderr == "", done.stderr
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    assert f"{MIME_TYPE}:*.tour.json" in globs
    subclasses = (tmp_path / "mime" / "subclasses").read_text(encoding="utf-8")
    assert f"{MIME_TYPE} application/json" in subclasses.splitlines()


@pytest.mark.slow
def test_the_icon_renders_at_every_size_and_reads_at_16_px(tmp_path: Path) -> None:
    svg = PACKAGING / "icons" / "tourplanner.svg"
    script = PACKAGING / "render_icons.py"
    done = subprocess.run(
        [sys.executable, str(script), str(svg), str(tmp_path), APP_ID],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    from PySide6.QtGui import QColor, QImage

    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(str(tmp_path / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
    small = QImage(str(tmp_path / "16x16" / "apps" / f"{APP_ID}.png"))
    # At 16 px the white pin still stands out from the blue tile around it.
    pin = QColor(small.pixel(8, 11))
    tile = QColor(small.pixel(3, 12))
    assert pin.lightness() > 200 and tile.blue() > 150 and tile.lightness() < 140
