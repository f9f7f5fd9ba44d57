"""Every section of a plan, described once: its fields, their kinds and their entry rules.

This table drives the interchange reader and writer (``interchange``), the JSON Schema
(``resources/schema/plan-v1.schema.json`` is generated from it) and the mapping to the rows of a
plan file (``storage.planrows``). To add a field or a section, add it to the dataclass in
``domain/plan.py`` and here (see ``docs/interchange.md``).

The order of the fields is the dataclass's order, which is also the order they are written in.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from .categories import Category
from .employment_model import ExtraCost
from .employment_rates import AgeBand
from .fieldspec import Field, Kind, Shape
from .nhs import format_nhs_number, nhs_number_problem
from .plan import (
    RINGS,
    AboutMe,
    Action,
    Budget,
    CareCoordinator,
    CommunityKind,
    CommunityPlace,
    ConsentRecord,
    Contingency,
    ContingencyPlan,
    DismissedWarning,
    Employment,
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
    WeeklyHours,
    WhatMatters,
)
from .schedule import Frequency, Schedule
from .text import translate

#: The longest budget period that may be entered.
MAX_PERIOD_DAYS = 366 * 5
#: The interchange format version that added the consent records (and the spending records and
#: reviews beside the plan).
V2 = 2
#: The interchange format version that added support line groups and employments.
V3 = 3
_GROUP = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


def _text(name: str, **rules: Any) -> Field:
    return Field(name, Kind.TEXT, **rules)


def _date(name: str, **rules: Any) -> Field:
    return Field(name, Kind.DATE, nullable=True, **rules)


def _id() -> Field:
    return Field("id", Kind.ID)


def group_problem(text: str) -> str | None:
    """Why ``text`` cannot be a support line's group (letters, digits, ``_ . -``), or None."""
    if text and not _GROUP.fullmatch(text):
        return translate("PlanFields", "a group is letters, digits, '_', '.' or '-' only")
    return None


# -- rules between fields (entry rules) ------------------------------------------------------------
def _period_rules(values: Mapping[str, Any]) -> list[tuple[str, str]]:
    start, end = values.get("period_start"), values.get("period_end")
    if not isinstance(start, date) or not isinstance(end, date):
        return []
    if end < start:
        message = translate("PlanFields", '"{end}" is before the start "{start}"')
        return [("period_end", message.format(end=end.isoformat(), start=start.isoformat()))]
    if (end - start).days > MAX_PERIOD_DAYS:
        return [("period_end", translate("PlanFields", "the budget period is longer than 5 years"))]
    return []


def _schedule_rules(values: Mapping[str, Any]) -> list[tuple[str, str]]:
    first, last = values.get("first"), values.get("last")
    if isinstance(first, date) and isinstance(last, date) and last < first:
        message = translate("PlanFields", '"{last}" is before the first date "{first}"')
        return [("last", message.format(last=last.isoformat(), first=first.isoformat()))]
    return []


def _contingency_rules(values: Mapping[str, Any]) -> list[tuple[str, str]]:
    if values.get("amount") is not None and values.get("percent") is not None:
        return [("", translate("PlanFields", "give either an amount or a percent, not both"))]
    return []


# -- the shapes --------------------------------------------------------------------------------
PERSON = Shape(
    Person,
    (
        _text("name"),
        _text("preferred_name"),
        _date("date_of_birth", not_future=True),
        _text(
            "nhs_number",
            check=nhs_number_problem,
            tidy=format_nhs_number,
            doc="Ten digits with a valid modulus-11 check digit, optionally spaced 3-3-4; "
            "or empty.",
        ),
        _text("address"),
        _text("phone"),
        _text("email"),
        _text("gp_practice"),
    ),
)

ABOUT_ME = Shape(
    AboutMe,
    (
        _text("most_important"),
        _text("people_important"),
        _text("communication"),
        _text("wellness"),
        _text("please_do"),
        _text("please_dont"),
        _text("how_to_support"),
        _text("also_worth_knowing"),
        _text("supported_by"),
        _date("last_updated"),
    ),
)

WHAT_MATTERS = Shape(
    WhatMatters,
    (_text("important_to_me"), _text("important_for_me"), _text("good_day"), _text("bad_day")),
)

STRENGTH = Shape(
    Strength,
    (_id(), _text("text"), Field("kind", Kind.CHOICE, enum=StrengthKind)),
    id_prefix="st",
)

RELATIONSHIP = Shape(
    Relationship,
    (
        _id(),
        _text("name"),
        Field(
            "ring",
            Kind.INT,
            low=RINGS[0],
            high=RINGS[-1],
            doc="1 family and closest, 2 friends and unpaid support, 3 people I do things with, "
            "4 paid supporters",
        ),
        _text("relationship"),
        _text("what_they_do"),
        _text("how_often"),
        Field("same_household", Kind.FLAG),
    ),
    id_prefix="p",
)

COMMUNITY_PLACE = Shape(
    CommunityPlace,
    (_id(), _text("name"), Field("kind", Kind.CHOICE, enum=CommunityKind), _text("notes")),
    id_prefix="c",
)

NEED = Shape(Need, (_id(), _text("description"), _text("clinical_terms")), id_prefix="n")

OUTCOME = Shape(
    Outcome,
    (
        _id(),
        _text("title"),
        _text("why_it_matters"),
        _text("success_looks_like"),
        Field("importance", Kind.INT, nullable=True, low=1, high=10),
        _date("target_date"),
        Field("status", Kind.CHOICE, enum=OutcomeStatus),
    ),
    id_prefix="o",
)

SCHEDULE = Shape(
    Schedule,
    (
        Field("frequency", Kind.CHOICE, enum=Frequency, required=True),
        _date("first"),
        _date("last"),
    ),
    rules=(_schedule_rules,),
)

DISMISSED_WARNING = Shape(
    DismissedWarning,
    (_text("keyword", required=True), _text("reason", required=True)),
)

SUPPORT_LINE = Shape(
    SupportLine,
    (
        _id(),
        _text("description"),
        _text("provider"),
        Field("category", Kind.CHOICE, enum=Category),
        Field("unit_cost", Kind.MONEY),
        Field(
            "quantity",
            Kind.DECIMAL,
            low=Decimal(0),
            above_low=True,
            high=Decimal(100000),
            doc="Quantity per occurrence, more than 0 and at most 100000, up to 2 decimal places.",
        ),
        Field("schedule", Kind.NESTED, shape=SCHEDULE),
        Field("management", Kind.CHOICE, nullable=True, enum=Management),
        Field("outcomes", Kind.IDS, refers_to="outcomes"),
        _text("notes"),
        Field("paid_to_household_family", Kind.FLAG),
        _text("household_justification"),
        Field("dismissed_warnings", Kind.LIST, shape=DISMISSED_WARNING),
        _text(
            "group",
            max_length=64,
            check=group_problem,
            since=V3,
            doc="Lines made together share a group: the id of the employment (in employments) "
            'that made them, e.g. "pa.1"; empty for a line of its own.',
        ),
    ),
    id_prefix="s",
)

UNPAID_SUPPORT = Shape(
    UnpaidSupport,
    (
        _id(),
        _text("who"),
        _text("what"),
        _text("when"),
        Field("outcomes", Kind.IDS, refers_to="outcomes"),
    ),
    id_prefix="u",
)

CONTINGENCY = Shape(
    Contingency,
    (
        Field("amount", Kind.MONEY, nullable=True),
        Field(
            "percent",
            Kind.DECIMAL,
            nullable=True,
            low=Decimal(0),
            high=Decimal(100),
            doc="A percentage of the indicative budget from 0 to 100, up to 2 decimal places.",
        ),
    ),
    rules=(_contingency_rules,),
)

BUDGET = Shape(
    Budget,
    (
        Field("indicative", Kind.MONEY, nullable=True),
        _date("period_start"),
        _date("period_end"),
        Field("contingency", Kind.NESTED, shape=CONTINGENCY),
        _text("set_by"),
        _text("how_worked_out"),
        _text("management_summary"),
        _text("holder"),
        Field("payment_schedule", Kind.CHOICE, nullable=True, enum=PaymentSchedule),
    ),
    rules=(_period_rules,),
)

RISK = Shape(
    Risk,
    (
        _id(),
        _text("risk"),
        Field("likelihood", Kind.CHOICE, enum=Level),
        Field("impact", Kind.CHOICE, enum=Level),
        _text("mitigation"),
        _text("who"),
    ),
    id_prefix="r",
)

CONTINGENCY_PLAN = Shape(
    ContingencyPlan,
    (
        _text("triggers"),
        _text("what_should_happen"),
        _text("who_to_contact"),
        _text("coping_strategies"),
    ),
)

ACTION = Shape(
    Action,
    (_id(), _text("what"), _text("who"), _date("by_when"), Field("done", Kind.FLAG)),
    id_prefix="a",
)

HELPER = Shape(Helper, (_id(), _text("name"), _text("role")), id_prefix="h")

CONSENT_RECORD = Shape(
    ConsentRecord,
    (
        _id(),
        _text("helper", doc="Who is helping the person (for example a peer volunteer)."),
        _text("helper_role", doc="The helper's role."),
        _text("what", doc="What the person agreed to share."),
        _text("shared_with", doc="With whom they agreed to share it."),
        _date("agreed_on", not_future=True),
    ),
    id_prefix="cs",
)

CARE_COORDINATOR = Shape(CareCoordinator, (_text("name"), _text("role"), _text("contact")))

REVIEW_RECORD = Shape(
    ReviewRecord,
    (
        _id(),
        _date("date"),
        _text("reviewer"),
        _text("working"),
        _text("not_working"),
        _text("notes"),
    ),
    id_prefix="rv",
)

REVIEWS = Shape(
    Reviews,
    (
        _date("first_review"),
        Field("interval_months", Kind.INT, low=1, high=12),
        Field("records", Kind.LIST, shape=REVIEW_RECORD),
    ),
)


def _hours(name: str) -> Field:
    return Field(
        name,
        Kind.DECIMAL,
        low=Decimal(0),
        high=Decimal(100),
        doc="Hours on this day (up to 2 decimal places; the calculator takes 0 to 24).",
    )


WEEKLY_HOURS = Shape(
    WeeklyHours,
    tuple(
        _hours(day)
        for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    ),
)

EXTRA_COST = Shape(
    ExtraCost,
    (Field("amount", Kind.MONEY), Field("frequency", Kind.CHOICE, enum=Frequency)),
)


def _extra(name: str, doc: str) -> Field:
    return Field(name, Kind.NESTED, nullable=True, shape=EXTRA_COST, doc=doc)


EMPLOYMENT = Shape(
    Employment,
    (
        _id(),
        _text("name"),
        Field("hourly_rate", Kind.MONEY),
        Field(
            "hours_per_week",
            Kind.DECIMAL,
            low=Decimal(0),
            high=Decimal(1000),
            doc="Hours a week (up to 2 decimal places; the calculator takes more than 0 and at "
            "most 168). Replaced by pattern when that is given.",
        ),
        Field(
            "pattern",
            Kind.NESTED,
            nullable=True,
            shape=WEEKLY_HOURS,
            doc="The hours on each day of the week, when they differ from day to day.",
        ),
        Field(
            "weeks_per_year",
            Kind.DECIMAL,
            low=Decimal(0),
            high=Decimal(100),
            doc="Weeks a year the PA works (the calculator takes 1 to 52).",
        ),
        Field("age_band", Kind.CHOICE, enum=AgeBand),
        Field("only_employee", Kind.FLAG),
        Field("employment_allowance", Kind.FLAG),
        Field("pension_opt_out", Kind.FLAG),
        _date("first_day"),
        _extra("insurance", "Employer's liability insurance; null: the typical amount."),
        _extra("payroll", "A payroll service; null: the typical amount."),
        _extra("dbs", "A DBS check; null: the typical amount."),
        _extra("training", "Training; null: the typical amount."),
        _extra("recruitment", "Recruitment; null: the typical amount."),
        Field(
            "sick_weeks_a_year",
            Kind.DECIMAL,
            nullable=True,
            low=Decimal(0),
            high=Decimal(100),
            doc="Weeks of Statutory Sick Pay to allow for each year; null: the usual 2.",
        ),
        Field(
            "sickness_contingency",
            Kind.MONEY,
            nullable=True,
            doc="An amount for sickness cover instead of the Statutory Sick Pay estimate.",
        ),
    ),
    id_prefix="pa.",
)

#: The whole plan: each field is one section of the interchange document, in order.
PLAN = Shape(
    Plan,
    (
        Field("person", Kind.NESTED, shape=PERSON),
        Field("about_me", Kind.NESTED, shape=ABOUT_ME),
        Field("what_matters", Kind.NESTED, shape=WHAT_MATTERS),
        Field("strengths", Kind.LIST, shape=STRENGTH),
        Field("relationships", Kind.LIST, shape=RELATIONSHIP),
        Field("community", Kind.LIST, shape=COMMUNITY_PLACE),
        Field("needs", Kind.LIST, shape=NEED),
        Field("outcomes", Kind.LIST, shape=OUTCOME),
        Field("support_lines", Kind.LIST, shape=SUPPORT_LINE),
        Field("unpaid_support", Kind.LIST, shape=UNPAID_SUPPORT),
        Field("budget", Kind.NESTED, shape=BUDGET),
        Field("risks", Kind.LIST, shape=RISK),
        Field("contingency_plan", Kind.NESTED, shape=CONTINGENCY_PLAN),
        Field("actions", Kind.LIST, shape=ACTION),
        Field("helpers", Kind.LIST, shape=HELPER),
        Field("consent_to_share", Kind.FLAG, nullable=True),
        Field(
            "consents",
            Kind.LIST,
            shape=CONSENT_RECORD,
            since=V2,
            doc="Consent records: who was helping, their role, what the person agreed to share, "
            "with whom, and when. Added in format version 2.",
        ),
        Field("care_coordinator", Kind.NESTED, shape=CARE_COORDINATOR),
        Field("reviews", Kind.NESTED, shape=REVIEWS),
        Field(
            "employments",
            Kind.LIST,
            shape=EMPLOYMENT,
            since=V3,
            doc="Personal assistants the person employs, as told to the PA calculator: what "
            "is needed to work their support lines out again.",
        ),
    ),
)

#: Each section of the plan by name.
PLAN_SECTIONS: dict[str, Field] = {section.name: section for section in PLAN.fields}
