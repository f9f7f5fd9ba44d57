"""The cover page and the contents list."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from ..domain.fingerprint import format_fingerprint
from ..domain.readiness import check_readiness
from ..domain.schedule import format_date
from ..domain.text import translate
from ..domain.versions import VersionStatus
from .blocks import esc, field_table, para
from .context import ReportContext
from .document import PageRef
from .labels import section_titles
from .styles import ACCENT, LIGHT_RULE, TINT, plain_style

#: How many unmet points of the readiness check a draft's cover lists before "and N more".
MAX_FINDINGS = 6


def _version_text(ctx: ReportContext) -> str:
    version = ctx.version
    if version.status is VersionStatus.AGREED:
        if version.agreement is not None:
            return translate("PlanPdf", "Version {number}, agreed on {date}").format(
                number=version.number, date=format_date(version.agreement.agreed_on)
            )
        return translate("PlanPdf", "Version {number}, agreed").format(number=version.number)
    return translate("PlanPdf", "Version {number}, draft (not yet agreed)").format(
        number=version.number
    )


def cover(ctx: ReportContext) -> list[Flowable]:
    """Who the plan is for, the money, the version and when this copy was produced."""
    theme, plan = ctx.theme, ctx.plan
    story: list[Flowable] = [
        para(translate("PlanPdf", "Personal health budget"), theme, "subtitle"),
        para(translate("PlanPdf", "My personalised care and support plan"), theme, "title"),
        para(ctx.person_name, theme, "name"),
    ]
    preferred = plan.person.preferred_name.strip()
    if preferred:
        story.append(
            para(translate("PlanPdf", "I like to be called {name}").format(name=preferred), theme)
        )
    story.append(Spacer(1, theme.base * 1.5))
    story.append(
        field_table(
            [
                (translate("PlanPdf", "Budget period"), ctx.period_text()),
                (translate("PlanPdf", "Indicative budget"), ctx.indicative_text()),
                (translate("PlanPdf", "Plan version"), _version_text(ctx)),
                (translate("PlanPdf", "This copy was produced on"), format_date(ctx.produced)),
                (translate("PlanPdf", "Fingerprint"), format_fingerprint(ctx.version.fingerprint)),
            ],
            theme,
        )
    )
    if ctx.version.status is VersionStatus.DRAFT:
        story.append(Spacer(1, theme.base * 1.5))
        story.append(_draft_notice(ctx))
    return story


def _draft_notice(ctx: ReportContext) -> Flowable:
    theme = ctx.theme
    inner: list[Flowable] = [
        para(translate("PlanPdf", "This is a draft"), theme, "h3"),
        para(
            translate(
                "PlanPdf",
                "It becomes the agreed plan when it is signed in section 16 and the agreement is "
                "recorded in PHB Planner.",
            ),
            theme,
        ),
    ]
    findings = check_readiness(ctx.plan, ctx.costing)
    if findings:
        inner.append(
            para(translate("PlanPdf", "Still to do before it can be agreed:"), theme, "cell_bold")
        )
        for finding in findings[:MAX_FINDINGS]:
            inner.append(para("• " + finding.message, theme, "cell"))
        if len(findings) > MAX_FINDINGS:
            inner.append(
                para(
                    translate("PlanPdf", "…and {count} more.").format(
                        count=len(findings) - MAX_FINDINGS
                    ),
                    theme,
                    "cell",
                )
            )
    else:
        inner.append(
            para(
                translate("PlanPdf", "The readiness check found nothing left to do."), theme, "cell"
            )
        )
    pad = theme.base * 0.8
    return Table(
        [[inner]],
        colWidths=[theme.frame_width],
        style=plain_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("LINEBEFORE", (0, 0), (0, -1), 4, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), pad * 1.3),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), pad * 0.4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
            ]
        ),
    )


def contents(ctx: ReportContext) -> list[Flowable]:
    """The contents list: every section, linked, with the page it starts on."""
    theme = ctx.theme
    style = theme["toc0"]
    rows = []
    for number, title in enumerate(section_titles(), start=1):
        key = f"section-{number}"
        link = f'<a href="#{key}">{esc(f"{number}. {title}")}</a>'
        rows.append(
            [Paragraph(link, style), PageRef(key, style.fontName, style.fontSize, style.leading)]
        )
    number_w = theme.base * 4
    table = Table(
        rows,
        colWidths=[theme.frame_width - number_w, number_w],
        style=plain_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), theme.base * 0.35),
                ("BOTTOMPADDING", (0, 0), (-1, -1), theme.base * 0.35),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, LIGHT_RULE),
            ]
        ),
        hAlign="LEFT",
    )
    return [PageBreak(), para(translate("PlanPdf", "Contents"), theme, "h1"), table, PageBreak()]
