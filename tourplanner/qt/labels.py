"""Translated names for the domain's closed vocabularies (kinds, roles, categories, ...).

Each text is a literal inside ``translate()`` so that pyside6-lupdate finds it; the
dictionaries are built on each call because the language may change while the app runs.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale

from tourplanner.core.enums import (
    ContactRole,
    GiftStatus,
    ItemKind,
    ItemStatus,
    ParticipantRole,
    SiteCategory,
)
from tourplanner.core.i18n import Context
from tourplanner.core.problems import Code, Severity, severity_name, title

Labels = Context("Labels")  # the same catalogue context as core's problem titles


def item_kind(kind: ItemKind) -> str:
    """'Visit', 'Meal', ..."""
    return {
        ItemKind.VISIT: QCoreApplication.translate("Labels", "Visit"),
        ItemKind.MEETING: QCoreApplication.translate("Labels", "Meeting"),
        ItemKind.MEAL: QCoreApplication.translate("Labels", "Meal"),
        ItemKind.TRANSFER: QCoreApplication.translate("Labels", "Transfer"),
        ItemKind.CEREMONY: QCoreApplication.translate("Labels", "Ceremony"),
        ItemKind.FREE_TIME: QCoreApplication.translate("Labels", "Free time"),
        ItemKind.ACCOMMODATION: QCoreApplication.translate("Labels", "Accommodation"),
    }[ItemKind(kind)]


def item_status(status: ItemStatus) -> str:
    return {
        ItemStatus.CONFIRMED: QCoreApplication.translate("Labels", "Confirmed"),
        ItemStatus.TENTATIVE: QCoreApplication.translate("Labels", "Tentative"),
        ItemStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled"),
    }[ItemStatus(status)]


def site_category(category: SiteCategory) -> str:
    return {
        SiteCategory.PARK: QCoreApplication.translate("Labels", "Park"),
        SiteCategory.INNOVATION_ZONE: QCoreApplication.translate("Labels", "Innovation zone"),
        SiteCategory.EXHIBITION_CENTRE: QCoreApplication.translate("Labels", "Exhibition centre"),
        SiteCategory.RESEARCH_INSTITUTE: QCoreApplication.translate("Labels", "Research institute"),
        SiteCategory.HOTEL: QCoreApplication.translate("Labels", "Hotel"),
        SiteCategory.RESTAURANT: QCoreApplication.translate("Labels", "Restaurant"),
        SiteCategory.AIRPORT: QCoreApplication.translate("Labels", "Airport"),
        SiteCategory.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[SiteCategory(category)]


def ui_language() -> str:
    """The interface language as a BCP 47 tag ('zh-CN', 'en-US'): the default QLocale,
    which the Settings dialog's language sets."""
    return QLocale().bcp47Name() or "en"


def languages(tags: tuple[str, ...] | list[str]) -> str:
    """'Chinese, Portuguese (Brazil)' or '中文, 葡萄牙语（巴西）': languages by name in the
    interface language (a tag CLDR cannot name shows as itself)."""
    ui = ui_language()
    # Imported here: langcodes' tables cost start-up time the first paint does not need.
    from tourplanner.core.languages import language_name

    return ", ".join(language_name(tag, ui) for tag in tags)


def clear_caches() -> None:
    """Forget translated names (after the language changed)."""
    _role_names.cache_clear()


def participant_role(role: ParticipantRole) -> str:
    return _role_names()[role]


@cache
def _role_names() -> dict[ParticipantRole, str]:
    # Asked for on every painted cell: translate once (the language is fixed at start-up).
    return {
        ParticipantRole.DELEGATE: QCoreApplication.translate("Labels", "Delegate"),
        ParticipantRole.HOST: QCoreApplication.translate("Labels", "Host"),
        ParticipantRole.INTERPRETER: QCoreApplication.translate("Labels", "Interpreter"),
        ParticipantRole.ORGANISER: QCoreApplication.translate("Labels", "Organiser"),
        ParticipantRole.STAFF: QCoreApplication.translate("Labels", "Staff"),
        ParticipantRole.MEDIA: QCoreApplication.translate("Labels", "Media"),
        ParticipantRole.DRIVER: QCoreApplication.translate("Labels", "Driver"),
        ParticipantRole.SECURITY: QCoreApplication.translate("Labels", "Security"),
    }


def severity(value: Severity) -> str:
    return severity_name(value)


def gift_status(status: GiftStatus) -> str:
    return {
        GiftStatus.PLANNED: QCoreApplication.translate("Labels", "Planned"),
        GiftStatus.GIVEN: QCoreApplication.translate("Labels", "Given"),
        GiftStatus.RECEIVED: QCoreApplication.translate("Labels", "Received"),
    }[GiftStatus(status)]


def contact_role(role: ContactRole) -> str:
    return {
        ContactRole.HOST: QCoreApplication.translate("Labels", "Host"),
        ContactRole.CATERING: QCoreApplication.translate("Labels", "Catering"),
        ContactRole.GATE: QCoreApplication.translate("Labels", "Gate / security"),
    }[ContactRole(role)]


def problem_code(code: Code) -> str:
    """A short heading for a kind of problem (core's one title per code)."""
    return title(code)


def problem_counts(errors: int, warnings: int) -> str:
    """'1 error, 0 warnings' (1 个错误，0 个警告): Qt's plural forms, English's from the
    plural-only tourplanner_en.ts."""
    return Labels.tr("{errors}, {warnings}").format(
        errors=Labels.tr("%n error(s)", None, errors),
        warnings=Labels.tr("%n warning(s)", None, warnings),
    )
