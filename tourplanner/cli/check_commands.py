"""`tourplanner check`: the problems in a tour."""

from __future__ import annotations

from typing import Any


def register(groups: Any) -> None:
    """Add this module's subcommands (none yet)."""
