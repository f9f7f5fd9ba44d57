"""Small building blocks shared by the report's sections: safe paragraphs, headings, tables."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from typing import TypeAlias
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table

from ..domain.text import translate
from .fonts import BOLD, REGULAR, text_width
from .styles import ACCENT, LIGHT_RULE, STRIPE, TEXT, Theme, plain_style

Cell: TypeAlias = Flowable | str


def esc(text: str) -> str:
    """Text typed by a person, made safe for ReportLab's paragraph markup.

    Composed to NFC (so "e" + combining accent prints as one glyph), markup characters escaped,
    and line breaks kept.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return escape(text).replace("\n", "<br/>")


def para(text: str, theme: Theme, style: str = "body") -> Paragraph:
    """A paragraph of plain text (escaped) in one of the theme's styles."""
    return Paragraph(esc(text), theme[style])


def markup(text: str, theme: Theme, style: str = "body") -> Paragraph:
    """A paragraph whose text is already ReportLab markup (escape every value put into it)."""
    return Paragraph(text, theme[style])


def not_written(theme: Theme) -> Paragraph:
    """What an empty section or question shows instead of being left out."""
    return Paragraph(esc(translate("PlanPdf", "Not yet written")), theme["empty"])


def text_block(text: str, theme: Theme) -> list[Flowable]:
    """A person's free text as paragraphs (split at blank lines), or "Not yet written"."""
    text = text.strip()
    if not text:
        return [not_written(theme)]
    chunks = [chunk.strip() for chunk in text.replace("\r\n", "\n").split("\n\n")]
    return [para(chunk, theme) for chunk in chunks if chunk]


def question(heading: str, text: str, theme: Theme) -> list[Flowable]:
    """A sub-heading (a question of the plan) followed by its answer."""
    return [para(heading, theme, "h3"), *text_block(text, theme)]


class SectionHeading(Paragraph):
    """A numbered section heading that the document lists in its contents and bookmarks."""

    def __init__(self, number: int, title: str, theme: Theme) -> None:
        self.toc_text = f"{number}. {title}"
        self.key = f"section-{number}"
        super().__init__(esc(self.toc_text), theme["h1"])


def section_start(number: int, title: str, theme: Theme) -> list[Flowable]:
    """Start a section: a new page when little room is left, then its heading."""
    return [CondPageBreak(theme.base * 14), SectionHeading(number, title, theme)]


def cell(value: Cell, theme: Theme, style: str = "cell") -> Flowable:
    """A table cell: strings become (escaped) paragraphs so that they wrap."""
    if isinstance(value, str):
        return para(value, theme, style)
    return value


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    theme: Theme,
    *,
    right: Sequence[int] = (),
    total_rows: int = 0,
    plain: Sequence[int] = (),
    stripes: bool = True,
) -> Table:
    """A table with a coloured header row repeated on every page it spills onto.

    Columns listed in ``right`` are right-aligned (amounts and counts); the last ``total_rows``
    rows are set off with a rule above them. Strings in ``plain`` columns are short values that
    never wrap (amounts, counts): they are set directly, which is much faster than paragraphs in
    tables of hundreds of rows.
    """
    right_set = set(right)
    plain_set = set(plain)
    head = [
        cell(text, theme, "head_right" if index in right_set else "head")
        for index, text in enumerate(header)
    ]
    body: list[list[Cell]] = []
    for row in rows:
        body.append(
            [
                value
                if index in plain_set and isinstance(value, str)
                else cell(value, theme, "cell_right" if index in right_set else "cell")
                for index, value in enumerate(row)
            ]
        )
    pad = theme.base * 0.45
    style = theme["cell"]
    plain_commands: list[tuple[object, ...]] = []
    for index in plain_set:
        plain_commands += [
            ("FONT", (index, 1), (index, -1), style.fontName, style.fontSize, style.leading),
            ("TEXTCOLOR", (index, 1), (index, -1), style.textColor),
            ("ALIGN", (index, 1), (index, -1), "RIGHT" if index in right_set else "LEFT"),
        ]
    commands: list[tuple[object, ...]] = [
        *plain_commands,
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad * 0.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("LINEBELOW", (0, 1), (-1, -1), 0.5, LIGHT_RULE),
    ]
    if stripes:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1 - total_rows), [None, STRIPE]))
    if total_rows:
        commands.append(("LINEABOVE", (0, -total_rows), (-1, -total_rows), 1.2, TEXT))
        if len(rows) > total_rows:
            # never leave the total alone at the top of a page, under a repeated header
            commands.append(("NOSPLIT", (0, -total_rows - 1), (-1, -1)))
    column_widths = fit_widths(header, rows, widths, theme)
    table = Table(
        [head, *body],
        colWidths=column_widths,
        splitInRow=int(has_tall_rows(body, column_widths, theme)),
        repeatRows=1,
        style=plain_style(commands),
        hAlign="LEFT",
    )
    return table


def fit_widths(
    header: Sequence[str], rows: Sequence[Sequence[Cell]], widths: Sequence[float], theme: Theme
) -> list[float]:
    """Column widths close to ``widths`` in which no word has to be broken in two.

    A column too narrow for its longest word (in the header or a text cell) takes the room it
    needs from the columns that have some to spare, in proportion to their spare room.
    """
    pad = theme.base * 0.9 + 2
    needs = []
    for index, head in enumerate(header):
        words = [text_width(word, BOLD, theme.base) for word in head.split()]
        for row in rows:
            value = row[index] if index < len(row) else ""
            if isinstance(value, str):
                words += [text_width(word, REGULAR, theme.base) for word in value.split()]
        needs.append(max(words, default=0.0) + pad)
    result = list(widths)
    short = sum(max(0.0, need - width) for need, width in zip(needs, result, strict=True))
    spare = [max(0.0, width - need) for need, width in zip(needs, result, strict=True)]
    if short <= 0 or sum(spare) < short:
        return result
    total_spare = sum(spare)
    return [
        max(need, width - short * room / total_spare) if width >= need else need
        for need, width, room in zip(needs, result, spare, strict=True)
    ]


def has_tall_rows(rows: Sequence[Sequence[Cell]], widths: Sequence[float], theme: Theme) -> bool:
    """Whether some row may be too tall to fit on one page, so that the table must split rows.

    A cheap estimate from the length of each cell's text (DejaVu Sans averages a little over
    half an em per character): rows are moved whole to the next page when they can be, which
    reads better, and split only in tables that need it.
    """
    limit = theme.page_size[1] * 0.4
    leading = theme.base * 1.3
    for row in rows:
        for value, width in zip(row, widths, strict=False):
            text = value if isinstance(value, str) else getattr(value, "getPlainText", str)()
            if len(text) < 200:
                continue
            per_line = max(1.0, (width - theme.base) / (theme.base * 0.56))
            lines = sum(math.ceil(max(1, len(part)) / per_line) for part in text.split("\n"))
            if lines * leading > limit:
                return True
    return False


def field_table(pairs: Sequence[tuple[str, str]], theme: Theme) -> Table:
    """Label and value pairs, two columns; an empty value shows "Not given"."""
    rows: list[list[Flowable]] = []
    for label, value in pairs:
        shown = (
            para(value, theme, "cell")
            if value.strip()
            else para(translate("PlanPdf", "Not given"), theme, "cell_muted")
        )
        rows.append([para(label, theme, "cell_bold"), shown])
    pad = theme.base * 0.4
    width = theme.frame_width
    widths = [width * 0.36, width * 0.64]
    return Table(
        rows,
        colWidths=widths,
        splitInRow=int(has_tall_rows(rows, widths, theme)),
        style=plain_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), pad),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, LIGHT_RULE),
            ]
        ),
        hAlign="LEFT",
    )


def new_drawing(width: float, height: float) -> Drawing:
    """A ReportLab drawing whose text starts in the report font (not Helvetica)."""
    result = Drawing(width, height)
    result.initialFontName = REGULAR
    result.initialFontSize = 10
    return result
