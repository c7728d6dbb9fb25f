"""The command line speaks the language of LANG / LC_MESSAGES / LANGUAGE (issue #18)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tourplanner.core.i18n import language_from_environment

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = "chongqing-2021"


def _run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in ("TOURPLANNER_DB", "LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")
    }
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_prints_chinese_under_a_chinese_locale(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'zh.db'}"
    assert _run("--db", url, "sample").returncode == 0
    english = _run("--db", url, "check", SAMPLE, LANG="C.UTF-8")
    chinese = _run("--db", url, "check", SAMPLE, LANG="zh_CN.UTF-8")
    assert english.returncode == chinese.returncode == 1
    assert "Error · Double-booked: Dai Jiuyue is in" in english.stdout
    assert "1 error, 0 warnings in chongqing-2021." in english.stdout
    # The same finding, in Chinese: title, message, date and the counts line.
    assert "错误 · 时间冲突：Dai Jiuyue在3月28日 周日 11:00–11:30同时被安排在" in chinese.stdout
    assert "chongqing-2021 中有1 个错误、0 个警告。" in chinese.stdout
    # No problem code is shown to people, in either language.
    assert "double-booked" not in english.stdout + chinese.stdout
    # LC_MESSAGES alone, and LANGUAGE over LANG, choose the language as gettext does.
    assert "时间冲突" in _run("--db", url, "check", SAMPLE, LC_MESSAGES="zh_CN.UTF-8").stdout
    assert "时间冲突" in _run("--db", url, "check", SAMPLE, LANG="C", LANGUAGE="zh_CN").stdout
    # A bad slug is still one line, in Chinese, exit 2.
    missing = _run("--db", url, "check", "nope", LANG="zh_CN.UTF-8")
    assert missing.returncode == 2
    assert missing.stderr.strip() == "tourplanner：错误：没有标识为 'nope' 的行程"


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "zh_TW.UTF-8"}, "zh_CN"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({}, "en"),
        ({"LANG": "zh_CN.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),
        ({"LANGUAGE": "de:zh_CN", "LANG": "en_US.UTF-8"}, "zh_CN"),
        ({"LANGUAGE": "zh_CN", "LC_ALL": "C"}, "en"),
    ],
)
def test_language_follows_the_environment_as_gettext(
    environ: dict[str, str], expected: str
) -> None:
    assert language_from_environment(environ) == expected
