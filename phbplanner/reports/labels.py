"""Plain-English words for the plan's coded values, and the first-person section headings."""

from __future__ import annotations

from ..domain.plan import (
    RING_ACTIVITIES,
    RING_FAMILY,
    RING_FRIENDS,
    RING_PAID,
    CommunityKind,
    Level,
    Management,
    OutcomeStatus,
    PaymentSchedule,
)
from ..domain.text import translate
from ..domain.versions import VersionInfo, VersionStatus

#: The translation context of every string in the reports. Each call spells it out as a literal
#: ``translate("PlanPdf", "…")`` so that pyside6-lupdate files the string under this context.
CONTEXT = "PlanPdf"


def section_titles() -> list[str]:
    """The 16 headings of SPEC §3, in order, written in the first person."""
    return [
        translate("PlanPdf", "About me"),
        translate("PlanPdf", "What matters to me"),
        translate("PlanPdf", "My strengths"),
        translate("PlanPdf", "My relationships"),
        translate("PlanPdf", "My community"),
        translate("PlanPdf", "My health and wellbeing needs"),
        translate("PlanPdf", "My outcomes"),
        translate("PlanPdf", "My support"),
        translate("PlanPdf", "My budget"),
        translate("PlanPdf", "How my budget is managed"),
        translate("PlanPdf", "My risks and how they are managed"),
        translate("PlanPdf", "My contingency and crisis plan"),
        translate("PlanPdf", "My action plan"),
        translate("PlanPdf", "Who helped me make this plan"),
        translate("PlanPdf", "Reviewing my plan"),
        translate("PlanPdf", "Agreeing my plan"),
    ]


def management_label(value: Management | str | None) -> str:
    """How a part of the budget is managed, in words."""
    labels = {
        Management.NOTIONAL.value: translate(
            "PlanPdf", "Notional budget (the NHS holds the money)"
        ),
        Management.THIRD_PARTY.value: translate(
            "PlanPdf", "Third party (an organisation holds the money)"
        ),
        Management.DIRECT_PAYMENT.value: translate(
            "PlanPdf", "Direct payment (paid to me or my representative)"
        ),
    }
    if value is None:
        return translate("PlanPdf", "Not yet decided")
    return labels.get(str(value), translate("PlanPdf", "Not yet decided"))


def management_short(value: Management | str | None) -> str:
    """A short name for a management option, for table cells: who pays, as a person says it."""
    labels = {
        Management.NOTIONAL.value: translate("PlanPdf", "The NHS pays"),
        Management.THIRD_PARTY.value: translate("PlanPdf", "An organisation pays"),
        Management.DIRECT_PAYMENT.value: translate("PlanPdf", "Paid to me"),
    }
    if value is None:
        return translate("PlanPdf", "Not yet decided")
    return labels.get(str(value), translate("PlanPdf", "Not yet decided"))


def status_label(status: OutcomeStatus) -> str:
    """Where an outcome stands, in words."""
    return {
        OutcomeStatus.PROPOSED: translate("PlanPdf", "Proposed"),
        OutcomeStatus.AGREED: translate("PlanPdf", "Agreed"),
        OutcomeStatus.IN_PROGRESS: translate("PlanPdf", "In progress"),
        OutcomeStatus.ACHIEVED: translate("PlanPdf", "Achieved"),
        OutcomeStatus.NO_LONGER_WANTED: translate("PlanPdf", "No longer wanted"),
    }[status]


def level_label(level: Level) -> str:
    """Low, medium or high."""
    return {
        Level.LOW: translate("PlanPdf", "Low"),
        Level.MEDIUM: translate("PlanPdf", "Medium"),
        Level.HIGH: translate("PlanPdf", "High"),
    }[level]


def community_label(kind: CommunityKind) -> str:
    """The heading for one kind of place in "My community"."""
    return {
        CommunityKind.FEEL_GOOD: translate("PlanPdf", "Places where I feel good"),
        CommunityKind.MEMBER: translate("PlanPdf", "Places where I am a member"),
        CommunityKind.CUSTOMER: translate("PlanPdf", "Places where I am a customer"),
        CommunityKind.COULD_CONNECT: translate(
            "PlanPdf", "Places where I could make new connections"
        ),
    }[kind]


def ring_label(ring: int) -> str:
    """The name of a ring of the relationship circle."""
    return {
        RING_FAMILY: translate("PlanPdf", "Family and people closest to me"),
        RING_FRIENDS: translate("PlanPdf", "Friends and unpaid support"),
        RING_ACTIVITIES: translate("PlanPdf", "People I do things with"),
        RING_PAID: translate("PlanPdf", "Paid supporters"),
    }.get(ring, translate("PlanPdf", "Other people"))


def payment_schedule_label(value: PaymentSchedule | None) -> str:
    """How often the money is paid to whoever holds it."""
    if value is None:
        return translate("PlanPdf", "Not yet decided")
    return {
        PaymentSchedule.MONTHLY: translate("PlanPdf", "Every month"),
        PaymentSchedule.FOUR_WEEKLY: translate("PlanPdf", "Every 4 weeks"),
        PaymentSchedule.QUARTERLY: translate("PlanPdf", "Every 3 months"),
    }[value]


def status_word(version: VersionInfo) -> str:
    """ "draft" or "agreed"."""
    return (
        translate("PlanPdf", "agreed")
        if version.status is VersionStatus.AGREED
        else translate("PlanPdf", "draft")
    )


def version_line(version: VersionInfo) -> str:
    """ "Plan version 3 (draft)" — as printed in the footer and on the cover."""
    return translate("PlanPdf", "Plan version {number} ({status})").format(
        number=version.number, status=status_word(version)
    )


def yes_no(value: bool | None) -> str:
    """Yes, No, or Not yet asked."""
    if value is None:
        return translate("PlanPdf", "Not yet asked")
    return translate("PlanPdf", "Yes") if value else translate("PlanPdf", "No")
