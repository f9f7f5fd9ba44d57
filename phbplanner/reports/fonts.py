"""The Unicode font every report uses: DejaVu Sans, shipped in ``resources/fonts`` and embedded.

ReportLab's built-in Helvetica only knows Latin-1, so "Łukasz" or "Nguyễn" would print as black
boxes. Registering a TrueType font makes ReportLab embed a subset of it in each PDF.
"""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..paths import resource

REGULAR = "PHBSans"
BOLD = "PHBSans-Bold"
OBLIQUE = "PHBSans-Oblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    OBLIQUE: "DejaVuSans-Oblique.ttf",
}

_registered = False


def register_fonts() -> None:
    """Register the report fonts with ReportLab once per process (later calls do nothing)."""
    global _registered
    if _registered:
        return
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    # <b> and <i> inside paragraphs pick the right face of the family.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, OBLIQUE)
    addMapping(REGULAR, 1, 1, BOLD)
    _registered = True


def text_width(text: str, font: str, size: float) -> float:
    """The width in points of ``text`` set in ``font`` at ``size``."""
    register_fonts()
    return float(pdfmetrics.stringWidth(text, font, size))
