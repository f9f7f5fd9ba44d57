"""The encrypted plan file at the size of six years of records.

A generated plan with 300 support lines and 10 versions (9 agreed, 1 draft), 60,000 ledger
entries and 500 attachments of 200 KB (random bytes, like compressed photos and PDFs). Figures
(medians, warm file cache):

- key derivation alone (PBKDF2-HMAC-SHA512, 256,000 rounds: a fixed cost of every open);
- opening to a usable state beyond key derivation (lock, checks incl. the HMAC of every page,
  loading the current version) — target ≤ 0.5 s;
- reading the budget summary (costing + readiness, and ledger totals per line by SQL);
- committing one change — target ≤ 20 ms;
- the file size against the raw size of the data — target ≤ 1.2×.

Set ``PHB_BENCH_SMALL=1`` for a quick run at a tenth of the size.
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import median_seconds, report
from phbplanner.domain.money import Money
from phbplanner.domain.plan import Plan
from phbplanner.domain.versions import Agreement
from phbplanner.interchange.plan_json import load_plan_file, plan_document
from phbplanner.services.edits import SetSection
from phbplanner.services.files import create_plan_file, open_plan_file
from phbplanner.services.summary import summary_data
from phbplanner.storage.engine import make_engine
from phbplanner.storage.models import AttachmentRow, LedgerEntryRow

SMALL = os.environ.get("PHB_BENCH_SMALL") == "1"
ENTRIES = 6_000 if SMALL else 60_000
ATTACHMENTS = 50 if SMALL else 500
ATTACHMENT_BYTES = 200 * 1024
LINES = 300
VERSIONS = 10
PASS = "benchmark horse battery staple"
ROOT = Path(__file__).resolve().parent.parent


def generated_plan() -> Plan:
    """The example plan grown to 300 support lines, within a large enough budget."""
    plan = load_plan_file(ROOT / "resources" / "example-plan.json")
    rng = random.Random(3)
    lines = tuple(
        dataclasses.replace(
            plan.support_lines[i % len(plan.support_lines)],
            id=f"line{i}",
            description=f"Support line {i}",
            unit_cost=Money(rng.randint(500, 5000)),
            quantity=Decimal(rng.randint(1, 8)),
        )
        for i in range(LINES)
    )
    budget = dataclasses.replace(plan.budget, indicative=Money(10_000_000_000))
    return dataclasses.replace(plan, support_lines=lines, budget=budget)


def fill_ledger(path: Path) -> int:
    """Add the ledger and attachments straight through storage; return their raw byte size."""
    rng = random.Random(5)
    engine = make_engine(path, PASS)
    raw = 0
    start = date(2020, 4, 1)
    rows = []
    for n in range(ENTRIES):
        row = {
            "date": (start + timedelta(days=n * 2190 // ENTRIES)).isoformat(),
            "kind": "in" if n % 20 == 0 else "out",
            "payee": f"Payee {rng.randint(1, 400)}",
            "description": f"Payment {n} for support, week {n % 52 + 1}",
            "amount_pence": rng.randint(500, 150_000),
            "line_id": f"line{rng.randrange(LINES)}",
            "method": rng.choice(["bank transfer", "card", "cheque"]),
            "reference": f"REF{n:07d}",
            "recorded_by": "Carer",
            "reconciled": n % 3 == 0,
            "created": "2026-01-01T00:00:00+00:00",
        }
        raw += sum(len(str(v).encode()) for v in row.values())
        rows.append(row)
    with engine.begin() as conn:
        conn.execute(LedgerEntryRow.__table__.insert(), rows)
    for n in range(ATTACHMENTS):
        blob = rng.randbytes(ATTACHMENT_BYTES)
        with engine.begin() as conn:
            conn.execute(
                AttachmentRow.__table__.insert(),
                {
                    "entry_id": n * (ENTRIES // ATTACHMENTS) + 1,
                    "filename": f"receipt-{n}.jpg",
                    "mime": "image/jpeg",
                    "size": len(blob),
                    "data": blob,
                },
            )
        raw += len(blob) + len(f"receipt-{n}.jpg") + len("image/jpeg")
    engine.dispose()
    return raw


def build(folder: Path) -> tuple[Path, int]:
    """Make the benchmark file; return it and the raw size of everything in it."""
    path = folder / "bench.phbplan"
    plan = generated_plan()
    raw_plan = 0
    with create_plan_file(path, PASS, plan, author="Bench") as session:
        session._wait_for_backup()
        for number in range(VERSIONS):
            raw_plan += len(json.dumps(plan_document(session.plan)).encode())
            if number == VERSIONS - 1:
                break
            session.agree(Agreement(person_name="Ann", agreed_on=date(2026, 4, 1)))
            person = dataclasses.replace(session.plan.person, preferred_name=f"v{number + 2}")
            session.apply(SetSection("person", person))
    return path, raw_plan + fill_ledger(path)


def main() -> None:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_DATA_HOME"] = str(Path(tmp) / "data")  # backups stay in here
        path, raw = build(Path(tmp))
        built = time.perf_counter() - started
        size = path.stat().st_size
        print(
            f"Storage: {LINES} support lines, {VERSIONS} versions, {ENTRIES:,} ledger entries, "
            f"{ATTACHMENTS} attachments of {ATTACHMENT_BYTES // 1024} KB "
            f"(built in {built:.1f} s)"
        )

        def derive() -> None:
            engine = make_engine(path, PASS)
            with engine.connect():
                pass
            engine.dispose()

        kdf = median_seconds(derive, repeat=7, warmup=1)
        report("key derivation (one connection)", kdf)

        opens = []
        for _ in range(7):
            begin = time.perf_counter()
            session = open_plan_file(path, PASS, author="Bench", backup=False)
            opens.append(time.perf_counter() - begin)
            session.close()
        opened = statistics.median(opens)
        report("open to usable, in all", opened)
        report("open to usable, beyond key derivation", opened - kdf, target=0.5)

        with open_plan_file(path, PASS, author="Bench", backup=False) as session:
            engine = session._file.engine

            def read_summary() -> None:
                summary_data(session.plan)
                with engine.connect() as conn:
                    conn.exec_driver_sql(
                        "SELECT line_id, kind, sum(amount_pence) FROM ledger_entry "
                        "GROUP BY line_id, kind"
                    ).all()

            report("budget summary (plan + ledger totals)", median_seconds(read_summary))
            toggle = [False]

            def one_change() -> None:
                toggle[0] = not toggle[0]
                session.apply(SetSection("consent_to_share", toggle[0]))

            report("one change committed", median_seconds(one_change, repeat=30), target=0.020)
            backup_started = time.perf_counter()
            session.backup_now()
            report("a checked backup (VACUUM INTO + verify)", time.perf_counter() - backup_started)
        ratio = size / raw
        verdict = "meets" if ratio <= 1.2 else "MISSES"
        print(
            f"{'file size':<48} {size / 1e6:9.1f} MB  raw data {raw / 1e6:.1f} MB  "
            f"{ratio:.3f}×  {verdict} target 1.2×",
            flush=True,
        )


if __name__ == "__main__":
    main()
