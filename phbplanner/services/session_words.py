"""The messages of :mod:`.session`, each a whole sentence in the person's language."""

from __future__ import annotations

from ..domain.text import translate


def opened_read_only(reason: str) -> str:
    """The notice for a plan opened read-only; ``reason`` is a whole sentence saying why."""
    return translate("Session", "This plan was opened read-only.") + " " + reason


def holds_no_version(name: str) -> str:
    return translate("Session", "{name} holds no plan version.").format(name=name)


def no_version(number: int) -> str:
    return translate("Session", "This plan has no version {number}.").format(number=number)


def already_agreed(number: int) -> str:
    return translate("Session", "Version {number} is already agreed.").format(number=number)


def old_passphrase_wrong() -> str:
    return translate("Session", "The old passphrase is not right.")


def none_remembered() -> str:
    return translate("Session", "No passphrase was given, and none is remembered.")


def closed() -> str:
    return translate("Session", "This plan has been closed. Open it again to make changes.")
