"""The canonical form of a plan and its fingerprint (SPEC §3).

The fingerprint of a plan is the SHA-256 of its interchange document written canonically: keys
sorted, no insignificant whitespace, UTF-8, non-ASCII characters as themselves. It is printed on
every page of the plan PDF so a signed paper copy can be matched to the file.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Any

from ..domain.fingerprint import canonical_json, fingerprint_of
from ..domain.plan import Plan
from .writer import plan_document

__all__ = [
    "canonical_bytes",
    "canonical_json",
    "known_fingerprint",
    "plan_fingerprint",
    "remember_fingerprint",
]

# Plans are immutable, so the fingerprint of one plan object never changes: the last few are
# remembered (by identity, weakly), and a plan shown, summarised and verified is hashed once.
_RECENT: list[tuple[weakref.ref[Plan], str]] = []
_RECENT_SIZE = 4
_LOCK = threading.Lock()


def known_fingerprint(plan: Plan) -> str | None:
    """The fingerprint of this very plan object, if it was worked out lately."""
    with _LOCK:
        for ref, fingerprint in _RECENT:
            if ref() is plan:
                return fingerprint
    return None


def remember_fingerprint(plan: Plan, fingerprint: str) -> None:
    """Remember the fingerprint of this plan object (worked out by whoever calls this)."""
    with _LOCK:
        _RECENT[:] = [(ref, fp) for ref, fp in _RECENT if ref() is not None and ref() is not plan]
        _RECENT.insert(0, (weakref.ref(plan), fingerprint))
        del _RECENT[_RECENT_SIZE:]


def canonical_bytes(plan: Plan) -> bytes:
    """The canonical bytes of ``plan``'s interchange document."""
    return canonical_json(plan_document(plan))


def plan_fingerprint(plan: Plan, write: Callable[[Plan], dict[str, Any]] = plan_document) -> str:
    """The SHA-256 fingerprint of ``plan``'s canonical interchange JSON (64 hex digits)."""
    fingerprint = known_fingerprint(plan)
    if fingerprint is None:
        fingerprint = fingerprint_of(write(plan))
        remember_fingerprint(plan, fingerprint)
    return fingerprint
