"""Control characters in text that enters the app, and how a value is quoted in a message.

Two kinds of free text: single-line fields (names, titles, keys, emails, phones...) take
no control character at all; multi-line fields (notes, descriptions, addresses) may hold
tabs and line breaks, and nothing else from C0 or C1. A NUL is refused everywhere
(PostgreSQL cannot store it), as is an unpaired surrogate (it is not Unicode text).
"""

from __future__ import annotations

import re

from tourplanner.core.i18n import Context

Errors = Context("Errors")  # the catalogue context of messages people read

# C0, DEL and C1 controls, the Unicode line and paragraph separators (a line break by
# another name), and unpaired surrogates.
_SINGLE_LINE_BAD = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_MULTI_LINE_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")

SHOWN_LIMIT = 60


def is_control(ch: str) -> bool:
    """Whether one character is a C0 or C1 control character (or DEL)."""
    return ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F


def shown(value: object, limit: int = SHOWN_LIMIT) -> str:
    """``repr`` of a value for a one-line message, cut to ``limit`` characters: a cell
    holding 5,000 digits must not become a 5,000-character message."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def control_problem(text: str, *, multiline: bool = False) -> str | None:
    """Why ``text`` may not be stored in a single-line (or, with ``multiline``, a
    multi-line) field, or None when it may."""
    found = (_MULTI_LINE_BAD if multiline else _SINGLE_LINE_BAD).search(text)
    if found is None:
        return None
    ch = found.group()
    if "\ud800" <= ch <= "\udfff":
        return Errors.tr("it holds an unpaired surrogate character, which is not valid text")
    if ch in "\t\n\r\u2028\u2029":
        return Errors.tr(
            "it holds a line break or tab (U+{code:04X}), and must be one line"
        ).format(code=ord(ch))
    return Errors.tr("it holds the control character U+{code:04X}").format(code=ord(ch))


def check_line(text: str) -> str:
    """``text`` when it may be stored in a single-line field; ValueError with the reason."""
    problem = control_problem(text)
    if problem is not None:
        raise ValueError(f"{shown(text)}: {problem}")
    return text


def check_lines(text: str) -> str:
    """``text`` when it may be stored in a multi-line field; ValueError with the reason."""
    problem = control_problem(text, multiline=True)
    if problem is not None:
        raise ValueError(f"{shown(text)}: {problem}")
    return text


SEAT_LABEL_MAX = 16


def check_seat_label(text: str) -> str:
    """A vehicle seat's label ("12", "3A", "front") tidied of surrounding spaces, or ""
    for none; ValueError with the reason when it is longer than 16 characters or not one
    line."""
    label = check_line(text).strip()
    if len(label) > SEAT_LABEL_MAX:
        raise ValueError(
            Errors.tr("{label}: longer than {limit} characters").format(
                label=shown(label), limit=SEAT_LABEL_MAX
            )
        )
    return label
