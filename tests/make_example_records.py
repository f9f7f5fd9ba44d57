"""Give the example plan its spending records (run by hand, then commit the result)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.make_example_records

Siân's sister Ffion keeps the records of the direct payment from April to the end of November
2026: the ICB's four-weekly budget payments, Rhian's wages every week (split between the two PA
lines of the plan), swimming, taxis, the payroll service, the insurance, the watercolour course
and the short break — with payslips (net pay and pay period typed in), timesheets, invoices
and receipts kept inside the file (small pictures and PDFs), one refund, one bank charge,
**one taxi ride still without a receipt** and **extra taxi rides** that take that line over its
plan. ``resources/example-plan.json`` becomes a format
version 2 document carrying them (with the documents' bytes); the plan itself is unchanged.
"""

from __future__ import annotations

import hashlib
import io
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from phbplanner.domain.documents import DocumentKind
from phbplanner.domain.forecast import expected_payments
from phbplanner.domain.ledger import Account, Entry, LedgerSettings, PaymentMethod, Purpose, Split
from phbplanner.domain.money import Money
from phbplanner.domain.plan import Plan, SupportLine
from phbplanner.domain.planned import PlannedSpending
from phbplanner.domain.records import DocumentRecord, Records
from phbplanner.domain.schedule import iter_occurrences
from phbplanner.interchange.document import dumps_document, full_document
from phbplanner.interchange.plan_json import load_plan_file, plan_document

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "example-plan.json"
UNTIL = date(2026, 11, 27)
HOLDER = "Ffion Pritchard"


def _png(title: str, lines: list[str]) -> bytes:
    """A small receipt-like picture (Qt, offscreen)."""
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(240, 320, QImage.Format.Format_RGB32)
    image.fill(QColor("#fbfaf4"))
    painter = QPainter(image)
    painter.setPen(QColor("#222222"))
    painter.setFont(QFont("DejaVu Sans", 11, QFont.Weight.Bold))
    painter.drawText(0, 16, 240, 24, Qt.AlignmentFlag.AlignHCenter, title)
    painter.setFont(QFont("DejaVu Sans", 9))
    for number, line in enumerate(lines):
        painter.drawText(16, 60 + number * 20, 208, 20, Qt.AlignmentFlag.AlignLeft, line)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    del _app
    return bytes(buffer.data().data())


def _pdf(title: str, lines: list[str]) -> bytes:
    """A one-page document (ReportLab, the same bytes every time)."""
    from reportlab.lib.pagesizes import A5
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A5, invariant=1)
    canvas.setTitle(title)
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawString(40, 540, title)
    canvas.setFont("Helvetica", 10)
    for number, line in enumerate(lines):
        canvas.drawString(40, 510 - number * 16, line)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


class Maker:
    """Builds the records in order, giving ids as it goes."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.entries: list[Entry] = []
        self.documents: list[DocumentRecord] = []
        self.lines = {line.id: line for line in plan.support_lines}

    def line(self, line_id: str) -> SupportLine:
        return self.lines[line_id]

    def cost(self, line_id: str) -> Money:
        line = self.line(line_id)
        return line.unit_cost.times(line.quantity)

    def add(self, entry: Entry) -> int:
        entry_id = len(self.entries) + 1
        self.entries.append(
            Entry(**{**_fields(entry), "id": entry_id, "account_id": 1, "recorded_by": HOLDER})
        )
        return entry_id

    def pay(self, day: date, line_id: str, *, amount: Money | None = None, **kw: object) -> int:
        line = self.line(line_id)
        return self.add(
            Entry(
                day,
                -(amount or self.cost(line_id)),
                payee=line.provider,
                description=str(kw.pop("description", line.description)),
                purpose=Purpose.PLAN_LINE,
                line_id=line_id,
                line_description=line.description,
                method=kw.pop("method", PaymentMethod.BANK_TRANSFER),  # type: ignore[arg-type]
                reference=str(kw.pop("reference", "")),
                reconciled=day < date(2026, 11, 1),
            )
        )

    def keep(
        self,
        kind: DocumentKind,
        name: str,
        data: bytes,
        entries: list[int],
        details: dict[str, str] | None = None,
    ) -> None:
        mime = "application/pdf" if data.startswith(b"%PDF") else "image/png"
        self.documents.append(
            DocumentRecord(
                id=len(self.documents) + 1,
                kind=kind,
                filename=name,
                mime=mime,
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                entries=tuple(entries),
                details=details or {},
                added="2026-11-28T10:00:00+00:00",
                added_by=HOLDER,
                data=data,
            )
        )


def _fields(entry: Entry) -> dict[str, object]:
    return {name: getattr(entry, name) for name in Entry.__dataclass_fields__}


def _occurrences(plan: Plan, line_id: str) -> list[date]:
    line = next(item for item in plan.support_lines if item.id == line_id)
    start, end = plan.budget.period_start, plan.budget.period_end
    assert start and end
    return [day for day in iter_occurrences(line.schedule, start, end) if day <= UNTIL]


def build(plan: Plan) -> Records:
    m = Maker(plan)
    # the ICB's four-weekly payments, the amounts the plan expects
    for due, amount in expected_payments(PlannedSpending(plan), LedgerSettings()):
        if due <= UNTIL:
            m.add(
                Entry(
                    due,
                    amount,
                    payee="NHS Cheshire and Merseyside ICB",
                    description="Personal health budget payment",
                    purpose=Purpose.BUDGET_PAYMENT,
                    method=PaymentMethod.BANK_TRANSFER,
                    reference=f"PHB-{due:%y%m%d}",
                    reconciled=due < date(2026, 11, 1),
                )
            )
    # Rhian's wages every Friday: her help at home, and the walks when there were any that week
    walks = set(_occurrences(plan, "s1"))
    payslips: dict[str, list[int]] = {}
    hours: dict[int, Decimal] = {}
    timesheets: list[tuple[str, str, list[int], dict[str, str]]] = []
    for day in _occurrences(plan, "s2"):
        friday = day + timedelta(days=(4 - day.weekday()) % 7)
        week = {friday - timedelta(days=n) for n in range(7)}
        parts = [Split("s2", -m.cost("s2"), m.line("s2").description)]
        if walks & week:
            parts.append(Split("s1", -m.cost("s1"), m.line("s1").description))
        total = Money.total(p.amount for p in parts)
        one = parts[0] if len(parts) == 1 else None
        entry_id = m.add(
            Entry(
                friday,
                total,
                payee="Rhian Morgan",
                description=f"Wages, week ending {friday:%-d %B}",
                purpose=Purpose.PLAN_LINE,
                splits=() if one else tuple(parts),
                line_id=one.line_id if one else None,
                line_description=one.line_description if one else "",
                method=PaymentMethod.BANK_TRANSFER,
                reference=f"PAY{friday:%m%d}",
                reconciled=friday < date(2026, 11, 1),
            )
        )
        payslips.setdefault(f"{friday:%Y-%m}", []).append(entry_id)
        hours[entry_id] = sum((m.line(p.line_id).quantity for p in parts), Decimal(0))
    for month, ids in payslips.items():
        net = sum(-m.entries[i - 1].amount.pence for i in ids)
        label = date.fromisoformat(month + "-01").strftime("%B %Y")
        first = date.fromisoformat(month + "-01")
        last = (first + timedelta(days=31)).replace(day=1) - timedelta(days=1)
        period = {"period_start": first.isoformat(), "period_end": last.isoformat()}
        timesheets.append((month, label, ids, period))
        m.keep(
            DocumentKind.PAYSLIP,
            f"payslip-rhian-{month}.pdf",
            _pdf(
                f"Payslip: Rhian Morgan, {label}",
                [
                    "Employer: Siân Pritchard (nominee: Ffion Pritchard)",
                    f"Net pay for the month: £{net / 100:,.2f}",
                    "Cheshire Payroll Co-op",
                ],
            ),
            ids,
            {"net_pay": f"{net / 100:.2f}", **period},
        )
    # swimming: paid each week; one invoice a quarter covers them; one session refunded
    swims: dict[int, list[int]] = {}
    for day in _occurrences(plan, "s3"):
        swims.setdefault((day.month - 4) // 3, []).append(
            m.pay(day, "s3", method=PaymentMethod.CARD)
        )
    for quarter, ids in swims.items():
        m.keep(
            DocumentKind.INVOICE,
            f"northgate-swimming-q{quarter + 1}.pdf",
            _pdf(
                "Northgate leisure centre",
                [f"Swimming sessions: {len(ids)}", "Accessible changing room booked"],
            ),
            ids,
        )
    m.add(
        Entry(
            date(2026, 8, 20),
            Money(580),
            payee="Northgate leisure centre",
            description="Session cancelled: pool closed",
            purpose=Purpose.REFUND,
            method=PaymentMethod.CARD,
            reconciled=True,
        )
    )
    # taxis to hydrotherapy, and three extra rides in the autumn (over the plan)
    rides = [(day, m.pay(day, "s5", method=PaymentMethod.CARD)) for day in _occurrences(plan, "s5")]
    for day in (date(2026, 9, 29), date(2026, 10, 20), date(2026, 11, 3)):
        rides.append(
            (
                day,
                m.pay(
                    day,
                    "s5",
                    method=PaymentMethod.CARD,
                    description="Taxi to hydrotherapy (extra session)",
                ),
            )
        )
    missing = date(2026, 9, 29)  # the one still without a receipt
    for day, entry_id in rides:
        if day != missing:
            m.keep(
                DocumentKind.RECEIPT,
                f"taxi-{day:%Y-%m-%d}.png",
                _png(
                    "CHESTER CARS",
                    [
                        f"{day:%-d %b %Y}",
                        "To: hydrotherapy pool",
                        "Fare: £22.00",
                        "Paid by card. Thank you!",
                    ],
                ),
                [entry_id],
            )
    # the payroll service every month, the insurance, the course, the short break
    for day in _occurrences(plan, "s6"):
        entry_id = m.pay(day, "s6", method=PaymentMethod.DIRECT_DEBIT)
        m.keep(
            DocumentKind.INVOICE,
            f"payroll-{day:%Y-%m}.pdf",
            _pdf("Cheshire Payroll Co-op", [f"Payroll service, {day:%B %Y}", "£12.50"]),
            [entry_id],
        )
    for day in _occurrences(plan, "s7"):
        entry_id = m.pay(day, "s7")
        m.keep(
            DocumentKind.CERTIFICATE,
            "employers-liability-2026.pdf",
            _pdf(
                "Fairwell Insurance",
                [
                    "Employer's liability insurance certificate",
                    "Policy holder: Siân Pritchard",
                    "1 April 2026 to 31 March 2027",
                ],
            ),
            [entry_id],
        )
    for day in _occurrences(plan, "s9"):
        entry_id = m.pay(day, "s9")
        m.keep(
            DocumentKind.INVOICE,
            f"watercolour-{day:%Y-%m}.pdf",
            _pdf("Chester Arts Centre", ["Watercolour for beginners", "One term: £60.00"]),
            [entry_id],
        )
    for day in _occurrences(plan, "s10"):
        entry_id = m.pay(day, "s10", reference="CR-4471")
        m.keep(
            DocumentKind.INVOICE,
            "coast-retreats-invoice.pdf",
            _pdf("Coast Retreats", ["Accessible cottage, 14–18 September 2026", "£650.00"]),
            [entry_id],
        )
    m.add(
        Entry(
            date(2026, 10, 31),
            Money(-500),
            payee="Bank",
            description="Account fee",
            purpose=Purpose.BANK_CHARGE,
            method=PaymentMethod.OTHER,
        )
    )
    # Rhian's timesheets, one a month, kept with the same payments as the payslip (added last,
    # so the other documents keep their numbers)
    for month, label, ids, period in timesheets:
        worked = sum((hours[i] for i in ids), Decimal(0))
        m.keep(
            DocumentKind.TIMESHEET,
            f"timesheet-rhian-{month}.pdf",
            _pdf(
                f"Timesheet: Rhian Morgan, {label}",
                [f"Hours worked: {worked}", "Signed: Rhian Morgan, Ffion Pritchard"],
            ),
            ids,
            {**period, "hours": f"{worked}"},
        )
    entries = sorted(m.entries, key=lambda e: (e.date, e.id or 0))
    account = Account(
        "Direct payment account", opening_balance=Money(0), opening_date=date(2026, 4, 1), id=1
    )
    return Records((account,), tuple(entries), tuple(m.documents))


def main() -> None:
    plan = load_plan_file(EXAMPLE)
    records = build(plan)
    document = full_document(plan, records, with_attachments=True)
    parts = ("version", "accounts", "entries", "attachments")
    the_plan = {k: v for k, v in document.items() if k not in parts}
    assert the_plan == {k: v for k, v in plan_document(plan).items() if k != "version"}
    EXAMPLE.write_text(dumps_document(document), "utf-8")
    print(
        f"{EXAMPLE}: {len(records.entries)} entries, {len(records.attachments)} documents, "
        f"{EXAMPLE.stat().st_size / 1024:,.0f} KB"
    )


if __name__ == "__main__":
    main()
