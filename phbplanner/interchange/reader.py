"""Reading a plan document into a :class:`Plan`, driven by the field lists of
``domain.plan_fields``.

Two modes:

- :func:`parse_plan` — **import**: a document from outside (a file, another program). Its
  structure is checked and every entry rule applies (lengths, ranges, years, "not in the
  future", required fields, unknown fields refused). *Every* problem is collected with the exact
  path of the field and a plain-English reason, e.g.
  ``support_lines[2].unit_cost: "12.345" has more than 2 decimal places``.
- :func:`parse_stored` — **the person's own file**: only what the program needs to hold the
  values (their types and forms). Entry rules are not applied, so a plan is never refused because
  a rule changed in a newer program or the computer's clock differs.

The walk follows the field lists, never the document, so however deeply a hostile document is
nested, reading it recurses no deeper than the plan's own shape.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date
from typing import Any

from ..domain.entry_rules import RULES, value_problem
from ..domain.fieldspec import Field, Kind, Shape
from ..domain.plan import Plan
from ..domain.plan_fields import PLAN
from ..domain.text import translate
from .errors import MAX_PROBLEMS, NotAPlanError, PlanFormatError, Problem, join, show
from .values import BAD, ID_PATTERN, READERS, not_an_id, structure_problem

FORMAT = "phbplanner-plan"
#: The newest format version this program reads and writes. Every document is written in the
#: lowest version that holds it (``Field.since``; see ``writer.document_version``): a plan using
#: nothing added later as :data:`PLAN_VERSION`; one with consent records, or a document with the
#: optional parts beside the plan (spending records, reviews), as 2; one whose plan has support
#: line groups or employments (the PA calculator's answers) as 3.
VERSION = 3
PLAN_VERSION = 1
_PARTS = frozenset({"accounts", "entries", "attachments", "reviews_held"})
#: The optional top-level parts each version allows beside the plan's sections.
PARTS_OF = {1: frozenset[str](), 2: _PARTS, 3: _PARTS}

#: Where a value is: () for the document, else (parent, key or index) — turned into text
#: such as ``support_lines[2].unit_cost`` only when there is a problem to report.
Where = tuple[Any, ...]


def path_text(where: Where) -> str:
    """``support_lines[2].unit_cost`` for ``((((), "support_lines"), 2), "unit_cost")``."""
    keys: list[Any] = []
    while where:
        where, key = where
        keys.append(key)
    text = ""
    for key in reversed(keys):
        text = f"{text}[{key}]" if isinstance(key, int) else join(text, key)
    return text


class _Full(Exception):
    """Enough problems have been found; stop walking."""


class _Entry:
    """How one field of a shape is read (worked out once per field)."""

    __slots__ = (
        "child",
        "field",
        "ident",
        "ids",
        "many",
        "members",
        "name",
        "nullable",
        "plain",
        "read",
        "required",
        "rule",
        "since",
        "tidy",
    )

    def __init__(self, field: Field) -> None:
        self.field = field
        self.name = field.name
        self.nullable = field.nullable
        self.required = field.required
        self.since = field.since
        self.tidy = field.tidy
        self.rule = RULES.get(field.kind)
        self.read = READERS.get(field.kind)
        self.ident = field.kind is Kind.ID
        #: text and ids: in the person's own file, any string is taken as it is
        self.plain = field.kind in (Kind.TEXT, Kind.ID)
        self.ids = field.kind is Kind.IDS
        self.many = field.kind is Kind.LIST
        #: choices: each allowed value and its member
        self.members: dict[str, Any] | None = (
            {member.value: member for member in field.enum} if field.enum is not None else None
        )
        #: nested objects and lists of them: how their shape is read
        self.child = _compiled(field.shape) if field.shape is not None else None


class _Compiled:
    """How the objects of one shape are read."""

    __slots__ = ("empties", "entries", "names", "newest", "shape", "since")

    def __init__(self, shape: Shape) -> None:
        self.shape = shape
        self.names = shape.names
        self.entries = tuple(_Entry(field) for field in shape.fields)
        #: fields added after format version 1, and the version each came in
        self.since = {f.name: f.since for f in shape.fields if f.since > 1}
        #: the newest format version any field of this shape was added in
        self.newest = max(self.since.values(), default=1)
        declared = {f.name: f for f in dataclasses.fields(shape.cls)}
        #: fields the dataclass has no default for (ids, a dismissed warning's words), and the
        #: empty value a missing one is read as
        self.empties = tuple(
            (f.name, "" if f.kind in (Kind.ID, Kind.TEXT) else None)
            for f in shape.fields
            if declared[f.name].default is dataclasses.MISSING
            and declared[f.name].default_factory is dataclasses.MISSING
        )


_COMPILED: dict[Shape, _Compiled] = {}


def _compiled(shape: Shape) -> _Compiled:
    found = _COMPILED.get(shape)
    if found is None:
        found = _COMPILED[shape] = _Compiled(shape)
    return found


class _Walk:
    """One reading of one document: the mode, the problems found, the references seen."""

    def __init__(self, *, strict: bool, today: date, version: int = VERSION) -> None:
        self.strict = strict
        self.today = today
        #: the document's format version: fields added after it are not fields of it
        self.version = version
        self.problems: list[Problem] = []
        self.references: list[tuple[Where, Field, tuple[str, ...]]] = []

    def problem(self, where: Where, message: str) -> None:
        self.problems.append(Problem(path_text(where), message))
        if len(self.problems) >= MAX_PROBLEMS:
            raise _Full

    def obj(
        self, c: _Compiled, data: Any, where: Where, extra: frozenset[str] = frozenset()
    ) -> Any:
        """The instance of ``c``'s shape read from ``data`` (a dict), or None when it is not."""
        if type(data) is not dict:
            message = translate("PlanReader", "should be an object with named fields, not {value}")
            self.problem(where, message.format(value=show(data)))
            return None
        strict = self.strict
        newer = strict and c.newest > self.version  # the shape has fields the document cannot
        if strict:
            for key in data:
                if key not in c.names and key not in extra:
                    message = translate(
                        "PlanReader", "is not a field this version of the format knows"
                    )
                    self.problem((where, key), message)
                elif newer and c.since.get(key, 1) > self.version:
                    message = translate(
                        "PlanReader",
                        "is not a field of format version {version}: it came in version {since}",
                    )
                    self.problem(
                        (where, key), message.format(version=self.version, since=c.since[key])
                    )
        values: dict[str, Any] = {}
        get = data.get
        for entry in c.entries:
            if newer and entry.since > self.version:
                continue  # refused above if present; the default otherwise
            name = entry.name
            raw = get(name)
            if raw is None:
                if not strict:
                    continue  # missing or null: the default
                if name not in data:
                    if entry.required:
                        self.problem((where, name), translate("PlanReader", "is missing"))
                    continue
                if entry.nullable:
                    values[name] = None
                    continue
            elif not strict and entry.plain and type(raw) is str:
                values[name] = raw  # the common case of a stored plan, kept quick
                continue
            value = self.value(entry, raw, where)
            if value is not BAD:
                values[name] = value
        if strict and c.shape.rules:
            self.rules(c.shape, values, where)
        for name, empty in c.empties:
            if name not in values:
                values[name] = empty
        return c.shape.cls(**values)

    def value(self, entry: _Entry, raw: Any, where: Where) -> Any:
        """The value of ``entry``'s field read from ``raw``, or ``BAD`` after noting why."""
        members = entry.members
        if members is not None:  # a choice: no entry rule
            member = members.get(raw) if type(raw) is str else None
            if member is None:
                self.problem((where, entry.name), structure_problem(entry.field, raw))
                return BAD
            return member
        child = entry.child
        if child is not None:
            if entry.many:
                return self.items(entry, child, raw, (where, entry.name))
            parsed = self.obj(child, raw, (where, entry.name))
            return BAD if parsed is None else parsed
        assert entry.read is not None
        value = entry.read(raw)
        if value is BAD:
            self.problem((where, entry.name), structure_problem(entry.field, raw))
            return BAD
        if self.strict:
            rule = entry.rule
            problem = rule(entry.field, value, self.today) if rule is not None else None
            if problem is None and entry.ident and not ID_PATTERN.fullmatch(value):
                problem = not_an_id(value)
            if problem is not None:
                self.problem((where, entry.name), problem)
                return BAD
            if entry.tidy is not None:
                value = entry.tidy(value)
            if entry.ids and value:
                self.references.append((where, entry.field, value))
        return value

    def items(self, entry: _Entry, child: _Compiled, raw: Any, where: Where) -> Any:
        if type(raw) is not list:
            self.problem(where, structure_problem(entry.field, raw))
            return BAD
        if self.strict:
            problem = value_problem(entry.field, raw, self.today)
            if problem:
                self.problem(where, problem)
                return BAD
        result = []
        obj = self.obj
        for index, item in enumerate(raw):
            parsed = obj(child, item, (where, index))
            if parsed is not None:
                result.append(parsed)
        prefix = child.shape.id_prefix
        if prefix:
            self.unique(result, where)
            return _with_ids(result, prefix)
        return tuple(result)

    def rules(self, shape: Shape, values: dict[str, Any], where: Where) -> None:
        """The rules between the fields of one object (entry rules)."""
        complete = {
            f.name: values[f.name] if f.name in values else shape.default(f.name)
            for f in shape.fields
        }
        for rule in shape.rules:
            for name, message in rule(complete):
                self.problem((where, name) if name else where, message)

    def unique(self, items: list[Any], where: Where) -> None:
        """Ids are unique within a list."""
        seen: set[str] = set()
        for index, item in enumerate(items):
            if item.id and item.id in seen:
                message = translate("PlanReader", "{value} is used by another item in {list}")
                self.problem(
                    ((where, index), "id"), message.format(value=show(item.id), list=where[1])
                )
            seen.add(item.id)


def _with_ids(items: list[Any], prefix: str) -> tuple[Any, ...]:
    """Give every item that arrived without an id a fresh one (``u1``, ``r2``, …), as
    :func:`~phbplanner.domain.plan.new_id` would one at a time — in one pass."""
    if all(item.id for item in items):
        return tuple(items)
    taken = {item.id for item in items}
    for index, item in enumerate(items):
        if not item.id:
            number = len(taken) + 1
            while f"{prefix}{number}" in taken:
                number += 1
            taken.add(f"{prefix}{number}")
            items[index] = dataclasses.replace(item, id=f"{prefix}{number}")
    return tuple(items)


# -- whole plans --------------------------------------------------------------------------------
def _check_references(walk: _Walk, plan: Plan) -> None:
    """Every list of ids names items that exist (outcomes a line serves, …)."""
    ids: dict[str, set[str]] = {}
    for where, field, values in walk.references:
        target = field.refers_to
        known = ids.get(target)
        if known is None:
            known = ids[target] = {item.id for item in getattr(plan, target)}
        for position, value in enumerate(values):
            if value not in known:
                walk.problem(((where, field.name), position), _dangling(target, value))


def _dangling(target: str, value: str) -> str:
    if target == "outcomes":
        message = translate("PlanReader", "{value} is not the id of an outcome in this plan")
    else:
        message = translate("PlanReader", "{value} is not the id of an item of {list} in this plan")
    return message.format(value=show(value), list=target)


def check_header(document: Any) -> int:
    """Refuse what is not a plan of this format, or is from a newer version of it; return the
    document's version."""
    if not isinstance(document, dict):
        raise NotAPlanError.because(
            translate("PlanReader", "This is not a PHB Planner plan (no plan object found).")
        )
    if document.get("format") != FORMAT:
        message = translate("PlanReader", 'should be "{format}"; this is not a PHB Planner plan')
        raise NotAPlanError.because(message.format(format=FORMAT), "format")
    version = document.get("version")
    if type(version) is not int or version < 1:
        message = translate("PlanReader", "{value} is not a format version")
        raise NotAPlanError.because(message.format(value=show(version)), "version")
    if version > VERSION:
        message = translate(
            "PlanReader",
            "this plan was made by a newer version of PHB Planner (format version {version}); "
            "update the program to open it",
        )
        raise NotAPlanError.because(message.format(version=show(version)), "version")
    return int(version)


def parse_plan(document: Any, *, today: date | None = None) -> Plan:
    """Import a parsed interchange document as a :class:`Plan`, with every entry rule.

    ``today`` is the date "in the future" is judged against (default: the computer's date).
    Raises :class:`NotAPlanError` when the document is not a plan of this format (or is from a
    newer version), and :class:`PlanFormatError` listing every problem otherwise.
    """
    version = check_header(document)
    walk = _Walk(strict=True, today=today or date.today(), version=version)
    return _read(walk, document, frozenset({"format", "version"}) | PARTS_OF[version])


def parse_stored(pieces: Mapping[str, Any]) -> Plan:
    """Read the sections of a plan as stored in the person's own file (structure only).

    Unknown fields are ignored and entry rules are not applied; a value the program cannot hold
    (a date that is not a date, an unknown choice) still raises :class:`PlanFormatError`.
    """
    walk = _Walk(strict=False, today=date.max)
    return _read(walk, dict(pieces), frozenset())


def _read(walk: _Walk, document: dict[str, Any], extra: frozenset[str]) -> Plan:
    plan: Any = None
    try:
        plan = walk.obj(_compiled(PLAN), document, (), extra)
        if walk.strict:
            _check_references(walk, plan)
    except _Full:
        pass
    except RecursionError:  # pragma: no cover - the walk follows the field lists, not the data
        raise NotAPlanError.because(
            translate("PlanReader", "This file is nested too deeply to be a plan.")
        ) from None
    if walk.problems or not isinstance(plan, Plan):
        raise PlanFormatError(walk.problems)
    return plan
