"""Sections 1–7 of the plan: about me, what matters, strengths, relationships, community,
health and wellbeing needs, and outcomes."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from ..domain.money import Money
from ..domain.nhs import format_nhs_number
from ..domain.plan import RINGS, CommunityKind, Plan, StrengthKind
from ..domain.text import translate
from .blocks import data_table, esc, field_table, not_written, para, question, section_start
from .circle import relationship_circle
from .context import ReportContext, maybe_date
from .labels import community_label, ring_label, section_titles, status_label
from .styles import LIGHT_RULE, Theme, plain_style


def _bullets(items: list[str], theme: Theme) -> list[Flowable]:
    return [Paragraph(esc(item), theme["bullet"], bulletText="•") for item in items if item.strip()]


def _side_by_side(pairs: list[tuple[str, str]], theme: Theme) -> Table:
    """Two questions shown next to each other, as the About Me standard keeps them."""
    width = theme.frame_width / 2
    heads = [para(head, theme, "cell_bold") for head, _ in pairs]
    bodies: list[list[Flowable]] = []
    for _, text in pairs:
        chunks = [chunk for chunk in text.strip().split("\n\n") if chunk.strip()]
        bodies.append([para(c, theme, "cell") for c in chunks] or [not_written(theme)])
    pad = theme.base * 0.5
    return Table(
        [heads, bodies],
        colWidths=[width, width],
        splitInRow=1,
        repeatRows=1,
        style=plain_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), pad * 0.8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
                ("LINEBELOW", (0, 0), (-1, 0), 1, LIGHT_RULE),
                ("BOX", (0, 0), (-1, -1), 0.75, LIGHT_RULE),
                ("LINEBEFORE", (1, 0), (1, -1), 0.75, LIGHT_RULE),
            ]
        ),
        hAlign="LEFT",
    )


def about_me(ctx: ReportContext) -> list[Flowable]:
    """Section 1: details and the About Me questions."""
    theme, plan = ctx.theme, ctx.plan
    person, about = plan.person, plan.about_me
    story: list[Flowable] = section_start(1, section_titles()[0], theme)
    contact = "\n".join(part for part in (person.phone, person.email) if part.strip())
    story.append(
        field_table(
            [
                (translate("PlanPdf", "My name"), person.name),
                (translate("PlanPdf", "I like to be called"), person.preferred_name),
                (translate("PlanPdf", "Date of birth"), maybe_date(person.date_of_birth)),
                (translate("PlanPdf", "NHS number"), format_nhs_number(person.nhs_number)),
                (translate("PlanPdf", "Address"), person.address),
                (translate("PlanPdf", "Phone and email"), contact),
                (translate("PlanPdf", "GP practice"), person.gp_practice),
            ],
            theme,
        )
    )
    questions = [
        (translate("PlanPdf", "What is most important to me"), about.most_important),
        (translate("PlanPdf", "People who are important to me"), about.people_important),
        (
            translate("PlanPdf", "How I communicate and how to communicate with me"),
            about.communication,
        ),
        (translate("PlanPdf", "My wellness"), about.wellness),
        (translate("PlanPdf", "Please do"), about.please_do),
        (translate("PlanPdf", "Please don't"), about.please_dont),
        (translate("PlanPdf", "How and when to support me"), about.how_to_support),
        (translate("PlanPdf", "Also worth knowing about me"), about.also_worth_knowing),
    ]
    for heading, text in questions:
        story.extend(question(heading, text, theme))
    story.append(Spacer(1, theme.base * 0.6))
    story.append(
        field_table(
            [
                (translate("PlanPdf", "Who supported me to write this"), about.supported_by),
                (translate("PlanPdf", "Date last updated"), maybe_date(about.last_updated)),
            ],
            theme,
        )
    )
    return story


def what_matters(ctx: ReportContext) -> list[Flowable]:
    """Section 2: important to me and for me, side by side; a good day and a bad day."""
    theme, matters = ctx.theme, ctx.plan.what_matters
    story = section_start(2, section_titles()[1], theme)
    if not any(
        (matters.important_to_me, matters.important_for_me, matters.good_day, matters.bad_day)
    ):
        return [*story, not_written(theme)]
    story.append(
        _side_by_side(
            [
                (translate("PlanPdf", "Important to me"), matters.important_to_me),
                (
                    translate("PlanPdf", "Important for me (my health and safety)"),
                    matters.important_for_me,
                ),
            ],
            theme,
        )
    )
    story.append(Spacer(1, theme.base))
    story.append(
        _side_by_side(
            [
                (translate("PlanPdf", "A good day"), matters.good_day),
                (translate("PlanPdf", "A bad day"), matters.bad_day),
            ],
            theme,
        )
    )
    return story


def strengths(ctx: ReportContext) -> list[Flowable]:
    """Section 3: what people admire about me and what I can do myself."""
    theme, plan = ctx.theme, ctx.plan
    story = section_start(3, section_titles()[2], theme)
    if not any(item.text.strip() for item in plan.strengths):
        return [*story, not_written(theme)]
    for kind, heading in (
        (StrengthKind.ADMIRED, translate("PlanPdf", "What people like and admire about me")),
        (StrengthKind.CAN_DO, translate("PlanPdf", "What I can do myself")),
    ):
        story.append(para(heading, theme, "h3"))
        items = [item.text for item in plan.strengths if item.kind is kind]
        story.extend(_bullets(items, theme) or [not_written(theme)])
    return story


def relationships(ctx: ReportContext) -> list[Flowable]:
    """Section 4: the relationship circle as a diagram, then everyone in a list by ring."""
    theme, plan = ctx.theme, ctx.plan
    story = section_start(4, section_titles()[3], theme)
    if not plan.relationships:
        return [*story, not_written(theme)]
    story.append(relationship_circle(ctx))
    story.append(Spacer(1, theme.base))
    width = theme.frame_width
    widths = [width * 0.26, width * 0.2, width * 0.34, width * 0.2]
    header = [
        translate("PlanPdf", "Name"),
        translate("PlanPdf", "Who they are"),
        translate("PlanPdf", "What they do for me"),
        translate("PlanPdf", "How often"),
    ]
    for ring in RINGS:
        people = [person for person in plan.relationships if person.ring == ring]
        if not people:
            continue
        rows = []
        for person in people:
            name = person.name
            if person.same_household:
                name = translate("PlanPdf", "{name} (lives with me)").format(name=name)
            rows.append([name, person.relationship, person.what_they_do, person.how_often])
        story.append(
            para(
                translate("PlanPdf", "Ring {ring}: {label}").format(
                    ring=ring, label=ring_label(ring)
                ),
                theme,
                "h3",
            )
        )
        story.append(data_table(header, rows, widths, theme))
    return story


def community(ctx: ReportContext) -> list[Flowable]:
    """Section 5: places in my community, by kind."""
    theme, plan = ctx.theme, ctx.plan
    story = section_start(5, section_titles()[4], theme)
    if not plan.community:
        return [*story, not_written(theme)]
    for kind in CommunityKind:
        places = [place for place in plan.community if place.kind is kind]
        story.append(para(community_label(kind), theme, "h3"))
        items = [
            f"{place.name} — {place.notes}" if place.notes.strip() else place.name
            for place in places
        ]
        story.extend(
            _bullets(items, theme) or [para(translate("PlanPdf", "None written"), theme, "empty")]
        )
    return story


def needs(ctx: ReportContext) -> list[Flowable]:
    """Section 6: needs in my words and, where given, in clinical terms."""
    theme, plan = ctx.theme, ctx.plan
    story = section_start(6, section_titles()[5], theme)
    if not plan.needs:
        return [*story, not_written(theme)]
    for number, need in enumerate(plan.needs, start=1):
        block: list[Flowable] = [
            Paragraph(
                esc(need.description or translate("PlanPdf", "Not yet written")),
                theme["bullet"],
                bulletText=f"{number}.",
            )
        ]
        if need.clinical_terms.strip():
            block.append(
                Paragraph(
                    esc(
                        translate("PlanPdf", "In clinical terms: {terms}").format(
                            terms=need.clinical_terms
                        )
                    ),
                    theme["bullet_note"],
                )
            )
        story.append(KeepTogether(block))
    return story


def _served_by(ctx: ReportContext, outcome_id: str) -> str:
    plan: Plan = ctx.plan
    lines = [line for line in plan.support_lines if outcome_id in line.outcomes]
    unpaid = [item.who for item in plan.unpaid_support if outcome_id in item.outcomes]
    parts = []
    amount = ctx.costing.by_outcome.get(outcome_id, Money(0)).format()
    if len(lines) == 1:
        parts.append(
            translate("PlanPdf", "1 paid support line, {amount} of the budget").format(
                amount=amount
            )
        )
    elif lines:
        parts.append(
            translate("PlanPdf", "{count} paid support lines, {amount} of the budget").format(
                count=len(lines), amount=amount
            )
        )
    if unpaid:
        parts.append(
            translate("PlanPdf", "unpaid support from {who}").format(
                who=", ".join(w for w in unpaid if w)
            )
        )
    return "; ".join(parts) if parts else translate("PlanPdf", "Nothing yet")


def outcomes(ctx: ReportContext) -> list[Flowable]:
    """Section 7: each outcome with why it matters, what success looks like, and its status."""
    theme, plan = ctx.theme, ctx.plan
    story = section_start(7, section_titles()[6], theme)
    if not plan.outcomes:
        return [*story, not_written(theme)]
    for outcome in plan.outcomes:
        number = ctx.outcome_numbers[outcome.id]
        title = translate("PlanPdf", "Outcome {number}: {title}").format(
            number=number, title=outcome.title or translate("PlanPdf", "Not yet written")
        )
        importance = (
            translate("PlanPdf", "{value} out of 10").format(value=outcome.importance)
            if outcome.importance is not None
            else ""
        )
        table = field_table(
            [
                (translate("PlanPdf", "Why this matters to me"), outcome.why_it_matters),
                (translate("PlanPdf", "What success looks like"), outcome.success_looks_like),
                (translate("PlanPdf", "How important (1 to 10)"), importance),
                (translate("PlanPdf", "Target date"), maybe_date(outcome.target_date)),
                (translate("PlanPdf", "Where it stands"), status_label(outcome.status)),
                (translate("PlanPdf", "Support for this outcome"), _served_by(ctx, outcome.id)),
            ],
            theme,
        )
        story.append(para(title, theme, "h2"))
        story.append(table)
    return story
