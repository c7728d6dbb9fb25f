"""Map links that load nothing until tapped: a geo: URI (the phone's own map app) and the
map that works where the place is (Amap with GCJ-02 in mainland China, where Google is
blocked; OpenStreetMap elsewhere)."""

from __future__ import annotations

from urllib.parse import quote, urlencode

from tourplanner.core.chinacoords import in_mainland_china, wgs84_to_gcj02


def geo_uri(lat: float, lng: float, label: str) -> str:
    """RFC 5870 geo: URI (WGS-84), with the label Android map apps show."""
    point = f"{lat:.6f},{lng:.6f}"
    return f"geo:{point}?q={point}({quote(label, safe='')})"


def local_map(lat: float, lng: float, label: str) -> tuple[str, str]:
    """(label key in ``words``, URL) of the map app for the place."""
    if in_mainland_china(lat, lng):
        g_lat, g_lng = wgs84_to_gcj02(lat, lng)
        # Amap's documented URI API: opens the app when installed, else its mobile site.
        query = urlencode(
            {
                "position": f"{g_lng:.6f},{g_lat:.6f}",
                "name": label,
                "coordinate": "gaode",
                "callnative": "1",
            },
            quote_via=quote,
        )
        return "amap", f"https://uri.amap.com/marker?{query}"
    return (
        "osm",
        f"https://www.openstreetmap.org/?mlat={lat:.6f}&mlon={lng:.6f}#map=17/{lat:.6f}/{lng:.6f}",
    )
