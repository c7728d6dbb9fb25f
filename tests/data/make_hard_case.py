"""Writes ``hard-case.tour.json`` from the sample tour: the typesetting hard case of
issue 15 (a 600-word description, 40 attendees, an 18-item day).

Run it again only to change the case: ``python tests/data/make_hard_case.py``.
Everything it adds is illustrative. The names are long and hyphenated, the notes hold
"≈ 6 min", phone numbers and "8 Belt and Road Avenue", so that a line that starts with
a hyphen, a heading left at the foot of a page or a row split mid-name shows up.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parents[1] / "resources" / "samples" / "chongqing-2021.tour.json"
OUT = HERE / "hard-case.tour.json"

FIRST = ["Jean-Baptiste", "Marie-Christine", "Anna-Lena", "Karl-Heinz", "Hans-Peter",
         "Ana-Maria", "Jean-Luc", "Lars-Erik", "Eva-Maria", "Pierre-Alexandre",
         "Mary-Kate", "Jan-Willem", "Sung-Min", "Ji-Hoon", "Hye-Jin"]  # fmt: skip
LAST = ["Oyelaran-Whitfield", "Fitzgerald-Montgomery", "Villanueva-Rodríguez",
        "Bergström-Lindqvist", "Schwarzenegger-Huber", "Popescu-Dumitrescu",
        "Delacroix-Beaumont", "Andersson-Johansson", "Müller-Lüdenscheidt",
        "Saint-Exupéry-Lefèvre", "Olsen-Kristiansen", "van-der-Berg-Smit",
        "Park-Kim", "Lee-Choi", "Kang-Yoon"]  # fmt: skip

TEXT = (
    "The delegation walks the exhibition halls with the centre's trade officers, who "
    "explain how goods from over 30 countries reach Chongqing by the New International "
    "Land-Sea Trade Corridor and the China-Europe Railway Express. Visitors see the "
    "Japan Pavilion, the bonded-goods display and the cross-border e-commerce counters, "
    "and may ask about customs clearance, cold-chain logistics and after-sales service."
)


def description(words: int) -> str:
    """About ``words`` words of plausible text, in paragraphs."""
    out: list[str] = []
    while len(out) < words:
        out.extend(TEXT.split())
    out = out[:words]
    paragraphs = [" ".join(out[i : i + 120]) for i in range(0, words, 120)]
    return "\n\n".join(p.rstrip(".,") + "." for p in paragraphs)


def main() -> None:
    tour = json.loads(SAMPLE.read_text(encoding="utf-8"))
    tour["tour"]["slug"] = "hard-case-2021"
    tour["tour"]["name"] = "Typesetting hard case: " + tour["tour"]["name"]
    tour["tour"]["description"] = description(600)

    # 40 attendees: the sample's people plus fifteen delegates with long hyphenated names.
    group_a = next(g for g in tour["groups"] if g["key"] == "group-a")
    group_b = next(g for g in tour["groups"] if g["key"] == "group-b")
    for n, (first, last) in enumerate(zip(FIRST, LAST, strict=True)):
        key = f"hard-{n:02d}"
        tour["participants"].append(
            {
                "key": key,
                "full_name": f"{first} {last}",
                "local_name": "",
                "honorific": "Dr." if n % 3 == 0 else "Ms." if n % 3 == 1 else "Mr.",
                "title": "Editor-in-Chief and Head of the Asia-Pacific Bureau",
                "organisation": f"Euro-Asian Media-Network Broadcasting Co-operative No. {n + 1}",
                "country": "Germany",
                "role": "delegate",
                "email": f"{key}@example.org",
                "phone": f"+49 30 5555 {n:04d}",
                "languages": ["de", "en"],
                "dietary": "Gluten-free; no shellfish" if n % 4 == 0 else "",
                "accessibility": "Step-free access" if n % 5 == 0 else "",
                "notes": "",
                "vip": False,
                "precedence": None,
                "illustrative": True,
            }
        )
        (group_a if n % 2 == 0 else group_b)["members"].append(key)

    # The 600-word description on the day's main visit.
    for item in tour["items"]:
        if item["title"].startswith("Visit to the Belt and Road"):
            item["description"] = description(600)

    # Eight more items on 28 March: an 18-item day, short hops between near sites.
    day2 = [i for i in tour["items"] if i["start"].startswith("2021-03-28")]
    template = next(i for i in day2 if i["title"] == "Hotpot lunch")
    sites = ["belt-road-centre", "rest-konggang", "hotel-yuelai", "rest-banquet-hall"]
    for n in range(18 - len(day2)):
        start_min = 19 * 60 + 10 + n * 25
        end_min = start_min + 20
        item = json.loads(json.dumps(template))
        item["uid"] = str(uuid.UUID(int=0xA11CE + n))
        item["kind"] = "meeting"
        item["title"] = f"Follow-up talk {n + 1}: cross-border e-commerce and the Land-Sea Corridor"
        item["local_title"] = f"后续座谈{n + 1}：跨境电商与陆海新通道"
        item["site"] = sites[n % len(sites)]
        item["start"] = f"2021-03-28T{start_min // 60:02d}:{start_min % 60:02d}:00+08:00"
        item["end"] = f"2021-03-28T{end_min // 60:02d}:{end_min % 60:02d}:00+08:00"
        item["description"] = (
            "Meet at 8 Belt and Road Avenue, gate 3; the walk takes ≈ 6 min. "
            "Questions to the desk: +86 23 5555 0199 or +86 139 2355 0151 · "
            "bring the press card - it is checked at the door."
        )
        item["notes"] = "Interpreter on call: +86 139 2355 0141 · coach bay 3 - do not park."
        tour["items"].append(item)
    OUT.write_text(json.dumps(tour, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
