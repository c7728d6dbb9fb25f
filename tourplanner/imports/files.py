"""Reading a file the user named, with the failure in one line."""

from __future__ import annotations

import os
from pathlib import Path

from tourplanner.core.errors import TourplannerError
from tourplanner.core.i18n import Context

Errors = Context("Errors")  # the catalogue context of messages people read


def read_input(path: str | os.PathLike[str]) -> bytes:
    """Read a file the user named, with a one-line error if it cannot be read."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise TourplannerError(Errors.tr("{path}: no such file").format(path=path)) from None
    except IsADirectoryError:
        raise TourplannerError(
            Errors.tr("{path}: is a folder, not a file").format(path=path)
        ) from None
    except OSError as e:
        raise TourplannerError(
            Errors.tr("{path}: cannot read it: {reason}").format(path=path, reason=e.strerror or e)
        ) from None
