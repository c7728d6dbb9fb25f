"""Synthetic participants and groups for the benchmark tours.

A cohort is one delegation with its own team: delegates from overseas Chinese media (and
some foreign journalists who speak English rather than Chinese), a press pool, hosts,
interpreters, staff and coach drivers. Delegates travel in groups of about 25, one coach
each; the first delegate of each group heads it.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field, replace
from functools import cache

import phonenumbers

from bench.synth_sites import person_name
from tourplanner.core.enums import ParticipantRole
from tourplanner.core.model import Group, Participant

# (country, its language, the city the paper is in, phone country code)
COUNTRIES = (
    ("United States", "en", "New York", "1"),
    ("United Kingdom", "en", "London", "44"),
    ("Canada", "en", "Vancouver", "1"),
    ("Australia", "en", "Sydney", "61"),
    ("Russia", "ru", "Moscow", "7"),
    ("Japan", "ja", "Osaka", "81"),
    ("Germany", "de", "Frankfurt", "49"),
    ("France", "fr", "Paris", "33"),
    ("Spain", "es", "Madrid", "34"),
    ("Italy", "it", "Milan", "39"),
    ("Brazil", "pt", "São Paulo", "55"),
    ("Thailand", "th", "Bangkok", "66"),
    ("Malaysia", "ms", "Kuala Lumpur", "60"),
    ("South Korea", "ko", "Seoul", "82"),
    ("Kazakhstan", "ru", "Almaty", "7"),
    ("Hungary", "hu", "Budapest", "36"),
    ("Argentina", "es", "Buenos Aires", "54"),
    ("Kenya", "en", "Nairobi", "254"),
)
FOREIGN_NAMES = {
    "en": ("James Miller", "Emma Clarke", "Daniel Brooks", "Olivia Hughes", "Samuel Reed"),
    "ru": ("Ivan Petrov", "Anna Smirnova", "Dmitri Volkov", "Elena Sokolova"),
    "ja": ("Sato Haruki", "Tanaka Yui", "Suzuki Ren", "Takahashi Aoi"),
    "de": ("Lukas Becker", "Anna Schmidt", "Jonas Weber", "Lea Fischer"),
    "fr": ("Louis Martin", "Camille Bernard", "Hugo Dubois", "Chloé Laurent"),
    "es": ("Pablo García", "Lucía Martínez", "Diego López", "Sofía Romero"),
    "it": ("Marco Rossi", "Giulia Bianchi", "Luca Ferrari", "Chiara Romano"),
    "pt": ("João Silva", "Ana Souza", "Pedro Costa", "Beatriz Lima"),
    "th": ("Somchai Boonmee", "Kanya Srisuk"),
    "ms": ("Ahmad Ismail", "Nur Aisyah"),
    "ko": ("Kim Minjun", "Lee Seoyeon", "Park Jiho"),
    "hu": ("Bence Nagy", "Zsófia Kovács"),
}
PAPERS = (
    "{city} Chinese Daily",
    "{city} Chinese Times",
    "Overseas Chinese Herald ({city})",
    "{city} Chinese Radio",
    "Chinese Weekly of {city}",
    "{country} Chinese Network TV",
)
DELEGATE_TITLES = (
    "Editor-in-chief",
    "Deputy editor-in-chief",
    "Senior correspondent",
    "Reporter",
    "Photographer",
    "Publisher",
    "Columnist",
    "Video producer",
)
DIETS = (
    "vegetarian",
    "halal",
    "no pork",
    "no seafood",
    "nut allergy",
    "gluten-free",
    "lactose intolerant",
)
ACCESS = ("uses a wheelchair; needs step-free access", "reduced mobility: avoid long walks")
THIRD_LANGUAGES = ("ru", "ja", "de", "fr", "es", "pt", "ko", "it")
PRESS = ("iChongqing", "Chongqing Daily", "China News Service", "Liangjiang TV")


@dataclass
class Team:
    """The people of one cohort, by what they do, as participant ids."""

    delegates: list[int] = field(default_factory=list)
    media: list[int] = field(default_factory=list)
    senior_hosts: list[int] = field(default_factory=list)  # at the evening plenaries
    escorts: list[int] = field(default_factory=list)  # hosts who accompany one group a day
    interpreters: list[int] = field(default_factory=list)
    coordinators: list[int] = field(default_factory=list)  # staff at the plenaries
    guides: list[int] = field(default_factory=list)  # staff who guide one group a day
    drivers: list[int] = field(default_factory=list)  # drivers[i] drives group i's coach
    groups: list[list[int]] = field(default_factory=list)  # delegate groups' members
    group_ids: list[int] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)
    heads_group: int = 0
    press_group: int = 0
    delegation_group: int | None = None  # when the tour holds several cohorts


@dataclass(frozen=True)
class TeamSize:
    """How many people of each kind one delegation (cohort) has."""

    delegates: int
    groups: int
    media: int
    hosts: int
    interpreters: int
    staff: int
    drivers: int

    @property
    def tracks(self) -> int:
        """Parallel tracks a day: two coach groups each."""
        return self.groups // 2

    @property
    def senior_hosts(self) -> int:
        """Hosts who attend the evening plenaries; the others escort a track a day."""
        return max(1, self.hosts - max(self.tracks, (3 * self.hosts) // 4))

    @property
    def coordinators(self) -> int:
        """Staff at the evening plenaries; the others guide a track a day."""
        return max(1, self.staff - max(self.tracks, (3 * self.staff) // 5))

    def validate(self) -> None:
        """Raise ValueError unless every track of a day can get its own escort, guide,
        two interpreters, and each group its own coach driver."""
        if self.groups < 2 or self.groups % 2:
            raise ValueError("groups must be an even number of at least 2")
        if self.delegates < 2 * self.groups:
            raise ValueError("too few delegates for the groups")
        if self.hosts - self.senior_hosts < self.tracks:
            raise ValueError("too few hosts to escort every track")
        if self.staff - self.coordinators < self.tracks:
            raise ValueError("too few staff to guide every track")
        if self.interpreters < 2 * self.tracks:
            raise ValueError("too few interpreters (two per track)")
        if self.drivers < self.groups:
            raise ValueError("too few drivers (one per group)")
        if self.media < 1:
            raise ValueError("a press pool needs at least one member")


@dataclass
class _Person:
    key: str
    tag: str
    role: ParticipantRole
    fields: dict[str, object]


def _letters(i: int, count: int) -> str:
    return string.ascii_uppercase[i] if count <= 26 else f"{i + 1:02d}"


def make_people(
    rng: random.Random, size: TeamSize, cohorts: int
) -> tuple[tuple[Participant, ...], tuple[Group, ...], list[Team]]:
    """Participants and groups of every cohort, ids 1..n in key order, tour id 1."""
    size.validate()
    people: list[_Person] = []
    for c in range(cohorts):
        prefix = f"c{c + 1}-" if cohorts > 1 else ""
        people.extend(_cohort_people(rng, size, prefix, c))
    people.sort(key=lambda p: p.key)
    participants = []
    teams = [Team() for _ in range(cohorts)]
    for pid, person in enumerate(people, start=1):
        cohort, tag = person.tag.split(":")
        team = teams[int(cohort)]
        getattr(team, tag).append(pid)
        fields = {**person.fields, "email": f"{person.key}@example.org"}
        participants.append(
            Participant(id=pid, tour_id=1, key=person.key, role=person.role, version=1, **fields)
        )
    by_id = {p.id: p for p in participants}
    group_specs: list[tuple[str, str, str, str, tuple[int, ...], int, str]] = []
    for c, team in enumerate(teams):
        prefix = f"c{c + 1}-" if cohorts > 1 else ""
        delegates = list(team.delegates)
        rng.shuffle(delegates)
        n = size.groups
        chunks = [sorted(delegates[i::n]) for i in range(n)]
        # The head of each group: its most senior member by title, then by key.
        for i, members in enumerate(chunks):
            head = min(members, key=lambda m: (by_id[m].title != "Editor-in-chief", m))
            team.heads.append(head)
            letter = _letters(i, n)
            group_specs.append(
                (
                    f"{prefix}group-{letter.lower()}",
                    f"Group {letter}",
                    f"{letter}组",
                    f"Delegates on coach {i + 1}",
                    tuple(members),
                    c,
                    f"g{i}",
                )
            )
        group_specs.append(
            (
                f"{prefix}heads-of-delegation",
                "Heads of delegation",
                "团长组",
                "The head of every group",
                tuple(sorted(team.heads)),
                c,
                "heads",
            )
        )
        group_specs.append(
            (
                f"{prefix}press-pool",
                "Press pool",
                "记者团",
                "Local press travelling with one group each day",
                tuple(team.media),
                c,
                "press",
            )
        )
        if cohorts > 1:
            group_specs.append(
                (
                    f"{prefix}delegation",
                    f"Delegation {c + 1}",
                    f"第{c + 1}批代表团",
                    "Every delegate of this delegation",
                    tuple(team.delegates),
                    c,
                    "all",
                )
            )
        team.groups = chunks
    group_specs.sort(key=lambda g: g[0])
    groups = []
    for gid, (key, name, local, desc, members, c, tag) in enumerate(group_specs, start=1):
        groups.append(Group(gid, 1, key, name, local, desc, members, 1))
        team = teams[c]
        if tag == "heads":
            team.heads_group = gid
        elif tag == "press":
            team.press_group = gid
        elif tag == "all":
            team.delegation_group = gid
    for c, team in enumerate(teams):
        ids = {g[6]: gid for gid, g in enumerate(group_specs, start=1) if g[5] == c}
        team.group_ids = [ids[f"g{i}"] for i in range(size.groups)]
    # Heads of delegation are the VIPs, in order of precedence: one order for the whole
    # tour (a tour file refuses two people sharing a rank).
    heads = [pid for team in teams for pid in team.heads]
    vip = {pid: rank for rank, pid in enumerate(heads, start=1)}
    participants = [_as_vip(p, vip[p.id]) if p.id in vip else p for p in participants]
    return tuple(participants), tuple(groups), teams


def _as_vip(p: Participant, rank: int) -> Participant:
    return replace(p, is_vip=True, precedence=rank)


def _cohort_people(rng: random.Random, size: TeamSize, prefix: str, c: int) -> list[_Person]:
    out: list[_Person] = []
    for i in range(size.delegates):
        out.append(_delegate(rng, f"{prefix}delegate-{i + 1:03d}", c))
    for i in range(size.media):
        name, local = person_name(rng)
        out.append(
            _Person(
                f"{prefix}media-{i + 1:02d}",
                f"{c}:media",
                ParticipantRole.MEDIA,
                _fields(
                    rng,
                    name,
                    local,
                    rng.choice(("Photographer", "Video journalist", "Reporter")),
                    rng.choice(PRESS),
                    "China",
                    ("zh", "en"),
                    "86",
                ),
            )
        )
    for i in range(size.hosts):
        senior = i < size.senior_hosts
        name, local = person_name(rng)
        title = "Deputy director, foreign affairs office" if senior else "Liaison officer"
        langs = ("zh",) if senior and i % 2 else ("zh", "en")
        tag = "senior_hosts" if senior else "escorts"
        out.append(
            _Person(
                f"{prefix}host-{i + 1:02d}",
                f"{c}:{tag}",
                ParticipantRole.HOST,
                _fields(
                    rng,
                    name,
                    local,
                    title,
                    "Liangjiang New Area Administrative Committee",
                    "China",
                    langs,
                    "86",
                ),
            )
        )
    for i in range(size.interpreters):
        name, local = person_name(rng)
        third = THIRD_LANGUAGES[i % len(THIRD_LANGUAGES)]
        langs = ("zh", "en", third) if i % 3 else ("zh", "en")
        out.append(
            _Person(
                f"{prefix}interpreter-{i + 1:02d}",
                f"{c}:interpreters",
                ParticipantRole.INTERPRETER,
                _fields(
                    rng,
                    name,
                    local,
                    "Interpreter",
                    "Chongqing Translators Association",
                    "China",
                    langs,
                    "86",
                ),
            )
        )
    for i in range(size.staff):
        coordinator = i < size.coordinators
        name, local = person_name(rng)
        title = "Programme coordinator" if coordinator else "Tour guide"
        out.append(
            _Person(
                f"{prefix}staff-{i + 1:02d}",
                f"{c}:{'coordinators' if coordinator else 'guides'}",
                ParticipantRole.STAFF,
                _fields(rng, name, local, title, "Tour office", "China", ("zh", "en"), "86"),
            )
        )
    for i in range(size.drivers):
        name, local = person_name(rng)
        title = f"Coach driver, coach {i + 1}" if i < size.groups else "Reserve driver"
        out.append(
            _Person(
                f"{prefix}driver-{i + 1:02d}",
                f"{c}:drivers",
                ParticipantRole.DRIVER,
                _fields(
                    rng, name, local, title, "Chongqing Tourism Coach Co.", "China", ("zh",), "86"
                ),
            )
        )
    return out


def _delegate(rng: random.Random, key: str, c: int) -> _Person:
    country, lang, city, code = rng.choice(COUNTRIES)
    paper = rng.choice(PAPERS).format(city=city, country=country)
    title = rng.choice(DELEGATE_TITLES)
    if rng.random() < 0.12 and lang in FOREIGN_NAMES:
        # A foreign journalist: speaks English (and their own language), not Chinese.
        name, local = rng.choice(FOREIGN_NAMES[lang]), ""
        langs: tuple[str, ...] = ("en",) if lang == "en" else (lang, "en")
        paper = f"{city} {rng.choice(('Post', 'Herald', 'Business Daily', 'Review'))}"
    else:
        name, local = person_name(rng)
        langs = ("zh", "en") if lang == "en" else ("zh", lang)
    fields = _fields(rng, name, local, title, paper, country, langs, code)
    if rng.random() < 0.12:
        fields["dietary"] = rng.choice(DIETS)
    if rng.random() < 0.02:
        fields["accessibility"] = rng.choice(ACCESS)
    return _Person(key, f"{c}:delegates", ParticipantRole.DELEGATE, fields)


@cache
def _mobile_template(phone_code: str) -> str:
    """An example mobile number of the country (its international form)."""
    region = phonenumbers.region_code_for_country_code(int(phone_code))
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    return phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def mobile_number(phone_code: str, n: int) -> str:
    """A real-looking mobile number of the country, its last four digits ``n``: the app
    refuses numbers that cannot exist (as it would '+1 555 0123'), so the synthetic people
    carry valid ones."""
    template = _mobile_template(phone_code)
    candidate = template[:-4] + f"{n:04d}" if template[-4:].isdigit() else template
    number = phonenumbers.parse(candidate)
    return candidate if phonenumbers.is_valid_number(number) else template


def _fields(
    rng: random.Random,
    name: str,
    local: str,
    title: str,
    organisation: str,
    country: str,
    languages: tuple[str, ...],
    phone_code: str,
) -> dict[str, object]:
    n = rng.randrange(10_000)
    return {
        "full_name": name,
        "local_name": local,
        "honorific": rng.choice(("Mr", "Ms")),
        "title": title,
        "organisation": organisation,
        "country": country,
        "phone": mobile_number(phone_code, n),
        "languages": languages,
        "dietary": "",
        "accessibility": "",
        "notes": "",
        "is_vip": False,
        "precedence": None,
        "illustrative": True,
    }
