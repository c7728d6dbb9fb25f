"""A site's contacts by role, edited as lines of text in the site dialog:

    catering: Li Na, kitchen@jialing-hall.example.com, +86 23 6789 0000
    gate: Zhang Wei, +86 23 6789 0001

One contact per line: the role (host, catering, gate; "security" is the gate), a colon,
the name, then an email address and/or a phone number, in either order.
"""

from __future__ import annotations

from tourplanner.core.contacts import check_email, normalise_phone
from tourplanner.core.enums import ContactRole
from tourplanner.core.model import SiteContact

ROLE_WORDS = {
    "host": ContactRole.HOST,
    "catering": ContactRole.CATERING,
    "gate": ContactRole.GATE,
    "security": ContactRole.GATE,
}


def contacts_text(contacts: tuple[SiteContact, ...]) -> str:
    """The contacts as the dialog shows them, one per line."""
    return "\n".join(
        f"{c.role.value}: " + ", ".join(x for x in (c.name, c.email, c.phone) if x)
        for c in contacts
    )


def parse_contacts(text: str) -> tuple[SiteContact, ...]:
    """The contacts the lines name; ValueError names the first line that is wrong (its
    email and phone checked by the app's one check of each)."""
    out = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        role_word, colon, rest = line.partition(":")
        role = ROLE_WORDS.get(role_word.strip().casefold())
        if not colon or role is None:
            raise ValueError(f"line {n}: start with host:, catering: or gate:")
        parts = [p.strip() for p in rest.split(",") if p.strip()]
        if not parts:
            raise ValueError(f"line {n}: a name is needed after {role_word.strip()}:")
        name, email, phone = parts[0], "", ""
        for part in parts[1:]:
            try:
                if "@" in part:
                    email = check_email(part)
                else:
                    phone = normalise_phone(part, "")
            except ValueError as e:
                raise ValueError(f"line {n}: {e}") from None
        if not (email or phone):
            raise ValueError(f"line {n}: give {name} an email address or a phone number")
        out.append(SiteContact(role, name, email, phone))
    return tuple(out)
