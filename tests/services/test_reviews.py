"""Reviews of a plan held in a real encrypted file: start, walk, leave and resume, finish, the
history and change events, progress over time and when the next review is due."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from phbplanner.domain.money import Money
from phbplanner.domain.review import (
    Decision,
    OutcomeReview,
    Participant,
    ReviewError,
    ReviewState,
    ReviewStatus,
)
from phbplanner.domain.review_due import DueState
from phbplanner.services.changes import Change, Changes
from phbplanner.services.edits import SetSection
from phbplanner.services.files import open_plan_file
from phbplanner.services.review_files import NOT_LINKED_KEY
from phbplanner.services.reviews import Reviews
from tests.storage.support import PASS

from .review_support import AT, finished, record_spending

IN_PROGRESS = ReviewStatus.IN_PROGRESS


def test_a_review_left_half_done_resumes_where_it_was(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="Zoë", backup=False) as session:
        reviews = Reviews(session)
        review = reviews.start(on=date(2026, 6, 30), now=AT)
        assert review.id is not None and review.state is ReviewState.IN_PROGRESS
        assert [o.outcome_ref for o in review.outcomes] == ["o1", "o2", "o3"]
        assert review.participants == (Participant("Siân Pritchard", "Me"),)
        assert review.plan_version == 1 and review.recorded_by == "Zoë"
        assert review.next_review == date(2027, 6, 30)  # the plan's 12-month interval
        first = replace(review.outcomes[0], rating=7, working="I walk to the corner shop",
                        not_working="The hill", new_status=IN_PROGRESS)  # fmt: skip
        reviews.update_outcome(review.id, first)
    with open_plan_file(plan_file, PASS, author="Zoë", backup=False) as session:
        reviews = Reviews(session)
        resumed = reviews.resume()
        assert resumed.review.id == review.id
        assert resumed.review.outcome("o1") == first
        assert resumed.next_index == 1  # the first outcome still to do
        assert resumed.words == "2 of 3 outcomes still to do."
        assert reviews.resume(review.id) == resumed
        assert reviews.list_all() == [resumed.review]


def test_start_takes_people_from_the_circle_and_refuses_strangers(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="Zoë", backup=False) as session:
        reviews = Reviews(session)
        choices = reviews.participant_choices()
        assert choices[:2] == (
            Participant("Siân Pritchard", "Me"),
            Participant("Grace Okafor", "Care coordinator"),
        )
        with pytest.raises(ReviewError, match="no one with the id p99"):
            reviews.start(on=date(2026, 6, 30), participants=["p1", "p99"])
        assert reviews.list_all() == []  # nothing saved
        typed = Participant("Dr Amir Haddad", "GP")
        review = reviews.start(on=date(2026, 6, 30), participants=[choices[0], "p1", typed])
        assert review.participants == (
            choices[0],
            Participant("Ffion Pritchard", "Sister", "p1"),
            typed,
        )


def test_only_one_review_is_open_at_a_time(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="Zoë", backup=False) as session:
        reviews = Reviews(session)
        review = reviews.start(on=date(2026, 6, 30))
        with pytest.raises(ReviewError, match="30 June 2026 is not finished yet"):
            reviews.start(on=date(2026, 7, 1))
        assert review.id is not None
        reviews.delete(review.id)
        assert reviews.list_all() == []
        reviews.start(on=date(2026, 7, 1))


def test_finishing_lists_every_missing_point_and_saves_nothing(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="Zoë", backup=False) as session:
        reviews = Reviews(session)
        review = reviews.start(on=date(2026, 6, 30), participants=[])
        assert review.id is not None
        with pytest.raises(ReviewError) as caught:
            reviews.finish(review.id, today=date(2026, 6, 30))
        assert caught.value.problems == (
            "Write down who took part in the review.",
            "Choose what happens next for the outcome “Walk to the shops on my own”.",
            "Choose what happens next for the outcome “Keep my home and look after myself on "
            "bad days”.",
            "Choose what happens next for the outcome “Paint and swim every week”.",
            "Choose what the review decided: no change, or a change.",
        )
        assert reviews.get(review.id) == review


def test_a_finished_review_is_frozen(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="Zoë", backup=False) as session:
        reviews = Reviews(session)
        done = finished(reviews, date(2026, 6, 30), {}, {"o1": 6}, next_review=date(2027, 6, 30))
        assert done.id is not None and done.is_finished
        done_id = done.id
        assert done.finished == datetime(2026, 6, 30, 10, 0, tzinfo=UTC)
        for attempt in (
            lambda: reviews.save(replace(done, state=ReviewState.IN_PROGRESS)),
            lambda: reviews.update_outcome(done_id, done.outcomes[0]),
            lambda: reviews.delete(done_id),
            lambda: reviews.finish(done_id),
            lambda: reviews.resume(done_id),
        ):
            with pytest.raises(ReviewError, match="This review is finished"):
                attempt()
        assert reviews.get(done.id) == done


def test_what_the_file_could_not_give_back_is_refused_in_words(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="Zoë", backup=False) as session:
        reviews = Reviews(session)
        review = reviews.start(on=date(2026, 6, 30))
        assert review.id is not None
        twice = replace(review, outcomes=(*review.outcomes, review.outcomes[0]))
        with pytest.raises(ReviewError, match="An outcome is in this review twice"):
            reviews.save(twice)
        with pytest.raises(ReviewError, match="The next review must be after this one"):
            reviews.save(replace(review, next_review=date(2026, 6, 1)))
        long = replace(review.outcomes[0], working="x" * 20_001)
        with pytest.raises(ReviewError, match="working: is 20001 characters long"):
            reviews.update_outcome(review.id, long)
        with pytest.raises(ReviewError, match="Give the new outcome a title"):
            reviews.add_outcome(review.id, "  ")
        assert reviews.get(review.id) == review
        with pytest.raises(Exception, match="no review number 99"):
            reviews.get(99)


def test_every_change_is_in_the_history_and_heard_as_a_review_change(plan_file: Path) -> None:
    heard: list[Changes] = []
    with open_plan_file(plan_file, PASS, author="Zoë", backup=False) as session:
        session.subscribe(heard.append)
        reviews = Reviews(session)
        before = len(session.history())
        done = finished(reviews, date(2026, 6, 30), {}, {}, next_review=date(2027, 6, 30),
                        new=("Join a choir",))  # fmt: skip
        history = [entry.what for entry in session.history()[: len(session.history()) - before]]
    # start, add an outcome, four outcomes, the decision, finish
    assert len(heard) == 8 and all(c.kinds == {Change.REVIEWS} for c in heard)
    assert history[0] == "Finished the review (30 June 2026)"
    assert history[-1] == "Started a review (30 June 2026)"
    assert history.count("Saved the review (30 June 2026)") == 6
    assert done.outcome("o4") == OutcomeReview(
        "o4", "Join a choir", None, "Join a choir: going well", "", "My diary", ReviewStatus.ADDED
    )


def test_a_new_outcome_never_takes_an_id_an_earlier_review_used(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="Zoë", backup=False) as session:
        reviews = Reviews(session)
        finished(reviews, date(2026, 6, 30), {}, {}, next_review=date(2027, 6, 30),
                 new=("Join a choir",))  # fmt: skip
        review_id = reviews.start(on=date(2026, 9, 30)).id
        assert review_id is not None
        review = reviews.add_outcome(review_id, "Learn Welsh")
        assert review.outcomes[-1].outcome_ref == "o5"  # o4 is the choir's, though not planned
        review = reviews.remove_outcome(review_id, "o5")
        assert [o.outcome_ref for o in review.outcomes] == ["o1", "o2", "o3"]
        with pytest.raises(ReviewError, match="Only an outcome added"):
            reviews.remove_outcome(review_id, "o1")


def test_the_spending_picture_comes_from_the_records_as_of_the_review_date(
    plan_file: Path,
) -> None:
    with open_plan_file(plan_file, PASS, author="Zoë", backup=False) as session:
        reviews = Reviews(session)
        without = reviews.start(on=date(2026, 6, 30))
        assert without.spending is None  # nothing recorded yet
        assert without.id is not None
        reviews.delete(without.id)
        record_spending(session)
        review = reviews.start(on=date(2026, 6, 30))
        assert review.id is not None
        picture = review.spending
        assert picture is not None and picture.as_of == date(2026, 6, 30)
        lines = {f.key: f for f in picture.lines}
        assert lines["s1"].spent == Money(100_00) and lines["s2"].spent == Money(200_00)
        assert lines["s3"].spent == Money(0)  # July's split is after the review date
        assert lines["s1"].planned.pence > 0 and "s8" not in lines  # s8 is notional
        outcomes = {f.key: f for f in picture.outcomes}
        assert outcomes["o1"].spent == Money(100_00) and outcomes["o2"].spent == Money(200_00)
        assert NOT_LINKED_KEY not in outcomes
        assert picture.note == (
            "Not included: Physiotherapy for leg strength, Lightweight walking frame with seat. "
            "They are not paid from the money recorded here. The NHS or another organisation "
            "pays for them."
        )  # s4 is held by a third party, for which there is no account; s8 is notional
        # a new date: the picture is worked out again, as of that date
        moved = reviews.save(replace(review, review_date=date(2026, 7, 31)))
        assert moved.spending is not None and moved.spending.as_of == date(2026, 7, 31)
        assert {f.key: f.spent for f in moved.spending.lines}["s3"] == Money(30_00)
        assert reviews.get(review.id).spending == moved.spending


def test_walking_a_review_shows_earlier_ratings_and_spending_since(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="Zoë", backup=False) as session:
        reviews = Reviews(session)
        record_spending(session)
        finished(reviews, date(2026, 6, 30), {}, {"o1": 4, "o2": 5, "o3": 3},
                 next_review=date(2026, 9, 30))  # fmt: skip
        second = reviews.start(on=date(2026, 9, 30))
        assert second.id is not None
        steps = reviews.steps(second.id)
    assert [(s.index, s.total, s.item.outcome_ref) for s in steps] == [
        (0, 3, "o1"),
        (1, 3, "o2"),
        (2, 3, "o3"),
    ]
    assert steps[0].outcome is not None and steps[0].outcome.importance == 8
    assert [(p.review_date, p.rating, p.words) for p in steps[0].earlier] == [
        (date(2026, 6, 30), 4, "Half way there")
    ]
    # July to September: o1 £50 (s1 in August); o2 £30 (half of s10); o3 £30 + £30
    assert [s.spent_since_last for s in steps] == [Money(50_00), Money(30_00), Money(60_00)]
    assert steps[0].spending is not None and steps[0].spending.spent == Money(150_00)


def test_progress_over_time_gives_the_chart_and_its_table(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="Zoë", backup=False) as session:
        reviews = Reviews(session)
        record_spending(session)
        finished(reviews, date(2026, 6, 30), {}, {"o1": 4, "o2": 5, "o3": 3},
                 next_review=date(2026, 9, 30))  # fmt: skip
        finished(reviews, date(2026, 9, 30), {"o1": ReviewStatus.ACHIEVED}, {"o1": 8, "o2": 6})
        reviews.start(on=date(2026, 12, 1))  # unfinished: not on the chart
        progress = {p.outcome_ref: p for p in reviews.progress()}
    walk = progress["o1"]
    assert [(p.review_date, p.rating) for p in walk.ratings] == [
        (date(2026, 6, 30), 4),
        (date(2026, 9, 30), 8),
    ]
    assert [(m.month, m.spent) for m in walk.months] == [
        (date(2026, 5, 1), Money(100_00)),
        (date(2026, 6, 1), Money(0)),
        (date(2026, 7, 1), Money(0)),
        (date(2026, 8, 1), Money(50_00)),
        (date(2026, 9, 1), Money(0)),
    ]
    assert walk.table_rows() == (
        ("30 June 2026", "4 out of 10: Half way there", "£100.00"),
        ("30 September 2026", "8 out of 10: Nearly there", "£50.00"),
    )
    home = progress["o2"]
    assert [p.rating for p in home.ratings] == [5, 6]
    assert home.total_spent == Money(230_00)  # s2 £200 and half of s10's £60
    assert [p.rating for p in progress["o3"].rated] == [3]  # not rated the second time


def _set_dates(session: object, start: date, first: date | None, interval: int = 12) -> None:
    plan = session.plan  # type: ignore[attr-defined]
    budget = replace(plan.budget, period_start=start, period_end=None)
    reviews = replace(plan.reviews, first_review=first, interval_months=interval)
    session.apply_many(  # type: ignore[attr-defined]
        [SetSection("budget", budget), SetSection("reviews", reviews)], description="dates"
    )


@pytest.mark.parametrize(
    ("today", "state", "line"),
    [
        (date(2028, 2, 28), DueState.UPCOMING,
         "Your first review should be by 29 February 2028: within 3 months of the start."),
        (date(2028, 2, 29), DueState.DUE_TODAY, "Your review is due today."),
        (date(2028, 3, 1), DueState.OVERDUE,
         "Your first review was due 1 day ago, on 29 February 2028. "
         "You can start it when you are ready."),
    ],
)  # fmt: skip
def test_the_first_review_is_due_3_months_after_a_start_at_a_leap_month_end(
    plan_file: Path, today: date, state: DueState, line: str
) -> None:
    with open_plan_file(plan_file, PASS, author="Zoë", backup=False) as session:
        _set_dates(session, date(2027, 11, 30), None)
        reviews = Reviews(session)
        due = reviews.due(today)
        assert (due.state, due.due, due.first) == (state, date(2028, 2, 29), True)
        assert reviews.due_lines(today) == (line,)


def test_after_a_review_on_29_february_the_next_is_due_by_28_february(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="Zoë", backup=False) as session:
        _set_dates(session, date(2027, 11, 30), date(2028, 2, 29))
        reviews = Reviews(session)
        finished(reviews, date(2028, 2, 29), {}, {}, next_review=date(2029, 2, 28))
        due = reviews.due(date(2029, 3, 1))
        assert (due.state, due.due, due.first, due.days_overdue) == (
            DueState.OVERDUE,
            date(2029, 2, 28),
            False,
            1,
        )
        reviews.start(on=date(2029, 3, 2))
        assert reviews.due_lines(date(2029, 3, 2)) == (
            "Your review was due 2 days ago, on 28 February 2029. "
            "You can start it when you are ready.",
            "You have a review from 2 March 2029 that is not finished yet. "
            "3 of 3 outcomes still to do.",
        )


def test_a_month_after_31_january_is_28_february(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="Zoë", backup=False) as session:
        _set_dates(session, date(2026, 11, 1), date(2027, 1, 31), interval=1)
        reviews = Reviews(session)
        assert reviews.due(date(2027, 1, 30)).state is DueState.UPCOMING
        finished(reviews, date(2027, 1, 31), {}, {}, next_review=date(2027, 2, 28),
                 decision=Decision.NO_CHANGE)  # fmt: skip
        due = reviews.due(date(2027, 2, 28))
        assert (due.state, due.due) == (DueState.DUE_TODAY, date(2027, 2, 28))
        assert reviews.due(date(2027, 2, 1)).days_until == 27
