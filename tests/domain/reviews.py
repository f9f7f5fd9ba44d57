"""Reviews built in code for the review tests (domain, reports and interchange)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from phbplanner.domain.money import Money
from phbplanner.domain.plan import Outcome, OutcomeStatus, Plan
from phbplanner.domain.review import (
    Decision,
    OutcomeReview,
    Participant,
    Review,
    ReviewState,
    ReviewStatus,
    SpendingFigure,
    SpendingPicture,
)

from .plans import line, ready_plan

STARTED = datetime(2026, 6, 30, 10, 0, tzinfo=UTC)
FINISHED = datetime(2026, 6, 30, 11, 30, tzinfo=UTC)


def three_outcome_plan() -> Plan:
    """The ready plan with three outcomes: o1 served by s1, o2 and o3 sharing s2."""
    plan = ready_plan(
        (
            line("s1", "10.00", outcomes=("o1",), description="Walks with my PA"),
            line("s2", "20.00", outcomes=("o2", "o3"), description="Swimming with my PA"),
        )
    )
    return replace(
        plan,
        outcomes=(
            Outcome("o1", "Walk to the shops", status=OutcomeStatus.AGREED),
            Outcome("o2", "Swim every week", status=OutcomeStatus.AGREED),
            Outcome("o3", "Sleep better", status=OutcomeStatus.IN_PROGRESS),
        ),
    )


def finished_review(
    on: date = date(2026, 6, 30),
    statuses: dict[str, ReviewStatus] | None = None,
    ratings: dict[str, int | None] | None = None,
    *,
    next_review: date | None = date(2027, 6, 30),
    decision: Decision = Decision.CHANGE_PLAN,
    review_id: int | None = 1,
    added: tuple[OutcomeReview, ...] = (),
) -> Review:
    """A finished review of :func:`three_outcome_plan`."""
    statuses = statuses or {
        "o1": ReviewStatus.ACHIEVED,
        "o2": ReviewStatus.IN_PROGRESS,
        "o3": ReviewStatus.CHANGED,
    }
    ratings = ratings or {"o1": 10, "o2": 5, "o3": 2}
    titles = {"o1": "Walk to the shops", "o2": "Swim every week", "o3": "Sleep better"}
    outcomes = tuple(
        OutcomeReview(
            ref,
            titles.get(ref, ref),
            ratings.get(ref),
            working=f"{titles.get(ref, ref)} is going well",
            not_working="",
            evidence="My diary",
            new_status=status,
        )
        for ref, status in statuses.items()
    )
    return Review(
        id=review_id,
        review_date=on,
        state=ReviewState.FINISHED,
        plan_version=1,
        participants=(
            Participant("Siân Williams", "Me"),
            Participant("Grace Okafor", "Care coordinator"),
        ),
        outcomes=outcomes + added,
        overall="More swimming, fewer taxis.",
        decision=decision,
        spending=SpendingPicture(
            as_of=on,
            lines=(
                SpendingFigure("s1", "Walks with my PA", Money(12000), Money(11000)),
                SpendingFigure("s2", "Swimming with my PA", Money(24000), Money(26050)),
            ),
            outcomes=(SpendingFigure("o1", "Walk to the shops", Money(12000), Money(11000)),),
        ),
        next_review=next_review,
        started=STARTED,
        finished=FINISHED,
        recorded_by="Siân Williams",
    )
