"""Debian's chromium, driven headless by Playwright, never a downloaded browser.

``launch()`` starts /usr/bin/chromium (installed by ``make sysdeps``) with what keeps it
quiet and offline: no background networking, no component updates, no first-run work.
Tests skip, and bench rows say "not available", when chromium or Playwright is missing.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
AXE = Path(__file__).resolve().parents[2] / ".cache" / "node" / "node_modules" / "axe-core"


def missing() -> str | None:
    """Why the browser cannot run here, or None when it can."""
    if not CHROMIUM.exists() and not shutil.which("chromium"):
        return "Debian's chromium is not installed (make sysdeps)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (pip install -e '.[dev]')"
    return None


def launch(playwright: Any) -> Any:
    """A headless chromium browser from a started ``sync_playwright()``."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)


def axe_script() -> Path | None:
    """axe-core's axe.min.js, installed by ``make sysdeps`` into .cache/node; None if not."""
    path = AXE / "axe.min.js"
    return path if path.exists() else None
