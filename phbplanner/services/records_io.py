"""A plan file's whole content as an interchange document, and a new plan file from one.

``export --format json`` writes the current plan (or an agreed version) with, in format
version 2, the reviews held and every spending record — accounts, entries with their splits,
documents listed by name and hash, and their bytes too when asked (``--with-attachments``) — so
the JSON is a complete, portable record; ``new --from`` restores it into a new encrypted file in
one transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..domain.records import Records
from ..domain.text import translate
from ..interchange.document import Document, dumps_document, full_document
from ..interchange.plan_json import plan_fingerprint
from ..storage.planfile import now_utc
from ..storage.records_rows import read_records, write_records
from ..storage.review_rows import insert_review, list_reviews
from .exports import atomic_output
from .session import PlanSession


def records_of(session: PlanSession, *, with_data: bool = False) -> Records:
    """Every spending record of the open plan (documents' bytes only ``with_data``)."""
    with session.reading() as conn:
        return read_records(conn, with_data=with_data)


def document_of(
    session: PlanSession, *, version: int | None = None, with_attachments: bool = False
) -> dict[str, Any]:
    """The interchange document of the plan (the current version, or ``version``) with its
    spending records — version 1 when there are none, 2 when there are."""
    plan = session.plan if version is None else session.version_plan(version)
    records = records_of(session, with_data=with_attachments)
    with session.reading() as conn:
        reviews = tuple(reversed(list_reviews(conn)))  # oldest first
    return full_document(plan, records, reviews, with_attachments=with_attachments)


def export_document_json(
    session: PlanSession,
    out_path: Path,
    *,
    version: int | None = None,
    with_attachments: bool = False,
    overwrite: bool = False,
) -> str:
    """Write the plan (or an agreed ``version``) with its records as interchange JSON, atomically
    (an existing file only with ``overwrite``, a plan file never); return the plan's fingerprint."""
    plan = session.plan if version is None else session.version_plan(version)
    text = dumps_document(document_of(session, version=version, with_attachments=with_attachments))
    with atomic_output(out_path, overwrite=overwrite) as stream:
        stream.write(text.encode("utf-8"))
    return plan_fingerprint(plan)


def fill_with(document: Document) -> Any:
    """What a new plan file made from ``document`` writes beside the plan (for
    ``create_plan_file(..., fill=…)``), and a list that receives the count of documents left
    out because the document listed them without their bytes."""
    left_out: list[int] = []

    def fill(conn: Any) -> None:
        if document.records:
            left_out.append(write_records(conn, document.records, now=now_utc()))
        for review in document.reviews:
            insert_review(conn, review, keep_id=review.id is not None)

    return fill, left_out


def left_out_notice(count: int) -> str:
    """What to tell the person when documents could not come across."""
    return translate(
        "Records",
        "{count} documents were listed in the file without their contents, so they could not be "
        "kept. Export with “--with-attachments” to carry receipts across.",
    ).format(count=count)
