"""Reading a statement file: detect or take the bank, pick the reader, return a Statement."""

from __future__ import annotations

from ...domain.text import translate
from .collect import Collector
from .csvread import read_csv
from .decode import decode
from .detect import BANK_NAMES, CHOOSABLE, Detection, detect_text, unknown_bank
from .errors import StatementRefused
from .layouts import CSV_LAYOUTS
from .mapping import ColumnMapping
from .model import Statement
from .ofx import read_ofx
from .qif import read_qif
from .santander_txt import read_santander_txt

#: Below this confidence a detected bank is not trusted; the generic reader is used instead.
TRUST = 0.5


def detect_bank(data: bytes) -> Detection:
    """Detect the bank (or file format) of a statement's bytes.

    Raises :class:`StatementRefused` for a file that is not a statement at all.
    """
    return detect_text(decode(data).text)


def read_statement(
    data: bytes, bank: str | None = None, mapping: ColumnMapping | None = None
) -> Statement:
    """Read a statement file's bytes into rows and problems.

    ``bank`` is a key of :data:`CHOOSABLE` or ``None`` to detect it; ``mapping`` says where the
    columns are (it implies the generic reader for CSV files). OFX, QIF and Santander text
    files are recognised by their content whatever bank is chosen. Bad rows are problems in the
    result; a file that cannot be read at all raises :class:`StatementRefused`.
    """
    if bank is not None and bank not in CHOOSABLE:
        raise StatementRefused(unknown_bank(bank))
    decoded = decode(data)
    text = decoded.text
    detected = detect_text(text)
    chosen = bank is not None or mapping is not None
    file_format = detected.file_format
    if file_format == "txt" and bank not in (None, "santander") and mapping is None:
        file_format = "csv"  # a person chose a CSV bank: read it as they say
    closing = None
    used_mapping = None
    if file_format == "ofx":
        collector, closing = read_ofx(text)
        date_format = "OFX"
    elif file_format == "qif":
        collector, date_format = read_qif(text)
    elif file_format == "txt":
        collector, date_format = read_santander_txt(text)
    else:
        key = bank or ("generic" if mapping is not None else detected.bank)
        if not chosen and detected.confidence < TRUST:
            key = "generic"
        layout = CSV_LAYOUTS.get(key)
        result = read_csv(text, layout if mapping is None else None, mapping)
        collector, date_format, used_mapping = result.collector, result.date_format, result.mapping
    _refuse_if_empty(collector)
    key = bank or (detected.bank if (detected.confidence >= TRUST or file_format != "csv")
                   else "generic")  # fmt: skip
    if mapping is not None and bank is None:
        key = "generic"
    return Statement(
        bank=key,
        bank_name=BANK_NAMES[key],
        confidence=1.0 if chosen else detected.confidence,
        rows=tuple(collector.rows),
        problems=collector.sorted_problems(),
        encoding=decoded.encoding,
        file_format=file_format,
        date_format=date_format,
        newest_first=collector.newest_first(),
        closing_balance=closing,
        mapping=used_mapping,
    )


def _refuse_if_empty(collector: Collector) -> None:
    if not collector.rows and not collector.problems:
        raise StatementRefused(
            translate(
                "BankImport",
                "This statement has no transactions in it. Choose a date range with payments "
                "in it and download it again.",
            )
        )
