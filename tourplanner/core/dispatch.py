"""The vocabulary of sending briefings by email: what kind of message, how it ended, and
whether a recipient's current version differs from the one they last received."""

from __future__ import annotations

from enum import StrEnum


class DispatchKind(StrEnum):
    """What a message carries: a delegate's own briefing and calendar, or a host's."""

    DELEGATE = "delegate"
    HOST = "host"


class DispatchResult(StrEnum):
    """How one message ended."""

    SENT = "sent"  # the server accepted it
    FAILED = "failed"  # refused, bad address, or the connection broke while sending it
    DRY_RUN = "dry-run"  # written to an .eml file instead of sent


class UpdateStatus(StrEnum):
    """A recipient's current version compared with their last successful dispatch."""

    NEW = "new"  # never sent successfully
    CHANGED = "changed"  # sent before; the briefing, the calendar or the address changed
    CURRENT = "current"  # they have exactly this version


# Languages a mail body can be written in; everyone else reads English.
MAIL_LANGUAGES = ("en", "zh")


def mail_language(languages: tuple[str, ...] | list[str]) -> str:
    """Chinese for someone whose first language is Chinese, English for everyone else
    (English is the tour's working language for people who list no Chinese first)."""
    first = languages[0].strip().lower() if languages else ""
    return "zh" if first == "zh" or first.startswith("zh-") else "en"


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds Chinese characters (used for a site contact's language)."""
    return any("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" for ch in text)
