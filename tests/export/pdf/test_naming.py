"""File names from people's names: safe, unique, the same as their calendar files."""

from __future__ import annotations

from dataclasses import replace

from tourplanner.core.model import TourSnapshot
from tourplanner.export.pdf import person_stems, safe_stem, unique_stems
from tourplanner.services.calendars import people_file_names


def test_safe_stems() -> None:
    assert safe_stem("Dai Jiuyue") == "dai-jiuyue"
    assert safe_stem("../../x") == "x"
    assert safe_stem("..\\..\\etc/passwd") == "etc-passwd"
    assert safe_stem("São Paulo Courier") == "sao-paulo-courier"
    assert safe_stem("戴九月", "dai-jiuyue") == "dai-jiuyue"  # nothing ASCII left: the key
    assert safe_stem("...", "") == "briefing"
    assert safe_stem("CON") == "con-file"  # a reserved device name on Windows
    assert len(safe_stem("x" * 500)) <= 80
    for name in ("../../x", "/etc/passwd", "a/../../b", "\x00\n", ".", ".."):
        stem = safe_stem(name, "k")
        assert stem and "/" not in stem and "\\" not in stem and not stem.startswith(".")


def test_duplicates_get_their_key_and_never_clash() -> None:
    stems = unique_stems(
        [("wang-jia", "Wang Jia"), ("wang-jia-2", "Wang Jia"), ("w", "WANG JIA"), ("x", "../../x")]
    )
    assert stems["x"] == "x"
    assert len(set(stems.values())) == 4
    assert stems["wang-jia"] == "wang-jia-wang-jia"
    assert stems["wang-jia-2"] == "wang-jia-wang-jia-2"
    # Adding a third Wang Jia later renames nobody who already had a key-suffixed name.
    more = unique_stems(
        [("wang-jia", "Wang Jia"), ("wang-jia-2", "Wang Jia"), ("w", "WANG JIA"), ("z", "Wang Jia")]
    )
    assert more["wang-jia"] == stems["wang-jia"] and more["wang-jia-2"] == stems["wang-jia-2"]


def test_pdf_stems_match_the_calendar_file_names(snap: TourSnapshot) -> None:
    twin = replace(snap.participants[0], id=999, key="zz-twin")
    people = (*snap.participants, twin)
    with_twin = replace(snap, participants=people)
    ics = {k: v.removesuffix(".ics") for k, v in people_file_names(people).items()}
    assert person_stems(with_twin) == ics
