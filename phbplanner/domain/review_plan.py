"""From a finished review to the new plan version it carries.

:func:`plan_from_review` is pure: it takes the plan (the draft the new version starts from) and a
finished review, and returns the new :class:`Plan` with the review's changes, plus what a person
should still do by hand. Services compare the two plans with :func:`~phbplanner.domain.diff.
diff_plans` to get the edits and the difference view.

What changes, outcome by outcome:

============================ ===========================================================
what the review chose        in the new plan
============================ ===========================================================
achieved                     status "achieved"
still working on it          status "in progress"
it needs to change           status "in progress", and a note to rewrite it
I do not want this any more  status "no longer wanted" (kept, so its history stays)
take it off my plan          removed, and taken off every support line that served it
new at this review           added (status "proposed", its id the one the review gave it)
============================ ===========================================================

And for the plan as a whole: a record of the review is added to "Reviewing my plan" (date, who
took part, what is working and not, what should change), and the next review follows the
review's ``next_review``: the interval becomes the whole months from the review to it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .plan import Outcome, OutcomeStatus, Plan, ReviewRecord, Reviews, SupportLine, new_id
from .review import (
    MAX_MONTHS_BETWEEN_REVIEWS,
    Decision,
    Review,
    ReviewError,
    ReviewStatus,
    decision_label,
)
from .review_due import whole_months_between
from .schedule import format_date
from .text import translate

_NEW_STATUS = {
    ReviewStatus.ACHIEVED: OutcomeStatus.ACHIEVED,
    ReviewStatus.IN_PROGRESS: OutcomeStatus.IN_PROGRESS,
    ReviewStatus.CHANGED: OutcomeStatus.IN_PROGRESS,
    ReviewStatus.NO_LONGER_WANTED: OutcomeStatus.NO_LONGER_WANTED,
}


@dataclass(frozen=True)
class ReviewChanges:
    """The new plan a review carries, and what it changed."""

    plan: Plan
    status_changes: tuple[tuple[str, OutcomeStatus, OutcomeStatus], ...]  # (id, before, after)
    added: tuple[str, ...]  # ids of outcomes added
    removed: tuple[str, ...]  # ids of outcomes taken off the plan
    follow_ups: tuple[str, ...]  # what a person should still do in the new draft, in words


def plan_from_review(plan: Plan, review: Review) -> ReviewChanges:
    """The plan with the changes ``review`` carries (see the module's table).

    Raises :class:`ReviewError` when the review is not finished. Outcomes the review looked at
    but that the plan no longer has are left alone (and named in ``follow_ups``).
    """
    if not review.is_finished or review.review_date is None:
        raise ReviewError(
            [translate("ReviewPlan", "Only a finished review can make a new plan version.")]
        )
    follow_ups: list[str] = []
    status_changes: list[tuple[str, OutcomeStatus, OutcomeStatus]] = []
    outcomes: list[Outcome] = []
    by_ref = {item.outcome_ref: item for item in review.outcomes}
    removed: list[str] = []
    for outcome in plan.outcomes:
        item = by_ref.get(outcome.id)
        if item is None or item.new_status is None or item.added:
            outcomes.append(outcome)
            continue
        if item.new_status is ReviewStatus.DROPPED:
            removed.append(outcome.id)
            continue
        status = _NEW_STATUS[item.new_status]
        if status is not outcome.status:
            status_changes.append((outcome.id, outcome.status, status))
            outcome = replace(outcome, status=status)
        outcomes.append(outcome)
        if item.new_status is ReviewStatus.CHANGED:
            follow_ups.append(
                translate(
                    "ReviewPlan",
                    "The review said the outcome {outcome} needs to change: rewrite it.",
                ).format(outcome=_quoted(outcome.title))
            )
    known = {outcome.id for outcome in plan.outcomes}
    added: list[str] = []
    for item in review.outcomes:
        if item.added:
            ref = item.outcome_ref
            taken = {o.id for o in outcomes}
            if ref in taken:  # the draft has used this id since the review
                ref = new_id("o", outcomes)
            outcomes.append(Outcome(ref, item.title.strip(), status=OutcomeStatus.PROPOSED))
            added.append(ref)
            follow_ups.append(
                translate(
                    "ReviewPlan",
                    "Write why the new outcome {outcome} matters and what success looks like, "
                    "and link support to it.",
                ).format(outcome=_quoted(item.title))
            )
        elif item.outcome_ref not in known:
            follow_ups.append(
                translate(
                    "ReviewPlan",
                    "The outcome {outcome} was reviewed but is no longer in the plan.",
                ).format(outcome=_quoted(item.title))
            )
    lines, unpaid = plan.support_lines, plan.unpaid_support
    if removed:
        gone = set(removed)
        lines = tuple(
            replace(line, outcomes=tuple(o for o in line.outcomes if o not in gone))
            if gone.intersection(line.outcomes)
            else line
            for line in lines
        )
        unpaid = tuple(
            replace(u, outcomes=tuple(o for o in u.outcomes if o not in gone))
            if gone.intersection(u.outcomes)
            else u
            for u in unpaid
        )
    follow_ups.extend(_unserving_lines(plan, lines, outcomes))
    if review.decision is Decision.CHANGE_PLAN_AND_BUDGET:
        follow_ups.append(
            translate(
                "ReviewPlan",
                "The review decided the budget should change: agree the new amount and "
                "update My budget.",
            )
        )
    new_plan = replace(
        plan,
        outcomes=tuple(outcomes),
        support_lines=lines,
        unpaid_support=unpaid,
        reviews=_reviews_after(plan, review),
    )
    return ReviewChanges(
        new_plan, tuple(status_changes), tuple(added), tuple(removed), tuple(follow_ups)
    )


def _quoted(title: str) -> str:
    return f"“{title.strip()}”" if title.strip() else translate("ReviewPlan", "(no title)")


def _unserving_lines(
    plan: Plan, lines: tuple[SupportLine, ...], outcomes: list[Outcome]
) -> list[str]:
    """Paid lines that now serve only outcomes that are over (or none at all)."""
    open_ids = {
        o.id
        for o in outcomes
        if o.status not in (OutcomeStatus.ACHIEVED, OutcomeStatus.NO_LONGER_WANTED)
    }
    before = {line.id: line for line in plan.support_lines}
    notes = []
    for line in lines:
        if not line.outcomes:
            if before[line.id].outcomes:
                notes.append(
                    translate(
                        "ReviewPlan",
                        "The support {line} no longer helps with any outcome: link it to one "
                        "or take it out.",
                    ).format(line=_quoted(line.description))
                )
        elif not open_ids.intersection(line.outcomes):
            notes.append(
                translate(
                    "ReviewPlan",
                    "The support {line} only helps with outcomes that are achieved or no longer "
                    "wanted: is it still needed?",
                ).format(line=_quoted(line.description))
            )
    return notes


def _reviews_after(plan: Plan, review: Review) -> Reviews:
    """The plan's "Reviewing my plan" with this review recorded and the next one set."""
    assert review.review_date is not None
    reviews = plan.reviews
    interval = reviews.interval_months
    if review.next_review is not None and review.next_review > review.review_date:
        months = whole_months_between(review.review_date, review.next_review)
        interval = max(1, min(months, MAX_MONTHS_BETWEEN_REVIEWS))
    record = review_record(review, new_id("rv", reviews.records))
    return replace(
        reviews,
        first_review=reviews.first_review or review.review_date,
        interval_months=interval,
        records=(*reviews.records, record),
    )


def review_record(review: Review, record_id: str) -> ReviewRecord:
    """The short record of ``review`` that the plan keeps in "Reviewing my plan"."""
    working: list[str] = []
    not_working: list[str] = []
    for item in review.outcomes:
        name = item.title.strip() or item.outcome_ref
        if item.working.strip():
            working.append(f"{name}: {item.working.strip()}")
        if item.not_working.strip():
            not_working.append(f"{name}: {item.not_working.strip()}")
    notes = [
        translate("ReviewPlan", "Decision: {decision}.").format(
            decision=decision_label(review.decision)
        )
    ]
    if review.overall.strip():
        notes.append(review.overall.strip())
    if review.next_review is not None:
        notes.append(
            translate("ReviewPlan", "Next review: {date}.").format(
                date=format_date(review.next_review)
            )
        )
    return ReviewRecord(
        id=record_id,
        date=review.review_date,
        reviewer=", ".join(p.name.strip() for p in review.participants if p.name.strip()),
        working="\n".join(working),
        not_working="\n".join(not_working),
        notes="\n".join(notes),
    )
