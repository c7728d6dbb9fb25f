"""Reading a file the user named, with the failure in one line."""

from __future__ import annotations

import os
from pathlib import Path

from tourplanner.core.errors import TourplannerError


def read_input(path: str | os.PathLike[str]) -> bytes:
    """Read a file the user named, with a one-line error if it cannot be read."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise TourplannerError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise TourplannerError(f"{path}: is a folder, not a file") from None
    except OSError as e:
        raise TourplannerError(f"{path}: cannot read it: {e.strerror or e}") from None
