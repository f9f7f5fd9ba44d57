"""Interchange JSON v1 (``"format": "phbplanner-plan"``): read, validate and write whole plans.

Reading collects *every* problem with the exact path of the bad field and a plain-English reason,
e.g. ``support_lines[2].unit_cost: "12.345" has more than 2 decimal places``. Writing always
produces every field, amounts as decimal strings and dates as ISO 8601, so export → import →
export gives the same document. The JSON Schema in ``schema/plan-v1.schema.json`` documents the
same shape; tests check the two agree.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from ..domain.categories import Category
from ..domain.errors import PHBError
from ..domain.fingerprint import fingerprint_of
from ..domain.money import Money, MoneyError
from ..domain.nhs import format_nhs_number, nhs_number_problem
from ..domain.plan import (
    RINGS,
    AboutMe,
    Action,
    Budget,
    CareCoordinator,
    CommunityKind,
    CommunityPlace,
    Contingency,
    ContingencyPlan,
    DismissedWarning,
    Helper,
    Level,
    Management,
    Need,
    Outcome,
    OutcomeStatus,
    PaymentSchedule,
    Person,
    Plan,
    Relationship,
    ReviewRecord,
    Reviews,
    Risk,
    Strength,
    StrengthKind,
    SupportLine,
    UnpaidSupport,
    WhatMatters,
    new_id,
)
from ..domain.schedule import Frequency, Schedule

FORMAT = "phbplanner-plan"
VERSION = 1

#: Limits that keep hostile or broken files from exhausting memory or the screen.
MAX_TEXT = 20_000
MAX_ITEMS = 10_000
MAX_FILE_BYTES = 50 * 1024 * 1024
_ID = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a document: where (``path``) and why (``message``)."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class PlanFormatError(PHBError):
    """A document is not a valid v1 plan; ``problems`` lists every reason found."""

    exit_code = 1

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        first = str(problems[0]) if problems else "not a plan"
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        super().__init__(first + more)


class NotAPlanError(PlanFormatError):
    """The document is not a phbplanner plan at all, or is from a newer version."""

    exit_code = 4


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else f'"{value}"'
    return text if len(text) <= 40 else text[:37] + "…" + text[-1]


class _Reader:
    """Walks a parsed JSON value, collecting problems with their paths."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def problem(self, path: str, message: str) -> None:
        if len(self.problems) < 200:
            self.problems.append(Problem(path, message))

    # -- containers --------------------------------------------------------------------------
    def obj(self, value: Any, path: str, known: set[str]) -> dict[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.problem(path, f"should be an object with named fields, not {_show(value)}")
            return {}
        for key in value:
            if key not in known:
                self.problem(_join(path, key), "is not a field this version of the format knows")
        return value

    def items(
        self, data: dict[str, Any], key: str, path: str, read: Callable[[Any, str], T | None]
    ) -> tuple[T, ...]:
        value = data.get(key)
        where = _join(path, key)
        if value is None:
            return ()
        if not isinstance(value, list):
            self.problem(where, f"should be a list, not {_show(value)}")
            return ()
        if len(value) > MAX_ITEMS:
            self.problem(where, f"has {len(value)} items; the most allowed is {MAX_ITEMS}")
            return ()
        result = []
        for index, item in enumerate(value):
            parsed = read(item, f"{where}[{index}]")
            if parsed is not None:
                result.append(parsed)
        return tuple(result)

    # -- scalars ----------------------------------------------------------------------------
    def text(self, data: dict[str, Any], key: str, path: str, *, required: bool = False) -> str:
        value = data.get(key)
        where = _join(path, key)
        if value is None:
            if required:
                self.problem(where, "is missing")
            return ""
        if not isinstance(value, str):
            self.problem(where, f"should be text in quotes, not {_show(value)}")
            return ""
        if len(value) > MAX_TEXT:
            self.problem(where, f"is {len(value)} characters long; the most allowed is {MAX_TEXT}")
            return ""
        if "\x00" in value:
            self.problem(where, "contains a NUL character")
            return ""
        return value

    def ident(self, data: dict[str, Any], path: str) -> str:
        value = data.get("id")
        where = _join(path, "id")
        if value is None:
            return ""  # ids are optional in files; missing ones are given out after reading
        if not isinstance(value, str) or not _ID.match(value):
            self.problem(where, f"{_show(value)} is not an id (letters, digits, _ . - only)")
            return ""
        return value

    def day(self, data: dict[str, Any], key: str, path: str) -> date | None:
        value = data.get(key)
        where = _join(path, key)
        if value is None:
            return None
        if not isinstance(value, str) or not _DATE.match(value):
            self.problem(where, f'{_show(value)} is not a date like "2026-04-01"')
            return None
        try:
            parsed = date.fromisoformat(value)
        except ValueError:
            self.problem(where, f"{_show(value)} is not a real date")
            return None
        return parsed

    def money(self, data: dict[str, Any], key: str, path: str) -> Money | None:
        value = data.get(key)
        where = _join(path, key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.problem(where, f'{_show(value)} should be an amount in quotes, like "12.50"')
            return None
        try:
            return Money.parse(value)
        except MoneyError as exc:
            self.problem(where, f"{_show(value)} {exc.reason}")
            return None

    def decimal(
        self,
        data: dict[str, Any],
        key: str,
        path: str,
        *,
        low: Decimal,
        high: Decimal,
        low_inclusive: bool = True,
    ) -> Decimal | None:
        value = data.get(key)
        where = _join(path, key)
        if value is None:
            return None
        if not isinstance(value, str) or not re.fullmatch(r"-?\d{1,12}(\.\d+)?", value.strip()):
            self.problem(where, f'{_show(value)} should be a number in quotes, like "2.5"')
            return None
        try:
            number = Decimal(value.strip())
        except InvalidOperation:  # pragma: no cover - the pattern above prevents it
            self.problem(where, f"{_show(value)} is not a number")
            return None
        if "." in value and len(value.strip().split(".")[1]) > 2:
            self.problem(where, f"{_show(value)} has more than 2 decimal places")
            return None
        too_low = number < low if low_inclusive else number <= low
        if too_low or number > high:
            limit = "at least" if low_inclusive else "more than"
            self.problem(where, f"{_show(value)} should be {limit} {low} and at most {high}")
            return None
        return number.normalize() if number == number.to_integral() else number

    def integer(
        self, data: dict[str, Any], key: str, path: str, *, low: int, high: int
    ) -> int | None:
        value = data.get(key)
        where = _join(path, key)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool):
            self.problem(where, f"{_show(value)} should be a whole number")
            return None
        if not low <= value <= high:
            self.problem(where, f"{value} should be from {low} to {high}")
            return None
        return value

    def flag(self, data: dict[str, Any], key: str, path: str) -> bool | None:
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, bool):
            self.problem(_join(path, key), f"{_show(value)} should be true or false")
            return None
        return value

    def choice(self, data: dict[str, Any], key: str, path: str, kind: type[E]) -> E | None:
        value = data.get(key)
        if value is None:
            return None
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(member.value for member in kind)
            self.problem(_join(path, key), f"{_show(value)} is not one of: {allowed}")
            return None

    def id_list(self, data: dict[str, Any], key: str, path: str) -> tuple[str, ...]:
        value = data.get(key)
        where = _join(path, key)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(
                where, f'should be a list of ids in quotes, like ["o1"], not {_show(value)}'
            )
            return ()
        return tuple(value)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


# -- reading ------------------------------------------------------------------------------------
def parse_plan(document: Any) -> Plan:
    """Turn a parsed interchange document into a :class:`Plan`.

    Raises :class:`NotAPlanError` when the document is not a plan of this format (or is from a
    newer version), and :class:`PlanFormatError` listing every problem otherwise.
    """
    if not isinstance(document, dict):
        raise NotAPlanError([Problem("", "This is not a PHB Planner plan (no plan object found).")])
    if document.get("format") != FORMAT:
        raise NotAPlanError(
            [Problem("format", f'should be "{FORMAT}"; this is not a PHB Planner plan')]
        )
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise NotAPlanError([Problem("version", f"{_show(version)} is not a format version")])
    if version > VERSION:
        raise NotAPlanError(
            [
                Problem(
                    "version",
                    "this plan was written by a newer version of PHB Planner "
                    f"(format version {version}); "
                    "please update the program to open it",
                )
            ]
        )
    r = _Reader()
    top = r.obj(document, "", set(_TOP_KEYS))
    plan = Plan(
        person=_person(r, top.get("person"), "person"),
        about_me=_about_me(r, top.get("about_me"), "about_me"),
        what_matters=_what_matters(r, top.get("what_matters"), "what_matters"),
        strengths=r.items(top, "strengths", "", lambda v, p: _strength(r, v, p)),
        relationships=r.items(top, "relationships", "", lambda v, p: _relationship(r, v, p)),
        community=r.items(top, "community", "", lambda v, p: _community(r, v, p)),
        needs=r.items(top, "needs", "", lambda v, p: _need(r, v, p)),
        outcomes=r.items(top, "outcomes", "", lambda v, p: _outcome(r, v, p)),
        support_lines=r.items(top, "support_lines", "", lambda v, p: _line(r, v, p)),
        unpaid_support=r.items(top, "unpaid_support", "", lambda v, p: _unpaid(r, v, p)),
        budget=_budget(r, top.get("budget"), "budget"),
        risks=r.items(top, "risks", "", lambda v, p: _risk(r, v, p)),
        contingency_plan=_contingency_plan(r, top.get("contingency_plan"), "contingency_plan"),
        actions=r.items(top, "actions", "", lambda v, p: _action(r, v, p)),
        helpers=r.items(top, "helpers", "", lambda v, p: _helper(r, v, p)),
        consent_to_share=r.flag(top, "consent_to_share", ""),
        care_coordinator=_coordinator(r, top.get("care_coordinator"), "care_coordinator"),
        reviews=_reviews(r, top.get("reviews"), "reviews"),
    )
    _check_references(r, plan, top)
    if r.problems:
        raise PlanFormatError(r.problems)
    return _fill_ids(plan)


_ID_PREFIXES = {
    "strengths": "st",
    "relationships": "p",
    "community": "c",
    "needs": "n",
    "outcomes": "o",
    "support_lines": "s",
    "unpaid_support": "u",
    "risks": "r",
    "actions": "a",
    "helpers": "h",
}


def _with_ids(items: tuple[T, ...], prefix: str) -> tuple[T, ...]:
    if all(getattr(item, "id", "") for item in items):
        return items
    result: list[Any] = list(items)
    for index, item in enumerate(result):
        if not item.id:
            result[index] = dataclasses.replace(item, id=new_id(prefix, result))
    return tuple(result)


def _fill_ids(plan: Plan) -> Plan:
    """Give every item that arrived without an id a fresh one (``u1``, ``r2``, …)."""
    changes: dict[str, Any] = {
        key: _with_ids(getattr(plan, key), prefix) for key, prefix in _ID_PREFIXES.items()
    }
    records = _with_ids(plan.reviews.records, "rv")
    changes["reviews"] = dataclasses.replace(plan.reviews, records=records)
    return dataclasses.replace(plan, **changes)


def _person(r: _Reader, value: Any, path: str) -> Person:
    d = r.obj(
        value,
        path,
        {
            "name",
            "preferred_name",
            "date_of_birth",
            "nhs_number",
            "address",
            "phone",
            "email",
            "gp_practice",
        },
    )
    nhs = r.text(d, "nhs_number", path)
    problem = nhs_number_problem(nhs)
    if problem:
        r.problem(_join(path, "nhs_number"), f"{_show(nhs)}: {problem}")
    born = r.day(d, "date_of_birth", path)
    if born is not None and born > date.today():
        r.problem(_join(path, "date_of_birth"), f'"{born.isoformat()}" is in the future')
    return Person(
        name=r.text(d, "name", path),
        preferred_name=r.text(d, "preferred_name", path),
        date_of_birth=born,
        nhs_number=format_nhs_number(nhs) if not problem else "",
        address=r.text(d, "address", path),
        phone=r.text(d, "phone", path),
        email=r.text(d, "email", path),
        gp_practice=r.text(d, "gp_practice", path),
    )


_ABOUT_TEXT = (
    "most_important",
    "people_important",
    "communication",
    "wellness",
    "please_do",
    "please_dont",
    "how_to_support",
    "also_worth_knowing",
    "supported_by",
)


def _about_me(r: _Reader, value: Any, path: str) -> AboutMe:
    d = r.obj(value, path, {*_ABOUT_TEXT, "last_updated"})
    texts = {key: r.text(d, key, path) for key in _ABOUT_TEXT}
    return AboutMe(**texts, last_updated=r.day(d, "last_updated", path))


def _what_matters(r: _Reader, value: Any, path: str) -> WhatMatters:
    keys = ("important_to_me", "important_for_me", "good_day", "bad_day")
    d = r.obj(value, path, set(keys))
    return WhatMatters(**{key: r.text(d, key, path) for key in keys})


def _strength(r: _Reader, value: Any, path: str) -> Strength | None:
    d = r.obj(value, path, {"id", "text", "kind"})
    return Strength(
        r.ident(d, path),
        r.text(d, "text", path),
        r.choice(d, "kind", path, StrengthKind) or StrengthKind.CAN_DO,
    )


def _relationship(r: _Reader, value: Any, path: str) -> Relationship | None:
    d = r.obj(
        value,
        path,
        {"id", "name", "ring", "relationship", "what_they_do", "how_often", "same_household"},
    )
    ring = r.integer(d, "ring", path, low=RINGS[0], high=RINGS[-1])
    return Relationship(
        r.ident(d, path),
        r.text(d, "name", path),
        ring or RINGS[0],
        r.text(d, "relationship", path),
        r.text(d, "what_they_do", path),
        r.text(d, "how_often", path),
        bool(r.flag(d, "same_household", path)),
    )


def _community(r: _Reader, value: Any, path: str) -> CommunityPlace | None:
    d = r.obj(value, path, {"id", "name", "kind", "notes"})
    return CommunityPlace(
        r.ident(d, path),
        r.text(d, "name", path),
        r.choice(d, "kind", path, CommunityKind) or CommunityKind.FEEL_GOOD,
        r.text(d, "notes", path),
    )


def _need(r: _Reader, value: Any, path: str) -> Need | None:
    d = r.obj(value, path, {"id", "description", "clinical_terms"})
    return Need(r.ident(d, path), r.text(d, "description", path), r.text(d, "clinical_terms", path))


def _outcome(r: _Reader, value: Any, path: str) -> Outcome | None:
    d = r.obj(
        value,
        path,
        {
            "id",
            "title",
            "why_it_matters",
            "success_looks_like",
            "importance",
            "target_date",
            "status",
        },
    )
    return Outcome(
        r.ident(d, path),
        r.text(d, "title", path),
        r.text(d, "why_it_matters", path),
        r.text(d, "success_looks_like", path),
        r.integer(d, "importance", path, low=1, high=10),
        r.day(d, "target_date", path),
        r.choice(d, "status", path, OutcomeStatus) or OutcomeStatus.PROPOSED,
    )


def _line(r: _Reader, value: Any, path: str) -> SupportLine | None:
    d = r.obj(
        value,
        path,
        {
            "id",
            "description",
            "provider",
            "category",
            "unit_cost",
            "quantity",
            "schedule",
            "management",
            "outcomes",
            "notes",
            "paid_to_household_family",
            "household_justification",
            "dismissed_warnings",
        },
    )
    spath = _join(path, "schedule")
    s = r.obj(d.get("schedule"), spath, {"frequency", "first", "last"})
    frequency = r.choice(s, "frequency", spath, Frequency)
    if "schedule" in d and s and "frequency" not in s:
        r.problem(_join(spath, "frequency"), "is missing")
    first, last = r.day(s, "first", spath), r.day(s, "last", spath)
    if first and last and last < first:
        r.problem(
            _join(spath, "last"),
            f'"{last.isoformat()}" is before the first date "{first.isoformat()}"',
        )
    quantity = r.decimal(
        d, "quantity", path, low=Decimal(0), high=Decimal(100000), low_inclusive=False
    )
    dismissed = r.items(d, "dismissed_warnings", path, lambda v, p: _dismissed(r, v, p))
    return SupportLine(
        id=r.ident(d, path),
        description=r.text(d, "description", path),
        provider=r.text(d, "provider", path),
        category=r.choice(d, "category", path, Category) or Category.OTHER,
        unit_cost=r.money(d, "unit_cost", path) or Money(0),
        quantity=quantity if quantity is not None else Decimal(1),
        schedule=Schedule(frequency or Frequency.WEEKLY, first, last),
        management=r.choice(d, "management", path, Management),
        outcomes=r.id_list(d, "outcomes", path),
        notes=r.text(d, "notes", path),
        paid_to_household_family=bool(r.flag(d, "paid_to_household_family", path)),
        household_justification=r.text(d, "household_justification", path),
        dismissed_warnings=dismissed,
    )


def _dismissed(r: _Reader, value: Any, path: str) -> DismissedWarning | None:
    d = r.obj(value, path, {"keyword", "reason"})
    return DismissedWarning(
        r.text(d, "keyword", path, required=True), r.text(d, "reason", path, required=True)
    )


def _unpaid(r: _Reader, value: Any, path: str) -> UnpaidSupport | None:
    d = r.obj(value, path, {"id", "who", "what", "when", "outcomes"})
    return UnpaidSupport(
        r.ident(d, path),
        r.text(d, "who", path),
        r.text(d, "what", path),
        r.text(d, "when", path),
        r.id_list(d, "outcomes", path),
    )


def _budget(r: _Reader, value: Any, path: str) -> Budget:
    d = r.obj(
        value,
        path,
        {
            "indicative",
            "period_start",
            "period_end",
            "contingency",
            "set_by",
            "how_worked_out",
            "management_summary",
            "holder",
            "payment_schedule",
        },
    )
    cpath = _join(path, "contingency")
    c = r.obj(d.get("contingency"), cpath, {"amount", "percent"})
    amount = r.money(c, "amount", cpath)
    percent = r.decimal(c, "percent", cpath, low=Decimal(0), high=Decimal(100))
    if amount is not None and percent is not None:
        r.problem(cpath, "give either an amount or a percent, not both")
    start, end = r.day(d, "period_start", path), r.day(d, "period_end", path)
    if start and end and end < start:
        r.problem(
            _join(path, "period_end"),
            f'"{end.isoformat()}" is before the start "{start.isoformat()}"',
        )
    if start and end and (end - start).days > 366 * 5:
        r.problem(_join(path, "period_end"), "the budget period is longer than 5 years")
    return Budget(
        indicative=r.money(d, "indicative", path),
        period_start=start,
        period_end=end,
        contingency=Contingency(amount, percent),
        set_by=r.text(d, "set_by", path),
        how_worked_out=r.text(d, "how_worked_out", path),
        management_summary=r.text(d, "management_summary", path),
        holder=r.text(d, "holder", path),
        payment_schedule=r.choice(d, "payment_schedule", path, PaymentSchedule),
    )


def _risk(r: _Reader, value: Any, path: str) -> Risk | None:
    d = r.obj(value, path, {"id", "risk", "likelihood", "impact", "mitigation", "who"})
    return Risk(
        r.ident(d, path),
        r.text(d, "risk", path),
        r.choice(d, "likelihood", path, Level) or Level.LOW,
        r.choice(d, "impact", path, Level) or Level.LOW,
        r.text(d, "mitigation", path),
        r.text(d, "who", path),
    )


def _contingency_plan(r: _Reader, value: Any, path: str) -> ContingencyPlan:
    keys = ("triggers", "what_should_happen", "who_to_contact", "coping_strategies")
    d = r.obj(value, path, set(keys))
    return ContingencyPlan(**{key: r.text(d, key, path) for key in keys})


def _action(r: _Reader, value: Any, path: str) -> Action | None:
    d = r.obj(value, path, {"id", "what", "who", "by_when", "done"})
    return Action(
        r.ident(d, path),
        r.text(d, "what", path),
        r.text(d, "who", path),
        r.day(d, "by_when", path),
        bool(r.flag(d, "done", path)),
    )


def _helper(r: _Reader, value: Any, path: str) -> Helper | None:
    d = r.obj(value, path, {"id", "name", "role"})
    return Helper(r.ident(d, path), r.text(d, "name", path), r.text(d, "role", path))


def _coordinator(r: _Reader, value: Any, path: str) -> CareCoordinator:
    d = r.obj(value, path, {"name", "role", "contact"})
    return CareCoordinator(
        r.text(d, "name", path), r.text(d, "role", path), r.text(d, "contact", path)
    )


def _reviews(r: _Reader, value: Any, path: str) -> Reviews:
    d = r.obj(value, path, {"first_review", "interval_months", "records"})
    interval = r.integer(d, "interval_months", path, low=1, high=12)
    return Reviews(
        r.day(d, "first_review", path),
        interval or 12,
        r.items(d, "records", path, lambda v, p: _review(r, v, p)),
    )


def _review(r: _Reader, value: Any, path: str) -> ReviewRecord | None:
    d = r.obj(value, path, {"id", "date", "reviewer", "working", "not_working", "notes"})
    return ReviewRecord(
        r.ident(d, path),
        r.day(d, "date", path),
        r.text(d, "reviewer", path),
        r.text(d, "working", path),
        r.text(d, "not_working", path),
        r.text(d, "notes", path),
    )


def _check_references(r: _Reader, plan: Plan, top: dict[str, Any]) -> None:
    """Ids unique within each list; outcome references point at real outcomes."""
    for key in _LIST_KEYS:
        seen: set[str] = set()
        for index, item in enumerate(getattr(plan, key)):
            if item.id and item.id in seen:
                r.problem(f"{key}[{index}].id", f'"{item.id}" is used by another item in {key}')
            seen.add(item.id)
    outcome_ids = {outcome.id for outcome in plan.outcomes}
    for key in ("support_lines", "unpaid_support"):
        for index, item in enumerate(getattr(plan, key)):
            for position, oid in enumerate(item.outcomes):
                if oid not in outcome_ids:
                    r.problem(
                        f"{key}[{index}].outcomes[{position}]",
                        f'"{oid}" is not the id of an outcome in this plan',
                    )


_LIST_KEYS = (
    "strengths",
    "relationships",
    "community",
    "needs",
    "outcomes",
    "support_lines",
    "unpaid_support",
    "risks",
    "actions",
    "helpers",
)
_TOP_KEYS = (
    "format",
    "version",
    "person",
    "about_me",
    "what_matters",
    *_LIST_KEYS,
    "budget",
    "contingency_plan",
    "consent_to_share",
    "care_coordinator",
    "reviews",
)


# -- writing ------------------------------------------------------------------------------------
def _d(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _m(value: Money | None) -> str | None:
    return value.to_str() if value is not None else None


def _n(value: Decimal | None) -> str | None:
    if value is None:
        return None
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def plan_document(plan: Plan) -> dict[str, Any]:
    """The interchange document of ``plan``: every field present, in a stable form."""
    p, a, w, b = plan.person, plan.about_me, plan.what_matters, plan.budget
    return {
        "format": FORMAT,
        "version": VERSION,
        "person": {
            "name": p.name,
            "preferred_name": p.preferred_name,
            "date_of_birth": _d(p.date_of_birth),
            "nhs_number": p.nhs_number,
            "address": p.address,
            "phone": p.phone,
            "email": p.email,
            "gp_practice": p.gp_practice,
        },
        "about_me": {
            **{key: getattr(a, key) for key in _ABOUT_TEXT},
            "last_updated": _d(a.last_updated),
        },
        "what_matters": {
            "important_to_me": w.important_to_me,
            "important_for_me": w.important_for_me,
            "good_day": w.good_day,
            "bad_day": w.bad_day,
        },
        "strengths": [{"id": s.id, "text": s.text, "kind": s.kind.value} for s in plan.strengths],
        "relationships": [
            {
                "id": x.id,
                "name": x.name,
                "ring": x.ring,
                "relationship": x.relationship,
                "what_they_do": x.what_they_do,
                "how_often": x.how_often,
                "same_household": x.same_household,
            }
            for x in plan.relationships
        ],
        "community": [
            {"id": c.id, "name": c.name, "kind": c.kind.value, "notes": c.notes}
            for c in plan.community
        ],
        "needs": [
            {"id": n.id, "description": n.description, "clinical_terms": n.clinical_terms}
            for n in plan.needs
        ],
        "outcomes": [
            {
                "id": o.id,
                "title": o.title,
                "why_it_matters": o.why_it_matters,
                "success_looks_like": o.success_looks_like,
                "importance": o.importance,
                "target_date": _d(o.target_date),
                "status": o.status.value,
            }
            for o in plan.outcomes
        ],
        "support_lines": [_line_document(line) for line in plan.support_lines],
        "unpaid_support": [
            {"id": u.id, "who": u.who, "what": u.what, "when": u.when, "outcomes": list(u.outcomes)}
            for u in plan.unpaid_support
        ],
        "budget": {
            "indicative": _m(b.indicative),
            "period_start": _d(b.period_start),
            "period_end": _d(b.period_end),
            "contingency": {
                "amount": _m(b.contingency.amount),
                "percent": _n(b.contingency.percent),
            },
            "set_by": b.set_by,
            "how_worked_out": b.how_worked_out,
            "management_summary": b.management_summary,
            "holder": b.holder,
            "payment_schedule": b.payment_schedule.value if b.payment_schedule else None,
        },
        "risks": [
            {
                "id": k.id,
                "risk": k.risk,
                "likelihood": k.likelihood.value,
                "impact": k.impact.value,
                "mitigation": k.mitigation,
                "who": k.who,
            }
            for k in plan.risks
        ],
        "contingency_plan": {
            "triggers": plan.contingency_plan.triggers,
            "what_should_happen": plan.contingency_plan.what_should_happen,
            "who_to_contact": plan.contingency_plan.who_to_contact,
            "coping_strategies": plan.contingency_plan.coping_strategies,
        },
        "actions": [
            {"id": x.id, "what": x.what, "who": x.who, "by_when": _d(x.by_when), "done": x.done}
            for x in plan.actions
        ],
        "helpers": [{"id": h.id, "name": h.name, "role": h.role} for h in plan.helpers],
        "consent_to_share": plan.consent_to_share,
        "care_coordinator": {
            "name": plan.care_coordinator.name,
            "role": plan.care_coordinator.role,
            "contact": plan.care_coordinator.contact,
        },
        "reviews": {
            "first_review": _d(plan.reviews.first_review),
            "interval_months": plan.reviews.interval_months,
            "records": [
                {
                    "id": v.id,
                    "date": _d(v.date),
                    "reviewer": v.reviewer,
                    "working": v.working,
                    "not_working": v.not_working,
                    "notes": v.notes,
                }
                for v in plan.reviews.records
            ],
        },
    }


def _line_document(line: SupportLine) -> dict[str, Any]:
    return {
        "id": line.id,
        "description": line.description,
        "provider": line.provider,
        "category": line.category.value,
        "unit_cost": line.unit_cost.to_str(),
        "quantity": _n(line.quantity),
        "schedule": {
            "frequency": line.schedule.frequency.value,
            "first": _d(line.schedule.first),
            "last": _d(line.schedule.last),
        },
        "management": line.management.value if line.management else None,
        "outcomes": list(line.outcomes),
        "notes": line.notes,
        "paid_to_household_family": line.paid_to_household_family,
        "household_justification": line.household_justification,
        "dismissed_warnings": [
            {"keyword": w.keyword, "reason": w.reason} for w in line.dismissed_warnings
        ],
    }


def plan_fingerprint(plan: Plan) -> str:
    """The SHA-256 fingerprint of ``plan``'s canonical interchange JSON (64 hex digits)."""
    return fingerprint_of(plan_document(plan))


# -- files ------------------------------------------------------------------------------------
def loads_plan(text: str | bytes) -> Plan:
    """Parse interchange JSON text; bad JSON raises :class:`NotAPlanError` with the line."""
    if len(text) > MAX_FILE_BYTES:
        raise NotAPlanError([Problem("", "The file is too large to be a plan (over 50 MB).")])
    try:
        document = json.loads(text, parse_float=_reject_float, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise NotAPlanError(
            [
                Problem(
                    "",
                    f"This is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}).",
                )
            ]
        ) from None
    except UnicodeDecodeError:
        raise NotAPlanError([Problem("", "This file is not UTF-8 text.")]) from None
    except RecursionError:
        raise NotAPlanError([Problem("", "This file is nested too deeply to be a plan.")]) from None
    except _FloatError as exc:
        raise PlanFormatError([Problem("", str(exc))]) from None
    return parse_plan(document)


class _FloatError(ValueError):
    pass


def _reject_float(text: str) -> Any:
    # Numbers with a decimal point are only ever amounts or quantities, which must be strings
    # so that no value passes through a binary float.
    raise _FloatError(
        f"{text} is written as a bare number; amounts and quantities must be "
        f'text in quotes, like "{text}"'
    )


def _reject_constant(text: str) -> Any:
    raise _FloatError(f"{text} is not allowed in a plan")


def load_plan_file(path: Path) -> Plan:
    """Read a plan from an interchange JSON file."""
    with open(path, "rb") as handle:
        data = handle.read(MAX_FILE_BYTES + 1)
    return loads_plan(data)


def dumps_plan(plan: Plan) -> str:
    """Interchange JSON text for ``plan``, indented for people to read."""
    return json.dumps(plan_document(plan), ensure_ascii=False, indent=2) + "\n"
