"""Reviews: the review PDF and the progress-over-time data at the sizes of six years of records.

- The review PDF of a 40-outcome review with 12 earlier reviews and 300 lines in the spending
  picture (target: median build ≤ 1.0 s; the plan PDF's target for 300 lines is 1.5 s).
  Baseline: the review of the shipped example plan (3 outcomes, no earlier reviews).
- Progress over time for 40 outcomes across 12 reviews, from 60 lines × 72 months of spending
  aggregates (4,320 rows, what six years of records give), target ≤ 50 ms: it is worked out when
  the reviews page opens.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pypdf import PdfReader

from bench.bench_pdf import grown_plan
from bench.harness import median_seconds, report
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
from phbplanner.domain.review_progress import outcome_progress
from phbplanner.domain.schedule import add_months
from phbplanner.domain.versions import VersionInfo, VersionStatus
from phbplanner.interchange.plan_json import load_plan_file, plan_fingerprint
from phbplanner.interchange.reviews_json import review_fingerprint
from phbplanner.paths import resource
from phbplanner.reports.review_pdf import build_review_pdf

PDF_TARGET = 1.0
PROGRESS_TARGET = 0.05
START = date(2026, 4, 1)


def review_of(plan: Plan, on: date, number: int) -> Review:
    """A finished review of every outcome of ``plan``, with notes as long as real ones."""
    outcomes = tuple(
        OutcomeReview(
            o.id, o.title, (number + i) % 11,
            "Going well most weeks; my PA and I keep a diary of what we did.",
            "Bad weeks when I am tired; the taxi was late twice.",
            "Diary, photos, my PA's notes", ReviewStatus.IN_PROGRESS,
        )
        for i, o in enumerate(plan.outcomes)
    )  # fmt: skip
    lines = tuple(
        SpendingFigure(line.id, line.description, Money(100_000 + i), Money(95_000 + 7 * i))
        for i, line in enumerate(plan.support_lines)
    )
    return Review(
        id=number, review_date=on, state=ReviewState.FINISHED, plan_version=3,
        participants=(Participant("Siân Williams", "Me"), Participant("Ffion Pritchard", "Sister")),
        outcomes=outcomes, overall="Keep the walks; move swimming to Thursdays.",
        decision=Decision.CHANGE_PLAN,
        spending=SpendingPicture(on, lines, tuple(
            SpendingFigure(o.id, o.title, Money(50_000), Money(48_000)) for o in plan.outcomes)),
        next_review=add_months(on, 6), started=datetime(2026, 1, 1, tzinfo=UTC),
        finished=datetime(2026, 1, 1, tzinfo=UTC), recorded_by="Ffion Pritchard",
    )  # fmt: skip


def pdf_of(review: Review, plan: Plan, earlier: list[Review]) -> bytes:
    version = VersionInfo(3, VersionStatus.AGREED, plan_fingerprint(plan), datetime(2026, 3, 1))
    out = io.BytesIO()
    build_review_pdf(
        review, plan, version, out, fingerprint=review_fingerprint(review), earlier=earlier,
        produced=date(2032, 4, 1),
    )  # fmt: skip
    return out.getvalue()


def median_cpu_seconds(work: Callable[[], object], repeat: int = 5) -> float:
    """The median CPU time of ``work()``: on a shared machine, wall time also counts the time
    other processes have the cores."""
    work()
    times = []
    for _ in range(repeat):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return statistics.median(times)


def main() -> None:
    example = load_plan_file(resource("example-plan.json"))
    small = review_of(example, date(2026, 6, 30), 1)
    base = median_seconds(lambda: pdf_of(small, example, []), repeat=7, warmup=1)
    report("baseline: review of the example plan (3 outcomes)", base)

    big = grown_plan(300, 40)
    reviews = [review_of(big, add_months(START, 3 + 6 * k), k + 1) for k in range(13)]
    latest, earlier = reviews[-1], reviews[:-1]
    seconds = median_seconds(lambda: pdf_of(latest, big, earlier), repeat=5, warmup=1)
    report("40 outcomes, 12 earlier reviews, 300 lines", seconds, target=PDF_TARGET,
           baseline=("example", base))  # fmt: skip
    cpu = median_cpu_seconds(lambda: pdf_of(latest, big, earlier))
    report("  the same, CPU time of this process", cpu, target=PDF_TARGET)
    data = pdf_of(latest, big, earlier)
    print(f"  {len(data) / 1024:.0f} KiB, {len(PdfReader(io.BytesIO(data)).pages)} pages")

    lines = big.support_lines[:60]
    plan = replace(big, support_lines=lines)
    spending = [
        (line.id, f"{month.year:04d}-{month.month:02d}", 10_000 + i)
        for i, line in enumerate(lines)
        for month in (add_months(START, k) for k in range(72))
    ]
    progress = median_seconds(lambda: outcome_progress(plan, reviews, spending), repeat=15)
    report(f"progress: 40 outcomes, 13 reviews, {len(spending)} rows", progress,
           target=PROGRESS_TARGET)  # fmt: skip


if __name__ == "__main__":
    main()
