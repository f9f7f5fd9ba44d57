"""Reviews: "seeing how it is working" (SPEC §2 step 7), as immutable plain data.

A review looks at each outcome of the plan in turn — a progress rating from 0 to 10, what is
working and what is not, the evidence, and what happens to the outcome next — then at the plan as
a whole: what should change, the decision, the spending picture at the time and the date of the
next review. A review can be left half done and resumed: :func:`still_to_do` says which outcomes
are left. :func:`finish` checks that nothing is missing and freezes it.

Storage keeps a review in the schema-3 tables ``review`` and ``review_outcome``; the interchange
part is :mod:`phbplanner.interchange.reviews_json`. Nothing here touches a database or Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from .errors import PHBError
from .money import Money
from .plan import OutcomeStatus, Plan
from .schedule import add_months, format_date
from .text import translate

#: The lowest and highest progress rating.
RATING_MIN, RATING_MAX = 0, 10
#: Reviews happen at least this often (SPEC §2 step 7) …
MAX_MONTHS_BETWEEN_REVIEWS = 12
#: … and the first within this many months of the start.
FIRST_REVIEW_WITHIN_MONTHS = 3


class ReviewState(StrEnum):
    """A review being done (it can be left and resumed) or finished (frozen)."""

    IN_PROGRESS = "in_progress"
    FINISHED = "finished"


class Decision(StrEnum):
    """What the review decided about the plan as a whole."""

    NO_CHANGE = "no_change"
    CHANGE_PLAN = "change_plan"
    CHANGE_PLAN_AND_BUDGET = "change_plan_and_budget"


class ReviewStatus(StrEnum):
    """What happens to one outcome after the review.

    The first four are the statuses of issue 15 (and of the FHIR export's ``ReviewedStatus``);
    ``DROPPED`` takes an outcome off the plan altogether, and ``ADDED`` marks an outcome first
    written down at this review.
    """

    ACHIEVED = "achieved"
    IN_PROGRESS = "in_progress"
    CHANGED = "changed"
    NO_LONGER_WANTED = "no_longer_wanted"
    DROPPED = "dropped"
    ADDED = "added"


#: The statuses a person chooses from for an outcome that was in the plan reviewed.
CHOOSABLE_STATUSES = (
    ReviewStatus.ACHIEVED,
    ReviewStatus.IN_PROGRESS,
    ReviewStatus.CHANGED,
    ReviewStatus.NO_LONGER_WANTED,
    ReviewStatus.DROPPED,
)


class ReviewError(PHBError):
    """A review cannot be finished or changed as asked; ``problems`` says why, in plain words."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__(" ".join(self.problems))


# -- words ---------------------------------------------------------------------------------------
def rating_words(rating: int | None) -> str:
    """The plain words for a progress rating.

    Easy-read words (short, everyday, no "achieved"): 0 "Not started, or got worse";
    1–3 "A little better"; 4–6 "Half way there"; 7–9 "Nearly there"; 10 "Done it". ``None`` is
    "Not rated".
    """
    if rating is None:
        return translate("Review", "Not rated")
    _check_rating(rating)
    if rating == 0:
        return translate("Review", "Not started, or got worse")
    if rating <= 3:
        return translate("Review", "A little better")
    if rating <= 6:
        return translate("Review", "Half way there")
    if rating <= 9:
        return translate("Review", "Nearly there")
    return translate("Review", "Done it")


def scale_anchors() -> tuple[tuple[int, str], ...]:
    """The words shown under the ends and the middle of a 0–10 rating scale."""
    return tuple((rating, rating_words(rating)) for rating in (RATING_MIN, 5, RATING_MAX))


def rating_text(rating: int | None) -> str:
    """ "7 out of 10: Nearly there", or "Not rated"."""
    if rating is None:
        return rating_words(None)
    return translate("Review", "{rating} out of 10: {words}").format(
        rating=rating, words=rating_words(rating)
    )


def status_label(status: ReviewStatus | None) -> str:
    """What happens to an outcome, in a few plain words."""
    if status is None:
        return translate("Review", "Not decided yet")
    return {
        ReviewStatus.ACHIEVED: translate("Review", "Achieved: I have done it"),
        ReviewStatus.IN_PROGRESS: translate("Review", "Still working on it"),
        ReviewStatus.CHANGED: translate("Review", "It needs to change"),
        ReviewStatus.NO_LONGER_WANTED: translate("Review", "I do not want this any more"),
        ReviewStatus.DROPPED: translate("Review", "Take it off my plan"),
        ReviewStatus.ADDED: translate("Review", "New at this review"),
    }[status]


def decision_label(decision: Decision | None) -> str:
    """The review's decision about the plan, in words."""
    if decision is None:
        return translate("Review", "Not decided yet")
    return {
        Decision.NO_CHANGE: translate("Review", "No change"),
        Decision.CHANGE_PLAN: translate("Review", "Change the plan"),
        Decision.CHANGE_PLAN_AND_BUDGET: translate("Review", "Change the plan and the budget"),
    }[decision]


def state_label(state: ReviewState) -> str:
    """ "Not finished yet" or "Finished"."""
    if state is ReviewState.FINISHED:
        return translate("Review", "Finished")
    return translate("Review", "Not finished yet")


def _check_rating(rating: object) -> None:
    if (
        not isinstance(rating, int)
        or isinstance(rating, bool)
        or not RATING_MIN <= rating <= RATING_MAX
    ):
        raise ReviewError(
            [
                translate("Review", "A rating is a whole number from 0 to 10, not {value}.").format(
                    value=rating
                )
            ]
        )


# -- values ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Participant:
    """Someone who took part: from the relationship circle (``person_ref``) or typed in."""

    name: str
    role: str = ""  # "me", "my sister", "care coordinator" — as people say it
    person_ref: str = ""  # the relationship circle id, when chosen from the circle


@dataclass(frozen=True)
class OutcomeReview:
    """What the review found for one outcome."""

    outcome_ref: str  # the outcome's id in the plan (stable across versions)
    title: str = ""  # the outcome as it was written when reviewed (or a new one's title)
    rating: int | None = None
    working: str = ""
    not_working: str = ""
    evidence: str = ""
    new_status: ReviewStatus | None = None

    def __post_init__(self) -> None:
        if self.rating is not None:
            _check_rating(self.rating)

    @property
    def done(self) -> bool:
        """Whether this outcome has been looked at: what happens to it next is chosen."""
        return self.new_status is not None

    @property
    def added(self) -> bool:
        """Whether the outcome was first written down at this review."""
        return self.new_status is ReviewStatus.ADDED


@dataclass(frozen=True, slots=True)
class SpendingFigure:
    """Planned and spent for one row of the spending picture (a line or an outcome)."""

    key: str  # the line or outcome id
    label: str
    planned: Money
    spent: Money

    @property
    def difference(self) -> Money:
        """Planned minus spent: below zero when more was spent than planned."""
        return self.planned - self.spent

    @property
    def overspent(self) -> bool:
        """Whether more was spent than planned."""
        return self.spent > self.planned


@dataclass(frozen=True)
class SpendingPicture:
    """Planned against actual spending at the time of the review, as plain figures.

    Filled by the spending records (planned vs actual as of ``as_of``); kept with the review so
    that it shows what was known then, whatever is recorded later.
    """

    as_of: date | None = None
    lines: tuple[SpendingFigure, ...] = ()
    outcomes: tuple[SpendingFigure, ...] = ()
    note: str = ""  # e.g. "Equipment bought by the NHS is not included."

    @property
    def planned_total(self) -> Money:
        """What the lines planned, added up."""
        return Money.total(figure.planned for figure in self.lines)

    @property
    def spent_total(self) -> Money:
        """What was spent on the lines, added up."""
        return Money.total(figure.spent for figure in self.lines)

    @property
    def empty(self) -> bool:
        """Whether there are no figures at all."""
        return not self.lines and not self.outcomes


@dataclass(frozen=True)
class Review:
    """One review of the plan; ``id`` is given by storage (``None`` until saved)."""

    id: int | None = None
    review_date: date | None = None
    state: ReviewState = ReviewState.IN_PROGRESS
    plan_version: int | None = None  # the version that was reviewed
    participants: tuple[Participant, ...] = ()
    outcomes: tuple[OutcomeReview, ...] = ()
    overall: str = ""  # what should change, overall
    decision: Decision | None = None
    spending: SpendingPicture | None = None
    next_review: date | None = None
    started: datetime | None = None
    finished: datetime | None = None
    recorded_by: str = ""

    @property
    def is_finished(self) -> bool:
        """Whether the review is finished (and so frozen)."""
        return self.state is ReviewState.FINISHED

    def outcome(self, outcome_ref: str) -> OutcomeReview | None:
        """What the review found for the outcome ``outcome_ref``, if it looked at it."""
        for item in self.outcomes:
            if item.outcome_ref == outcome_ref:
                return item
        return None


# -- starting and resuming -------------------------------------------------------------------
#: Outcomes whose story is over are not looked at again.
_CLOSED = (OutcomeStatus.ACHIEVED, OutcomeStatus.NO_LONGER_WANTED)


def suggested_next_review(review_date: date, interval_months: int = 12) -> date:
    """The next review date to suggest: ``interval_months`` later, never more than 12 months."""
    months = max(1, min(interval_months, MAX_MONTHS_BETWEEN_REVIEWS))
    return add_months(review_date, months)


def start_review(
    plan: Plan,
    *,
    on: date,
    started: datetime,
    plan_version: int | None = None,
    recorded_by: str = "",
) -> Review:
    """A new review of ``plan`` held ``on`` a date, with every open outcome still to do.

    Outcomes already achieved or no longer wanted are left out. The next review is suggested
    from the plan's interval (at most 12 months later).
    """
    outcomes = tuple(
        OutcomeReview(outcome.id, outcome.title)
        for outcome in plan.outcomes
        if outcome.status not in _CLOSED
    )
    return Review(
        review_date=on,
        plan_version=plan_version,
        outcomes=outcomes,
        next_review=suggested_next_review(on, plan.reviews.interval_months),
        started=started,
        recorded_by=recorded_by,
    )


def participant_choices(plan: Plan) -> tuple[Participant, ...]:
    """The people a review can pick from: the person, the care coordinator and the circle."""
    choices: list[Participant] = []
    if plan.person.name.strip():
        choices.append(Participant(plan.person.name.strip(), translate("Review", "Me")))
    coordinator = plan.care_coordinator.name.strip()
    if coordinator:
        choices.append(Participant(coordinator, translate("Review", "Care coordinator")))
    for person in plan.relationships:
        if person.name.strip():
            choices.append(Participant(person.name.strip(), person.relationship, person.id))
    return tuple(choices)


def _editable(review: Review) -> None:
    if review.is_finished:
        raise ReviewError(
            [translate("Review", "This review is finished, so it cannot be changed.")]
        )


def update_outcome(review: Review, item: OutcomeReview) -> Review:
    """The review with what was found for one outcome replaced (matched by ``outcome_ref``)."""
    _editable(review)
    existing = review.outcome(item.outcome_ref)
    if existing is None:
        raise ReviewError(
            [
                translate("Review", "The outcome {outcome} is not part of this review.").format(
                    outcome=item.title or item.outcome_ref
                )
            ]
        )
    if existing.added != item.added:
        raise ReviewError(
            [translate("Review", "An outcome cannot change between new and already planned.")]
        )
    outcomes = tuple(item if o.outcome_ref == item.outcome_ref else o for o in review.outcomes)
    return replace(review, outcomes=outcomes)


def add_new_outcome(
    review: Review, title: str, plan: Plan, also_taken: Iterable[str] = ()
) -> Review:
    """The review with a new outcome written down.

    Its id is free in the review, in the plan and in ``also_taken`` (the outcome ids earlier
    reviews used: an outcome taken off the plan keeps its history, which a new outcome must not
    join).
    """
    _editable(review)
    taken = {item.outcome_ref for item in review.outcomes}
    taken.update(outcome.id for outcome in plan.outcomes)
    taken.update(also_taken)
    number = 1
    while f"o{number}" in taken:
        number += 1
    added = OutcomeReview(f"o{number}", title.strip(), new_status=ReviewStatus.ADDED)
    return replace(review, outcomes=(*review.outcomes, added))


def remove_new_outcome(review: Review, outcome_ref: str) -> Review:
    """The review without an outcome added at it (outcomes of the plan cannot be removed)."""
    _editable(review)
    item = review.outcome(outcome_ref)
    if item is None or not item.added:
        raise ReviewError(
            [translate("Review", "Only an outcome added at this review can be taken out of it.")]
        )
    return replace(
        review, outcomes=tuple(o for o in review.outcomes if o.outcome_ref != outcome_ref)
    )


def still_to_do(review: Review) -> tuple[OutcomeReview, ...]:
    """The outcomes not yet looked at, in order (a resumed review starts at the first)."""
    return tuple(item for item in review.outcomes if not item.done)


def progress_words(review: Review) -> str:
    """ "2 of 5 outcomes still to do", or "Every outcome has been looked at"."""
    left = len(still_to_do(review))
    if not review.outcomes:
        return translate("Review", "There are no outcomes to look at.")
    if left == 0:
        return translate("Review", "Every outcome has been looked at.")
    return translate("Review", "{left} of {total} outcomes still to do.").format(
        left=left, total=len(review.outcomes)
    )


# -- finishing -------------------------------------------------------------------------------
def finish_problems(review: Review, today: date) -> list[str]:
    """Everything still missing before ``review`` can be finished, in plain English."""
    problems: list[str] = []
    if review.review_date is None:
        problems.append(translate("Review", "Write down the date of the review."))
    elif review.review_date > today:
        problems.append(
            translate(
                "Review", "The review date, {date}, is in the future. Finish it on the day."
            ).format(date=format_date(review.review_date))
        )
    if not any(p.name.strip() for p in review.participants):
        problems.append(translate("Review", "Write down who took part in the review."))
    for item in review.outcomes:
        name = item.title.strip() or translate("Review", "(no title yet)")
        if item.added and not item.title.strip():
            problems.append(translate("Review", "Give the new outcome a title."))
        elif not item.done:
            problems.append(
                translate("Review", "Choose what happens next for the outcome {outcome}.").format(
                    outcome=f"“{name}”"
                )
            )
    if review.decision is None:
        problems.append(
            translate("Review", "Choose what the review decided: no change, or a change.")
        )
    problems.extend(_next_review_problems(review))
    return problems


def _next_review_problems(review: Review) -> list[str]:
    if review.next_review is None:
        return [translate("Review", "Choose the date of the next review.")]
    if review.review_date is None:
        return []
    if review.next_review <= review.review_date:
        return [translate("Review", "The next review must be after this one.")]
    latest = add_months(review.review_date, MAX_MONTHS_BETWEEN_REVIEWS)
    if review.next_review > latest:
        return [
            translate(
                "Review",
                "The next review must be within 12 months of this one: by {date} at the latest.",
            ).format(date=format_date(latest))
        ]
    return []


def finish(review: Review, *, when: datetime, today: date) -> Review:
    """The review finished at ``when``; raises :class:`ReviewError` listing what is missing."""
    _editable(review)
    problems = finish_problems(review, today)
    if problems:
        raise ReviewError(problems)
    return replace(review, state=ReviewState.FINISHED, finished=when)


# -- reviews held ----------------------------------------------------------------------------
def finished_reviews(reviews: Iterable[Review]) -> tuple[Review, ...]:
    """The finished reviews that have a date, oldest first."""
    done = [r for r in reviews if r.is_finished and r.review_date is not None]
    return tuple(sorted(done, key=lambda r: (r.review_date, r.id if r.id is not None else 0)))


def latest_statuses(reviews: Iterable[Review]) -> dict[str, tuple[date, ReviewStatus]]:
    """For each outcome, the date and status of the latest finished review that looked at it.

    What the FHIR export needs for ``Goal.achievementStatus`` (its ``OutcomeReview``).
    """
    found: dict[str, tuple[date, ReviewStatus]] = {}
    for review in finished_reviews(reviews):
        assert review.review_date is not None
        for item in review.outcomes:
            if item.new_status is not None:
                found[item.outcome_ref] = (review.review_date, item.new_status)
    return found
