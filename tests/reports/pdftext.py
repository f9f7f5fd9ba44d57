"""Reading PDFs back in tests: the text of each page, as a person would read it."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from phbplanner.reports.fonts import register_fonts

register_fonts()


def flat(text: str) -> str:
    """NFC text with every run of white space (line breaks included) made one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def page_texts(pdf: bytes) -> list[str]:
    """The text of every page, flattened (see :func:`flat`)."""
    reader = PdfReader(io.BytesIO(pdf))
    return [flat(page.extract_text()) for page in reader.pages]


@dataclass(frozen=True)
class Run:
    """A piece of text as drawn: where it starts, where it ends and its size."""

    page: int
    text: str
    x: float
    right: float
    size: float


def text_runs(pdf: bytes) -> list[Run]:
    """Every piece of text drawn directly on a page (not inside a form), with its extent."""
    reader = PdfReader(io.BytesIO(pdf))
    runs: list[Run] = []

    number = 0

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if not text.strip() or font is None:
            return
        name = str(font["/BaseFont"]).split("+", 1)[-1]
        width = pdfmetrics.stringWidth(text.strip(), _FONTS.get(name, name), size)
        x = cm[4] + tm[4] * cm[0]
        runs.append(Run(number, flat(text), x, x + width * cm[0], size))

    for page in reader.pages:
        number += 1  # read by visit() while this page is being read
        page.extract_text(visitor_text=visit)
    return runs


_FONTS = {
    "DejaVuSans": "PHBSans",
    "DejaVuSans-Bold": "PHBSans-Bold",
    "DejaVuSans-Oblique": "PHBSans-Oblique",
}


def font_sizes(pdf: bytes) -> list[tuple[str, float]]:
    """Every run of text with the size it is set in, over all pages."""
    reader = PdfReader(io.BytesIO(pdf))
    runs: list[tuple[str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            runs.append((flat(text), float(size) * abs(tm[3]) * abs(cm[3] or 1)))

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    return runs
