"""The CSV layouts of the banks we read, as data (docs/banks.md says where each fact comes from).

A layout names the header row(s) the bank writes, which header names hold which value, and the
date formats it uses. Columns are found by name, not position, so a bank adding or moving a
column does not break the reader. HSBC's download has no header at all: its layout gives the
positions instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .mapping import ColumnMapping


@dataclass(frozen=True)
class Layout:
    """How one bank writes its CSV statements."""

    key: str
    name: str
    #: Header rows as the bank writes them (compared after normalising each cell).
    headers: tuple[tuple[str, ...], ...] = ()
    #: Header names (normalised) for each role; only the roles the bank has.
    names: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: The date formats this bank writes, most usual first.
    date_formats: tuple[str, ...] = ("%d/%m/%Y",)
    #: For files without a header row: where each value is.
    headerless: ColumnMapping | None = None
    #: Every bank here separates fields with commas.
    delimiter: str = ","


_LBG_HEADER = (
    "Transaction Date",
    "Transaction Type",
    "Sort Code",
    "Account Number",
    "Transaction Description",
    "Debit Amount",
    "Credit Amount",
    "Balance",
)
_LBG_NAMES = {
    "date": ("transaction date",),
    "description": ("transaction description",),
    "paid_out": ("debit amount",),
    "paid_in": ("credit amount",),
    "balance": ("balance",),
}

BARCLAYS = Layout(
    "barclays",
    "Barclays",
    headers=(("Number", "Date", "Account", "Amount", "Subcategory", "Memo"),),
    names={
        "date": ("date",),
        "description": ("memo",),
        "amount": ("amount",),
        "reference": ("number",),
    },
)

HSBC = Layout(
    "hsbc",
    "HSBC",
    headerless=ColumnMapping(date=0, description=1, amount=2, header=False, delimiter=","),
    date_formats=("%d/%m/%Y", "%d %b %Y"),
)

LLOYDS = Layout("lloyds", "Lloyds", headers=(_LBG_HEADER,), names=_LBG_NAMES)
HALIFAX = Layout("halifax", "Halifax or Bank of Scotland", headers=(_LBG_HEADER,), names=_LBG_NAMES)

NATWEST = Layout(
    "natwest",
    "NatWest or RBS",
    headers=(
        ("Date", "Type", "Description", "Value", "Balance", "Account Name", "Account Number"),
    ),
    names={
        "date": ("date",),
        "description": ("description",),
        "amount": ("value",),
        "balance": ("balance",),
    },
    date_formats=("%d/%m/%Y", "%d %b %Y"),
)

NATIONWIDE = Layout(
    "nationwide",
    "Nationwide",
    headers=(
        ("Date", "Transaction type", "Description", "Paid out", "Paid in", "Balance"),
        ("Date", "Transactions", "Credits", "Debits", "Balance"),
    ),
    names={
        "date": ("date",),
        "description": ("description", "transactions"),
        "paid_out": ("paid out", "debits"),
        "paid_in": ("paid in", "credits"),
        "balance": ("balance",),
    },
    date_formats=("%d %b %Y", "%d %B %Y", "%d/%m/%Y"),
)

SANTANDER = Layout(
    "santander",
    "Santander",
    headers=(
        ("Date", "Description", "Amount", "Balance"),
        ("Date", "Description", "Money in", "Money out", "Balance"),
    ),
    names={
        "date": ("date",),
        "description": ("description",),
        "amount": ("amount",),
        "paid_in": ("money in",),
        "paid_out": ("money out",),
        "balance": ("balance",),
    },
)

MONZO = Layout(
    "monzo",
    "Monzo",
    headers=(
        (
            "Transaction ID",
            "Date",
            "Time",
            "Type",
            "Name",
            "Emoji",
            "Category",
            "Amount",
            "Currency",
            "Local amount",
            "Local currency",
            "Notes and #tags",
            "Address",
            "Receipt",
            "Description",
            "Category split",
            "Money Out",
            "Money In",
        ),
    ),
    names={
        "date": ("date",),
        "payee": ("name",),
        "description": ("description",),
        "amount": ("amount",),
        "reference": ("transaction id",),
    },
    date_formats=("%d/%m/%Y", "%Y-%m-%d"),
)

STARLING = Layout(
    "starling",
    "Starling",
    headers=(
        (
            "Date",
            "Counter Party",
            "Reference",
            "Type",
            "Amount (GBP)",
            "Balance (GBP)",
            "Spending Category",
            "Notes",
        ),
    ),
    names={
        "date": ("date",),
        "payee": ("counter party",),
        "description": ("reference",),
        "amount": ("amount",),
        "balance": ("balance",),
    },
)

METRO = Layout(
    "metro",
    "Metro Bank",
    headers=(("Date", "Details", "Transaction Type", "Money In", "Money Out", "Balance"),),
    names={
        "date": ("date",),
        "description": ("details", "reference", "description"),
        "paid_in": ("money in", "in"),
        "paid_out": ("money out", "out"),
        "balance": ("balance",),
    },
)

CSV_LAYOUTS: dict[str, Layout] = {
    layout.key: layout
    for layout in (
        BARCLAYS,
        HSBC,
        LLOYDS,
        HALIFAX,
        NATWEST,
        NATIONWIDE,
        SANTANDER,
        MONZO,
        STARLING,
        METRO,
    )
}

#: Sort codes of Halifax (11-) and Bank of Scotland (12-, 80-): same file layout as Lloyds.
HALIFAX_SORT_CODES = ("11", "12", "80")
