"""What a plan holds (SPEC §3), as immutable plain data.

Every repeated item carries a stable ``id`` (unique within its list) so that services, undo and the
interchange format can name it. Changing a plan means building a new value with
:func:`dataclasses.replace`; nothing here touches a database or Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from .categories import Category
from .employment_model import ExtraCost
from .employment_rates import AgeBand
from .money import ZERO, Money
from .schedule import Schedule


class Management(StrEnum):
    """Who holds the money for a part of the budget."""

    NOTIONAL = "notional"
    THIRD_PARTY = "third_party"
    DIRECT_PAYMENT = "direct_payment"


class OutcomeStatus(StrEnum):
    """Where an outcome stands."""

    PROPOSED = "proposed"
    AGREED = "agreed"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    NO_LONGER_WANTED = "no_longer_wanted"


class Level(StrEnum):
    """How likely or how serious a risk is."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class StrengthKind(StrEnum):
    """The two questions of "My strengths"."""

    ADMIRED = "admired"  # what people like and admire about me
    CAN_DO = "can_do"  # what I can do myself


class CommunityKind(StrEnum):
    """The four kinds of place in "My community"."""

    FEEL_GOOD = "feel_good"
    MEMBER = "member"
    CUSTOMER = "customer"
    COULD_CONNECT = "could_connect"


class PaymentSchedule(StrEnum):
    """How often budget money is paid to whoever holds it."""

    MONTHLY = "monthly"
    FOUR_WEEKLY = "four_weekly"
    QUARTERLY = "quarterly"


#: Rings of the relationship circle, closest first.
RING_FAMILY, RING_FRIENDS, RING_ACTIVITIES, RING_PAID = 1, 2, 3, 4
RINGS = (RING_FAMILY, RING_FRIENDS, RING_ACTIVITIES, RING_PAID)


@dataclass(frozen=True)
class Person:
    name: str = ""
    preferred_name: str = ""
    date_of_birth: date | None = None
    nhs_number: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    gp_practice: str = ""


@dataclass(frozen=True)
class AboutMe:
    most_important: str = ""
    people_important: str = ""
    communication: str = ""
    wellness: str = ""
    please_do: str = ""
    please_dont: str = ""
    how_to_support: str = ""
    also_worth_knowing: str = ""
    supported_by: str = ""
    last_updated: date | None = None


@dataclass(frozen=True)
class WhatMatters:
    important_to_me: str = ""
    important_for_me: str = ""
    good_day: str = ""
    bad_day: str = ""


@dataclass(frozen=True)
class Strength:
    id: str
    text: str = ""
    kind: StrengthKind = StrengthKind.CAN_DO


@dataclass(frozen=True)
class Relationship:
    id: str
    name: str = ""
    ring: int = RING_FAMILY
    relationship: str = ""
    what_they_do: str = ""
    how_often: str = ""
    same_household: bool = False


@dataclass(frozen=True)
class CommunityPlace:
    id: str
    name: str = ""
    kind: CommunityKind = CommunityKind.FEEL_GOOD
    notes: str = ""


@dataclass(frozen=True)
class Need:
    id: str
    description: str = ""
    clinical_terms: str = ""


@dataclass(frozen=True)
class Outcome:
    id: str
    title: str = ""
    why_it_matters: str = ""
    success_looks_like: str = ""
    importance: int | None = None
    target_date: date | None = None
    status: OutcomeStatus = OutcomeStatus.PROPOSED


@dataclass(frozen=True)
class DismissedWarning:
    """A keyword warning the person looked at and set aside, with their reason."""

    keyword: str
    reason: str


@dataclass(frozen=True)
class SupportLine:
    id: str
    description: str = ""
    provider: str = ""
    category: Category = Category.OTHER
    unit_cost: Money = ZERO
    quantity: Decimal = Decimal("1")
    schedule: Schedule = field(default_factory=Schedule)
    management: Management | None = None
    outcomes: tuple[str, ...] = ()
    notes: str = ""
    paid_to_household_family: bool = False
    household_justification: str = ""
    dismissed_warnings: tuple[DismissedWarning, ...] = ()
    #: lines made together (a PA's wages, holiday pay, …) share a group: the id of the
    #: :class:`Employment` that made them (``pa.1``); empty for a line of its own
    group: str = ""


@dataclass(frozen=True)
class UnpaidSupport:
    id: str
    who: str = ""
    what: str = ""
    when: str = ""
    outcomes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Contingency:
    """The reserve: a fixed amount, or a percentage of the indicative budget (not both)."""

    amount: Money | None = None
    percent: Decimal | None = None


@dataclass(frozen=True)
class Budget:
    indicative: Money | None = None
    period_start: date | None = None
    period_end: date | None = None
    contingency: Contingency = field(default_factory=Contingency)
    set_by: str = ""
    how_worked_out: str = ""
    management_summary: str = ""
    holder: str = ""
    payment_schedule: PaymentSchedule | None = None


@dataclass(frozen=True)
class Risk:
    id: str
    risk: str = ""
    likelihood: Level = Level.LOW
    impact: Level = Level.LOW
    mitigation: str = ""
    who: str = ""


@dataclass(frozen=True)
class ContingencyPlan:
    triggers: str = ""
    what_should_happen: str = ""
    who_to_contact: str = ""
    coping_strategies: str = ""


@dataclass(frozen=True)
class Action:
    id: str
    what: str = ""
    who: str = ""
    by_when: date | None = None
    done: bool = False


@dataclass(frozen=True)
class Helper:
    """Someone who helped make the plan."""

    id: str
    name: str = ""
    role: str = ""


@dataclass(frozen=True)
class ConsentRecord:
    """What the person agreed to share, with whom, when — and who was helping them then."""

    id: str
    helper: str = ""  # who is helping (for example a peer volunteer)
    helper_role: str = ""  # their role
    what: str = ""  # what the person agreed to share
    shared_with: str = ""  # with whom
    agreed_on: date | None = None


@dataclass(frozen=True)
class CareCoordinator:
    name: str = ""
    role: str = ""
    contact: str = ""


@dataclass(frozen=True)
class ReviewRecord:
    """A review that has taken place."""

    id: str
    date: date | None = None
    reviewer: str = ""
    working: str = ""
    not_working: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Reviews:
    first_review: date | None = None
    interval_months: int = 12
    records: tuple[ReviewRecord, ...] = ()


@dataclass(frozen=True)
class WeeklyHours:
    """The hours a PA works on each day of a week, Monday to Sunday."""

    monday: Decimal = Decimal(0)
    tuesday: Decimal = Decimal(0)
    wednesday: Decimal = Decimal(0)
    thursday: Decimal = Decimal(0)
    friday: Decimal = Decimal(0)
    saturday: Decimal = Decimal(0)
    sunday: Decimal = Decimal(0)

    def days(self) -> tuple[Decimal, ...]:
        """The hours from Monday to Sunday."""
        return (
            self.monday, self.tuesday, self.wednesday, self.thursday, self.friday,
            self.saturday, self.sunday,
        )  # fmt: skip


@dataclass(frozen=True)
class Employment:
    """A personal assistant the person employs, as they described them to the PA calculator.

    Kept so the PA's support lines can be worked out again when the rates, the budget period or
    the answers change. ``id`` is the ``group`` of the support lines it made (``pa.1``). Amounts
    left as ``None`` take the typical amount from the rates of the day.
    """

    id: str
    name: str = ""
    hourly_rate: Money = ZERO
    hours_per_week: Decimal = Decimal(0)
    pattern: WeeklyHours | None = None
    weeks_per_year: Decimal = Decimal(52)
    age_band: AgeBand = AgeBand.AGE_21_PLUS
    only_employee: bool = True
    employment_allowance: bool = True
    pension_opt_out: bool = False
    first_day: date | None = None
    insurance: ExtraCost | None = None
    payroll: ExtraCost | None = None
    dbs: ExtraCost | None = None
    training: ExtraCost | None = None
    recruitment: ExtraCost | None = None
    sick_weeks_a_year: Decimal | None = None
    sickness_contingency: Money | None = None


@dataclass(frozen=True)
class Plan:
    """A whole personalised care and support plan with its budget."""

    person: Person = field(default_factory=Person)
    about_me: AboutMe = field(default_factory=AboutMe)
    what_matters: WhatMatters = field(default_factory=WhatMatters)
    strengths: tuple[Strength, ...] = ()
    relationships: tuple[Relationship, ...] = ()
    community: tuple[CommunityPlace, ...] = ()
    needs: tuple[Need, ...] = ()
    outcomes: tuple[Outcome, ...] = ()
    support_lines: tuple[SupportLine, ...] = ()
    unpaid_support: tuple[UnpaidSupport, ...] = ()
    budget: Budget = field(default_factory=Budget)
    risks: tuple[Risk, ...] = ()
    contingency_plan: ContingencyPlan = field(default_factory=ContingencyPlan)
    actions: tuple[Action, ...] = ()
    helpers: tuple[Helper, ...] = ()
    consent_to_share: bool | None = None
    consents: tuple[ConsentRecord, ...] = ()
    care_coordinator: CareCoordinator = field(default_factory=CareCoordinator)
    reviews: Reviews = field(default_factory=Reviews)
    employments: tuple[Employment, ...] = ()


#: The list-valued parts of a plan and the item type each holds.
COLLECTIONS: dict[str, type] = {
    "strengths": Strength,
    "relationships": Relationship,
    "community": CommunityPlace,
    "needs": Need,
    "outcomes": Outcome,
    "support_lines": SupportLine,
    "unpaid_support": UnpaidSupport,
    "risks": Risk,
    "actions": Action,
    "helpers": Helper,
    "consents": ConsentRecord,
    "employments": Employment,
}

#: The single-valued parts of a plan and their types.
SECTIONS: dict[str, type] = {
    "person": Person,
    "about_me": AboutMe,
    "what_matters": WhatMatters,
    "budget": Budget,
    "contingency_plan": ContingencyPlan,
    "care_coordinator": CareCoordinator,
    "reviews": Reviews,
}


def new_id(prefix: str, existing: object) -> str:
    """The next free id such as ``"o3"`` given items (with ``.id``) already in a list."""
    taken = {getattr(item, "id", None) for item in existing}  # type: ignore[attr-defined]
    number = len(taken) + 1
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"
