"""Single values of an interchange document: what each kind of field accepts, and why not.

A reader returns the value, or :data:`BAD` when ``raw`` cannot be a value of its field at all
(its *structure*); :func:`structure_problem` then says why, in plain English. Entry rules are
``domain.entry_rules``' business. Amounts and quantities are read from their decimal text
without ever passing through a float.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

from ..domain.fieldspec import Field, Kind
from ..domain.money import Money
from ..domain.text import translate
from .errors import BareNumber, show


class _Bad:
    def __repr__(self) -> str:
        return "BAD"


#: Returned by a reader for a value its field cannot hold.
BAD: Any = _Bad()

ID_PATTERN = re.compile(r"[A-Za-z0-9_.-]{1,64}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_NUMBER = re.compile(r"(-?)([0-9]+)(?:\.([0-9]+))?")
#: Digits (leading zeros aside) beyond these cannot be a value of a plan in any version.
_MONEY_DIGITS = 15
_DECIMAL_DIGITS = 30

Reader = Any  # (raw) -> value | BAD


def read_text(raw: Any) -> Any:
    """Text: a JSON string."""
    return raw if type(raw) is str else BAD


def read_date(raw: Any) -> Any:
    """A date: ``"2026-04-01"`` that is a real day."""
    if type(raw) is not str or len(raw) != 10 or not _DATE.fullmatch(raw):
        return BAD
    try:
        return date.fromisoformat(raw)
    except ValueError:
        return BAD


def read_money(raw: Any) -> Any:
    """An amount: ``"1234.50"`` — at most 2 decimal places; a sign only in stored data."""
    match = _NUMBER.fullmatch(raw) if type(raw) is str else None
    if match is None:
        return BAD
    sign, whole, fraction = match.groups()
    if fraction is None:
        digits = whole + "00"
    elif len(fraction) <= 2:
        digits = whole + fraction.ljust(2, "0")
    else:
        return BAD
    if len(digits) > _MONEY_DIGITS + 2 and len(digits.lstrip("0")) > _MONEY_DIGITS + 2:
        return BAD
    pence = int(digits)
    return Money(-pence if sign else pence)


def read_decimal(raw: Any) -> Any:
    """A decimal number in quotes: ``"2.5"``."""
    match = _NUMBER.fullmatch(raw) if type(raw) is str else None
    if match is None:
        return BAD
    if len(match.group(2).lstrip("0")) + len(match.group(3) or "") > _DECIMAL_DIGITS:
        return BAD
    number = Decimal(raw)
    # "2.00" is read as 2 and "2.50" as 2.50: equal values, written the same way.
    return number.normalize() if number == number.to_integral() else number


def read_int(raw: Any) -> Any:
    """A whole number (not true or false)."""
    return raw if type(raw) is int else BAD


def read_flag(raw: Any) -> Any:
    """true or false."""
    return raw if raw is True or raw is False else BAD


def read_ids(raw: Any) -> Any:
    """A list of ids in quotes."""
    if type(raw) is list and all(type(item) is str for item in raw):
        return tuple(raw)
    return BAD


#: The reader of each kind of single value (choices are looked up in their entry).
READERS: dict[Kind, Reader] = {
    Kind.ID: read_text,
    Kind.TEXT: read_text,
    Kind.DATE: read_date,
    Kind.MONEY: read_money,
    Kind.DECIMAL: read_decimal,
    Kind.INT: read_int,
    Kind.FLAG: read_flag,
    Kind.IDS: read_ids,
}


def not_an_id(raw: Any) -> str:
    """Why ``raw`` is not an id."""
    message = translate("PlanReader", "{value} is not an id (letters, digits, _ . - only)")
    return message.format(value=show(raw))


def structure_problem(field: Field, raw: Any) -> str:
    """Why ``raw`` cannot be a value of ``field`` at all."""
    kind, value = field.kind, show(raw)
    if type(raw) is BareNumber:
        return _bare_number(field, raw)
    if kind is Kind.TEXT:
        message = translate("PlanReader", "should be text in quotes, not {value}")
    elif kind is Kind.ID:
        return not_an_id(raw)
    elif kind is Kind.DATE:
        if type(raw) is str and _DATE.fullmatch(raw):
            message = translate("PlanReader", "{value} is not a real date")
        else:
            message = translate("PlanReader", '{value} is not a date like "2026-04-01"')
    elif kind is Kind.MONEY:
        message = _money_problem(raw)
    elif kind is Kind.DECIMAL:
        if type(raw) is str and _NUMBER.fullmatch(raw):
            message = translate("PlanReader", "{value} has far too many digits")
        else:
            message = translate("PlanReader", '{value} should be a number in quotes, like "2.5"')
    elif kind is Kind.INT:
        message = translate("PlanReader", "{value} should be a whole number")
    elif kind is Kind.FLAG:
        message = translate("PlanReader", "{value} should be true or false")
    elif kind is Kind.CHOICE:
        assert field.enum is not None
        message = translate("PlanReader", "{value} is not one of: {allowed}")
        allowed = ", ".join(member.value for member in field.enum)
        return message.format(value=value, allowed=allowed)
    elif kind is Kind.IDS:
        message = translate(
            "PlanReader", 'should be a list of ids in quotes, like ["o1"], not {value}'
        )
    elif kind is Kind.LIST:
        message = translate("PlanReader", "should be a list, not {value}")
    else:
        message = translate("PlanReader", "should be an object with named fields, not {value}")
    return message.format(value=value)


def _money_problem(raw: Any) -> str:
    if type(raw) is not str:
        return translate("PlanReader", '{value} should be an amount in quotes, like "12.50"')
    match = _NUMBER.fullmatch(raw)
    if match is None:
        return translate("PlanReader", "{value} is not an amount like 12.50")
    if match.group(3) is not None and len(match.group(3)) > 2:
        return translate("PlanReader", "{value} has more than 2 decimal places")
    return translate("PlanReader", "{value} is far too large an amount")


def _bare_number(field: Field, raw: BareNumber) -> str:
    value = show(raw)
    if field.kind is Kind.INT and raw.text.lstrip("-").isdigit():
        return translate("PlanReader", "{value} is far too large a number").format(value=value)
    if field.kind is Kind.INT:
        return translate("PlanReader", "{value} should be a whole number").format(value=value)
    message = translate(
        "PlanReader",
        "{value} is written as a bare number; amounts and quantities must be text in quotes, "
        'like "{value}"',
    )
    return message.format(value=value)
