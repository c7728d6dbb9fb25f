"""Private link tokens: the folder name of each participant's and host site's page.

A token is 128 random bits or more (``secrets``), written in URL-safe base64 without
padding: 22 characters for 128 bits. Whoever knows it can read the page, so it is never
derived from a name or key, and a revoked token is replaced, never reused.
"""

from __future__ import annotations

import base64
import re
import secrets

from tourplanner.core.errors import ValidationError
from tourplanner.core.i18n import Context

Errors = Context("Errors")  # the catalogue context of messages people read

TOKEN_BYTES = 18  # 144 bits: 24 characters, no padding to strip
MIN_LENGTH = 22  # 22 base64 characters carry 132 bits, at least the 128 asked for
MAX_LENGTH = 86  # 512 bits; longer is certainly not ours
TOKEN_RE = re.compile(rf"[A-Za-z0-9_-]{{{MIN_LENGTH},{MAX_LENGTH}}}")
TOKEN_PATTERN = rf"^[A-Za-z0-9_-]{{{MIN_LENGTH},{MAX_LENGTH}}}$"  # the tour file's schema


def new_token() -> str:
    """A fresh token: 144 random bits, URL-safe base64, no padding."""
    return base64.urlsafe_b64encode(secrets.token_bytes(TOKEN_BYTES)).decode("ascii").rstrip("=")


def check_token(value: object, field: str = "token") -> str:
    """``value`` if it is a well-formed token, else a ValidationError naming ``field``.
    The one check of a token, wherever one enters (tour file, database, command line)."""
    if not isinstance(value, str) or not TOKEN_RE.fullmatch(value):
        raise ValidationError(
            Errors.tr(
                "{field}: not a link token (expected {low} to {high} letters, digits, '-' or '_')"
            ).format(field=field, low=MIN_LENGTH, high=MAX_LENGTH)
        )
    return value
