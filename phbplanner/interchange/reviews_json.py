"""The reviews part of the interchange JSON: the reviews held, beside the plan (issue 15 item 8).

A proposal for a new top-level key, ``"reviews_held"``: a list of review objects (the shape is in
``docs/reviews.md`` and ``resources/schema/reviews-part.schema.json``). This module reads and
writes that part on its own so the plan reader can plug it in: :func:`reviews_from_document`
reads it from a whole document (an older file without it has no reviews), :func:`with_reviews`
adds it to one. Reviews are not part of the agreed plan, so they are never part of the plan's
fingerprint: the plan is fingerprinted without this key.

Reading collects *every* problem with the exact path of the bad field and a plain-English
reason — the style of :mod:`.plan_json` — and raises its :class:`PlanFormatError`, e.g.
``reviews_held[0].outcomes[2].rating: 11 should be from 0 to 10``. Amounts are decimal strings
("1234.50"), dates ISO 8601 ("2026-06-30"), times ISO 8601 with their offset.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from ..domain.fingerprint import fingerprint_of
from ..domain.review import (
    RATING_MAX,
    RATING_MIN,
    Decision,
    OutcomeReview,
    Participant,
    Review,
    ReviewState,
    ReviewStatus,
    SpendingFigure,
    SpendingPicture,
)
from ..domain.text import translate
from .part_reader import PartReader, join, show
from .plan_json import PlanFormatError, Problem

#: The top-level key of the reviews part in an interchange document.
PART = "reviews_held"


# -- writing ------------------------------------------------------------------------------------
def _d(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _t(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def participants_document(participants: Iterable[Participant]) -> list[dict[str, str]]:
    """Who took part, as JSON values (also what storage keeps in ``review.participants``)."""
    return [{"name": p.name, "role": p.role, "person_ref": p.person_ref} for p in participants]


def _figure(figure: SpendingFigure) -> dict[str, str]:
    return {
        "key": figure.key,
        "label": figure.label,
        "planned": figure.planned.to_str(),
        "spent": figure.spent.to_str(),
    }


def spending_document(picture: SpendingPicture | None) -> dict[str, Any] | None:
    """The spending picture as JSON values (also what storage keeps in ``review.spending``)."""
    if picture is None:
        return None
    return {
        "as_of": _d(picture.as_of),
        "lines": [_figure(f) for f in picture.lines],
        "outcomes": [_figure(f) for f in picture.outcomes],
        "note": picture.note,
    }


def review_document(review: Review) -> dict[str, Any]:
    """One review as an interchange object: every field present, in a stable form."""
    return {
        "id": review.id,
        "review_date": _d(review.review_date),
        "state": review.state.value,
        "plan_version": review.plan_version,
        "participants": participants_document(review.participants),
        "outcomes": [
            {
                "outcome_ref": o.outcome_ref,
                "title": o.title,
                "rating": o.rating,
                "working": o.working,
                "not_working": o.not_working,
                "evidence": o.evidence,
                "new_status": o.new_status.value if o.new_status is not None else None,
            }
            for o in review.outcomes
        ],
        "overall": review.overall,
        "decision": review.decision.value if review.decision is not None else None,
        "spending": spending_document(review.spending),
        "next_review": _d(review.next_review),
        "started": _t(review.started),
        "finished": _t(review.finished),
        "recorded_by": review.recorded_by,
    }


def reviews_part(reviews: Iterable[Review]) -> list[dict[str, Any]]:
    """The ``"reviews_held"`` list, oldest review first (undated ones last)."""
    ordered = sorted(
        reviews,
        key=lambda r: (r.review_date is None, r.review_date or date.min, r.id or 0),
    )
    return [review_document(review) for review in ordered]


def with_reviews(document: dict[str, Any], reviews: Sequence[Review]) -> dict[str, Any]:
    """A copy of an interchange document with the reviews part (left out when there are none)."""
    result = dict(document)
    result.pop(PART, None)
    if reviews:
        result[PART] = reviews_part(reviews)
    return result


def review_fingerprint(review: Review) -> str:
    """The SHA-256 of one review's canonical JSON: printed on every page of its PDF."""
    return fingerprint_of(review_document(review))


def dumps_review(review: Review) -> str:
    """One review as JSON text (for storage's columns and for people to read)."""
    return json.dumps(review_document(review), ensure_ascii=False, indent=2) + "\n"


# -- reading ------------------------------------------------------------------------------------
_REVIEW_KEYS = (
    "id",
    "review_date",
    "state",
    "plan_version",
    "participants",
    "outcomes",
    "overall",
    "decision",
    "spending",
    "next_review",
    "started",
    "finished",
    "recorded_by",
)
_OUTCOME_KEYS = (
    "outcome_ref",
    "title",
    "rating",
    "working",
    "not_working",
    "evidence",
    "new_status",
)


def _participant(r: PartReader, value: Any, path: str) -> Participant | None:
    d = r.obj(value, path, ("name", "role", "person_ref"))
    return Participant(
        r.text(d, "name", path, required=True),
        r.text(d, "role", path),
        r.ref(d, "person_ref", path, required=False),
    )


def _outcome(r: PartReader, value: Any, path: str) -> OutcomeReview | None:
    d = r.obj(value, path, _OUTCOME_KEYS)
    return OutcomeReview(
        outcome_ref=r.ref(d, "outcome_ref", path, required=True),
        title=r.text(d, "title", path),
        rating=r.integer(d, "rating", path, low=RATING_MIN, high=RATING_MAX),
        working=r.text(d, "working", path),
        not_working=r.text(d, "not_working", path),
        evidence=r.text(d, "evidence", path),
        new_status=r.choice(d, "new_status", path, ReviewStatus),
    )


def _figure_from(r: PartReader, value: Any, path: str) -> SpendingFigure | None:
    d = r.obj(value, path, ("key", "label", "planned", "spent"))
    return SpendingFigure(
        r.ref(d, "key", path, required=True),
        r.text(d, "label", path),
        r.money(d, "planned", path),
        r.money(d, "spent", path),
    )


def _spending(r: PartReader, value: Any, path: str) -> SpendingPicture | None:
    if value is None:
        return None
    d = r.obj(value, path, ("as_of", "lines", "outcomes", "note"))
    return SpendingPicture(
        as_of=r.day(d, "as_of", path),
        lines=r.items(d.get("lines"), join(path, "lines"), lambda v, p: _figure_from(r, v, p)),
        outcomes=r.items(
            d.get("outcomes"), join(path, "outcomes"), lambda v, p: _figure_from(r, v, p)
        ),
        note=r.text(d, "note", path),
    )


def _review(r: PartReader, value: Any, path: str) -> Review | None:
    if not isinstance(value, dict) or not value:
        r.problem(
            path,
            translate("ReviewJson", "should be a review with named fields, not {value}").format(
                value=show(value)
            ),
        )
        return None
    d = r.obj(value, path, _REVIEW_KEYS)
    state = r.choice(d, "state", path, ReviewState) or ReviewState.IN_PROGRESS
    review = Review(
        id=r.integer(d, "id", path, low=1, high=2**63 - 1),
        review_date=r.day(d, "review_date", path),
        state=state,
        plan_version=r.integer(d, "plan_version", path, low=1, high=1_000_000),
        participants=r.items(
            d.get("participants"),
            join(path, "participants"),
            lambda v, p: _participant(r, v, p),
        ),
        outcomes=r.items(d.get("outcomes"), join(path, "outcomes"), lambda v, p: _outcome(r, v, p)),
        overall=r.text(d, "overall", path),
        decision=r.choice(d, "decision", path, Decision),
        spending=_spending(r, d.get("spending"), join(path, "spending")),
        next_review=r.day(d, "next_review", path),
        started=r.moment(d, "started", path),
        finished=r.moment(d, "finished", path),
        recorded_by=r.text(d, "recorded_by", path),
    )
    _check_review(r, review, path, dated=d.get("review_date") is not None)
    return review


def _check_review(r: PartReader, review: Review, path: str, *, dated: bool) -> None:
    """What no field shows alone: each outcome once, dates in order, a finished review dated."""
    seen: set[str] = set()
    for index, item in enumerate(review.outcomes):
        if item.outcome_ref and item.outcome_ref in seen:
            r.problem(
                f"{path}.outcomes[{index}].outcome_ref",
                translate("ReviewJson", '"{ref}" is used by another outcome in this review')
                .format(ref=item.outcome_ref),
            )  # fmt: skip
        seen.add(item.outcome_ref)
    if review.is_finished and not dated:
        r.problem(
            join(path, "review_date"),
            translate("ReviewJson", "is missing (the review is finished)"),
        )
    if review.review_date and review.next_review and review.next_review <= review.review_date:
        r.problem(
            join(path, "next_review"),
            translate("ReviewJson", '"{next}" is not after the review date "{date}"').format(
                next=review.next_review.isoformat(), date=review.review_date.isoformat()
            ),
        )


def parse_reviews_part(value: Any, path: str = PART) -> tuple[Review, ...]:
    """Read the ``"reviews_held"`` list; raises :class:`PlanFormatError` listing every problem."""
    r = PartReader()
    reviews = r.items(value, path, lambda v, p: _review(r, v, p))
    seen: set[int] = set()
    for index, review in enumerate(reviews):
        if review.id is not None and review.id in seen:
            r.problem(
                f"{path}[{index}].id",
                translate("ReviewJson", "{id} is used by another review").format(id=review.id),
            )
        if review.id is not None:
            seen.add(review.id)
    if r.problems:
        raise PlanFormatError(r.problems)
    return reviews


def parse_review(value: Any, path: str = "") -> Review:
    """Read one review object; raises :class:`PlanFormatError` listing every problem."""
    r = PartReader()
    review = _review(r, value, path)
    if r.problems or review is None:
        raise PlanFormatError(r.problems or [Problem(path, translate("ReviewJson", "is missing"))])
    return review


def reviews_from_document(document: Any) -> tuple[Review, ...]:
    """The reviews of a whole interchange document (none in a file written before reviews)."""
    if not isinstance(document, dict):
        return ()
    return parse_reviews_part(document.get(PART))
