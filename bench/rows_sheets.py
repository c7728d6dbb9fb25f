"""Benchmark row for spreadsheet import: 5,000 people from an .xlsx into a new tour.

The workbook is generated here, the same every time (fixed names, emails and phone
numbers, a merged title row above the header, Chinese and English headers mixed, groups
to join). Each timed run reads the file, plans every row and writes the tour's people and
group memberships into a temporary SQLite file, from a fresh empty tour.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from bench.harness import Context, Measure, need, row

ROWS = 5000
QUICK_ROWS = 300
FAMILY = ["Zhang", "Li", "Wang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu",
          "Sun", "Hu", "Zhu", "Gao", "Lin", "He", "Guo", "Ma", "Luo"]  # fmt: skip
GIVEN = ["Wei", "Fang", "Na", "Min", "Jing", "Lei", "Qiang", "Yang", "Jie", "Tao", "Ming",
         "Chao", "Xiu", "Hua", "Ping", "Hui", "Yu", "Dan", "Bo", "Ning"]  # fmt: skip
# Every phone number differs, as in a real list, so no lookup is repeated.
OUTLETS = [
    (
        "European Chinese News",
        "France",
        lambda n: f"+33 6 12 {n // 100 % 100:02d} {n % 100:02d} 00",
    ),
    ("Toronto Chinese Daily", "Canada", lambda n: f"+1 416 {n // 10000 + 230:03d} {n % 10000:04d}"),
    ("Sydney Chinese Herald", "Australia", lambda n: f"+61 2 9{n // 10000:03d} {n % 10000:04d}"),
    ("Chongqing Daily", "China", lambda n: f"138 {n // 10000:04d} {n % 10000:04d}"),
    ("Milan Chinese Review", "Italy", lambda n: f"+39 02 {n // 10000 + 5000:04d} {n % 10000:04d}"),
]
GROUPS = ["Group A", "Group B", "Press pool", ""]
DIETS = ["", "", "", "Vegetarian.", "Halal.", "No pork.", ""]


def make_workbook(path: Path, rows: int) -> None:
    """A delegate list of ``rows`` people, as a registration office might send it."""
    workbook = need("openpyxl", "Workbook")
    book = workbook(write_only=True)
    ws = book.create_sheet("Delegates")
    ws.append(["2021 Overseas Chinese Media Tour: registrations (generated for the bench)"])
    ws.append([])
    ws.append(["Name", "中文名", "Organisation", "职务", "Email", "Phone", "Country", "Role",
               "分组", "Dietary", "Languages"])  # fmt: skip
    for n in range(rows):
        family, given = FAMILY[n % len(FAMILY)], GIVEN[n // len(FAMILY) % len(GIVEN)]
        outlet, country, phone = OUTLETS[n % len(OUTLETS)]
        ws.append(
            [
                f"{family} {given} {n:04d}",
                "",
                f"{outlet} ({n % 97})",
                "Reporter" if n % 3 else "Editor",
                f"{family.lower()}.{given.lower()}.{n}@example.com",
                phone(n),
                country,
                "media" if n % 11 == 0 else "delegate",
                GROUPS[n % len(GROUPS)],
                DIETS[n % len(DIETS)],
                "zh, en" if n % 2 else "Chinese",
            ]
        )
    book.save(path)


def _fresh_tour(db: Any, n: int) -> str:
    tours = need("tourplanner.services.tours")
    groups = need("tourplanner.services.participants")
    slug = f"bench-{n}"
    tours.create_tour(
        db, slug=slug, name="Bench", start_date=date(2021, 3, 27), end_date=date(2021, 3, 28)
    )
    for name in GROUPS[:-1]:
        groups.create_group(db, slug, key=name.lower().replace(" ", "-"), name=name)
    return slug


@row("import people: 5,000-row .xlsx into a new tour (SQLite)", target=5.0)
def import_people_xlsx(ctx: Context) -> Measure:
    """Reading, checking and writing the whole list, all in one call."""
    import_people = need("tourplanner.services.sheet_import", "import_people")
    open_database = need("tourplanner.services.database", "open_database")
    rows = QUICK_ROWS if ctx.quick else ROWS
    with tempfile.TemporaryDirectory(prefix="tp-bench-sheets-") as tmp:
        path = Path(tmp) / "delegates.xlsx"
        make_workbook(path, rows)
        size = path.stat().st_size
        db = open_database(f"sqlite:///{Path(tmp) / 'bench.db'}")
        try:
            counter = iter(range(1_000_000))
            outcomes: list[Any] = []
            measured = ctx.time(
                lambda slug: outcomes.append(import_people(db, slug, path)),
                lambda: _fresh_tour(db, next(counter)),
                repeat=5,
            )
        finally:
            db.dispose()
    last = outcomes[-1]
    note = f"{rows:,} rows ({size // 1024} KiB): {last.created:,} created, {last.rejected} rejected"
    return replace(measured, note=note)
