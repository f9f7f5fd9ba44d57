"""Everything a section of the report needs, worked out once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.costing import PlanCosting
from ..domain.plan import Plan
from ..domain.schedule import format_date
from ..domain.text import translate
from ..domain.versions import VersionInfo
from .styles import Theme


@dataclass(frozen=True)
class ReportContext:
    """The plan, its version, its costing and the look of the document."""

    plan: Plan
    version: VersionInfo
    costing: PlanCosting
    theme: Theme
    produced: date
    outcome_numbers: dict[str, int]

    @property
    def person_name(self) -> str:
        """The person's name, or a placeholder when it is not yet written."""
        return self.plan.person.name.strip() or translate("PlanPdf", "(name not yet written)")

    def outcome_refs(self, ids: tuple[str, ...]) -> str:
        """Outcome ids as their numbers in the plan ("1, 3"), or a dash when there are none."""
        numbers = sorted({self.outcome_numbers[oid] for oid in ids if oid in self.outcome_numbers})
        return ", ".join(str(number) for number in numbers) if numbers else "–"

    def period_text(self) -> str:
        """ "6 April 2026 to 5 April 2027", or a note that the period is not set."""
        budget = self.plan.budget
        if budget.period_start and budget.period_end:
            return translate("PlanPdf", "{start} to {end}").format(
                start=format_date(budget.period_start), end=format_date(budget.period_end)
            )
        return translate("PlanPdf", "Not yet set")

    def indicative_text(self) -> str:
        """The indicative budget as "£1,234.50", or a note that it is not set."""
        indicative = self.plan.budget.indicative
        return (
            indicative.format() if indicative is not None else translate("PlanPdf", "Not yet set")
        )


def maybe_date(value: date | None) -> str:
    """A date in words, or an empty string."""
    return format_date(value) if value else ""
