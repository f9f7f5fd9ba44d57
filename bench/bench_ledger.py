"""The spending records of the 6-year file through the services (issue 11's targets).

The 6-year file of ``bench_storage`` (300 support lines, 10 versions, 60,000 entries over six
years, 500 receipts of 200 KB). Each figure is printed twice: wall time, and this process's CPU
time (``cpu``), which other work on the machine's two shared cores does not inflate. Figures
beside the targets:

- the spending page's data shown and usable beyond key derivation — open, the ids of every entry
  by date, the first page of rows with balances, the totals and the status — ≤ 300 ms;
- a sort, and a filter (free text), each with its first page — ≤ 100 ms;
- planned vs actual and forecast (the status) for the whole file — ≤ 100 ms;
- one entry saved — ≤ 10 ms;
- peak memory of the process with the file open and all of the above done — ≤ 250 MB.

For comparison (the issue's own figures, same machine kind): HomeBank 5.6 takes ~16 s to show a
60,000-transaction register and GnuCash 4.13 ~2 minutes to load the same book.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_storage import PASS, SIZES, build
from bench.harness import median_seconds, report
from phbplanner.domain.ledger import Entry, Purpose
from phbplanner.domain.money import Money
from phbplanner.services.files import open_plan_file
from phbplanner.services.ledger import Ledger
from phbplanner.services.ledger_view import EntryFilter, LedgerView
from phbplanner.storage.engine import make_engine

PAGE = 100


def both(name: str, work: object, *, target: float, repeat: int = 9) -> None:
    """Report the wall time and the CPU time of ``work`` against ``target``."""
    assert callable(work)
    report(name, median_seconds(work, repeat=repeat), target=target)
    cpu = median_seconds(work, repeat=repeat, clock=time.process_time)
    report(f"  {name} (cpu)", cpu, target=target)


def main() -> None:
    with tempfile.TemporaryDirectory(dir=os.environ.get("PHB_BENCH_DIR")) as tmp:
        os.environ["XDG_DATA_HOME"] = str(Path(tmp) / "data")
        started = time.perf_counter()
        path, _raw = build(Path(tmp), SIZES["6y"])
        print(f"the 6-year file built in {time.perf_counter() - started:.1f} s", flush=True)

        def derive() -> None:
            engine = make_engine(path, PASS)
            with engine.connect():
                pass
            engine.dispose()

        kdf = median_seconds(derive, repeat=5, warmup=1)
        kdf_cpu = median_seconds(derive, repeat=5, warmup=1, clock=time.process_time)
        report("key derivation (one connection)", kdf)
        as_of = date(2026, 3, 31)

        def first_screen() -> None:
            with open_plan_file(path, PASS, author="Bench", backup=False) as session:
                view = LedgerView(session)
                ids, _totals = view.select(EntryFilter(), "date", descending=True)
                view.rows(ids[:PAGE])
                view.status(as_of)

        shown = median_seconds(first_screen, repeat=5, warmup=1)
        report("spending page shown, beyond key derivation", shown - kdf, target=0.300)
        shown_cpu = median_seconds(first_screen, repeat=5, warmup=1, clock=time.process_time)
        report("  the same (cpu)", shown_cpu - kdf_cpu, target=0.300)

        with open_plan_file(path, PASS, author="Bench", backup=False) as session:
            view = LedgerView(session)
            view.rows(view.ids(EntryFilter())[:PAGE])  # month totals worked out once

            def sort_payee() -> None:
                view.rows(view.ids(EntryFilter(), "payee")[:PAGE])

            def filter_text() -> None:
                ids, _totals = view.select(EntryFilter(text="week 7"))
                view.rows(ids[:PAGE])

            def no_receipt() -> None:
                view.rows(view.ids(EntryFilter(no_receipt=True))[:PAGE])

            both("sort by payee, first page", sort_payee, target=0.1)
            both("filter by text, page and totals", filter_text, target=0.1)
            both("filter: no receipt, first page", no_receipt, target=0.1)

            def fresh_status() -> None:
                view._mismatch = None  # as after a change to the records
                view.status(as_of)

            both("planned vs actual + forecast + alerts (status)", fresh_status, target=0.1)
            ledger = Ledger(session)
            line = session.plan.support_lines[0].id
            count = [0]

            def one_entry() -> None:
                count[0] += 1
                ledger.record(
                    Entry(date(2026, 3, 1), Money(-100 - count[0]), payee="Bench payee",
                          purpose=Purpose.PLAN_LINE, line_id=line),
                    today=as_of,
                )  # fmt: skip

            both("one entry saved", one_entry, target=0.010, repeat=30)
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            verdict = "meets" if peak <= 250 else "MISSES"
            print(f"{'peak memory of the process':<48} {peak:9.0f} MB  {verdict} target 250 MB")


if __name__ == "__main__":
    main()
