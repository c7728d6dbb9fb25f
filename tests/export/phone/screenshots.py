"""Screenshots of phone pages for the README: ``python -m tests.export.phone.screenshots
[FOLDER]`` writes FOLDER/phone-*.png (default docs/screenshots), light and dark, a
Chinese-first delegate and an English-first participant of the sample tour, at 390×844.

The sample tour ran in March 2021, so the page is opened with the phone's clock set to
the morning of its first day (Playwright's clock), to show the now/next highlight.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from tests.export.phone.folders import write_tree
from tests.servers.chromium import launch, missing
from tests.servers.static import StaticServer
from tourplanner.export.phone import PageContext
from tourplanner.imports.tourfile_reader import read_tour_file
from tourplanner.paths import SAMPLES_DIR

SIZE = {"width": 390, "height": 844}
# Shown during the tour: 10:40 in Chongqing on its first day.
CLOCK = datetime(2021, 3, 27, 2, 40, tzinfo=UTC)
SHOTS = {
    "zh": "lin-xiaowen",  # a delegate whose first language is Chinese
    "en": "yuki-sato",  # a host whose first language is Japanese: English first
}
CHANGES = {
    "zh": ("午餐改为13:00开始（礼嘉园林餐厅）",),
    "en": ("Lunch now starts at 13:00 (Lijia Garden Restaurant)",),
}


def write_screenshots(out: Path) -> list[Path]:
    """Write the phone-*.png files into ``out``; their paths."""
    reason = missing()
    if reason:
        raise SystemExit(reason)
    from playwright.sync_api import sync_playwright

    path = SAMPLES_DIR / "chongqing-2021.tour.json"
    snapshot = read_tour_file(path.read_bytes(), path.name)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = launch(pw)
        for lang, key in SHOTS.items():
            root = Path(tmp) / lang
            root.mkdir()
            ctx = PageContext(
                updated_at=datetime(2021, 3, 27, 1, 5, tzinfo=UTC), changes=CHANGES[lang]
            )
            write_tree(snapshot, root, (key,), ctx=ctx, pdf=False)
            with StaticServer(root) as server:
                for scheme in ("light", "dark"):
                    context = browser.new_context(
                        viewport=SIZE,
                        color_scheme=scheme,
                        device_scale_factor=1,
                        timezone_id="Asia/Shanghai",
                    )
                    page = context.new_page()
                    page.clock.install(time=CLOCK)
                    page.goto(server.url + key + "/")
                    page.wait_for_selector("html[data-ready]", state="attached")
                    target = out / f"phone-{lang}-{scheme}.png"
                    page.screenshot(path=str(target))
                    written.append(target)
                    context.close()
        browser.close()
    return written


if __name__ == "__main__":
    for p in write_screenshots(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(p)
