"""Which column holds what: the column mapping, as text, as JSON, and found from header names.

A mapping says which column is the date, the description (and/or payee), the amount — one
signed column, or separate paid-in and paid-out (credit/debit) columns — the balance and the
bank's reference; the date format (``None``: found from the values); how many lines to skip
before the header or data; whether there is a header (``None``: found out).

Columns are numbered from 1 in text and JSON, as a person counts them in a spreadsheet, and from
0 inside the program. A mapping saved per account is ``mapping.to_json()``; it is read back with
:meth:`ColumnMapping.from_json`, which refuses anything malformed with :class:`MappingError`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from ...domain.text import translate
from .errors import MappingError
from .values import clean, is_date_format

ROLES = ("date", "description", "payee", "amount", "paid_in", "paid_out", "balance", "reference")

#: Words accepted for each role in ``--columns`` text (spaces and hyphens read as underscores).
_ROLE_WORDS = {
    "date": "date",
    "description": "description",
    "details": "description",
    "memo": "description",
    "narrative": "description",
    "payee": "payee",
    "name": "payee",
    "amount": "amount",
    "value": "amount",
    "paid_in": "paid_in",
    "money_in": "paid_in",
    "credit": "paid_in",
    "in": "paid_in",
    "paid_out": "paid_out",
    "money_out": "paid_out",
    "debit": "paid_out",
    "out": "paid_out",
    "balance": "balance",
    "reference": "reference",
    "ref": "reference",
}

#: Header names (normalised: lower case, single spaces, no "(£)") for each role, best first.
HEADER_NAMES: dict[str, tuple[str, ...]] = {
    "date": ("date", "transaction date", "posting date", "posted date", "date posted",
             "completed date", "trans date", "value date", "booking date"),
    "description": ("description", "transaction description", "details", "narrative",
                    "transactions", "memo", "particulars", "transaction details"),
    "payee": ("payee", "name", "counter party", "counterparty", "merchant", "payee name",
              "beneficiary"),
    "amount": ("amount", "value", "transaction amount", "net amount"),
    "paid_in": ("paid in", "money in", "credit", "credit amount", "credits", "in",
                "deposits", "receipts"),
    "paid_out": ("paid out", "money out", "debit", "debit amount", "debits", "out",
                 "withdrawn", "withdrawals", "payments"),
    "balance": ("balance", "running balance", "account balance"),
    "reference": ("reference", "transaction id", "ref", "transaction reference"),
}  # fmt: skip

_CURRENCY = re.compile(r"\(\s*(?:£|gbp)\s*\)|£")
_SPACE = re.compile(r"[\s_]+")
MAX_COLUMN = 200


def normalise_header(text: str) -> str:
    """A header cell compared by name: ``"Amount (GBP)"`` → ``"amount gbp"`` → matched."""
    text = _CURRENCY.sub(" ", clean(text.replace("\ufeff", "")).casefold())
    text = text.rstrip(": ").replace("#", " ")
    text = _SPACE.sub(" ", text).strip()
    return text.removesuffix(" gbp").rstrip(":")


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Where each value is in a statement's rows (columns counted from 0)."""

    date: int
    description: int | None = None
    payee: int | None = None
    amount: int | None = None
    paid_in: int | None = None
    paid_out: int | None = None
    balance: int | None = None
    reference: int | None = None
    date_format: str | None = None
    skip: int = 0
    header: bool | None = None
    delimiter: str | None = None
    #: The amount column counts money out as positive (credit card statements).
    invert: bool = False

    def __post_init__(self) -> None:
        problem = self.problem()
        if problem:
            raise MappingError(problem)

    # -- checks ---------------------------------------------------------------------------------
    def columns(self) -> dict[str, int]:
        """The roles that have a column, and their columns (from 0)."""
        found = {}
        for role in ROLES:
            column = getattr(self, role)
            if column is not None:
                found[role] = column
        return found

    def problem(self) -> str:
        """A plain reason this mapping cannot work, or ``""``."""
        used = self.columns()
        for role, column in used.items():
            if (
                not isinstance(column, int)
                or isinstance(column, bool)
                or not (0 <= column < MAX_COLUMN)
            ):
                return translate("BankImport", "the column for {role} must be 1 to {max}").format(
                    role=role.replace("_", " "), max=MAX_COLUMN
                )
        if len(set(used.values())) != len(used):
            return translate("BankImport", "two values cannot come from the same column")
        if self.description is None and self.payee is None:
            return translate("BankImport", "say which column holds the description or payee")
        has_split = self.paid_in is not None or self.paid_out is not None
        if self.amount is None and not has_split:
            return translate(
                "BankImport",
                "say which column holds the amount, or the paid in and paid out columns",
            )
        if self.amount is not None and has_split:
            return translate(
                "BankImport", "use either one amount column or paid in and paid out columns"
            )
        if self.date_format is not None and not is_date_format(self.date_format):
            return translate(
                "BankImport",
                "the date format '{format}' is not one we can read; write it like %d/%m/%Y",
            ).format(format=self.date_format)
        if (
            not isinstance(self.skip, int)
            or isinstance(self.skip, bool)
            or not (0 <= self.skip <= 1000)
        ):
            return translate("BankImport", "the lines to skip must be 0 to 1000")
        if self.delimiter is not None and self.delimiter not in (",", ";", "\t", "|"):
            return translate("BankImport", "the separator must be a comma, semicolon, tab or |")
        return ""

    @property
    def width(self) -> int:
        """How many fields a row needs so every mapped column is there."""
        return max(self.columns().values()) + 1

    # -- JSON -----------------------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        """A JSON-ready form (columns from 1) to save per account."""
        return {
            "version": 1,
            "columns": {role: column + 1 for role, column in self.columns().items()},
            "date_format": self.date_format,
            "skip": self.skip,
            "header": self.header,
            "delimiter": self.delimiter,
            "invert": self.invert,
        }

    @classmethod
    def from_json(cls, data: object) -> ColumnMapping:
        """Read a mapping saved by :meth:`to_json`; raise :class:`MappingError` if malformed."""
        bad = MappingError(translate("BankImport", "The saved column mapping is damaged."))
        if not isinstance(data, dict) or data.get("version") != 1:
            raise bad
        columns = data.get("columns")
        if not isinstance(columns, dict) or not set(columns) <= set(ROLES):
            raise bad
        values: dict[str, Any] = {}
        for role, column in columns.items():
            if not isinstance(column, int) or isinstance(column, bool) or column < 1:
                raise bad
            values[role] = column - 1
        if "date" not in values:
            raise bad
        for name, kinds in (("date_format", (str, type(None))), ("skip", (int,)),
                            ("header", (bool, type(None))), ("delimiter", (str, type(None))),
                            ("invert", (bool,))):  # fmt: skip
            if name in data:
                if not isinstance(data[name], kinds):
                    raise bad
                values[name] = data[name]
        return cls(**values)

    def with_options(self, **changes: Any) -> ColumnMapping:
        """A copy with some fields changed (checked again)."""
        known = {field.name for field in fields(self)}
        return replace(self, **{k: v for k, v in changes.items() if k in known})


def parse_columns(
    text: str, *, date_format: str | None = None, skip: int | None = None
) -> ColumnMapping:
    """Read ``--columns date=1,description=2,amount=3,balance=4`` (with the other options).

    Raises :class:`MappingError` with a plain reason for anything it cannot read.
    """
    values: dict[str, Any] = {}
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        name, equals, number = part.partition("=")
        word = _SPACE.sub("_", name.strip().casefold().replace("-", "_"))
        role = _ROLE_WORDS.get(word)
        if not equals or role is None:
            raise MappingError(
                translate(
                    "BankImport",
                    "'{part}' is not understood; write columns like "
                    "date=1,description=2,amount=3,balance=4",
                ).format(part=part)
            )
        if role in values:
            raise MappingError(translate("BankImport", "{role} is given twice").format(role=role))
        number = number.strip()
        if not number.isdigit() or not (1 <= int(number) <= MAX_COLUMN):
            raise MappingError(
                translate(
                    "BankImport", "the column for {role} must be a number from 1 to {max}"
                ).format(role=role.replace("_", " "), max=MAX_COLUMN)
            )
        values[role] = int(number) - 1
    if "date" not in values:
        raise MappingError(translate("BankImport", "say which column holds the date (date=N)"))
    if date_format is not None:
        values["date_format"] = date_format
    if skip is not None:
        values["skip"] = skip
    return ColumnMapping(**values)


def mapping_from_header(
    cells: list[str], names: Mapping[str, tuple[str, ...]] | None = None
) -> ColumnMapping | None:
    """The mapping a header row describes, or ``None`` when it lacks a date, text or amount.

    ``names`` gives the header names of each role (default: :data:`HEADER_NAMES`); for each
    role the first name found wins, and a column is used for one role only.
    """
    names = names or HEADER_NAMES
    normalised = [normalise_header(cell) for cell in cells]
    taken: set[int] = set()
    found: dict[str, Any] = {}
    for role in ROLES:
        for name in names.get(role, ()):
            if name in normalised:
                column = normalised.index(name)
                if column not in taken:
                    found[role] = column
                    taken.add(column)
                    break
    if "amount" in found:  # "Amount" beside "Money In"/"Money Out" (Monzo): the signed one
        found.pop("paid_in", None)
        found.pop("paid_out", None)
    if "date" not in found or not ({"description", "payee"} & set(found)):
        return None
    if not ({"amount", "paid_in", "paid_out"} & set(found)):
        return None
    try:
        return ColumnMapping(**found, header=True)
    except MappingError:
        return None
