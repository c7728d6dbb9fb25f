"""Google's encoded polyline format, as OSRM answers ``geometries=polyline`` (precision 5:
1e-5 degrees, about a metre): a route's line kept as a short string.

The algorithm is Google's published one
(https://developers.google.com/maps/documentation/utilities/polylinealgorithm): each
coordinate as the difference from the previous one, times 10^precision, zig-zag signed,
in 5-bit groups offset by 63.
"""

from __future__ import annotations

from collections.abc import Iterable

Point = tuple[float, float]  # latitude, longitude


def encode(points: Iterable[Point], precision: int = 5) -> str:
    """The encoded polyline of ``points``."""
    factor = 10**precision
    out: list[str] = []
    last_lat = last_lon = 0
    for lat, lon in points:
        ilat, ilon = round(lat * factor), round(lon * factor)
        for delta in (ilat - last_lat, ilon - last_lon):
            value = ~(delta << 1) if delta < 0 else delta << 1
            while value >= 0x20:
                out.append(chr((0x20 | (value & 0x1F)) + 63))
                value >>= 5
            out.append(chr(value + 63))
        last_lat, last_lon = ilat, ilon
    return "".join(out)


def decode(text: str, precision: int = 5) -> tuple[Point, ...]:
    """The points of an encoded polyline. Raises ValueError when ``text`` is not one."""
    factor = 10**precision
    values: list[int] = []
    value = shift = 0
    for char in text:
        byte = ord(char) - 63
        if not 0 <= byte < 64:
            raise ValueError(f"not an encoded polyline: {char!r}")
        value |= (byte & 0x1F) << shift
        shift += 5
        if byte < 0x20:
            values.append(~(value >> 1) if value & 1 else value >> 1)
            value = shift = 0
    if shift or len(values) % 2:
        raise ValueError("not an encoded polyline: it ends inside a coordinate")
    points: list[Point] = []
    lat = lon = 0
    for dlat, dlon in zip(values[0::2], values[1::2], strict=True):
        lat, lon = lat + dlat, lon + dlon
        if not (-90 * factor <= lat <= 90 * factor and -180 * factor <= lon <= 180 * factor):
            raise ValueError("not an encoded polyline: a point is off the globe")
        points.append((lat / factor, lon / factor))
    return tuple(points)
