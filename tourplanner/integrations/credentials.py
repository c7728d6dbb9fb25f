"""One home for passwords of outside servers: an environment variable or the system keyring.

Every server a command talks to (SMTP, CalDAV, WebDAV for publishing) takes its password
the same way, in this order:

1. the environment variable named by ``--password-env VAR``, when given;
2. the command's own default variable (``$TOURPLANNER_PUBLISH_PASSWORD`` ...), when set;
3. the system keyring, under the command's service name (``keyring set SERVICE USER``).

A URL never holds the password (it would end up in shell history and logs), and no
message ever shows it. Every failure is one line saying what is missing.
"""

from __future__ import annotations

import os
import re

from tourplanner.core.errors import TourplannerError, ValidationError, first_line
from tourplanner.core.i18n import Context

Errors = Context("Errors")  # the catalogue context of messages people read

_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class CredentialsError(TourplannerError):
    """No password could be found for an account (the message says where to put one)."""


def password_from_variable(variable: str, what: str) -> str:
    """The value of the environment variable ``variable``, which must be set and not
    empty; ``what`` names the password in messages ("the WebDAV password")."""
    if not _VARIABLE.fullmatch(variable):
        raise ValidationError(
            Errors.tr("--password-env: {variable!r} is not a variable name").format(
                variable=variable
            )
        )
    value = os.environ.get(variable)
    if value is None:
        raise ValidationError(
            Errors.tr("environment variable {variable} is not set (it should hold {what})").format(
                variable=variable, what=what
            )
        )
    if not value:
        raise ValidationError(
            Errors.tr("environment variable {variable} is empty").format(variable=variable)
        )
    return value


def keyring_password(service: str, user: str, what: str) -> str:
    """The password stored in the system keyring for ``user`` under ``service``.

    Raises CredentialsError with a clear line when the keyring package is missing, when
    this system has no usable keyring backend, or when no password is stored."""
    try:
        import keyring
        from keyring.backends import fail, null
        from keyring.errors import KeyringError
    except ImportError:
        raise CredentialsError(
            Errors.tr(
                "no {what}: give --password-env VAR (the 'keyring' package that reads the "
                "system keyring is not installed)"
            ).format(what=what)
        ) from None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring | null.Keyring):
        raise CredentialsError(
            Errors.tr(
                "no {what}: give --password-env VAR (no system keyring is available here: the "
                "keyring backend is {backend})"
            ).format(what=what, backend=f"{type(backend).__module__}.{type(backend).__name__}")
        )
    try:
        password = keyring.get_password(service, user)
    except KeyringError as e:
        raise CredentialsError(
            Errors.tr("the system keyring could not be read: {reason}").format(reason=first_line(e))
        ) from None
    if not password:
        raise CredentialsError(
            Errors.tr(
                "no {what} for {user!r} in the system keyring; store one with 'keyring set "
                "{service} {user}' or give --password-env VAR"
            ).format(what=what, user=user, service=service)
        )
    return password


def resolve_password(
    *,
    user: str,
    what: str,
    keyring_service: str,
    password_env: str | None = None,
    default_env: str | None = None,
) -> str:
    """The password of ``user``: from ``password_env`` when given, else from
    ``default_env`` when that variable is set and not empty, else from the keyring."""
    if password_env:
        return password_from_variable(password_env, what)
    if default_env:
        value = os.environ.get(default_env)
        if value:
            return value
    return keyring_password(keyring_service, user, what)
