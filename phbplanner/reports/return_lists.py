"""The monitoring return's lists — every entry, payments without a receipt, entries not assigned
to a plan line — and its declaration with the signature blocks."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from reportlab.lib.pagesizes import landscape
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from ..domain.money import ZERO, Money
from ..domain.monitoring import MonitoringReturn, ReturnRow
from ..domain.text import translate
from .agreement import signature_block
from .blocks import data_table, fit_widths, para
from .fonts import REGULAR, text_width
from .return_summary import amount_width, heading, short_date
from .styles import ACCENT, TEXT, WHITE, Theme, plain_style

#: The id of the landscape page template the list of every entry is set on.
WIDE = "wide"
#: The id of the plan PDF's own (portrait) page template.
PORTRAIT = "page"


def _plan_line_text(row: ReturnRow) -> str:
    if len(row.parts) == 1:
        return row.what_for
    return "\n".join(
        translate("ReturnPdf", "{line}: {amount}").format(
            line=part.label, amount=abs(part.amount).format()
        )
        for part in row.parts
    )


def _receipt_text(row: ReturnRow) -> str:
    if row.entry.receipt_refs:
        return "\n".join(row.entry.receipt_refs)
    if row.missing_receipt:
        return translate("ReturnPdf", "None")
    return "–"


def _amount(value: Money) -> str:
    return value.format() if value else ""


def every_entry(ret: MonitoringReturn, theme: Theme) -> list[Flowable]:
    """Section 4, on landscape pages: every entry with its plan line, balance and receipts."""
    story: list[Flowable] = [NextPageTemplate(WIDE), PageBreak(), heading(4, theme)]
    if ret.is_empty:
        story += [
            para(ret.empty_message(), theme, "empty"),
            NextPageTemplate(PORTRAIT),
            PageBreak(),
        ]
        return story
    story.append(
        para(
            translate(
                "ReturnPdf",
                "In date order, with the balance after each entry. A receipt reference such as "
                "R0042-1 names the first document attached to entry 42. In the audit pack, each "
                "receipt's file name starts with the date and the entry number.",
            ),
            theme,
            "muted",
        )
    )
    table = _entries_large(ret, theme) if theme.large_print else _entries_normal(ret, theme)
    story += [table, NextPageTemplate(PORTRAIT), PageBreak()]
    return story


def _entries_normal(ret: MonitoringReturn, theme: Theme) -> Flowable:
    """Nine columns: date, entry, payee, description, plan line, in, out, balance, receipt."""
    head = [
        translate("ReturnPdf", "Date"),
        translate("ReturnPdf", "Entry"),
        translate("ReturnPdf", "Payee"),
        translate("ReturnPdf", "Description"),
        translate("ReturnPdf", "Plan line"),
        translate("ReturnPdf", "Money in"),
        translate("ReturnPdf", "Money out"),
        translate("ReturnPdf", "Balance"),
        translate("ReturnPdf", "Receipt"),
    ]
    rows: list[list[Flowable | str]] = [
        [
            short_date(row.entry.date),
            str(row.entry.id),
            row.entry.payee.strip() or "–",
            row.entry.description.strip() or "–",
            _plan_line_text(row),
            _amount(row.money_in),
            _amount(row.money_out),
            row.balance.format(),
            _receipt_text(row),
        ]
        for row in ret.rows
    ]
    rows.append(["", "", "", translate("ReturnPdf", "Totals"), "", *_totals(ret), ""])
    widths = _widths(head, rows, theme, fixed=(0, 1, 5, 6, 7, 8), shares=(0.85, 1.0, 1.15))
    return plain_table(head, rows, widths, theme, right=(1, 5, 6, 7), fixed=(0, 1, 5, 6, 7, 8))


def _entries_large(ret: MonitoringReturn, theme: Theme) -> Flowable:
    """Five columns at 16 pt: the entry number and receipts under the date, one amount column
    that says "in" or "out", so that the text columns keep room for their words."""
    head = [
        translate("ReturnPdf", "Date"),
        translate("ReturnPdf", "Payee and description"),
        translate("ReturnPdf", "Plan line"),
        translate("ReturnPdf", "Amount"),
        translate("ReturnPdf", "Balance"),
    ]
    rows: list[list[Flowable | str]] = []
    for row in ret.rows:
        entry = row.entry
        where = [
            short_date(entry.date),
            translate("ReturnPdf", "Entry {number}").format(number=entry.id),
        ]
        if entry.receipt_refs:
            where += entry.receipt_refs
        elif row.missing_receipt:
            where.append(translate("ReturnPdf", "No receipt"))
        rows.append(
            [
                "\n".join(where),
                _joined(entry.payee, entry.description),
                _plan_line_text(row),
                _in_or_out(row.money_in, row.money_out),
                row.balance.format(),
            ]
        )
    rows.append(
        [
            "",
            translate("ReturnPdf", "Totals"),
            "",
            _in_or_out(ret.money_in, ZERO) + "\n" + _in_or_out(ZERO, ret.money_out),
            ret.closing.format(),
        ]
    )
    widths = _widths(head, rows, theme, fixed=(0, 3, 4), shares=(1.0, 1.0))
    return plain_table(head, rows, widths, theme, right=(3, 4), fixed=(0, 3, 4))


def _in_or_out(money_in: Money, money_out: Money) -> str:
    if money_in:
        return translate("ReturnPdf", "{amount} in").format(amount=money_in.format())
    return translate("ReturnPdf", "{amount} out").format(amount=money_out.format())


def plain_table(
    head: Sequence[str],
    rows: list[list[Flowable | str]],
    widths: Sequence[float],
    theme: Theme,
    *,
    right: Sequence[int],
    fixed: Sequence[int],
) -> Flowable:
    """A :func:`data_table` whose last row is the totals, its text wrapped here in advance.

    Text wrapped once into lines is much faster for ReportLab to lay out than a paragraph per
    cell, which matters in a table of hundreds of entries (the PDF's budget is one second). A
    table with an entry too tall for part of a page (a very long description) is set with
    paragraphs instead: only they split cleanly across pages.
    """
    widths = fit_widths(head, rows, widths, theme)
    room = [width - theme.base * 0.9 - 1 for width in widths]
    wrapped: list[list[Flowable | str]] = [
        [wrap_text(value, room[index], theme) if isinstance(value, str) else value
         for index, value in enumerate(row)]
        for row in rows
    ]  # fmt: skip
    tallest = max(
        (str(value).count("\n") + 1 for row in wrapped for value in row if isinstance(value, str)),
        default=1,
    )
    if tallest * theme.base * 1.3 < theme.page_size[1] * 0.25:
        return data_table(
            head, wrapped, widths, theme, right=right, total_rows=1, plain=range(len(head))
        )
    table = data_table(head, rows, widths, theme, right=right, plain=fixed)
    # The totals are not tied to the last entry here (data_table would keep the two together,
    # and an entry taller than a page could then not be laid out at all).
    table.setStyle(
        TableStyle(
            [("BACKGROUND", (0, -1), (-1, -1), WHITE), ("LINEABOVE", (0, -1), (-1, -1), 1.2, TEXT)]
        )
    )
    return table


def wrap_text(text: str, width: float, theme: Theme) -> str:
    """``text`` (NFC) broken into lines of at most ``width`` points: at spaces, and inside a
    word only when the word alone is wider than the column."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if "\n" not in text and text_width(text, REGULAR, theme.base) <= width:
        return text
    lines: list[str] = []
    for line in simpleSplit(text, REGULAR, theme.base, width) or [""]:
        lines += _break_word(line, width, theme)
    return "\n".join(lines)


def _break_word(line: str, width: float, theme: Theme) -> list[str]:
    """A line that is still too wide (one very long word) cut between characters."""
    if text_width(line, REGULAR, theme.base) <= width:
        return [line]
    pieces: list[str] = []
    current = ""
    for char in line:
        if current and text_width(current + char, REGULAR, theme.base) > width:
            pieces.append(current)
            current = ""
        current += char
    return [*pieces, current]


def _totals(ret: MonitoringReturn) -> list[str]:
    return [ret.money_in.format(), ret.money_out.format(), ret.closing.format()]


def _joined(payee: str, description: str) -> str:
    parts = [text.strip() for text in (payee, description) if text.strip()]
    return "\n".join(parts) or "–"


def _widths(
    head: Sequence[str],
    rows: Sequence[Sequence[Flowable | str]],
    theme: Theme,
    *,
    fixed: Sequence[int],
    shares: Sequence[float],
) -> list[float]:
    """Landscape widths: ``fixed`` columns as wide as their widest line, the rest in ``shares``."""
    width = landscape(theme.page_size)[0] - 2 * theme.margin
    sizes = {}
    for index in fixed:
        lines = [
            line
            for row in rows
            if isinstance(row[index], str)
            for line in str(row[index]).split("\n")
        ]
        sizes[index] = amount_width(lines, head[index], theme)
    rest = width - sum(sizes.values())
    flexible = iter(shares)
    return [
        sizes[index] if index in sizes else rest * next(flexible) / sum(shares)
        for index in range(len(head))
    ]


def _short_list(
    rows_in: Sequence[ReturnRow], theme: Theme, *, total_label: str, with_in: bool
) -> Flowable:
    head = [
        translate("ReturnPdf", "Date"),
        translate("ReturnPdf", "Entry"),
        translate("ReturnPdf", "Payee and description"),
        translate("ReturnPdf", "Plan line"),
        *([translate("ReturnPdf", "Money in")] if with_in else []),
        translate("ReturnPdf", "Money out"),
    ]
    rows: list[list[Flowable | str]] = []
    for row in rows_in:
        entry = row.entry
        rows.append(
            [
                short_date(entry.date),
                str(entry.id),
                _joined(entry.payee, entry.description),
                _plan_line_text(row),
                *([_amount(row.money_in)] if with_in else []),
                _amount(row.money_out),
            ]
        )
    total_in = Money.total(row.money_in for row in rows_in)
    total_out = Money.total(row.money_out for row in rows_in)
    rows.append(
        ["", "", total_label, "", *([total_in.format()] if with_in else []), total_out.format()]
    )
    amounts = 2 if with_in else 1
    fixed_cols = [0, 1, *range(4, 4 + amounts)]
    fixed = {
        i: amount_width([r[i] for r in rows if isinstance(r[i], str)], head[i], theme)
        for i in fixed_cols
    }
    rest = theme.frame_width - sum(fixed.values())
    widths = [fixed.get(i, rest * (0.55 if i == 2 else 0.45)) for i in range(len(head))]
    return plain_table(
        head, rows, widths, theme, right=(1, *range(4, 4 + amounts)), fixed=fixed_cols
    )


def without_receipt(ret: MonitoringReturn, theme: Theme) -> list[Flowable]:
    """Section 5: payments out that have no receipt attached."""
    story: list[Flowable] = [CondPageBreak(theme.base * 14), heading(5, theme)]
    if not ret.without_receipt:
        story.append(para(translate("ReturnPdf", "Every payment has a receipt."), theme))
        return story
    story.append(
        para(
            translate(
                "ReturnPdf",
                "Every payment out needs a receipt, invoice, timesheet or payslip, except a bank "
                "charge (the bank statement shows it).",
            ),
            theme,
            "muted",
        )
    )
    story.append(
        _short_list(
            ret.without_receipt,
            theme,
            total_label=translate("ReturnPdf", "Total without a receipt"),
            with_in=False,
        )
    )
    return story


def unassigned(ret: MonitoringReturn, theme: Theme) -> list[Flowable]:
    """Section 6: entries not yet assigned to a plan line."""
    story: list[Flowable] = [CondPageBreak(theme.base * 14), heading(6, theme)]
    if not ret.unassigned:
        story.append(
            para(
                translate("ReturnPdf", "Every entry is assigned to a plan line or a purpose."),
                theme,
            )
        )
        return story
    total_in = Money.total(row.money_in for row in ret.unassigned)
    story.append(
        _short_list(
            ret.unassigned,
            theme,
            total_label=translate("ReturnPdf", "Total not assigned"),
            with_in=total_in != ZERO,
        )
    )
    return story


def declaration(ret: MonitoringReturn, theme: Theme) -> list[Flowable]:
    """Section 7: the declaration and the signature blocks, kept on one page where they fit."""
    box = Table(
        [[para(ret.declaration, theme)]],
        colWidths=[theme.frame_width],
        style=plain_style(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), theme.base * 0.8),
                ("RIGHTPADDING", (0, 0), (-1, -1), theme.base * 0.8),
                ("TOPPADDING", (0, 0), (-1, -1), theme.base * 0.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), theme.base * 0.2),
            ]
        ),
    )
    story: list[Flowable] = [PageBreak(), heading(7, theme), box, Spacer(1, theme.base)]
    signature = translate("PlanPdf", "Signature")  # the label signature_block leaves room for
    for block in ret.signatures:
        rows = [(translate("ReturnPdf", "Printed name"), block.name)]
        if block.ask_relationship:
            rows.append((translate("ReturnPdf", "Relationship to the budget holder"), ""))
        rows += [(signature, ""), (translate("ReturnPdf", "Date"), "")]
        story.append(signature_block(block.role, rows, theme))
    story.append(
        signature_block(
            translate("ReturnPdf", "For the ICB or council (office use)"),
            [
                (translate("ReturnPdf", "Checked by"), ""),
                (signature, ""),
                (translate("ReturnPdf", "Date received"), ""),
            ],
            theme,
        )
    )
    return story
