"""The recovery sheet: one printable page to keep a plan's passphrase safe (SPEC §5).

It names the plan and where its file is kept, leaves a box to write the passphrase by hand, and
says plainly what happens if the passphrase is lost. The passphrase itself is printed only when
the caller passes it, because the person explicitly asked for it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table

from ..domain.schedule import format_date
from ..domain.text import translate
from .blocks import esc, field_table, para
from .document import creator
from .fonts import REGULAR
from .styles import ACCENT, RULE, TEXT, TINT, make_theme, plain_style


def _passphrase_box(passphrase: str | None, width: float, base: float) -> Flowable:
    theme = make_theme(False)
    if passphrase is not None:
        shown = Paragraph(
            f'<font size="{base * 1.5:.0f}"><b>{esc(passphrase)}</b></font>',
            theme["body"],
        )
        rows: list[list[Flowable | str]] = [
            [para(translate("PlanPdf", "My passphrase"), theme, "cell_bold")],
            [shown],
        ]
        style: list[tuple[object, ...]] = [("BOTTOMPADDING", (0, 1), (-1, 1), base * 1.2)]
    else:
        rows = [
            [
                para(
                    translate("PlanPdf", "My passphrase (write it here by hand, clearly)"),
                    theme,
                    "cell_bold",
                )
            ]
        ]
        rows += [[""] for _ in range(3)]
        style = [
            ("LINEBELOW", (0, 1), (-1, -1), 0.8, RULE),
            ("TOPPADDING", (0, 1), (-1, -1), base * 2.2),
        ]
    return Table(
        rows,
        colWidths=[width],
        style=plain_style(
            [
                ("BOX", (0, 0), (-1, -1), 2, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), base),
                ("RIGHTPADDING", (0, 0), (-1, -1), base),
                ("TOPPADDING", (0, 0), (-1, 0), base * 0.8),
                *style,
            ]
        ),
    )


def build_recovery_sheet(
    plan_name: str,
    file_hint: str,
    out: Path | BinaryIO,
    *,
    passphrase: str | None = None,
    produced: date | None = None,
) -> None:
    """Write the one-page recovery sheet for the plan ``plan_name`` to ``out``.

    ``file_hint`` says where the plan file is kept (a folder, a USB stick). ``passphrase`` is
    printed only when given — leave it out and the sheet has a box to write it by hand.
    """
    theme = make_theme(False)
    base = theme.base
    target: str | BinaryIO = str(out) if isinstance(out, Path) else out
    doc = SimpleDocTemplate(
        target,
        pagesize=theme.page_size,
        leftMargin=theme.margin,
        rightMargin=theme.margin,
        topMargin=theme.margin,
        bottomMargin=theme.margin,
        title=translate("PlanPdf", "Recovery sheet for {name}").format(name=plan_name),
        author="PHB Planner",
        subject=translate("PlanPdf", "How to open the plan file if the passphrase is forgotten"),
        creator=creator(),
        lang="en-GB",
        initialFontName=REGULAR,
    )
    width = theme.frame_width
    story: list[Flowable] = [
        para(translate("PlanPdf", "PHB Planner"), theme, "subtitle"),
        para(translate("PlanPdf", "Recovery sheet"), theme, "title"),
        para(
            translate(
                "PlanPdf",
                "Your plan file is locked with a passphrase. Keep this sheet somewhere safe and "
                "private, away from the computer and from any USB stick that holds the file.",
            ),
            theme,
        ),
        Spacer(1, base * 0.6),
        field_table(
            [
                (translate("PlanPdf", "Plan"), plan_name),
                (translate("PlanPdf", "Where the file is kept"), file_hint),
                (translate("PlanPdf", "Sheet printed on"), format_date(produced or date.today())),
            ],
            theme,
        ),
        Spacer(1, base * 1.4),
        _passphrase_box(passphrase, width, base),
        Spacer(1, base * 0.5),
    ]
    if passphrase is not None:
        story.append(
            para(
                translate(
                    "PlanPdf",
                    "This sheet shows the passphrase. Anyone who has it and the file can read "
                    "the plan: lock it away.",
                ),
                theme,
                "cell_bold",
            )
        )
    story += [
        para(translate("PlanPdf", "If the passphrase is lost"), theme, "h2"),
        para(
            translate(
                "PlanPdf",
                "Without the passphrase and without this sheet, the plan cannot be opened. "
                "Nobody can recover it — not the NHS, not your care coordinator, and not the "
                "people who make PHB Planner. This is what keeps your information private.",
            ),
            theme,
        ),
        para(
            translate(
                "PlanPdf",
                "The plan may still be open on a computer, or that computer may remember the "
                "passphrase. If so, change the passphrase now and print a new recovery sheet.",
            ),
            theme,
        ),
        para(translate("PlanPdf", "Keeping it safe"), theme, "h2"),
        Paragraph(
            esc(translate("PlanPdf", "Do not keep this sheet with the computer or the USB stick.")),
            theme["bullet"],
            bulletText="•",
        ),
        Paragraph(
            esc(translate("PlanPdf", "Do not photograph it or send it by email or text message.")),
            theme["bullet"],
            bulletText="•",
        ),
        Paragraph(
            esc(
                translate(
                    "PlanPdf",
                    "When you change the passphrase, destroy this sheet and print a new one.",
                )
            ),
            theme["bullet"],
            bulletText="•",
        ),
    ]
    note = Table(
        [[para(translate("PlanPdf", "Keep this page private."), theme, "cell_bold")]],
        colWidths=[width],
        style=plain_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("LINEBEFORE", (0, 0), (0, -1), 4, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), base),
                ("TOPPADDING", (0, 0), (-1, -1), base * 0.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), base * 0.7),
                ("TEXTCOLOR", (0, 0), (-1, -1), TEXT),
            ]
        ),
    )
    story += [Spacer(1, base), note]
    doc.build(story)
