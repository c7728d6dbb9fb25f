"""Fixtures shared by the integration tests."""

from tests.fakes.keyring_store import system_keyring  # noqa: F401
