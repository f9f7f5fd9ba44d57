"""Section 16: what is being agreed, and the signature blocks."""

from __future__ import annotations

from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from ..domain.fingerprint import format_fingerprint
from ..domain.schedule import format_date
from ..domain.text import translate
from ..domain.versions import Agreement, VersionStatus
from .blocks import SectionHeading, esc, para
from .context import ReportContext
from .labels import section_titles
from .styles import ACCENT, LIGHT_RULE, TEXT, TINT, Theme, plain_style


def statement(ctx: ReportContext) -> str:
    """The sentence saying exactly what the signatures agree to (plain text)."""
    costing = ctx.costing
    remaining = costing.remaining
    left = (
        translate("PlanPdf", "leaving {amount} not yet planned").format(amount=remaining.format())
        if remaining.pence >= 0
        else translate("PlanPdf", "which is {amount} over the budget").format(
            amount=(-remaining).format()
        )
    )
    return translate(
        "PlanPdf",
        "By signing below we agree version {number} of the personalised care and support plan for "
        "{name}. This version has the fingerprint shown here. The plan has an indicative budget "
        "of {budget} for the budget period {period}. That is {planned} of planned support and a "
        "contingency of {contingency}, {left}.",
    ).format(
        number=ctx.version.number,
        name=ctx.person_name,
        budget=ctx.indicative_text(),
        period=ctx.period_text(),
        planned=costing.planned_total.format(),
        contingency=costing.contingency.format(),
        left=left,
    )


def signature_block(heading: str, rows: list[tuple[str, str]], theme: Theme) -> Flowable:
    """One signature block: printed name, role, signature line and date, each with room to write."""
    return KeepTogether([signature_table(heading, rows, theme), Spacer(1, theme.base * 0.8)])


def signature_table(heading: str, rows: list[tuple[str, str]], theme: Theme) -> Table:
    """The table of a signature block, for a caller that keeps it together with more."""
    width = theme.frame_width
    label_w = width * 0.34
    data: list[list[Flowable | str]] = [[para(heading, theme, "h3"), ""]]
    room: list[tuple[object, ...]] = []
    for index, (label, value) in enumerate(rows, start=1):
        data.append([para(label, theme, "cell"), para(value, theme, "cell_bold") if value else ""])
        tall = label == translate("PlanPdf", "Signature")
        room.append(("TOPPADDING", (0, index), (-1, index), theme.base * (2.2 if tall else 1.0)))
    # a last, empty row keeps the box's edge off the last line to write on (else it hides it)
    data.append(["", ""])
    return Table(
        data,
        colWidths=[label_w, width - label_w],
        rowHeights=[None] * (len(data) - 1) + [theme.base * 0.7],
        style=plain_style(
            [
                *room,
                ("SPAN", (0, 0), (1, 0)),
                ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), theme.base * 0.5),
                ("RIGHTPADDING", (0, 0), (-1, -1), theme.base * 0.5),
                ("BOTTOMPADDING", (0, 1), (-1, -2), theme.base * 0.3),
                ("LINEBELOW", (1, 1), (1, -2), 0.9, TEXT),
                ("BOX", (0, 0), (-1, -1), 0.75, LIGHT_RULE),
                ("BACKGROUND", (0, 0), (-1, 0), TINT),
            ]
        ),
        hAlign="LEFT",
    )


def agreement_section(ctx: ReportContext) -> list[Flowable]:
    """Section 16 on a page of its own."""
    theme, plan, version = ctx.theme, ctx.plan, ctx.version
    agreed: Agreement | None = version.agreement
    story: list[Flowable] = [PageBreak(), SectionHeading(16, section_titles()[15], theme)]
    story.append(para(statement(ctx), theme))
    fp = Table(
        [
            [Paragraph(esc(translate("PlanPdf", "Fingerprint")), theme["cell"])],
            [
                Paragraph(
                    "<b>" + esc(format_fingerprint(version.fingerprint)) + "</b>", theme["cell"]
                )
            ],
        ],
        colWidths=[theme.frame_width],
        style=plain_style(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), theme.base * 0.6),
                ("TOPPADDING", (0, 0), (-1, -1), theme.base * 0.3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), theme.base * 0.4),
            ]
        ),
    )
    story.append(fp)
    story.append(
        para(
            translate(
                "PlanPdf",
                "Every page of this plan shows the same fingerprint at its foot. A page with a "
                "different fingerprint belongs to a different version.",
            ),
            theme,
            "muted",
        )
    )
    if agreed is not None and version.status is VersionStatus.AGREED:
        story.append(
            para(
                translate(
                    "PlanPdf", "This version was agreed on {date}. The names below are as recorded."
                ).format(date=format_date(agreed.agreed_on)),
                theme,
                "body",
            )
        )
    signed_on = format_date(agreed.agreed_on) if agreed is not None else ""
    person_name = agreed.person_name if agreed is not None else plan.person.name
    relationship = agreed.representative_relationship if agreed is not None else ""
    coordinator = plan.care_coordinator
    story.append(
        signature_block(
            translate("PlanPdf", "Me, or my representative"),
            [
                (translate("PlanPdf", "Printed name"), person_name),
                (
                    translate("PlanPdf", "Relationship to me, if a representative signs"),
                    relationship,
                ),
                (translate("PlanPdf", "Signature"), ""),
                (translate("PlanPdf", "Date"), signed_on),
            ],
            theme,
        )
    )
    story.append(
        signature_block(
            translate("PlanPdf", "My care coordinator"),
            [
                (
                    translate("PlanPdf", "Printed name"),
                    (agreed.coordinator_name if agreed else "") or coordinator.name,
                ),
                (
                    translate("PlanPdf", "Role"),
                    (agreed.coordinator_role if agreed else "") or coordinator.role,
                ),
                (translate("PlanPdf", "Signature"), ""),
                (translate("PlanPdf", "Date"), signed_on),
            ],
            theme,
        )
    )
    story.append(
        signature_block(
            translate("PlanPdf", "For the Integrated Care Board (ICB)"),
            [
                (translate("PlanPdf", "Printed name"), agreed.icb_approver_name if agreed else ""),
                (translate("PlanPdf", "Role"), agreed.icb_approver_role if agreed else ""),
                (translate("PlanPdf", "Signature"), ""),
                (translate("PlanPdf", "Date"), signed_on),
            ],
            theme,
        )
    )
    if agreed is not None and agreed.notes.strip():
        story.append(para(translate("PlanPdf", "Notes"), theme, "h3"))
        story.append(para(agreed.notes, theme))
    return story
