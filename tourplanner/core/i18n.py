"""One way to translate a string in every layer: ``translate(context, text)``.

The catalogue is Qt's: ``resources/i18n/tourplanner_<lang>.ts``, which
``make translations`` refreshes with pyside6-lupdate (it finds ``translate("Context",
"text")`` calls and ``QT_TRANSLATE_NOOP`` markers in every layer, not only in ``qt/``)
and compiles to ``.qm`` with pyside6-lrelease. The call has the signature of
``QCoreApplication.translate`` so that lupdate recognises it:

- In the GUI, ``qt/i18n.py`` hands ``QCoreApplication.translate`` to ``use_backend``:
  core, services and widgets then read the same installed ``.qm``, and a language
  switch in Settings reaches them all at once.
- Without Qt (the CLI, PDF workers, tests), the compiled ``.qm`` of the language chosen
  by ``use_language`` (the CLI picks it from LANGUAGE, LC_ALL, LC_MESSAGES and LANG, as
  gettext does) is read by ``parse_qm``, a few lines of plain Python: the same file
  Qt loads, so both front ends show the same finished translations.

``Context("Checks").tr(text)`` is the same call with Qt's ``tr`` spelling. English is
the source language. Plurals use Qt's numerus forms: pass ``n`` and write ``%n`` in the
text (``Checks.tr("%n item(s)", None, n)``); English plural forms live in the
plural-only ``tourplanner_en.ts``, and Chinese has a single form.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

# context, source text, disambiguation, n -> translated text
Backend = Callable[[str, str, "str | None", int], str]

SOURCE_LANGUAGE = "en"
# The languages with a catalogue (besides English, whose file holds only plurals).
LANGUAGES = ("zh_CN",)


class Context:
    """The strings of one catalogue context, with Qt's ``tr`` spelling, which lupdate
    reads everywhere (plural forms included; it reads them in ``translate()`` only when
    ``n`` is a literal). Bind it to a name equal to the context, since lupdate takes
    the context from that name: ``Checks = Context("Checks")``, then
    ``Checks.tr("%n seat(s)", None, seats)``."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(
        self,
        text: str,
        disambiguation: str | None = None,
        n: int = -1,
        *,
        language: str | None = None,
    ) -> str:
        """``text`` in the user's language, or in ``language`` ('en', 'zh_CN')."""
        if language is None:
            return translate(self.name, text, disambiguation, n)
        return translate_in(language, self.name, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for lupdate without translating it now (for tables built at import
    time); translate it where it is shown with ``translate(context, text)``."""
    return text


@dataclass
class Catalogue:
    """The finished translations of one compiled catalogue."""

    language: str
    # (context, source, disambiguation) -> one form, or the numerus forms
    messages: dict[tuple[str, str, str], tuple[str, ...]] = field(default_factory=dict)

    def lookup(self, context: str, text: str, disambiguation: str | None, n: int) -> str:
        forms = self.messages.get((context, text, disambiguation or ""))
        if forms is None and disambiguation:
            # lrelease stores one of the variants of a text without its disambiguation,
            # and Qt's lookup falls back to it: so does this one.
            forms = self.messages.get((context, text, ""))
        if not forms:
            found = text
        elif n < 0 or len(forms) == 1:
            found = forms[0]
        else:
            found = forms[plural_form(self.language, n, len(forms))]
        return found.replace("%n", str(n)) if n >= 0 else found


def plural_form(language: str, n: int, forms: int) -> int:
    """Which numerus form ``n`` takes: Chinese has one, English two (1, other)."""
    if language.startswith("zh") or forms == 1:
        return 0
    return 0 if n == 1 else min(1, forms - 1)


_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_QM_MESSAGES = 0x69
# The tags of one message in a .qm file's message section (Qt's qtranslator.cpp).
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8


def parse_qm(data: bytes, language: str) -> Catalogue:
    """The messages of a compiled ``.qm`` file, as lrelease writes it (context, source
    text and comment kept, translations in UTF-16). A file that is not one is an error:
    ValueError."""
    if not data.startswith(_QM_MAGIC):
        raise ValueError("not a Qt translation file")
    catalogue = Catalogue(language)
    pos = len(_QM_MAGIC)
    while pos + 5 <= len(data):
        tag, length = data[pos], int.from_bytes(data[pos + 1 : pos + 5])
        pos += 5
        if tag == _QM_MESSAGES:
            _read_messages(memoryview(data)[pos : pos + length], catalogue)
        pos += length
    return catalogue


def _read_messages(section: memoryview, catalogue: Catalogue) -> None:
    pos = 0
    forms: list[str] = []
    fields = {_SOURCE: "", _CONTEXT: "", _COMMENT: ""}
    while pos < len(section):
        tag = section[pos]
        pos += 1
        if tag == _END:
            if any(forms):
                key = (fields[_CONTEXT], fields[_SOURCE], fields[_COMMENT])
                catalogue.messages[key] = tuple(forms)
            forms, fields = [], {_SOURCE: "", _CONTEXT: "", _COMMENT: ""}
        elif tag == _OBSOLETE1:
            pos += 4
        elif tag in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT):
            length = int.from_bytes(section[pos : pos + 4])
            pos += 4
            if length == 0xFFFFFFFF:  # a null translation
                continue
            raw = bytes(section[pos : pos + length])
            pos += length
            if tag == _TRANSLATION:
                forms.append(raw.decode("utf-16-be"))
            else:
                fields[tag] = raw.decode("utf-8")
        else:
            raise ValueError(f"unknown tag {tag} in a Qt translation file")


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The catalogue the environment asks for, as gettext reads it: the first set of
    LANGUAGE (a colon list), LC_ALL, LC_MESSAGES and LANG. 'zh_CN.UTF-8', 'zh_CN',
    'zh' and 'zh_SG' give 'zh_CN'; anything else (C, POSIX, en_GB) gives English."""
    env = os.environ if environ is None else environ
    wanted: list[str] = []
    lc_all = env.get("LC_ALL", "")
    # gettext ignores LANGUAGE when the locale is C: keep that rule.
    if env.get("LANGUAGE") and lc_all not in ("C", "POSIX"):
        wanted += env["LANGUAGE"].split(":")
    for key in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(key):
            wanted.append(env[key])
            break
    for tag in wanted:
        found = match_language(tag)
        if found is not None:
            return found
    return SOURCE_LANGUAGE


def match_language(tag: str) -> str | None:
    """'zh_CN' for a locale or tag naming Chinese; 'en' for English; None for others."""
    base = tag.split(".")[0].split("@")[0].replace("-", "_")
    lang = base.split("_")[0].lower()
    if lang == "zh":
        return "zh_CN"
    if lang in ("en", "c", "posix"):
        return SOURCE_LANGUAGE
    return None


class _State:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.backend: Backend | None = None
        self.language = SOURCE_LANGUAGE
        self.folder: Path | None = None
        self.loaded: dict[str, Catalogue] = {}


_state = _State()


def catalogue_dir() -> Path:
    """Where the ``.qm`` files are (``resources/i18n``, or the installed copy)."""
    if _state.folder is None:
        from tourplanner.paths import RESOURCES_DIR  # the one place that knows

        _state.folder = RESOURCES_DIR / "i18n"
    return _state.folder


def catalogue(language: str) -> Catalogue:
    """The catalogue of ``language``, read once; an empty one when there is no file."""
    with _state.lock:
        found = _state.loaded.get(language)
        if found is None:
            path = catalogue_dir() / f"tourplanner_{language}.qm"
            found = parse_qm(path.read_bytes(), language) if path.is_file() else None
            found = found or Catalogue(language)
            _state.loaded[language] = found
        return found


def use_language(language: str) -> None:
    """Translate into ``language`` ('zh_CN' or 'en') from the compiled catalogue (the
    front ends without Qt call this once at start)."""
    _state.language = match_language(language) or SOURCE_LANGUAGE


def use_backend(backend: Backend | None) -> None:
    """Let ``backend`` (the GUI's ``QCoreApplication.translate``) translate instead of
    the ``.qm`` reader; None goes back to the reader."""
    _state.backend = backend


def current_language() -> str:
    """The language the reader translates into ('en' or 'zh_CN')."""
    return _state.language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language (``context`` groups it in the catalogue; ``n``
    picks a plural form and replaces ``%n``). Same signature as Qt's, for lupdate."""
    if _state.backend is not None:
        return _state.backend(context, text, disambiguation, n)
    return translate_in(_state.language, context, text, disambiguation, n)


def translate_in(
    language: str, context: str, text: str, disambiguation: str | None = None, n: int = -1
) -> str:
    """``text`` in ``language`` whatever the user's language is (a bilingual PDF)."""
    return catalogue(language).lookup(context, text, disambiguation, n)


def in_both(context: str, text: str, **fields: str | tuple[str, str]) -> tuple[str, str]:
    """``text`` of ``context`` in Chinese and in English, with ``fields`` put in each; a
    field given as a pair (Chinese, English) puts each half in its own language, so a
    place keeps its local-script name in the Chinese."""

    def put(language: str, half: int) -> str:
        values = {k: v[half] if isinstance(v, tuple) else v for k, v in fields.items()}
        return translate_in(language, context, text).format(**values)

    return put("zh_CN", 0), put(SOURCE_LANGUAGE, 1)


def bilingual(zh: str, en: str, sep: str = " / ") -> str:
    """'中文 / English' for readers of either language (a venue's caterers and guards);
    once when both halves read the same."""
    return en if zh == en or not zh else f"{zh}{sep}{en}"
