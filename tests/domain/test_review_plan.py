"""From a finished review to a new plan version: statuses, new and dropped outcomes, the diff."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from phbplanner.domain.diff import diff_plans
from phbplanner.domain.plan import OutcomeStatus, UnpaidSupport
from phbplanner.domain.readiness import Code, check_readiness
from phbplanner.domain.review import (
    Decision,
    OutcomeReview,
    ReviewError,
    ReviewState,
    ReviewStatus,
)
from phbplanner.domain.review_plan import plan_from_review
from phbplanner.interchange.plan_json import dumps_plan, loads_plan

from .reviews import finished_review, three_outcome_plan


def test_statuses_follow_the_review() -> None:
    plan = three_outcome_plan()
    changes = plan_from_review(plan, finished_review())
    statuses = {o.id: o.status for o in changes.plan.outcomes}
    assert statuses == {
        "o1": OutcomeStatus.ACHIEVED,
        "o2": OutcomeStatus.IN_PROGRESS,
        "o3": OutcomeStatus.IN_PROGRESS,  # changed: kept in progress, with a note
    }
    assert changes.status_changes == (
        ("o1", OutcomeStatus.AGREED, OutcomeStatus.ACHIEVED),
        ("o2", OutcomeStatus.AGREED, OutcomeStatus.IN_PROGRESS),
    )
    assert "The review said the outcome “Sleep better” needs to change: rewrite it." in (
        changes.follow_ups
    )
    assert changes.plan.outcomes[0].title == plan.outcomes[0].title  # words are the person's


def test_the_difference_view_shows_the_status_changes() -> None:
    plan = three_outcome_plan()
    diff = diff_plans(plan, plan_from_review(plan, finished_review()).plan)
    changed = {item.item_id: item for item in diff.items if item.collection == "outcomes"}
    assert set(changed) == {"o1", "o2"}
    assert changed["o1"].kind == "changed" and changed["o1"].label == "Walk to the shops"
    assert [(f.field, f.old, f.new) for f in changed["o1"].fields] == [
        ("status", "agreed", "achieved")
    ]
    assert [(f.field, f.old, f.new) for f in changed["o2"].fields] == [
        ("status", "agreed", "in progress")
    ]
    assert "reviews" in diff.sections


def test_no_longer_wanted_is_kept_and_dropped_is_taken_off_every_line() -> None:
    plan = replace(
        three_outcome_plan(),
        unpaid_support=(UnpaidSupport("u1", "Ffion", "Lifts", "Fridays", ("o2", "o3")),),
    )
    review = finished_review(
        statuses={
            "o1": ReviewStatus.IN_PROGRESS,
            "o2": ReviewStatus.NO_LONGER_WANTED,
            "o3": ReviewStatus.DROPPED,
        }
    )
    changes = plan_from_review(plan, review)
    new = changes.plan
    assert [(o.id, o.status) for o in new.outcomes] == [
        ("o1", OutcomeStatus.IN_PROGRESS),
        ("o2", OutcomeStatus.NO_LONGER_WANTED),
    ]
    assert changes.removed == ("o3",)
    assert [line.outcomes for line in new.support_lines] == [("o1",), ("o2",)]
    assert new.unpaid_support[0].outcomes == ("o2",)
    assert (
        "The support “Swimming with my PA” only helps with outcomes that are achieved or no "
        "longer wanted: is it still needed?" in changes.follow_ups
    )
    diff = diff_plans(plan, new)
    kinds = {(i.collection, i.item_id): i.kind for i in diff.items}
    assert kinds[("outcomes", "o3")] == "removed"
    assert kinds[("support_lines", "s2")] == "changed"
    # the new plan is a valid interchange document: no outcome reference is left dangling
    assert loads_plan(dumps_plan(new)) == new


def test_a_line_left_serving_nothing_is_named() -> None:
    review = finished_review(
        statuses={
            "o1": ReviewStatus.DROPPED,
            "o2": ReviewStatus.IN_PROGRESS,
            "o3": ReviewStatus.IN_PROGRESS,
        }
    )
    changes = plan_from_review(three_outcome_plan(), review)
    assert changes.plan.support_lines[0].outcomes == ()
    assert (
        "The support “Walks with my PA” no longer helps with any outcome: link it to one or "
        "take it out." in changes.follow_ups
    )
    codes = {finding.code for finding in check_readiness(changes.plan)}
    assert Code.LINE_WITHOUT_OUTCOME in codes  # the readiness check agrees


def test_new_outcomes_are_added_with_the_id_the_review_gave_them() -> None:
    new_one = OutcomeReview("o4", "Join a choir", rating=1, new_status=ReviewStatus.ADDED)
    changes = plan_from_review(three_outcome_plan(), finished_review(added=(new_one,)))
    added = changes.plan.outcomes[-1]
    assert (added.id, added.title, added.status) == ("o4", "Join a choir", OutcomeStatus.PROPOSED)
    assert changes.added == ("o4",)
    assert any("“Join a choir” matters" in note for note in changes.follow_ups)
    diff = diff_plans(three_outcome_plan(), changes.plan)
    assert ("outcomes", "o4", "added") in {(i.collection, i.item_id, i.kind) for i in diff.items}


def test_a_new_outcome_whose_id_was_taken_since_gets_a_free_one() -> None:
    plan = three_outcome_plan()
    new_one = OutcomeReview("o3", "Join a choir", new_status=ReviewStatus.ADDED)
    review = finished_review(
        statuses={"o1": ReviewStatus.IN_PROGRESS, "o2": ReviewStatus.IN_PROGRESS},
        added=(new_one,),
    )
    changes = plan_from_review(plan, review)
    assert [o.id for o in changes.plan.outcomes] == ["o1", "o2", "o3", "o4"]
    assert changes.plan.outcomes[3].title == "Join a choir"
    assert changes.plan.outcomes[2] == plan.outcomes[2]  # the draft's own o3 is left alone


def test_the_review_is_recorded_and_the_next_review_follows_it() -> None:
    plan = three_outcome_plan()
    review = finished_review(on=date(2026, 6, 30), next_review=date(2026, 12, 31))
    reviews = plan_from_review(plan, review).plan.reviews
    assert reviews.first_review == plan.reviews.first_review
    assert reviews.interval_months == 6
    (record,) = reviews.records
    assert record.id == "rv1" and record.date == date(2026, 6, 30)
    assert record.reviewer == "Siân Williams, Grace Okafor"
    assert record.working.splitlines()[0] == "Walk to the shops: Walk to the shops is going well"
    assert record.notes.splitlines() == [
        "Decision: Change the plan.",
        "More swimming, fewer taxis.",
        "Next review: 31 December 2026.",
    ]


@pytest.mark.parametrize(
    ("on", "next_review", "months"),
    [
        (date(2027, 1, 31), date(2027, 2, 28), 1),
        (date(2028, 2, 29), date(2029, 2, 28), 12),
        (date(2026, 6, 30), date(2026, 12, 15), 5),  # whole months: never later than chosen
    ],
)
def test_the_interval_is_the_whole_months_to_the_next_review(
    on: date, next_review: date, months: int
) -> None:
    review = finished_review(on=on, next_review=next_review)
    assert plan_from_review(three_outcome_plan(), review).plan.reviews.interval_months == months


def test_a_change_to_the_budget_is_a_follow_up() -> None:
    review = finished_review(decision=Decision.CHANGE_PLAN_AND_BUDGET)
    notes = plan_from_review(three_outcome_plan(), review).follow_ups
    assert any("budget should change" in note for note in notes)
    quiet = plan_from_review(three_outcome_plan(), finished_review(decision=Decision.NO_CHANGE))
    assert not any("budget" in note for note in quiet.follow_ups)


def test_an_outcome_no_longer_in_the_plan_is_left_alone_and_named() -> None:
    review = finished_review(
        statuses={
            "o1": ReviewStatus.ACHIEVED,
            "o2": ReviewStatus.IN_PROGRESS,
            "o3": ReviewStatus.IN_PROGRESS,
            "o9": ReviewStatus.ACHIEVED,
        }
    )
    changes = plan_from_review(three_outcome_plan(), review)
    assert [o.id for o in changes.plan.outcomes] == ["o1", "o2", "o3"]
    assert "The outcome “o9” was reviewed but is no longer in the plan." in changes.follow_ups


def test_only_a_finished_review_makes_a_new_version() -> None:
    review = replace(finished_review(), state=ReviewState.IN_PROGRESS)
    with pytest.raises(ReviewError, match="Only a finished review"):
        plan_from_review(three_outcome_plan(), review)
