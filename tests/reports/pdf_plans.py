"""Plans for the report tests and the PDF benchmark, built from the domain dataclasses."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from phbplanner.domain.categories import Category
from phbplanner.domain.money import Money
from phbplanner.domain.plan import (
    AboutMe,
    Action,
    Budget,
    CareCoordinator,
    CommunityKind,
    CommunityPlace,
    Contingency,
    ContingencyPlan,
    Helper,
    Level,
    Management,
    Need,
    Outcome,
    OutcomeStatus,
    Person,
    Plan,
    Relationship,
    Reviews,
    Risk,
    Strength,
    StrengthKind,
    SupportLine,
    UnpaidSupport,
    WhatMatters,
)
from phbplanner.domain.schedule import Frequency, Schedule
from phbplanner.domain.versions import Agreement, VersionInfo, VersionStatus

#: Names that a font without the right glyphs would mangle.
UNICODE_NAMES = ("Siân Williams", "Łukasz Nowak", "Zoë Brontë", "Nguyễn Thị Minh")

START = date(2026, 4, 6)
END = date(2027, 4, 5)


def sample_plan() -> Plan:
    """A small but complete plan for Siân, with people whose names need a Unicode font."""
    outcomes = (
        Outcome("o1", "Get out into the hills once a week", "Walking keeps me well and calm.",
                "I walk with Łukasz most weeks.", 9, date(2026, 9, 30), OutcomeStatus.AGREED),
        Outcome("o2", "Sleep through the night", "Bad nights make my pain worse.",
                "Five good nights out of seven.", 7, date(2026, 12, 31), OutcomeStatus.PROPOSED),
    )  # fmt: skip
    lines = (
        SupportLine("l1", "Personal assistant for walks", "Łukasz Nowak",
                    Category.PERSONAL_ASSISTANT, Money.parse("14.50"), Decimal("3"),
                    Schedule(Frequency.WEEKLY), Management.DIRECT_PAYMENT, ("o1",)),
        SupportLine("l2", "Hydrotherapy sessions", "Aqua Health & Co <Ltd>", Category.THERAPY,
                    Money.parse("45.00"), Decimal("1"), Schedule(Frequency.FORTNIGHTLY),
                    Management.NOTIONAL, ("o1", "o2")),
        SupportLine("l3", "Pressure-relief mattress", "Nguyễn Thị Minh", Category.EQUIPMENT,
                    Money.parse("1234.50"), Decimal("1"), Schedule(Frequency.ONCE),
                    Management.THIRD_PARTY, ("o2",)),
        SupportLine("l4", "Payroll service", "Brontë Payroll", Category.EMPLOYER_COSTS,
                    Money.parse("12.00"), Decimal("1"), Schedule(Frequency.MONTHLY),
                    Management.DIRECT_PAYMENT, ("o1",)),
    )  # fmt: skip
    return Plan(
        person=Person("Siân Williams", "Siân", date(1968, 3, 2), "9434765919",
                      "2 Heol y Bont\nCardiff Road\nHereford HR1 2AB", "01432 000000",
                      "sian@example.org", "Bridge Street Surgery"),
        about_me=AboutMe(
            most_important="My dog Bryn, my garden and seeing my sister Zoë.",
            people_important="Zoë Brontë (my sister), Łukasz (my PA).",
            communication="I speak English and Welsh. Please speak slowly when I am tired.",
            wellness="I have MS. Fatigue is worst in the afternoon.",
            please_do="Ask me before moving my things.",
            please_dont="Don't talk over me.",
            how_to_support="Mornings are best for appointments.",
            also_worth_knowing="I used to be a geography teacher.",
            supported_by="Zoë Brontë",
            last_updated=date(2026, 3, 1),
        ),
        what_matters=WhatMatters("Walking in the hills; chapel on Sunday.",
                                 "Not falling; managing my pain.",
                                 "I slept well and got outside.", "Pain kept me in bed."),
        strengths=(Strength("s1", "I am funny and kind.", StrengthKind.ADMIRED),
                   Strength("s2", "I can plan my week.", StrengthKind.CAN_DO)),
        relationships=(
            Relationship("r1", "Zoë Brontë", 1, "Sister", "Shopping and company", "Weekly"),
            Relationship("r2", "Bryn", 1, "Dog", "Keeps me going", "Every day", True),
            Relationship("r3", "Mair Jones", 2, "Neighbour", "Checks in on me", "Most days"),
            Relationship("r4", "Walking group", 3, "Group", "Walks", "Saturdays"),
            Relationship("r5", "Łukasz Nowak", 4, "Personal assistant", "Walks", "Weekly"),
            Relationship("r6", "Nguyễn Thị Minh", 4, "Physiotherapist", "Exercises", "Monthly"),
        ),
        community=(CommunityPlace("c1", "Hay Bluff", CommunityKind.FEEL_GOOD, "Views"),
                   CommunityPlace("c2", "Library", CommunityKind.MEMBER)),
        needs=(Need("n1", "I get very tired and my legs give way.", "Relapsing MS; fatigue"),),
        outcomes=outcomes,
        support_lines=lines,
        unpaid_support=(UnpaidSupport("u1", "Zoë Brontë", "Drives me to the hills", "Sundays",
                                      ("o1",)),),
        budget=Budget(Money.parse("9000.00"), START, END,
                      Contingency(percent=Decimal("5")), "Herefordshire ICB",
                      "Based on my assessed needs.", "Mostly a direct payment.", "Siân Williams",
                      None),
        risks=(Risk("k1", "I fall on a walk", Level.MEDIUM, Level.HIGH, "Walk with my PA",
                    "Łukasz"),),
        contingency_plan=ContingencyPlan("Not sleeping for 3 nights", "Call the MS nurse",
                                         "MS nurse 01432 111111", "Music and rest"),
        actions=(Action("a1", "Open a bank account for the direct payment", "Siân",
                        date(2026, 4, 30)),),
        helpers=(Helper("h1", "Zoë Brontë", "Sister"),),
        consent_to_share=True,
        care_coordinator=CareCoordinator("Gareth Price", "Care coordinator", "01432 222222"),
        reviews=Reviews(first_review=date(2026, 6, 30)),
    )  # fmt: skip


def big_plan(n_lines: int = 300, n_outcomes: int = 40) -> Plan:
    """A plan with many support lines and outcomes, for pagination tests and the benchmark."""
    base = sample_plan()
    outcomes = tuple(
        Outcome(f"o{i}", f"Outcome number {i}: do something that matters to me",
                "Because it helps me live well.", "I and others will notice.", (i % 10) + 1,
                date(2026, 12, 31))
        for i in range(1, n_outcomes + 1)
    )  # fmt: skip
    frequencies = list(Frequency)
    managements = list(Management)
    lines = tuple(
        SupportLine(
            f"l{i}",
            f"Support line {i} — {'Zoë’s' if i % 7 == 0 else 'weekly'} help",
            f"Provider {i % 17} Ltd",
            Category.PERSONAL_ASSISTANT if i % 3 else Category.ACTIVITIES,
            Money(1000 + i * 37),
            Decimal(str(1 + i % 4)) + Decimal("0.25") * (i % 2),
            Schedule(frequencies[i % len(frequencies)]),
            managements[i % len(managements)],
            (f"o{1 + i % n_outcomes}", f"o{1 + (i * 7) % n_outcomes}"),
        )
        for i in range(1, n_lines + 1)
    )
    return Plan(
        **{
            **base.__dict__,
            "outcomes": outcomes,
            "support_lines": lines,
            "unpaid_support": (),
            "budget": Budget(Money.parse("2500000.00"), START, END,
                             Contingency(amount=Money.parse("10000.00")), "ICB"),
        }
    )  # fmt: skip


def draft_version(fingerprint: str, number: int = 3) -> VersionInfo:
    """A draft version with the given fingerprint."""
    return VersionInfo(number, VersionStatus.DRAFT, fingerprint, datetime(2026, 3, 1, 10, 0))


def agreed_version(fingerprint: str, number: int = 2) -> VersionInfo:
    """An agreed version with a recorded agreement."""
    agreement = Agreement(
        person_name="Siân Williams",
        agreed_on=date(2026, 4, 1),
        coordinator_name="Gareth Price",
        coordinator_role="Care coordinator",
        icb_approver_name="Łukasz Wiśniewski",
        icb_approver_role="PHB panel chair",
    )
    return VersionInfo(
        number, VersionStatus.AGREED, fingerprint, datetime(2026, 4, 1, 9, 0), agreement
    )
