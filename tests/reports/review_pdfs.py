"""Reviews of the report tests' sample plan, for the review PDF tests."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import UTC, date, datetime

from phbplanner.domain.money import Money
from phbplanner.domain.plan import Plan
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
from phbplanner.domain.versions import VersionInfo
from phbplanner.interchange.plan_json import plan_fingerprint
from phbplanner.interchange.reviews_json import review_fingerprint
from phbplanner.reports.review_pdf import build_review_pdf

from .pdf_plans import agreed_version, sample_plan

PRODUCED = date(2027, 4, 20)


def first_review() -> Review:
    """The first review of the sample plan (3 months in), finished."""
    return Review(
        id=1,
        review_date=date(2026, 6, 30),
        state=ReviewState.FINISHED,
        plan_version=2,
        participants=(Participant("Siân Williams", "Me"),
                      Participant("Gareth Price", "Care coordinator")),
        outcomes=(
            OutcomeReview("o1", "Get out into the hills once a week", 4, "Walks with Łukasz",
                          "Rain", "Walking diary", ReviewStatus.IN_PROGRESS),
            OutcomeReview("o2", "Sleep through the night", 2, "", "Pain at night",
                          "Sleep app", ReviewStatus.IN_PROGRESS),
        ),
        overall="Keep going.",
        decision=Decision.NO_CHANGE,
        next_review=date(2027, 4, 14),
        started=datetime(2026, 6, 30, 9, 0, tzinfo=UTC),
        finished=datetime(2026, 6, 30, 11, 0, tzinfo=UTC),
        recorded_by="Zoë Brontë",
    )  # fmt: skip


def second_review() -> Review:
    """The yearly review: ratings, a new outcome, the money, a change to plan and budget."""
    return Review(
        id=2,
        review_date=date(2027, 4, 14),
        state=ReviewState.FINISHED,
        plan_version=2,
        participants=(
            Participant("Siân Williams", "Me"),
            Participant("Zoë Brontë", "Sister", "r1"),
            Participant("Łukasz Nowak", "Personal assistant", "r5"),
            Participant("Gareth Price", "Care coordinator"),
        ),
        outcomes=(
            OutcomeReview(
                "o1", "Get out into the hills once a week", 10,
                "I walk with Łukasz every week, even in the rain. I reached Hay Bluff in May.",
                "", "Walking diary; photos from Hay Bluff", ReviewStatus.ACHIEVED),
            OutcomeReview(
                "o2", "Sleep through the night", 6,
                "The mattress helps: most nights I sleep five hours or more.",
                "Bad nights after hydrotherapy <Tuesday> & long drives.",
                "Sleep app: 4 good nights out of 7", ReviewStatus.CHANGED),
            OutcomeReview("o3", "Sing in the chapel choir", None, "", "", "",
                          ReviewStatus.ADDED),
        ),
        overall="Move hydrotherapy to the morning. Add singing. The walks budget can go down.",
        decision=Decision.CHANGE_PLAN_AND_BUDGET,
        spending=SpendingPicture(
            as_of=date(2027, 3, 31),
            lines=(
                SpendingFigure("l1", "Personal assistant for walks", Money(226200), Money(219300)),
                SpendingFigure("l3", "Pressure-relief mattress", Money(123450), Money(123450)),
                SpendingFigure("l4", "Payroll service", Money(14400), Money(16850)),
            ),
            outcomes=(
                SpendingFigure("o1", "Get out into the hills once a week", Money(240600),
                               Money(236150)),
                SpendingFigure("o2", "Sleep through the night", Money(123450), Money(123450)),
            ),
            note="Hydrotherapy is paid by the NHS (notional) and is not included.",
        ),
        next_review=date(2028, 4, 14),
        started=datetime(2027, 4, 14, 10, 0, tzinfo=UTC),
        finished=datetime(2027, 4, 14, 12, 0, tzinfo=UTC),
        recorded_by="Zoë Brontë",
    )  # fmt: skip


def reviewed_version(plan: Plan | None = None) -> VersionInfo:
    """The agreed version of the sample plan that the reviews looked at."""
    return agreed_version(plan_fingerprint(plan or sample_plan()))


def build(
    review: Review,
    earlier: Sequence[Review] = (),
    plan: Plan | None = None,
    produced: date = PRODUCED,
    **options: object,
) -> bytes:
    """The review PDF as bytes, produced on a fixed day."""
    out = io.BytesIO()
    plan = plan or sample_plan()
    build_review_pdf(
        review,
        plan,
        reviewed_version(plan),
        out,
        fingerprint=review_fingerprint(review),
        earlier=earlier,
        produced=produced,
        **options,  # type: ignore[arg-type]
    )
    return out.getvalue()
