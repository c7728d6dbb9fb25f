"""The routing client against a real HTTP server on loopback speaking OSRM's API."""

from __future__ import annotations

import pytest

from tests.fakes.nominatim import closed_port
from tests.fakes.osrm import SECONDS_PER_KM, Failure, FakeOsrm, road_km
from tourplanner.integrations.routing import (
    MAX_TABLE_SIZE,
    RoutingClient,
    RoutingError,
    RoutingSettings,
)

LIJIA = (29.6812, 106.5594)
CLCIZ = (29.7235, 106.6301)
AIRPORT = (29.7192, 106.6417)


def client(url: str, **kw: float) -> RoutingClient:
    return RoutingClient(
        RoutingSettings(url=url, user_agent="tourplanner-tests/1", min_delay=0, **kw)
    )


@pytest.fixture
def osrm():
    with FakeOsrm(slow_seconds=3) as fake:
        yield fake


def test_table_gives_times_and_distances_both_ways(osrm: FakeOsrm) -> None:
    with client(osrm.url) as c:
        m = c.table([LIJIA, CLCIZ, AIRPORT])
    assert [r.user_agent for r in osrm.requests()] == ["tourplanner-tests/1"]
    assert osrm.requests()[0].profile == "driving"
    assert osrm.requests()[0].params["annotations"] == "duration,distance"
    for i, a in enumerate((LIJIA, CLCIZ, AIRPORT)):
        for j, b in enumerate((LIJIA, CLCIZ, AIRPORT)):
            km = road_km(a, b)
            assert m.seconds[i][j] == pytest.approx(km * SECONDS_PER_KM, abs=0.1)
            assert m.meters[i][j] == pytest.approx(km * 1000, abs=0.1)
    assert m.seconds[0][1] and m.seconds[0][1] > 60


def test_a_big_matrix_is_asked_in_blocks_within_the_server_limit(osrm: FakeOsrm) -> None:
    points = [(29.5 + i * 0.001, 106.5 + (i % 7) * 0.001) for i in range(130)]
    with client(osrm.url) as c:
        m = c.table(points)
    asked = osrm.requests()
    assert len(asked) > 1
    assert all(len(r.points) <= MAX_TABLE_SIZE for r in asked)
    assert m.seconds[129][0] == pytest.approx(
        road_km(points[129], points[0]) * SECONDS_PER_KM, abs=0.1
    )
    assert m.seconds[3][120] == pytest.approx(
        road_km(points[3], points[120]) * SECONDS_PER_KM, abs=0.1
    )
    assert all(m.seconds[i][j] is not None for i in range(130) for j in range(130))


def test_requests_keep_the_minimum_delay_apart(osrm: FakeOsrm) -> None:
    import time

    stamps = []
    with RoutingClient(RoutingSettings(url=osrm.url, user_agent="t", min_delay=0.3)) as c:
        for _ in range(3):
            c.table([LIJIA, CLCIZ])
            stamps.append(time.monotonic())
    assert stamps[1] - stamps[0] >= 0.29 and stamps[2] - stamps[1] >= 0.29


def test_no_road_is_a_null_cell_in_a_table_and_none_for_a_route(osrm: FakeOsrm) -> None:
    osrm.unreachable(AIRPORT)
    with client(osrm.url) as c:
        m = c.table([LIJIA, CLCIZ, AIRPORT])
        assert m.seconds[0][2] is None and m.seconds[2][1] is None
        assert m.seconds[0][1] is not None
        assert c.route([LIJIA, AIRPORT]) is None
        route = c.route([LIJIA, CLCIZ])
    assert route is not None and route.line[0] == pytest.approx(LIJIA)
    assert route.meters == pytest.approx(road_km(LIJIA, CLCIZ) * 1000, abs=0.1)


@pytest.mark.parametrize(
    ("failure", "fragment"),
    [
        (Failure.RATE_LIMITED, "asks us to slow down (429"),
        (Failure.ERROR_500, "failed (500"),
        (Failure.BAD_JSON, "did not answer with OSRM's JSON"),
        (Failure.WRONG_SHAPE, "the answer has no 2x2 durations matrix"),
        (Failure.TOO_BIG, "refused the question: TooBig (Too many table coordinates)"),
    ],
)
def test_each_failure_is_one_line(osrm: FakeOsrm, failure: Failure, fragment: str) -> None:
    osrm.fail_next(failure)
    with client(osrm.url) as c, pytest.raises(RoutingError) as caught:
        c.table([LIJIA, CLCIZ])
    message = str(caught.value)
    assert fragment in message and "\n" not in message
    assert "127.0.0.1" in message


def test_a_server_that_does_not_answer_in_time(osrm: FakeOsrm) -> None:
    osrm.fail_next(Failure.SLOW)
    with client(osrm.url, timeout=0.5) as c, pytest.raises(RoutingError) as caught:
        c.table([LIJIA, CLCIZ])
    assert "did not answer within 0.5 s" in str(caught.value)


def test_a_server_that_is_down() -> None:
    with client(f"http://127.0.0.1:{closed_port()}") as c, pytest.raises(RoutingError) as caught:
        c.table([LIJIA, CLCIZ])
    assert str(caught.value).startswith("cannot reach the routing server at 127.0.0.1:")
