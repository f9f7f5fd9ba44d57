"""Sizes, colours and paragraph styles of the plan PDF, for normal and large print.

One accent colour (NHS blue, 6.3:1 on white), dark text, a muted grey for secondary text (still
AA contrast), and a base size of 11 pt (16 pt in large print) from which everything else scales.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from .fonts import BOLD, OBLIQUE, REGULAR, register_fonts

ACCENT = colors.HexColor("#005EB8")
TEXT = colors.HexColor("#212B32")
MUTED = colors.HexColor("#4C6272")
RULE = colors.HexColor("#AEB7BD")
LIGHT_RULE = colors.HexColor("#D8DDE0")
STRIPE = colors.HexColor("#F0F4F5")
TINT = colors.HexColor("#E8F1FA")
WATERMARK = colors.HexColor("#E4E8EB")
WHITE = colors.white

NORMAL_BASE = 11.0
LARGE_BASE = 16.0


@dataclass(frozen=True)
class Theme:
    """Everything about how the document looks at one print size."""

    large_print: bool
    base: float
    margin: float
    footer_size: float
    styles: dict[str, ParagraphStyle] = field(default_factory=dict)
    page_size: tuple[float, float] = A4

    @property
    def frame_width(self) -> float:
        """Width available to the text between the side margins."""
        return self.page_size[0] - 2 * self.margin

    @property
    def footer_height(self) -> float:
        """Room kept at the foot of each page for the two-line footer."""
        return self.footer_size * 2 * 1.35 + self.base * 1.2

    def __getitem__(self, name: str) -> ParagraphStyle:
        return self.styles[name]


def make_theme(large_print: bool = False) -> Theme:
    """The theme for normal print (11 pt body) or large print (16 pt body)."""
    register_fonts()
    base = LARGE_BASE if large_print else NORMAL_BASE
    lead = base * 1.4
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        fontSize=base,
        leading=lead,
        textColor=TEXT,
        spaceAfter=base * 0.5,
        alignment=TA_LEFT,
    )
    styles = {
        "body": body,
        "muted": ParagraphStyle("muted", parent=body, textColor=MUTED),
        "empty": ParagraphStyle("empty", parent=body, fontName=OBLIQUE, textColor=MUTED),
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=BOLD,
            fontSize=base * 2.3,
            leading=base * 2.9,
            textColor=ACCENT,
            spaceAfter=base * 0.6,
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=base * 1.35, leading=base * 1.8, spaceAfter=base
        ),
        "name": ParagraphStyle(
            "name",
            parent=body,
            fontName=BOLD,
            fontSize=base * 1.8,
            leading=base * 2.3,
            spaceBefore=base * 1.5,
            spaceAfter=base * 0.3,
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=BOLD,
            fontSize=base * 1.6,
            leading=base * 2.0,
            textColor=ACCENT,
            spaceBefore=base * 2.2,
            spaceAfter=base * 0.9,
            keepWithNext=True,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=BOLD,
            fontSize=base * 1.2,
            leading=base * 1.6,
            spaceBefore=base * 1.1,
            spaceAfter=base * 0.35,
            keepWithNext=True,
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=body,
            fontName=BOLD,
            spaceBefore=base * 0.7,
            spaceAfter=base * 0.15,
            keepWithNext=True,
        ),
        "cell": ParagraphStyle("cell", parent=body, leading=base * 1.3, spaceAfter=0),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=body, fontName=BOLD, leading=base * 1.3, spaceAfter=0
        ),
        "cell_muted": ParagraphStyle(
            "cell_muted", parent=body, textColor=MUTED, leading=base * 1.3, spaceAfter=0
        ),
        "cell_right": ParagraphStyle(
            "cell_right", parent=body, leading=base * 1.3, spaceAfter=0, alignment=TA_RIGHT
        ),
        "cell_right_bold": ParagraphStyle(
            "cell_right_bold",
            parent=body,
            fontName=BOLD,
            leading=base * 1.3,
            spaceAfter=0,
            alignment=TA_RIGHT,
        ),
        "head": ParagraphStyle(
            "head",
            parent=body,
            fontName=BOLD,
            leading=base * 1.25,
            spaceAfter=0,
            textColor=WHITE,
        ),
        "head_right": ParagraphStyle(
            "head_right",
            parent=body,
            fontName=BOLD,
            leading=base * 1.25,
            spaceAfter=0,
            textColor=WHITE,
            alignment=TA_RIGHT,
        ),
        "toc0": ParagraphStyle(
            "toc0", parent=body, leading=base * 1.7, spaceAfter=0, rightIndent=base * 3
        ),
        "center": ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        "bullet": ParagraphStyle(
            "bullet",
            parent=body,
            leftIndent=base * 1.5,
            bulletIndent=base * 0.2,
            bulletFontName=REGULAR,
            bulletFontSize=base,
            spaceAfter=base * 0.3,
        ),
        "bullet_note": ParagraphStyle(
            "bullet_note",
            parent=body,
            leftIndent=base * 1.5,
            textColor=MUTED,
        ),
    }
    return Theme(
        large_print=large_print,
        base=base,
        margin=46.0 if large_print else 56.0,
        footer_size=10.0 if large_print else 9.0,
        styles=styles,
    )


def plain_style(commands: list[tuple[object, ...]]) -> TableStyle:
    """A table style whose bare-text cells use the report font, never ReportLab's Helvetica.

    Empty cells are drawn as text too; without this they would pull Helvetica (which has no
    "ł" or "ễ", and is not embedded) into the PDF.
    """
    return TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, NORMAL_BASE), *commands])
