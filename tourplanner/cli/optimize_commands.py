"""`tourplanner optimize`: propose a shorter route for one day."""

from __future__ import annotations

from typing import Any


def register(groups: Any) -> None:
    """Add this module's subcommands (none yet)."""
