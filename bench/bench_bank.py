"""Reading bank statements of 10,000 and 100,000 rows in several banks' formats.

Targets: a 10,000-row statement read in at most 0.5 s ("well under a second"), 100,000 rows in
at most 5 s (it must never hang), and a file with a 2 MB field refused in at most 0.1 s.
Baseline: splitting the same text with the standard ``csv`` module alone — the least any CSV
reader must do. The machine is shared by several engineers, so beside each wall-clock median the
median CPU time of the reading process is printed too: it hardly changes with other load.
Files are written by the same writers the round-trip tests use (tests/interchange/bank/
writers.py), from a seeded random ledger.
"""

from __future__ import annotations

import csv
import io
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import median_seconds, report
from phbplanner.interchange.bank import StatementRefused, read_statement
from tests.interchange.bank.writers import FORMATS, Txn

BANKS = ("lloyds", "nationwide", "monzo", "santander_txt", "generic", "ofx")
PAYEES = ["Siân Jones PA", "Łukasz Nowak", "Zoë's Café, Bristol", 'TESCO "EXTRA"', "NHS ICB"]


def ledger(rows: int, seed: int = 12, cp1252: bool = False) -> list[Txn]:
    """A seeded ledger of ``rows`` transactions, a few a day, with a running balance.

    ``cp1252``: only characters Windows-1252 can hold ("Ł" becomes "L").
    """
    rng = random.Random(seed)
    day, balance, txns = date(2020, 1, 1), 100_000, []
    for index in range(rows):
        day += timedelta(days=rng.random() < 0.3)
        pence = rng.randint(-40_000, 20_000)
        balance += pence
        payee = rng.choice(PAYEES)
        if cp1252:
            payee = payee.replace("Ł", "L")
        txns.append(Txn(day, pence, payee, f"{payee} {index}", f"R{index}", balance))
    return txns


def cpu_seconds(work: Callable[[], object], repeat: int) -> float:
    """The median CPU time of ``work()`` in this process (not counting other processes)."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return statistics.median(times)


def main() -> None:
    for rows, repeat, target in ((10_000, 7, 0.5), (100_000, 3, 5.0)):
        print(f"{rows:,} rows")
        for name in BANKS:
            data, _ = FORMATS[name].write(ledger(rows, cp1252=FORMATS[name].cp1252))
            text = data.decode("cp1252" if FORMATS[name].cp1252 else "utf-8")
            baseline = median_seconds(
                lambda text=text: list(csv.reader(io.StringIO(text, newline=""))),
                repeat=repeat,
                warmup=1,
            )
            statement = read_statement(data)
            assert len(statement.rows) == rows and not statement.problems, name
            seconds = median_seconds(
                lambda data=data: read_statement(data), repeat=repeat, warmup=1
            )
            report(f"  {name} ({len(data) / 1e6:.1f} MB)", seconds, target=target,
                   baseline=("csv.reader", baseline))  # fmt: skip
            cpu = cpu_seconds(lambda data=data: read_statement(data), repeat)
            report(f"  {name}, CPU time", cpu, target=target)
    field = b'Date,Description,Amount\n01/02/2024,"' + b"x" * 2_000_000 + b'",1.00\n'

    def refuse() -> None:
        try:
            read_statement(field)
        except StatementRefused:
            return
        raise AssertionError("a 2 MB field was not refused")

    report("a 2 MB field refused", median_seconds(refuse, repeat=7), target=0.1)


if __name__ == "__main__":
    main()
