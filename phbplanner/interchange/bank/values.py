"""Reading the amounts and dates banks write, and the duplicate key of a row.

Amounts: ``-12.34``, ``12.5`` (trailing zero dropped), ``£1,234.56``, ``-£5``, ``£-5``,
``"1,000.00"``, ``12.34 GBP``, ``12.34 CR`` / ``12.34 DR``, ``(12.34)``, an apostrophe in front,
non-breaking spaces around. Anything else is a problem with a plain reason, never a guess:
``12,34`` (a misplaced thousands separator, or a decimal comma) is refused.

Dates: a small format language like ``strftime``'s (``%d/%m/%Y``, ``%d %b %Y``, ``%Y-%m-%d``…),
compiled once into a regular expression, so 100,000 rows read in well under a second; a time
after the date (``02/01/2024 10:31``, ``2024-01-02T10:31:00Z``) is allowed and ignored.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from ...domain.money import Money
from ...domain.text import translate

_LIMIT_PENCE = 100_000_000_000  # £1,000,000,000.00: more than any personal health budget
_PLAIN = re.compile(r"-?\d+(?:\.\d{1,2})?")
_POUNDS = re.compile(r"(-)?£?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?")
_NUMBER = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?")
_SPACES = re.compile(r"[\s\u00a0\u2007\u202f]+")


_EDGES = frozenset(" \t\r\n\u00a0'")


class ValueProblem(ValueError):
    """A value could not be read; ``reason`` says why in plain English (already translated)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def clean(text: str) -> str:
    """A field without surrounding spaces (non-breaking too) or a leading apostrophe.

    Spreadsheets hide a leading ``'`` (it forces text); NatWest and Lloyds write one in front
    of account numbers and descriptions.
    """
    if not text or (text[0] not in _EDGES and text[-1] not in _EDGES):
        return text  # the usual case, fast
    text = text.strip(" \t\r\n\u00a0")
    if text.startswith("'"):
        text = text[1:].strip(" \t\u00a0")
    return text


def _problem(kind: str, which: str, original: str) -> ValueProblem:
    """A plain reason about an amount (``kind="amount"``) or a balance (``"balance"``)."""
    if kind == "balance":
        reasons = {
            "empty": translate("BankImport", "the balance is empty"),
            "nan": translate("BankImport", "the balance '{text}' is not a number"),
            "places": translate(
                "BankImport", "the balance '{text}' has more than 2 decimal places"
            ),
            "large": translate("BankImport", "the balance '{text}' is too large"),
        }
    else:
        reasons = {
            "empty": translate("BankImport", "the amount is empty"),
            "nan": translate("BankImport", "the amount '{text}' is not a number"),
            "places": translate("BankImport", "the amount '{text}' has more than 2 decimal places"),
            "large": translate("BankImport", "the amount '{text}' is too large"),
        }
    return ValueProblem(reasons[which].format(text=original))


def parse_amount(text: str, kind: str = "amount") -> Money:
    """Read a bank's amount into signed pence, or raise :class:`ValueProblem`.

    ``kind`` (``"amount"`` or ``"balance"``) names the value in the reason.
    """
    if _PLAIN.fullmatch(text):  # the common case, fast: "-12.34", "12.5", "12"
        pounds, _, pence_text = text.partition(".")
        pence = abs(int(pounds)) * 100 + int(pence_text.ljust(2, "0") or 0)
        if text.startswith("-"):
            pence = -pence
        if abs(pence) >= _LIMIT_PENCE:
            raise _problem(kind, "large", text)
        return Money(pence)
    pounds_found = _POUNDS.fullmatch(text)
    if pounds_found:  # "£1,234.56", "-£5", "1,000.00": also common, also fast
        minus, whole, fraction = pounds_found.groups()
        pence = int(whole.replace(",", "")) * 100 + int((fraction or "").ljust(2, "0"))
        if abs(pence) >= _LIMIT_PENCE:
            raise _problem(kind, "large", text)
        return Money(-pence if minus else pence)
    original = text.strip()
    value = clean(text)
    if not value:
        raise _problem(kind, "empty", original)
    value = _SPACES.sub("", value).replace("\u2212", "-").replace("\u2013", "-")
    negative = False
    upper = value.upper()
    if upper.endswith(("CR", "DR")):
        negative = upper.endswith("DR")
        value = value[:-2]
    if value.upper().endswith("GBP"):
        value = value[:-3]
    if value.upper().startswith("GBP"):
        value = value[3:]
    if value.startswith("(") and value.endswith(")"):
        negative = not negative
        value = value[1:-1]
    sign = ""
    for _ in range(2):  # a sign and a £ in either order: -£5, £-5, +£5
        if not sign and value.startswith(("+", "-")):
            sign, value = value[0], value[1:]
        if value.startswith("£"):
            value = value[1:]
    if value.endswith("-") and not sign:  # "12.34-", as some banks write a debit
        sign, value = "-", value[:-1]
    if not value or value == "." or not _NUMBER.fullmatch(value):
        raise _problem(kind, "nan", original)
    pence_exact = Decimal(value.replace(",", "")) * 100
    if pence_exact != pence_exact.to_integral_value():
        raise _problem(kind, "places", original)
    pence = int(pence_exact)
    if (sign == "-") != negative:
        pence = -pence
    if abs(pence) >= _LIMIT_PENCE:
        raise _problem(kind, "large", original)
    return Money(pence)


# -- dates ------------------------------------------------------------------------------------

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}

_CODES = {
    "%d": r"(?P<d>\d{1,2})",
    "%m": r"(?P<m>\d{1,2})",
    "%Y": r"(?P<Y>\d{4})",
    "%y": r"(?P<y>\d{2})",
    "%b": r"(?P<b>[A-Za-z]{3,9}\.?)",
    "%B": r"(?P<b>[A-Za-z]{3,9}\.?)",
}
# An optional time after the date: " 10:31", "T10:31:00Z", " 10:31:00.123+01:00".
_TIME = r"(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"

DateParser = Callable[[str], date]


_SLOTS = {"%d": "day", "%m": "month", "%b": "month", "%B": "month", "%Y": "year", "%y": "year"}


def _pattern(date_format: str) -> re.Pattern[str]:
    parts = []
    index = 0
    seen: set[str] = set()
    while index < len(date_format):
        chunk = date_format[index : index + 2]
        if chunk in _CODES:
            if _SLOTS[chunk] in seen:
                raise ValueError(chunk)
            seen.add(_SLOTS[chunk])
            parts.append(_CODES[chunk])
            index += 2
        elif chunk.startswith("%"):
            raise ValueError(chunk)
        elif date_format[index] == " ":
            parts.append(r"[ \u00a0]+")
            index += 1
        else:
            parts.append(re.escape(date_format[index]))
            index += 1
    if seen != {"day", "month", "year"}:
        raise ValueError(date_format)
    return re.compile("".join(parts) + _TIME)


def is_date_format(date_format: str) -> bool:
    """True when ``date_format`` uses only the codes we read and names a day, month and year."""
    try:
        _pattern(date_format)
    except ValueError:
        return False
    return True


def date_parser(date_format: str) -> DateParser:
    """A fast function reading dates written in ``date_format`` (raises ValueError if invalid).

    The function raises :class:`ValueProblem` with a plain reason for a date it cannot read.
    """
    pattern = _pattern(date_format)

    def parse(text: str) -> date:
        value = clean(text)
        found = pattern.fullmatch(value)
        if found is None:
            if not value:
                raise ValueProblem(translate("BankImport", "the date is empty"))
            raise ValueProblem(
                translate("BankImport", "the date '{text}' is not a date like {example}").format(
                    text=text.strip(), example=example_of(date_format)
                )
            )
        groups = found.groupdict()
        if groups.get("b") is not None:
            month = MONTHS.get(groups["b"].rstrip(".").lower(), 0)
        else:
            month = int(groups["m"])
        # A two-digit year is in this century: no bank statement predates 2000.
        year = int(groups["Y"]) if groups.get("Y") is not None else 2000 + int(groups["y"])
        try:
            return date(year, month, int(groups["d"]))
        except ValueError:
            raise ValueProblem(
                translate("BankImport", "the date '{text}' is not a real date").format(
                    text=text.strip()
                )
            ) from None

    return parse


def example_of(date_format: str) -> str:
    """How a date looks in ``date_format``, for messages: ``31/01/2024``."""
    sample = date(2024, 1, 31)
    return (
        date_format.replace("%d", "31")
        .replace("%m", "01")
        .replace("%Y", "2024")
        .replace("%y", "24")
        .replace("%b", "Jan")
        .replace("%B", "January")
    ) or sample.isoformat()


#: Date formats tried, in order of preference, when a file does not say which it uses.
#: UK banks write the day first, so day-first formats come before month-first ones.
CANDIDATE_FORMATS = (
    "%d/%m/%Y",
    "%d/%m/%y",
    "%d-%m-%Y",
    "%d-%m-%y",
    "%d.%m.%Y",
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%d %b %Y",
    "%d-%b-%Y",
    "%d %b %y",
    "%d-%b-%y",
    "%m/%d/%Y",
    "%m/%d/%y",
)


def infer_date_format(values: list[str], candidates: tuple[str, ...] = CANDIDATE_FORMATS) -> str:
    """The format that reads the most of ``values``; ties go to the earlier (day-first) one.

    ``01/02/2024`` fits both day-first and month-first; it is read as 1 February, the way UK
    banks write it. Only when some value proves otherwise (``12/31/2024``) is month-first used.
    Returns the first candidate when nothing reads (every row then gets a date problem).
    """
    best, best_count = candidates[0], -1
    for candidate in candidates:
        parse = date_parser(candidate)
        count = 0
        for value in values:
            try:
                parse(value)
            except ValueProblem:
                continue
            count += 1
        if count > best_count:
            best, best_count = candidate, count
            if count == len(values):
                break
    return best


# -- duplicate keys ---------------------------------------------------------------------------

_PUNCTUATION = re.compile(r"[^\w]+")


def normalise_text(text: str) -> str:
    """Text compared for duplicates: NFKC, case-folded, punctuation and spacing collapsed."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    text = text.casefold()
    return _PUNCTUATION.sub(" ", text).strip()


def base_key(when: date, amount: Money, payee: str, description: str) -> str:
    """The duplicate key before counting repeats: date, amount and normalised text."""
    text = normalise_text(f"{payee} {description}")
    return f"{when.isoformat()}|{amount.pence}|{text}"
