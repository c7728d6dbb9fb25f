"""Every command speaks Chinese under a Chinese locale (issue #18): its output, its help
pages, argparse's own words and its usage errors; exit codes stay as they are, and the
same commands in English read as before."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli_runner import run_main
from tests.fakes.nominatim import closed_port
from tourplanner.core.i18n import SOURCE_LANGUAGE, use_language
from tourplanner.services.database import open_database
from tourplanner.services.publish_target import save_publish_settings

SAMPLE = "chongqing-2021"
BASE = "https://tour.example.org/p/"
LOCALE_KEYS = ("TOURPLANNER_DB", "LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    # main() chooses the language of this process: give the next test English back.
    yield
    use_language(SOURCE_LANGUAGE)


@pytest.fixture(scope="module")
def db_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The sample tour with a public address, so that `links` has links to list."""
    url = f"sqlite:///{tmp_path_factory.mktemp('zh') / 'zh.db'}"
    assert cli("--db", url, "sample", lang="C.UTF-8").returncode == 0
    db = open_database(url)
    try:
        save_publish_settings(db, SAMPLE, "", BASE)
    finally:
        db.dispose()
    use_language(SOURCE_LANGUAGE)
    return url


def cli(*args: str, lang: str) -> subprocess.CompletedProcess[str]:
    """``tourplanner ARGS`` with LANG=``lang`` and no other locale variable."""
    env = {k: v for k, v in os.environ.items() if k not in LOCALE_KEYS}
    return run_main(*args, env={**env, "LANG": lang})


def both(*args: str) -> tuple[subprocess.CompletedProcess[str], subprocess.CompletedProcess[str]]:
    """The same command in English and in Chinese."""
    return cli(*args, lang="en_US.UTF-8"), cli(*args, lang="zh_CN.UTF-8")


def test_links_lists_persons_and_sites_in_chinese(db_url: str) -> None:
    english, chinese = both("--db", db_url, "links", SAMPLE)
    assert english.returncode == chinese.returncode == 0
    assert english.stdout.startswith("person  ") and "\nsite    " in english.stdout
    assert chinese.stdout.startswith("人员  ") and "\n地点  " in chinese.stdout
    assert BASE in chinese.stdout
    # --json is for scripts: the same keys whatever the language.
    json_en, json_zh = both("--db", db_url, "links", SAMPLE, "--json")
    assert json_en.stdout == json_zh.stdout and '"person"' in json_zh.stdout


def test_a_subcommands_help_page_is_chinese(db_url: str) -> None:
    english, chinese = both("--db", db_url, "check", "--help")
    assert english.returncode == chinese.returncode == 0
    assert english.stdout.startswith("usage: tourplanner check [-h] [--json] TOUR")
    assert "positional arguments:" in english.stdout and "the tour's slug" in english.stdout
    assert "show this help message and exit" in english.stdout
    zh = chinese.stdout
    assert zh.startswith("用法：tourplanner check [-h] [--json] 行程")
    assert "位置参数:" in zh and "选项:" in zh and "显示此帮助信息并退出" in zh
    assert "检查行程中的时间冲突" in zh and "行程的标识" in zh and "输出 JSON 而非文字" in zh
    assert "usage" not in zh and "options" not in zh
    # The top level too: the commands' one-line helps.
    top = cli("--help", lang="zh_CN.UTF-8").stdout
    assert "规划代表团行程。" in top and "列出行程中的问题" in top and "命令" in top


def test_usage_errors_are_one_chinese_line_with_exit_2(db_url: str) -> None:
    english, chinese = both("--db", db_url, "check")
    assert english.returncode == chinese.returncode == 2
    assert english.stderr == (
        "tourplanner: error: check: the following arguments are required: TOUR (see --help)\n"
    )
    assert chinese.stderr == "tourplanner：错误：check：缺少以下必需参数：行程（参见 --help）\n"
    english, chinese = both("--db", db_url, "export", "pdf", SAMPLE, "--kind", "x", "-o", "f")
    assert english.returncode == chinese.returncode == 2
    assert "argument --kind: invalid choice: 'x' (choose from" in english.stderr
    assert chinese.stderr.startswith("tourplanner：错误：export pdf：参数 --kind：无效的选择：'x'")
    assert chinese.stderr.count("\n") == 1
    # A value our own parser refuses.
    chinese = cli("--db", db_url, "optimize", SAMPLE, "--day", "2021-02-30", lang="zh_CN.UTF-8")
    assert chinese.returncode == 2
    assert "无效日期 '2021-02-30'（请用 YYYY-MM-DD）" in chinese.stderr


def test_send_dry_run_without_a_folder_is_refused_in_chinese(db_url: str) -> None:
    english, chinese = both("--db", db_url, "send", SAMPLE, "--to", "delegates", "--dry-run")
    assert english.returncode == chinese.returncode == 2
    assert english.stderr == (
        "tourplanner: error: --dry-run needs -o DIR, the folder for the .eml files\n"
    )
    assert chinese.stderr == "tourplanner：错误：--dry-run 需要 -o 文件夹，用于存放 .eml 文件\n"


def test_roads_on_a_closed_port_fails_in_one_chinese_line(db_url: str) -> None:
    server = f"http://127.0.0.1:{closed_port()}"
    args = ("--db", db_url, "roads", SAMPLE, "--server", server, "--timeout", "2")
    english, chinese = both(*args)
    assert english.returncode == chinese.returncode == 2
    assert english.stderr.startswith("tourplanner: error: ")
    assert chinese.stderr.startswith("tourplanner：错误：")
    assert chinese.stderr.count("\n") == 1 and "Traceback" not in chinese.stderr


def test_exports_say_what_they_wrote_in_chinese(db_url: str, tmp_path: Path) -> None:
    out = tmp_path / "run.pdf"
    pdf = cli(
        "--db", db_url, "export", "pdf", SAMPLE, "--kind", "runsheet", "--no-maps",
        "-o", str(out), lang="zh_CN.UTF-8",
    )  # fmt: skip
    assert pdf.returncode == 0, pdf.stderr
    assert pdf.stdout == f"已写入 {out}\n" and out.read_bytes().startswith(b"%PDF")
    precedence = ("--db", db_url, "export", "precedence", SAMPLE, "-o")
    english = cli(*precedence, str(tmp_path / "en.csv"), lang="en_US.UTF-8")
    chinese = cli(*precedence, str(tmp_path / "zh.csv"), lang="zh_CN.UTF-8")
    assert english.returncode == chinese.returncode == 0, chinese.stderr
    assert english.stderr.startswith("Wrote the order of precedence (")
    assert "people) to " in english.stderr
    assert chinese.stderr.startswith("已将礼宾次序（") and " 人）写入 " in chinese.stderr


def test_optimize_reads_in_chinese(db_url: str) -> None:
    english, chinese = both("--db", db_url, "optimize", SAMPLE, "--day", "2021-03-27")
    assert english.returncode == chinese.returncode == 0
    assert "Shang Yong (shang-yong) on Sat 27 Mar 2021" in english.stdout
    zh = chinese.stdout
    assert "Shang Yong（shang-yong），2021年3月27日 周六，行程 chongqing-2021" in zh
    assert "路程：当前 3小时26分，建议 3小时26分，节省 0分钟。" in zh
    assert "当前" in zh and "建议" in zh and "CURRENT" not in zh
