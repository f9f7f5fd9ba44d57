"""The plan PDF of a 300-line, 40-outcome plan (target: median build ≤ 1.5 s) and its size.

The plan is the shipped example plan grown to 300 support lines and 40 outcomes, so the text in
every cell is as long as a real plan's. Baseline: the PDF of the example plan itself.
Large print is measured too (no target: same content, about twice the pages).
"""

from __future__ import annotations

import io
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pypdf import PdfReader

from bench.harness import median_seconds, report
from phbplanner.domain.plan import Plan
from phbplanner.domain.versions import VersionInfo, VersionStatus
from phbplanner.interchange.plan_json import load_plan_file, plan_fingerprint
from phbplanner.paths import resource
from phbplanner.reports.plan_pdf import build_plan_pdf

TARGET = 1.5


def grown_plan(lines: int = 300, outcomes: int = 40) -> Plan:
    """The example plan with ``lines`` support lines and ``outcomes`` outcomes."""
    example = load_plan_file(resource("example-plan.json"))
    grown_outcomes = tuple(
        replace(
            example.outcomes[i % len(example.outcomes)],
            id=f"o{i + 1}",
            title=f"{example.outcomes[i % len(example.outcomes)].title} ({i + 1})",
        )
        for i in range(outcomes)
    )
    grown_lines = tuple(
        replace(
            example.support_lines[i % len(example.support_lines)],
            id=f"s{i + 1}",
            description=f"{example.support_lines[i % len(example.support_lines)].description}"
            f" ({i + 1})",
            outcomes=(f"o{1 + i % outcomes}", f"o{1 + (i * 7) % outcomes}"),
        )
        for i in range(lines)
    )
    unpaid = tuple(replace(u, outcomes=("o1",)) for u in example.unpaid_support)
    return replace(
        example, outcomes=grown_outcomes, support_lines=grown_lines, unpaid_support=unpaid
    )


def pdf_of(plan: Plan, *, large_print: bool = False) -> bytes:
    version = VersionInfo(3, VersionStatus.DRAFT, plan_fingerprint(plan), datetime(2026, 3, 1))
    out = io.BytesIO()
    build_plan_pdf(plan, version, out, large_print=large_print)
    return out.getvalue()


def main() -> None:
    example = load_plan_file(resource("example-plan.json"))
    big = grown_plan()
    base = median_seconds(lambda: pdf_of(example), repeat=7, warmup=1)
    report(f"baseline: example plan PDF ({len(example.support_lines)} lines)", base)
    seconds = median_seconds(lambda: pdf_of(big), repeat=7, warmup=1)
    report("300 lines, 40 outcomes", seconds, target=TARGET, baseline=("example", base))
    print(f"  ratio to target: {seconds / TARGET:.2f}")
    large = median_seconds(lambda: pdf_of(big, large_print=True), repeat=3, warmup=1)
    report("300 lines, 40 outcomes, large print", large, baseline=("example", base))
    for label, data in (("normal", pdf_of(big)), ("large print", pdf_of(big, large_print=True))):
        pages = len(PdfReader(io.BytesIO(data)).pages)
        print(f"  {label}: {len(data) / 1024:.0f} KiB, {pages} pages")


if __name__ == "__main__":
    main()
