"""Write the spreadsheets in this folder: ``python tests/data/people/make_files.py``.

Each file is a people list as organisers receive them: Excel in several dialects, text
files in several encodings and separators, and the usual mistakes. The import tests
(tests/services/test_people_import.py) hold what each one must give. They are imported
into the sample tour (chongqing-2021), so some rows match its people and groups.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import make_workbooks  # beside this file: run as a script, its folder is on the path
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent

EN = ["Name", "Organisation", "Title", "Email", "Phone", "Country", "Role", "Group"]

NEW_DELEGATES = [
    ["Zhang Wei", "European Chinese News", "Chief Editor", "zhang.wei@example.com",
     "+33 6 12 34 56 78", "France", "delegate", "Group A"],
    ["Li Na", "Toronto Chinese Daily", "Reporter", "li.na@example.com",
     "+1 416 555 0199", "Canada", "delegate", "Group B"],
    ["Chen Hao", "Sydney Chinese Herald", "Deputy Editor", "chen.hao@example.org",
     "+61 2 9555 0123", "Australia", "delegate", "group-a"],
    ["Liu Yang", "Nairobi Chinese Weekly", "Publisher", "liu.yang@example.net",
     "+254 20 555 0123", "Kenya", "delegate", ""],
    ["Wang Fang", "Dubai Chinese Daily", "Editor", "wang.fang@example.com",
     "+971 4 555 0123", "United Arab Emirates", "media", "Press pool"],
    ["Zhao Lei", "Buenos Aires Chinese Post", "Columnist", "zhao.lei@example.org",
     "+54 11 5555 0123", "Argentina", "delegate", "Group B"],
]  # fmt: skip


def csv_text(rows: list[list[str]], delimiter: str = ",") -> str:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def write_text(name: str, rows: list[list[str]], encoding: str, delimiter: str = ",") -> None:
    (HERE / name).write_bytes(csv_text(rows, delimiter).encode(encoding))


def write_raw(name: str, text: str, encoding: str = "utf-8") -> None:
    (HERE / name).write_bytes(text.encode(encoding))


def write_xlsx(name: str, sheets: list[tuple[str, list[list[object]]]], **options: object) -> None:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        ws = book.create_sheet(title)
        for row in rows:
            ws.append(row)
        if options.get("merged_title") and title == sheets[-1][0]:
            ws.merge_cells("A1:H1")
            ws.merge_cells("A2:H2")
            ws["A1"].font = Font(bold=True, size=16)
            ws["A1"].alignment = Alignment(horizontal="center")
    book.properties.creator = "Tourplanner tests"
    book.save(HERE / name)


def hostile_rows() -> list[list[str]]:
    """Rows that once got in (or crashed the import) and must each be refused with the
    reason: broken addresses, control characters, a number past Python's int-conversion
    limit, an unknown language. One good row, so the file is not wholly bad."""
    return [
        ["Name", "Organisation", "Email", "Phone", "Languages", "Precedence", "Notes"],
        ["Anna Keller", "Hamburg Chinese Weekly", "anna.keller@", "", "German", "", ""],
        ["Li Wei", "Vienna Chinese Post", "li.wei@@example", "", "", "", ""],
        ["Mia Roth", "Basel Chinese News", "mia.roth@example.org\r\nBcc: all@example.org",
         "", "", "", ""],
        ["Bell\x07 Ringer", "Zurich Chinese Review", "", "", "", "", ""],
        ["Tom Kurz", "Graz Chinese Daily", "", "+43 316 555\x1b0123", "", "", ""],
        ["Eva Lang", "Linz Chinese Times", "", "", "", "9" * 5000, ""],
        ["Max Berg", "Bern Chinese Weekly", "", "", "Engish", "", ""],
        ["Ute Fink", "Munich Chinese Monthly", "", "", "", "", "Note with a vertical\x0btab"],
        ["Ida Vogel", "Cologne Chinese Herald", "ida.vogel@example.de", "+49 221 5555 0123",
         "Deutsch, 中文", "3", "Arrives\tlate;\nleaves early"],
    ]  # fmt: skip


def language_rows() -> list[list[str]]:
    """A list from a Chinese office: languages in Chinese, English and their own script."""
    return [
        ["姓名", "单位", "语言"],
        ["张伟", "欧洲华文报", "中文"],
        ["李娜", "多伦多华人日报", "English"],
        ["陈浩", "关西华文时报", "日本語、中文"],
        ["刘洋", "俄罗斯龙报", "Русский, 中文"],
        ["王芳", "香港商报", "粤语; English"],
        ["赵磊", "首尔华人报", "한국어, Español, Deutsch"],
    ]


def main() -> None:
    for old in HERE.iterdir():
        if old.suffix in (".csv", ".tsv", ".txt", ".xlsx", ".ods", ".xls"):
            old.unlink()

    # 1-2. Plain UTF-8, with and without a byte-order mark.
    write_text("utf8_basic.csv", [EN, *NEW_DELEGATES], "utf-8")
    write_text("utf8_bom.csv", [EN, *NEW_DELEGATES[:5]], "utf-8-sig")

    # 3. Excel on a Chinese Windows: GB18030, Chinese headers, Chinese names, national
    #    phone numbers (read as Chinese), groups by their Chinese names.
    zh = ["姓名", "单位", "职务", "邮箱", "手机", "饮食", "语言", "分组", "角色", "国家"]
    write_text(
        "gb18030_chinese_headers.csv",
        [
            zh,
            ["张伟", "欧洲时报", "总编辑", "zhang.wei@example.cn", "06 12 34 56 78", "素食",
             "中文、法语", "A组", "代表", "法国"],
            ["李娜", "多伦多中文日报", "记者", "li.na@example.cn", "+1 416 555 0199", "",
             "中文、英语", "B组", "代表", "加拿大"],
            ["王芳", "两江新区融媒体中心", "编辑", "", "150-1234-5678", "清真", "中文", "媒体组",
             "记者", "中国"],
            ["陈浩", "悉尼华人报", "副总编辑", "chen.hao@example.cn", "+61 2 9555 0124", "",
             "中文、英语", "A组", "嘉宾", "澳大利亚"],
            ["刘洋", "重庆两江新区管委会", "处长", "", "023 6789 1234", "", "中文", "",
             "接待", ""],
        ],
        "gb18030",
    )  # fmt: skip

    # 4. Excel's "Unicode text": UTF-16 with a BOM, tab-separated.
    write_text("utf16_unicode_text.txt", [EN, *NEW_DELEGATES[:4]], "utf-16", "\t")

    # 5. Excel with a European locale: semicolons, commas inside values.
    write_text(
        "semicolon.csv",
        [
            ["Name", "Organisation", "Title", "Email", "Phone", "Country"],
            ["Zhang Wei", "European Chinese News", "Editor, culture desk",
             "zhang.wei@example.com", "06 12 34 56 78", "France"],
            ["Gao Feng", "Madrid Chinese Times", "Director, news", "gao.feng@example.es",
             "91 555 01 23", "Spain"],
            ["Liang Qing", "Vienna Chinese Journal", "Editor", "liang.qing@example.at",
             "0043 1 555 0123", "Austria"],
        ],
        "utf-8",
        ";",
    )  # fmt: skip

    # 6. A .tsv file.
    write_text("tab_separated.tsv", [EN, *NEW_DELEGATES[2:5]], "utf-8", "\t")

    # 7. Pipe-separated export from some registration system.
    write_text("pipe_separated.txt", [EN, *NEW_DELEGATES[:3]], "utf-8", "|")

    # 8. An .xlsx with merged title rows (and a blank row) above the header.
    write_xlsx(
        "merged_title_rows.xlsx",
        [
            (
                "Delegates",
                [
                    ["2021 Overseas Chinese Media Chongqing Tour — Delegate list"],
                    ["Compiled by the tour office, 15 March 2021"],
                    [],
                    EN,
                    *NEW_DELEGATES,
                ],
            )
        ],
        merged_title=True,
    )

    # 9. A plain .xlsx.
    write_xlsx("basic.xlsx", [("Sheet1", [EN, *NEW_DELEGATES[:4]])])

    # 10. A workbook whose first sheet holds notes, not the list.
    write_xlsx(
        "two_sheets.xlsx",
        [
            ("Read me", [["Please fill in the list on the next sheet."], ["Thank you!"]]),
            ("Participants", [EN, *NEW_DELEGATES[3:6]]),
        ],
    )

    # 11. Numbers stored as numbers: a phone without its + sign, precedence, TRUE/FALSE.
    write_xlsx(
        "numbers_as_numbers.xlsx",
        [
            (
                "Sheet1",
                [
                    ["Name", "Organisation", "Mobile", "Precedence", "VIP", "Country"],
                    ["Han Bing", "Harbin Daily Overseas", 13800138000, 5, True, "China"],
                    ["Tang Rui", "Auckland Chinese Herald", 64215550123, 6, False,
                     "New Zealand"],
                    ["Feng Yu", "Vancouver Chinese Voice", 16045550123, None, False, "Canada"],
                ],
            )
        ],
    )  # fmt: skip

    # 12. Duplicates within the file: the same email twice, the same name and
    #     organisation twice, and two rows that match the same existing person.
    write_text(
        "duplicates.csv",
        [
            ["Name", "Organisation", "Email"],
            ["Zhang Wei", "European Chinese News", "zhang.wei@example.com"],
            ["Zhang Wei (2)", "European Chinese News", "ZHANG.WEI@example.com"],
            ["Li Na", "Toronto Chinese Daily", "li.na@example.com"],
            ["Li Na", "Toronto Chinese Daily", "lina.toronto@example.com"],
            ["Shang Yong", "Russian Dragon", ""],
            ["Shang Yong, editor", "Russian Dragon", "shang.yong@example.org"],
        ],
        "utf-8",
    )

    # 13. Bad email addresses.
    write_text(
        "bad_emails.csv",
        [
            ["Name", "Organisation", "Email"],
            ["Zhang Wei", "European Chinese News", "zhang.wei@example.com"],
            ["Li Na", "Toronto Chinese Daily", "li.na(at)example.com"],
            ["Chen Hao", "Sydney Chinese Herald", "chen.hao@example"],
            ["Liu Yang", "Nairobi Chinese Weekly", "liu yang@example.net"],
            ["Wang Fang", "Dubai Chinese Daily", "wang.fang@@example.com"],
        ],
        "utf-8",
    )

    # 14. Bad phone numbers (and one fine only because of the row's country).
    write_text(
        "bad_phones.csv",
        [
            ["Name", "Organisation", "Phone", "Country"],
            ["Zhang Wei", "European Chinese News", "12345", ""],
            ["Li Na", "Toronto Chinese Daily", "+1 000 000 0000", "Canada"],
            ["Chen Hao", "Sydney Chinese Herald", "138001380001", "China"],
            ["Liu Yang", "Nairobi Chinese Weekly", "call the office", ""],
            ["Ian Clarke", "London Chinese Weekly", "020 7946 0958", "United Kingdom"],
        ],
        "utf-8",
    )

    # 15. Unknown roles and groups.
    write_text(
        "unknown_roles_groups.csv",
        [
            ["Name", "Organisation", "Role", "Group"],
            ["Zhang Wei", "European Chinese News", "delegate", "Group A"],
            ["Li Na", "Toronto Chinese Daily", "VIP guest", "Group B"],
            ["Chen Hao", "Sydney Chinese Herald", "delegate", "Group C"],
            ["Liu Yang", "Nairobi Chinese Weekly", "chef", "Kitchen crew"],
        ],
        "utf-8",
    )

    # 16. Required fields left empty.
    write_text(
        "empty_required.csv",
        [
            ["Name", "Organisation", "Email"],
            ["Zhang Wei", "European Chinese News", "zhang.wei@example.com"],
            ["", "Toronto Chinese Daily", "li.na@example.com"],
            ["   ", "Sydney Chinese Herald", "chen.hao@example.org"],
        ],
        "utf-8",
    )

    # 17. Extra columns nobody asked for.
    write_text(
        "extra_columns.csv",
        [
            ["Name", "Shoe size", "Organisation", "Passport no.", "Email", "Favourite colour"],
            ["Zhang Wei", "42", "European Chinese News", "E12345678", "zhang.wei@example.com",
             "blue"],
            ["Li Na", "37", "Toronto Chinese Daily", "G87654321", "li.na@example.com", "red"],
        ],
        "utf-8",
    )  # fmt: skip

    # 18. Blank lines between the rows (row numbers still count them).
    write_raw(
        "blank_lines.csv",
        "Name,Organisation,Email\r\n"
        "\r\n"
        "Zhang Wei,European Chinese News,zhang.wei@example.com\r\n"
        ",,\r\n"
        "\r\n"
        "Li Na,Toronto Chinese Daily,not-an-email\r\n"
        "Chen Hao,Sydney Chinese Herald,chen.hao@example.org\r\n"
        "\r\n",
    )

    # 19. Spaces around headers and values, tabs, doubled spaces inside names.
    write_raw(
        "trailing_whitespace.csv",
        " Name , Organisation ,Email  , Role \r\n"
        "  Zhang   Wei  ,European Chinese News  ,  zhang.wei@example.com ,delegate \r\n"
        "Li Na\t, Toronto Chinese Daily,li.na@example.com\t, Media\r\n",
    )

    # 20. Rows for people already in the sample tour: changes, no changes, and a new one.
    write_text(
        "updates_existing.csv",
        [
            ["Name", "Organisation", "Title", "Email", "Phone", "Dietary"],
            ["Shang Yong", "Russian Dragon", "Editor-in-Chief and Publisher",
             "shang.yong@example.org", "", ""],
            ["Meng Linghua", "Kansai Chinese", "", "", "", "No shellfish."],
            ["Dai Jiuyue", "China Minutes", "", "dai.jiuyue@example.org", "", ""],
            ["Wang Jia", "NUSRI Chongqing", "", "WANG.JIA@example.org", "", ""],
            ["Zhang Wei", "European Chinese News", "Chief Editor", "zhang.wei@example.com",
             "", ""],
        ],
        "utf-8",
    )  # fmt: skip

    # 21. Headers in other spellings and cases.
    write_text(
        "header_spellings.csv",
        [
            ["FULL NAME", "Organization", "Job title", "E-Mail", "Mobile phone",
             "Dietary requirements", "Languages spoken"],
            ["Zhang Wei", "European Chinese News", "Chief Editor", "zhang.wei@example.com",
             "+33 6 12 34 56 78", "No nuts.", "Chinese, French, English"],
            ["Li Na", "Toronto Chinese Daily", "Reporter", "li.na@example.com", "+1 416 555 0199",
             "", "zh; en"],
        ],
        "utf-8",
    )  # fmt: skip

    # 22. Bilingual headers in an .xlsx.
    write_xlsx(
        "bilingual_headers.xlsx",
        [
            (
                "名单",
                [
                    ["姓名 Name", "单位/Organisation", "职务 Title", "邮箱\nEmail", "电话 (Phone)",
                     "备注 Notes"],
                    ["Zhang Wei", "European Chinese News", "Chief Editor", "zhang.wei@example.com",
                     "+33 6 12 34 56 78", "Arrives a day early."],
                    ["Li Na", "Toronto Chinese Daily", "Reporter", "li.na@example.com",
                     "+1 416 555 0199", ""],
                ],
            )
        ],
    )  # fmt: skip

    # 23. Notes spanning lines inside quotes: the next record is still the next row.
    write_text(
        "multiline_notes.csv",
        [
            ["Name", "Organisation", "Notes", "Email"],
            ["Zhang Wei", "European Chinese News", "Arrives on CA934.\nLeaves on CA933.",
             "zhang.wei@example.com"],
            ["Li Na", "Toronto Chinese Daily", "Needs a receipt\nfor every meal.", "li.na@bad"],
        ],
        "utf-8",
    )  # fmt: skip

    # 24. GBK (the older Chinese Windows code page) with English headers.
    write_text(
        "gbk_english_headers.csv",
        [
            ["Name", "Local name", "Organisation", "Email", "Dietary"],
            ["Zhang Wei", "张伟", "European Chinese News", "zhang.wei@example.com", "不吃辣"],
            ["Li Na", "李娜", "Toronto Chinese Daily", "li.na@example.com", "素食"],
        ],
        "gbk",
    )

    # 25. Formula-like text: the ' that exports put in front is taken off; the rest is
    #     kept as plain text.
    write_text(
        "formula_text.csv",
        [
            ["Name", "Organisation", "Phone", "Notes"],
            ["Zhang Wei", "European Chinese News", "'+33 6 12 34 56 78", "'=1+1"],
            ['=HYPERLINK("http://x","y")', "Toronto Chinese Daily", "", "@mention"],
        ],
        "utf-8",
    )

    # 26. Languages, VIP flags and precedence in words and in Chinese.
    write_text(
        "languages_and_flags.csv",
        [
            ["Name", "Organisation", "Languages", "VIP", "Precedence"],
            ["Zhang Wei", "European Chinese News", "Chinese, French", "yes", "5"],
            ["Li Na", "Toronto Chinese Daily", "中文、英语", "是", ""],
            ["Chen Hao", "Sydney Chinese Herald", "Engish", "maybe", "first"],
        ],
        "utf-8",
    )

    # 27. French headers the import does not know: usable with --map.
    write_text(
        "needs_map.csv",
        [
            ["Nom", "Courriel", "Portable", "Société"],
            ["Zhang Wei", "zhang.wei@example.com", "+33 6 12 34 56 78", "European Chinese News"],
            ["Li Na", "li.na@example.com", "+1 416 555 0199", "Toronto Chinese Daily"],
        ],
        "utf-8",
    )

    # 28. No header at all.
    write_text(
        "no_header.csv",
        [
            ["Zhang Wei", "European Chinese News", "zhang.wei@example.com"],
            ["Li Na", "Toronto Chinese Daily", "li.na@example.com"],
        ],
        "utf-8",
    )

    # 29. Windows-1252 from an old Excel in Western Europe.
    write_text(
        "windows1252.csv",
        [
            ["Name", "Organisation", "Email", "Country"],
            ["Renée Müller", "Zürcher Chinesische Zeitung", "renee.mueller@example.ch",
             "Switzerland"],
            ["José Álvarez", "Madrid Chinese Times", "jose.alvarez@example.es", "Spain"],
            ["Søren Ødegård", "Nordic Chinese Review", "soren@example.no", "Norway"],
        ],
        "cp1252",
    )  # fmt: skip

    # 30. National phone numbers, read in each row's country.
    write_text(
        "phones_by_country.csv",
        [
            ["Name", "Organisation", "Phone", "Country"],
            ["Zhang Wei", "European Chinese News", "06 12 34 56 78", "France"],
            ["Li Na", "Toronto Chinese Daily", "416 555 0199", "Canada"],
            ["Ian Clarke", "London Chinese Weekly", "020 7946 0958", "UK"],
            ["Lin Tao", "Berlin Chinese Post", "030 5555 0121", "德国"],
            ["Luo Ping", "Guangzhou Overseas Desk", "(020) 7946 0958", ""],
        ],
        "utf-8",
    )

    # 31. Hostile values: each bad row refused with its reason, the good one imported.
    write_text("hostile_values.csv", hostile_rows(), "utf-8")

    # 32. GB18030, with languages written in Chinese, English and their own scripts.
    write_text("gb18030_languages.csv", language_rows(), "gb18030")

    # 33-35. One participant list as .xlsx, .ods and .xls, with typed cells.
    make_workbooks.main()


if __name__ == "__main__":
    main()
