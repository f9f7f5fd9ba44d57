"""OFX and QFX statements (Open Financial Exchange: SGML version 1 and XML version 2).

``ofxtools`` (GPL-3.0, maintained) turns the body — SGML with unclosed tags, or XML — into an
element tree from bytes in memory; its header check is strict, so it is given a complete
header of our own in front of the body. We read the transactions from that tree ourselves rather
than with ``ofxtools``' strict schema conversion: one malformed transaction should be one
problem with its line number, not a refusal of the whole file. ``DTPOSTED`` gives the date,
``TRNAMT`` the signed amount, ``FITID`` the bank's reference, ``NAME`` the payee and ``MEMO``
the description; the ledger balance (``LEDGERBAL``) is the statement's closing balance.
"""

from __future__ import annotations

import html
import io
import re
from datetime import date
from typing import Any

from ...domain.money import Money
from ...domain.text import translate
from .collect import Collector
from .errors import StatementRefused
from .values import ValueProblem, parse_amount

_OFX_START = re.compile(r"<OFX>", re.IGNORECASE)
_OFX_END = re.compile(r"</OFX>", re.IGNORECASE)
_TRANSACTION = re.compile(r"<STMTTRN>", re.IGNORECASE)
_OFX_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})")


def looks_like_ofx(text: str) -> bool:
    """True for an OFX 1 (``OFXHEADER:100``) or OFX 2 (``<?OFX``) file."""
    head = text[:4000].lstrip().upper()
    return head.startswith("OFXHEADER") or "<?OFX" in head or bool(_OFX_START.search(head))


def _damaged() -> StatementRefused:
    return StatementRefused(
        translate(
            "BankImport",
            "This OFX file is damaged or not complete, so it cannot be read. Download it "
            "again from your bank.",
        )
    )


def _date(text: str) -> date:
    found = _OFX_DATE.match(text.strip())
    if found:
        try:
            return date(*(int(part) for part in found.groups()))
        except ValueError:
            pass
    raise ValueProblem(
        translate("BankImport", "the date '{text}' is not an OFX date like 20240131").format(
            text=text.strip()
        )
    )


def _text(element: Any, tag: str) -> str:
    child = element.find(tag)
    if child is None:  # after an empty element (<NAME><MEMO>x) the parser nests the next one
        child = element.find(f".//{tag}")
    if child is None or child.text is None:
        return ""
    return html.unescape(child.text).strip()


def _transaction_lines(text: str) -> list[int]:
    """The line of each ``<STMTTRN>``, counting line breaks once through the text."""
    lines, line, position = [], 1, 0
    for found in _TRANSACTION.finditer(text):
        line += text.count("\n", position, found.start())
        position = found.start()
        lines.append(line)
    return lines


#: A complete OFX 1 header: ofxtools refuses a file whose header lacks a line or has them in
#: another order, as some banks write them. The body is given to it as UTF-8 text that we have
#: already decoded (so one decoding, with its refusals, serves every format).
_HEADER = (
    "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:UTF-8\n"
    "CHARSET:NONE\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n"
)


def read_ofx(text: str) -> tuple[Collector, Money | None]:
    """Read every ``STMTTRN``; returns the rows/problems and the closing (ledger) balance."""
    from ofxtools.Parser import OFXTree  # imported here: only OFX files need it

    found = _OFX_START.search(text)
    if found is None or _OFX_END.search(text, found.end()) is None:
        raise _damaged()  # no end: the download was cut short; never import half a statement
    tree = OFXTree()
    try:
        # The body (SGML or XML: ofxtools reads both) behind a header it always accepts.
        tree.parse(io.BytesIO((_HEADER + text[found.start() :]).encode("utf-8")))
    except Exception:  # ofxtools raises many kinds of error for a malformed body
        raise _damaged() from None
    root = tree.getroot()
    if root is None:
        raise _damaged()
    lines = _transaction_lines(text)
    collector = Collector()
    for index, transaction in enumerate(root.iter("STMTTRN")):
        line = lines[index] if index < len(lines) else 0
        reasons = []
        try:
            when = _date(_text(transaction, "DTPOSTED"))
        except ValueProblem as problem:
            reasons.append(problem.reason)
        try:
            amount = parse_amount(_text(transaction, "TRNAMT"))
        except ValueProblem as problem:
            reasons.append(problem.reason)
        if reasons:
            collector.problem(line, "; ".join(reasons))
            continue
        reference = _text(transaction, "FITID") or _text(transaction, "CHECKNUM")
        collector.row(line, when, amount, _text(transaction, "NAME"),
                      _text(transaction, "MEMO"), reference)  # fmt: skip
    closing = None
    ledger = root.find(".//LEDGERBAL")
    if ledger is not None:
        try:
            closing = parse_amount(_text(ledger, "BALAMT"), "balance")
        except ValueProblem:
            closing = None
    return collector, closing
