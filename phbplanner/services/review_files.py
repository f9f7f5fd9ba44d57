"""What a review takes from the spending records, and the review PDF written where asked.

- :func:`spending_picture`: planned against actual by support line and by outcome as of the
  review date — the spending page's own figures (``LedgerView.status``), kept with the review
  so that it shows what was known then.
- :func:`write_review_pdf`: the review PDF written whole or not at all (a temporary file in the
  same folder, flushed, then renamed; readable by this user only), never over the plan file, a
  file that is not a PDF, or — unless asked — an earlier PDF.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import BinaryIO

from ..domain.plan import Plan
from ..domain.review import Review, SpendingFigure, SpendingPicture
from ..domain.text import translate
from ..domain.versions import VersionInfo
from ..interchange.reviews_json import review_fingerprint
from ..reports.safe_output import OutputError, write_atomically
from ..storage import ledger_queries
from .exports import with_fingerprint
from .language import in_language
from .ledger_view import LedgerView
from .session import PlanSession

#: The key of the spending picture's row for lines that serve no outcome.
NOT_LINKED_KEY = "not-linked"
#: Suffixes of the files SQLite keeps beside a plan file while it is open.
_SIDE_FILES = ("-wal", "-shm", "-journal")


class ReviewOutputError(OutputError):
    """The review PDF cannot be written where asked; the message says why and what to do."""


class OutputExistsError(ReviewOutputError):
    """There is already a PDF with that name, and replacing it was not asked for."""

    def __init__(self, message: str, target: Path) -> None:
        super().__init__(message)
        self.target = target


# -- the spending picture ---------------------------------------------------------------------
def spending_picture(session: PlanSession, as_of: date) -> SpendingPicture | None:
    """Planned against spent by support line and by outcome for the plan's period up to
    ``as_of``, from the spending records; ``None`` when nothing has been recorded."""
    with session.reading() as conn:
        if not ledger_queries.entries_exist(conn):
            return None
    view = LedgerView(session)
    try:
        status = view.status(as_of)
    finally:
        view.close()
    compared = status.planned_vs_actual
    lines = tuple(SpendingFigure(c.key, c.label, c.planned, c.spent) for c in compared.lines)
    outcomes = [SpendingFigure(c.key, c.label, c.planned, c.spent) for c in compared.outcomes]
    loose = compared.not_linked
    if loose.planned.pence or loose.spent.pence:
        outcomes.append(SpendingFigure(NOT_LINKED_KEY, loose.label, loose.planned, loose.spent))
    note = ""
    if compared.left_out:
        names = {
            line.id: line.description.strip() or line.id for line in session.plan.support_lines
        }
        note = translate(
            "Reviews",
            "Not included: {lines}. They are not paid from the money recorded here. The NHS or "
            "another organisation pays for them.",
        ).format(lines=", ".join(names.get(ref, ref) for ref in compared.left_out))
    if not lines and not outcomes:
        return None
    return SpendingPicture(as_of=as_of, lines=lines, outcomes=tuple(outcomes), note=note)


# -- the review PDF ---------------------------------------------------------------------------
def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


def check_target(session: PlanSession, target: Path, *, overwrite: bool) -> None:
    """Refuse a place the PDF must not go, with a plain message; nothing is written."""
    plan_path = Path(session.path)
    guarded = [plan_path, *(plan_path.with_name(plan_path.name + s) for s in _SIDE_FILES)]
    if any(_same_file(target, path) for path in guarded) or target.suffix.lower() == ".phbplan":
        raise ReviewOutputError(
            translate(
                "Reviews",
                "{name} is a plan file. The PDF must never be written over a plan: choose a "
                "name ending in .pdf.",
            ).format(name=target.name)
        )
    if not target.is_file():
        return  # a folder or a missing folder: the writer says so plainly
    try:
        with open(target, "rb") as handle:
            head = handle.read(5)
    except OSError:
        head = b""
    if head != b"%PDF-":
        raise ReviewOutputError(
            translate(
                "Reviews",
                "There is already a file called {name}, and it is not a PDF. PHB Planner will "
                "not write over it: choose another name.",
            ).format(name=target.name)
        )
    if not overwrite:
        raise OutputExistsError(
            translate(
                "Reviews",
                "There is already a PDF called {name}. Choose another name, or replace it.",
            ).format(name=target.name),
            target,
        )


def reviewed_version(session: PlanSession, review: Review) -> tuple[Plan, VersionInfo]:
    """The plan version the review looked at (the current one when it is not known)."""
    if review.plan_version is not None:
        for info in session.versions():
            if info.number == review.plan_version:
                plan = session.version_plan(info.number)
                return plan, with_fingerprint(plan, info)
    plan = session.plan
    return plan, with_fingerprint(plan, session.version)


def write_review_pdf(
    session: PlanSession,
    review: Review,
    others: Iterable[Review],
    out: Path,
    *,
    large_print: bool = False,
    overwrite: bool = False,
    produced: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    language: str | None = None,
) -> Path:
    """Write the PDF of ``review`` (with the earlier ratings from ``others``) to ``out``, in
    ``language`` (``en``, ``cy``) when it is not the window's."""
    from ..reports.review_pdf import build_review_pdf  # ReportLab only when a PDF is made

    check_target(session, out, overwrite=overwrite)
    plan, version = reviewed_version(session, review)
    fingerprint = review_fingerprint(review)
    earlier = tuple(others)

    def write(stream: BinaryIO) -> None:
        with in_language(language):
            build_review_pdf(
                review,
                plan,
                version,
                stream,
                fingerprint=fingerprint,
                earlier=earlier,
                large_print=large_print,
                produced=produced,
                progress=progress,
            )

    # the temporary file is made for this user only (mode 0600) and keeps that when renamed
    return write_atomically(out, write)
