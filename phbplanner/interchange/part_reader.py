"""A small reader for the optional parts of an interchange document (reviews, records).

It walks a parsed JSON value and collects *every* problem with the exact path of the bad field
and a plain-English reason — the style of the plan reader — so a part reader can raise one
:class:`~.errors.PlanFormatError` listing them all, e.g.
``entries[3].amount: "12.345" has more than 2 decimal places``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from ..domain.fieldspec import MAX_ITEMS, MAX_TEXT
from ..domain.money import Money, MoneyError
from ..domain.text import translate
from .errors import Problem

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_REF = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
#: An amount in the interchange form: a plain decimal string, no "£" and no commas.
_AMOUNT = re.compile(r"^-?[0-9]{1,12}(\.[0-9]+)?$")

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


def show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else f'"{value}"'
    return text if len(text) <= 40 else text[:37] + "…" + text[-1]


def join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


class PartReader:
    """Walks a parsed JSON value, collecting problems with their paths."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def problem(self, path: str, message: str) -> None:
        if len(self.problems) < 200:
            self.problems.append(Problem(path, message))

    def obj(self, value: Any, path: str, known: Iterable[str]) -> dict[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.problem(
                path,
                translate("PartReader", "should be an object with named fields, not {value}")
                .format(value=show(value)),
            )  # fmt: skip
            return {}
        for key in value:
            if key not in known:
                self.problem(
                    join(path, key),
                    translate("PartReader", "is not a field this version of the format knows"),
                )
        return value

    def items(self, value: Any, path: str, read: Callable[[Any, str], T | None]) -> tuple[T, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            self.problem(
                path,
                translate("PartReader", "should be a list, not {value}").format(value=show(value)),
            )
            return ()
        if len(value) > MAX_ITEMS:
            self.problem(
                path,
                translate("PartReader", "has {count} items; the most allowed is {limit}").format(
                    count=len(value), limit=MAX_ITEMS
                ),
            )
            return ()
        found = (read(item, f"{path}[{index}]") for index, item in enumerate(value))
        return tuple(item for item in found if item is not None)

    def text(self, data: dict[str, Any], key: str, path: str, *, required: bool = False) -> str:
        value = data.get(key)
        where = join(path, key)
        if value is None:
            if required:
                self.problem(where, translate("PartReader", "is missing"))
            return ""
        if not isinstance(value, str):
            self.problem(
                where,
                translate("PartReader", "should be text in quotes, not {value}").format(
                    value=show(value)
                ),
            )
            return ""
        if len(value) > MAX_TEXT:
            self.problem(
                where,
                translate(
                    "PartReader", "is {count} characters long; the most allowed is {limit}"
                ).format(count=len(value), limit=MAX_TEXT),
            )
            return ""
        if "\x00" in value:
            self.problem(where, translate("PartReader", "contains a NUL character"))
            return ""
        if any("\ud800" <= char <= "\udfff" for char in value):
            self.problem(where, translate("PartReader", "contains a broken character"))
            return ""
        return value

    def ref(self, data: dict[str, Any], key: str, path: str, *, required: bool) -> str:
        value = data.get(key)
        where = join(path, key)
        if value is None or value == "":
            if required:
                self.problem(where, translate("PartReader", "is missing"))
            return ""
        if not isinstance(value, str) or not _REF.match(value):
            self.problem(
                where,
                translate("PartReader", "{value} is not an id (letters, digits, _ . - only)")
                .format(value=show(value)),
            )  # fmt: skip
            return ""
        return value

    def day(self, data: dict[str, Any], key: str, path: str) -> date | None:
        value = data.get(key)
        where = join(path, key)
        if value is None:
            return None
        if not isinstance(value, str) or not _DATE.match(value):
            self.problem(
                where,
                translate("PartReader", 'is not a date like "2026-06-30": {value}').format(
                    value=show(value)
                ),
            )
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.problem(
                where,
                translate("PartReader", "{value} is not a real date").format(value=show(value)),
            )
            return None

    def moment(self, data: dict[str, Any], key: str, path: str) -> datetime | None:
        value = data.get(key)
        where = join(path, key)
        if value is None:
            return None
        try:
            if not isinstance(value, str) or "T" not in value:
                raise ValueError(value)
            return datetime.fromisoformat(value)
        except ValueError:
            self.problem(
                where,
                translate(
                    "PartReader", 'is not a time like "2026-06-30T10:15:00+00:00": {value}'
                ).format(value=show(value)),
            )
            return None

    def integer(
        self, data: dict[str, Any], key: str, path: str, *, low: int, high: int
    ) -> int | None:
        value = data.get(key)
        where = join(path, key)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool):
            self.problem(
                where,
                translate("PartReader", "{value} should be a whole number").format(
                    value=show(value)
                ),
            )
            return None
        if not low <= value <= high:
            self.problem(
                where,
                translate("PartReader", "{value} should be from {low} to {high}").format(
                    value=value, low=low, high=high
                ),
            )
            return None
        return value

    def money(self, data: dict[str, Any], key: str, path: str) -> Money:
        value = data.get(key)
        where = join(path, key)
        if value is None:
            self.problem(where, translate("PartReader", "is missing"))
            return Money(0)
        if not isinstance(value, str):
            self.problem(
                where,
                translate("PartReader", '{value} should be an amount in quotes, like "12.50"')
                .format(value=show(value)),
            )  # fmt: skip
            return Money(0)
        if not _AMOUNT.match(value):
            message = translate(
                "PartReader", '{value} should be an amount in pounds like "12.50" or "-12.50"'
            )
            self.problem(where, message.format(value=show(value)))
            return Money(0)
        try:
            return Money.parse(value, allow_negative=True)
        except MoneyError as exc:
            self.problem(where, exc.sentence(show(value)))
            return Money(0)

    def choice(self, data: dict[str, Any], key: str, path: str, kind: type[E]) -> E | None:
        value = data.get(key)
        if value is None:
            return None
        try:
            return kind(value)
        except ValueError:
            self.problem(
                join(path, key),
                translate("PartReader", "{value} is not one of: {allowed}").format(
                    value=show(value), allowed=", ".join(member.value for member in kind)
                ),
            )
            return None
