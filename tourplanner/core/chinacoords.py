"""GPS (WGS-84) coordinates as Chinese map apps want them (GCJ-02).

Maps in mainland China (Amap, Tencent, Apple Maps there) use GCJ-02, a datum whose
points sit hundreds of metres away from the GPS ones. The app stores WGS-84 and
converts only for links to those maps.

The conversion is the widely published "eviltransform" algorithm (Krasovsky 1940
ellipsoid, a = 6378245 m, e² = 0.00669342162296594323), as in
github.com/googollee/eviltransform and the coordtransform and prcoords packages.
No maintained, pure-Python package for it supports Python 3.11 (checked December 2026:
coordtransform ships a compiled module, prcoords and eviltransform are unmaintained),
so the dozen lines live here, tested against the reference points of eviltransform's
own test suite (tests/core/test_chinacoords.py).

"In China" means mainland China: the usual bounding box, less Hong Kong, Macao and
Taiwan (with Kinmen and Matsu), where maps use WGS-84. The box is coarse: parts of
its neighbours (Mongolia, the Korean peninsula, northern Vietnam) fall inside it, as
they do in those libraries.
"""

from __future__ import annotations

import math

_A = 6378245.0  # semi-major axis of the Krasovsky 1940 ellipsoid, metres
_EE = 0.00669342162296594323  # its eccentricity squared

# (west, south, east, north) in degrees.
_MAINLAND_BOX = (73.4, 18.1, 135.1, 53.6)
# Places inside the box whose maps use WGS-84. Hong Kong is a polygon, so that Shenzhen,
# right across the border, stays in the mainland.
_HONG_KONG = (
    (113.82, 22.14), (113.82, 22.35), (113.93, 22.43), (114.00, 22.50),
    (114.06, 22.51), (114.15, 22.54), (114.23, 22.56), (114.50, 22.57), (114.50, 22.14),
)  # fmt: skip
_OTHER_BOXES = (
    (113.52, 22.10, 113.61, 22.215),  # Macao (the border gate is at 22.216 N)
    (119.3, 21.7, 122.3, 25.5),  # Taiwan and Penghu
    (118.24, 24.38, 118.50, 24.52),  # Kinmen
    (119.9, 25.93, 120.52, 26.38),  # Matsu
)


def in_mainland_china(lat: float, lng: float) -> bool:
    """Whether a WGS-84 point is where Chinese maps expect GCJ-02 (see the module doc)."""
    west, south, east, north = _MAINLAND_BOX
    if not (west <= lng <= east and south <= lat <= north):
        return False
    if any(w <= lng <= e and s <= lat <= n for w, s, e, n in _OTHER_BOXES):
        return False
    return not _inside(lng, lat, _HONG_KONG)


def wgs84_to_gcj02(lat: float, lng: float) -> tuple[float, float]:
    """The GCJ-02 (lat, lng) of a WGS-84 point; the point itself outside mainland China."""
    if not in_mainland_china(lat, lng):
        return lat, lng
    d_lat = _shift_lat(lng - 105.0, lat - 35.0)
    d_lng = _shift_lng(lng - 105.0, lat - 35.0)
    rad = math.radians(lat)
    magic = 1 - _EE * math.sin(rad) ** 2
    sqrt_magic = math.sqrt(magic)
    d_lat = (d_lat * 180.0) / ((_A * (1 - _EE)) / (magic * sqrt_magic) * math.pi)
    d_lng = (d_lng * 180.0) / (_A / sqrt_magic * math.cos(rad) * math.pi)
    return lat + d_lat, lng + d_lng


def gcj02_to_wgs84(lat: float, lng: float) -> tuple[float, float]:
    """The WGS-84 (lat, lng) of a GCJ-02 point, to within a few centimetres.

    There is no closed form: like eviltransform's ``gcj2wgs_exact``, this searches for the
    WGS-84 point whose forward conversion lands on the GCJ-02 one (a fixed-point iteration;
    the shift changes slowly, so it converges in a handful of steps).
    """
    wgs_lat, wgs_lng = lat, lng
    for _ in range(30):
        got_lat, got_lng = wgs84_to_gcj02(wgs_lat, wgs_lng)
        d_lat, d_lng = got_lat - lat, got_lng - lng
        if abs(d_lat) < 1e-9 and abs(d_lng) < 1e-9:
            break
        wgs_lat, wgs_lng = wgs_lat - d_lat, wgs_lng - d_lng
    return wgs_lat, wgs_lng


def _shift_lat(x: float, y: float) -> float:
    out = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * math.sqrt(abs(x))
    out += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2 / 3
    out += (20.0 * math.sin(y * math.pi) + 40.0 * math.sin(y / 3.0 * math.pi)) * 2 / 3
    out += (160.0 * math.sin(y / 12.0 * math.pi) + 320 * math.sin(y * math.pi / 30.0)) * 2 / 3
    return out


def _shift_lng(x: float, y: float) -> float:
    out = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * math.sqrt(abs(x))
    out += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2 / 3
    out += (20.0 * math.sin(x * math.pi) + 40.0 * math.sin(x / 3.0 * math.pi)) * 2 / 3
    out += (150.0 * math.sin(x / 12.0 * math.pi) + 300.0 * math.sin(x / 30.0 * math.pi)) * 2 / 3
    return out


def _inside(x: float, y: float, polygon: tuple[tuple[float, float], ...]) -> bool:
    """Even-odd ray casting: whether (x, y) lies inside ``polygon``."""
    inside = False
    for (x1, y1), (x2, y2) in zip(polygon, polygon[1:] + polygon[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside
