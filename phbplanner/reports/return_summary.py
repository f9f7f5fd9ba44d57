"""The monitoring return's first page and its money tables: in, out by plan line, by outcome."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from ..domain.fingerprint import format_fingerprint
from ..domain.money import Money
from ..domain.monitoring import BalanceAgreement, MonitoringReturn, ReturnRow
from ..domain.schedule import format_date
from ..domain.text import translate
from .blocks import SectionHeading, data_table, esc, field_table, para
from .fonts import BOLD, REGULAR, text_width
from .styles import ACCENT, TINT, Theme, plain_style


def short_date(day: date) -> str:
    """A date for a table column, as UK bank statements print it: 07/08/2026."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def section_titles() -> list[str]:
    """The headings of the return's numbered sections, in order."""
    return [
        translate("ReturnPdf", "Money in"),
        translate("ReturnPdf", "Money out by plan line"),
        translate("ReturnPdf", "Money out by outcome"),
        translate("ReturnPdf", "Every entry"),
        translate("ReturnPdf", "Payments without a receipt"),
        translate("ReturnPdf", "Entries not assigned to a plan line"),
        translate("ReturnPdf", "Declaration"),
    ]


def heading(number: int, theme: Theme) -> Flowable:
    """The bookmarked heading of section ``number`` (1-based)."""
    return SectionHeading(number, section_titles()[number - 1], theme)


def amount_width(values: Sequence[str], header: str, theme: Theme) -> float:
    """A column wide enough for every value (one line each) and each word of its header."""
    widest = max([text_width(v, REGULAR, theme.base) for v in values] or [0.0])
    # a short header ("Money out") on one line; a longer one may wrap between words
    words = [header] if len(header.split()) <= 2 else header.split()
    word = max([text_width(w, BOLD, theme.base) for w in words] or [0.0])
    return max(widest, word) + theme.base * 0.9 + 4


def keep_together(story: list[Flowable]) -> list[Flowable]:
    """A section kept on one page: it starts a new page rather than leave its end behind.

    A section longer than a page starts on a new page and flows on from there.
    """
    return [KeepTogether(story)]


def plan_fingerprint_text(ret: MonitoringReturn) -> str:
    """The plan's fingerprint in groups of four, or a note that none was recorded."""
    value = ret.header.plan_fingerprint
    return format_fingerprint(value) if value else translate("ReturnPdf", "Not recorded")


def _callout(flowables: list[Flowable], theme: Theme) -> Flowable:
    """A tinted box with an accent bar, one row per item, which may run on to the next page."""
    pad = theme.base * 0.8
    return Table(
        [[item] for item in flowables],
        colWidths=[theme.frame_width],
        style=plain_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("LINEBEFORE", (0, 0), (0, -1), 4, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), pad * 1.3),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), pad * 0.15),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.15),
                ("TOPPADDING", (0, 0), (-1, 0), pad * 0.7),
                ("BOTTOMPADDING", (0, -1), (-1, -1), pad * 0.8),
            ]
        ),
    )


#: The row of the summary figures that holds the closing balance.
CLOSING_ROW = 3


def _difference_text(ret: MonitoringReturn) -> str:
    difference = ret.bank_difference
    if ret.balance_agreement is BalanceAgreement.NOT_GIVEN or difference is None:
        return translate(
            "ReturnPdf",
            "The bank's closing balance was not given, so these records were not checked "
            "against it.",
        )
    if ret.balance_agreement is BalanceAgreement.AGREES:
        return translate("ReturnPdf", "The bank's closing balance and these records agree.")
    if ret.balance_agreement is BalanceAgreement.EXPLAINED:
        return translate("ReturnPdf", "The difference of {amount} is explained: {note}").format(
            amount=abs(difference).format(), note=ret.bank_note
        )
    return translate(
        "ReturnPdf", "The difference of {amount} is not explained: see the checks below."
    ).format(amount=abs(difference).format())


def summary_page(ret: MonitoringReturn, theme: Theme, produced: date) -> list[Flowable]:
    """The first page: who and what, the figures, the buffer and the checks."""
    header, period = ret.header, ret.period
    period_text = period.describe()
    if ret.outside_budget_period:
        period_text = translate(
            "ReturnPdf", "{period} (part of it is outside the budget period)"
        ).format(period=period_text)
    budget = (
        translate("ReturnPdf", "{start} to {end}").format(
            start=format_date(header.budget_start), end=format_date(header.budget_end)
        )
        if header.budget_start and header.budget_end
        else translate("ReturnPdf", "Not recorded")
    )
    holder = header.holder_name.strip() or header.person_name
    plan_text = header.plan_label.strip() or translate("ReturnPdf", "Not recorded")
    story: list[Flowable] = [
        para(translate("ReturnPdf", "Personal health budget"), theme, "subtitle"),
        para(translate("ReturnPdf", "Monitoring return"), theme, "title"),
        Paragraph(
            esc(header.person_name),
            ParagraphStyle("name_close", parent=theme["name"], spaceBefore=theme.base * 0.6),
        ),
        field_table(
            [
                (translate("ReturnPdf", "Period of this return"), period_text),
                (translate("ReturnPdf", "Account"), header.account_name),
                (translate("ReturnPdf", "Budget holder"), holder),
                (translate("ReturnPdf", "Budget period"), budget),
                (translate("ReturnPdf", "Plan"), plan_text),
                (translate("ReturnPdf", "Produced on"), format_date(produced)),
            ],
            theme,
        ),
        Spacer(1, theme.base * 0.6),
    ]
    bank = ret.bank_closing.format() if ret.bank_closing is not None else ""
    figures = [
        (
            translate("ReturnPdf", "Opening balance on {date}").format(
                date=format_date(period.start)
            ),
            ret.opening.format(),
        ),
        (translate("ReturnPdf", "Money in"), ret.money_in.format()),
        (translate("ReturnPdf", "Money out"), ret.money_out.format()),
        (
            translate("ReturnPdf", "Closing balance on {date}").format(
                date=format_date(period.end)
            ),
            ret.closing.format(),
        ),
        (
            translate("ReturnPdf", "The bank's closing balance"),
            bank or translate("ReturnPdf", "Not given"),
        ),
    ]
    difference = ret.bank_difference
    figures.append(
        (
            translate("ReturnPdf", "Difference between the bank and these records"),
            abs(difference).format() if difference is not None else "–",
        )
    )
    story.append(_figures(figures, theme))
    story.append(Spacer(1, theme.base * 0.5))
    if ret.is_empty:
        story.append(para(ret.empty_message(), theme, "cell_bold"))
    story.append(
        para(
            _difference_text(ret),
            theme,
            "cell_bold" if ret.balance_agreement is BalanceAgreement.DIFFERS else "body",
        )
    )
    story.append(para(translate("ReturnPdf", "The money left and the agreed buffer"), theme, "h3"))
    story.append(para(ret.buffer.message, theme))
    # The checks may run on to the next page (a long list), so the heading is not kept with
    # the whole list — only with room for its first lines.
    story.append(CondPageBreak(theme.base * 8))
    story.append(
        Paragraph(
            esc(translate("ReturnPdf", "Checks before sending")),
            ParagraphStyle("h2_loose", parent=theme["h2"], keepWithNext=0),
        )
    )
    if ret.checks:
        inner: list[Flowable] = [para("• " + check.message, theme, "cell") for check in ret.checks]
        story.append(_callout(inner, theme))
    else:
        story.append(
            para(
                translate("ReturnPdf", "The checks found nothing to look at."),
                theme,
            )
        )
    story.append(PageBreak())
    return story


def _figures(pairs: list[tuple[str, str]], theme: Theme) -> Flowable:
    """The summary figures, amounts right-aligned, the closing balance set off in bold."""
    width = theme.frame_width
    header = [translate("ReturnPdf", "Summary"), translate("ReturnPdf", "Amount")]
    amount_w = amount_width([value for _, value in pairs], header[1], theme) + theme.base
    rows: list[list[Flowable | str]] = [
        [
            para(text, theme, "cell_bold" if index == CLOSING_ROW else "cell"),
            para(value, theme, "cell_right_bold" if index == CLOSING_ROW else "cell_right"),
        ]
        for index, (text, value) in enumerate(pairs)
    ]
    return data_table(header, rows, [width - amount_w, amount_w], theme, right=(1,))


def money_in(ret: MonitoringReturn, theme: Theme) -> list[Flowable]:
    """Section 1: each budget payment, refund and other money in."""
    story: list[Flowable] = [heading(1, theme)]
    rows_in: Sequence[ReturnRow] = ret.money_in_rows
    if not rows_in:
        story.append(
            para(translate("ReturnPdf", "No money came in during this period."), theme, "empty")
        )
        return keep_together(story)
    header = [
        translate("ReturnPdf", "Date"),
        translate("ReturnPdf", "From"),
        translate("ReturnPdf", "What for"),
        translate("ReturnPdf", "Amount"),
    ]
    rows: list[list[Flowable | str]] = [
        [short_date(row.entry.date), _payee_text(row), row.what_for, row.money_in.format()]
        for row in rows_in
    ]
    rows.append(["", "", translate("ReturnPdf", "Total money in"), ret.money_in.format()])
    width = theme.frame_width
    date_w = text_width("00/00/0000", BOLD, theme.base) + theme.base * 1.2
    amount_w = amount_width([r[3] for r in rows if isinstance(r[3], str)], header[3], theme)
    rest = width - date_w - amount_w
    story.append(
        data_table(
            header,
            rows,
            [date_w, rest * 0.5, rest * 0.5, amount_w],
            theme,
            right=(3,),
            total_rows=1,
            plain=(0, 3),
        )
    )
    return keep_together(story)


def _payee_text(row: ReturnRow) -> str:
    entry = row.entry
    words = entry.payee.strip() or translate("ReturnPdf", "(no payee written)")
    if entry.description.strip():
        words += "\n" + entry.description.strip()
    return words


def by_line(ret: MonitoringReturn, theme: Theme) -> list[Flowable]:
    """Section 2: money out for each plan line, then other money out."""
    header = [
        translate("ReturnPdf", "Plan line"),
        translate("ReturnPdf", "Payments"),
        translate("ReturnPdf", "Money out"),
        translate("ReturnPdf", "Money back"),
    ]
    rows: list[list[Flowable | str]] = []
    for line in ret.by_line:
        label = line.label
        if line.line_id is not None and not line.in_plan:
            label = translate("ReturnPdf", "{line} (not in this version of the plan)").format(
                line=label
            )
        rows.append(
            [
                label,
                str(line.payments),
                line.money_out.format(),
                line.refunded.format() if line.line_id is not None else "–",
            ]
        )
    refunded = Money.total(line.refunded for line in ret.by_line)
    rows.append(
        [
            translate("ReturnPdf", "Total money out"),
            # payments, not lines: a split payment is counted once here
            str(sum(1 for row in ret.rows if row.money_out)),
            ret.money_out.format(),
            refunded.format(),
        ]
    )
    story: list[Flowable] = [heading(2, theme)]
    story.append(
        para(
            translate(
                "ReturnPdf",
                "A payment split between plan lines counts on each of its lines, and once in the "
                "total. Money back for a line (a refund or an overpayment returned) is shown "
                "beside it and counted in money in.",
            ),
            theme,
            "muted",
        )
    )
    width = theme.frame_width
    amounts = [r[2] for r in rows if isinstance(r[2], str)] + [
        r[3] for r in rows if isinstance(r[3], str)
    ]
    amount_w = amount_width(amounts, header[3], theme)
    count_w = amount_width([r[1] for r in rows if isinstance(r[1], str)], header[1], theme)
    story.append(
        data_table(
            header,
            rows,
            [width - count_w - 2 * amount_w, count_w, amount_w, amount_w],
            theme,
            right=(1, 2, 3),
            total_rows=1,
            plain=(1, 2, 3),
        )
    )
    return keep_together(story)


def by_outcome(ret: MonitoringReturn, theme: Theme) -> list[Flowable]:
    """Section 3: money out towards each outcome of the plan."""
    header = [translate("ReturnPdf", "Outcome"), translate("ReturnPdf", "Money out")]
    rows: list[list[Flowable | str]] = [[row.title, row.amount.format()] for row in ret.by_outcome]
    rows.append([translate("ReturnPdf", "Total money out"), ret.money_out.format()])
    story: list[Flowable] = [
        heading(3, theme),
        para(
            translate(
                "ReturnPdf",
                "A plan line that serves several outcomes is shared equally between them, as in "
                "the plan's own budget.",
            ),
            theme,
            "muted",
        ),
    ]
    width = theme.frame_width
    amount_w = amount_width([r[1] for r in rows if isinstance(r[1], str)], header[1], theme)
    story.append(
        data_table(
            header, rows, [width - amount_w, amount_w], theme, right=(1,), total_rows=1, plain=(1,)
        )
    )
    return keep_together(story)
