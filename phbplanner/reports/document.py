"""The page frame of every plan PDF: footer, "Page X of Y", DRAFT mark, contents, bookmarks.

"Page X of Y" needs the page count before the last page is drawn, so the document is built in
passes (ReportLab's ``multiBuild``): each pass prints the total found by the one before, and a
:class:`PageTotal` marker keeps asking for another pass until the total no longer changes. The
contents list is filled the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from .blocks import SectionHeading
from .fonts import BOLD, REGULAR, text_width
from .labels import tr
from .styles import LIGHT_RULE, MUTED, TEXT, WATERMARK, Theme


@dataclass(frozen=True)
class PageFacts:
    """What the footer of every page says."""

    person: str
    version_line: str
    fingerprint: str  # already in groups of four
    draft: bool


class PageTotal(Flowable):
    """An invisible marker that asks for one more pass until the page count is stable."""

    def __init__(self, doc: PlanDocTemplate) -> None:
        super().__init__()
        self._doc = doc
        self._previous: int | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass

    def isIndexing(self) -> int:
        return 1

    def beforeBuild(self) -> None:
        self._previous = self._doc.page_total

    def afterBuild(self) -> None:
        self._doc.page_total = self._doc.page

    def isSatisfied(self) -> bool:
        return self._previous == self._doc.page_total

    def notify(self, kind: str, stuff: object) -> None:
        """Indexing flowables hear every notice; this one needs none of them."""


class PlanDocTemplate(BaseDocTemplate):
    """A4 pages with the plan footer, an optional DRAFT mark and a bookmarked contents list."""

    def __init__(
        self,
        out: Any,
        theme: Theme,
        facts: PageFacts,
        *,
        title: str,
        author: str,
        subject: str,
        lang: str = "en-GB",
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        self.theme = theme
        self.facts = facts
        self.page_total: int | None = None
        self._progress = progress
        self._pass = 0
        self._size = 1
        bottom = theme.margin * 0.6 + theme.footer_height
        super().__init__(
            out,
            pagesize=theme.page_size,
            leftMargin=theme.margin,
            rightMargin=theme.margin,
            topMargin=theme.margin,
            bottomMargin=bottom,
            title=title,
            author=author,
            subject=subject,
            creator="PHB Planner",
            lang=lang,
        )
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [PageTemplate(id="page", frames=[frame], onPage=self._under, onPageEnd=self._over)]
        )
        if progress is not None:
            self.setProgressCallBack(self._on_progress)

    # -- progress -------------------------------------------------------------------------------
    def _on_progress(self, kind: str, value: int) -> None:
        # Two passes are the usual case; a third (rare) keeps the bar just short of the end.
        assert self._progress is not None
        if kind == "PASS":
            self._pass = value
        elif kind == "SIZE_EST":
            self._size = max(1, value)
        elif kind == "PROGRESS":
            total = 2 * self._size
            done = min(total - 1, (min(self._pass, 2) - 1) * self._size + value)
            self._progress(done, total)

    def finished(self) -> None:
        """Report the end of the work to the progress callback."""
        if self._progress is not None:
            total = 2 * self._size
            self._progress(total, total)

    # -- contents and bookmarks -----------------------------------------------------------------
    def afterFlowable(self, flowable: Flowable) -> None:
        """Record section headings for the contents list and the PDF's bookmarks."""
        if isinstance(flowable, SectionHeading):
            self.canv.bookmarkPage(flowable.key)
            self.canv.addOutlineEntry(flowable.toc_text, flowable.key, level=0, closed=False)
            self.notify("TOCEntry", (0, flowable.toc_text, self.page, flowable.key))

    # -- page decoration ------------------------------------------------------------------------
    def _under(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Drawn before the page's content: the DRAFT mark, light, behind the text."""
        if not self.facts.draft:
            return
        width, height = self.theme.page_size
        word = tr("DRAFT")
        size = 110.0
        canvas.saveState()
        canvas.setFillColor(WATERMARK)
        canvas.setFont(BOLD, size)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(50)
        canvas.drawCentredString(0, -size / 3, word)
        canvas.restoreState()

    def _over(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Drawn after the page's content: the footer."""
        theme = self.theme
        facts = self.facts
        size = theme.footer_size
        left = theme.margin
        right = theme.page_size[0] - theme.margin
        line2 = theme.margin * 0.6
        line1 = line2 + size * 1.45
        rule = line1 + size * 1.5
        total = self.page_total
        page_text = tr("Page {page} of {total}").format(
            page=canvas.getPageNumber(), total=total if total is not None else "…"
        )
        canvas.saveState()
        canvas.setStrokeColor(LIGHT_RULE)
        canvas.setLineWidth(0.75)
        canvas.line(left, rule, right, rule)
        canvas.setFillColor(TEXT)
        canvas.setFont(BOLD, size)
        canvas.drawRightString(right, line1, page_text)
        room = right - left - text_width(page_text, BOLD, size) - size * 2
        canvas.setFont(REGULAR, size)
        first = _fit(f"{facts.person} · {facts.version_line}", room, size)
        if facts.draft:
            first = _fit(f"{facts.person} · {facts.version_line} · {tr('DRAFT')}", room, size)
        canvas.drawString(left, line1, first)
        canvas.setFillColor(MUTED)
        canvas.drawString(
            left, line2, tr("Fingerprint: {fingerprint}").format(fingerprint=facts.fingerprint)
        )
        canvas.restoreState()


def _fit(text: str, room: float, size: float) -> str:
    """Shorten ``text`` with an ellipsis until it fits in ``room`` points."""
    if text_width(text, REGULAR, size) <= room:
        return text
    while text and text_width(text + "…", REGULAR, size) > room:
        text = text[:-1]
    return text + "…"


def open_output(out: Any) -> tuple[BinaryIO | str, bool]:
    """ReportLab accepts a file name or a binary file; paths become strings."""
    from pathlib import Path

    if isinstance(out, Path):
        return str(out), False
    return out, True
