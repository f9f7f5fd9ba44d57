"""Helpers for the review services tests: reviews held in a real encrypted plan file.

The example plan (period 1 April 2026 – 31 March 2027, outcomes o1–o3, first review 30 June
2026) is held in the file; reviews are made through the services as the window would make them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from phbplanner.domain.ledger import Account, Entry, Purpose, Split
from phbplanner.domain.money import Money
from phbplanner.domain.review import Decision, Review, ReviewStatus
from phbplanner.services.ledger import Ledger
from phbplanner.services.reviews import Reviews
from phbplanner.services.session import PlanSession

AT = datetime(2026, 6, 30, 10, 0, tzinfo=UTC)
RECORDED_ON = date(2027, 12, 31)  # "today" for the spending records: every entry is in the past


def finished(
    reviews: Reviews,
    on: date,
    statuses: dict[str, ReviewStatus],
    ratings: dict[str, int | None],
    *,
    next_review: date | None = None,
    decision: Decision = Decision.CHANGE_PLAN,
    new: tuple[str, ...] = (),
) -> Review:
    """Start, walk and finish a review held ``on`` a date, as the window would."""
    review = reviews.start(on=on, now=datetime.combine(on, AT.timetz()))
    review_id = review.id
    assert review_id is not None
    for title in new:
        review = reviews.add_outcome(review_id, title)
    for item in review.outcomes:
        status = statuses.get(item.outcome_ref, item.new_status or ReviewStatus.IN_PROGRESS)
        review = reviews.update_outcome(
            review_id,
            replace(
                item,
                rating=ratings.get(item.outcome_ref),
                working=f"{item.title}: going well",
                evidence="My diary",
                new_status=status,
            ),
        )
    review = reviews.save(
        replace(
            review,
            decision=decision,
            overall="More swimming, fewer taxis.",
            next_review=next_review or review.next_review,
        )
    )
    return reviews.finish(review_id, when=datetime.combine(on, AT.timetz()), today=on)


def record_spending(session: PlanSession) -> None:
    """A direct-payment account with payments on the example plan's lines over 2026–27.

    s1 (o1) £100 in May 2026 and £50 in August 2026; s2 (o2) £200 in June 2026; a split in
    July 2026: £30 on s3 (o3) and £60 on s10 (o2 and o3 share it); a budget payment in.
    """
    ledger = Ledger(session)
    account = ledger.add_account(
        Account("Direct payment account", opening_balance=Money(0), opening_date=date(2026, 4, 1)),
        today=RECORDED_ON,
    )

    def pay(day: date, pence: int, line: str | None, splits: tuple[Split, ...] = ()) -> None:
        ledger.record(
            Entry(day, Money(-pence), payee="Rhian", purpose=Purpose.PLAN_LINE, line_id=line,
                  splits=splits, account_id=account.id),
            today=RECORDED_ON,
        )  # fmt: skip

    ledger.record(
        Entry(date(2026, 4, 2), Money(2000_00), payee="ICB", purpose=Purpose.BUDGET_PAYMENT,
              account_id=account.id),
        today=RECORDED_ON,
    )  # fmt: skip
    pay(date(2026, 5, 10), 100_00, "s1")
    pay(date(2026, 6, 12), 200_00, "s2")
    pay(date(2026, 7, 3), 90_00, None, (Split("s3", Money(-30_00)), Split("s10", Money(-60_00))))
    pay(date(2026, 8, 20), 50_00, "s1")
