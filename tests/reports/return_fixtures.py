"""Returns for the report tests and the returns benchmark: the hand-worked quarter, and a busy one.

``busy_quarter`` is a quarter of a carer's records as issue 13 sizes it: about 250 entries (three
budget payments, wages, agencies, equipment, bank charges, refunds, splits, a few not yet
assigned) and 60 receipts of about 200 KB of random bytes (like photos, which do not compress).
It is the same every time (a fixed seed).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from phbplanner.domain.money import Money
from phbplanner.domain.monitoring import (
    EntryPart,
    EntryPurpose,
    MonitoringReturn,
    ReturnEntry,
    ReturnHeader,
    build_return,
    plan_refs,
)
from phbplanner.domain.return_periods import ReturnPeriod
from phbplanner.reports.audit_pack import PackReceipt

from ..domain.return_data import OPENING, PERIOD, header, quarter_entries, refs
from .pdf_plans import big_plan

P = EntryPurpose

PAYEES = (
    "Łukasz Nowak", "Siân Pritchard", "Nguyễn Thị Minh", "Zoë Brontë", "Caring Hands Ltd",
    "Brontë Payroll", "Aqua Health & Co <Ltd>", "Hill Walkers CIC", "O'Brien Taxis",
    "Ffion ap Rhys", "=cmd|' /C calc'!A0", "Mobility World",
)  # fmt: skip
DESCRIPTIONS = (
    "wages", "Support hours, week {n}", "Hydrotherapy session", "Taxi to the hills",
    "Walking group fee", "Payroll service", "Shower chair", "Respite night",
    "+44 phone top-up", "@home care visit", "Sessions — July/August, part {n}",
)  # fmt: skip


def hand_worked_return(**options: object) -> MonitoringReturn:
    """The hand-worked quarter of ``tests/domain/return_data.py``."""
    return build_return(header(), PERIOD, OPENING, quarter_entries(), **{**refs(), **options})  # type: ignore[arg-type]


def hand_worked_receipts() -> list[PackReceipt]:
    """The four documents of the hand-worked quarter, each with a marker in its bytes."""
    result = []
    for entry in quarter_entries():
        for number, name in enumerate(entry.documents, start=1):
            data = f"%PDF-1.4 receipt R{entry.id:04d}-{number} {name}\n".encode() * 50
            result.append(PackReceipt.of_bytes(entry.id, number, name, data))
    return result


@dataclass(frozen=True)
class BusyQuarter:
    """A return with many entries and the receipts of its documents."""

    ret: MonitoringReturn
    receipts: list[PackReceipt]


def busy_quarter(
    entries: int = 250, receipts: int = 60, receipt_size: int = 200_000, seed: int = 2026
) -> BusyQuarter:
    """About ``entries`` entries and ``receipts`` receipts of ``receipt_size`` bytes (seeded)."""
    rng = random.Random(seed)
    plan = big_plan(24, 8)
    lines, outcomes = plan_refs(plan)
    period = ReturnPeriod(date(2026, 7, 6), date(2026, 10, 5))
    made: list[ReturnEntry] = []
    with_receipts = 0
    for n in range(1, entries + 1):
        day = period.start + timedelta(days=(n * period.days) // (entries + 1))
        payee = PAYEES[n % len(PAYEES)]
        description = DESCRIPTIONS[n % len(DESCRIPTIONS)].format(n=n)
        if n in (1, 85, 170):
            made.append(ReturnEntry(n, day, Money(1_000_000), "Herefordshire ICB",
                                    "Monthly budget payment", P.BUDGET_PAYMENT,
                                    reference=f"PHB{n}"))  # fmt: skip
            continue
        if n % 40 == 0:
            made.append(ReturnEntry(n, day, Money(-250), "Bank", "Account fee", P.BANK_CHARGE))
            continue
        if n % 61 == 0:
            made.append(ReturnEntry(n, day, Money(rng.randint(500, 5000)), payee, "Refund",
                                    P.REFUND))  # fmt: skip
            continue
        amount = -rng.randint(1_000, 20_000)
        documents: tuple[str, ...] = ()
        if with_receipts < receipts and n % 4 != 3:
            documents = (f"receipt-{n}.{('pdf', 'jpg', 'PNG')[n % 3]}",)
            with_receipts += 1
        if n % 37 == 0:
            made.append(ReturnEntry(n, day, Money(amount), payee, description, P.UNASSIGNED,
                                    documents=documents))  # fmt: skip
            continue
        line = lines[n % len(lines)]
        if n % 11 == 0:
            first = amount // 3
            parts = (EntryPart(line.id, Money(first)),
                     EntryPart(lines[(n + 5) % len(lines)].id, Money(amount - first)))  # fmt: skip
            made.append(ReturnEntry(n, day, Money(amount), payee, description, P.PLAN_LINE,
                                    parts=parts, documents=documents))  # fmt: skip
            continue
        made.append(ReturnEntry(n, day, Money(amount), payee, description, P.PLAN_LINE, line.id,
                                documents=documents))  # fmt: skip
    head = ReturnHeader(
        person_name="Siân Williams",
        account_name="Direct payment account (Lloyds ****1234)",
        plan_label="Plan version 3 (agreed)",
        plan_fingerprint="3f9a0c1d" * 8,
        holder_name="Zoë Brontë",
        budget_start=date(2026, 4, 6),
        budget_end=date(2027, 4, 5),
    )
    ret = build_return(head, period, Money(250_000), made, plan_lines=lines, outcomes=outcomes,
                       weekly_planned=Money(150_000))  # fmt: skip
    packed = []
    for entry in made:
        for number, name in enumerate(entry.documents, start=1):
            data = rng.randbytes(receipt_size)
            packed.append(PackReceipt.of_bytes(entry.id, number, name, data))
    return BusyQuarter(ret, packed)
