"""The review as a PDF (issue 15 item 6), with the same look, footer and fingerprint line as the
plan PDF.

``build_review_pdf`` turns plain data — a :class:`Review`, the plan version it looked at and the
earlier reviews — into an A4 document: what was reviewed, who took part, each outcome with its
rating beside the earlier ones (number, words and a small bar), what is working and not, the
evidence, the decision, the money, the next review and the signatures. A review not yet finished
carries the DRAFT mark. The bytes are reproducible: the same inputs (the production date is a
parameter) give the same file. No Qt, no storage.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, Spacer

from ..domain.fingerprint import format_fingerprint
from ..domain.plan import Plan
from ..domain.review import Review, progress_words
from ..domain.schedule import format_date
from ..domain.text import translate
from ..domain.versions import VersionInfo, VersionStatus
from .blocks import field_table, para
from .document import PageFacts, PlanDocTemplate
from .review_sections import (
    ReviewContext,
    earlier_reviews,
    next_review,
    outcomes,
    signatures,
    spending,
    what_should_change,
    who_took_part,
)
from .styles import make_theme


def build_review_pdf(
    review: Review,
    plan: Plan,
    version: VersionInfo,
    out: Path | BinaryIO,
    *,
    fingerprint: str,
    earlier: Iterable[Review] = (),
    large_print: bool = False,
    produced: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Write the PDF of ``review`` to ``out``, a path or a binary file.

    ``plan`` and ``version`` are the plan version the review looked at; ``fingerprint`` is the
    review's own (``interchange.reviews_json.review_fingerprint``), printed at the foot of every
    page; ``earlier`` holds other reviews, of which the finished ones held before this one give
    the earlier ratings. ``large_print`` sets the body in 16 pt instead of 11 pt; ``produced`` is
    the date printed as the day this copy was made (today by default).
    """
    theme = make_theme(large_print)
    ctx = ReviewContext(
        review=review,
        plan=plan,
        version=version,
        theme=theme,
        produced=produced or date.today(),
        earlier=earlier_reviews(review, earlier),
        fingerprint=fingerprint,
    )
    facts = PageFacts(
        person=ctx.person_name,
        version_line=_footer_line(ctx),
        fingerprint=format_fingerprint(fingerprint),
        draft=not review.is_finished,
    )
    target: str | BinaryIO = str(out) if isinstance(out, Path) else out
    doc = PlanDocTemplate(
        target,
        theme,
        facts,
        title=translate("ReviewPdf", "Review of the plan for {name}").format(name=ctx.person_name),
        author=ctx.person_name,
        subject=translate(
            "ReviewPdf", "Personal health budget plan review, {date}, fingerprint {fingerprint}"
        ).format(
            date=_review_date(review) or translate("ReviewPdf", "no date yet"),
            fingerprint=facts.fingerprint,
        ),
        progress=progress,
    )
    # ReportLab's invariant mode: no creation time or random document id in the file, so the
    # same review always gives the same bytes.
    doc.invariant = 1
    story: list[Flowable] = _opening(ctx)
    for section in (who_took_part, outcomes, what_should_change, spending, next_review, signatures):
        story.extend(section(ctx))
    doc.build_story(story)


def _review_date(review: Review) -> str:
    """The review's date in words, or "" when it is not written yet."""
    return format_date(review.review_date) if review.review_date is not None else ""


def _footer_line(ctx: ReviewContext) -> str:
    """ "Review of 30 June 2026 · plan version 3" — beside the name in every footer."""
    if ctx.review.review_date is None:
        return translate("ReviewPdf", "Review (no date yet) · plan version {number}").format(
            number=ctx.version.number
        )
    return translate("ReviewPdf", "Review of {date} · plan version {number}").format(
        date=_review_date(ctx.review), number=ctx.version.number
    )


def _version_text(version: VersionInfo) -> str:
    if version.status is VersionStatus.AGREED and version.agreement is not None:
        return translate("ReviewPdf", "Version {number}, agreed on {date}").format(
            number=version.number, date=format_date(version.agreement.agreed_on)
        )
    if version.status is VersionStatus.AGREED:
        return translate("ReviewPdf", "Version {number}, agreed").format(number=version.number)
    return translate("ReviewPdf", "Version {number}, draft (not yet agreed)").format(
        number=version.number
    )


def _state_text(review: Review) -> str:
    if review.is_finished:
        if review.finished is not None:
            return translate("ReviewPdf", "Finished on {date}").format(
                date=format_date(review.finished.date())
            )
        return translate("ReviewPdf", "Finished")
    return " ".join((translate("ReviewPdf", "Not finished yet."), progress_words(review)))


def _opening(ctx: ReviewContext) -> list[Flowable]:
    """The top of the first page: whose plan, which version was reviewed, when, and this copy."""
    theme, review = ctx.theme, ctx.review
    return [
        para(translate("ReviewPdf", "Personal health budget"), theme, "subtitle"),
        para(translate("ReviewPdf", "Review of my plan"), theme, "title"),
        para(ctx.person_name, theme, "name"),
        Spacer(1, theme.base),
        field_table(
            [
                (translate("ReviewPdf", "Date of the review"), _review_date(review)),
                (translate("ReviewPdf", "Plan version reviewed"), _version_text(ctx.version)),
                (
                    translate("ReviewPdf", "Fingerprint of that plan version"),
                    format_fingerprint(ctx.version.fingerprint),
                ),
                (translate("ReviewPdf", "This review is"), _state_text(review)),
                (translate("ReviewPdf", "Written down by"), review.recorded_by),
                (translate("ReviewPdf", "This copy was produced on"), format_date(ctx.produced)),
                (
                    translate("ReviewPdf", "Fingerprint of this review"),
                    format_fingerprint(ctx.fingerprint),
                ),
            ],
            theme,
        ),
    ]
