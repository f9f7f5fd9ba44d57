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

CONTEXT = "PlanPdf"


def tr(text: str) -> str:
    """Translate a string of the plan PDF."""
    return translate(CONTEXT, text)


def section_titles() -> list[str]:
    """The 16 headings of SPEC §3, in order, written in the first person."""
    return [
        tr("About me"),
        tr("What matters to me"),
        tr("My strengths"),
        tr("My relationships"),
        tr("My community"),
        tr("My health and wellbeing needs"),
        tr("My outcomes"),
        tr("My support"),
        tr("My budget"),
        tr("How my budget is managed"),
        tr("My risks and how they are managed"),
        tr("My contingency and crisis plan"),
        tr("My action plan"),
        tr("Who helped me make this plan"),
        tr("Reviewing my plan"),
        tr("Agreeing my plan"),
    ]


def management_label(value: Management | str | None) -> str:
    """How a part of the budget is managed, in words."""
    labels = {
        Management.NOTIONAL.value: tr("Notional budget (the NHS holds the money)"),
        Management.THIRD_PARTY.value: tr("Third party (an organisation holds the money)"),
        Management.DIRECT_PAYMENT.value: tr("Direct payment (paid to me or my representative)"),
    }
    if value is None:
        return tr("Not yet decided")
    return labels.get(str(value), tr("Not yet decided"))


def management_short(value: Management | str | None) -> str:
    """A short name for a management option, for table cells."""
    labels = {
        Management.NOTIONAL.value: tr("Notional"),
        Management.THIRD_PARTY.value: tr("Third party"),
        Management.DIRECT_PAYMENT.value: tr("Direct payment"),
    }
    if value is None:
        return tr("Not yet decided")
    return labels.get(str(value), tr("Not yet decided"))


def status_label(status: OutcomeStatus) -> str:
    """Where an outcome stands, in words."""
    return {
        OutcomeStatus.PROPOSED: tr("Proposed"),
        OutcomeStatus.AGREED: tr("Agreed"),
        OutcomeStatus.IN_PROGRESS: tr("In progress"),
        OutcomeStatus.ACHIEVED: tr("Achieved"),
        OutcomeStatus.NO_LONGER_WANTED: tr("No longer wanted"),
    }[status]


def level_label(level: Level) -> str:
    """Low, medium or high."""
    return {Level.LOW: tr("Low"), Level.MEDIUM: tr("Medium"), Level.HIGH: tr("High")}[level]


def community_label(kind: CommunityKind) -> str:
    """The heading for one kind of place in "My community"."""
    return {
        CommunityKind.FEEL_GOOD: tr("Places where I feel good"),
        CommunityKind.MEMBER: tr("Places where I am a member"),
        CommunityKind.CUSTOMER: tr("Places where I am a customer"),
        CommunityKind.COULD_CONNECT: tr("Places where I could make new connections"),
    }[kind]


def ring_label(ring: int) -> str:
    """The name of a ring of the relationship circle."""
    return {
        RING_FAMILY: tr("Family and people closest to me"),
        RING_FRIENDS: tr("Friends and unpaid support"),
        RING_ACTIVITIES: tr("People I do things with"),
        RING_PAID: tr("Paid supporters"),
    }.get(ring, tr("Other people"))


def payment_schedule_label(value: PaymentSchedule | None) -> str:
    """How often the money is paid to whoever holds it."""
    if value is None:
        return tr("Not yet decided")
    return {
        PaymentSchedule.MONTHLY: tr("Every month"),
        PaymentSchedule.FOUR_WEEKLY: tr("Every 4 weeks"),
        PaymentSchedule.QUARTERLY: tr("Every 3 months"),
    }[value]


def status_word(version: VersionInfo) -> str:
    """ "draft" or "agreed"."""
    return tr("agreed") if version.status is VersionStatus.AGREED else tr("draft")


def version_line(version: VersionInfo) -> str:
    """ "Plan version 3 (draft)" — as printed in the footer and on the cover."""
    return tr("Plan version {number} ({status})").format(
        number=version.number, status=status_word(version)
    )


def yes_no(value: bool | None) -> str:
    """Yes, No, or Not yet asked."""
    if value is None:
        return tr("Not yet asked")
    return tr("Yes") if value else tr("No")
