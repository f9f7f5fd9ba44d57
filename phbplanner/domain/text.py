"""A thin translation hook usable without Qt.

Domain and service code mark strings a person reads with :func:`translate`. Until a UI installs a
translator (``set_translator``), the English source text is returned. The Qt layer installs
``QCoreApplication.translate`` so that the same strings appear in Qt Linguist files: pyside6-lupdate
collects every ``translate("Context", "text")`` call.

Placeholders are named and filled *after* translating, never with f-strings inside the source text::

    translate("Readiness", "The plan is {amount} over budget.").format(amount=...)

A document can be made in another language than the window's (a Welsh PDF from an English
window): :func:`translated_by` puts another translator in place for the code run inside it, in
that thread (and task) only — a PDF built on a worker thread changes nothing the window shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

Translator = Callable[[str, str], str]


def english(context: str, text: str) -> str:
    """The translator that leaves every message in English."""
    return text


_translator: Translator = english
#: The translator of the code running inside :func:`translated_by`, in this thread only.
_here: ContextVar[Translator | None] = ContextVar("phbplanner_translator", default=None)


def set_translator(func: Translator | None) -> None:
    """Install the function used to translate text (``None`` restores English)."""
    global _translator
    _translator = func or english


@contextmanager
def translated_by(func: Translator) -> Iterator[None]:
    """Translate with ``func`` inside the block, on this thread only."""
    token = _here.set(func)
    try:
        yield
    finally:
        _here.reset(token)


def translate(context: str, text: str) -> str:
    """Return ``text`` translated in ``context`` by the translator in force here."""
    here = _here.get()
    if here is not None:
        return here(context, text)
    return _translator(context, text)
