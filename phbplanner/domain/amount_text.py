"""Reading an amount of money as a carer types it into the spending records.

Stricter than :meth:`Money.parse` about commas (``"£1,2,3"`` is refused, not read as £123.00) and
friendlier about signs: ``"-12.00"``, ``"-£12"``, ``"£-12"`` and the accountant's ``"(12.00)"``
all mean money out. ``"50p"`` is fifty pence. Every refusal is a plain-English
:class:`AmountError` with a stable ``code``.
"""

from __future__ import annotations

import re
from enum import StrEnum

from .errors import PHBError
from .money import Money
from .text import translate

#: The largest single entry the records accept: £999,999.99. Far above any real budget payment
#: (a whole year of a large package is paid in parts), so anything bigger is a typing slip.
ENTRY_LIMIT = Money(100_000_000 - 1)

_GROUPED = re.compile(r"^[0-9]{1,3}(,[0-9]{3})+$")
_MINUS_SIGNS = str.maketrans({"\u2212": "-", "\u2013": "-", "\u2014": "-", "\ufe63": "-"})
_LONGEST = 40  # characters: no amount needs more


class AmountCode(StrEnum):
    """Why an amount was refused."""

    EMPTY = "empty"
    NOT_A_NUMBER = "not_a_number"
    DECIMALS = "decimals"
    DECIMAL_POINTS = "decimal_points"
    COMMAS = "commas"
    SIGNS = "signs"
    TOO_LARGE = "too_large"
    NEGATIVE = "negative"
    ZERO = "zero"


class AmountError(PHBError):
    """An amount that could not be read, with a plain-English message and a ``code``."""

    def __init__(self, code: AmountCode, text: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.text = text


def _shown(text: str) -> str:
    """What the person typed, cut short if it is very long."""
    return text if len(text) <= 30 else text[:29] + "…"


def _refuse(code: AmountCode, text: str) -> AmountError:
    shown = _shown(text.strip())
    messages = {
        AmountCode.EMPTY: translate("Amount", "Type an amount, like 12.50."),
        AmountCode.NOT_A_NUMBER: translate(
            "Amount", "“{text}” is not an amount. Use numbers only, like 12.50."
        ),
        AmountCode.DECIMALS: translate(
            "Amount",
            "“{text}” has more than 2 numbers after the decimal point. "
            "Amounts are pounds and pence, like 12.35.",
        ),
        AmountCode.DECIMAL_POINTS: translate(
            "Amount", "“{text}” has more than one decimal point. Write it like 1234.50."
        ),
        AmountCode.COMMAS: translate(
            "Amount",
            "“{text}” has commas in the wrong places. "
            "Leave them out, or write thousands like 1,234.50.",
        ),
        AmountCode.SIGNS: translate(
            "Amount", "“{text}” has more than one minus sign. Use one, like -12.50."
        ),
        AmountCode.TOO_LARGE: translate(
            "Amount",
            "“{text}” is more than any single payment could be (the most is {limit}). "
            "Check the number.",
        ),
        AmountCode.NEGATIVE: translate(
            "Amount", "“{text}” is below zero. Type the amount without a minus sign."
        ),
        AmountCode.ZERO: translate(
            "Amount", "The amount is zero. Type the money that moved, like 12.50."
        ),
    }
    message = messages[code].format(text=shown, limit=ENTRY_LIMIT.format())
    return AmountError(code, text, message)


def parse_amount(
    text: str,
    *,
    allow_negative: bool = True,
    allow_zero: bool = False,
    limit: Money = ENTRY_LIMIT,
) -> Money:
    """Read an amount typed by a person: ``"12"``, ``"12.5"``, ``"£1,234.50"``, ``"-12.00"``,
    ``"(12.00)"`` (money out), ``"50p"``.

    Spaces (also non-breaking ones) are ignored, a typographic minus sign counts as ``-``, and
    commas must group thousands. Raises :class:`AmountError` for an empty box, letters, more
    than two decimal places, two decimal points, misplaced commas, two minus signs, an amount
    above ``limit``, a negative amount where none is allowed, or zero unless ``allow_zero``.
    """
    if not isinstance(text, str):
        raise _refuse(AmountCode.NOT_A_NUMBER, str(text))
    body = "".join(text.split()).translate(_MINUS_SIGNS)
    if not body:
        raise _refuse(AmountCode.EMPTY, text)
    if len(body) > _LONGEST:
        numeric = set(body) <= set("0123456789,.£-+()p")
        raise _refuse(AmountCode.TOO_LARGE if numeric else AmountCode.NOT_A_NUMBER, text)
    negative = False
    if body.startswith("(") and body.endswith(")"):
        negative, body = True, body[1:-1]
    for _ in range(2):  # a sign before or after the pound sign: "-£12", "£-12"
        if body[:1] in {"-", "+"}:
            if body[0] == "-":
                if negative:
                    raise _refuse(AmountCode.SIGNS, text)
                negative = True
            body = body[1:]
        body = body.removeprefix("£")
    if body[:1] in {"-", "+"}:
        raise _refuse(AmountCode.SIGNS, text)
    in_pence = body.endswith("p") and body[:-1].isdigit() and body[:-1].isascii()
    if in_pence:
        body = body[:-1]
    if not body or any(char not in "0123456789,." for char in body):
        raise _refuse(AmountCode.NOT_A_NUMBER, text)
    if body.count(".") > 1:
        raise _refuse(AmountCode.DECIMAL_POINTS, text)
    whole, _, fraction = body.partition(".")
    if "," in fraction or ("," in whole and not _GROUPED.match(whole)):
        raise _refuse(AmountCode.COMMAS, text)
    whole = whole.replace(",", "")
    if not whole and not fraction:
        raise _refuse(AmountCode.NOT_A_NUMBER, text)
    if len(fraction) > 2:
        raise _refuse(AmountCode.DECIMALS, text)
    pence = int(whole or "0") if in_pence else int(whole or "0") * 100 + int(fraction.ljust(2, "0"))
    if pence > limit.pence:
        raise _refuse(AmountCode.TOO_LARGE, text)
    if negative and pence and not allow_negative:
        raise _refuse(AmountCode.NEGATIVE, text)
    if pence == 0 and not allow_zero:
        raise _refuse(AmountCode.ZERO, text)
    return Money(-pence if negative else pence)
