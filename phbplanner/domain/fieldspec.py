"""The vocabulary of field lists: what kinds of value a plan holds and the rules on each.

A :class:`Shape` describes one dataclass of the plan — its :class:`Field` list, in the
dataclass's order, and any rules between fields. ``domain.plan_fields`` uses this vocabulary to
describe every section once; the interchange reader and writer, the JSON Schema and the storage
mapping are all driven by that description.

Two kinds of rule are kept apart on purpose:

- **structure**: what a value must be for the program to hold it at all (a date that is a real
  date, an amount in whole pence, a choice that exists). Always checked.
- **entry rules**: limits that apply when a value is *entered or imported* — lengths, ranges,
  years 1900–2200, "not in the future", required fields, rules between fields. They may change
  between versions of the program, or depend on the computer's clock, so they are never applied
  when the person's own stored plan is read back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

#: Entry limits shared by every field unless a field says otherwise.
MAX_TEXT = 20_000
MAX_ITEMS = 10_000
#: Dates entered or imported must fall in these years (inclusive).
FIRST_YEAR, LAST_YEAR = 1900, 2200
#: The largest amount, in whole pounds, that may be entered (the limit of ``Money.parse``).
MAX_POUNDS = 999_999_999


class Kind(StrEnum):
    """What kind of value a field holds, and so how it is written in the interchange form."""

    ID = "id"  # an item's id: letters, digits, _ . - (given out when missing)
    TEXT = "text"  # a string
    DATE = "date"  # datetime.date, written "2026-04-01"
    MONEY = "money"  # Money (whole pence), written "1234.50"
    DECIMAL = "decimal"  # Decimal, written "2.5"
    INT = "int"  # a whole number
    FLAG = "flag"  # True or False
    CHOICE = "choice"  # a member of a StrEnum, written as its value
    IDS = "ids"  # a tuple of ids of items in another list (``refers_to``)
    NESTED = "nested"  # one object of another shape
    LIST = "list"  # a tuple of objects of another shape


#: A rule between fields of one object: given the values read (by field name), the problems as
#: (field name or "" for the object itself, message). Applied on entry only.
Rule = Callable[[Mapping[str, Any]], list[tuple[str, str]]]


@dataclass(frozen=True, eq=False)
class Field:
    """One field of a shape: its name (in the dataclass and in the interchange form) and kind.

    ``nullable``: ``None`` is a value of its own (written ``null``); otherwise a missing field
    takes the dataclass's default. The remaining attributes are entry rules (``required``,
    ``low``/``high``/``above_low``, ``places``, ``max_length``, ``max_items``, ``not_future``,
    ``check``) or say how the value is read (``enum``, ``shape``, ``refers_to``, ``tidy``).
    """

    name: str
    kind: Kind
    nullable: bool = False
    required: bool = False
    low: int | Decimal | None = None
    high: int | Decimal | None = None
    above_low: bool = False  # low itself is not allowed
    places: int = 2  # decimals: most digits after the point
    max_length: int = MAX_TEXT
    max_items: int = MAX_ITEMS
    not_future: bool = False
    enum: type[StrEnum] | None = None
    shape: Shape | None = None
    refers_to: str = ""
    check: Callable[[str], str | None] | None = None  # text: why it is not acceptable
    tidy: Callable[[str], str] | None = None  # text: how an accepted value is kept
    doc: str = ""  # a description for the JSON Schema
    #: the interchange format version that added the field: a document is written as the lowest
    #: version that holds it, and a document of an older version refuses the field
    #: (``docs/interchange.md``, evolution policy)
    since: int = 1

    def __post_init__(self) -> None:
        if self.kind in (Kind.NESTED, Kind.LIST) and self.shape is None:
            raise ValueError(f"{self.name}: a {self.kind} field needs a shape")
        if self.kind is Kind.CHOICE and self.enum is None:
            raise ValueError(f"{self.name}: a choice needs an enum")
        if self.kind is Kind.IDS and not self.refers_to:
            raise ValueError(f"{self.name}: a list of ids needs refers_to")


@dataclass(frozen=True, eq=False)
class Shape:
    """A dataclass of the plan, its fields in order, and the rules between them.

    ``id_prefix``: items of this shape (in a list) carry an ``id`` field; an item read without
    one is given ``prefix + number`` (``o3``, ``rv1``…).
    """

    cls: type
    fields: tuple[Field, ...]
    rules: tuple[Rule, ...] = ()
    id_prefix: str = ""

    def __post_init__(self) -> None:
        names = [f.name for f in self.fields]
        declared = [f.name for f in dataclasses.fields(self.cls)]
        if names != declared:
            raise ValueError(f"{self.cls.__name__}: fields {names} are not its fields {declared}")
        object.__setattr__(self, "names", frozenset(names))

    #: The names of the fields (set when the shape is made).
    names: frozenset[str] = dataclasses.field(init=False, repr=False)

    def field(self, name: str) -> Field:
        """The field called ``name``."""
        for item in self.fields:
            if item.name == name:
                return item
        raise KeyError(name)

    def default(self, name: str) -> Any:
        """The dataclass's default for the field ``name`` (a fresh one for factories)."""
        for item in dataclasses.fields(self.cls):
            if item.name == name:
                if item.default is not dataclasses.MISSING:
                    return item.default
                if item.default_factory is not dataclasses.MISSING:
                    return item.default_factory()
                return None
        raise KeyError(name)


def in_years(value: date) -> bool:
    """True when ``value`` falls within the years dates may be entered in."""
    return FIRST_YEAR <= value.year <= LAST_YEAR
