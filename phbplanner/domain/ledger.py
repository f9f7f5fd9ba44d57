"""Spending records as plain values: accounts, entries and their splits (SPEC §4).

Spending records are not part of the immutable :class:`~phbplanner.domain.plan.Plan`: recording a
payment never re-costs or re-fingerprints the plan. An entry names the plan line it pays for by
the line's stable id (the same in every plan version) and keeps the line's description, so a
report can still name a line that a later version removed.

These types hold what is stored, and are built by storage without any checks (stored data is
read back tolerantly and never re-validated). Values typed in or imported are checked first by
:mod:`phbplanner.domain.entry_checks`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .money import ZERO, Money
from .plan import Management
from .text import translate


class AccountKind(StrEnum):
    """Where the money is kept."""

    BANK_ACCOUNT = "bank_account"
    PREPAID_CARD = "prepaid_card"
    THIRD_PARTY_STATEMENT = "third_party_statement"


class Purpose(StrEnum):
    """What an entry is for: a plan line, or one of the things that are not a plan line."""

    PLAN_LINE = "plan_line"
    BUDGET_PAYMENT = "budget_payment"  # budget money paid into the account
    REFUND = "refund"  # money back that is not linked to a plan line
    BANK_CHARGE = "bank_charge"
    UNASSIGNED = "unassigned"  # not yet assigned


class PaymentMethod(StrEnum):
    """How money moved."""

    BANK_TRANSFER = "bank_transfer"
    STANDING_ORDER = "standing_order"
    DIRECT_DEBIT = "direct_debit"
    CARD = "card"
    CHEQUE = "cheque"
    CASH = "cash"
    OTHER = "other"


def account_kind_label(kind: AccountKind) -> str:
    """A plain-English name for a kind of account."""
    labels = {
        AccountKind.BANK_ACCOUNT: translate("Ledger", "Bank account"),
        AccountKind.PREPAID_CARD: translate("Ledger", "Prepaid card"),
        AccountKind.THIRD_PARTY_STATEMENT: translate("Ledger", "Statements from a third party"),
    }
    return labels[kind]


def purpose_label(purpose: Purpose) -> str:
    """A plain-English name for what an entry is for (other than a named plan line)."""
    labels = {
        Purpose.PLAN_LINE: translate("Ledger", "A line of the plan"),
        Purpose.BUDGET_PAYMENT: translate("Ledger", "Budget payment received"),
        Purpose.REFUND: translate("Ledger", "Refund"),
        Purpose.BANK_CHARGE: translate("Ledger", "Bank charge"),
        Purpose.UNASSIGNED: translate("Ledger", "Not yet assigned"),
    }
    return labels[purpose]


def payment_method_label(method: PaymentMethod) -> str:
    """A plain-English name for a payment method."""
    labels = {
        PaymentMethod.BANK_TRANSFER: translate("Ledger", "Bank transfer"),
        PaymentMethod.STANDING_ORDER: translate("Ledger", "Standing order"),
        PaymentMethod.DIRECT_DEBIT: translate("Ledger", "Direct debit"),
        PaymentMethod.CARD: translate("Ledger", "Card"),
        PaymentMethod.CHEQUE: translate("Ledger", "Cheque"),
        PaymentMethod.CASH: translate("Ledger", "Cash"),
        PaymentMethod.OTHER: translate("Ledger", "Other"),
    }
    return labels[method]


#: Which lines' money each kind of account holds (used by :func:`held_managements`).
ACCOUNT_HOLDS = {
    AccountKind.BANK_ACCOUNT: Management.DIRECT_PAYMENT,
    AccountKind.PREPAID_CARD: Management.DIRECT_PAYMENT,
    AccountKind.THIRD_PARTY_STATEMENT: Management.THIRD_PARTY,
}


@dataclass(frozen=True, slots=True)
class Account:
    """A money account of one plan; its balance at the start of ``opening_date`` is known."""

    name: str
    kind: AccountKind = AccountKind.BANK_ACCOUNT
    opening_balance: Money = ZERO
    opening_date: date | None = None
    id: int | None = None  # given by storage


@dataclass(frozen=True, slots=True)
class Split:
    """One part of an entry split across plan lines; it has the sign of its entry."""

    line_id: str
    amount: Money
    line_description: str = ""


@dataclass(frozen=True, slots=True)
class LinePart:
    """The money an entry moves for one plan line (signed: money out negative)."""

    line_id: str
    line_description: str
    amount: Money


@dataclass(frozen=True, slots=True)
class Entry:
    """Money in (positive ``amount``) or out (negative) of an account.

    What it pays for is ``purpose``; for :attr:`Purpose.PLAN_LINE` either ``line_id`` names the
    line, or ``splits`` (two or more) share the amount between lines and ``line_id`` is None.
    """

    date: date
    amount: Money
    payee: str = ""
    description: str = ""
    purpose: Purpose = Purpose.UNASSIGNED
    line_id: str | None = None
    line_description: str = ""
    splits: tuple[Split, ...] = ()
    method: PaymentMethod | None = None
    reference: str = ""
    recorded_by: str = ""
    reconciled: bool = False
    bank_balance: Money | None = None  # the bank's own balance after this entry, if known
    import_id: int | None = None  # the statement import it came from
    notes: str = ""
    account_id: int | None = None
    id: int | None = None  # given by storage

    @property
    def money_in(self) -> bool:
        """Whether this is money coming in."""
        return self.amount.pence > 0

    def line_parts(self) -> tuple[LinePart, ...]:
        """The money this entry moves for each plan line (none for other purposes)."""
        if self.purpose is not Purpose.PLAN_LINE:
            return ()
        if self.splits:
            return tuple(LinePart(s.line_id, s.line_description, s.amount) for s in self.splits)
        if self.line_id is None:
            return ()
        return (LinePart(self.line_id, self.line_description, self.amount),)


def needs_receipt(entry: Entry) -> bool:
    """Whether an entry needs evidence attached: a receipt, invoice, payslip or timesheet.

    Every payment out does, except a bank charge (the statement is its evidence). Money in does
    not. *Which* documents depend on the kind of spending (wages: a payslip and a timesheet;
    an agency: an invoice; …): ``domain.evidence``. Storage asks the same in SQL
    (``storage.ledger_queries.missing_evidence_sql``).
    """
    return entry.amount.pence < 0 and entry.purpose is not Purpose.BANK_CHARGE


def held_managements(accounts: tuple[Account, ...] | list[Account]) -> frozenset[Management]:
    """How the money is managed for the lines these accounts pay for.

    A bank account or a prepaid card holds a direct payment; statements from a third party hold
    the third party's part. Lines managed notionally (the NHS pays) are never in the records.
    """
    return frozenset(ACCOUNT_HOLDS[account.kind] for account in accounts)


@dataclass(frozen=True, slots=True)
class LedgerSettings:
    """Per-plan settings of the spending records' checks (defaults as agreed in the issue).

    ``payment_amount`` is each expected budget payment when the council pays a set amount
    (default: the budget held in the records spread evenly over the payments of the period);
    ``first_payment`` is the date of the first one (default: the period start).
    """

    buffer_weeks: int = 4
    surplus_weeks: int = 8
    overspend_percent: int = 10
    payment_tolerance_days: int = 7
    receipt_days: int = 30
    payment_amount: Money | None = None
    first_payment: date | None = None
