"""The monitoring return as a PDF, for the ICB or council's finance officer (issue 13).

``build_return_pdf`` sets a :class:`~phbplanner.domain.monitoring.MonitoringReturn` on A4 pages
with the plan PDF's look: the same fonts, styles, footer ("Page X of Y", the person, the plan's
fingerprint) and bookmarked sections (``reports/document.py``). A summary page comes first, the
list of every entry is set on landscape pages so that its eight columns stay readable.

The file is **reproducible**: ReportLab's invariant mode fixes the document id and the dates in
the file, and the only date printed is the production date passed in, so the same return made
twice from the same records is byte for byte the same file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import landscape
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from ..domain.monitoring import MonitoringReturn
from ..domain.text import translate
from . import return_lists, return_summary
from .document import PageFacts, PlanDocTemplate
from .return_summary import plan_fingerprint_text, short_date
from .safe_output import write_atomically
from .styles import Theme, make_theme


class ReturnDocTemplate(PlanDocTemplate):
    """The plan's page frame, reproducible, with a landscape page template for wide tables."""

    def __init__(self, out: Any, theme: Theme, facts: PageFacts, **options: Any) -> None:
        super().__init__(out, theme, facts, **options)
        # A fixed document id and fixed dates inside the file: the same data, the same bytes.
        self.invariant = 1
        wide = landscape(theme.page_size)
        self.wide_theme = replace(theme, page_size=wide)
        frame = Frame(
            theme.margin,
            self.bottomMargin,
            wide[0] - 2 * theme.margin,
            wide[1] - theme.margin - self.bottomMargin,
            id="wide-body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate(
                    id=return_lists.WIDE,
                    frames=[frame],
                    onPage=self._under,
                    onPageEnd=self._over_wide,
                    pagesize=wide,
                )
            ]
        )

    def _over_wide(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """The same footer, laid out across the landscape page."""
        portrait = self.theme
        self.theme = self.wide_theme
        try:
            self._over(canvas, doc)
        finally:
            self.theme = portrait


def footer_line(ret: MonitoringReturn) -> str:
    """What the footer says after the person's name: the return and its period.

    The plan's version is on the first page; its fingerprint is on the footer's second line.
    """
    return translate("ReturnPdf", "Monitoring return {start}–{end}").format(
        start=short_date(ret.period.start), end=short_date(ret.period.end)
    )


def build_return_pdf(
    ret: MonitoringReturn,
    out: Path | BinaryIO,
    *,
    produced: date,
    large_print: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Write the PDF of the monitoring return ``ret`` to ``out``, a path or a binary file.

    ``produced`` is the production date printed on the first page (the only date in the file
    that is not part of the return); ``large_print`` sets the body in 16 pt instead of 11 pt;
    ``progress(done, total)`` is called as the document is laid out, ending with done == total.
    """
    theme = make_theme(large_print)
    name = ret.header.person_name.strip() or translate("ReturnPdf", "(name not recorded)")
    facts = PageFacts(
        person=name,
        version_line=footer_line(ret),
        fingerprint=plan_fingerprint_text(ret),
        draft=False,
    )
    target: str | BinaryIO = str(out) if isinstance(out, Path) else out
    doc = ReturnDocTemplate(
        target,
        theme,
        facts,
        title=translate("ReturnPdf", "Monitoring return for {name}, {period}").format(
            name=name, period=ret.period.describe()
        ),
        author=name,
        subject=translate(
            "ReturnPdf",
            "Personal health budget monitoring return: {account}, {period}; plan fingerprint "
            "{fingerprint}",
        ).format(
            account=ret.header.account_name,
            period=ret.period.describe(),
            fingerprint=facts.fingerprint,
        ),
        progress=progress,
    )
    story: list[Flowable] = [
        *return_summary.summary_page(ret, theme, produced),
        *return_summary.money_in(ret, theme),
        *return_summary.by_line(ret, theme),
        *return_summary.by_outcome(ret, theme),
        *return_lists.every_entry(ret, theme),
        *return_lists.without_receipt(ret, theme),
        *return_lists.unassigned(ret, theme),
        *return_lists.declaration(ret, theme),
    ]
    doc.build_story(story)


def save_return_pdf(
    ret: MonitoringReturn,
    target: Path,
    *,
    produced: date,
    large_print: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write the return's PDF to ``target`` whole or not at all (see ``safe_output``)."""
    return write_atomically(
        Path(target),
        lambda stream: build_return_pdf(
            ret, stream, produced=produced, large_print=large_print, progress=progress
        ),
    )
