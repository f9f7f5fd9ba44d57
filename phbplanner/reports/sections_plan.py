"""Sections 10–15 of the plan: management, risks, contingency plan, actions, helpers, reviews."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from ..domain.plan import ConsentRecord, Management
from ..domain.text import translate
from .blocks import data_table, field_table, not_written, para, question, section_start
from .context import ReportContext, maybe_date
from .labels import (
    level_label,
    management_label,
    payment_schedule_label,
    section_titles,
    yes_no,
)


def managed(ctx: ReportContext) -> list[Flowable]:
    """Section 10: how the money is managed, who holds it, how often it is paid."""
    theme, budget, costing = ctx.theme, ctx.plan.budget, ctx.costing
    story = section_start(10, section_titles()[9], theme)
    used = [m for m in Management if m.value in costing.by_management]
    if not (budget.management_summary or budget.holder or budget.payment_schedule or used):
        return [*story, not_written(theme)]
    story.extend(
        question(translate("PlanPdf", "How my budget is managed"), budget.management_summary, theme)
    )
    story.append(Spacer(1, theme.base * 0.5))
    story.append(
        field_table(
            [
                (translate("PlanPdf", "Who holds the money"), budget.holder),
                (
                    translate("PlanPdf", "How often the money is paid"),
                    payment_schedule_label(budget.payment_schedule)
                    if budget.payment_schedule
                    else "",
                ),
            ],
            theme,
        )
    )
    if used:
        story.append(para(translate("PlanPdf", "The ways my support is paid for"), theme, "h3"))
        for option in used:
            amount = costing.by_management[option.value].format()
            story.append(
                para(
                    translate("PlanPdf", "{how}: {amount}").format(
                        how=management_label(option), amount=amount
                    ),
                    theme,
                )
            )
    if "unstated" in costing.by_management:
        story.append(
            para(
                translate(
                    "PlanPdf", "Support not yet given a way of being managed: {amount}"
                ).format(amount=costing.by_management["unstated"].format()),
                theme,
            )
        )
    return story


def risks(ctx: ReportContext) -> list[Flowable]:
    """Section 11: each risk, how likely and serious, what reduces it and who acts."""
    theme, plan = ctx.theme, ctx.plan
    story = section_start(11, section_titles()[10], theme)
    if not plan.risks:
        return [*story, not_written(theme)]
    width = theme.frame_width
    header = [
        translate("PlanPdf", "Risk"),
        translate("PlanPdf", "How likely"),
        translate("PlanPdf", "How serious"),
        translate("PlanPdf", "What reduces it"),
        translate("PlanPdf", "Who acts"),
    ]
    level_w = theme.base * 6.2
    rest = width - 2 * level_w
    widths = [rest * 0.32, level_w, level_w, rest * 0.43, rest * 0.25]
    rows: list[list[Flowable | str]] = [
        [
            risk.risk,
            level_label(risk.likelihood),
            level_label(risk.impact),
            risk.mitigation,
            risk.who,
        ]
        for risk in plan.risks
    ]
    story.append(data_table(header, rows, widths, theme))
    return story


def contingency_plan(ctx: ReportContext) -> list[Flowable]:
    """Section 12: signs of a crisis, what should happen, whom to contact, how I cope."""
    theme, cp = ctx.theme, ctx.plan.contingency_plan
    story = section_start(12, section_titles()[11], theme)
    if not any((cp.triggers, cp.what_should_happen, cp.who_to_contact, cp.coping_strategies)):
        return [*story, not_written(theme)]
    story.extend(
        question(translate("PlanPdf", "Signs that things are not going well"), cp.triggers, theme)
    )
    story.extend(question(translate("PlanPdf", "What should happen"), cp.what_should_happen, theme))
    story.extend(question(translate("PlanPdf", "Who to contact"), cp.who_to_contact, theme))
    story.extend(question(translate("PlanPdf", "What helps me cope"), cp.coping_strategies, theme))
    return story


def actions(ctx: ReportContext) -> list[Flowable]:
    """Section 13: who does what by when."""
    theme, plan = ctx.theme, ctx.plan
    story = section_start(13, section_titles()[12], theme)
    if not plan.actions:
        return [*story, not_written(theme)]
    width = theme.frame_width
    date_w = theme.base * 9.5
    done_w = theme.base * 4.5
    rest = width - date_w - done_w
    rows: list[list[Flowable | str]] = [
        [
            action.what,
            action.who,
            maybe_date(action.by_when),
            translate("PlanPdf", "Done") if action.done else "",
        ]
        for action in plan.actions
    ]
    header = [
        translate("PlanPdf", "What needs to happen"),
        translate("PlanPdf", "Who"),
        translate("PlanPdf", "By when"),
        translate("PlanPdf", "Done"),
    ]
    story.append(data_table(header, rows, [rest * 0.62, rest * 0.38, date_w, done_w], theme))
    return story


def helpers(ctx: ReportContext) -> list[Flowable]:
    """Section 14: people who helped, the care coordinator and consent to share."""
    theme, plan = ctx.theme, ctx.plan
    story = section_start(14, section_titles()[13], theme)
    coordinator = plan.care_coordinator
    if not (plan.helpers or coordinator.name or plan.consent_to_share is not None or plan.consents):
        return [*story, not_written(theme)]
    story.append(para(translate("PlanPdf", "People who helped"), theme, "h3"))
    if plan.helpers:
        width = theme.frame_width
        rows: list[list[Flowable | str]] = [[h.name, h.role] for h in plan.helpers]
        story.append(
            data_table(
                [translate("PlanPdf", "Name"), translate("PlanPdf", "Role")],
                rows,
                [width * 0.5, width * 0.5],
                theme,
            )
        )
    else:
        story.append(not_written(theme))
    story.append(para(translate("PlanPdf", "My care coordinator"), theme, "h3"))
    story.append(
        field_table(
            [
                (translate("PlanPdf", "Name"), coordinator.name),
                (translate("PlanPdf", "Role"), coordinator.role),
                (translate("PlanPdf", "How to contact them"), coordinator.contact),
            ],
            theme,
        )
    )
    story.append(para(translate("PlanPdf", "Sharing this plan"), theme, "h3"))
    story.append(
        field_table(
            [
                (
                    translate(
                        "PlanPdf",
                        "I agree to this plan being shared with the people who support me",
                    ),
                    yes_no(plan.consent_to_share),
                ),
            ],
            theme,
        )
    )
    if plan.consents:
        story.append(
            para(translate("PlanPdf", "What I agreed to share, and with whom"), theme, "h3")
        )
        width = theme.frame_width
        date_w = theme.base * 9.5
        rest = width - date_w
        records: list[list[Flowable | str]] = [
            [maybe_date(c.agreed_on), helper_words(c), c.what, c.shared_with] for c in plan.consents
        ]
        header = [
            translate("PlanPdf", "Date"),
            translate("PlanPdf", "Who was helping"),
            translate("PlanPdf", "What I agreed to share"),
            translate("PlanPdf", "Shared with"),
        ]
        widths = [date_w, rest * 0.3, rest * 0.35, rest * 0.35]
        story.append(data_table(header, records, widths, theme))
    return story


def helper_words(record: ConsentRecord) -> str:
    """Who was helping, with their role: "Sam Patel (peer support volunteer)"."""
    if record.helper and record.helper_role:
        return translate("PlanPdf", "{name} ({role})").format(
            name=record.helper, role=record.helper_role
        )
    return record.helper or record.helper_role


def reviews(ctx: ReportContext) -> list[Flowable]:
    """Section 15: when the plan is reviewed, and reviews so far."""
    theme, rv = ctx.theme, ctx.plan.reviews
    story = section_start(15, section_titles()[14], theme)
    if rv.first_review is None and not rv.records:
        return [*story, not_written(theme)]
    story.append(
        field_table(
            [
                (translate("PlanPdf", "First review"), maybe_date(rv.first_review)),
                (
                    translate("PlanPdf", "After that, a review at least every"),
                    translate("PlanPdf", "{months} months").format(months=rv.interval_months),
                ),
            ],
            theme,
        )
    )
    story.append(para(translate("PlanPdf", "Reviews so far"), theme, "h3"))
    if not rv.records:
        story.append(para(translate("PlanPdf", "None yet"), theme, "empty"))
        return story
    width = theme.frame_width
    date_w = theme.base * 9.5
    rest = width - date_w
    rows: list[list[Flowable | str]] = [
        [maybe_date(r.date), r.reviewer, r.working, r.not_working, r.notes] for r in rv.records
    ]
    header = [
        translate("PlanPdf", "Date"),
        translate("PlanPdf", "Who reviewed"),
        translate("PlanPdf", "What is working"),
        translate("PlanPdf", "What is not working"),
        translate("PlanPdf", "Notes"),
    ]
    widths = [date_w, rest * 0.19, rest * 0.27, rest * 0.27, rest * 0.27]
    story.append(data_table(header, rows, widths, theme))
    return story
