"""The entry rules of a field list, applied to values a person enters or imports.

The interchange reader applies them to every value of an imported document; the check before a
change is saved applies them only to what the change *changed* (:func:`changed_problems`), so
a value stored under older rules, or a date of birth that is "today" on a computer whose clock
is a day behind, never stops the person editing something else. Reading a stored plan applies
none of them (see ``domain.fieldspec``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from .fieldspec import FIRST_YEAR, LAST_YEAR, MAX_POUNDS, Field, Kind, Shape
from .money import Money
from .text import translate


def decimal_text(value: Decimal) -> str:
    """A decimal as the interchange form writes it: ``"2.5"``, ``"6"`` (no exponent, no
    trailing zeros)."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def _quote(text: str) -> str:
    return f'"{text}"'


def _printable(text: str) -> str:
    """``text`` with control characters (an escape sequence, a line break) written as codes, so
    a message never carries them to a terminal."""
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else f"\\u{ord(char):04x}" for char in text)


def value_problem(field: Field, value: Any, today: date) -> str | None:
    """Why ``value`` may not be entered in ``field``, or ``None``. Values of the wrong type are
    structure problems, found by whoever built the value; they are not judged here."""
    rule = RULES.get(field.kind)
    if rule is None or value is None:
        return None
    return rule(field, value, today)


def _text_problem(field: Field, value: Any, today: date) -> str | None:
    if not isinstance(value, str):
        return None
    if len(value) > field.max_length:
        message = translate(
            "EntryRules", "is {length} characters long; the most allowed is {limit}"
        )
        return message.format(length=len(value), limit=field.max_length)
    if "\x00" in value:
        return translate("EntryRules", "contains a NUL character")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            message = translate(
                "EntryRules", "contains a broken character ({code}) that is not part of any text"
            )
            return message.format(code=f"\\u{ord(value[exc.start]):04x}")
    if field.check is not None:
        problem = field.check(value)
        if problem:
            shown = value if len(value) <= 60 else value[:60] + "…"
            return translate("EntryRules", "{value}: {problem}").format(
                value=_quote(_printable(shown)), problem=problem
            )
    return None


def _date_problem(field: Field, value: Any, today: date) -> str | None:
    if not isinstance(value, date):
        return None
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        message = translate("EntryRules", "{value} is outside the years {first} to {last}")
        return message.format(value=_quote(value.isoformat()), first=FIRST_YEAR, last=LAST_YEAR)
    if field.not_future and value > today:
        message = translate("EntryRules", "{value} is in the future")
        return message.format(value=_quote(value.isoformat()))
    return None


def _money_problem(field: Field, value: Any, today: date) -> str | None:
    if not isinstance(value, Money):
        return None
    if value.pence < 0:
        message = translate("EntryRules", "{value} is below zero")
        return message.format(value=_quote(value.to_str()))
    if value.pence > MAX_POUNDS * 100 + 99:
        message = translate("EntryRules", "{value} is too large (the limit is {limit})")
        limit = Money(MAX_POUNDS * 100 + 99).format()
        return message.format(value=_quote(value.to_str()), limit=limit)
    return None


def _decimal_problem(field: Field, value: Any, today: date) -> str | None:
    if not isinstance(value, Decimal):
        return None
    if not value.is_finite():
        return translate("EntryRules", "{value} is not a number").format(value=_quote(str(value)))
    shown = _quote(decimal_text(value))
    if _places(value) > field.places:
        message = translate("EntryRules", "{value} has more than {places} decimal places")
        return message.format(value=shown, places=field.places)
    low, high = field.low, field.high
    too_low = low is not None and (value <= low if field.above_low else value < low)
    if too_low or (high is not None and value > high):
        if field.above_low:
            message = translate(
                "EntryRules", "{value} should be more than {low} and at most {high}"
            )
        else:
            message = translate("EntryRules", "{value} should be at least {low} and at most {high}")
        return message.format(value=shown, low=low, high=high)
    return None


def _int_problem(field: Field, value: Any, today: date) -> str | None:
    if not isinstance(value, int) or isinstance(value, bool):
        return None
    low, high = field.low, field.high
    if (low is not None and value < low) or (high is not None and value > high):
        message = translate("EntryRules", "{value} should be from {low} to {high}")
        return message.format(value=value, low=low, high=high)
    return None


def _count_problem(field: Field, value: Any, today: date) -> str | None:
    if isinstance(value, tuple | list) and len(value) > field.max_items:
        message = translate("EntryRules", "has {count} items; the most allowed is {limit}")
        return message.format(count=len(value), limit=field.max_items)
    return None


#: The entry rule of each kind of value that has one.
RULES: dict[Kind, Callable[[Field, Any, date], str | None]] = {
    Kind.TEXT: _text_problem,
    Kind.DATE: _date_problem,
    Kind.MONEY: _money_problem,
    Kind.DECIMAL: _decimal_problem,
    Kind.INT: _int_problem,
    Kind.IDS: _count_problem,
    Kind.LIST: _count_problem,
}


def changed_problems(
    shape: Shape, new: Any, old: Any | None, path: str, today: date
) -> list[tuple[str, str]]:
    """Entry-rule problems of ``new`` in what differs from ``old`` (everything when ``old`` is
    ``None``), as (path, message). A rule between fields counts only when it newly fails."""
    found: list[tuple[str, str]] = []
    for field in shape.fields:
        value = getattr(new, field.name)
        before = getattr(old, field.name) if old is not None else None
        if old is not None and value == before:
            continue
        where = f"{path}.{field.name}" if path else field.name
        problem = value_problem(field, value, today)
        if problem:
            found.append((where, problem))
            continue
        if field.kind is Kind.NESTED and field.shape is not None and value is not None:
            found.extend(changed_problems(field.shape, value, before, where, today))
        elif field.kind is Kind.LIST and field.shape is not None:
            found.extend(_changed_items(field.shape, value, before or (), where, today))
    if shape.rules and new is not None:
        values = {field.name: getattr(new, field.name) for field in shape.fields}
        already: set[tuple[str, str]] = set()
        if old is not None:
            old_values = {field.name: getattr(old, field.name) for field in shape.fields}
            already = {problem for rule in shape.rules for problem in rule(old_values)}
        for rule in shape.rules:
            for name, message in rule(values):
                if (name, message) in already:
                    continue
                found.append((f"{path}.{name}" if name and path else name or path, message))
    return found


def _changed_items(
    shape: Shape, items: Any, before: Any, path: str, today: date
) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    if shape.id_prefix:
        old_items = {item.id: item for item in before}
        for index, item in enumerate(items):
            found.extend(
                changed_problems(shape, item, old_items.get(item.id), f"{path}[{index}]", today)
            )
        return found
    old_list = list(before)
    for index, item in enumerate(items):
        old = old_list[index] if index < len(old_list) else None
        found.extend(changed_problems(shape, item, old, f"{path}[{index}]", today))
    return found
