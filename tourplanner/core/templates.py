"""Mail templates: a subject and a plain-text body per kind of message and language, with
placeholders such as ``{name}`` and ``{tour}`` filled in for each recipient.

Only the placeholders listed in ``PLACEHOLDERS`` exist. Anything else in braces (a typo,
``{name.__class__}``, a format spec) is refused with a message naming it, when a
template is saved and again before anything is sent, so nobody receives a mail with a
raw ``{nmae}`` in it. ``{{`` and ``}}`` write literal braces.
"""

from __future__ import annotations

import html
import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from tourplanner.core.changes import HEADINGS
from tourplanner.core.dispatch import MAIL_LANGUAGES, DispatchKind
from tourplanner.core.errors import ValidationError
from tourplanner.core.i18n import Context

Errors = Context("Errors")  # the catalogue context of messages people read

COMMON_PLACEHOLDERS = frozenset(
    {
        "name",
        "salutation",
        "tour",
        "dates",
        "organiser",
        "organiser_email",
        "organiser_phone",
        "changes",
    }
)
PLACEHOLDERS: dict[DispatchKind, frozenset[str]] = {
    DispatchKind.DELEGATE: COMMON_PLACEHOLDERS,
    DispatchKind.HOST: COMMON_PLACEHOLDERS | {"sites"},
}
MAX_SUBJECT = 300
MAX_BODY = 20_000


@dataclass(frozen=True, slots=True)
class MailTemplate:
    """The subject and body of one kind of message in one language; ``custom`` is False
    for the built-in default (no template saved for the tour)."""

    kind: DispatchKind
    language: str
    subject: str
    body: str
    custom: bool = False


_DEFAULTS: dict[tuple[DispatchKind, str], tuple[str, str]] = {
    (DispatchKind.DELEGATE, "en"): (
        "Your briefing: {tour}",
        "{salutation},\n\n"
        "Attached are your personal briefing for {tour} ({dates}) and your calendar of the "
        "programme. Open the .ics file to add every item to your calendar; opening the file "
        "from a later update changes the same events instead of adding new ones.\n\n"
        "{changes}\n\n"
        "With best regards,\n{organiser}",
    ),
    (DispatchKind.DELEGATE, "zh"): (
        "您的行程简报：{tour}",
        "{salutation}：\n\n"
        "您好！附件是您参加{tour}（{dates}）的个人行程简报和日程日历文件。打开 .ics 文件即可把全部"
        "日程加入您的日历；日后收到更新时，打开新文件会更新同一批日程，不会重复添加。\n\n"
        "{changes}\n\n"
        "此致\n敬礼\n\n{organiser}",
    ),
    (DispatchKind.HOST, "en"): (
        "Delegation visit: {tour}",
        "{salutation},\n\n"
        "Attached are the host briefing and the calendar of the visits of {tour} ({dates}) "
        "to {sites}: who is coming, when, and what they need. Open the .ics file to add "
        "the visits to your calendar.\n\n"
        "{changes}\n\n"
        "With best regards,\n{organiser}",
    ),
    (DispatchKind.HOST, "zh"): (
        "代表团来访：{tour}",
        "{salutation}：\n\n"
        "您好！附件是{tour}（{dates}）到访{sites}的接待简报和来访日程日历：来访人员、时间及其需求。"
        "打开 .ics 文件即可把来访日程加入您的日历。\n\n"
        "{changes}\n\n"
        "此致\n敬礼\n\n{organiser}",
    ),
}
UPDATE_PREFIX = {"en": "Updated: ", "zh": "更新："}


def default_template(kind: DispatchKind, language: str) -> MailTemplate:
    """The built-in template for ``kind`` in ``language`` (en or zh)."""
    check_language(language)
    subject, body = _DEFAULTS[(DispatchKind(kind), language)]
    return MailTemplate(DispatchKind(kind), language, subject, body, custom=False)


def check_language(language: str) -> str:
    if language not in MAIL_LANGUAGES:
        raise ValidationError(
            Errors.tr("mail language must be one of {known}, not {language!r}").format(
                known=", ".join(MAIL_LANGUAGES), language=language
            )
        )
    return language


def placeholders(text: str, where: str) -> list[str]:
    """The placeholder names in ``text``, in order. Raises ValidationError for a stray
    brace, an empty ``{}``, or a placeholder with a conversion or format spec."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as e:
        reason = str(e).rstrip(".")
        raise ValidationError(
            Errors.tr("{where}: {reason}; write {{{{ or }}}} for a literal brace").format(
                where=where, reason=reason
            )
        ) from None
    names: list[str] = []
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        shown = (
            "{"
            + name
            + (f"!{conversion}" if conversion else "")
            + (f":{spec}" if spec else "")
            + "}"
        )
        if not name:
            raise ValidationError(
                Errors.tr(
                    "{where}: empty placeholder {{}}; write {{{{ and }}}} for literal braces"
                ).format(where=where)
            )
        if conversion or spec:
            raise ValidationError(
                Errors.tr(
                    "{where}: placeholder {shown} cannot carry a format; write {{{name}}}"
                ).format(where=where, shown=shown, name=name)
            )
        names.append(name)
    return names


def check_template(kind: DispatchKind, language: str, subject: str, body: str) -> None:
    """Refuse a template with an unknown placeholder (naming it and the known ones), a
    malformed brace, an empty or over-long subject, or an over-long body."""
    kind = DispatchKind(kind)
    check_language(language)
    label = f"{kind.value} mail template ({language})"
    if not subject.strip():
        raise ValidationError(Errors.tr("{label}: the subject is empty").format(label=label))
    if len(subject) > MAX_SUBJECT:
        raise ValidationError(
            Errors.tr("{label}: the subject is longer than {limit} characters").format(
                label=label, limit=MAX_SUBJECT
            )
        )
    if "\n" in subject or "\r" in subject:
        raise ValidationError(
            Errors.tr("{label}: the subject must be one line").format(label=label)
        )
    if len(body) > MAX_BODY:
        raise ValidationError(
            Errors.tr("{label}: the body is longer than {limit} characters").format(
                label=label, limit=MAX_BODY
            )
        )
    known = PLACEHOLDERS[kind]
    for part, text in (("subject", subject), ("body", body)):
        for name in placeholders(text, f"{label} {part}"):
            if name not in known:
                listed = ", ".join("{" + n + "}" for n in sorted(known))
                raise ValidationError(
                    Errors.tr(
                        "{label} {part}: unknown placeholder {{{name}}}; known placeholders: "
                        "{listed}"
                    ).format(label=label, part=part, name=name, listed=listed)
                )
    if "{changes}" in subject:
        raise ValidationError(
            Errors.tr("{label} subject: {{changes}} can only be used in the body").format(
                label=label
            )
        )


# -- filling in ---------------------------------------------------------------------------

_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_dates(start: date, end: date, language: str) -> str:
    """A tour's dates as people write them: '27–28 March 2021', '2021年3月27日至28日'."""
    if language == "zh":
        first = f"{start.year}年{start.month}月{start.day}日"
        if end == start:
            return first
        if end.year != start.year:
            return f"{first}至{end.year}年{end.month}月{end.day}日"
        if end.month != start.month:
            return f"{first}至{end.month}月{end.day}日"
        return f"{first}至{end.day}日"
    last = f"{end.day} {_MONTHS_EN[end.month - 1]} {end.year}"
    if end == start:
        return last
    if end.year != start.year:
        return f"{start.day} {_MONTHS_EN[start.month - 1]} {start.year} – {last}"
    if end.month != start.month:
        return f"{start.day} {_MONTHS_EN[start.month - 1]} – {last}"
    return f"{start.day}–{last}"


@dataclass(frozen=True, slots=True)
class ComposedMail:
    subject: str
    text: str
    html: str


_MARKER = "\x00changes\x00"
_BLANK_LINES = re.compile(r"\n{3,}")
_SPACES = re.compile(r"\s+")


def compose(
    template: MailTemplate,
    values: Mapping[str, str],
    changes: Sequence[str] = (),
    *,
    update: bool = False,
    headline: str = "",
) -> ComposedMail:
    """Fill in ``template`` for one recipient: the subject, the text body and an HTML
    body with the same words. ``changes`` are the lines of the "What changed" section.

    An update's subject says what changed ("Updated: Welcome dinner now 19:05 ·
    Your briefing: …", ``headline`` from ``changes.headline``) and its "What changed"
    section comes first, before the greeting: it is what the reader needs. Otherwise
    the section goes where ``{changes}`` stands, or after the body."""
    check_template(template.kind, template.language, template.subject, template.body)
    lang = template.language
    # Every known placeholder has a value (empty when the caller has none); the template
    # was checked, so no other name can be asked for.
    filled = _Values({k: str(v) for k, v in values.items()})
    if not filled.get("salutation"):  # a caller without forms of address: greet by name
        name = filled.get("name", "")
        filled["salutation"] = f"尊敬的{name}" if lang == "zh" else f"Dear {name}"
    filled["changes"] = _MARKER
    subject = _SPACES.sub(" ", template.subject.format_map(filled)).strip()
    if update:
        subject = UPDATE_PREFIX[lang] + (f"{headline} · {subject}" if headline else subject)
    body = template.body.replace("\r\n", "\n").format_map(filled)
    if changes and update:
        body = _MARKER + "\n\n" + body.replace(_MARKER, "")
    elif changes and _MARKER not in body:
        body = body.rstrip() + "\n\n" + _MARKER
    heading = HEADINGS[lang]
    section = heading + "\n" + "\n".join(f"- {line}" for line in changes) if changes else ""
    text = _BLANK_LINES.sub("\n\n", body.replace(_MARKER, section)).strip() + "\n"
    return ComposedMail(subject, text, _html(body, subject, heading, changes, lang))


class _Values(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def _html(body: str, title: str, heading: str, changes: Sequence[str], lang: str) -> str:
    section = ""
    if changes:
        items = "".join(f"<li>{html.escape(line)}</li>" for line in changes)
        section = f"<h3>{html.escape(heading)}</h3><ul>{items}</ul>"
    parts: list[str] = []
    for paragraph in re.split(r"\n\s*\n", body):
        pieces = paragraph.split(_MARKER)
        for i, piece in enumerate(pieces):
            if piece.strip():
                lines = [html.escape(line) for line in piece.strip().split("\n")]
                parts.append("<p>" + "<br>\n".join(lines) + "</p>")
            if i < len(pieces) - 1 and section:
                parts.append(section)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title></head>\n<body>\n"
        + "\n".join(parts)
        + "\n</body></html>\n"
    )
