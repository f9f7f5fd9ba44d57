"""A real plan file with two quarters of spending records, worked out by hand, for the returns.

The plan is the shipped example (Siân Pritchard): budget period 1 April 2026 – 31 March 2027,
paid every four weeks from 1 April (1 Apr, 29 Apr, 27 May, 24 Jun, 22 Jul, 19 Aug, 16 Sep,
14 Oct…); lines s1 (PA for walks → o1), s2 (PA at home → o2), s5 (taxi → o1), s6 (payroll →
o1, o2, o3), s9 (watercolour course → o3); s8 is notional (never in the records). One account,
"Direct payment account", opening balance £1,000.00 on 1 April 2026.

| id | date   | amount    | for                          | documents        | balance after |
|----|--------|-----------|------------------------------|------------------|---------------|
|  1 | 1 Apr  | +1,229.28 | budget payment               |                  | 2,229.28      |
|  2 | 15 Apr |   −200.00 | s1                           | 1                | 2,029.28      |
|  3 | 29 Apr | +1,229.28 | budget payment               |                  | 3,258.56      |
|  4 | 27 May | +1,229.28 | budget payment               |                  | 4,487.84      |
|  5 | 20 Jun |   −300.00 | s2                           | 1                | 4,187.84      |
|  6 | 24 Jun | +1,229.28 | budget payment               |                  | 5,417.12      |

The first quarter: in 4,917.12, out 500.00, closing 5,417.12 (the second quarter's opening).

| id | date   | amount    | for                            | documents      | balance after |
|----|--------|-----------|--------------------------------|----------------|---------------|
|  7 | 3 Jul  |    −45.60 | s1 (Łukasz Nowak, wages)       | 1 PNG          | 5,371.52      |
|  8 | 10 Jul |   −150.00 | split: s1 −100.00, s6 −50.00   | PDF, JPEG      | 5,221.52      |
|  9 | 15 Jul |     −2.50 | bank charge                    |                | 5,219.02      |
| 10 | 20 Jul |    −60.00 | not yet assigned (Tesco, "=…") |                | 5,159.02      |
| 11 | 22 Jul | +1,229.28 | budget payment                 |                | 6,388.30      |
| 12 | 2 Aug  |    +20.00 | s1 (money back)                |                | 6,408.30      |
| 13 | 5 Aug  |    +15.00 | refund                         |                | 6,423.30      |
| 14 | 10 Aug |    −12.00 | s6                             |                | 6,411.30      |
| 15 | 19 Aug | +1,229.28 | budget payment                 |                | 7,640.58      |
| 16 | 1 Sep  |    −75.00 | s5                             | 1 PDF          | 7,565.58      |
| 17 | 30 Sep |    −33.00 | s9 (bank balance 7,532.58)     |                | 7,532.58      |

The second quarter (1 July – 30 September): opening 5,417.12, in 2,493.56, out 378.10, closing
7,532.58 — the bank's balance after entry 17 agrees. The payment expected on 16 September did not
arrive (missing by 8 October). Without a receipt: 10 (60.00), 14 (12.00), 17 (33.00) — £105.00;
the bank charge needs none. Not assigned: entry 10, £60.00. By line: s1 145.60 out in 2
payments and 20.00 back; s6 62.00 (2); s5 75.00; s9 33.00.
"""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from phbplanner.domain.ledger import Account, Entry, Purpose, Split
from phbplanner.domain.money import Money
from phbplanner.domain.return_periods import ReturnPeriod
from phbplanner.services.ledger import Ledger
from phbplanner.services.session import PlanSession

TODAY = date(2026, 10, 8)
Q1 = ReturnPeriod(date(2026, 4, 1), date(2026, 6, 30))
Q2 = ReturnPeriod(date(2026, 7, 1), date(2026, 9, 30))
ACCOUNT = "Direct payment account"
PAYMENT = Money(122_928)

#: Receipts with a marker in their bytes (and random bytes, as photos have).
_rng = random.Random(13)
PNG = b"\x89PNG\r\n\x1a\n" + b"wages receipt 7f3c" + _rng.randbytes(3000)
PDF = b"%PDF-1.4\n%payslip marker\n" + _rng.randbytes(2000)
JPEG = b"\xff\xd8\xff\xe0" + b"invoice marker" + _rng.randbytes(2500)
TAXI = b"%PDF-1.4\n%taxi receipt\n" + _rng.randbytes(1500)
OLD = b"\x89PNG\r\n\x1a\n" + b"an older receipt" + bytes(300)


def m(text: str) -> Money:
    return Money.parse(text, allow_negative=True)


def _entry(day: date, amount: str, payee: str, purpose: Purpose, **kw: object) -> Entry:
    return Entry(day, m(amount), payee=payee, purpose=purpose, **kw)  # type: ignore[arg-type]


def fill(session: PlanSession) -> Ledger:
    """Add the account and the seventeen entries above (with their documents)."""
    ledger = Ledger(session)
    ledger.add_account(
        Account(ACCOUNT, opening_balance=m("1000.00"), opening_date=date(2026, 4, 1)), today=TODAY
    )
    budget, line, unassigned = Purpose.BUDGET_PAYMENT, Purpose.PLAN_LINE, Purpose.UNASSIGNED
    icb = "Cheshire and Merseyside ICB"
    made = [
        (_entry(date(2026, 4, 1), "1229.28", icb, budget, reference="PHB 1"), []),
        (_entry(date(2026, 4, 15), "-200.00", "Łukasz Nowak", line, line_id="s1",
                description="Walks, April"), [("april.png", OLD)]),
        (_entry(date(2026, 4, 29), "1229.28", icb, budget), []),
        (_entry(date(2026, 5, 27), "1229.28", icb, budget), []),
        (_entry(date(2026, 6, 20), "-300.00", "Zoë Brontë", line, line_id="s2",
                description="Help at home, June"), [("june.png", OLD + b"2")]),
        (_entry(date(2026, 6, 24), "1229.28", icb, budget), []),
        # the second quarter
        (_entry(date(2026, 7, 3), "-45.60", "Łukasz Nowak", line, line_id="s1",
                description="wages", reference="PA-01"), [("wages.png", PNG)]),
        (_entry(date(2026, 7, 10), "-150.00", "Brontë Payroll", line,
                description="PA wages and payroll",
                splits=(Split("s1", m("-100.00")), Split("s6", m("-50.00")))),
         [("payslip.pdf", PDF), ("invoice.jpg", JPEG)]),
        (_entry(date(2026, 7, 15), "-2.50", "Bank", Purpose.BANK_CHARGE,
                description="Monthly fee"), []),
        (_entry(date(2026, 7, 20), "-60.00", "Tesco", unassigned,
                description='=HYPERLINK("http://x")'), []),
        (_entry(date(2026, 7, 22), "1229.28", icb, budget, reference="PHB 5"), []),
        (_entry(date(2026, 8, 2), "20.00", "Łukasz Nowak", line, line_id="s1",
                description="Overpaid wages back"), []),
        (_entry(date(2026, 8, 5), "15.00", "Aqua Health", Purpose.REFUND,
                description="Cancelled session"), []),
        (_entry(date(2026, 8, 10), "-12.00", "Brontë Payroll", line, line_id="s6",
                description="Payroll, August"), []),
        (_entry(date(2026, 8, 19), "1229.28", icb, budget), []),
        (_entry(date(2026, 9, 1), "-75.00", "O'Brien Taxis", line, line_id="s5",
                description="Taxi to hydrotherapy"), [("taxi.pdf", TAXI)]),
        (_entry(date(2026, 9, 30), "-33.00", "Ffion ap Rhys", line, line_id="s9",
                description="Watercolour course", bank_balance=m("7532.58")), []),
    ]  # fmt: skip
    for entry, documents in made:
        recorded = ledger.record(entry, today=TODAY)
        assert recorded.id is not None
        for name, data in documents:
            ledger.attach(recorded.id, name, data)
    return ledger


def receipts_by_reference() -> dict[str, tuple[str, bytes]]:
    """The second quarter's receipts: reference → (original name, bytes)."""
    return {
        "R0007-1": ("wages.png", PNG),
        "R0008-1": ("payslip.pdf", PDF),
        "R0008-2": ("invoice.jpg", JPEG),
        "R0016-1": ("taxi.pdf", TAXI),
    }


def filled_file(template: Path, folder: Path) -> Path:
    """A copy of ``template`` (the example plan) with the records above."""
    from phbplanner.services.files import open_plan_file

    from ..storage.support import PASS

    target = folder / "plan.phbplan"
    target.write_bytes(template.read_bytes())
    with open_plan_file(target, PASS, author="Ffion", backup=False) as session:
        fill(session)
    return target
