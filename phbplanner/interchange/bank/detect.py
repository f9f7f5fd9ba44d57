"""Which bank wrote a statement, from its content alone, and how sure we are (0 to 1).

OFX, QIF and Santander's text export say what they are in their first lines. A CSV file is
recognised by its header row (where banks differ most): an exact match of a bank's header is
0.95; Nationwide's preamble above its header makes it 0.99. Lloyds, Halifax and Bank of
Scotland write the same layout, told apart by the sort code in the rows (Halifax 11-, Bank of
Scotland 12- and 80-). HSBC writes no header: three columns of date, text and amount is HSBC
with 0.6 — the reader works the same for any file of that shape. A header that only names its
columns in the usual words is "generic" (0.5); nothing recognisable is generic with 0.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...domain.text import translate
from .layouts import CSV_LAYOUTS, HALIFAX_SORT_CODES, Layout
from .mapping import mapping_from_header, normalise_header
from .ofx import looks_like_ofx
from .qif import looks_like_qif
from .santander_txt import looks_like_santander_txt
from .table import Record, records, sniff_delimiter
from .values import ValueProblem, clean, date_parser, parse_amount

#: Every reader by key, with its name for people. ``ofx`` and ``qif`` are file formats.
BANK_NAMES = {layout.key: layout.name for layout in CSV_LAYOUTS.values()} | {
    "generic": "Other bank (generic columns)",
    "ofx": "OFX / QFX file",
    "qif": "QIF file",
}
#: The banks a person can choose (the CLI's ``--bank``).
CHOOSABLE = (*CSV_LAYOUTS, "generic")

_HEAD_CHARS = 64_000


@dataclass(frozen=True, slots=True)
class Detection:
    """The bank (reader key) detected, its name, the confidence and the file's format."""

    bank: str
    name: str
    confidence: float
    file_format: str


def _found(bank: str, confidence: float, file_format: str = "csv") -> Detection:
    return Detection(bank, BANK_NAMES[bank], confidence, file_format)


def detect_text(text: str) -> Detection:
    """Detect the bank of a decoded statement text."""
    if looks_like_ofx(text):
        return _found("ofx", 1.0, "ofx")
    if looks_like_qif(text):
        return _found("qif", 1.0, "qif")
    if looks_like_santander_txt(text):
        return _found("santander", 0.95, "txt")
    head = text[:_HEAD_CHARS]
    if len(text) > _HEAD_CHARS:
        head = head[: head.rfind("\n") + 1] or head
    found = [r for r in records(head, sniff_delimiter(head), []) if not r.blank][:60]
    best = _found("generic", 0.0)
    for layout in CSV_LAYOUTS.values():
        confidence = _header_confidence(layout, found)
        if confidence > best.confidence:
            best = _found(layout.key, confidence)
    if best.bank in ("lloyds", "halifax"):
        best = _lloyds_or_halifax(found)
    if best.confidence < 0.6 and _looks_like_hsbc(found):
        return _found("hsbc", 0.6)
    if best.confidence < 0.5 and any(mapping_from_header(r.fields) for r in found[:40]):
        return _found("generic", 0.5)
    return best


def _cells(record: Record) -> list[str]:
    cells = [normalise_header(cell) for cell in record.fields]
    while cells and not cells[-1]:
        cells.pop()  # trailing empty columns (NatWest's trailing comma)
    return cells


def _header_confidence(layout: Layout, found: list[Record]) -> float:
    best = 0.0
    for index, record in enumerate(found[:40]):
        cells = _cells(record)
        for header in layout.headers:
            wanted = [normalise_header(cell) for cell in header]
            if cells == wanted:
                confidence = 0.95
                if layout.key == "santander":
                    confidence = 0.6  # "Date, Description, Amount, Balance" could be anyone's
                if layout.key == "nationwide" and any(
                    r.fields and normalise_header(r.fields[0]) == "account name"
                    for r in found[:index]
                ):
                    confidence = 0.99
                best = max(best, confidence)
            elif len(set(wanted) & set(cells)) >= 0.75 * len(wanted) and mapping_from_header(
                record.fields, layout.names
            ):
                best = max(best, 0.7 if layout.key != "santander" else 0.4)
    return best


def _lloyds_or_halifax(found: list[Record]) -> Detection:
    column = None
    for record in found:
        cells = _cells(record)
        if column is None and "sort code" in cells:
            column = cells.index("sort code")
        elif column is not None and column < len(record.fields):
            code = clean(record.fields[column])
            if code[:2].isdigit():
                if code.startswith(HALIFAX_SORT_CODES):
                    return _found("halifax", 0.97)
                return _found("lloyds", 0.97)
    return _found("lloyds", 0.9)


def _looks_like_hsbc(found: list[Record]) -> bool:
    rows = found[:10]
    if not rows:
        return False
    parse_date = date_parser("%d/%m/%Y")
    for record in rows:
        cells = list(record.fields)
        while cells and not cells[-1].strip():
            cells.pop()
        if len(cells) != 3:
            return False
        try:
            parse_date(cells[0])
            parse_amount(cells[2])
        except ValueProblem:
            return False
    return True


def unknown_bank(bank: str) -> str:
    """The plain message for a bank name we do not know."""
    return translate(
        "BankImport", "'{bank}' is not a bank we know. Choose one of: {banks}."
    ).format(bank=bank, banks=", ".join(CHOOSABLE))
