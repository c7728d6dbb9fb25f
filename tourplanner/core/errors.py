"""Errors every layer may raise; front ends show ``str(error)`` as one line."""


class TourplannerError(Exception):
    """Base class for errors that a user can act on; the message is one readable line."""


class NotFoundError(TourplannerError):
    """An id, slug or key names nothing in the database."""


class ValidationError(TourplannerError):
    """Input breaks a rule of the domain (end before start, unknown timezone, ...)."""


class TourExistsError(ValidationError):
    """An import would create a tour whose slug is taken; replacing it must be asked for."""

    def __init__(self, source: str, slug: str) -> None:
        self.slug = slug
        super().__init__(f"{source}: tour {slug!r} already exists")


class ConcurrentEditError(TourplannerError):
    """Another session changed or deleted the row since this one read it."""


class DatabaseError(TourplannerError):
    """The database cannot be reached, opened or migrated."""


class TourFileError(TourplannerError):
    """A tour file cannot be read: bad JSON, schema violation or broken reference.

    ``path`` is the JSON path of the offending value (``$`` for the whole file).
    """

    def __init__(self, source: str, path: str, reason: str) -> None:
        self.source = source
        self.path = path
        self.reason = reason
        super().__init__(f"{source}: {path}: {reason}")


def first_line(error: BaseException, limit: int | None = None) -> str:
    """The first non-empty line of an error's message, for a one-line report (the
    type's name when the message is empty). A wrapped driver error (SQLAlchemy's
    ``orig``) speaks for the wrapper; ``limit`` cuts a line a server made very long."""
    error = getattr(error, "orig", None) or error
    line = next((s.strip() for s in str(error).splitlines() if s.strip()), "")
    return (line or type(error).__name__)[:limit]
