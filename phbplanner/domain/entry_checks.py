"""Checks for spending records typed in or imported, with plain-English messages.

Separate from the value types in :mod:`~phbplanner.domain.ledger` on purpose: what storage reads
back is never checked again, so a rule added here later can never make old records unreadable.

The date rule (see docs/spending-records.md): a date up to 31 days after today is allowed with a
warning (a standing order already arranged, a payslip dated for payday); further ahead is refused,
because the records hold money that has moved. Dates before 2000, and before the account's
opening date, are refused.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .amount_text import ENTRY_LIMIT
from .errors import PHBError
from .ledger import Account, Entry, Purpose, Split, purpose_label
from .money import Money
from .plan import Plan
from .schedule import format_date
from .text import translate

#: How far after today a date may be (allowed with a warning); further ahead is refused.
FUTURE_LIMIT_DAYS = 31
#: Nothing in the records is older than this.
EARLIEST = date(2000, 1, 1)
#: The longest payee, description or reference, and the longest notes (characters).
SHORT_TEXT_LIMIT = 500
NOTES_LIMIT = 10_000

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$", re.ASCII)
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})$", re.ASCII)


class CheckCode(StrEnum):
    """Stable codes of the problems found in an entry or an account."""

    DATE_UNREADABLE = "date_unreadable"
    DATE_DOES_NOT_EXIST = "date_does_not_exist"
    DATE_FAR_AHEAD = "date_far_ahead"
    DATE_AHEAD = "date_ahead"  # a warning only
    DATE_TOO_OLD = "date_too_old"
    DATE_BEFORE_OPENING = "date_before_opening"
    AMOUNT_ZERO = "amount_zero"
    AMOUNT_TOO_LARGE = "amount_too_large"
    MONEY_IN_EXPECTED = "money_in_expected"
    LINE_MISSING = "line_missing"
    LINE_UNKNOWN = "line_unknown"
    LINE_NOT_EXPECTED = "line_not_expected"
    SPLIT_TOO_FEW = "split_too_few"
    SPLIT_ZERO = "split_zero"
    SPLIT_SIGN = "split_sign"
    SPLIT_DUPLICATE = "split_duplicate"
    SPLIT_TOTAL = "split_total"
    TEXT_TOO_LONG = "text_too_long"
    ACCOUNT_NAME_MISSING = "account_name_missing"
    ACCOUNT_NAME_TAKEN = "account_name_taken"
    OPENING_DATE_MISSING = "opening_date_missing"
    ACCOUNT_MISSING = "account_missing"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing to fix (or, when ``warning``, to look at again) in the field named ``field``."""

    code: CheckCode
    field: str
    message: str
    warning: bool = False


class EntryProblems(PHBError):
    """An entry or account that cannot be saved; ``problems`` lists every reason."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__(" ".join(problem.message for problem in self.problems))


class DateError(PHBError):
    """A date that could not be read, with a plain-English message and a ``code``."""

    def __init__(self, code: CheckCode, text: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.text = text


def errors_only(problems: Iterable[Problem]) -> tuple[Problem, ...]:
    """The problems that stop saving (not the warnings)."""
    return tuple(problem for problem in problems if not problem.warning)


def raise_if_invalid(problems: Iterable[Problem]) -> None:
    """Raise :class:`EntryProblems` when any problem is not just a warning."""
    errors = errors_only(problems)
    if errors:
        raise EntryProblems(errors)


def plan_lines(plan: Plan) -> dict[str, str]:
    """Each support line id of ``plan`` and its description (what an entry may name)."""
    return {line.id: line.description for line in plan.support_lines}


# -- dates ------------------------------------------------------------------------------------
def _month_name(year: int, month: int) -> str:
    """ "February 2026": a real date's words without its day."""
    return format_date(date(year, month, 1)).split(" ", 1)[1]


def parse_entry_date(text: str) -> date:
    """Read a date typed as ``2026-08-19`` or day first: ``19/8/2026``, ``19-08-26``, ``19.8.2026``.

    Day first always, as in England (never month first). A two-digit year is in this century.
    Raises :class:`DateError` for anything else or for a date that does not exist.
    """
    cleaned = text.strip() if isinstance(text, str) else ""
    iso = _ISO.match(cleaned)
    day_first = _DAY_FIRST.match(cleaned)
    if iso:
        year, month, day = (int(part) for part in iso.groups())
    elif day_first:
        day, month, year = (int(part) for part in day_first.groups())
        if len(day_first.group(3)) == 2:
            year += 2000
    else:
        message = translate(
            "EntryCheck", "“{text}” is not a date. Write the day first, like 19/08/2026."
        ).format(text=cleaned[:30])
        raise DateError(CheckCode.DATE_UNREADABLE, str(text), message)
    if not 1 <= month <= 12:
        message = translate(
            "EntryCheck",
            "“{text}” is not a real date: there is no month {month}. "
            "Write the day first, like 19/08/2026.",
        ).format(text=cleaned, month=month)
        raise DateError(CheckCode.DATE_DOES_NOT_EXIST, text, message)
    if year < 1:
        message = translate("EntryCheck", "“{text}” is not a real date. Check the year.")
        raise DateError(CheckCode.DATE_DOES_NOT_EXIST, text, message.format(text=cleaned))
    try:
        return date(year, month, day)
    except ValueError:
        last = calendar.monthrange(year, month)[1]
        message = translate(
            "EntryCheck", "“{text}” is not a real date: {month} has {days} days."
        ).format(text=cleaned, month=_month_name(year, month), days=last)
        raise DateError(CheckCode.DATE_DOES_NOT_EXIST, text, message) from None


def check_entry_date(value: date, *, today: date, opening: date | None = None) -> list[Problem]:
    """Problems with the date of an entry (or of an account's opening, without ``opening``)."""
    shown = format_date(value)
    ahead = (value - today).days
    if ahead > FUTURE_LIMIT_DAYS:
        message = translate(
            "EntryCheck",
            "{date} is more than a month from today. The spending records are for money that "
            "has moved, or will within a month: check the year.",
        )
        return [Problem(CheckCode.DATE_FAR_AHEAD, "date", message.format(date=shown))]
    if value < EARLIEST:
        message = translate("EntryCheck", "{date} is before the year 2000. Check the year.")
        return [Problem(CheckCode.DATE_TOO_OLD, "date", message.format(date=shown))]
    if opening is not None and value < opening:
        message = translate(
            "EntryCheck",
            "{date} is before this account's opening date, {opening}. Its opening balance "
            "already counts money that moved before then.",
        )
        text = message.format(date=shown, opening=format_date(opening))
        return [Problem(CheckCode.DATE_BEFORE_OPENING, "date", text)]
    if ahead > 0:
        if ahead == 1:
            message = translate("EntryCheck", "{date} is tomorrow. Is that the right date?")
        else:
            message = translate(
                "EntryCheck", "{date} is {days} days from today. Is that the right date?"
            )
        text = message.format(date=shown, days=ahead)
        return [Problem(CheckCode.DATE_AHEAD, "date", text, warning=True)]
    return []


# -- lines and splits -------------------------------------------------------------------------
def _line_name(line_id: str, lines: Mapping[str, str]) -> str:
    description = (lines.get(line_id) or "").strip()
    return f"“{description}”" if description else f"“{line_id}”"


def _unknown_line(line_id: str, field: str) -> Problem:
    message = translate(
        "EntryCheck", "The plan has no support line “{line}”. Choose one of the plan's lines."
    ).format(line=line_id)
    return Problem(CheckCode.LINE_UNKNOWN, field, message)


def check_splits(amount: Money, splits: Iterable[Split], lines: Mapping[str, str]) -> list[Problem]:
    """Problems with an entry of ``amount`` split into ``splits`` across plan lines.

    There must be two or more parts, each for a different line of the plan, none zero, each with
    the entry's sign (all money out, or all money in), adding up exactly to the amount.
    """
    parts = tuple(splits)
    problems: list[Problem] = []
    if len(parts) < 2:
        message = translate(
            "EntryCheck",
            "A split shares a payment between two or more lines of the plan. "
            "For one line, choose the line itself.",
        )
        problems.append(Problem(CheckCode.SPLIT_TOO_FEW, "splits", message))
    seen: set[str] = set()
    for number, part in enumerate(parts, start=1):
        if part.line_id not in lines:
            problems.append(_unknown_line(part.line_id, "splits"))
        elif part.line_id in seen:
            message = translate(
                "EntryCheck", "{line} is in the split twice. Put its parts together."
            ).format(line=_line_name(part.line_id, lines))
            problems.append(Problem(CheckCode.SPLIT_DUPLICATE, "splits", message))
        seen.add(part.line_id)
        if not part.amount:
            message = translate(
                "EntryCheck", "Part {n} of the split is £0.00. Give it an amount or remove it."
            ).format(n=number)
            problems.append(Problem(CheckCode.SPLIT_ZERO, "splits", message))
        elif amount and (part.amount.pence > 0) != (amount.pence > 0):
            if amount.pence < 0:
                message = translate(
                    "EntryCheck",
                    "Part {n} of the split ({part}) is money in, but the payment is money out. "
                    "Every part must be money out.",
                )
            else:
                message = translate(
                    "EntryCheck",
                    "Part {n} of the split ({part}) is money out, but the entry is money in. "
                    "Every part must be money in.",
                )
            text = message.format(n=number, part=abs(part.amount).format())
            problems.append(Problem(CheckCode.SPLIT_SIGN, "splits", text))
    total = Money.total(part.amount for part in parts)
    if parts and total != amount:
        gap = abs(amount) - abs(total)
        if gap.pence > 0:
            message = translate(
                "EntryCheck",
                "The parts add up to {parts}, but the amount is {amount}: "
                "{gap} is still to share out.",
            )
        else:
            message = translate(
                "EntryCheck",
                "The parts add up to {parts}, but the amount is {amount}: they are {gap} too much.",
            )
        text = message.format(
            parts=abs(total).format(), amount=abs(amount).format(), gap=abs(gap).format()
        )
        problems.append(Problem(CheckCode.SPLIT_TOTAL, "splits", text))
    return problems


# -- whole entries and accounts ---------------------------------------------------------------
def _check_lengths(fields: Iterable[tuple[str, str, int]]) -> list[Problem]:
    problems = []
    for name, value, limit in fields:
        if len(value) > limit:
            message = translate(
                "EntryCheck", "This is {length} characters long; the most is {limit}."
            ).format(length=f"{len(value):,}", limit=f"{limit:,}")
            problems.append(Problem(CheckCode.TEXT_TOO_LONG, name, message))
    return problems


def check_entry(
    entry: Entry, *, today: date, lines: Mapping[str, str], account: Account | None = None
) -> list[Problem]:
    """Every problem (and warning) with an entry typed in or imported.

    ``lines`` maps each support line id the entry may name to its description (usually
    :func:`plan_lines` of the current plan); ``account`` gives the opening date.
    """
    problems = check_entry_date(
        entry.date, today=today, opening=account.opening_date if account else None
    )
    if not entry.amount:
        message = translate(
            "EntryCheck", "The amount is £0.00. Type the money that moved, like 12.50."
        )
        problems.append(Problem(CheckCode.AMOUNT_ZERO, "amount", message))
    elif abs(entry.amount).pence > ENTRY_LIMIT.pence:
        message = translate(
            "EntryCheck",
            "{amount} is more than any single payment could be (the most is {limit}). "
            "Check the number.",
        ).format(amount=abs(entry.amount).format(), limit=ENTRY_LIMIT.format())
        problems.append(Problem(CheckCode.AMOUNT_TOO_LARGE, "amount", message))
    if entry.purpose in {Purpose.BUDGET_PAYMENT, Purpose.REFUND} and entry.amount.pence < 0:
        message = translate(
            "EntryCheck",
            "“{purpose}” is money coming in, but this amount is money going out. "
            "Check the amount or what it is for.",
        ).format(purpose=purpose_label(entry.purpose))
        problems.append(Problem(CheckCode.MONEY_IN_EXPECTED, "purpose", message))
    if entry.purpose is Purpose.PLAN_LINE:
        if entry.splits:
            problems.extend(check_splits(entry.amount, entry.splits, lines))
        elif entry.line_id is None:
            message = translate(
                "EntryCheck",
                "Choose the line of the plan this pays for, or choose “Not yet assigned”.",
            )
            problems.append(Problem(CheckCode.LINE_MISSING, "line", message))
        elif entry.line_id not in lines:
            problems.append(_unknown_line(entry.line_id, "line"))
    elif entry.line_id is not None or entry.splits:
        message = translate(
            "EntryCheck", "“{purpose}” is not linked to a line of the plan."
        ).format(purpose=purpose_label(entry.purpose))
        problems.append(Problem(CheckCode.LINE_NOT_EXPECTED, "line", message))
    problems.extend(
        _check_lengths(
            [
                ("payee", entry.payee, SHORT_TEXT_LIMIT),
                ("description", entry.description, SHORT_TEXT_LIMIT),
                ("reference", entry.reference, SHORT_TEXT_LIMIT),
                ("recorded_by", entry.recorded_by, SHORT_TEXT_LIMIT),
                ("notes", entry.notes, NOTES_LIMIT),
            ]
        )
    )
    return problems


def check_account(
    account: Account, *, today: date, others: Iterable[Account] = ()
) -> list[Problem]:
    """Every problem with a new or changed account: a name no other account of ``others`` has
    (whatever its capitals and spaces), and a real opening date."""
    problems: list[Problem] = []
    name = " ".join(account.name.split()).casefold()
    if not name:
        message = translate(
            "EntryCheck", "Give the account a name, like “Direct payment bank account”."
        )
        problems.append(Problem(CheckCode.ACCOUNT_NAME_MISSING, "name", message))
    elif any(
        other.id != account.id and " ".join(other.name.split()).casefold() == name
        for other in others
    ):
        message = translate(
            "EntryCheck",
            "There is already an account called “{name}”. Give this one a different name, "
            "so the two can be told apart.",
        ).format(name=account.name.strip())
        problems.append(Problem(CheckCode.ACCOUNT_NAME_TAKEN, "name", message))
    problems.extend(_check_lengths([("name", account.name, SHORT_TEXT_LIMIT)]))
    if account.opening_date is None:
        message = translate(
            "EntryCheck",
            "Write the date of the opening balance (the date of the first statement you use).",
        )
        problems.append(Problem(CheckCode.OPENING_DATE_MISSING, "opening_date", message))
    else:
        for problem in check_entry_date(account.opening_date, today=today):
            problems.append(Problem(problem.code, "opening_date", problem.message, problem.warning))
    return problems
