"""QIF (Quicken Interchange Format), as UK banks offer it for Quicken and Microsoft Money.

A QIF file is lines of one-letter codes: ``!Type:Bank`` first, then records of ``D`` (date),
``T`` or ``U`` (amount), ``P`` (payee), ``M`` (memo), ``N`` (cheque number or reference) …,
each ended by ``^``. Dates are day-first in UK files (``31/01/2024``, ``31/01/24``) but Quicken
writes years after 2000 with an apostrophe (``31/01'24``) and sometimes a space for a leading
zero (`` 1/ 2'24``): all are read. A record's line number is the line of its first field.

We read QIF ourselves rather than with a library: it is a dozen lines of format, it gives each
row its line number for the problems list, and it reads from memory (no temporary file).
"""

from __future__ import annotations

import re

from ...domain.text import translate
from .collect import Collector
from .values import ValueProblem, date_parser, infer_date_format, parse_amount

_FORMATS = ("%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d", "%d %b %Y",
            "%m/%d/%Y", "%m/%d/%y")  # fmt: skip
_QUICKEN_YEAR = re.compile(r"^(\d{1,2})[/-](\d{1,2})'(\d{2})$")
#: Account types whose records are transactions (investment and list sections are not).
_TRANSACTION_TYPES = {"bank", "cash", "ccard", "oth a", "oth l", "invoice"}


def looks_like_qif(text: str) -> bool:
    """True when the first line that says anything is a QIF ``!Type:`` or ``!Account`` line."""
    for line in text[:2000].splitlines():
        if line.strip():
            return line.strip().lower().startswith(("!type:", "!account", "!option"))
    return False


def _normal_date(value: str) -> str:
    value = value.strip().replace(" ", "")
    found = _QUICKEN_YEAR.match(value)
    if found:
        day, month, year = found.groups()
        return f"{day}/{month}/20{year}"
    return value


def read_qif(text: str) -> tuple[Collector, str]:
    """Read every transaction record; returns the rows/problems and the date format used."""
    collector = Collector()
    records: list[tuple[int, dict[str, str]]] = []
    current: dict[str, str] = {}
    start = 0
    in_transactions = True
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped:
            continue
        code, value = stripped[0], stripped[1:].strip()
        if code == "!":
            kind = value.lower()
            if kind.startswith("type:"):
                in_transactions = kind[5:].strip() in _TRANSACTION_TYPES
            continue
        if not in_transactions:
            continue
        if code == "^":
            if current:
                records.append((start, current))
            current = {}
            continue
        if not current:
            start = number
        if code in "SE$":  # split lines: the record's total is its own T line
            continue
        current.setdefault(code, value)
    if current:
        records.append((start, current))
    date_format = infer_date_format(
        [_normal_date(fields.get("D", "")) for _, fields in records[:2000]], _FORMATS
    )
    parse_date = date_parser(date_format)
    for number, fields in records:
        reasons = []
        if "D" not in fields:
            reasons.append(translate("BankImport", "the transaction has no date (D line)"))
        else:
            try:
                when = parse_date(_normal_date(fields["D"]))
            except ValueProblem as problem:
                reasons.append(problem.reason)
        amount_text = fields.get("T", fields.get("U"))
        if amount_text is None:
            reasons.append(translate("BankImport", "the transaction has no amount (T line)"))
        else:
            try:
                amount = parse_amount(amount_text)
            except ValueProblem as problem:
                reasons.append(problem.reason)
        if reasons:
            collector.problem(number, "; ".join(reasons))
            continue
        collector.row(number, when, amount, fields.get("P", ""), fields.get("M", ""),
                      fields.get("N", ""))  # fmt: skip
    return collector, date_format
