"""Interchange JSON (``"format": "phbplanner-plan"``): the public names in one place.

The work is split by responsibility; the field lists that drive it are ``domain.plan_fields``:

- ``reader``: document → :class:`Plan` (import with every entry rule, or the tolerant reading
  of the person's own stored plan);
- ``writer``: :class:`Plan` → document (every field, a stable form);
- ``canonical``: the canonical bytes and the fingerprint;
- ``loading``: bytes and files → document (encodings, size, nesting, numbers);
- ``schema``: the JSON Schema, generated from the field lists;
- ``errors``: problems, the errors raised, values shown safely in messages.

See ``docs/interchange.md`` for the format and how it may evolve.
"""

from __future__ import annotations

from ..domain.fieldspec import MAX_ITEMS, MAX_TEXT
from ..domain.plan import Plan
from . import canonical
from .canonical import canonical_bytes
from .errors import NotAPlanError, PlanFormatError, Problem
from .loading import (
    MAX_FILE_BYTES,
    PlanFileError,
    decode_plan_bytes,
    load_plan_file,
    loads_plan,
    looks_like_plan_json,
)
from .reader import FORMAT, PLAN_VERSION, VERSION, parse_plan, parse_stored
from .writer import (
    document_version,
    dumps_plan,
    item_document,
    plan_document,
    section_document,
    stored_document,
)

__all__ = [
    "FORMAT",
    "MAX_FILE_BYTES",
    "MAX_ITEMS",
    "MAX_TEXT",
    "PLAN_VERSION",
    "VERSION",
    "NotAPlanError",
    "PlanFileError",
    "PlanFormatError",
    "Problem",
    "canonical_bytes",
    "decode_plan_bytes",
    "document_version",
    "dumps_plan",
    "item_document",
    "load_plan_file",
    "loads_plan",
    "looks_like_plan_json",
    "parse_plan",
    "parse_stored",
    "plan_document",
    "plan_fingerprint",
    "section_document",
    "stored_document",
]


def plan_fingerprint(plan: Plan) -> str:
    """The SHA-256 fingerprint of ``plan``'s canonical interchange JSON (64 hex digits).

    As when this was one module, the writer is looked up here when called, so code that
    replaces ``plan_json.plan_document`` (a test standing in for a newer writer) is followed.
    """
    return canonical.plan_fingerprint(plan, plan_document)
