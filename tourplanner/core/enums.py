"""Closed vocabularies of the domain. Values are the strings stored and written to files."""

from enum import StrEnum


class SiteCategory(StrEnum):
    PARK = "park"
    INNOVATION_ZONE = "innovation_zone"
    EXHIBITION_CENTRE = "exhibition_centre"
    RESEARCH_INSTITUTE = "research_institute"
    HOTEL = "hotel"
    RESTAURANT = "restaurant"
    AIRPORT = "airport"
    OTHER = "other"


class CoordinateSource(StrEnum):
    MANUAL = "manual"
    GEOCODED = "geocoded"
    GAZETTEER = "gazetteer"


class ParticipantRole(StrEnum):
    DELEGATE = "delegate"
    HOST = "host"
    INTERPRETER = "interpreter"
    ORGANISER = "organiser"
    STAFF = "staff"
    MEDIA = "media"
    DRIVER = "driver"
    SECURITY = "security"


class ItemKind(StrEnum):
    VISIT = "visit"
    MEETING = "meeting"
    MEAL = "meal"
    TRANSFER = "transfer"
    CEREMONY = "ceremony"
    FREE_TIME = "free_time"
    ACCOMMODATION = "accommodation"


class ItemStatus(StrEnum):
    CONFIRMED = "confirmed"
    TENTATIVE = "tentative"
    CANCELLED = "cancelled"


class AttendanceScope(StrEnum):
    """Whom one attendance row brings to an item."""

    DELEGATION = "delegation"  # every participant whose role is delegate
    GROUP = "group"
    PERSON = "person"


class AttendanceRole(StrEnum):
    ATTENDEE = "attendee"
    HOST = "host"
    INTERPRETER = "interpreter"
    LEAD = "lead"


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# Roles that "the whole delegation" brings to an item.
DELEGATION_ROLES = frozenset({ParticipantRole.DELEGATE})


class TravelMode(StrEnum):
    CAR = "car"
    COACH = "coach"
    WALK = "walk"


# Door-to-door average speeds in town, used when a tour sets no speed of its own.
DEFAULT_SPEED_KMH = {TravelMode.CAR: 30.0, TravelMode.COACH: 25.0, TravelMode.WALK: 4.5}


class GeocodeStatus(StrEnum):
    """How the last attempt to find a site's coordinates ended."""

    FOUND = "found"
    NOT_FOUND = "not_found"
    TIMEOUT = "timeout"
    RATE_LIMITED = "rate_limited"
    SERVER_ERROR = "server_error"
    BAD_RESPONSE = "bad_response"
    UNREACHABLE = "unreachable"


class GiftStatus(StrEnum):
    """Where a gift of the tour's gift log stands."""

    PLANNED = "planned"
    GIVEN = "given"
    RECEIVED = "received"


class ContactRole(StrEnum):
    """Who at a venue gets which list: the host the briefing, catering the dietary list,
    the gate (security) the vehicles with plates and arrival times."""

    HOST = "host"
    CATERING = "catering"
    GATE = "gate"
