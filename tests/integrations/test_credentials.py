"""One home for passwords: --password-env, the command's own variable, the keyring."""

from __future__ import annotations

import pytest

from tests.fakes.keyring_store import MemoryKeyring
from tourplanner.core.errors import ValidationError
from tourplanner.integrations.credentials import CredentialsError, resolve_password


@pytest.fixture
def store(system_keyring: MemoryKeyring) -> MemoryKeyring:
    return system_keyring


def _resolve(**kw: object) -> str:
    args = {"user": "me", "what": "WebDAV password", "keyring_service": "tp-test"}
    return resolve_password(**{**args, **kw})


def test_the_order_variable_named_then_default_variable_then_keyring(
    store: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.set_password("tp-test", "me", "from keyring")
    monkeypatch.setenv("TP_DEFAULT", "from default")
    monkeypatch.setenv("TP_MINE", "from mine")
    assert _resolve(password_env="TP_MINE", default_env="TP_DEFAULT") == "from mine"
    assert _resolve(default_env="TP_DEFAULT") == "from default"
    monkeypatch.setenv("TP_DEFAULT", "")  # set but empty: not a password
    assert _resolve(default_env="TP_DEFAULT") == "from keyring"


def test_what_is_missing_is_one_line_without_the_password(
    store: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TP_NOT_SET", raising=False)
    with pytest.raises(ValidationError, match="TP_NOT_SET is not set"):
        _resolve(password_env="TP_NOT_SET")
    with pytest.raises(ValidationError, match="not a variable name"):
        _resolve(password_env="1; rm -rf")
    with pytest.raises(CredentialsError, match="keyring set tp-test me") as caught:
        _resolve()
    assert "\n" not in str(caught.value)
