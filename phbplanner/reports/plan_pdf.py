"""The plan as a PDF ready for sign-off (SPEC §3, issue 5).

``build_plan_pdf`` turns plain data — a :class:`Plan` and its :class:`VersionInfo` — into an A4
document: cover, contents, the 16 sections in order, the budget pages and the agreement page,
with the footer and (on drafts) the DRAFT mark on every page. No Qt, no storage.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable

from ..domain.costing import cost_plan
from ..domain.fingerprint import format_fingerprint
from ..domain.plan import Plan
from ..domain.text import translate
from ..domain.versions import VersionInfo, VersionStatus
from . import budget_figures, budget_pages, sections_me, sections_plan
from .agreement import agreement_section
from .context import ReportContext
from .cover import contents, cover
from .document import PageFacts, PlanDocTemplate
from .labels import status_word, version_line
from .styles import make_theme


def build_plan_pdf(
    plan: Plan,
    version: VersionInfo,
    out: Path | BinaryIO,
    *,
    large_print: bool = False,
    produced: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Write the plan PDF of ``plan`` (as ``version``) to ``out``, a path or a binary file.

    ``large_print`` sets the body in 16 pt instead of 11 pt with the same content; ``produced``
    is the date printed on the cover (today by default); ``progress(done, total)`` is called as
    the document is laid out.
    """
    theme = make_theme(large_print)
    ctx = ReportContext(
        plan=plan,
        version=version,
        costing=cost_plan(plan),
        theme=theme,
        produced=produced or date.today(),
        outcome_numbers={outcome.id: n for n, outcome in enumerate(plan.outcomes, start=1)},
    )
    facts = PageFacts(
        person=ctx.person_name,
        version_line=version_line(version),
        fingerprint=format_fingerprint(version.fingerprint),
        draft=version.status is not VersionStatus.AGREED,
    )
    target: str | BinaryIO = str(out) if isinstance(out, Path) else out
    doc = PlanDocTemplate(
        target,
        theme,
        facts,
        title=translate("PlanPdf", "Personalised care and support plan for {name}").format(
            name=ctx.person_name
        ),
        author=ctx.person_name,
        subject=translate(
            "PlanPdf",
            "Personal health budget plan, version {number} ({status}), fingerprint {fingerprint}",
        ).format(number=version.number, status=status_word(version), fingerprint=facts.fingerprint),
        progress=progress,
    )
    story: list[Flowable] = [*cover(ctx), *contents(ctx)]
    for section in (
        sections_me.about_me,
        sections_me.what_matters,
        sections_me.strengths,
        sections_me.relationships,
        sections_me.community,
        sections_me.needs,
        sections_me.outcomes,
        budget_pages.my_support,
        budget_figures.my_budget,
        sections_plan.managed,
        sections_plan.risks,
        sections_plan.contingency_plan,
        sections_plan.actions,
        sections_plan.helpers,
        sections_plan.reviews,
        agreement_section,
    ):
        story.extend(section(ctx))
    doc.build_story(story)
