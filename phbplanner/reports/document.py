"""The page frame of every plan PDF: footer, "Page X of Y", DRAFT mark, contents, bookmarks.

Page numbers that are only known at the end — the total in "Page X of Y" and the page of each
section in the contents — are drawn as PDF *forms* (small reusable drawings) that every page
refers to by name and that are defined once, just before the file is saved. So the document is
laid out in a single pass, which halves the time a long plan takes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from ..domain.text import translate
from .blocks import SectionHeading
from .fonts import BOLD, REGULAR, text_width
from .styles import LIGHT_RULE, MUTED, TEXT, WATERMARK, Theme

TOTAL_FORM = "phbPageTotal"


def creator() -> str:
    """The program and its version, written into every PDF's metadata (its "Creator")."""
    from .. import __version__

    return f"PHB Planner {__version__}"


def section_form(key: str) -> str:
    """The name of the form that prints the page number of the section ``key``."""
    return "phbPageOf" + key.replace("-", "")


@dataclass(frozen=True)
class PageFacts:
    """What the footer of every page says."""

    person: str
    version_line: str
    fingerprint: str  # already in groups of four
    draft: bool


class _FormCanvas(Canvas):
    """A canvas that lets the document define its late forms just before saving."""

    before_save: Callable[[Canvas], None] | None = None

    def save(self) -> None:
        if self.before_save is not None:
            self.before_save(self)
        super().save()


class PageRef(Flowable):
    """The page number of a section, right-aligned, known only once the document is laid out."""

    def __init__(self, key: str, font: str, size: float, leading: float) -> None:
        super().__init__()
        self.key = key
        self.font = font
        self.size = size
        self.leading = leading

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.leading

    def draw(self) -> None:
        # a one-line paragraph beside it (tops aligned) has its baseline one font size under
        # its leading
        canvas = self.canv
        canvas.saveState()
        canvas.translate(self.width, self.leading - self.size)
        canvas.doForm(section_form(self.key))
        canvas.restoreState()


class PlanDocTemplate(BaseDocTemplate):
    """A4 pages with the plan footer, an optional DRAFT mark and bookmarked sections."""

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
        self.section_pages: dict[str, int] = {}
        self.last_page = 0
        self._progress = progress
        self._size = 1
        self._done = 0
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
            creator=creator(),
            lang=lang,
            initialFontName=REGULAR,
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

    def build_story(self, story: list[Flowable]) -> None:
        """Lay out ``story`` in one pass and save the PDF."""
        self.build(story, canvasmaker=_FormCanvas)
        if self._progress is not None:
            self._progress(self._size, self._size)

    def beforeDocument(self) -> None:
        """Hook the late forms into the canvas before anything is drawn."""
        canvas = self.canv
        assert isinstance(canvas, _FormCanvas)
        canvas.before_save = self._define_forms

    # -- progress -------------------------------------------------------------------------------
    def _on_progress(self, kind: str, value: int) -> None:
        assert self._progress is not None
        if kind == "SIZE_EST":
            self._size = max(1, value)
        elif kind == "PROGRESS":
            # A split table puts its remainder back in the story, so the count can step back.
            self._done = max(self._done, min(value, self._size - 1))
            self._progress(self._done, self._size)

    # -- contents and bookmarks -----------------------------------------------------------------
    def afterFlowable(self, flowable: Flowable) -> None:
        """Record where each section starts, for the contents list and the PDF's bookmarks."""
        if isinstance(flowable, SectionHeading):
            self.canv.bookmarkPage(flowable.key)
            self.canv.addOutlineEntry(flowable.toc_text, flowable.key, level=0, closed=False)
            self.section_pages.setdefault(flowable.key, self.page)

    def _define_forms(self, canvas: Canvas) -> None:
        """Now every page is known: write the total and each section's page number."""
        size = self.theme.footer_size
        canvas.beginForm(TOTAL_FORM, lowerx=-10, lowery=-size, upperx=size * 30, uppery=size * 2)
        canvas.setFillColor(TEXT)
        canvas.setFont(BOLD, size)
        canvas.drawString(0, 0, str(self.last_page) + _page_words(1)[1])
        canvas.endForm()
        toc = self.theme["toc0"]
        for key, page in self.section_pages.items():
            canvas.beginForm(
                section_form(key),
                lowerx=-toc.fontSize * 5,
                lowery=-toc.fontSize,
                upperx=10,
                uppery=toc.fontSize * 2,
            )
            canvas.setFillColor(TEXT)
            canvas.setFont(toc.fontName, toc.fontSize)
            canvas.drawRightString(0, 0, str(page))
            canvas.endForm()

    # -- page decoration ------------------------------------------------------------------------
    def _under(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Drawn before the page's content: the DRAFT mark, light, behind the text."""
        if not self.facts.draft:
            return
        width, height = self.theme.page_size
        size = 110.0
        canvas.saveState()
        canvas.setFillColor(WATERMARK)
        canvas.setFont(BOLD, size)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(50)
        canvas.drawCentredString(0, -size / 3, translate("PlanPdf", "DRAFT"))
        canvas.restoreState()

    def _over(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Drawn after the page's content: the footer."""
        theme, facts = self.theme, self.facts
        size = theme.footer_size
        left = theme.margin
        right = theme.page_size[0] - theme.margin
        line2 = theme.margin * 0.6
        line1 = line2 + size * 1.45
        rule = line1 + size * 1.5
        page = canvas.getPageNumber()
        self.last_page = max(self.last_page, page)
        # "Page 3 of " now, the total later (a form): room is kept for as many digits as the
        # current page number has, plus one.
        lead, tail = _page_words(page)
        room_for_total = text_width("0" * (len(str(page)) + 1) + tail, BOLD, size)
        start = right - text_width(lead, BOLD, size) - room_for_total
        canvas.saveState()
        canvas.setStrokeColor(LIGHT_RULE)
        canvas.setLineWidth(0.75)
        canvas.line(left, rule, right, rule)
        canvas.setFillColor(TEXT)
        canvas.setFont(BOLD, size)
        canvas.drawString(start, line1, lead)
        canvas.saveState()
        canvas.translate(start + text_width(lead, BOLD, size), line1)
        canvas.doForm(TOTAL_FORM)
        canvas.restoreState()
        room = start - left - size * 2
        canvas.setFont(REGULAR, size)
        words = [facts.person, facts.version_line] + (
            [translate("PlanPdf", "DRAFT")] if facts.draft else []
        )
        canvas.drawString(left, line1, _fit(" · ".join(words), room, size))
        canvas.setFillColor(MUTED)
        canvas.drawString(
            left,
            line2,
            translate("PlanPdf", "Fingerprint: {fingerprint}").format(
                fingerprint=facts.fingerprint
            ),
        )
        canvas.restoreState()


def _page_words(page: int) -> tuple[str, str]:
    """The translated "Page {page} of {total}" split around the total: ("Page 3 of ", "")."""
    marker = "\x00"
    text = translate("PlanPdf", "Page {page} of {total}").format(page=page, total=marker)
    lead, _, tail = text.partition(marker)
    return lead, tail


def _fit(text: str, room: float, size: float) -> str:
    """Shorten ``text`` with an ellipsis until it fits in ``room`` points."""
    if text_width(text, REGULAR, size) <= room:
        return text
    while text and text_width(text + "…", REGULAR, size) > room:
        text = text[:-1]
    return text + "…"
