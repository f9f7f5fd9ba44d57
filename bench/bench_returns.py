"""A quarter's monitoring return: its PDF (target ≤ 1 s) and its audit pack (target ≤ 3 s).

The quarter is ``tests/reports/return_fixtures.busy_quarter``: 250 entries (budget payments,
wages, splits, bank charges, refunds, a few not yet assigned) and 60 receipts of 200 KB of
random bytes, as photos of receipts are (they do not compress). Both are built in memory; the
pack includes its PDF. Baseline: the PDF of the hand-worked quarter (9 entries). Large print and
the CSV are measured too (no target).
"""

from __future__ import annotations

import io
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pypdf import PdfReader

from bench.harness import median_seconds, report
from phbplanner.domain.monitoring import MonitoringReturn
from phbplanner.reports.audit_pack import PackReceipt, build_audit_pack
from phbplanner.reports.monitoring_return import build_return_pdf
from phbplanner.reports.return_csv import return_csv_bytes
from tests.reports.return_fixtures import busy_quarter, hand_worked_return

PDF_TARGET = 1.0
PACK_TARGET = 3.0
PRODUCED = date(2026, 10, 8)


def pdf_of(ret: MonitoringReturn, *, large_print: bool = False) -> bytes:
    out = io.BytesIO()
    build_return_pdf(ret, out, produced=PRODUCED, large_print=large_print)
    return out.getvalue()


def pack_of(ret: MonitoringReturn, receipts: list[PackReceipt]) -> bytes:
    out = io.BytesIO()
    build_audit_pack(ret, receipts, out, produced=PRODUCED)
    return out.getvalue()


def main() -> None:
    small = hand_worked_return()
    quarter = busy_quarter()
    ret, receipts = quarter.ret, quarter.receipts
    print(f"  {len(ret.rows)} entries, {len(receipts)} receipts of "
          f"{sum(r.size for r in receipts) / len(receipts) / 1000:.0f} KB")  # fmt: skip
    base = median_seconds(lambda: pdf_of(small), repeat=7, warmup=1)
    report("baseline: hand-worked quarter PDF (9 entries)", base)
    seconds = median_seconds(lambda: pdf_of(ret), repeat=7, warmup=1)
    report("quarter PDF (250 entries)", seconds, target=PDF_TARGET, baseline=("baseline", base))
    large = median_seconds(lambda: pdf_of(ret, large_print=True), repeat=3, warmup=1)
    report("quarter PDF, large print", large, baseline=("baseline", base))
    csv_seconds = median_seconds(lambda: return_csv_bytes(ret), repeat=7, warmup=1)
    report("quarter CSV", csv_seconds, baseline=("baseline", base))
    pack_seconds = median_seconds(lambda: pack_of(ret, receipts), repeat=5, warmup=1)
    report(
        "audit pack (PDF, CSV, 60 receipts, index)",
        pack_seconds,
        target=PACK_TARGET,
        baseline=("baseline", base),
    )
    print(
        f"  ratio to targets: PDF {seconds / PDF_TARGET:.2f}, pack {pack_seconds / PACK_TARGET:.2f}"
    )
    for label, data in (("normal", pdf_of(ret)), ("large print", pdf_of(ret, large_print=True))):
        pages = len(PdfReader(io.BytesIO(data)).pages)
        print(f"  PDF {label}: {len(data) / 1024:.0f} KiB, {pages} pages")
    print(f"  pack: {len(pack_of(ret, receipts)) / 1_000_000:.1f} MB")


if __name__ == "__main__":
    main()
