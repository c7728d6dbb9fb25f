"""core.errors.first_line: the one "first line of an error" every layer reports."""

from __future__ import annotations

from tourplanner.core.errors import first_line


class _Wrapped(Exception):
    def __init__(self, orig: BaseException) -> None:
        super().__init__("(wrapper text)\n[SQL: SELECT 1]")
        self.orig = orig


def test_the_first_non_empty_line() -> None:
    assert first_line(ValueError("\n  bad value  \nsecond line")) == "bad value"


def test_an_empty_message_gives_the_type() -> None:
    assert first_line(TimeoutError()) == "TimeoutError"
    assert first_line(OSError(" \n ")) == "OSError"


def test_a_wrapped_driver_error_speaks() -> None:
    assert first_line(_Wrapped(RuntimeError("disk I/O error\ndetail"))) == "disk I/O error"


def test_a_long_line_is_cut_when_asked() -> None:
    assert first_line(ValueError("x" * 500), 200) == "x" * 200
    assert len(first_line(ValueError("x" * 500))) == 500
