"""Santander's text export ("Text file (TXT)"): labelled lines, one block per transaction.

    From: 01/01/2024 to 31/01/2024

    Account: XXXX XXXX XXXX 1234

    Date: 31/01/2024
    Description: CARD PAYMENT TO TESCO STORES 2345,12.34 GBP, ON 30-01-2024
    Amount: -12.34
    Balance: 1234.56

Written in Windows-1252 with non-breaking spaces after the labels and amounts, newest first.
A row's line number is the line of its ``Date:``.
"""

from __future__ import annotations

import re

from ...domain.text import translate
from .collect import Collector
from .values import ValueProblem, date_parser, infer_date_format, parse_amount

_LABEL = re.compile(r"^\s*([A-Za-z][A-Za-z ]{0,30}?)\s*:[\s\u00a0]*(.*?)[\s\u00a0]*$")
_HEADER_LABELS = {"from", "account", "to"}
_FIELDS = {"date", "description", "amount", "balance"}
_FORMATS = ("%d/%m/%Y", "%d/%m/%y", "%d %b %Y")


def looks_like_santander_txt(text: str) -> bool:
    """True when the text starts the way Santander's text export does."""
    head = [line.strip(" \t\u00a0") for line in text[:4000].splitlines() if line.strip()]
    if not head or not head[0].lower().startswith("from:"):
        return False
    return any(line.lower().startswith("date:") for line in head[1:12])


def read_santander_txt(text: str) -> tuple[Collector, str]:
    """Read every transaction block; returns the rows/problems and the date format used."""
    blocks: list[tuple[int, dict[str, str]]] = []
    collector = Collector()
    current: dict[str, str] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip(" \t\u00a0"):
            current = None
            continue
        found = _LABEL.match(line)
        label = found.group(1).strip().lower() if found else ""
        if found and label == "date":
            current = {"date": found.group(2)}
            blocks.append((number, current))
        elif found and label in _FIELDS and current is not None:
            current[label] = found.group(2)
        elif found and label in _HEADER_LABELS and current is None and not blocks:
            continue
        else:
            collector.problem(
                number,
                translate(
                    "BankImport",
                    "this line is not part of a transaction (Date, Description, Amount, Balance)",
                ),
            )
    if not blocks and not collector.problems:
        return collector, _FORMATS[0]
    date_format = infer_date_format([fields["date"] for _, fields in blocks[:2000]], _FORMATS)
    parse_date = date_parser(date_format)
    for number, fields in blocks:
        reasons = []
        try:
            when = parse_date(fields["date"])
        except ValueProblem as problem:
            reasons.append(problem.reason)
        if "amount" not in fields:
            reasons.append(translate("BankImport", "the transaction has no Amount line"))
        else:
            try:
                amount = parse_amount(fields["amount"])
            except ValueProblem as problem:
                reasons.append(problem.reason)
        balance = None
        if fields.get("balance", "").strip():
            try:
                balance = parse_amount(fields["balance"], "balance")
            except ValueProblem as problem:
                reasons.append(problem.reason)
        if reasons:
            collector.problem(number, "; ".join(reasons))
            continue
        description = fields.get("description", "")
        collector.row(number, when, amount, "", description, "", balance)
    return collector, date_format
