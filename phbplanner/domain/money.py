"""Money as whole pence: exact, never a float."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum

from .text import translate

_AMOUNT = re.compile(r"^-?\d+(\.\d+)?$")


class MoneyCode(StrEnum):
    """Why an amount could not be read."""

    NOT_TEXT = "not_text"
    EMPTY = "empty"
    NOT_AN_AMOUNT = "not_an_amount"
    DECIMALS = "decimals"
    NEGATIVE = "negative"
    TOO_LARGE = "too_large"


class MoneyError(ValueError):
    """An amount could not be read: ``str()`` is a whole plain sentence saying why, naming the
    amount in quotes; :meth:`sentence` names it another way (a file reader shortens it)."""

    def __init__(self, text: str, code: MoneyCode) -> None:
        self.text = text
        self.code = code
        super().__init__(self.sentence(f'"{text}"'))

    def sentence(self, amount: str) -> str:
        """Why, as one or two whole sentences naming the amount as ``amount`` (quoted already)."""
        if self.code is MoneyCode.NOT_TEXT:
            message = translate("Money", '{amount} is not an amount written as text, like "12.50".')
        elif self.code is MoneyCode.EMPTY:
            message = translate("Money", "There is no amount. Write one like 12.50.")
        elif self.code is MoneyCode.DECIMALS:
            message = translate("Money", "{amount} has more than 2 decimal places.")
        elif self.code is MoneyCode.NEGATIVE:
            message = translate("Money", "{amount} is below zero.")
        elif self.code is MoneyCode.TOO_LARGE:
            message = translate("Money", "{amount} is too large. The most it can be is {limit}.")
        else:
            message = translate("Money", "{amount} is not an amount like 12.50.")
        return message.format(amount=amount, limit="£999,999,999.99")


def round_half_up(value: Decimal) -> int:
    """Round a Decimal number of pence to whole pence, halves away from zero."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True, order=True, slots=True)
class Money:
    """An amount of pounds sterling held as an integer number of pence."""

    pence: int = 0

    def __post_init__(self) -> None:
        if not isinstance(self.pence, int) or isinstance(self.pence, bool):
            raise TypeError("Money holds whole pence as an int")

    # -- construction ---------------------------------------------------------------------------
    @classmethod
    def parse(cls, text: str, *, allow_negative: bool = False) -> Money:
        """Read an amount such as ``"1234.50"``, ``"£1,234.5"`` or ``"12"``.

        Raises :class:`MoneyError` with a plain sentence saying why for anything else: more than two
        decimal places, letters, an empty string, or a negative amount where none is allowed.
        """
        if not isinstance(text, str):
            raise MoneyError(str(text), MoneyCode.NOT_TEXT)
        cleaned = text.strip().replace(",", "").replace("£", "").replace(" ", "")
        if cleaned.startswith("-£"):
            cleaned = "-" + cleaned[2:]
        if not cleaned:
            raise MoneyError(text, MoneyCode.EMPTY)
        if not _AMOUNT.match(cleaned):
            raise MoneyError(text, MoneyCode.NOT_AN_AMOUNT)
        if "." in cleaned and len(cleaned.split(".", 1)[1]) > 2:
            raise MoneyError(text, MoneyCode.DECIMALS)
        try:
            value = Decimal(cleaned)
        except InvalidOperation as exc:  # pragma: no cover - the pattern above prevents it
            raise MoneyError(text, MoneyCode.NOT_AN_AMOUNT) from exc
        if value < 0 and not allow_negative:
            raise MoneyError(text, MoneyCode.NEGATIVE)
        if abs(value) >= Decimal("1000000000"):
            raise MoneyError(text, MoneyCode.TOO_LARGE)
        return cls(int(value * 100))

    @classmethod
    def from_decimal(cls, pounds: Decimal) -> Money:
        """Convert a Decimal number of pounds, rounding half-up to the penny."""
        return cls(round_half_up(pounds * 100))

    # -- arithmetic -----------------------------------------------------------------------------
    def __add__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.pence + other.pence)

    def __sub__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.pence - other.pence)

    def __neg__(self) -> Money:
        return Money(-self.pence)

    def __abs__(self) -> Money:
        return Money(abs(self.pence))

    def __bool__(self) -> bool:
        return self.pence != 0

    def times(self, factor: Decimal | int) -> Money:
        """Multiply by an exact factor, rounding the result once, half-up, to the penny."""
        return Money(round_half_up(Decimal(self.pence) * Decimal(factor)))

    # -- presentation ---------------------------------------------------------------------------
    def to_decimal(self) -> Decimal:
        """The amount in pounds as an exact Decimal with two places."""
        return (Decimal(self.pence) / 100).quantize(Decimal("0.01"))

    def to_str(self) -> str:
        """The interchange form: ``"1234.50"`` (no symbol, no separators)."""
        sign = "-" if self.pence < 0 else ""
        pounds, pence = divmod(abs(self.pence), 100)
        return f"{sign}{pounds}.{pence:02d}"

    def format(self) -> str:
        """The form people read: ``"£1,234.50"``; negative amounts as ``"-£12.00"``."""
        sign = "-" if self.pence < 0 else ""
        pounds, pence = divmod(abs(self.pence), 100)
        return f"{sign}£{pounds:,}.{pence:02d}"

    def __str__(self) -> str:
        return self.format()

    @staticmethod
    def total(amounts: object) -> Money:
        """Sum an iterable of Money (an empty one sums to £0.00)."""
        result = 0
        for amount in amounts:  # type: ignore[attr-defined]
            result += amount.pence
        return Money(result)


ZERO = Money(0)
