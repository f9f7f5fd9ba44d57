"""Writers of each bank's statement format, for round-trip property tests and the benchmark.

Each writer takes transactions in date order and returns the file's bytes and, for each
transaction, the physical line its row starts on — written the way the bank writes it
(docs/banks.md): its header and preamble, encoding, date style, sign convention, newest-first
order, apostrophes, "£" and thousands separators, trailing zeros dropped.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from html import escape

from phbplanner.domain.money import Money


@dataclass(frozen=True)
class Txn:
    """One transaction to write."""

    date: date
    pence: int
    payee: str
    description: str
    reference: str
    balance: int


@dataclass(frozen=True)
class Format:
    """A bank's format: its writer and what it keeps of a transaction."""

    write: Callable[[list[Txn]], tuple[bytes, list[int]]]
    bank: str
    payee: bool = False  # the payee is its own column (else it is not written)
    reference: bool = False
    balance: bool = True
    newest_first: bool = False
    cp1252: bool = False  # the file is Windows-1252: only its characters can be written
    one_line: bool = False  # texts cannot hold line breaks or tabs


_BREAKS = re.compile(r"\r\n|\r|\n")


def _pounds(pence: int, *, thousands: bool = False, drop_zeros: bool = False) -> str:
    text = Money(pence).to_str()
    if thousands:
        sign = "-" if pence < 0 else ""
        pounds, cents = divmod(abs(pence), 100)
        text = f"{sign}{pounds:,}.{cents:02d}"
    if drop_zeros and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


class _Lines:
    """CSV text built row by row, knowing the physical line each row starts on."""

    def __init__(self, preamble: str = "", delimiter: str = ",", quote_all: bool = False) -> None:
        self.parts = [preamble]
        self.line = len(_BREAKS.findall(preamble)) + 1
        self.buffer = io.StringIO(newline="")
        quoting = csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL
        self.writer = csv.writer(
            self.buffer, delimiter=delimiter, quoting=quoting, lineterminator="\r\n"
        )

    def row(self, cells: list[str]) -> int:
        """Write one row; returns the line it starts on."""
        self.buffer.seek(0)
        self.buffer.truncate()
        self.writer.writerow(cells)
        text = self.buffer.getvalue()
        start = self.line
        self.parts.append(text)
        self.line += len(_BREAKS.findall(text))
        return start

    def data(self, encoding: str = "utf-8") -> bytes:
        return "".join(self.parts).encode(encoding)


def _csv(
    header: list[str] | None,
    rows: list[list[str]],
    *,
    preamble: str = "",
    encoding: str = "utf-8",
    quote_all: bool = False,
    trailing_comma: bool = False,
) -> tuple[bytes, list[int]]:
    out = _Lines(preamble, quote_all=quote_all)
    if header is not None:
        out.row(header)
    lines = [out.row([*row, ""] if trailing_comma else row) for row in rows]
    return out.data(encoding), lines


def _dmy(day: date) -> str:
    return day.strftime("%d/%m/%Y")


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _dmony(day: date) -> str:
    return f"{day.day:02d} {_MONTHS[day.month - 1]} {day.year}"


def barclays(txns: list[Txn]) -> tuple[bytes, list[int]]:
    rows = [[t.reference, _dmy(t.date), "20-32-06 13152170", _pounds(t.pence), "PAYMENT",
             t.description] for t in txns]  # fmt: skip
    return _csv(["Number", "Date", "Account", "Amount", "Subcategory", "Memo"], rows)


def hsbc(txns: list[Txn]) -> tuple[bytes, list[int]]:
    rows = [[_dmy(t.date), t.description, _pounds(t.pence, thousands=True)] for t in txns]
    data, lines = _csv(None, rows[::-1])
    return data, lines[::-1]


def _lbg(txns: list[Txn], sort_code: str, encoding: str) -> tuple[bytes, list[int]]:
    header = ["Transaction Date", "Transaction Type", "Sort Code", "Account Number",
              "Transaction Description", "Debit Amount", "Credit Amount", "Balance"]  # fmt: skip
    rows = []
    for t in reversed(txns):
        out = _pounds(-t.pence, drop_zeros=True) if t.pence < 0 else ""
        paid = _pounds(t.pence, drop_zeros=True) if t.pence >= 0 else ""
        rows.append([_dmy(t.date), "DEB", f"'{sort_code}", "12345678", t.description, out, paid,
                     _pounds(t.balance, drop_zeros=True)])  # fmt: skip
    data, lines = _csv(header, rows, encoding=encoding)
    return data, lines[::-1]


def lloyds(txns: list[Txn]) -> tuple[bytes, list[int]]:
    return _lbg(txns, "30-91-74", "utf-8")


def halifax(txns: list[Txn]) -> tuple[bytes, list[int]]:
    return _lbg(txns, "11-05-12", "cp1252")


def natwest_old(txns: list[Txn]) -> tuple[bytes, list[int]]:
    rows = [[_dmy(t.date), "POS", f"'{t.description}", _pounds(t.pence), _pounds(t.balance),
             "'PHB ACCOUNT", "'601234-12345678"] for t in txns]  # fmt: skip
    header = "Date, Type, Description, Value, Balance, Account Name, Account Number\r\n"
    return _csv(None, rows, preamble="\r\n" + header, trailing_comma=True)


def natwest(txns: list[Txn]) -> tuple[bytes, list[int]]:
    rows = [[_dmony(t.date), "BAC", t.description, _pounds(t.pence), _pounds(t.balance),
             "PHB Account", "601234-87654321"] for t in txns]  # fmt: skip
    header = ["Date", "Type", "Description", "Value", "Balance", "Account Name", "Account Number"]
    data, lines = _csv(header, rows[::-1], quote_all=True)
    return data, lines[::-1]


def nationwide(txns: list[Txn]) -> tuple[bytes, list[int]]:
    def money(pence: int) -> str:
        text = _pounds(pence, thousands=True)
        return "-£" + text[1:] if text.startswith("-") else "£" + text

    rows = [[_dmony(t.date), "Payment", t.description, money(-t.pence) if t.pence < 0 else "",
             money(t.pence) if t.pence >= 0 else "", money(t.balance)] for t in txns]  # fmt: skip
    last = money(txns[-1].balance) if txns else "£0.00"
    preamble = (
        '"Account Name:","FlexDirect ****12345"\r\n'
        f'"Account Balance:","{last}"\r\n"Available Balance: ","{last}"\r\n\r\n'
    )
    header = ["Date", "Transaction type", "Description", "Paid out", "Paid in", "Balance"]
    return _csv(header, rows, preamble=preamble, encoding="cp1252", quote_all=True)


def santander_txt(txns: list[Txn]) -> tuple[bytes, list[int]]:
    nb = "\u00a0"
    first = txns[0].date if txns else date(2024, 1, 1)
    last = txns[-1].date if txns else first
    lines = [f"From:{nb}{_dmy(first)} to {_dmy(last)}{nb}", "", f"Account:{nb}XXXX 1234{nb}"]
    starts = []
    for t in reversed(txns):
        lines.append("")
        starts.append(len(lines) + 1)
        lines.append(f"Date:{nb}{_dmy(t.date)}{nb}")
        lines.append(f"Description:{nb}{t.description}{nb}")
        lines.append(f"Amount:{nb}{_pounds(t.pence)}{nb}")
        lines.append(f"Balance:{nb}{_pounds(t.balance)}{nb}")
    return ("\r\n".join(lines) + "\r\n").encode("cp1252"), starts[::-1]


def santander_csv(txns: list[Txn]) -> tuple[bytes, list[int]]:
    rows = [[_dmy(t.date), t.description, _pounds(t.pence), _pounds(t.balance)] for t in txns]
    return _csv(["Date", "Description", "Amount", "Balance"], rows)


def monzo(txns: list[Txn]) -> tuple[bytes, list[int]]:
    header = ["Transaction ID", "Date", "Time", "Type", "Name", "Emoji", "Category", "Amount",
              "Currency", "Local amount", "Local currency", "Notes and #tags", "Address",
              "Receipt", "Description", "Category split", "Money Out", "Money In"]  # fmt: skip
    rows = [[t.reference, _dmy(t.date), "10:00:00", "Card payment", t.payee, "", "General",
             _pounds(t.pence), "GBP", _pounds(t.pence), "GBP", "", "", "", t.description, "",
             _pounds(t.pence) if t.pence < 0 else "", _pounds(t.pence) if t.pence >= 0 else ""]
            for t in txns]  # fmt: skip
    return _csv(header, rows)


def starling(txns: list[Txn]) -> tuple[bytes, list[int]]:
    header = ["Date", "Counter Party", "Reference", "Type", "Amount (GBP)", "Balance (GBP)",
              "Spending Category", "Notes"]  # fmt: skip
    rows = [[_dmy(t.date), t.payee, t.description, "FASTER PAYMENT", _pounds(t.pence),
             _pounds(t.balance), "GENERAL", ""] for t in txns]  # fmt: skip
    return _csv(header, rows)


def metro(txns: list[Txn]) -> tuple[bytes, list[int]]:
    header = ["Date", "Details", "Transaction Type", "Money In", "Money Out", "Balance"]
    rows = [
        [_dmy(t.date), t.description, "Payment", _pounds(t.pence) if t.pence >= 0 else "",
         _pounds(-t.pence) if t.pence < 0 else "", _pounds(t.balance)]
        for t in txns
    ]  # fmt: skip
    return _csv(header, rows)


def generic(txns: list[Txn]) -> tuple[bytes, list[int]]:
    out = _Lines("Statement for account 1234;;;;;\r\n", delimiter=";")
    out.row(["Posting Date", "Payee", "Details", "Debit", "Credit", "Running Balance"])
    lines = [
        out.row([_dmy(t.date), t.payee, t.description, _pounds(-t.pence) if t.pence < 0 else "",
                 _pounds(t.pence) if t.pence >= 0 else "", _pounds(t.balance)])
        for t in txns
    ]  # fmt: skip
    return out.data(), lines


def ofx(txns: list[Txn]) -> tuple[bytes, list[int]]:
    head = ("OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\n"
            "CHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n"
            "<OFX>\n<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STMTRS><CURDEF>GBP\n"
            "<BANKTRANLIST><DTSTART>20240101<DTEND>20241231\n")  # fmt: skip
    lines = head.split("\n")[:-1]
    starts = []
    for t in txns:
        starts.append(len(lines) + 1)
        name = f"<NAME>{escape(t.payee)}" if t.payee else ""  # banks leave out empty ones
        memo = f"<MEMO>{escape(t.description)}" if t.description else ""
        lines.append(
            f"<STMTTRN><TRNTYPE>OTHER<DTPOSTED>{t.date:%Y%m%d}<TRNAMT>{_pounds(t.pence)}"
            f"<FITID>{escape(t.reference)}{name}{memo}</STMTTRN>"
        )
    closing = txns[-1].balance if txns else 0
    lines.append(f"</BANKTRANLIST><LEDGERBAL><BALAMT>{_pounds(closing)}<DTASOF>20241231"
                 "</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>")  # fmt: skip
    return ("\n".join(lines) + "\n").encode("cp1252"), starts


def qif(txns: list[Txn]) -> tuple[bytes, list[int]]:
    lines = ["!Type:Bank"]
    starts = []
    for t in txns:
        starts.append(len(lines) + 1)
        lines += [f"D{t.date:%d/%m'%y}", f"T{_pounds(t.pence, thousands=True)}", f"P{t.payee}",
                  f"M{t.description}", f"N{t.reference}", "^"]  # fmt: skip
    return ("\r\n".join(lines) + "\r\n").encode("cp1252"), starts


FORMATS = {
    "barclays": Format(barclays, "barclays", reference=True, balance=False),
    "hsbc": Format(hsbc, "hsbc", balance=False, newest_first=True),
    "lloyds": Format(lloyds, "lloyds", newest_first=True),
    "halifax": Format(halifax, "halifax", newest_first=True, cp1252=True),
    "natwest_old": Format(natwest_old, "natwest"),
    "natwest": Format(natwest, "natwest", newest_first=True),
    "nationwide": Format(nationwide, "nationwide", cp1252=True),
    "santander_txt": Format(
        santander_txt, "santander", newest_first=True, cp1252=True, one_line=True
    ),
    "santander_csv": Format(santander_csv, "santander"),
    "monzo": Format(monzo, "monzo", payee=True, reference=True, balance=False),
    "starling": Format(starling, "starling", payee=True),
    "metro": Format(metro, "metro"),
    "generic": Format(generic, "generic", payee=True),
    "ofx": Format(
        ofx, "ofx", payee=True, reference=True, balance=False, cp1252=True, one_line=True
    ),
    "qif": Format(
        qif, "qif", payee=True, reference=True, balance=False, cp1252=True, one_line=True
    ),
}
