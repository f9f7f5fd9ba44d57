"""The file's history, page by page: filtered by date and by part of the file.

Every committed change writes one row of ``history`` (when, who, what, and — since schema 4 —
which part of the file it touched: a plan section's name, ``spending``, ``documents``,
``reviews``, ``versions``, ``file`` …). :func:`history_page` reads one page of it, newest first,
with the total matching the filter, so a window can show years of changes a page at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import false, func, or_, select

from ..domain.plan_fields import PLAN_SECTIONS
from ..domain.text import translate
from ..storage.models import HistoryRow
from .session import HistoryEntry, PlanSession, history_entry

_TABLE: Any = HistoryRow.__table__

#: How many changes one page holds unless asked otherwise.
PAGE_SIZE = 100


@dataclass(frozen=True)
class HistoryPart:
    """A part of the file the history can be shown for: its key, its name for people and the
    ``section`` values of the history rows it covers (``None`` in it: rows not placed)."""

    key: str
    label: Callable[[], str]
    sections: frozenset[str | None]


def _plan_labels() -> dict[str, Callable[[], str]]:
    return {
        "person": lambda: translate("History", "About me: my details"),
        "about_me": lambda: translate("History", "About me"),
        "what_matters": lambda: translate("History", "What matters to me"),
        "strengths": lambda: translate("History", "My strengths"),
        "relationships": lambda: translate("History", "My relationships"),
        "community": lambda: translate("History", "My community"),
        "needs": lambda: translate("History", "My health and wellbeing"),
        "outcomes": lambda: translate("History", "My outcomes"),
        "support_lines": lambda: translate("History", "My support: paid"),
        "unpaid_support": lambda: translate("History", "My support: unpaid"),
        "budget": lambda: translate("History", "My budget"),
        "risks": lambda: translate("History", "Risks"),
        "contingency_plan": lambda: translate("History", "Contingency plan"),
        "actions": lambda: translate("History", "Action plan"),
        "helpers": lambda: translate("History", "Who helped"),
        "consents": lambda: translate("History", "Consent records"),
        "consent_to_share": lambda: translate("History", "Consent to share"),
        "care_coordinator": lambda: translate("History", "Care coordinator"),
        "reviews": lambda: translate("History", "Reviews in the plan"),
    }


def history_parts() -> list[HistoryPart]:
    """The parts a history can be filtered by, in the order a person would look for them."""
    plan_sections = [name for name in PLAN_SECTIONS if name in _plan_labels()]
    labels = _plan_labels()
    parts = [
        HistoryPart(
            "plan",
            lambda: translate("History", "My plan (every part)"),
            frozenset([*plan_sections, "plan"]),
        ),
        *(HistoryPart(name, labels[name], frozenset([name])) for name in plan_sections),
        HistoryPart(
            "versions",
            lambda: translate("History", "Versions and agreement"),
            frozenset(["versions"]),
        ),
        HistoryPart(
            "spending", lambda: translate("History", "Spending records"), frozenset(["spending"])
        ),
        HistoryPart(
            "documents",
            lambda: translate("History", "Receipts and other documents"),
            frozenset(["documents"]),
        ),
        HistoryPart(
            "imports", lambda: translate("History", "Bank statements"), frozenset(["imports"])
        ),
        HistoryPart(
            "review_records",
            lambda: translate("History", "Reviews held"),
            frozenset(["review_records"]),
        ),
        HistoryPart(
            "returns", lambda: translate("History", "Monitoring returns"), frozenset(["returns"])
        ),
        HistoryPart(
            "file",
            lambda: translate("History", "The file: passphrase, backups, restores"),
            frozenset(["file"]),
        ),
        HistoryPart(
            "other",
            lambda: translate("History", "Other changes"),
            frozenset([None]),
        ),
    ]
    return parts


@dataclass(frozen=True)
class HistoryFilter:
    """Which changes to show: from and to a date (inclusive, the computer's own time zone) and
    the part of the file (``None``: every part)."""

    since: date | None = None
    until: date | None = None
    part: HistoryPart | None = None


@dataclass(frozen=True)
class HistoryPage:
    """One page of changes, newest first, and how many changes match the filter in all."""

    entries: list[HistoryEntry]
    total: int
    offset: int

    @property
    def first(self) -> int:
        """The position of the first change on this page (1 for the newest), 0 when empty."""
        return self.offset + 1 if self.entries else 0

    @property
    def last(self) -> int:
        """The position of the last change on this page."""
        return self.offset + len(self.entries)


def _stamp(day: date) -> str:
    """The stored (UTC) form of the first moment of ``day`` in the computer's time zone."""
    local = datetime.combine(day, time.min).astimezone()
    return local.astimezone(UTC).isoformat(timespec="microseconds")


def _conditions(wanted: HistoryFilter) -> list[Any]:
    conditions: list[Any] = []
    if wanted.since is not None:
        conditions.append(_TABLE.c.at >= _stamp(wanted.since))
    if wanted.until is not None:
        conditions.append(_TABLE.c.at < _stamp(wanted.until + timedelta(days=1)))
    if wanted.part is not None:
        named = sorted(s for s in wanted.part.sections if s is not None)
        either: list[Any] = [_TABLE.c.section.in_(named)] if named else []
        if None in wanted.part.sections:
            either.append(_TABLE.c.section.is_(None))
        conditions.append(or_(*either) if either else false())
    return conditions


def history_page(
    session: PlanSession,
    wanted: HistoryFilter | None = None,
    *,
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> HistoryPage:
    """One page of the file's history matching ``wanted``, newest first.

    ``offset`` counts from the newest matching change. Reads only that page and a count.
    """
    conditions = _conditions(wanted or HistoryFilter())
    offset = max(0, offset)
    with session.reading() as conn:
        total = int(
            conn.execute(select(func.count()).select_from(_TABLE).where(*conditions)).scalar_one()
        )
        rows = conn.execute(
            select(_TABLE)
            .where(*conditions)
            .order_by(_TABLE.c.id.desc())
            .offset(offset)
            .limit(limit)
        ).all()
    return HistoryPage([history_entry(row) for row in rows], total, offset)
