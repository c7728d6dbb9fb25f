"""Write the same participant list as .xlsx, .ods and .xls:
``python tests/data/people/make_workbooks.py`` (make_files.py runs it too).

Organisers get .ods from LibreOffice and WPS and .xls from older registration systems;
each must import exactly like the .xlsx (tests/services/test_workbook_formats.py). The
cells are typed as the programs type them: text, whole and decimal numbers, TRUE/FALSE,
dates, date-times and times. Needs the dev dependencies odfpy and xlwt.
"""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

HERE = Path(__file__).resolve().parent
STEM = "participants"

HEADER = [
    "Name",
    "中文名",
    "Organisation",
    "Title",
    "Email",
    "Mobile",
    "Country",
    "Precedence",
    "VIP",
    "Group",
    "Languages",
    "Notes",
    "Arrives",
    "Pick-up",
    "Fee",
]
ROWS: list[list[object]] = [
    ["Zhang Wei", "张伟", "European Chinese News", "Chief Editor", "zhang.wei@example.com",
     33612345678, "France", 3, True, "Group A", "zh, fr", "Vegetarian.",
     datetime(2021, 3, 26, 9, 30), time(14, 5), 1250.5],
    ["Han Bing", "韩冰", "Harbin Daily Overseas", "Reporter", "han.bing@example.com",
     13800138000, "China", 5, False, "Group B", "Chinese", "", date(2021, 3, 27), time(8, 0),
     0],
    ["Tang Rui", "", "Auckland Chinese Herald", "Publisher", "", 64215550123, "New Zealand", 6,
     False, "", "en", "Needs a receipt for every meal.", datetime(2021, 3, 27, 18, 45), None,
     -12.25],
    ["Anna Keller", "", "Hamburg Chinese Weekly", "", "anna.keller@example.de", None, "",
     None, None, "Press pool", "German, English", "", None, None, None],
]  # fmt: skip


def write_xlsx(path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.title = "Participants"
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
    book.properties.creator = "Tourplanner tests"
    book.save(path)


def write_ods(path: Path) -> None:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name="Participants")
    for values in [HEADER, *ROWS]:
        tr = TableRow()
        for value in values:
            tr.addElement(_ods_cell(value, TableCell, P))
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))


def _ods_cell(value: object, cell: type, paragraph: type) -> object:
    """A cell typed as LibreOffice types it, with the text it would show."""
    if value is None:
        return cell()
    if isinstance(value, bool):
        c = cell(valuetype="boolean", booleanvalue="true" if value else "false")
        shown = "TRUE" if value else "FALSE"
    elif isinstance(value, int | float):
        c = cell(valuetype="float", value=str(value))
        shown = str(value)
    elif isinstance(value, datetime):
        c = cell(valuetype="date", datevalue=value.isoformat())
        shown = value.strftime("%Y-%m-%d %H:%M")
    elif isinstance(value, date):
        c = cell(valuetype="date", datevalue=value.isoformat())
        shown = value.isoformat()
    elif isinstance(value, time):
        c = cell(valuetype="time", timevalue=f"PT{value.hour:02d}H{value.minute:02d}M00S")
        shown = value.strftime("%H:%M")
    else:
        c = cell(valuetype="string")
        shown = str(value)
    c.addElement(paragraph(text=shown))
    return c


def write_xls(path: Path) -> None:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("Participants")
    formats = {
        datetime: xlwt.easyxf(num_format_str="YYYY-MM-DD HH:MM"),
        date: xlwt.easyxf(num_format_str="YYYY-MM-DD"),
        time: xlwt.easyxf(num_format_str="HH:MM"),
    }
    for r, values in enumerate([HEADER, *ROWS]):
        for c, value in enumerate(values):
            if value is None:
                continue
            style = formats.get(type(value))
            if style is not None:
                ws.write(r, c, value, style)
            else:
                ws.write(r, c, value)
    book.save(str(path))


def main() -> None:
    write_xlsx(HERE / f"{STEM}.xlsx")
    write_ods(HERE / f"{STEM}.ods")
    write_xls(HERE / f"{STEM}.xls")


if __name__ == "__main__":
    main()
