"""Importing a 10,000-row statement into the 6-year file (issue 12's target: ≤ 2 s).

The 6-year file of ``bench_storage`` (60,000 entries over six years, 500 receipts). The
statement is a Lloyds CSV (newest first, a balance on every row) of 10,000 rows over the last two
years of that ledger: 9,000 new payments and 1,000 copies of entries already there (same date,
amount and text), which the duplicate check must find. Timed, beyond key derivation: the preview
(reading the file, the duplicate check against the ledger, suggestions, both balance checks)
plus the confirm (one transaction: the duplicates checked again, 9,000 entries stored, the
import's record) — on a fresh copy of the file each time; then the same statement imported again
(everything already there, nothing written). Each figure as wall time and as this process's CPU
time (the machine's two cores are shared, which inflates wall time but hardly CPU time).
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_storage import PASS, SIZES, build
from bench.harness import report
from phbplanner.services.files import open_plan_file
from phbplanner.services.imports import ImportResult, Imports
from phbplanner.services.ledger_view import EntryFilter, LedgerView
from tests.interchange.bank.writers import FORMATS, Txn

ROWS = 10_000
COPIES = 1_000
TARGET = 2.0
REPEAT = 5


def statement(path: Path) -> bytes:
    """The Lloyds statement: new rows and copies of entries already in the file."""
    rng = random.Random(21)
    start, end = date(2024, 4, 1), date(2026, 3, 31)
    with open_plan_file(path, PASS, author="Bench", backup=False) as session:
        view = LedgerView(session)
        ids = view.ids(EntryFilter(date_from=start, date_to=end))
        copies = view.rows(sorted(rng.sample(ids, COPIES)))
    txns = [
        (date.fromisoformat(row.date), row.amount_pence, f"{row.payee} {row.description}")
        for row in copies
    ]
    span = (end - start).days
    for n in range(ROWS - COPIES):
        day = start + timedelta(days=rng.randrange(span + 1))
        pence = rng.randint(-90_000, 30_000) or 1
        txns.append((day, pence, f"New payee {rng.randint(1, 600)} ref {n}"))
    txns.sort(key=lambda txn: txn[0])
    balance, rows = 0, []
    for day, pence, text in txns:
        balance += pence
        rows.append(Txn(day, pence, "", text, "", balance))
    data, _lines = FORMATS["lloyds"].write(rows)
    return data


def main() -> None:
    with tempfile.TemporaryDirectory(dir=os.environ.get("PHB_BENCH_DIR")) as tmp:
        os.environ["XDG_DATA_HOME"] = str(Path(tmp) / "data")
        started = time.perf_counter()
        base, _raw = build(Path(tmp), SIZES["6y"])
        print(f"the 6-year file built in {time.perf_counter() - started:.1f} s", flush=True)
        data = statement(base)
        print(f"the statement: {ROWS:,} rows, {len(data) / 1e6:.1f} MB", flush=True)
        walls, cpus, again_walls, again_cpus = [], [], [], []
        for _ in range(REPEAT):
            work = Path(tmp) / "work.phbplan"
            shutil.copyfile(base, work)
            with open_plan_file(work, PASS, author="Bench", backup=False) as session:
                imports = Imports(session)
                outcome: list[ImportResult] = []

                def once(imports: Imports = imports, outcome: list[ImportResult] = outcome) -> None:
                    preview = imports.preview(data, "statement.csv", today=date(2026, 4, 1))
                    outcome.append(imports.confirm(preview))

                wall_start, cpu_start = time.perf_counter(), time.process_time()
                once()
                walls.append(time.perf_counter() - wall_start)
                cpus.append(time.process_time() - cpu_start)
                result = outcome[-1]
                assert result.imported == ROWS - COPIES, result
                assert result.duplicates == COPIES, result
                wall_start, cpu_start = time.perf_counter(), time.process_time()
                once()
                again_walls.append(time.perf_counter() - wall_start)
                again_cpus.append(time.process_time() - cpu_start)
                assert outcome[-1].import_id is None
            work.unlink()
        median = statistics.median
        report("import 10,000 rows into 60,000 (preview + confirm)", median(walls), target=TARGET)
        report("  the same (cpu)", median(cpus), target=TARGET)
        report("the same statement again (nothing new)", median(again_walls), target=TARGET)
        report("  the same (cpu)", median(again_cpus), target=TARGET)


if __name__ == "__main__":
    main()
