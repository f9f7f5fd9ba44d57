"""A whole interchange document: the plan and, in format version 2, its spending records and
reviews beside it.

A plan alone is written as version 1, so people on an older program can still read it; a
document with records or reviews is version 2, and one whose plan uses a field of version 3
(support line groups, employments) is version 3 (``docs/interchange.md``, evolution policy). The
plan's fingerprint covers the plan only — the same bytes as its version 1 document — so adding
records or reviews never changes the fingerprint printed on a signed plan.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.plan import Plan
from ..domain.review import Review
from .errors import PlanFormatError
from .loading import MAX_DOCUMENT_BYTES, load_json, read_plan_bytes
from .reader import PARTS_OF, check_header, parse_plan
from .records_json import Records, parse_records, records_document
from .reviews_json import PART as REVIEWS_PART
from .reviews_json import parse_reviews_part, reviews_part
from .writer import plan_document

#: The version a document with records or reviews is written as.
PARTS_VERSION = 2


@dataclass(frozen=True)
class Document:
    """What an interchange document holds."""

    plan: Plan
    records: Records = field(default_factory=Records)
    reviews: tuple[Review, ...] = ()


def full_document(
    plan: Plan,
    records: Records | None = None,
    reviews: tuple[Review, ...] = (),
    *,
    with_attachments: bool = False,
) -> dict[str, Any]:
    """The document of ``plan`` with its records and reviews (at least version 2 only when it
    has any)."""
    document = plan_document(plan)
    if not records and not reviews:
        return document
    document["version"] = max(PARTS_VERSION, document["version"])
    if records:
        document.update(records_document(records, with_data=with_attachments))
    if reviews:
        document[REVIEWS_PART] = reviews_part(reviews)
    return document


def dumps_document(document: dict[str, Any]) -> str:
    """A document as the text of a file (the same form as :func:`~.writer.dumps_plan`)."""
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def parse_document(document: Any, *, today: date | None = None) -> Document:
    """Read a whole document: the plan with every entry rule, then its optional parts.

    Every problem of every part is reported together (:class:`PlanFormatError`).
    """
    version = check_header(document)
    problems = []
    plan: Plan | None = None
    try:
        plan = parse_plan(document, today=today)
    except PlanFormatError as exc:
        if type(exc) is not PlanFormatError:
            raise  # not a plan at all
        problems.extend(exc.problems)
    records = Records()
    reviews: tuple[Review, ...] = ()
    if PARTS_OF[version]:
        try:
            records = parse_records(document)
        except PlanFormatError as exc:
            problems.extend(exc.problems)
        if REVIEWS_PART in document:
            try:
                reviews = parse_reviews_part(document[REVIEWS_PART])
            except PlanFormatError as exc:
                problems.extend(exc.problems)
    if problems or plan is None:
        raise PlanFormatError(problems)
    return Document(plan, records, reviews)


def loads_document(text: str | bytes, *, today: date | None = None) -> Document:
    """Read a document's text or bytes with everything it holds."""
    return parse_document(load_json(text, MAX_DOCUMENT_BYTES), today=today)


def load_document_file(path: Path, *, today: date | None = None) -> Document:
    """Read an interchange file with everything it holds (encodings and checks as for a plan;
    larger when it carries its documents' bytes)."""
    return loads_document(read_plan_bytes(Path(path), MAX_DOCUMENT_BYTES), today=today)
