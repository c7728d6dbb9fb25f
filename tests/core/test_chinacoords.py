"""WGS-84 to GCJ-02 against published reference points, and where China's maps begin."""

from __future__ import annotations

import math

import pytest

from tourplanner.core.chinacoords import in_mainland_china, wgs84_to_gcj02

# The reference points of eviltransform's own test suite (wgs lat, lng, gcj lat, lng),
# github.com/googollee/eviltransform, python/test.py.
REFERENCE = [
    (31.1774276, 121.5272106, 31.17530398364597, 121.531541859215),  # Shanghai
    (22.543847, 113.912316, 22.540796131694766, 113.9171764808363),  # Shenzhen
    (39.911954, 116.377817, 39.91334545536069, 116.38404722455657),  # Beijing
]


@pytest.mark.parametrize(("lat", "lng", "gcj_lat", "gcj_lng"), REFERENCE)
def test_matches_the_published_reference_points(lat, lng, gcj_lat, gcj_lng):
    got = wgs84_to_gcj02(lat, lng)
    assert got == pytest.approx((gcj_lat, gcj_lng), abs=1e-9)


def test_the_offset_in_chongqing_is_hundreds_of_metres():
    lat, lng = 29.684, 106.783  # CLCIZ in the sample tour
    g_lat, g_lng = wgs84_to_gcj02(lat, lng)
    metres = math.hypot((g_lat - lat) * 111_000, (g_lng - lng) * 111_000 * math.cos(0.518))
    assert 100 < metres < 1000


@pytest.mark.parametrize(
    ("lat", "lng", "inside"),
    [
        (29.684, 106.783, True),  # Chongqing
        (22.53, 114.06, True),  # Shenzhen Futian, across the river from Hong Kong
        (24.45, 118.10, True),  # Xiamen
        (22.28, 114.16, False),  # Hong Kong Central
        (22.19, 113.54, False),  # Macao
        (25.03, 121.56, False),  # Taipei
        (24.45, 118.35, False),  # Kinmen
        (35.68, 139.70, False),  # Tokyo
        (51.50, -0.12, False),  # London
        (1.29, 103.85, False),  # Singapore
    ],
)
def test_mainland_china(lat, lng, inside):
    assert in_mainland_china(lat, lng) is inside


def test_outside_mainland_china_the_point_is_unchanged():
    assert wgs84_to_gcj02(22.28, 114.16) == (22.28, 114.16)
    assert wgs84_to_gcj02(48.8584, 2.2945) == (48.8584, 2.2945)


@pytest.mark.parametrize(("lat", "lng", "gcj_lat", "gcj_lng"), REFERENCE)
def test_back_from_gcj02_to_the_reference_points(lat, lng, gcj_lat, gcj_lng):
    from tourplanner.core.chinacoords import gcj02_to_wgs84

    # 1e-7 degrees is about a centimetre.
    assert gcj02_to_wgs84(gcj_lat, gcj_lng) == pytest.approx((lat, lng), abs=1e-7)


def test_back_and_forth_anywhere_in_china():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from tourplanner.core.chinacoords import gcj02_to_wgs84

    # Hypothesis's 100 examples (HYPOTHESIS_PROFILE=thorough: 1000): the transform is smooth,
    # so points spread over the box, and its corners, which hypothesis tries first, cover it.
    @settings(deadline=None)
    @given(st.floats(19.0, 53.0), st.floats(74.0, 134.0))
    def back_and_forth(lat, lng):
        there = wgs84_to_gcj02(lat, lng)
        assert gcj02_to_wgs84(*there) == pytest.approx((lat, lng), abs=1e-7)

    back_and_forth()
