"""Review records as rows, and back: the schema-3 tables ``review`` and ``review_outcome``.

Everything here works inside a transaction the caller owns (``PlanSession.writing``) or on a read
connection (``PlanSession.reading``). A review is always written whole — its row and every one
of its outcome rows — so a review saved half done reads back exactly as it was left.

Reading is tolerant: what is stored is never re-validated. A JSON column that cannot be read, a
status or decision this version does not know, a date or time that is not one, all read back as
"not set" rather than stopping the person from seeing the rest of their reviews. The JSON columns
have the shape of the interchange part (``interchange.reviews_json.participants_document`` and
``spending_document``): amounts as decimal strings, dates ISO 8601.

Only an unfinished review can be changed or deleted: :func:`update_review` and
:func:`delete_review` leave a finished one alone and say so (they return ``False``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from ..domain.money import Money
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
from .ledger_queries import fetch_all
from .records import ReviewOutcomeRow, ReviewRow

REVIEWS: Any = ReviewRow.__table__
OUTCOMES: Any = ReviewOutcomeRow.__table__

_NEWEST_FIRST = (
    REVIEWS.c.review_date.is_(None).desc(),  # an undated review is one being started now
    REVIEWS.c.review_date.desc(),
    REVIEWS.c.started.desc(),
    REVIEWS.c.id.desc(),
)


# -- writing ------------------------------------------------------------------------------------
def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _moment(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def participants_json(participants: Iterable[Participant]) -> str:
    """Who took part, as the ``review.participants`` column keeps it."""
    return json.dumps(
        [{"name": p.name, "role": p.role, "person_ref": p.person_ref} for p in participants],
        ensure_ascii=False,
    )


def _figure(figure: SpendingFigure) -> dict[str, str]:
    return {
        "key": figure.key,
        "label": figure.label,
        "planned": figure.planned.to_str(),
        "spent": figure.spent.to_str(),
    }


def spending_json(picture: SpendingPicture | None) -> str:
    """The spending picture as the ``review.spending`` column keeps it (``null`` for none)."""
    if picture is None:
        return "null"
    return json.dumps(
        {
            "as_of": _day(picture.as_of),
            "lines": [_figure(f) for f in picture.lines],
            "outcomes": [_figure(f) for f in picture.outcomes],
            "note": picture.note,
        },
        ensure_ascii=False,
    )


def _review_values(review: Review) -> dict[str, Any]:
    return {
        "review_date": _day(review.review_date),
        "state": review.state.value,
        "plan_version": review.plan_version,
        "participants": participants_json(review.participants),
        "overall": review.overall,
        "decision": review.decision.value if review.decision is not None else "",
        "spending": spending_json(review.spending),
        "next_review": _day(review.next_review),
        "started": _moment(review.started) or "",
        "finished": _moment(review.finished),
        "recorded_by": review.recorded_by,
    }


def _insert_outcomes(conn: Connection, review_id: int, outcomes: Iterable[OutcomeReview]) -> None:
    rows = [
        {
            "review_id": review_id,
            "outcome_ref": item.outcome_ref,
            "position": position,
            "outcome_title": item.title,
            "rating": item.rating,
            "working": item.working,
            "not_working": item.not_working,
            "evidence": item.evidence,
            "new_status": item.new_status.value if item.new_status is not None else None,
        }
        for position, item in enumerate(outcomes)
    ]
    if rows:
        conn.execute(insert(OUTCOMES), rows)


def insert_review(conn: Connection, review: Review, *, keep_id: bool = False) -> int:
    """Store a new review with all its outcomes; return its id.

    The id is given by the file unless ``keep_id`` (a review read from an interchange part whose
    id is still free here, so that its fingerprint stays the same).
    """
    values = _review_values(review)
    if keep_id and review.id is not None:
        values["id"] = review.id
    review_id = int(
        conn.execute(insert(REVIEWS).values(**values).returning(REVIEWS.c.id)).scalar_one()
    )
    _insert_outcomes(conn, review_id, review.outcomes)
    return review_id


def update_review(conn: Connection, review: Review) -> bool:
    """Store the whole of an unfinished review over what was saved before (its row and every
    outcome row); a review finished in the file is left alone. ``True`` when it was stored.

    Finishing is this with ``review.state`` finished: the last write a review gets.
    """
    if review.id is None:
        return False
    changed = conn.execute(
        update(REVIEWS)
        .where(REVIEWS.c.id == review.id)
        .where(REVIEWS.c.state == ReviewState.IN_PROGRESS.value)
        .values(**_review_values(review))
    )
    if changed.rowcount != 1:
        return False
    conn.execute(delete(OUTCOMES).where(OUTCOMES.c.review_id == review.id))
    _insert_outcomes(conn, review.id, review.outcomes)
    return True


def finish_review(conn: Connection, review: Review) -> bool:
    """Store a review that has just been finished (``review.is_finished``) for the last time."""
    if not review.is_finished:
        raise ValueError("finish_review needs a finished review")
    return update_review(conn, review)


def delete_review(conn: Connection, review_id: int) -> bool:
    """Delete an unfinished review and its outcomes; ``True`` when one was deleted."""
    gone = conn.execute(
        delete(REVIEWS)
        .where(REVIEWS.c.id == review_id)
        .where(REVIEWS.c.state == ReviewState.IN_PROGRESS.value)
    )
    return gone.rowcount == 1


# -- reading (tolerant) -------------------------------------------------------------------------
def _read_day(text: Any) -> date | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _read_moment(text: Any) -> datetime | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _read_json(text: Any) -> Any:
    if not isinstance(text, str) or not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    return value if isinstance(value, str) else ""


_PLAIN_AMOUNT = re.compile(r"^-?\d{1,15}\.\d\d$")


def _money(value: Any) -> Money:
    if isinstance(value, int) and not isinstance(value, bool):
        return Money(value * 100)
    if not isinstance(value, str):
        return Money(0)
    if _PLAIN_AMOUNT.match(value):  # as written here: "1234.50" (a tenth of the Decimal route)
        return Money(int(value.replace(".", "")))
    try:
        amount = Decimal(value.strip())
    except InvalidOperation:
        return Money(0)
    if not amount.is_finite():
        return Money(0)
    return Money(int((amount * 100).to_integral_value()))


def read_participants(text: Any) -> tuple[Participant, ...]:
    """The ``review.participants`` column read back; anything unreadable is left out."""
    data = _read_json(text)
    if not isinstance(data, list):
        return ()
    found = []
    for item in data:
        if isinstance(item, dict):
            found.append(
                Participant(_text(item, "name"), _text(item, "role"), _text(item, "person_ref"))
            )
        elif isinstance(item, str):  # a bare name
            found.append(Participant(item))
    return tuple(found)


def _figures(value: Any) -> tuple[SpendingFigure, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(
        SpendingFigure(
            _text(item, "key"),
            _text(item, "label"),
            _money(item.get("planned")),
            _money(item.get("spent")),
        )
        for item in value
        if isinstance(item, dict)
    )


def read_spending(text: Any) -> SpendingPicture | None:
    """The ``review.spending`` column read back (``None``: none kept, or unreadable)."""
    data = _read_json(text)
    if not isinstance(data, dict):
        return None
    return SpendingPicture(
        as_of=_read_day(data.get("as_of")),
        lines=_figures(data.get("lines")),
        outcomes=_figures(data.get("outcomes")),
        note=_text(data, "note"),
    )


def _choice(kind: Any, value: Any) -> Any:
    try:
        return kind(value)
    except ValueError:
        return None


def _rating(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and RATING_MIN <= value <= RATING_MAX:
        return value
    return None


def _outcome_from_row(row: Any) -> OutcomeReview:
    return OutcomeReview(
        outcome_ref=row.outcome_ref,
        title=row.outcome_title or "",
        rating=_rating(row.rating),
        working=row.working or "",
        not_working=row.not_working or "",
        evidence=row.evidence or "",
        new_status=_choice(ReviewStatus, row.new_status),
    )


def review_from_rows(row: Any, outcome_rows: Iterable[Any], *, spending: bool = True) -> Review:
    """A :class:`Review` from its ``review`` row and its ``review_outcome`` rows (any order);
    without its spending picture when ``spending`` is false."""
    ordered = sorted(outcome_rows, key=lambda r: (r.position, r.outcome_ref))
    return Review(
        id=row.id,
        review_date=_read_day(row.review_date),
        state=_choice(ReviewState, row.state) or ReviewState.IN_PROGRESS,
        plan_version=row.plan_version if isinstance(row.plan_version, int) else None,
        participants=read_participants(row.participants),
        outcomes=tuple(_outcome_from_row(r) for r in ordered),
        overall=row.overall or "",
        decision=_choice(Decision, row.decision) if row.decision else None,
        spending=read_spending(row.spending) if spending else None,
        next_review=_read_day(row.next_review),
        started=_read_moment(row.started),
        finished=_read_moment(row.finished),
        recorded_by=row.recorded_by or "",
    )


def _outcomes_of(conn: Connection, review_ids: list[int] | None) -> dict[int, list[Any]]:
    query = select(OUTCOMES)
    if review_ids is not None:
        query = query.where(OUTCOMES.c.review_id.in_(review_ids))
    found: dict[int, list[Any]] = {}
    for row in conn.execute(query):
        found.setdefault(row.review_id, []).append(row)
    return found


def list_reviews(conn: Connection, *, spending: bool = True) -> list[Review]:
    """Every review in the file, newest first (one being started, with no date yet, first).

    ``spending=False`` leaves out the spending pictures (``None``), which are most of the
    reading for a reader that needs only the ratings and dates (progress, due dates).
    """
    rows = conn.execute(select(REVIEWS).order_by(*_NEWEST_FIRST)).all()
    outcomes = _outcomes_of(conn, None)
    return [review_from_rows(row, outcomes.get(row.id, ()), spending=spending) for row in rows]


def get_review(conn: Connection, review_id: int) -> Review | None:
    """The review with this id, or ``None``."""
    row = conn.execute(select(REVIEWS).where(REVIEWS.c.id == review_id)).one_or_none()
    if row is None:
        return None
    return review_from_rows(row, _outcomes_of(conn, [review_id]).get(review_id, ()))


def review_ids(conn: Connection) -> list[int]:
    """The ids of every review, newest first."""
    return [row[0] for row in conn.execute(select(REVIEWS.c.id).order_by(*_NEWEST_FIRST))]


def outcome_refs_used(conn: Connection) -> set[str]:
    """Every outcome id any review has looked at (a new outcome must not take one of them)."""
    return {row[0] for row in conn.execute(select(OUTCOMES.c.outcome_ref).distinct())}


# -- spending by line and month (for progress over time) ----------------------------------------
def line_month_spending(conn: Connection) -> list[tuple[str, str, int]]:
    """``(line id, "YYYY-MM", pence spent)`` over every record: money out on a plan line counts
    as spent (a refund to the line, money in, takes it back); split entries by their parts.

    Both halves read only the covering indexes ``(line_ref, date, amount_pence)``.
    """
    whole = fetch_all(
        conn,
        "SELECT line_ref, substr(date, 1, 7), -sum(amount_pence) FROM ledger_entry "
        "WHERE line_ref IS NOT NULL GROUP BY 1, 2",
    )
    parts = fetch_all(
        conn,
        "SELECT line_ref, substr(date, 1, 7), -sum(amount_pence) FROM entry_split "
        "WHERE line_ref IS NOT NULL GROUP BY 1, 2",
    )
    if not parts:  # the usual case: nothing to merge
        return whole
    merged: dict[tuple[str, str], int] = {(line, month): pence for line, month, pence in whole}
    for line, month, pence in parts:
        merged[(line, month)] = merged.get((line, month), 0) + pence
    return [(line, month, pence) for (line, month), pence in merged.items()]
