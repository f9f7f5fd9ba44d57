"""Review records through a real encrypted file: written whole, read back exactly, tolerant of
what a damaged or newer column holds, and only unfinished reviews changed or deleted."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from phbplanner.domain.ledger import Account, Entry, Purpose, Split
from phbplanner.domain.money import Money
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
from phbplanner.interchange.reviews_json import participants_document, spending_document
from phbplanner.storage import ledger_rows
from phbplanner.storage import review_rows as rows
from phbplanner.storage.errors import WriteError
from phbplanner.storage.planfile import PlanFile

from .support import PASS

STARTED = datetime(2026, 6, 30, 10, 0, tzinfo=UTC)


def _in_progress() -> Review:
    return Review(
        review_date=date(2026, 6, 30),
        plan_version=1,
        participants=(
            Participant("Siân Pritchard", "Me"),
            Participant("Ffion Pritchard", "Sister", "p1"),
        ),
        outcomes=(
            OutcomeReview(
                "o1",
                "Walk to the shops on my own",
                7,
                "I walk to the corner",
                "Hills are hard",
                "My diary",
                ReviewStatus.IN_PROGRESS,
            ),
            OutcomeReview("o2", "Keep my home", None),
            OutcomeReview("o4", "Join a choir", new_status=ReviewStatus.ADDED),
        ),
        overall="More swimming, fewer taxis.",
        spending=SpendingPicture(
            as_of=date(2026, 6, 30),
            lines=(SpendingFigure("s1", "Walks — Łukasz", Money(120_00), Money(-5_50)),),
            outcomes=(SpendingFigure("o1", "Walk", Money(120_00), Money(130_01)),),
            note="Equipment bought by the NHS is not included.",
        ),
        next_review=date(2027, 6, 30),
        started=STARTED,
        recorded_by="Zoë Clarke",
    )


def _open(path: Path) -> PlanFile:
    return PlanFile.open(path, PASS)


def test_an_unfinished_review_reads_back_exactly_after_reopening(plan_file: Path) -> None:
    review = _in_progress()
    planfile = _open(plan_file)
    with planfile.transaction() as conn:
        review_id = rows.insert_review(conn, review)
    planfile.close()
    planfile = _open(plan_file)
    with planfile.engine.connect() as conn:
        back = rows.get_review(conn, review_id)
        listed = rows.list_reviews(conn)
    planfile.close()
    assert back == replace(review, id=review_id)
    assert listed == [back]


def test_a_finished_review_reads_back_and_is_then_frozen(plan_file: Path) -> None:
    review = _in_progress()
    planfile = _open(plan_file)
    with planfile.transaction() as conn:
        review_id = rows.insert_review(conn, review)
    done = replace(
        review,
        id=review_id,
        state=ReviewState.FINISHED,
        decision=Decision.CHANGE_PLAN_AND_BUDGET,
        outcomes=tuple(
            replace(o, new_status=o.new_status or ReviewStatus.ACHIEVED) for o in review.outcomes
        ),
        finished=datetime(2026, 6, 30, 11, 30, tzinfo=UTC),
    )
    with planfile.transaction() as conn:
        assert rows.finish_review(conn, done)
    with planfile.transaction() as conn:  # once finished, nothing changes it or deletes it
        assert not rows.update_review(conn, replace(done, overall="changed later"))
        assert not rows.delete_review(conn, review_id)
    planfile.close()
    planfile = _open(plan_file)
    with planfile.engine.connect() as conn:
        assert rows.get_review(conn, review_id) == done
    planfile.close()


def test_saving_replaces_every_outcome_and_deleting_takes_them_too(plan_file: Path) -> None:
    planfile = _open(plan_file)
    with planfile.transaction() as conn:
        review_id = rows.insert_review(conn, _in_progress())
    fewer = replace(
        _in_progress(),
        id=review_id,
        outcomes=(OutcomeReview("o2", "Keep my home", 3, new_status=ReviewStatus.CHANGED),),
        participants=(),
        spending=None,
        next_review=None,
    )
    with planfile.transaction() as conn:
        assert rows.update_review(conn, fewer)
    with planfile.engine.connect() as conn:
        assert rows.get_review(conn, review_id) == fewer
        assert rows.outcome_refs_used(conn) == {"o2"}
    with planfile.transaction() as conn:
        assert rows.delete_review(conn, review_id)
    with planfile.engine.connect() as conn:
        assert rows.get_review(conn, review_id) is None
        count = conn.exec_driver_sql("SELECT count(*) FROM review_outcome").scalar_one()
    planfile.close()
    assert count == 0


def test_a_failed_save_leaves_the_review_as_it_was(plan_file: Path) -> None:
    planfile = _open(plan_file)
    with planfile.transaction() as conn:
        review_id = rows.insert_review(conn, _in_progress())
    twice = replace(
        _in_progress(),
        id=review_id,
        outcomes=(OutcomeReview("o1", "A"), OutcomeReview("o1", "B")),
    )
    with pytest.raises(WriteError), planfile.transaction() as conn:
        rows.update_review(conn, twice)
    with planfile.engine.connect() as conn:
        assert rows.get_review(conn, review_id) == replace(_in_progress(), id=review_id)
    planfile.close()


def test_reviews_are_listed_newest_first(plan_file: Path) -> None:
    planfile = _open(plan_file)
    dates = [date(2026, 6, 30), date(2027, 6, 29), None, date(2026, 12, 1)]
    with planfile.transaction() as conn:
        ids = [rows.insert_review(conn, Review(review_date=d, started=STARTED)) for d in dates]
    with planfile.engine.connect() as conn:
        listed = [r.review_date for r in rows.list_reviews(conn)]
        order = rows.review_ids(conn)
    planfile.close()
    assert listed == [None, date(2027, 6, 29), date(2026, 12, 1), date(2026, 6, 30)]
    assert order == [ids[2], ids[1], ids[3], ids[0]]


def test_the_json_columns_have_the_interchange_shape() -> None:
    review = _in_progress()

    assert json.loads(rows.participants_json(review.participants)) == participants_document(
        review.participants
    )
    assert json.loads(rows.spending_json(review.spending)) == spending_document(review.spending)
    assert rows.spending_json(None) == "null"


def test_reading_is_tolerant_of_what_it_cannot_understand(plan_file: Path) -> None:
    planfile = _open(plan_file)
    with planfile.transaction() as conn:
        review_id = rows.insert_review(conn, _in_progress())
        conn.exec_driver_sql(
            "UPDATE review SET participants = '[\"Mam\", 7, {\"name\": 3}]', spending = '{oops', "
            "decision = 'think_again', review_date = '2026-02-30', next_review = 'soon', "
            "started = 'yesterday', plan_version = NULL WHERE id = ?",
            (review_id,),
        )
        conn.exec_driver_sql(
            "UPDATE review_outcome SET new_status = 'sideways' WHERE outcome_ref = 'o1'"
        )
    with planfile.engine.connect() as conn:
        back = rows.get_review(conn, review_id)
    planfile.close()
    assert back is not None
    assert back.participants == (Participant("Mam"), Participant(""))
    assert back.spending is None
    assert back.decision is None and back.review_date is None and back.next_review is None
    assert back.started is None and back.plan_version is None
    assert back.outcome("o1") == replace(_in_progress().outcomes[0], new_status=None)
    assert back.overall == "More swimming, fewer taxis."


def test_spending_figures_are_read_tolerantly() -> None:
    text = (
        '{"as_of": "2026-06-30", "lines": [{"key": "s1", "label": "PA", "planned": "12.50", '
        '"spent": "-3"}, {"key": "s2", "planned": "lots", "spent": 4}, "nonsense"], '
        '"outcomes": {"not": "a list"}, "note": 5}'
    )
    picture = rows.read_spending(text)
    assert picture == SpendingPicture(
        as_of=date(2026, 6, 30),
        lines=(
            SpendingFigure("s1", "PA", Money(12_50), Money(-3_00)),
            SpendingFigure("s2", "", Money(0), Money(4_00)),
        ),
    )
    assert rows.read_spending("null") is None
    assert rows.read_participants("{}") == ()


def test_spending_by_line_and_month_counts_split_parts_and_refunds(plan_file: Path) -> None:
    planfile = _open(plan_file)
    now = "2026-07-01T00:00:00+00:00"
    with planfile.transaction() as conn:
        account = ledger_rows.insert_account(
            conn, Account("Bank", opening_date=date(2026, 4, 1)), now=now
        )

        def entry(day: date, pence: int, line: str | None, *parts: Split) -> None:
            purpose = Purpose.PLAN_LINE if line or parts else Purpose.BUDGET_PAYMENT
            ledger_rows.insert_entry(
                conn,
                Entry(day, Money(pence), purpose=purpose, line_id=line, splits=parts,
                      account_id=account),
                now=now,
            )  # fmt: skip

        entry(date(2026, 4, 2), 1000_00, None)  # budget money in: not spending
        entry(date(2026, 4, 10), -40_00, "s1")
        entry(date(2026, 4, 30), -2_50, "s1")
        entry(date(2026, 5, 1), -10_00, "s1")
        entry(date(2026, 5, 9), 3_00, "s1")  # a refund to the line takes spending back
    with planfile.engine.connect() as conn:
        alone = sorted(rows.line_month_spending(conn))
    assert alone == [("s1", "2026-04", 42_50), ("s1", "2026-05", 7_00)]
    with planfile.transaction() as conn:
        entry(
            date(2026, 5, 20), -30_00, None, Split("s1", Money(-20_00)), Split("s2", Money(-10_00))
        )
    with planfile.engine.connect() as conn:
        merged = sorted(rows.line_month_spending(conn))
    planfile.close()
    assert merged == [("s1", "2026-04", 42_50), ("s1", "2026-05", 27_00), ("s2", "2026-05", 10_00)]
