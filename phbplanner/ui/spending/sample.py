"""Example spending records for the example plan (``--demo --screenshots``), made through the
services as a carer would make them.

Until the example plan carries its own records, this fills an example file with what has passed
of its budget period up to ``today``: the budget payments of its payment schedule, a payment for
every occurrence of each line paid from the direct payment (the lines of one provider on one
schedule as one payment shared between them), a refund, a bank charge, a receipt with every
payment — photos and PDFs, kept inside the file — except one, and one line costing more than
planned. No Qt here: the documents are drawn with the standard library and ReportLab.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta

from ...domain.documents import DocumentKind
from ...domain.forecast import expected_payments
from ...domain.ledger import (
    Account,
    AccountKind,
    Entry,
    LedgerSettings,
    PaymentMethod,
    Purpose,
    Split,
)
from ...domain.money import Money
from ...domain.plan import Management, SupportLine
from ...domain.planned import PlannedSpending
from ...domain.schedule import format_date
from ...services.ledger import Ledger
from ...services.session import PlanSession

#: The category whose line costs more than planned in the example (the swimming sessions).
OVERSPENT_CATEGORY = "activities"


def receipt_png(seed: int) -> bytes:
    """A small picture of a till receipt (a paper strip with lines of print)."""
    width, height = 90, 140
    rows = []
    for y in range(height):
        row = bytearray()
        for x in range(width):
            paper = 8 <= x < width - 8 and 4 <= y < height - 4
            printed = paper and (y % 9 in (0, 1)) and 14 <= x < 14 + (y * 7 + seed * 13) % 56
            total = paper and 112 <= y < 118 and 40 <= x < 76
            shade = 40 if printed or total else (250 if paper else 205)
            row += bytes((shade, shade, shade))
        rows.append(b"\x00" + bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def invoice_pdf(title: str, payee: str, day: date, amount: Money, what: str) -> bytes:
    """A one-page invoice or payslip as a PDF."""
    from reportlab.lib.pagesizes import A5
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A5, invariant=True)
    width, height = A5
    page.setFont("Helvetica-Bold", 20)
    page.drawString(36, height - 60, title)
    page.setFont("Helvetica", 12)
    page.drawString(36, height - 90, payee)
    page.drawString(36, height - 110, format_date(day))
    page.line(36, height - 125, width - 36, height - 125)
    page.drawString(36, height - 150, what[:60])
    page.drawRightString(width - 36, height - 150, amount.format())
    page.setFont("Helvetica-Bold", 14)
    page.drawString(36, height - 190, "Total")
    page.drawRightString(width - 36, height - 190, amount.format())
    page.showPage()
    page.save()
    return out.getvalue()


def _provider(line: SupportLine) -> str:
    return line.provider or line.description or line.id


def add_sample_records(session: PlanSession, today: date) -> int:
    """Fill an example plan's empty records up to ``today``; return how many entries were made
    (none when the file already has an account)."""
    ledger = Ledger(session)
    if ledger.accounts():
        return 0
    plan = session.plan
    start = plan.budget.period_start or today - timedelta(days=180)
    if start > today:
        return 0
    ledger.add_account(
        Account("Direct payment bank account", AccountKind.BANK_ACCOUNT, Money(0), start),
        today=today,
    )
    planned = PlannedSpending(plan, frozenset({Management.DIRECT_PAYMENT}))
    made: list[tuple[int, str, Entry]] = []  # (id, kind of receipt, entry)

    def record(entry: Entry, receipt: str = "pdf") -> None:
        saved = ledger.record(entry, today=today)
        assert saved.id is not None
        made.append((saved.id, receipt, saved))

    payer = plan.budget.set_by or "Council"
    for day, amount in expected_payments(planned, LedgerSettings()):
        if day <= today:
            record(Entry(day, amount, payee=payer, description="Direct payment",
                         purpose=Purpose.BUDGET_PAYMENT, method=PaymentMethod.BANK_TRANSFER,
                         reconciled=day <= today - timedelta(days=30)), "")  # fmt: skip
    groups: dict[tuple[str, str], list[tuple[SupportLine, tuple[date, ...]]]] = defaultdict(list)
    for schedule in planned.lines:
        line = schedule.line
        groups[(_provider(line), line.schedule.frequency.value)].append((line, schedule.dates))
    for (provider, _frequency), members in groups.items():
        first_line, dates = members[0]
        for number, day in enumerate(d for d in dates if d <= today):
            parts = []
            for line, own in members:
                if len(own) > number:
                    cost = line.unit_cost.times(line.quantity)
                    if line.category.value == OVERSPENT_CATEGORY and number % 3:
                        cost = Money(cost.pence * 13 // 10)  # more than planned, most weeks
                    parts.append(Split(line.id, -cost))
            total = Money.total(part.amount for part in parts)
            if not total:
                continue
            photo = first_line.category.value == OVERSPENT_CATEGORY
            entry = Entry(
                day, total, payee=provider, description=first_line.description,
                purpose=Purpose.PLAN_LINE, method=PaymentMethod.CARD if photo else
                PaymentMethod.BANK_TRANSFER, reference=f"{provider[:3].upper()}{number + 1:03d}",
                reconciled=day <= today - timedelta(days=30),
            )  # fmt: skip
            if len(parts) > 1:
                entry = replace(entry, splits=tuple(parts))
            else:
                entry = replace(entry, line_id=parts[0].line_id)
            record(entry, "png" if photo else "pdf")
    refund_line = next(
        (s.line for s in planned.lines if s.line.category.value == OVERSPENT_CATEGORY), None
    )
    if refund_line is not None and start + timedelta(days=75) <= today:
        day = start + timedelta(days=75)
        record(Entry(day, refund_line.unit_cost, payee=_provider(refund_line),
                     description="Session cancelled: money back", purpose=Purpose.PLAN_LINE,
                     line_id=refund_line.id, method=PaymentMethod.CARD), "")  # fmt: skip
    if start + timedelta(days=40) <= today:
        day = start + timedelta(days=40)
        record(Entry(day, Money(-500), payee="Bank", description="Monthly account fee",
                     purpose=Purpose.BANK_CHARGE), "")  # fmt: skip
    # every payment out has its receipt, except one taxi fare more than a month old
    old = [item for item in made if item[1] and item[2].date < today - timedelta(days=45)]
    forgotten = old[len(old) // 2][0] if old else None
    for entry_id, receipt, entry in made:
        if not receipt or entry_id == forgotten:
            continue
        if receipt == "png":
            ledger.attach(entry_id, f"receipt-{entry.date.isoformat()}.png",
                          receipt_png(entry_id), DocumentKind.RECEIPT)  # fmt: skip
        else:
            kind = DocumentKind.INVOICE
            title = "Invoice"
            if "assistant" in entry.description.lower():
                kind, title = DocumentKind.TIMESHEET, "Timesheet"
            ledger.attach(
                entry_id, f"{title.lower()}-{entry.date.isoformat()}.pdf",
                invoice_pdf(title, entry.payee, entry.date, abs(entry.amount), entry.description),
                kind,
            )  # fmt: skip
    return len(made)
