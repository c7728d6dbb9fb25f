"""The Nominatim client against the fake server: answers, every kind of failure, retries,
and the pace kept for the public server (checked without waiting and without the network)."""

from __future__ import annotations

import json
import time
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest

from tests.fakes.nominatim import FakeNominatim, Place, Reply, closed_port
from tourplanner.core.enums import GeocodeStatus
from tourplanner.core.errors import ValidationError
from tourplanner.integrations.geocoder import (
    PUBLIC_MIN_DELAY,
    PUBLIC_URL,
    GeocoderSettings,
    NominatimGeocoder,
    effective_min_delay,
    is_public_server,
    server_key,
)

AGENT = "tourplanner-tests/1"
TIMEOUT = 0.4  # the fake's SLOW reply takes 10 s, so a timeout is unmistakable


@pytest.fixture
def fake() -> Iterator[FakeNominatim]:
    with FakeNominatim() as server:
        yield server


def client(url: str, **settings: Any) -> NominatimGeocoder:
    values: dict[str, Any] = {"timeout": TIMEOUT, "max_retries": 0, "retry_wait": 0.0}
    values.update(settings)
    return NominatimGeocoder(GeocoderSettings(AGENT, url=url, **values))


def test_found_place_with_the_request_geopy_sends(fake: FakeNominatim) -> None:
    fake.place("Lijia, Chongqing", 29.6545, 106.5235, "礼嘉智慧公园, 渝北区, 重庆市, 中国")
    outcome = client(fake.url).geocode("  Lijia,   Chongqing ")
    assert outcome.status is GeocodeStatus.FOUND and outcome.is_answer
    assert (outcome.latitude, outcome.longitude) == pytest.approx((29.6545, 106.5235))
    assert outcome.display_name == "礼嘉智慧公园, 渝北区, 重庆市, 中国"
    assert outcome.message == "found: 礼嘉智慧公园, 渝北区, 重庆市, 中国"
    (request,) = fake.requests
    assert request.path == "/search"
    assert request.params["q"] == "Lijia, Chongqing", "whitespace is collapsed before asking"
    assert request.params["format"] in ("json", "jsonv2")
    assert request.user_agent == AGENT


def test_no_result_is_a_definite_answer(fake: FakeNominatim) -> None:
    outcome = client(fake.url).geocode("Atlantis")
    assert outcome.status is GeocodeStatus.NOT_FOUND and outcome.is_answer
    assert outcome.message == "no match for 'Atlantis'"
    assert outcome.latitude is None and outcome.longitude is None


@pytest.mark.parametrize(
    ("reply", "status", "fragment"),
    [
        (Reply.SLOW, GeocodeStatus.TIMEOUT, f"did not answer within {TIMEOUT:g} s"),
        (Reply.RATE_LIMITED, GeocodeStatus.RATE_LIMITED, "too many requests (HTTP 429)"),
        (Reply.ERROR_500, GeocodeStatus.SERVER_ERROR, "failed with HTTP 500"),
        # geopy reports 503 as a timeout; the HTTP status must win.
        (Reply.ERROR_503, GeocodeStatus.SERVER_ERROR, "failed with HTTP 503"),
        (Reply.BAD_JSON, GeocodeStatus.BAD_RESPONSE, "not valid JSON"),
        # geopy would read a place without coordinates as the point (0, 0).
        (Reply.NO_COORDINATES, GeocodeStatus.BAD_RESPONSE, "a place without coordinates"),
        (Reply.NOT_A_PLACE, GeocodeStatus.BAD_RESPONSE, "not a list of places"),
    ],
)
def test_each_failure_has_its_status_and_one_line(
    fake: FakeNominatim, reply: Reply, status: GeocodeStatus, fragment: str
) -> None:
    fake.reply("Trouble Street", reply)
    started = time.monotonic()
    outcome = client(fake.url).geocode("Trouble Street")
    assert time.monotonic() - started < 3, "a slow server costs the timeout, not its delay"
    assert outcome.status is status and not outcome.is_answer
    assert fragment in outcome.message and fake.url in outcome.message
    assert "\n" not in outcome.message
    assert outcome.latitude is None and outcome.longitude is None
    assert fake.searches() == ["Trouble Street"], "no retries were asked for"


def test_connection_refused_is_unreachable() -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    outcome = client(url).geocode("Anywhere")
    assert outcome.status is GeocodeStatus.UNREACHABLE
    assert outcome.message == f"cannot reach the geocoder at {url}: connection refused"


def test_reverse_lookup(fake: FakeNominatim) -> None:
    fake.place_reverse(29.687, 106.779, "新加坡国立大学（重庆）研究院, 两江新区, 重庆市, 中国")
    geocoder = client(fake.url)
    found = geocoder.reverse(29.687, 106.779)
    assert found.status is GeocodeStatus.FOUND
    assert found.display_name.startswith("新加坡国立大学")
    assert (found.latitude, found.longitude) == pytest.approx((29.687, 106.779))
    request = fake.requests[-1]
    assert request.path == "/reverse"
    assert (float(request.params["lat"]), float(request.params["lon"])) == (29.687, 106.779)
    nothing = geocoder.reverse(0.0, -30.0)
    assert nothing.status is GeocodeStatus.NOT_FOUND and "no address near" in nothing.message
    fake.reply_reverse(1.0, 2.0, Reply.ERROR_503)
    assert geocoder.reverse(1.0, 2.0).status is GeocodeStatus.SERVER_ERROR
    with pytest.raises(ValidationError, match="not a point on Earth"):
        geocoder.reverse(91.0, 0.0)


def test_retries_are_few_and_can_succeed(fake: FakeNominatim) -> None:
    fake.reply("Always Down", Reply.ERROR_503)
    fake.reply("Down Once", Reply.ERROR_500, Reply.RATE_LIMITED, Reply.EMPTY)
    fake.reply("Up Again", Reply.ERROR_503, Place(29.7, 106.6, "Up Again, China"))
    geocoder = client(fake.url, max_retries=2)
    assert geocoder.geocode("Always Down").status is GeocodeStatus.SERVER_ERROR
    assert len(fake.searches("Always Down")) == 3, "one request and two retries, then give up"
    assert geocoder.geocode("Down Once").status is GeocodeStatus.NOT_FOUND
    assert len(fake.searches("Down Once")) == 3
    up = geocoder.geocode("Up Again")
    assert up.status is GeocodeStatus.FOUND and up.latitude == pytest.approx(29.7)
    assert len(fake.searches("Up Again")) == 2


def test_public_server_is_never_asked_faster_than_once_a_second() -> None:
    # Building a client sends nothing, so the public server is safe to name here.
    assert PUBLIC_MIN_DELAY >= 1.0
    for requested in (None, 0.0, 0.2, 0.999):
        assert effective_min_delay(PUBLIC_URL, requested) == PUBLIC_MIN_DELAY
    assert effective_min_delay(PUBLIC_URL, 3.0) == 3.0
    assert effective_min_delay("HTTPS://Nominatim.OpenStreetMap.org/", 0) == PUBLIC_MIN_DELAY
    for settings in (
        GeocoderSettings(AGENT),
        GeocoderSettings(AGENT, url="https://nominatim.openstreetmap.org/", min_delay=0),
    ):
        limiter = NominatimGeocoder(settings).rate_limiter
        assert limiter.min_delay_seconds == PUBLIC_MIN_DELAY
        assert limiter.error_wait_seconds >= PUBLIC_MIN_DELAY
        assert 0 <= limiter.max_retries <= 3 and limiter.swallow_exceptions is False
    assert is_public_server(PUBLIC_URL)
    assert not is_public_server("https://nominatim.openstreetmap.org.example.com")
    # Other servers: as configured; no delay unless asked for.
    assert effective_min_delay("http://127.0.0.1:8080", None) == 0.0
    assert effective_min_delay("http://127.0.0.1:8080", 0.5) == 0.5
    with pytest.raises(ValidationError, match="cannot be negative"):
        effective_min_delay("http://127.0.0.1:8080", -1)


def test_every_request_goes_through_the_rate_limiter(fake: FakeNominatim) -> None:
    """The limiter's clock is replaced, so a 5 s pace is observed without waiting."""
    fake.place("A", 1.0, 1.0)
    geocoder = client(fake.url, min_delay=5.0)
    limiter = geocoder.rate_limiter
    now = [1000.0]
    waits: list[float] = []

    def fake_sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    limiter._clock = lambda: now[0]
    limiter._sleep = fake_sleep
    geocoder.geocode("A")
    geocoder.geocode("B")
    geocoder.reverse(1.0, 1.0)
    assert waits == [pytest.approx(5.0), pytest.approx(5.0)]
    assert len(fake.requests) == 3


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"url": "nominatim.example.org"}, "give the full address, https://…"),
        ({"url": "ftp://example.org"}, "give the full address, https://…"),
        ({"url": "http://127.0.0.1:99999"}, "'http://127.0.0.1:99999' is not a web address"),
        ({"url": "https://user:pw@example.org"}, "must not carry a query or credentials"),
        ({"user_agent": "  "}, "needs a user agent"),
        ({"user_agent": "my_user_agent/1.0", "url": PUBLIC_URL}, "user_agent"),
        ({"timeout": 0}, "timeout must be more than 0"),
        ({"max_retries": 10}, "retries must be from 0 to 3"),
        ({"retry_wait": -1}, "cannot be negative"),
    ],
)
def test_bad_settings_are_one_line_errors(settings: dict[str, Any], message: str) -> None:
    values: dict[str, Any] = {"user_agent": AGENT, "url": "http://127.0.0.1:8080"}
    values.update(settings)
    with pytest.raises(ValidationError, match=message) as caught:
        NominatimGeocoder(GeocoderSettings(**values))
    assert "\n" not in str(caught.value)


def test_server_key_is_canonical() -> None:
    assert server_key("HTTPS://Nominatim.OpenStreetMap.org/") == PUBLIC_URL
    assert server_key(" http://127.0.0.1:8080/nominatim/ ") == "http://127.0.0.1:8080/nominatim"
    assert server_key("http://[::1]:8080") == "http://[::1]:8080"


def test_fake_speaks_jsonv2_too(fake: FakeNominatim) -> None:
    fake.place("Yuelai", 29.715, 106.56)
    with urllib.request.urlopen(f"{fake.url}/search?q=Yuelai&format=jsonv2", timeout=5) as r:
        (place,) = json.loads(r.read())
    assert place["category"] == "place" and float(place["lat"]) == pytest.approx(29.715)
