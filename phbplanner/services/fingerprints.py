"""Fast fingerprints of a plan that changes one item at a time.

The fingerprint is the SHA-256 of the canonical interchange JSON (``interchange.plan_json``).
Canonical JSON is compositional — a list's text is its items' texts joined by commas — so the
text of each list item is cached and only changed items are encoded again. The result is
byte-for-byte the same as :func:`~phbplanner.interchange.plan_json.plan_fingerprint` (tested).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from typing import Any

from ..domain.plan import COLLECTIONS, Plan
from ..interchange.canonical import known_fingerprint, plan_fingerprint, remember_fingerprint
from ..interchange.plan_json import document_version, item_document, plan_document

_MAX_CACHED = 20_000


def _canonical(value: Any) -> str:
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )


class FingerprintCache:
    """Computes plan fingerprints, remembering the canonical text of every list item seen."""

    def __init__(self) -> None:
        self._items: dict[tuple[str, Any, int], str] = {}
        self._used = False

    def _item_text(self, collection: str, item: Any, version: int) -> str:
        key = (collection, item, version)
        try:
            return self._items[key]
        except KeyError:
            pass
        except TypeError:  # an unhashable item: just encode it
            return _canonical(item_document(collection, item, version))
        text = _canonical(item_document(collection, item, version))
        if len(self._items) >= _MAX_CACHED:
            self._items.clear()
        self._items[key] = text
        return text

    def fingerprint(self, plan: Plan) -> str:
        """The fingerprint of ``plan`` (64 lower-case hex digits)."""
        known = known_fingerprint(plan)
        if known is not None:
            return known
        if not self._used:
            # The first plan (just opened): one pass over the whole document is quicker than
            # encoding each item apart. Items are remembered from the next plan on — the one
            # after a change — so each later change encodes only what it changed.
            self._used = True
            return plan_fingerprint(plan)
        # The whole plan's version decides which fields every part is written with.
        version = document_version(plan)
        bare: dict[str, Any] = {name: () for name in COLLECTIONS}
        document = plan_document(dataclasses.replace(plan, **bare), version)
        parts = []
        for key in sorted(document):
            if key in COLLECTIONS:
                items = ",".join(self._item_text(key, item, version) for item in getattr(plan, key))
                text = f"[{items}]"
            else:
                text = _canonical(document[key])
            parts.append(f"{_canonical(key)}:{text}")
        result = hashlib.sha256(("{" + ",".join(parts) + "}").encode("utf-8")).hexdigest()
        remember_fingerprint(plan, result)
        return result
