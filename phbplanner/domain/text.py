"""A thin translation hook usable without Qt.

Domain and service code mark strings a person reads with :func:`translate`. Until a UI installs a
translator (``set_translator``), the English source text is returned. The Qt layer installs
``QCoreApplication.translate`` so that the same strings appear in Qt Linguist files: pyside6-lupdate
collects every ``translate("Context", "text")`` call.

Placeholders are named and filled *after* translation, never with f-strings inside the source text::

    translate("Readiness", "The plan is {amount} over budget.").format(amount=...)
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def set_translator(func: Translator | None) -> None:
    """Install the function used to translate text (``None`` restores English)."""
    global _translator
    _translator = func or _identity


def translate(context: str, text: str) -> str:
    """Return ``text`` translated in ``context`` by the installed translator."""
    return _translator(context, text)
