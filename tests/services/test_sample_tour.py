"""The sample tour: real names and facts from the article, a plausible programme, and one
deliberate problem for the checks to find."""

from __future__ import annotations

from collections import Counter
from itertools import combinations

from tourplanner.core.enums import ItemStatus, ParticipantRole
from tourplanner.services import tour_list, tours
from tourplanner.services.database import Database
from tourplanner.services.tourfile import SAMPLE_SLUG, load_sample


def test_sample_loads_any_number_of_times(db: Database) -> None:
    assert load_sample(db).created is True
    assert load_sample(db).created is False
    assert [t.slug for t in tour_list.list_tours(db)] == [SAMPLE_SLUG]
    assert load_sample(db, reset=True).created is True
    assert len(tour_list.list_tours(db)) == 1


def test_sample_carries_the_article_facts(db: Database) -> None:
    load_sample(db)
    snap = tours.load_snapshot(db, SAMPLE_SLUG)
    assert snap.tour.name.startswith("Walking in China·2021 Overseas Chinese Media")
    assert (str(snap.tour.start_date), str(snap.tour.end_date)) == ("2021-03-27", "2021-03-28")
    assert snap.tour.timezone == "Asia/Shanghai"
    assert "两江新区" in snap.tour.description
    people = {p.full_name: p for p in snap.participants}
    for name in ("Dai Jiuyue", "Shang Yong", "Meng Linghua", "Wang Jia", "Vivian Yan"):
        assert name in people and not people[name].illustrative
    assert "China Minutes" in people["Dai Jiuyue"].organisation
    assert "Russian Dragon" in people["Shang Yong"].organisation
    assert "Kansai Chinese" in people["Meng Linghua"].organisation
    assert people["Wang Jia"].role is ParticipantRole.HOST
    assert "NUSRI" in people["Wang Jia"].organisation
    names = " ".join(s.name for s in snap.sites)
    for site in ("Lijia Smart Park", "CLCIZ", "NUSRI", "Belt and Road"):
        assert site in names
    facts = " ".join(f for s in snap.sites for f in s.key_facts)
    for fact in ("120", "15.1", "7 minutes", "1,000 acres", "50%", "30 countries"):
        assert fact in facts
    extra = [p for p in snap.participants if p.illustrative]
    assert len(extra) >= 10, "about a dozen more people, marked illustrative"
    assert all(i.illustrative for i in snap.items), "the article gives no times"
    kinds = Counter(i.kind.value for i in snap.items)
    assert {"visit", "meal", "transfer", "accommodation"} <= set(kinds)


def test_sample_has_a_deliberate_double_booking(db: Database) -> None:
    load_sample(db)
    snap = tours.load_snapshot(db, SAMPLE_SLUG)
    live = [i for i in snap.items if i.status is not ItemStatus.CANCELLED]
    clashes = set()
    for a, b in combinations(live, 2):
        if a.starts_at < b.ends_at and b.starts_at < a.ends_at:
            for pid in snap.attendee_ids(a) & snap.attendee_ids(b):
                clashes.add(snap.participants_by_id[pid].full_name)
    assert "Dai Jiuyue" in clashes
    assert any("Deliberate" in i.notes for i in snap.items)


def test_sample_is_ready_for_the_day(db: Database) -> None:
    """Issue 15: every site has a local-script address (the real sites' after public
    sources, each saying how far it is confirmed), and the tour names its people on duty
    with mobiles, a 24-hour mobile line and notes for both days."""
    load_sample(db)
    snap = tours.load_snapshot(db, SAMPLE_SLUG)
    by_key = {s.key: s for s in snap.sites}
    assert by_key["airport-ckg"].local_address.startswith("重庆市渝北区两路街道")
    assert "礼嘉" in by_key["lijia-smart-park"].local_address
    assert "明月湖" in by_key["clciz"].local_address
    for site in snap.sites:
        assert site.local_address.startswith("重庆市"), site.key
        assert site.meeting_point and site.local_meeting_point, site.key
        # What is not confirmed is said: invented sites are flagged, real ones explain.
        assert site.illustrative or "not confirmed" in site.description, site.key
    lead, *interpreters = snap.tour.duty_contacts
    people = {p.full_name: p for p in snap.participants}
    assert lead.name == "Liu Fang" and people["Liu Fang"].role is ParticipantRole.ORGANISER
    assert {c.name for c in interpreters} == {"Yang Xue", "Sun Li"}
    assert all(people[c.name].role is ParticipantRole.INTERPRETER for c in interpreters)
    assert all(c.mobile.startswith("+86 139") for c in snap.tour.duty_contacts)
    assert snap.tour.hotline.startswith("+86 139")
    assert [str(n.day) for n in snap.tour.day_notes] == ["2021-03-27", "2021-03-28"]
