"""A bank statement for the example plan, written as a bank would: for the screenshots.

The statement covers the last full month before ``today`` of the plan's first account: every
entry the records already hold for that month (so they show as already there), and a few new
rows — a taxi from the plan's provider, a supermarket, the bank's monthly fee — with the bank's
balance after each row, worked out from the records so the balance checks agree.
"""

from __future__ import annotations

from datetime import date, timedelta

from ...domain.money import Money
from ...services.ledger import Ledger
from ...services.ledger_view import EntryFilter, LedgerView
from ...services.session import PlanSession

#: The new rows: (day of the month, bank's text, pence).
NEW_ROWS = (
    (4, "CHESTER CARS LTD 0151", -2200),
    (12, "TESCO STORES 3297", -1240),
    (19, "CHESTER CARS LTD 0151", -2200),
    (1, "MONTHLY ACCOUNT FEE", -500),  # the same amount as last month's fee: a possible match
)


def statement_rows(session: PlanSession, today: date) -> list[tuple[date, str, int, int]]:
    """``(date, text, pence, bank balance)`` of last month, oldest first."""
    first_of_this = today.replace(day=1)
    last = first_of_this - timedelta(days=1)
    first = last.replace(day=1)
    account = Ledger(session).accounts()[0]
    view = LedgerView(session)
    try:
        before = view.rows(
            view.ids(EntryFilter(account_id=account.id, date_to=first - timedelta(days=1)))[-1:]
        )
        balance = before[0].balance_pence if before else account.opening_balance.pence
        found = view.rows(view.ids(EntryFilter(account_id=account.id, date_from=first,
                                               date_to=last)))  # fmt: skip
    finally:
        view.close()
    rows = [
        (date.fromisoformat(row.date), f"{row.payee} {row.description}".strip().upper(),
         row.amount_pence)
        for row in found
    ]  # fmt: skip
    for day, text, pence in NEW_ROWS:
        rows.append((first.replace(day=min(day, last.day)), text, pence))
    rows.sort(key=lambda row: row[0])
    written = []
    for when, text, pence in rows:
        balance += pence
        written.append((when, text, pence, balance))
    return written


def _pounds(pence: int) -> str:
    return Money(abs(pence)).to_str()


def lloyds_statement(session: PlanSession, today: date, *, bad_row: bool = False) -> bytes:
    """Last month as Lloyds writes it (newest first, debit and credit columns, a balance);
    ``bad_row`` spoils one amount, as a damaged download might."""
    lines = [
        "Transaction Date,Transaction Type,Sort Code,Account Number,Transaction Description,"
        "Debit Amount,Credit Amount,Balance"
    ]
    rows = list(reversed(statement_rows(session, today)))
    for number, (when, text, pence, balance) in enumerate(rows):
        debit = _pounds(pence) if pence < 0 else ""
        credit = _pounds(pence) if pence > 0 else ""
        if bad_row and number == 2:
            debit = '"12,34.5x"'  # quoted, as a bank quotes a field with a comma
        kind = "FPI" if pence > 0 else "DEB"
        quoted = f'"{text}"' if "," in text else text
        lines.append(
            f"{when:%d/%m/%Y},{kind},'30-91-74,12345678,{quoted},{debit},{credit},"
            f"{Money(balance).to_str()}"
        )
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def hsbc_statement(session: PlanSession, today: date) -> bytes:
    """Last month as HSBC writes it: no headings, date, text and a signed amount."""
    lines = []
    for when, text, pence, _balance in reversed(statement_rows(session, today)):
        amount = Money(pence).to_str()
        lines.append(f'{when:%d/%m/%Y},"{text}","{amount}"')
    return ("\n".join(lines) + "\n").encode("utf-8")


def columns_statement(session: PlanSession, today: date) -> bytes:
    """Last month from a bank not in the list: two lines about the account, no headings,
    semicolons, the date first, then the text, paid out, paid in and the balance."""
    lines = ["Account statement;;;;", "Direct payment account 12345678;;;;"]
    for when, text, pence, balance in statement_rows(session, today):
        paid_out = _pounds(pence) if pence < 0 else ""
        paid_in = _pounds(pence) if pence > 0 else ""
        lines.append(f"{when:%d.%m.%Y};{text};{paid_out};{paid_in};{Money(balance).to_str()}")
    return ("\n".join(lines) + "\n").encode("utf-8")
