"""Fingerprints: the SHA-256 of a plan's canonical interchange JSON, in groups of four."""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any


def canonical_json(document: Any) -> bytes:
    """The canonical bytes of an interchange document: sorted keys, no spare whitespace, UTF-8."""
    return json.dumps(
        document, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def fingerprint_of(document: Any) -> str:
    """The fingerprint (64 lower-case hex digits) of an interchange document."""
    return hashlib.sha256(canonical_json(document)).hexdigest()


def format_fingerprint(hex_digest: str) -> str:
    """``"3f9a0c…"`` as ``"3f9a 0c1d …"`` — groups of four hex digits for people to compare."""
    return " ".join(hex_digest[i : i + 4] for i in range(0, len(hex_digest), 4))


def normalise_fingerprint(text: str) -> str | None:
    """Read a fingerprint typed or pasted by a person (spaces, dashes, any case allowed).

    Returns the 64 lower-case hex digits, or ``None`` when ``text`` is not a whole fingerprint.
    """
    cleaned = re.sub(r"[\s:-]", "", text).lower()
    if re.fullmatch(r"[0-9a-f]{64}", cleaned):
        return cleaned
    return None
