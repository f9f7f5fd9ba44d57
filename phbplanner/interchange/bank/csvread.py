"""Reading the rows of a CSV statement with a bank's layout or a column mapping."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...domain.money import Money
from ...domain.text import translate
from .collect import Collector
from .errors import StatementRefused
from .layouts import Layout
from .mapping import ColumnMapping, mapping_from_header, normalise_header
from .table import Record, records, sniff_delimiter
from .values import (
    CANDIDATE_FORMATS,
    ValueProblem,
    clean,
    date_parser,
    infer_date_format,
    parse_amount,
)

#: How far into a file a header row is looked for (preamble lines come before it).
HEADER_SEARCH = 40
#: How many rows' dates are looked at to find the date format.
DATE_SAMPLE = 2000
#: Rows that carry a balance but are not transactions, when their amount is empty.
_BALANCE_LINES = {
    "opening balance",
    "closing balance",
    "balance brought forward",
    "brought forward",
    "balance carried forward",
    "carried forward",
}


@dataclass(frozen=True, slots=True)
class CsvResult:
    """The rows read, the mapping and date format used, and the header's line (0: none)."""

    collector: Collector
    mapping: ColumnMapping
    date_format: str
    header_line: int


def _looks_like_header(cell: str) -> bool:
    return not any(ch.isdigit() for ch in cell)


def locate(
    found: list[Record], layout: Layout | None, mapping: ColumnMapping | None
) -> tuple[ColumnMapping, int, list[str] | None]:
    """The mapping to use, the index of the first data record and the header cells (if any)."""
    start = 0
    if mapping is not None:
        start = next((i for i, r in enumerate(found) if r.line > mapping.skip), len(found))
        while start < len(found) and found[start].blank:
            start += 1
        if start < len(found):
            first = found[start].fields
            date_cell = first[mapping.date] if mapping.date < len(first) else ""
            if mapping.header or (mapping.header is None and _looks_like_header(date_cell)):
                return mapping, start + 1, first
        return mapping, start, None
    if layout is not None and layout.headerless is not None:
        return locate(found, None, layout.headerless)
    names = layout.names if layout is not None else None
    for index, record in enumerate(found[:HEADER_SEARCH]):
        if record.blank:
            continue
        header_mapping = mapping_from_header(record.fields, names)
        if header_mapping is not None:
            return header_mapping, index + 1, record.fields
    if layout is not None:
        raise StatementRefused(
            translate(
                "BankImport",
                "This does not look like a {bank} statement: its column headings were not "
                "found. Choose another bank, or the generic reader with your own columns.",
            ).format(bank=layout.name)
        )
    raise StatementRefused(
        translate(
            "BankImport",
            "The columns of this file could not be found from its headings. Say which column "
            "holds the date, the description and the amount (or paid in and paid out).",
        )
    )


def read_csv(text: str, layout: Layout | None, mapping: ColumnMapping | None) -> CsvResult:
    """Read every row of a CSV statement; bad rows become problems, never exceptions."""
    delimiter = (mapping.delimiter if mapping else None) or (layout.delimiter if layout else None)
    collector = Collector()
    found = list(records(text, delimiter or sniff_delimiter(text), collector.problems))
    mapping, start, header = locate(found, layout, mapping)
    if start:  # lines above the data (preamble, header) are not rows: no problems there
        first_data = found[start - 1].line + 1
        collector.problems[:] = [p for p in collector.problems if p.line >= first_data]
    data = [r for r in found[start:] if not r.blank and not _repeats(r.fields, header)]
    if not data and not collector.problems:
        raise StatementRefused(
            translate(
                "BankImport",
                "This statement has column headings but no transactions. Choose a date range "
                "with payments in it and download it again.",
            )
        )
    date_format = mapping.date_format or infer_date_format(
        [r.fields[mapping.date] for r in data[:DATE_SAMPLE] if mapping.date < len(r.fields)],
        _candidates(layout),
    )
    _read_rows(data, mapping, date_format, collector)
    return CsvResult(collector, mapping, date_format, found[start - 1].line if header else 0)


def _repeats(cells: list[str], header: list[str] | None) -> bool:
    """True for a copy of the header row further down (some banks repeat it every page)."""
    if not header or len(cells) != len(header) or cells[0].strip() != header[0].strip():
        return False
    return [normalise_header(c) for c in cells] == [normalise_header(c) for c in header]


def _candidates(layout: Layout | None) -> tuple[str, ...]:
    own = layout.date_formats if layout else ()
    return own + tuple(f for f in CANDIDATE_FORMATS if f not in own)


def _read_rows(
    data: list[Record], mapping: ColumnMapping, date_format: str, collector: Collector
) -> None:
    parse_date = date_parser(date_format)
    text_column = mapping.description if mapping.description is not None else mapping.payee
    required = [mapping.date, text_column or 0]
    required += [c for c in (mapping.amount, mapping.paid_in, mapping.paid_out) if c is not None]
    needed = max(required) + 1
    sign = -1 if mapping.invert else 1
    dates: dict[str, date] = {}
    for record in data:
        cells = record.fields
        if len(cells) < needed:
            collector.problem(
                record.line,
                translate(
                    "BankImport",
                    "this line has {found} columns, but the statement's rows need {needed}",
                ).format(found=len(cells), needed=needed),
            )
            continue
        get = _Cells(cells)
        description = clean(get(mapping.description))
        payee = clean(get(mapping.payee))
        reasons: list[str] = []
        date_text = cells[mapping.date]
        when = dates.get(date_text)  # statements repeat dates: read each once
        if when is None:
            try:
                when = dates[date_text] = parse_date(date_text)
            except ValueProblem as problem:
                reasons.append(problem.reason)
        amount = None
        try:
            amount = _amount(get, mapping, sign)
        except ValueProblem as problem:
            if not _is_balance_line(get, mapping, payee or description):
                reasons.append(problem.reason)
            elif not reasons:
                continue  # an "Opening balance" row carries no transaction
        balance = None
        if mapping.balance is not None and clean(get(mapping.balance)):
            try:
                balance = parse_amount(get(mapping.balance), "balance")
            except ValueProblem as problem:
                reasons.append(problem.reason)
        if reasons or when is None or amount is None:
            collector.problem(record.line, "; ".join(reasons))
            continue
        collector.row(
            record.line, when, amount, payee, description, clean(get(mapping.reference)), balance
        )


class _Cells:
    """The fields of one record, by column; a column past the end reads as empty."""

    __slots__ = ("cells",)

    def __init__(self, cells: list[str]) -> None:
        self.cells = cells

    def __call__(self, column: int | None) -> str:
        if column is None or column >= len(self.cells):
            return ""
        return self.cells[column]


def _amount(get: _Cells, mapping: ColumnMapping, sign: int) -> Money:
    if mapping.amount is not None:
        return Money(parse_amount(get(mapping.amount)).pence * sign)
    paid_in = clean(get(mapping.paid_in))
    paid_out = clean(get(mapping.paid_out))
    if not paid_in and not paid_out:
        raise ValueProblem(translate("BankImport", "there is no amount paid in or paid out"))
    money_in = abs(parse_amount(paid_in).pence) if paid_in else 0
    money_out = abs(parse_amount(paid_out).pence) if paid_out else 0
    if money_in and money_out:
        raise ValueProblem(
            translate(
                "BankImport", "both paid in ({paid_in}) and paid out ({paid_out}) are filled in"
            ).format(paid_in=paid_in, paid_out=paid_out)
        )
    return Money(money_in - money_out)


def _is_balance_line(get: _Cells, mapping: ColumnMapping, text: str) -> bool:
    columns = (mapping.amount, mapping.paid_in, mapping.paid_out)
    empty = all(not clean(get(c)) for c in columns if c is not None)
    return empty and " ".join(text.casefold().split()) in _BALANCE_LINES
