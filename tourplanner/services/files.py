"""Writing output files safely: never a half-written file under its final name."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from tourplanner.core.errors import TourplannerError
from tourplanner.core.i18n import Context

Errors = Context("Errors")  # the catalogue context of messages the services raise


def _new_file_mode() -> int:
    """0o666 less the process's umask: the mode ``open()`` would give a new file."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


_NEW_FILE_MODE = _new_file_mode()


def atomic_write(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to a temporary file beside ``path``, flush it to disk, then rename it
    over ``path`` in one step. A crash leaves the old file or the new one, never a mix."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as e:
        raise TourplannerError(
            Errors.tr("cannot write {target}: {error}").format(target=target, error=e.strerror or e)
        ) from None
    try:
        # mkstemp makes the file 0600; an output file gets the mode any new file would
        # (0644 under the usual umask), so a web server can serve a published page.
        os.fchmod(fd, _NEW_FILE_MODE)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise TourplannerError(
            Errors.tr("cannot write {target}: {error}").format(target=target, error=e.strerror or e)
        ) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
