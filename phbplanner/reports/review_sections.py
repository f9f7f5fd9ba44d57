"""The sections of the review PDF: who took part, each outcome, decisions, money, signatures."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, KeepTogether, Spacer

from ..domain.money import Money
from ..domain.plan import Plan
from ..domain.review import (
    OutcomeReview,
    Review,
    SpendingFigure,
    decision_label,
    finished_reviews,
    rating_words,
    scale_anchors,
    status_label,
)
from ..domain.schedule import format_date
from ..domain.text import translate
from ..domain.versions import VersionInfo
from .agreement import signature_table
from .blocks import (
    Cell,
    data_table,
    field_table,
    not_written,
    para,
    question,
    section_start,
)
from .fonts import REGULAR, text_width
from .rating_bar import bar_size, rating_bar
from .styles import Theme


@dataclass(frozen=True)
class ReviewContext:
    """The review, the plan version it looked at, earlier reviews and the look of the document."""

    review: Review
    plan: Plan
    version: VersionInfo
    theme: Theme
    produced: date
    earlier: tuple[Review, ...]  # finished reviews before this one, oldest first
    fingerprint: str  # the review's own, 64 hex digits

    @property
    def person_name(self) -> str:
        """The person's name, or a placeholder when it is not yet written."""
        return self.plan.person.name.strip() or translate("ReviewPdf", "(name not yet written)")

    def earlier_ratings(self, outcome_ref: str) -> list[tuple[date, OutcomeReview]]:
        """What the earlier reviews found for one outcome, oldest first."""
        found = []
        for review in self.earlier:
            item = review.outcome(outcome_ref)
            if item is not None and review.review_date is not None:
                found.append((review.review_date, item))
        return found


def earlier_reviews(review: Review, others: Iterable[Review]) -> tuple[Review, ...]:
    """The finished reviews held before ``review`` (by date, then by id), oldest first."""
    done = [
        r
        for r in finished_reviews(others)
        if r is not review and (r.id is None or r.id != review.id)
    ]
    if review.review_date is None:
        return tuple(done)
    mine = (review.review_date, review.id or 0)
    return tuple(r for r in done if r.review_date is not None and (r.review_date, r.id or 0) < mine)


def section_titles() -> list[str]:
    """The headings of the review PDF, in order."""
    return [
        translate("ReviewPdf", "Who took part"),
        translate("ReviewPdf", "How my outcomes are going"),
        translate("ReviewPdf", "What should change"),
        translate("ReviewPdf", "The money: planned and spent"),
        translate("ReviewPdf", "My next review"),
        translate("ReviewPdf", "Agreeing this review"),
    ]


def who_took_part(ctx: ReviewContext) -> list[Flowable]:
    """Section 1: the people at the review and who they are."""
    theme = ctx.theme
    story = section_start(1, section_titles()[0], theme)
    people = [p for p in ctx.review.participants if p.name.strip()]
    if not people:
        return [*story, not_written(theme)]
    width = theme.frame_width
    rows: list[list[Cell]] = [[p.name, p.role] for p in people]
    header = [translate("ReviewPdf", "Name"), translate("ReviewPdf", "Who they are")]
    story.append(data_table(header, rows, [width * 0.5, width * 0.5], theme))
    return story


def _scale_note(theme: Theme) -> Flowable:
    anchors = "; ".join(
        translate("ReviewPdf", "{rating} is “{words}”").format(rating=rating, words=words)
        for rating, words in scale_anchors()
    )
    return para(
        translate(
            "ReviewPdf",
            "Each outcome is given a number from 0 to 10 for how far it has come: {anchors}. "
            "The filled boxes show the same number.",
        ).format(anchors=anchors),
        theme,
        "muted",
    )


def _rating_rows(ctx: ReviewContext, item: OutcomeReview) -> list[list[Cell]]:
    """Earlier ratings oldest first, then this review's in bold."""
    theme = ctx.theme
    points: list[tuple[str, OutcomeReview, str]] = [
        (format_date(when), found, "cell") for when, found in ctx.earlier_ratings(item.outcome_ref)
    ]
    this = ctx.review.review_date
    points.append(
        (
            translate("ReviewPdf", "{date}\n(this review)").format(date=format_date(this))
            if this is not None
            else translate("ReviewPdf", "This review"),
            item,
            "cell_bold",
        )
    )
    rows: list[list[Cell]] = []
    for when, found, style in points:
        if found.rating is None:
            rows.append([para(when, theme, style), para(rating_words(None), theme, style), ""])
            continue
        score = translate("ReviewPdf", "{rating} out of 10").format(rating=found.rating)
        rows.append(
            [
                para(when, theme, style),
                para(f"{score}\n{rating_words(found.rating)}", theme, style),
                rating_bar(found.rating, theme),
            ]
        )
    return rows


def _outcome_block(ctx: ReviewContext, number: int, item: OutcomeReview) -> list[Flowable]:
    theme = ctx.theme
    title = item.title.strip() or translate("ReviewPdf", "(no title yet)")
    heading = (
        translate("ReviewPdf", "Outcome {number}: {title} (new at this review)")
        if item.added
        else translate("ReviewPdf", "Outcome {number}: {title}")
    ).format(number=number, title=title)
    width = theme.frame_width
    bar_w = bar_size(theme)[0] + theme.base * 1.2
    when_w = theme.base * 11
    header = [
        translate("ReviewPdf", "When"),
        translate("ReviewPdf", "Rating"),
        translate("ReviewPdf", "Boxes"),
    ]
    rating_w = width - when_w - bar_w
    ratings = data_table(header, _rating_rows(ctx, item), [when_w, rating_w, bar_w], theme)
    details = field_table(
        [
            (translate("ReviewPdf", "What happens next"), status_label(item.new_status)),
            (translate("ReviewPdf", "What is working"), item.working),
            (translate("ReviewPdf", "What is not working"), item.not_working),
            (translate("ReviewPdf", "How we know (evidence)"), item.evidence),
        ],
        theme,
    )
    # kept on one page where it fits (by the caller): ratings and findings read together
    return [para(heading, theme, "h2"), ratings, Spacer(1, theme.base * 0.6), details]


def outcomes(ctx: ReviewContext) -> list[Flowable]:
    """Section 2: each outcome with its rating beside the earlier ones, and what was found."""
    theme = ctx.theme
    story = section_start(2, section_titles()[1], theme)
    if not ctx.review.outcomes:
        story.append(para(translate("ReviewPdf", "This review looked at no outcomes."), theme))
        return story
    blocks = [_outcome_block(ctx, n, item) for n, item in enumerate(ctx.review.outcomes, 1)]
    # the heading and the note on the scale stay with the first outcome, never alone at a foot
    # (ReportLab cannot nest one KeepTogether in another)
    return [
        story[0],
        KeepTogether([*story[1:], _scale_note(theme), *blocks[0]]),
        *(KeepTogether(block) for block in blocks[1:]),
    ]


def what_should_change(ctx: ReviewContext) -> list[Flowable]:
    """Section 3: the decision about the plan and what should change overall."""
    theme, review = ctx.theme, ctx.review
    story = section_start(3, section_titles()[2], theme)
    story.append(
        field_table(
            [(translate("ReviewPdf", "What we decided"), decision_label(review.decision))], theme
        )
    )
    story.extend(question(translate("ReviewPdf", "What should change"), review.overall, theme))
    return story


def _difference(figure: SpendingFigure) -> str:
    difference = figure.difference
    if difference.pence < 0:
        return translate("ReviewPdf", "{amount} more spent").format(amount=(-difference).format())
    if difference.pence > 0:
        return translate("ReviewPdf", "{amount} less spent").format(amount=difference.format())
    return translate("ReviewPdf", "as planned")


def _money_table(
    first: str, figures: tuple[SpendingFigure, ...], theme: Theme, *, total: bool
) -> Flowable:
    width = theme.frame_width
    rows: list[list[Cell]] = [
        [f.label or f.key, f.planned.format(), f.spent.format(), _difference(f)] for f in figures
    ]
    if total:
        planned = Money.total(f.planned for f in figures)
        spent = Money.total(f.spent for f in figures)
        rows.append(
            [
                translate("ReviewPdf", "Total"),
                planned.format(),
                spent.format(),
                _difference(SpendingFigure("", "", planned, spent)),
            ]
        )
    header = [
        first,
        translate("ReviewPdf", "Planned"),
        translate("ReviewPdf", "Spent"),
        translate("ReviewPdf", "Difference"),
    ]
    # amounts as wide as a five-figure sum; the difference on one line where it can be; the
    # names keep at least 30% of the width (large print wraps the difference instead)
    pad = theme.base * 1.2
    amount_w = text_width("£99,999.99", REGULAR, theme.base) + pad
    differences = [row[3] for row in rows if isinstance(row[3], str)]
    longest = max((text_width(text, REGULAR, theme.base) for text in differences), default=0.0)
    diff_w = min(longest + pad, width - 2 * amount_w - width * 0.3)
    widths = [width - 2 * amount_w - diff_w, amount_w, amount_w, diff_w]
    return data_table(
        header, rows, widths, theme, right=(1, 2, 3), total_rows=int(total), plain=(1, 2)
    )


def spending(ctx: ReviewContext) -> list[Flowable]:
    """Section 4: planned against spent at the time of the review, by support and by outcome."""
    theme, picture = ctx.theme, ctx.review.spending
    story = section_start(4, section_titles()[3], theme)
    if picture is None or picture.empty:
        story.append(
            para(
                translate("ReviewPdf", "No spending figures were kept with this review."),
                theme,
                "empty",
            )
        )
        return story
    if picture.as_of is not None:
        story.append(
            para(
                translate("ReviewPdf", "What was planned and what was spent up to {date}.").format(
                    date=format_date(picture.as_of)
                ),
                theme,
            )
        )
    if picture.lines:
        story.append(para(translate("ReviewPdf", "By support"), theme, "h3"))
        story.append(
            _money_table(translate("ReviewPdf", "Support"), picture.lines, theme, total=True)
        )
    if picture.outcomes:
        story.append(para(translate("ReviewPdf", "By outcome"), theme, "h3"))
        story.append(
            _money_table(translate("ReviewPdf", "Outcome"), picture.outcomes, theme, total=False)
        )
    if picture.note.strip():
        story.append(Spacer(1, theme.base * 0.5))
        story.append(para(picture.note, theme, "muted"))
    return story


def next_review(ctx: ReviewContext) -> list[Flowable]:
    """Section 5: the date of the next review."""
    theme, review = ctx.theme, ctx.review
    story = section_start(5, section_titles()[4], theme)
    if review.next_review is None:
        story.append(para(translate("ReviewPdf", "The date is not chosen yet."), theme, "empty"))
        return story
    story.append(
        para(
            translate("ReviewPdf", "My next review will be on {date}.").format(
                date=format_date(review.next_review)
            ),
            theme,
        )
    )
    return story


def signatures(ctx: ReviewContext) -> list[Flowable]:
    """Section 6: what the signatures agree to, and the signature blocks."""
    theme, review, plan = ctx.theme, ctx.review, ctx.plan
    story = section_start(6, section_titles()[5], theme)
    when = (
        format_date(review.review_date)
        if review.review_date is not None
        else translate("ReviewPdf", "(date not yet written)")
    )
    story.append(
        para(
            translate(
                "ReviewPdf",
                "By signing below we agree that this is a true record of the review of the plan "
                "for {name}. The review was held on {date}.",
            ).format(name=ctx.person_name, date=when),
            theme,
        )
    )
    coordinator = plan.care_coordinator
    blocks: list[Flowable] = []
    blocks.append(
        signature_table(
            translate("ReviewPdf", "Me, or my representative"),
            [
                (translate("PlanPdf", "Printed name"), plan.person.name),
                (translate("PlanPdf", "Relationship to me, if a representative signs"), ""),
                (translate("PlanPdf", "Signature"), ""),
                (translate("PlanPdf", "Date"), ""),
            ],
            theme,
        )
    )
    blocks.append(
        signature_table(
            translate("ReviewPdf", "My care coordinator"),
            [
                (translate("PlanPdf", "Printed name"), coordinator.name),
                (translate("PlanPdf", "Role"), coordinator.role),
                (translate("PlanPdf", "Signature"), ""),
                (translate("PlanPdf", "Date"), ""),
            ],
            theme,
        )
    )
    # the heading, what is agreed and both blocks on one page: a signature never sits apart from
    # what it signs
    spaced = [part for block in blocks for part in (block, Spacer(1, theme.base * 0.8))]
    return [story[0], KeepTogether([*story[1:], *spaced])]
