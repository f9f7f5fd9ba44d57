"""Receipts, invoices, timesheets and payslips: which files may be kept, and their names.

A document is kept inside the encrypted plan file, so it must be a kind of file the program can
show (an image or a PDF) and of a sensible size. The type is read from the file's first bytes,
never trusted from its name.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

from .errors import PHBError
from .text import translate

#: The largest document kept (a phone photo of a receipt is 2–5 MB).
MAX_BYTES = 20 * 1024 * 1024


class DocumentKind(StrEnum):
    """What a document is (``attachment.kind``)."""

    RECEIPT = "receipt"
    INVOICE = "invoice"
    TIMESHEET = "timesheet"
    PAYSLIP = "payslip"
    STATEMENT = "statement"
    CERTIFICATE = "certificate"
    OTHER = "other"


def document_kind_label(kind: DocumentKind) -> str:
    """A plain-English name for a kind of document."""
    return {
        DocumentKind.RECEIPT: translate("Documents", "Receipt"),
        DocumentKind.INVOICE: translate("Documents", "Invoice"),
        DocumentKind.TIMESHEET: translate("Documents", "Timesheet"),
        DocumentKind.PAYSLIP: translate("Documents", "Payslip"),
        DocumentKind.STATEMENT: translate("Documents", "Bank statement"),
        DocumentKind.CERTIFICATE: translate("Documents", "Certificate"),
        DocumentKind.OTHER: translate("Documents", "Other document"),
    }[kind]


#: (first bytes, MIME type, usual extension)
_SIGNATURES = (
    (b"%PDF-", "application/pdf", ".pdf"),
    (b"\xff\xd8\xff", "image/jpeg", ".jpg"),
    (b"\x89PNG\r\n\x1a\n", "image/png", ".png"),
    (b"GIF87a", "image/gif", ".gif"),
    (b"GIF89a", "image/gif", ".gif"),
    (b"II*\x00", "image/tiff", ".tif"),
    (b"MM\x00*", "image/tiff", ".tif"),
    (b"BM", "image/bmp", ".bmp"),
)


class DocumentError(PHBError):
    """A document that cannot be kept; the message says why in plain English."""

    exit_code = 1


def sniff_type(head: bytes) -> tuple[str, str] | None:
    """``(MIME type, extension)`` of a file from its first bytes, or None if not allowed."""
    for magic, mime, extension in _SIGNATURES:
        if head.startswith(magic):
            return mime, extension
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp", ".webp"
    return None


def check_document(name: str, data: bytes) -> str:
    """Check a document before it is kept; return its MIME type, or raise :class:`DocumentError`."""
    if not data:
        raise DocumentError(
            translate(
                "Documents", "{name} is empty (0 bytes), so there is nothing to keep."
            ).format(name=short_name(name))
        )
    if len(data) > MAX_BYTES:
        raise too_big(name, len(data))
    found = sniff_type(data[:16])
    if found is None:
        raise DocumentError(
            translate(
                "Documents",
                "{name} is not a picture or a PDF. Keep receipts as photos (JPEG, PNG) or PDF "
                "files.",
            ).format(name=short_name(name))
        )
    return found[0]


def too_big(name: str, size: int) -> DocumentError:
    """The error for a document over :data:`MAX_BYTES`."""
    return DocumentError(
        translate(
            "Documents",
            "{name} is {size} MB; the most that can be kept is {limit} MB. Take a smaller "
            "photo, or save the PDF at a lower quality.",
        ).format(
            name=short_name(name),
            size=f"{size / 1024 / 1024:,.1f}",
            limit=MAX_BYTES // 1024 // 1024,
        )
    )


def short_name(name: str, limit: int = 60) -> str:
    """A file name cut to ``limit`` characters for a message."""
    return name if len(name) <= limit else name[: limit - 1] + "…"


def clean_filename(name: str, extension: str = "") -> str:
    """A file name safe to keep and to write out again: no folders, no control characters,
    no leading dots, at most 120 characters, with ``extension`` when it has none of its own."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C")
    base = base.strip().lstrip(".").strip() or "document"
    stem, dot, ext = base.rpartition(".")
    if not dot or not re.fullmatch(r"[A-Za-z0-9]{1,5}", ext):
        stem, ext = base, extension.lstrip(".")
    stem = stem[:110]
    return f"{stem}.{ext}" if ext else stem
