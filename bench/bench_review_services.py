"""Reviews through the services, on the 6-year file of ``bench_storage`` (300 support lines,
60,000 entries over six years, 500 receipts) with 13 finished reviews held, one every six months.

Each figure is printed as wall time and as this process's CPU time (``cpu``), which other work on
the machine's two shared cores does not inflate. Targets (what the window's review pages need to
feel immediate; the ledger's own status has ≤ 100 ms):

- the reviews page's data — every review listed, the due lines and progress over time (SQL
  aggregates of every entry by line and month) — ≤ 150 ms;
- a review started, with its spending picture from the records as of the review date — ≤ 150 ms;
- one outcome of a review saved (the whole review rewritten in one transaction) — ≤ 20 ms;
- the pages of "Start a review" (each outcome with its earlier ratings and spending since) —
  ≤ 100 ms.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_storage import PASS, SIZES, build
from bench.harness import median_seconds, report
from phbplanner.domain.review import Decision, ReviewStatus
from phbplanner.domain.schedule import add_months
from phbplanner.services.edits import SetSection
from phbplanner.services.files import open_plan_file
from phbplanner.services.reviews import Reviews

FIRST = date(2020, 6, 30)
HELD = 13


def both(name: str, work: object, *, target: float, repeat: int = 9) -> None:
    """Report the wall time and the CPU time of ``work`` against ``target``."""
    assert callable(work)
    report(name, median_seconds(work, repeat=repeat, warmup=1), target=target)
    cpu = median_seconds(work, repeat=repeat, warmup=1, clock=time.process_time)
    report(f"  {name} (cpu)", cpu, target=target)


def hold_reviews(reviews: Reviews) -> None:
    """13 finished reviews, one every six months from June 2020, every outcome rated."""
    for number in range(HELD):
        on = add_months(FIRST, 6 * number)
        review = reviews.start(on=on)
        assert review.id is not None
        review = dataclasses.replace(
            review,
            outcomes=tuple(
                dataclasses.replace(item, rating=(number + i) % 11, working="Going well",
                                    not_working="Tired some weeks", evidence="Diary",
                                    new_status=ReviewStatus.IN_PROGRESS)
                for i, item in enumerate(review.outcomes)
            ),
            decision=Decision.NO_CHANGE,
            next_review=add_months(on, 6),
        )  # fmt: skip
        reviews.save(review)
        reviews.finish(review.id, today=on)


def main() -> None:
    with tempfile.TemporaryDirectory(dir=os.environ.get("PHB_BENCH_DIR")) as tmp:
        os.environ["XDG_DATA_HOME"] = str(Path(tmp) / "data")
        started = time.perf_counter()
        path, _raw = build(Path(tmp), SIZES["6y"])
        with open_plan_file(path, PASS, author="Bench", backup=False) as session:
            budget = dataclasses.replace(
                session.plan.budget, period_start=date(2025, 4, 1), period_end=date(2026, 3, 31)
            )
            session.apply_many([SetSection("budget", budget)], description="the last year")
            hold_reviews(Reviews(session))
        print(f"the 6-year file with {HELD} reviews built in "
              f"{time.perf_counter() - started:.1f} s", flush=True)  # fmt: skip

        with open_plan_file(path, PASS, author="Bench", backup=False) as session:
            reviews = Reviews(session)
            today = date(2026, 12, 1)

            def page() -> None:
                reviews.list_all()
                reviews.due_lines(today)
                reviews.progress()

            both("reviews page: list, due lines, progress", page, target=0.150)
            count = [0]

            def start() -> None:
                count[0] += 1
                review = reviews.start(on=date(2026, 3, 31))
                assert review.id is not None
                reviews.delete(review.id)

            both("a review started (with its spending picture)", start, target=0.150)
            review = reviews.start(on=date(2026, 3, 31))
            assert review.id is not None
            item = review.outcomes[0]

            def save_one() -> None:
                count[0] += 1
                reviews.update_outcome(
                    review.id,  # type: ignore[arg-type]
                    dataclasses.replace(item, rating=count[0] % 11, working=f"Note {count[0]}"),
                )

            both("one outcome saved", save_one, target=0.020, repeat=21)
            both("the pages of Start a review (steps)", lambda: reviews.steps(review.id),  # type: ignore[arg-type]
                 target=0.100)  # fmt: skip
            progress = reviews.progress()
            months = max(len(p.months) for p in progress)
            print(f"  progress: {len(progress)} outcomes, {months} months, "
                  f"{max(len(p.ratings) for p in progress)} ratings each")  # fmt: skip


if __name__ == "__main__":
    main()
