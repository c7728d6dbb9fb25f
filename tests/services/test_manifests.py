"""Manifests of the sample tour, checked against the tour file's own data: the visitor list
for NUSRI Chongqing, the vehicle manifests of every transfer, the rooming list and the
dietary summary; then the files the export writes."""

from __future__ import annotations

import dataclasses
import json
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tourplanner.core import manifests as m
from tourplanner.core.errors import ValidationError
from tourplanner.core.model import TourSnapshot
from tourplanner.core.precedence import proposed
from tourplanner.imports.tourfile_reader import read_tour_file
from tourplanner.paths import SAMPLES_DIR
from tourplanner.services.database import Database
from tourplanner.services.manifests import export_manifest, manifest
from tourplanner.services.tourfile import SAMPLE_SLUG, load_sample

SAMPLE_FILE = SAMPLES_DIR / f"{SAMPLE_SLUG}.tour.json"


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    return json.loads(SAMPLE_FILE.read_text("utf-8"))


@pytest.fixture(scope="module")
def sample() -> TourSnapshot:
    return read_tour_file(SAMPLE_FILE.read_bytes(), SAMPLE_FILE.name)


def brought(doc: dict[str, Any], item: dict[str, Any], *, hosts: bool) -> set[str]:
    """Participant keys an item of the file brings, worked out from the JSON itself."""
    delegates = {p["key"] for p in doc["participants"] if p["role"] == "delegate"}
    members = {g["key"]: set(g["members"]) for g in doc["groups"]}
    roles: dict[str, set[str]] = defaultdict(set)
    for a in item["attendance"]:
        keys = (
            delegates
            if "delegation" in a
            else members[a["group"]]
            if "group" in a
            else {a["person"]}
        )
        for k in keys:
            roles[k].add(a["role"])
    return {k for k, r in roles.items() if hosts or r != {"host"}}


def test_nusri_visitor_list(sample: TourSnapshot, doc: dict[str, Any]) -> None:
    nusri = next(s for s in sample.sites if s.key == "nusri-chongqing")
    visitors = m.visitor_list(sample, nusri.id)
    (meeting,) = [i for i in doc["items"] if i["site"] == "nusri-chongqing"]
    expected = brought(doc, meeting, hosts=False)
    assert {v.person.key for v in visitors} == expected
    assert "wang-jia" not in expected and len(expected) == 16  # the host needs no pass
    assert {(v.arrival.isoformat(), v.departure.isoformat()) for v in visitors} == {
        (meeting["start"], meeting["end"])
    }
    # Same arrival for all: ranked people first, in order, then the rest as the rules of
    # precedence place them (guests and hosts by title before the people who work).
    names = [v.person.full_name for v in visitors]
    assert names[:4] == ["Shang Yong", "Xu Lei", "Dai Jiuyue", "Meng Linghua"]
    assert names[4:] == [p.full_name for p in proposed(v.person for v in visitors[4:])]
    assert names[4] == "Wu Jianguo"  # Director: the senior title among the unranked
    assert names.index("Liu Fang") > names.index("Ma Jun")  # the tour lead after the guests
    assert m.visitor_list(sample, nusri.id, date(2021, 3, 28)) == []


def test_visitor_list_merges_a_persons_items_at_one_site(sample: TourSnapshot) -> None:
    centre = next(s for s in sample.sites if s.key == "belt-road-centre")
    by_key = {v.person.key: v for v in m.visitor_list(sample, centre.id)}
    dai = by_key["dai-jiuyue"]
    assert (dai.arrival.strftime("%H:%M"), dai.departure.strftime("%H:%M")) == ("09:30", "12:30")
    assert [i.title for i in dai.items] == [
        "Visit to the Belt and Road Commodity Exhibition and Trading Center",
        "Interview with iChongqing: Dai Jiuyue",
        "Free time in the bonded-goods halls (Group A)",
    ]
    assert "luo-min" not in by_key and "yuki-sato" not in by_key  # hosts
    zhao = by_key["zhao-xin"]  # comes only for the interview and the press interviews
    assert zhao.arrival.strftime("%H:%M") == "11:00"


def test_vehicle_manifests_match_the_sample(sample: TourSnapshot, doc: dict[str, Any]) -> None:
    manifests = m.vehicle_manifests(sample)
    transfers = [i for i in doc["items"] if i["kind"] == "transfer"]
    assert [t.item.uid for t in manifests] == [i["uid"] for i in transfers]
    drivers = {v["driver"] for v in doc["vehicles"]}
    seats = {v["key"]: v["seats"] for v in doc["vehicles"]}
    rides: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for a in doc["vehicle_assignments"]:
        rides[a["item"]][a["vehicle"]].add(a["person"])
    for manifest_, item in zip(manifests, transfers, strict=True):
        travellers = brought(doc, item, hosts=True) - drivers
        loads = {load.vehicle.key: load for load in manifest_.loads}
        assert {k: {p.key for p in load.passengers} for k, load in loads.items()} == rides[
            item["uid"]
        ]
        assert set().union(*rides[item["uid"]].values()) == travellers
        assert manifest_.unassigned == () and manifest_.problems == ()
        for key, load in loads.items():
            assert load.riders <= seats[key] and load.over_by == 0
            assert load.driver is not None and load.driver.key in drivers
    first = manifests[1]  # airport to hotel
    coach1 = next(load for load in first.loads if load.vehicle.key == "coach-1")
    assert coach1.driver.full_name == "Deng Qiang"
    assert [p.full_name for p in coach1.passengers][:3] == [
        "Shang Yong",
        "Dai Jiuyue",
        "Meng Linghua",
    ]


def test_vehicle_manifest_flags_overfull_and_unassigned(sample: TourSnapshot) -> None:
    transfer = next(i for i in sample.items if i.title == "Transfer: hotel to Lijia Smart Park")
    people = {p.key: p.id for p in sample.participants}
    small = tuple(
        dataclasses.replace(v, seats=4) if v.key == "coach-2" else v for v in sample.vehicles
    )
    dropped = {people["xu-lei"], people["qian-hao"]}
    assignments = tuple(
        a
        for a in sample.vehicle_assignments
        if not (a.item_id == transfer.id and a.participant_id in dropped)
    )
    changed = dataclasses.replace(sample, vehicles=small, vehicle_assignments=assignments)
    (found,) = [t for t in m.vehicle_manifests(changed) if t.item.id == transfer.id]
    coach2 = next(load for load in found.loads if load.vehicle.key == "coach-2")
    assert (coach2.riders, coach2.vehicle.seats, coach2.over_by) == (5, 4, 1)
    assert [p.key for p in found.unassigned] == ["xu-lei", "qian-hao"]  # by precedence
    assert found.problems == (
        "Coach 2 is over-full: 5 passengers for 4 seats",
        "2 travellers without a vehicle: Xu Lei, Qian Hao",
    )
    day_two = m.vehicle_manifests(sample, day=date(2021, 3, 28))
    assert {t.item.starts_at.date() for t in day_two} == {date(2021, 3, 28)}
    assert len(day_two) == 4


def test_rooming_and_dietary(sample: TourSnapshot, doc: dict[str, Any]) -> None:
    (night,) = [i for i in doc["items"] if i["kind"] == "accommodation"]
    stays = m.rooming_list(sample)
    assert {s.person.key for s in stays} == brought(doc, night, hosts=False)
    assert {(s.site.name, s.check_in, s.check_out, s.nights) for s in stays} == {
        ("Yuelai Riverside Hotel", date(2021, 3, 27), date(2021, 3, 28), 1)
    }
    meals = m.meal_needs(sample)
    assert [x.item.title for x in meals] == ["Lunch", "Welcome dinner", "Hotpot lunch"]
    lunch = meals[0]
    lunch_doc = next(i for i in doc["items"] if i["title"] == "Lunch")
    diners = brought(doc, lunch_doc, hosts=True)
    assert lunch.covers == len(diners) == 15
    people = {p["key"]: p for p in doc["participants"]}
    expected = sorted((people[k]["dietary"], k) for k in diners if people[k]["dietary"])
    assert (
        sorted((n.text, p.key) for n in lunch.needs if n.kind == "dietary" for p in n.people)
        == expected
    )
    assert lunch.standard == 15 - len(expected) == 11
    assert [(n.kind, [p.key for p in n.people]) for n in lunch.needs if n.kind != "dietary"] == [
        ("accessibility", ["wu-jianguo"])
    ]


# Through the service and into files ----------------------------------------------------


def test_manifest_files(db: Database, tmp_path: Path) -> None:
    load_sample(db)
    path = tmp_path / "nusri.xlsx"
    result = export_manifest(db, SAMPLE_SLUG, "visitors", path, site="nusri-chongqing")
    assert (result.rows, result.warnings) == (16, ())
    ws = load_workbook(path).active
    assert ws.title == "Visitors National University of"  # 31 characters at most
    assert [c.value for c in ws[1]][:4] == ["Date", "Arrival", "Departure", "Name"]
    assert [c.value for c in ws[2]][:4] == ["2021-03-27", "16:25", "17:35", "Shang Yong"]
    vehicles = export_manifest(db, SAMPLE_SLUG, "vehicles", tmp_path / "v.csv")
    assert vehicles.rows == 133 and vehicles.warnings == ()
    lines = (tmp_path / "v.csv").read_text("utf-8-sig").splitlines()
    assert lines[1].startswith(
        "2021-03-27,07:30,08:10,Arrival and meet-and-greet,Chongqing Jiangbei International "
        "Airport,Coach 1,渝A·C2101,Deng Qiang,'+86 23 5555 0161,18,8,OK,1,,Shang Yong,"
    )
    table, _ = manifest(db, SAMPLE_SLUG, "rooming", site="Yuelai Riverside Hotel")
    assert len(table.rows) == 13
    with pytest.raises(ValidationError, match="visitor list is for one site"):
        manifest(db, SAMPLE_SLUG, "visitors")
    with pytest.raises(ValidationError, match="has no site 'moon'"):
        manifest(db, SAMPLE_SLUG, "visitors", site="moon")
    with pytest.raises(ValidationError, match="unknown manifest 'menu'"):
        manifest(db, SAMPLE_SLUG, "menu")
