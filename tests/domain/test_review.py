"""Review records: ratings in plain words, starting, resuming and finishing a review."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from phbplanner.domain.plan import Outcome, OutcomeStatus, Person, Relationship, Reviews
from phbplanner.domain.review import (
    CHOOSABLE_STATUSES,
    Decision,
    OutcomeReview,
    Participant,
    Review,
    ReviewError,
    ReviewState,
    ReviewStatus,
    add_new_outcome,
    decision_label,
    finish,
    finish_problems,
    finished_reviews,
    latest_statuses,
    participant_choices,
    progress_words,
    rating_text,
    rating_words,
    remove_new_outcome,
    scale_anchors,
    start_review,
    status_label,
    still_to_do,
    suggested_next_review,
    update_outcome,
)

from .reviews import STARTED, finished_review, three_outcome_plan

WHEN = datetime(2026, 6, 30, 12, 0, tzinfo=UTC)


# -- ratings in words -------------------------------------------------------------------------
def test_the_ends_and_the_middle_of_the_scale_have_their_own_words() -> None:
    assert scale_anchors() == (
        (0, "Not started, or got worse"),
        (5, "Half way there"),
        (10, "Done it"),
    )


def test_every_rating_has_words_and_they_go_up_in_order() -> None:
    bands = [rating_words(r) for r in range(11)]
    assert bands[1:4] == ["A little better"] * 3
    assert bands[4:7] == ["Half way there"] * 3
    assert bands[7:10] == ["Nearly there"] * 3
    # each band is one run: words never come back after the scale has moved past them
    runs = [words for index, words in enumerate(bands) if index == 0 or bands[index - 1] != words]
    assert len(runs) == len(set(runs)) == 5


def test_rating_words_are_easy_to_read() -> None:
    """Short everyday words: at most five, none longer than seven letters, no jargon."""
    for rating in [None, *range(11)]:
        words = rating_words(rating).replace(",", "").split()
        assert 1 <= len(words) <= 5, rating
        assert all(len(word) <= 7 for word in words), rating_words(rating)
        assert not {"achieved", "progress", "outcome", "goal"} & {w.lower() for w in words}


def test_rating_text_gives_the_number_and_the_words() -> None:
    assert rating_text(7) == "7 out of 10: Nearly there"
    assert rating_text(0) == "0 out of 10: Not started, or got worse"
    assert rating_text(None) == "Not rated"


@pytest.mark.parametrize("bad", [-1, 11, 2.5, True, "7"])
def test_a_rating_outside_0_to_10_is_refused_in_plain_words(bad: object) -> None:
    with pytest.raises(ReviewError, match="whole number from 0 to 10"):
        OutcomeReview("o1", "Walk", rating=bad)  # type: ignore[arg-type]
    with pytest.raises(ReviewError):
        rating_words(bad)  # type: ignore[arg-type]


def test_every_status_and_decision_has_words() -> None:
    assert len({status_label(s) for s in ReviewStatus}) == len(ReviewStatus)
    assert status_label(None) == "Not decided yet"
    assert ReviewStatus.ADDED not in CHOOSABLE_STATUSES
    assert [decision_label(d) for d in Decision] == [
        "No change",
        "Change the plan",
        "Change the plan and the budget",
    ]


# -- starting, resuming -----------------------------------------------------------------------
def test_a_new_review_lists_the_open_outcomes_and_suggests_the_next_date() -> None:
    plan = three_outcome_plan()
    plan = replace(
        plan, outcomes=(*plan.outcomes, Outcome("o4", "Old one", status=OutcomeStatus.ACHIEVED))
    )
    review = start_review(plan, on=date(2026, 6, 30), started=STARTED, plan_version=2)
    assert [o.outcome_ref for o in review.outcomes] == ["o1", "o2", "o3"]
    assert review.outcomes[0].title == "Walk to the shops"
    assert review.state is ReviewState.IN_PROGRESS
    assert review.plan_version == 2
    assert review.next_review == date(2027, 6, 30)
    assert still_to_do(review) == review.outcomes
    assert progress_words(review) == "3 of 3 outcomes still to do."


@pytest.mark.parametrize(
    ("on", "interval", "expected"),
    [
        (date(2027, 1, 31), 1, date(2027, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2026, 8, 31), 3, date(2026, 11, 30)),
        (date(2026, 6, 30), 24, date(2027, 6, 30)),  # never more than 12 months
    ],
)
def test_suggested_next_review_keeps_month_ends(on: date, interval: int, expected: date) -> None:
    assert suggested_next_review(on, interval) == expected
    plan = replace(three_outcome_plan(), reviews=Reviews(interval_months=interval))
    assert start_review(plan, on=on, started=STARTED).next_review == expected


def test_a_review_left_half_done_resumes_at_the_first_outcome_still_to_do() -> None:
    review = start_review(three_outcome_plan(), on=date(2026, 6, 30), started=STARTED)
    first = replace(review.outcomes[0], rating=8, new_status=ReviewStatus.IN_PROGRESS)
    review = update_outcome(review, first)
    third = replace(review.outcomes[2], working="Bedtime routine", rating=None)
    review = update_outcome(review, third)  # notes written, but no status chosen yet
    assert [o.outcome_ref for o in still_to_do(review)] == ["o2", "o3"]
    assert progress_words(review) == "2 of 3 outcomes still to do."
    assert review.outcome("o1") == first
    assert review.outcome("o3") is not None and review.outcome("o3").working == "Bedtime routine"  # type: ignore[union-attr]
    done = update_outcome(review, replace(review.outcomes[1], new_status=ReviewStatus.ACHIEVED))
    done = update_outcome(done, replace(done.outcomes[2], new_status=ReviewStatus.CHANGED))
    assert still_to_do(done) == ()
    assert progress_words(done) == "Every outcome has been looked at."


def test_an_outcome_not_in_the_review_cannot_be_updated() -> None:
    review = start_review(three_outcome_plan(), on=date(2026, 6, 30), started=STARTED)
    with pytest.raises(ReviewError, match="not part of this review"):
        update_outcome(review, OutcomeReview("o9", "Fly a kite"))
    with pytest.raises(ReviewError, match="between new and already planned"):
        update_outcome(review, OutcomeReview("o1", "Walk", new_status=ReviewStatus.ADDED))


def test_new_outcomes_get_an_id_free_in_the_plan_the_review_and_earlier_reviews() -> None:
    plan = three_outcome_plan()
    review = start_review(plan, on=date(2026, 6, 30), started=STARTED)
    review = add_new_outcome(review, "  Join a choir ", plan, also_taken=["o4"])
    review = add_new_outcome(review, "Cook a meal", plan, also_taken=["o4"])
    added = [o for o in review.outcomes if o.added]
    assert [(o.outcome_ref, o.title) for o in added] == [
        ("o5", "Join a choir"),
        ("o6", "Cook a meal"),
    ]
    assert all(o.done for o in added)  # nothing more to choose for a new one
    review = remove_new_outcome(review, "o5")
    assert [o.outcome_ref for o in review.outcomes] == ["o1", "o2", "o3", "o6"]
    with pytest.raises(ReviewError, match="Only an outcome added"):
        remove_new_outcome(review, "o1")


def test_participants_can_be_picked_from_the_circle() -> None:
    plan = replace(
        three_outcome_plan(),
        person=Person("Siân Williams"),
        relationships=(
            Relationship("p1", "Ffion Pritchard", relationship="sister"),
            Relationship("p2", "  "),
        ),
    )
    assert participant_choices(plan) == (
        Participant("Siân Williams", "Me"),
        Participant("Grace Okafor", "Care coordinator"),
        Participant("Ffion Pritchard", "sister", "p1"),
    )


# -- finishing --------------------------------------------------------------------------------
def test_finishing_lists_everything_still_missing() -> None:
    plan = three_outcome_plan()
    review = start_review(plan, on=date(2026, 6, 30), started=STARTED)
    review = add_new_outcome(review, "", plan)
    review = replace(review, next_review=None)
    problems = finish_problems(review, today=date(2026, 6, 30))
    assert problems == [
        "Write down who took part in the review.",
        "Choose what happens next for the outcome “Walk to the shops”.",
        "Choose what happens next for the outcome “Swim every week”.",
        "Choose what happens next for the outcome “Sleep better”.",
        "Give the new outcome a title.",
        "Choose what the review decided: no change, or a change.",
        "Choose the date of the next review.",
    ]
    with pytest.raises(ReviewError) as caught:
        finish(review, when=WHEN, today=date(2026, 6, 30))
    assert caught.value.problems == tuple(problems)


def test_a_complete_review_finishes_and_is_then_frozen() -> None:
    review = replace(finished_review(), state=ReviewState.IN_PROGRESS, finished=None)
    done = finish(review, when=WHEN, today=date(2026, 7, 1))
    assert done.state is ReviewState.FINISHED and done.finished == WHEN
    assert done.is_finished
    with pytest.raises(ReviewError, match="finished, so it cannot be changed"):
        update_outcome(done, done.outcomes[0])
    with pytest.raises(ReviewError):
        finish(done, when=WHEN, today=date(2026, 7, 1))


@pytest.mark.parametrize(
    ("on", "next_review", "problem"),
    [
        (date(2028, 2, 29), date(2029, 2, 28), None),  # 12 months from a leap day
        (date(2028, 2, 29), date(2029, 3, 1), "by 28 February 2029 at the latest"),
        (date(2027, 1, 31), date(2028, 1, 31), None),
        (date(2027, 1, 31), date(2028, 2, 1), "by 31 January 2028 at the latest"),
        (date(2027, 1, 31), date(2027, 1, 31), "must be after this one"),
    ],
)
def test_the_next_review_is_within_12_months(
    on: date, next_review: date, problem: str | None
) -> None:
    review = replace(finished_review(on=on, next_review=next_review), state=ReviewState.IN_PROGRESS)
    problems = finish_problems(review, today=on)
    if problem is None:
        assert problems == []
    else:
        assert len(problems) == 1 and problem in problems[0]


def test_a_review_cannot_be_finished_before_its_date() -> None:
    review = replace(finished_review(on=date(2026, 7, 2)), state=ReviewState.IN_PROGRESS)
    assert finish_problems(review, today=date(2026, 7, 1)) == [
        "The review date, 2 July 2026, is in the future. Finish it on the day."
    ]


def test_latest_statuses_come_from_the_newest_finished_review() -> None:
    older = finished_review(on=date(2026, 6, 30), review_id=1)
    newer = finished_review(
        on=date(2027, 6, 1),
        statuses={"o2": ReviewStatus.ACHIEVED, "o3": ReviewStatus.NO_LONGER_WANTED},
        review_id=2,
    )
    unfinished = Review(
        id=3,
        review_date=date(2027, 7, 1),
        outcomes=(OutcomeReview("o2", new_status=ReviewStatus.IN_PROGRESS),),
    )
    assert finished_reviews([newer, unfinished, older]) == (older, newer)
    assert latest_statuses([newer, unfinished, older]) == {
        "o1": (date(2026, 6, 30), ReviewStatus.ACHIEVED),
        "o2": (date(2027, 6, 1), ReviewStatus.ACHIEVED),
        "o3": (date(2027, 6, 1), ReviewStatus.NO_LONGER_WANTED),
    }


def test_the_spending_picture_totals_and_differences() -> None:
    picture = finished_review().spending
    assert picture is not None
    assert picture.planned_total.pence == 36000 and picture.spent_total.pence == 37050
    swim = picture.lines[1]
    assert swim.overspent and swim.difference.pence == -2050
    assert not picture.lines[0].overspent
