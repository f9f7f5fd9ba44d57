"""A quarter's monitoring return made from the 6-year file (issue 13): PDF ≤ 1 s, pack ≤ 3 s.

The file is ``bench_storage``'s 6-year file (300 support lines, 10 versions, 60,000 entries from
April 2020 to March 2026, 500 receipts of 200 KB), with a busy first quarter of the budget period
added on top (1 April – 30 June 2026): 250 entries — budget payments, wages and agencies on plan
lines, splits, bank charges, refunds, a few not yet assigned — and 60 receipts of 200 KB of
random bytes (photos do not compress). The quarter is as if imported from a statement: the bank's
balance is on every row, so the balance check runs over all 60,250 entries (the worst case).

Each figure is the whole use case through the services: the return prepared from the file in SQL
(``Returns.prepare``), then produced and recorded (``Returns.produce``) —

- the PDF alone — target ≤ 1 s;
- the PDF, the CSV and the audit pack (PDF, CSV, 60 receipts read from inside the file, index) —
  target ≤ 3 s;

as wall time and as this process's CPU time (``cpu``: not inflated by other work on the
machine's two shared cores). Preparing alone is printed for comparison.
"""

from __future__ import annotations

import io
import os
import random
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pypdf import PdfReader

from bench.bench_ledger import both
from bench.bench_storage import LINES, PASS, SIZES, build
from bench.harness import median_seconds, report
from phbplanner.domain.ledger import Entry, Purpose, Split
from phbplanner.domain.money import Money
from phbplanner.domain.return_periods import ReturnPeriod
from phbplanner.services.files import open_plan_file
from phbplanner.services.returns import ReturnOutputs, Returns
from phbplanner.services.session import PlanSession
from phbplanner.storage import ledger_rows
from phbplanner.storage.planfile import now_utc

PDF_TARGET = 1.0
PACK_TARGET = 3.0
QUARTER = ReturnPeriod(date(2026, 4, 1), date(2026, 6, 30))
PRODUCED = date(2026, 7, 8)
ENTRIES = 250
RECEIPTS = 60
RECEIPT_BYTES = 200 * 1024
MAGIC = (b"%PDF-1.4\n", b"\xff\xd8\xff\xe0", b"\x89PNG\r\n\x1a\n")
PAYEES = ("Łukasz Nowak", "Siân Pritchard", "Nguyễn Thị Minh", "Zoë Brontë", "Caring Hands Ltd",
          "Brontë Payroll", "Hill Walkers CIC", "O'Brien Taxis", "Ffion ap Rhys")  # fmt: skip


def busy_quarter(session: PlanSession) -> None:
    """Add the quarter's 250 entries and 60 receipts in one transaction."""
    rng = random.Random(2026)
    entries: list[Entry] = []
    for n in range(1, ENTRIES + 1):
        day = QUARTER.start + timedelta(days=(n * QUARTER.days) // (ENTRIES + 1))
        payee = PAYEES[n % len(PAYEES)]
        line = f"line{n % LINES}"
        if n in (1, 85, 170):
            entry = Entry(day, Money(1_000_000), "Cheshire and Merseyside ICB",
                          "Budget payment", Purpose.BUDGET_PAYMENT)  # fmt: skip
        elif n % 40 == 0:
            entry = Entry(day, Money(-250), "Bank", "Account fee", Purpose.BANK_CHARGE)
        elif n % 61 == 0:
            entry = Entry(day, Money(rng.randint(500, 5000)), payee, "Refund", Purpose.REFUND)
        elif n % 37 == 0:
            entry = Entry(day, Money(-rng.randint(1_000, 20_000)), payee, "Shopping")
        elif n % 11 == 0:
            amount = -rng.randint(1_000, 20_000)
            parts = (Split(line, Money(amount // 3)),
                     Split(f"line{(n + 5) % LINES}", Money(amount - amount // 3)))  # fmt: skip
            entry = Entry(day, Money(amount), payee, f"Support hours, week {n}",
                          Purpose.PLAN_LINE, splits=parts)  # fmt: skip
        else:
            entry = Entry(day, Money(-rng.randint(1_000, 20_000)), payee,
                          f"Support hours, week {n}", Purpose.PLAN_LINE, line_id=line)  # fmt: skip
        entries.append(replace(entry, account_id=1))
    now = now_utc()
    with session.writing("Benchmark: a busy quarter") as conn:
        ids = ledger_rows.insert_entries(conn, entries, now=now)
        paid = [i for i, e in zip(ids, entries, strict=True) if e.amount.pence < 0]
        for k, entry_id in enumerate(paid[:RECEIPTS]):
            data = MAGIC[k % 3] + rng.randbytes(RECEIPT_BYTES - len(MAGIC[k % 3]))
            name = f"receipt-{entry_id}.{('pdf', 'jpg', 'png')[k % 3]}"
            attachment = ledger_rows.insert_attachment(
                conn, kind="receipt", filename=name, mime="application/octet-stream", data=data,
                now=now, added_by="Bench",
            )  # fmt: skip
            ledger_rows.link_attachments(conn, entry_id, [attachment])
        # as imported from a statement: the bank's balance on every row of the quarter, so the
        # balance check runs over the whole account (the worst case)
        balance = int(
            conn.exec_driver_sql(
                "SELECT coalesce(sum(amount_pence), 0) FROM ledger_entry WHERE account_id = 1 "
                "AND date < ?",
                (QUARTER.start.isoformat(),),
            ).scalar_one()
        )
        rows = conn.exec_driver_sql(
            "SELECT id, amount_pence FROM ledger_entry WHERE account_id = 1 AND date BETWEEN ? "
            "AND ? ORDER BY date, id",
            (QUARTER.start.isoformat(), QUARTER.end.isoformat()),
        ).all()
        for entry_id, amount in rows:
            balance += amount
            conn.exec_driver_sql(
                "UPDATE ledger_entry SET bank_balance_pence = ? WHERE id = ?", (balance, entry_id)
            )


def main() -> None:
    with tempfile.TemporaryDirectory(dir=os.environ.get("PHB_BENCH_DIR")) as tmp:
        os.environ["XDG_DATA_HOME"] = str(Path(tmp) / "data")
        started = time.perf_counter()
        path, _raw = build(Path(tmp), SIZES["6y"])
        with open_plan_file(path, PASS, author="Bench", backup=False) as session:
            busy_quarter(session)
        print(f"the 6-year file and the busy quarter built in "
              f"{time.perf_counter() - started:.1f} s", flush=True)  # fmt: skip
        out = Path(tmp) / "out"
        out.mkdir()
        with open_plan_file(path, PASS, author="Bench", backup=False) as session:
            returns = Returns(session)
            ready = returns.prepare(QUARTER, produced=PRODUCED)
            print(f"  {len(ready.ret.rows)} entries, {ready.totals.receipts} receipts, "
                  f"{len(ready.checks)} checks", flush=True)  # fmt: skip

            def prepare() -> None:
                returns.prepare(QUARTER, produced=PRODUCED)

            def pdf() -> None:
                prepared = returns.prepare(QUARTER, produced=PRODUCED)
                returns.produce(prepared, ReturnOutputs(out / "return.pdf"), overwrite=True)

            def pack() -> None:
                prepared = returns.prepare(QUARTER, produced=PRODUCED)
                outputs = ReturnOutputs(out / "return.pdf", out / "entries.csv", out / "pack.zip")
                returns.produce(prepared, outputs, overwrite=True)

            report("the quarter prepared from the file (SQL + sums)", median_seconds(prepare))
            both("quarter's PDF from the 6-year file", pdf, target=PDF_TARGET, repeat=5)
            both("PDF, CSV and audit pack from the 6-year file", pack, target=PACK_TARGET,
                 repeat=5)  # fmt: skip
            pdf_bytes = (out / "return.pdf").read_bytes()
            pages = len(PdfReader(io.BytesIO(pdf_bytes)).pages)
            size = (out / "pack.zip").stat().st_size
            made = len(returns.returns())
            print(f"  PDF: {pages} pages, {len(pdf_bytes) / 1024:.0f} KiB; "
                  f"pack: {size / 1e6:.1f} MB; {made} returns recorded")  # fmt: skip


if __name__ == "__main__":
    main()
