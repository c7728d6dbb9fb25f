"""Private link tokens: made for every participant and site, listed in the tour file,
kept across ``import tour --replace``, renewed by revoking; publish settings remembered."""

from __future__ import annotations

import json
import re

import pytest

from tourplanner.core.errors import TourFileError, ValidationError
from tourplanner.core.links import check_base_url, check_target
from tourplanner.core.tokens import TOKEN_PATTERN, check_token, new_token
from tourplanner.paths import SCHEMA_DIR
from tourplanner.services import participants, tours
from tourplanner.services.database import Database
from tourplanner.services.publish_target import (
    publish_settings,
    revoke_token,
    save_publish_settings,
)
from tourplanner.services.tourfile import (
    SAMPLE_SLUG,
    export_tour_bytes,
    import_tour_bytes,
    load_sample,
)


def _tokens(db: Database, slug: str = SAMPLE_SLUG) -> dict[str, str]:
    snap = tours.load_snapshot(db, slug)
    out = {f"person:{p.key}": p.publish_token for p in snap.participants}
    out.update({f"site:{s.key}": s.publish_token for s in snap.sites})
    return out


def test_new_tokens_are_long_random_and_url_safe() -> None:
    made = {new_token() for _ in range(1000)}
    assert len(made) == 1000
    for token in made:
        assert re.fullmatch(r"[A-Za-z0-9_-]{24}", token)  # 144 bits, no '=' padding
        assert check_token(token) == token
    for bad in ("short", "a" * 21, "with space" * 3, "x/" * 12, "=" * 24, 42):
        with pytest.raises(ValidationError, match="not a link token"):
            check_token(bad)


def test_the_schema_and_the_code_agree_on_the_token_pattern() -> None:
    schema = json.loads((SCHEMA_DIR / "tour-file.schema.json").read_text(encoding="utf-8"))
    assert schema["$defs"]["token"]["pattern"] == TOKEN_PATTERN


def test_every_participant_and_site_has_its_own_token(db: Database) -> None:
    load_sample(db)
    tokens = _tokens(db)
    assert len(tokens) > 30
    assert len(set(tokens.values())) == len(tokens)
    assert all(check_token(t) for t in tokens.values())
    person = participants.create_participant(
        db, SAMPLE_SLUG, key="newcomer", full_name="New Comer", role="delegate"
    )
    assert check_token(person.publish_token)
    assert person.publish_token not in tokens.values()


def test_tokens_are_in_the_tour_file_and_survive_replace(db: Database) -> None:
    load_sample(db)
    before = _tokens(db)
    data = export_tour_bytes(db, SAMPLE_SLUG)
    doc = json.loads(data)
    assert {f"person:{p['key']}": p["token"] for p in doc["participants"]}.items() <= before.items()
    assert import_tour_bytes(db, data, replace=True).replaced
    assert _tokens(db) == before
    # A file without tokens (written by hand or another tool) keeps everyone's link too.
    for p in doc["participants"]:
        del p["token"]
    for s in doc["sites"]:
        del s["token"]
    import_tour_bytes(db, json.dumps(doc).encode(), replace=True)
    assert _tokens(db) == before


def test_publish_settings_are_remembered_and_survive_replace(db: Database) -> None:
    load_sample(db)
    assert publish_settings(db, SAMPLE_SLUG).target == ""
    save_publish_settings(db, SAMPLE_SLUG, "https://me@dav.example.org/t", "https://t.example.org")
    saved = publish_settings(db, SAMPLE_SLUG)
    assert saved.target == "https://me@dav.example.org/t/"
    assert saved.base_url == "https://t.example.org/"
    doc = json.loads(export_tour_bytes(db, SAMPLE_SLUG))
    assert doc["tour"]["publishing"] == {"target": saved.target, "base_url": saved.base_url}
    del doc["tour"]["publishing"]
    import_tour_bytes(db, json.dumps(doc).encode(), replace=True)
    assert publish_settings(db, SAMPLE_SLUG) == saved


def test_revoking_gives_a_new_token_to_that_one_record(db: Database) -> None:
    load_sample(db)
    before = _tokens(db)
    revoked = revoke_token(db, SAMPLE_SLUG, "lin-xiaowen")
    after = _tokens(db)
    assert revoked.recipient == "person:lin-xiaowen"
    assert revoked.old_token == before["person:lin-xiaowen"]
    assert revoked.new_token == after["person:lin-xiaowen"] != revoked.old_token
    assert {k: v for k, v in after.items() if k != "person:lin-xiaowen"} == {
        k: v for k, v in before.items() if k != "person:lin-xiaowen"
    }
    site_key = next(k for k in before if k.startswith("site:")).split(":", 1)[1]
    assert revoke_token(db, SAMPLE_SLUG, f"site:{site_key}").recipient == f"site:{site_key}"
    with pytest.raises(Exception, match="no participant or site 'nobody'"):
        revoke_token(db, SAMPLE_SLUG, "nobody")


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda d: d["participants"][0].__setitem__("token", "too-short"), "not valid"),
        (
            lambda d: d["participants"][1].__setitem__("token", d["participants"][0]["token"]),
            "used twice",
        ),
        (lambda d: d["sites"][0].__setitem__("token", d["participants"][0]["token"]), "used twice"),
        (
            lambda d: d["tour"].__setitem__("publishing", {"base_url": "ftp://x.org/"}),
            "not an http",
        ),
        (
            lambda d: d["tour"].__setitem__("publishing", {"target": "https://u:pw@x.org/"}),
            "must not hold a password",
        ),
    ],
)
def test_bad_tokens_and_settings_in_a_tour_file_are_one_line_errors(
    db: Database, change: object, reason: str
) -> None:
    load_sample(db)
    doc = json.loads(export_tour_bytes(db, SAMPLE_SLUG))
    change(doc)
    with pytest.raises(TourFileError, match=reason) as caught:
        import_tour_bytes(db, json.dumps(doc).encode(), replace=True)
    assert "\n" not in str(caught.value)


def test_targets_and_base_urls_are_checked() -> None:
    assert check_target("http://me@127.0.0.1:8080/dav") == "http://me@127.0.0.1:8080/dav/"
    assert check_target("/srv/www/tour") == "/srv/www/tour"
    with pytest.raises(ValidationError, match="needs https"):
        check_target("http://dav.example.org/")
    with pytest.raises(ValidationError, match="must not hold a password"):
        check_target("https://me:secret@dav.example.org/")
    with pytest.raises(ValidationError) as caught:
        check_target("https://a:secret@dav.example.org/")
    assert "secret" not in str(caught.value)  # a password is never repeated back
    assert check_base_url("https://t.example.org/p") == "https://t.example.org/p/"
    for bad in ("t.example.org", "https://u@t.example.org/", "https://t.example.org/?a=1"):
        with pytest.raises(ValidationError):
            check_base_url(bad)
