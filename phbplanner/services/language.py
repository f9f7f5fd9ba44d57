"""The languages a document can be made in, and making one in a language other than the window's.

The window translates through Qt; the command line has no Qt. Both make their PDFs inside
:func:`in_language`, which reads the same compiled translations (``translations/*.qm``) the
window loads, so a Welsh PDF says the same from either. English needs no file.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from ..domain.errors import PHBError
from ..domain.text import Translator, english, translate, translated_by
from ..interchange.qm import QmError, read_qm
from ..paths import translations_dir

#: The languages the program speaks: code → its own name for itself.
LANGUAGES = {"en": "English", "cy": "Cymraeg"}


class LanguageUnavailableError(PHBError):
    """This copy of the program cannot make documents in that language."""

    exit_code = 2


@cache
def _catalogue(code: str) -> dict[tuple[str, str], str]:
    path = translations_dir() / f"phbplanner_{code}.qm"
    try:
        return read_qm(path.read_bytes())
    except (OSError, QmError):
        raise LanguageUnavailableError(
            translate(
                "Language",
                "This copy of PHB Planner has no {language} translation: its translation "
                "files were not built. Reinstall it, or choose English.",
            ).format(language=LANGUAGES.get(code, code))
        ) from None


def translator_for(code: str) -> Translator:
    """The translator for ``code`` (``en`` or ``cy``); raises when it cannot be loaded."""
    if code not in LANGUAGES:
        raise LanguageUnavailableError(
            translate("Language", "There is no language {code}: choose one of {choices}.").format(
                code=code, choices=", ".join(LANGUAGES)
            )
        )
    if code == "en":
        return english
    messages = _catalogue(code)

    def from_file(context: str, text: str) -> str:
        return messages.get((context, text), text)

    return from_file


@contextmanager
def in_language(code: str | None) -> Iterator[None]:
    """Make everything inside in ``code`` (on this thread); ``None``: as the window speaks."""
    if code is None:
        yield
        return
    with translated_by(translator_for(code)):
        yield
