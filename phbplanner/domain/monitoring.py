"""The monitoring return (issue 13) as plain data, and the rule that makes one.

Every quarter the ICB or council asks the person, or their carer, to show how the direct payment
was spent. :func:`build_return` turns plain inputs — the opening balance and the entries of one
account in one period, with what each was for and the documents attached to it — into a
:class:`MonitoringReturn`: every figure, list, check and sentence the PDF, the CSV and the audit
pack show. Nothing here reads a file; storage and the services assemble the inputs.

The arithmetic, worked out once here and tested with hand-worked periods:

* **money in** is every entry with a positive amount, **money out** every entry with a negative
  one (as a positive figure), so **opening + in − out = closing** always;
* **money out by plan line** is the money out of each line (the parts of a split entry on their
  lines), then rows for money out that is not for a plan line (bank charges, not yet assigned…);
  money back for a line is shown beside it as *refunded* and counted in money in;
* **money out by outcome** shares each line's money out between the outcomes the line serves by
  the plan's own rule (:func:`~phbplanner.domain.costing.cost_plan`: equally, the odd pennies to
  the first outcomes), so both tables add up to the same money out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .costing import share_between_outcomes
from .errors import PHBError
from .ledger import Purpose
from .money import ZERO, Money
from .plan import Plan
from .return_buffer import BufferComparison, compare_with_buffer
from .return_checks import MissingPayment, PeriodCheck, SplitMismatch, period_checks
from .return_periods import ReturnPeriod, outside_budget_period
from .schedule import format_date
from .text import translate


class ReturnError(PHBError):
    """A return cannot be made from what was given; the message says why in plain English."""

    exit_code = 1


#: What an entry is for: the spending records' own purposes. A split entry is a
#: ``PLAN_LINE`` entry with two or more :class:`EntryPart`.
EntryPurpose = Purpose


def receipt_reference(entry_id: int, number: int) -> str:
    """The short reference of the ``number``-th document of entry ``entry_id``: ``R0042-1``."""
    return f"R{entry_id:04d}-{number}"


@dataclass(frozen=True, slots=True)
class EntryPart:
    """One part of a split entry: the plan line and its share (signed like its entry)."""

    line_id: str
    amount: Money
    line_description: str = ""


@dataclass(frozen=True, slots=True)
class ReturnEntry:
    """One entry of the account, as the return needs it.

    ``amount`` is signed: money in positive, money out negative. ``documents`` are the file
    names of the receipts, invoices, timesheets or payslips attached to it, in the order they
    were attached; the n-th is referred to as :func:`receipt_reference` (``R0042-1``).
    ``line_description`` is the line's description kept with the entry (used when the plan no
    longer has the line).
    """

    id: int
    date: date
    amount: Money
    payee: str = ""
    description: str = ""
    purpose: EntryPurpose = EntryPurpose.UNASSIGNED
    line_id: str | None = None
    line_description: str = ""
    parts: tuple[EntryPart, ...] = ()
    documents: tuple[str, ...] = ()
    reference: str = ""

    @property
    def receipt_refs(self) -> tuple[str, ...]:
        """The reference of each attached document, in order."""
        return tuple(receipt_reference(self.id, n) for n in range(1, len(self.documents) + 1))

    @property
    def needs_receipt(self) -> bool:
        """Every payment out needs a receipt, except a bank charge (the statement shows it)."""
        return self.amount.pence < 0 and self.purpose is not EntryPurpose.BANK_CHARGE


@dataclass(frozen=True, slots=True)
class PlanLineRef:
    """A support line of the plan: its id, description and the outcomes it serves."""

    id: str
    description: str
    outcomes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OutcomeRef:
    """An outcome of the plan: its id and title."""

    id: str
    title: str


@dataclass(frozen=True)
class ReturnHeader:
    """Who and what the return is about."""

    person_name: str
    account_name: str
    plan_label: str = ""  # "Plan version 3 (agreed)"
    plan_fingerprint: str = ""  # 64 hex digits
    holder_name: str = ""  # who holds the direct payment, if not the person
    representative_name: str = ""
    budget_start: date | None = None
    budget_end: date | None = None


def plan_refs(plan: Plan) -> tuple[tuple[PlanLineRef, ...], tuple[OutcomeRef, ...]]:
    """The support lines and outcomes of ``plan`` as :func:`build_return` takes them."""
    lines = tuple(
        PlanLineRef(line.id, line.description, tuple(line.outcomes)) for line in plan.support_lines
    )
    outcomes = tuple(OutcomeRef(outcome.id, outcome.title) for outcome in plan.outcomes)
    return lines, outcomes


# -- what the return holds ----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RowPart:
    """What part of an entry was for: a plan line (``line_id``) or something else."""

    line_id: str | None
    label: str
    amount: Money


@dataclass(frozen=True, slots=True)
class ReturnRow:
    """One entry as the return lists it, with the running balance after it."""

    entry: ReturnEntry
    what_for: str  # the plan line, "Budget payment received", "Split between 2 lines"…
    parts: tuple[RowPart, ...]  # one per plan line of a split; one otherwise
    balance: Money
    unassigned: bool

    @property
    def money_in(self) -> Money:
        """The amount when money came in, else £0.00."""
        return self.entry.amount if self.entry.amount.pence > 0 else ZERO

    @property
    def money_out(self) -> Money:
        """The amount (as a positive figure) when money went out, else £0.00."""
        return -self.entry.amount if self.entry.amount.pence < 0 else ZERO

    @property
    def missing_receipt(self) -> bool:
        """A payment that needs a receipt and has none attached."""
        return self.entry.needs_receipt and not self.entry.documents


@dataclass(frozen=True, slots=True)
class LineSpending:
    """Money out for one plan line (or one kind of other spending) in the period."""

    line_id: str | None  # None for rows that are not a plan line
    label: str
    payments: int
    money_out: Money
    refunded: Money
    in_plan: bool


@dataclass(frozen=True, slots=True)
class OutcomeSpending:
    """Money out towards one outcome (or on a row of its own for money not linked to one)."""

    outcome_id: str | None
    title: str
    amount: Money


@dataclass(frozen=True, slots=True)
class SignatureBlock:
    """A block for a signature, a printed name and a date."""

    role: str
    name: str
    ask_relationship: bool


class BalanceAgreement(StrEnum):
    """How the closing balance of these records compares with the bank's."""

    AGREES = "agrees"
    EXPLAINED = "explained"
    DIFFERS = "differs"
    NOT_GIVEN = "not_given"


@dataclass(frozen=True)
class MonitoringReturn:
    """Everything a monitoring return shows, worked out; see the module's docstring."""

    header: ReturnHeader
    period: ReturnPeriod
    outside_budget_period: bool
    opening: Money
    money_in: Money
    money_out: Money
    closing: Money
    money_in_rows: tuple[ReturnRow, ...]
    by_line: tuple[LineSpending, ...]
    by_outcome: tuple[OutcomeSpending, ...]
    bank_closing: Money | None
    bank_difference: Money | None  # the bank's figure less the records'
    bank_note: str
    balance_agreement: BalanceAgreement
    rows: tuple[ReturnRow, ...]
    without_receipt: tuple[ReturnRow, ...]
    unassigned: tuple[ReturnRow, ...]
    buffer: BufferComparison
    checks: tuple[PeriodCheck, ...]
    declaration: str
    signatures: tuple[SignatureBlock, ...]

    @property
    def is_empty(self) -> bool:
        """Whether no money went in or out in the period."""
        return not self.rows

    @property
    def receipt_count(self) -> int:
        """How many documents are attached to the entries of the period."""
        return sum(len(row.entry.documents) for row in self.rows)

    def empty_message(self) -> str:
        """The sentence a return with no entries shows in place of its lists."""
        return translate(
            "Monitoring", "No money went into or out of {account} from {start} to {end}."
        ).format(
            account=self.header.account_name,
            start=format_date(self.period.start),
            end=format_date(self.period.end),
        )


def default_declaration() -> str:
    """The declaration the holder or their representative signs."""
    return translate(
        "Monitoring",
        "I confirm that this money was spent on the support agreed in my plan. I confirm that the "
        "information in this return is true and complete to the best of my knowledge. The "
        "receipts and documents listed are copies of the originals. I will keep the originals and "
        "show them on request. I understand that money not spent on the agreed support may have "
        "to be paid back. I understand that I must tell the ICB or council about any change that "
        "affects how the money is used.",
    )


# -- the rule -----------------------------------------------------------------------------------
def _other_label(purpose: EntryPurpose, money_in: bool) -> str:
    if purpose is EntryPurpose.BUDGET_PAYMENT:
        return (
            translate("Monitoring", "Budget payment received")
            if money_in
            else translate("Monitoring", "Budget money paid back")
        )
    if purpose is EntryPurpose.REFUND:
        return translate("Monitoring", "Refund")
    if purpose is EntryPurpose.BANK_CHARGE:
        return translate("Monitoring", "Bank charge")
    return translate("Monitoring", "Not yet assigned")


#: The order of the rows of money out that is not for a plan line.
_OTHER_ORDER = (
    EntryPurpose.BANK_CHARGE,
    EntryPurpose.UNASSIGNED,
    EntryPurpose.REFUND,
    EntryPurpose.BUDGET_PAYMENT,
)


class _Lines:
    """Names of plan lines: the plan's own, else the description kept with the entry."""

    def __init__(self, lines: Sequence[PlanLineRef]) -> None:
        self.plan = {line.id: line for line in lines}
        self.kept: dict[str, str] = {}

    def label(self, line_id: str, kept: str) -> str:
        line = self.plan.get(line_id)
        if line is not None and line.description.strip():
            return line.description
        if kept.strip():
            self.kept.setdefault(line_id, kept)
            return kept
        return self.kept.get(line_id) or translate("Monitoring", "Plan line {id}").format(
            id=line_id
        )


def _row(entry: ReturnEntry, balance: Money, lines: _Lines) -> ReturnRow:
    """The row of ``entry``: what it was for, part by part, and whether some is unassigned."""
    unassigned_label = translate("Monitoring", "Not yet assigned")
    if entry.purpose is not EntryPurpose.PLAN_LINE:
        label = _other_label(entry.purpose, entry.amount.pence > 0)
        unassigned = entry.purpose is EntryPurpose.UNASSIGNED
        return ReturnRow(entry, label, (RowPart(None, label, entry.amount),), balance, unassigned)
    if entry.parts:
        parts = [
            RowPart(p.line_id, lines.label(p.line_id, p.line_description), p.amount)
            for p in entry.parts
        ]
        # Stored splits are checked when recorded; should one not add up, what is left over is
        # shown as not yet assigned, so that the totals still add up to the entries.
        left = entry.amount - Money.total(p.amount for p in entry.parts)
        if left:
            parts.append(RowPart(None, unassigned_label, left))
        what = (
            parts[0].label
            if len(parts) == 1
            else translate("Monitoring", "Split between {count} lines").format(count=len(parts))
        )
        return ReturnRow(entry, what, tuple(parts), balance, bool(left))
    if entry.line_id:
        label = lines.label(entry.line_id, entry.line_description)
        return ReturnRow(
            entry, label, (RowPart(entry.line_id, label, entry.amount),), balance, False
        )
    part = RowPart(None, unassigned_label, entry.amount)
    return ReturnRow(entry, unassigned_label, (part,), balance, True)


def _by_line(
    rows: Sequence[ReturnRow], plan_lines: Sequence[PlanLineRef], lines: _Lines
) -> tuple[LineSpending, ...]:
    out: dict[str, int] = {line.id: 0 for line in plan_lines}
    back: dict[str, int] = dict.fromkeys(out, 0)
    count: dict[str, int] = dict.fromkeys(out, 0)
    labels: dict[str, str] = {}
    other_out: dict[str, int] = {}
    other_count: dict[str, int] = {}
    for row in rows:
        # Parts count as the entry does — money out or money in — so that the rows always add up
        # to the entries, even for a stored split whose parts do not share its sign.
        out_entry = row.entry.amount.pence < 0
        for part in row.parts:
            if part.line_id is None:
                if out_entry:
                    other_out[part.label] = other_out.get(part.label, 0) - part.amount.pence
                    other_count[part.label] = other_count.get(part.label, 0) + 1
                continue
            key = part.line_id
            labels.setdefault(key, part.label)
            out.setdefault(key, 0)
            back.setdefault(key, 0)
            count.setdefault(key, 0)
            if out_entry:
                out[key] -= part.amount.pence
                count[key] += 1
            else:
                back[key] += part.amount.pence
    result = [
        LineSpending(
            key,
            lines.label(key, labels.get(key, "")),
            count[key],
            Money(out[key]),
            Money(back[key]),
            key in lines.plan,
        )
        for key in out
    ]
    order = [_other_label(purpose, False) for purpose in _OTHER_ORDER]
    for label in sorted(other_out, key=lambda text: order.index(text) if text in order else 99):
        result.append(
            LineSpending(None, label, other_count[label], Money(other_out[label]), ZERO, False)
        )
    return tuple(result)


def _by_outcome(
    by_line: Sequence[LineSpending],
    plan_lines: Sequence[PlanLineRef],
    outcomes: Sequence[OutcomeRef],
) -> tuple[OutcomeSpending, ...]:
    totals = {outcome.id: 0 for outcome in outcomes}
    serves = {
        line.id: [o for o in dict.fromkeys(line.outcomes) if o in totals] for line in plan_lines
    }
    not_linked = 0
    not_a_line = 0
    for row in by_line:
        pence = row.money_out.pence
        if row.line_id is None:
            not_a_line += pence
            continue
        served = serves.get(row.line_id, [])
        if not served:
            not_linked += pence
            continue
        for oid, share in share_between_outcomes(pence, served):
            totals[oid] += share
    result = [OutcomeSpending(o.id, o.title, Money(totals[o.id])) for o in outcomes]
    if not_linked:
        result.append(
            OutcomeSpending(
                None, translate("Monitoring", "Not linked to an outcome"), Money(not_linked)
            )
        )
    if not_a_line:
        result.append(
            OutcomeSpending(None, translate("Monitoring", "Not for a plan line"), Money(not_a_line))
        )
    return tuple(result)


def build_return(
    header: ReturnHeader,
    period: ReturnPeriod,
    opening: Money,
    entries: Sequence[ReturnEntry],
    *,
    plan_lines: Sequence[PlanLineRef] = (),
    outcomes: Sequence[OutcomeRef] = (),
    bank_closing: Money | None = None,
    bank_note: str = "",
    balance_problem: str = "",
    missing_payments: Sequence[MissingPayment] = (),
    weekly_planned: Money | None = None,
    buffer_weeks: int = 4,
    surplus_weeks: int = 8,
    due_before_next_payment: Money = ZERO,
    declaration: str | None = None,
) -> MonitoringReturn:
    """Work out the monitoring return of one account for ``period``.

    ``opening`` is the account's balance at the start of the period's first day; ``entries``
    are every entry dated inside the period (in any order; they are listed by date, then id).
    ``plan_lines`` and ``outcomes`` name the plan's lines and outcomes (see :func:`plan_refs`);
    every line given gets a row of money out, even at £0.00. ``bank_closing`` is the bank's
    balance at the end of the period, if known, and ``bank_note`` explains a difference.
    ``balance_problem`` is the spending records' balance check message for the period, if it
    failed; ``missing_payments`` the expected budget payments that did not arrive.
    ``weekly_planned`` (the plan's planned spending per week) measures the buffer.

    Raises :class:`ReturnError` for an entry dated outside the period or listed twice.
    """
    seen: set[int] = set()
    for entry in entries:
        if not period.contains(entry.date):
            raise ReturnError(
                translate(
                    "Monitoring", "Entry {number} is dated {date}, outside the period {period}."
                ).format(number=entry.id, date=format_date(entry.date), period=period.describe())
            )
        if entry.id in seen:
            raise ReturnError(
                translate("Monitoring", "Entry {number} is listed twice.").format(number=entry.id)
            )
        seen.add(entry.id)
    lines = _Lines(plan_lines)
    rows: list[ReturnRow] = []
    balance = opening.pence
    money_in = money_out = 0
    for entry in sorted(entries, key=lambda e: (e.date, e.id)):
        balance += entry.amount.pence
        if entry.amount.pence > 0:
            money_in += entry.amount.pence
        else:
            money_out -= entry.amount.pence
        rows.append(_row(entry, Money(balance), lines))
    closing = Money(balance)
    by_line = _by_line(rows, plan_lines, lines)
    outside = outside_budget_period(period, header.budget_start, header.budget_end)
    difference = bank_closing - closing if bank_closing is not None else None
    if bank_closing is None:
        agreement = BalanceAgreement.NOT_GIVEN
    elif not difference:
        agreement = BalanceAgreement.AGREES
    elif bank_note.strip():
        agreement = BalanceAgreement.EXPLAINED
    else:
        agreement = BalanceAgreement.DIFFERS
    holder = header.holder_name.strip() or header.person_name
    return MonitoringReturn(
        header=header,
        period=period,
        outside_budget_period=outside,
        opening=opening,
        money_in=Money(money_in),
        money_out=Money(money_out),
        closing=closing,
        money_in_rows=tuple(row for row in rows if row.entry.amount.pence > 0),
        by_line=by_line,
        by_outcome=_by_outcome(by_line, plan_lines, outcomes),
        bank_closing=bank_closing,
        bank_difference=difference,
        bank_note=bank_note.strip(),
        balance_agreement=agreement,
        rows=tuple(rows),
        without_receipt=tuple(row for row in rows if row.missing_receipt),
        unassigned=tuple(row for row in rows if row.unassigned),
        buffer=compare_with_buffer(
            closing,
            weekly_planned,
            buffer_weeks=buffer_weeks,
            surplus_weeks=surplus_weeks,
            due_before_next_payment=due_before_next_payment,
        ),
        checks=period_checks(
            closing=closing,
            bank_closing=bank_closing,
            bank_note=bank_note,
            balance_problem=balance_problem,
            missing_payments=missing_payments,
            unassigned=sum(1 for row in rows if row.unassigned),
            without_receipt=[row.money_out for row in rows if row.missing_receipt],
            splits=[
                SplitMismatch(
                    row.entry.id,
                    row.entry.date,
                    Money.total(p.amount for p in row.entry.parts),
                    row.entry.amount,
                )
                for row in rows
                if row.entry.parts and any(part.line_id is None for part in row.parts)
            ],
            budget=(header.budget_start, header.budget_end) if outside else None,
        ),
        declaration=declaration if declaration is not None else default_declaration(),
        signatures=(
            SignatureBlock(translate("Monitoring", "The budget holder"), holder, False),
            SignatureBlock(
                translate("Monitoring", "Or a representative or nominee signing for them"),
                header.representative_name.strip(),
                True,
            ),
        ),
    )
