"""argparse's own words ("usage:", "options", "the following arguments are required")
from our catalogue, in its "argparse" context.

argparse asks the module-level ``gettext`` of its own module (``argparse._`` and
``argparse.ngettext``) for every word it prints itself. ``use_catalogue`` points both at
``core.i18n.translate``, so argparse speaks the language the CLI chose. Some words are
looked up when a parser is built ("positional arguments", "options", the help option's
text): build the parser after choosing the language. The texts below are the ones
Python 3.11+ asks for, marked for lupdate; a text missing here stays English.
"""

from __future__ import annotations

import argparse

from tourplanner.core.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "argparse"

# What a user can see: the help page and the usage errors (argparse's complaints about
# a wrongly built parser are for us, not for them, and stay English).
WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "subcommands"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
)


def _gettext(text: str) -> str:
    # argparse also passes None (a subparser group without a description).
    return translate(CONTEXT, text) if isinstance(text, str) and text else text


def _ngettext(singular: str, plural: str, n: int) -> str:
    # Qt's plural forms want %n; argparse fills in %s itself. Both English forms are in
    # the catalogue instead (Chinese says them alike).
    return _gettext(singular if n == 1 else plural)


def use_catalogue() -> None:
    """Let argparse take its words from the catalogue (English stays as argparse wrote
    it: the English catalogue has no "argparse" context)."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]
