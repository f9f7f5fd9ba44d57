"""The audit pack: one ZIP with the return's PDF and CSV, every receipt of the period and an index.

What is in it (``2026-04-01_2026-06-30`` standing for the period):

* ``monitoring-return_2026-04-01_2026-06-30.pdf`` — the return;
* ``entries_2026-04-01_2026-06-30.csv`` — its entries (``return_csv``);
* ``receipts/2026-08-07_0042_Lukasz-Nowak_wages.pdf`` — every document attached to an entry of
  the period, byte for byte, named by the entry's date, its number (four digits or more), the
  payee and the description, made safe (see :func:`receipt_file_name`);
* ``index.csv`` — one row per receipt: the entry, its receipt reference (``R0042-1``), the file
  in the pack, the original file name, its size and SHA-256; and one row for each payment that has
  no receipt, saying so.

**Limits**, checked before anything is written: a receipt may be at most 50 MB
(:data:`MAX_RECEIPT_BYTES`), the receipts together at most 1 GB (:data:`MAX_PACK_BYTES`) and at
most 10,000 of them (:data:`MAX_RECEIPTS`). They keep a pack small enough to send or upload and to
open in any ZIP tool (no ZIP64 needed: every size stays far below the 4 GB of the plain format).

The pack is made with Python's ``zipfile`` into a binary file object, one receipt in memory at a
time. Every member carries the production date and the same permissions, so the same data gives
the same bytes.
"""

from __future__ import annotations

import hashlib
import io
import unicodedata
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePath
from typing import BinaryIO

from ..domain.errors import PHBError
from ..domain.monitoring import MonitoringReturn, ReturnEntry, receipt_reference
from ..domain.text import translate
from .monitoring_return import build_return_pdf
from .return_csv import csv_bytes, neutralise, return_csv_bytes
from .safe_output import write_atomically

MAX_RECEIPT_BYTES = 50_000_000
MAX_PACK_BYTES = 1_000_000_000
MAX_RECEIPTS = 10_000

#: Extensions kept on a receipt's name in the pack: documents and images a receipt may be.
#: Anything else (``.exe``, ``.html``, ``.svg``, ``.docm``…) is dropped, so that opening a file
#: from the pack never runs anything.
SAFE_EXTENSIONS = frozenset(
    {".pdf", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".heif", ".tif", ".tiff",
     ".bmp", ".txt", ".csv", ".rtf", ".odt", ".ods", ".doc", ".docx", ".xls", ".xlsx"}
)  # fmt: skip
#: Formats that are compressed already: stored as they are (faster, and no smaller deflated).
_STORED = frozenset({".pdf", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".heif",
                     ".docx", ".xlsx", ".odt", ".ods"})  # fmt: skip

#: Letters that Unicode does not decompose into an ASCII letter and an accent.
_LETTERS = str.maketrans(
    {"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "Ð": "D", "ð": "d",
     "Þ": "Th", "þ": "th", "ß": "ss", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "ı": "i",
     "Ħ": "H", "ħ": "h", "Ŧ": "T", "ŧ": "t", "ſ": "s"}
)  # fmt: skip

PART_LIMIT = 40  # characters of the payee, and of the description, in a receipt's name
NAME_LIMIT = 120  # characters of a receipt's whole name, extension included


class PackError(PHBError):
    """The audit pack cannot be made; the message says why in plain English."""

    exit_code = 1


@dataclass(frozen=True)
class PackReceipt:
    """A document attached to an entry: its place (``entry_id``, ``number`` from 1), its original
    name and size, and how to read its bytes (called once, when it is put in the pack)."""

    entry_id: int
    number: int
    name: str
    size: int
    read: Callable[[], bytes]

    @classmethod
    def of_bytes(cls, entry_id: int, number: int, name: str, data: bytes) -> PackReceipt:
        """A receipt whose bytes are already in memory."""
        return cls(entry_id, number, name, len(data), lambda: data)

    @property
    def reference(self) -> str:
        """``R0042-1``, as printed in the return."""
        return receipt_reference(self.entry_id, self.number)


@dataclass(frozen=True, slots=True)
class PackFile:
    """A file in the pack, as the index lists it."""

    name: str
    size: int
    sha256: str
    entry_id: int | None = None
    reference: str = ""
    original_name: str = ""


def slug(text: str, limit: int = PART_LIMIT) -> str:
    """``text`` as safe ASCII for a file name: "Łukasz Nowak" → "Lukasz-Nowak".

    Accents are dropped, letters such as "ł" and "ß" spelled in ASCII, anything other than a
    letter or digit becomes one hyphen; at most ``limit`` characters, never a hyphen at either end.
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    result = []
    for char in decomposed:
        if char.isascii() and char.isalnum():
            result.append(char)
        elif unicodedata.combining(char):
            continue
        elif result and result[-1] != "-":
            result.append("-")
    return "".join(result)[:limit].strip("-")


def safe_extension(name: str) -> str:
    """The lower-case extension of ``name`` if it is one a receipt may have, else ""."""
    suffix = PurePath(name.replace("\\", "/")).suffix.lower()
    return suffix if suffix in SAFE_EXTENSIONS else ""


def receipt_file_name(entry: ReturnEntry, original_name: str, taken: set[str]) -> str:
    """The name of a receipt in the pack, unique among ``taken`` (which it is added to).

    ``2026-08-07_0042_Lukasz-Nowak_wages.pdf``: the entry's date, its number padded to four
    digits, the payee and the description made safe by :func:`slug`, and the original extension
    when it is a safe one. A second file of the same name gets ``-2`` (then ``-3``…) before the
    extension; names are compared ignoring case, as Windows and macOS do.
    """
    parts = [entry.date.isoformat(), f"{entry.id:04d}"]
    parts += [part for part in (slug(entry.payee), slug(entry.description)) if part]
    extension = safe_extension(original_name)
    stem = "_".join(parts)[: NAME_LIMIT - len(extension) - 6].rstrip("-_")
    name = stem + extension
    counter = 1
    while name.lower() in taken:
        counter += 1
        name = f"{stem}-{counter}{extension}"
    taken.add(name.lower())
    return name


def _size_text(size: int) -> str:
    """ "50 MB", "50.1 MB", "1.3 GB": sizes as people read them (decimal units)."""
    if size >= 1_000_000_000:
        return translate("AuditPack", "{amount} GB").format(amount=_one_place(size / 1e9))
    return translate("AuditPack", "{amount} MB").format(amount=_one_place(size / 1e6))


def _one_place(value: float) -> str:
    text = f"{value:,.1f}"
    return text.removesuffix(".0")


def check_receipts(ret: MonitoringReturn, receipts: Sequence[PackReceipt]) -> None:
    """Refuse, with a plain message, receipts that do not fit the pack or do not match ``ret``.

    Every document of every entry must be given once; each at most :data:`MAX_RECEIPT_BYTES`,
    together at most :data:`MAX_PACK_BYTES`, and no more than :data:`MAX_RECEIPTS`.
    """
    entries = {row.entry.id: row.entry for row in ret.rows}
    given: set[tuple[int, int]] = set()
    for receipt in receipts:
        entry = entries.get(receipt.entry_id)
        if entry is None or not 1 <= receipt.number <= len(entry.documents):
            raise PackError(
                translate(
                    "AuditPack",
                    "The receipt {reference} ({name}) does not belong to an entry of this return.",
                ).format(reference=receipt.reference, name=receipt.name)
            )
        if (receipt.entry_id, receipt.number) in given:
            raise PackError(
                translate("AuditPack", "The receipt {reference} was given twice.").format(
                    reference=receipt.reference
                )
            )
        given.add((receipt.entry_id, receipt.number))
        if receipt.size > MAX_RECEIPT_BYTES:
            raise PackError(
                translate(
                    "AuditPack",
                    "The receipt {reference} ({name}) is {size}: too big for the audit pack, "
                    "which takes receipts of up to {limit} each. Attach a smaller copy (a PDF, or "
                    "a photo taken at a lower resolution) and make the pack again.",
                ).format(
                    reference=receipt.reference,
                    name=receipt.name,
                    size=_size_text(receipt.size),
                    limit=_size_text(MAX_RECEIPT_BYTES),
                )
            )
    for entry in entries.values():
        for number, name in enumerate(entry.documents, start=1):
            if (entry.id, number) not in given:
                raise PackError(
                    translate(
                        "AuditPack",
                        "The receipt {reference} ({name}) could not be read, so the pack would "
                        "not be complete. Nothing was written.",
                    ).format(reference=receipt_reference(entry.id, number), name=name)
                )
    if len(receipts) > MAX_RECEIPTS:
        raise PackError(
            translate(
                "AuditPack",
                "This period has {count} receipts; an audit pack holds at most {limit}. Make "
                "packs for shorter periods.",
            ).format(count=f"{len(receipts):,}", limit=f"{MAX_RECEIPTS:,}")
        )
    total = sum(receipt.size for receipt in receipts)
    if total > MAX_PACK_BYTES:
        raise PackError(
            translate(
                "AuditPack",
                "The receipts of this period come to {size}; an audit pack holds at most {limit} "
                "of receipts. Make packs for shorter periods.",
            ).format(size=_size_text(total), limit=_size_text(MAX_PACK_BYTES))
        )


def period_tag(ret: MonitoringReturn) -> str:
    """``2026-04-01_2026-06-30``: the period in the names of the pack's files."""
    return f"{ret.period.start.isoformat()}_{ret.period.end.isoformat()}"


def pdf_name(ret: MonitoringReturn) -> str:
    """The name of the return's PDF in the pack."""
    return f"monitoring-return_{period_tag(ret)}.pdf"


def csv_name(ret: MonitoringReturn) -> str:
    """The name of the entries CSV in the pack."""
    return f"entries_{period_tag(ret)}.csv"


INDEX_NAME = "index.csv"
RECEIPTS_FOLDER = "receipts/"


def _member(name: str, produced: date, *, stored: bool) -> zipfile.ZipInfo:
    """A ZIP member dated the production day, readable by everyone, the same on every system."""
    info = zipfile.ZipInfo(name, date_time=(produced.year, produced.month, produced.day, 0, 0, 0))
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    info.create_system = 3  # Unix, so that the permissions below are read
    info.external_attr = 0o644 << 16
    return info


def _add(
    archive: zipfile.ZipFile, name: str, data: bytes, produced: date, *, stored: bool
) -> tuple[int, str]:
    archive.writestr(_member(name, produced, stored=stored), data)
    return len(data), hashlib.sha256(data).hexdigest()


def index_header() -> list[str]:
    """The column names of the pack's index."""
    return [
        translate("AuditPack", "Entry"),
        translate("AuditPack", "Date"),
        translate("AuditPack", "Payee"),
        translate("AuditPack", "Description"),
        translate("AuditPack", "Receipt reference"),
        translate("AuditPack", "File in this pack"),
        translate("AuditPack", "Original file name"),
        translate("AuditPack", "Size in bytes"),
        translate("AuditPack", "SHA-256"),
        translate("AuditPack", "Note"),
    ]


def index_bytes(ret: MonitoringReturn, files: Sequence[PackFile]) -> bytes:
    """The index: a row per receipt in the pack, and a row per payment that has none."""
    by_entry: dict[int, list[PackFile]] = {}
    for item in files:
        if item.entry_id is not None:
            by_entry.setdefault(item.entry_id, []).append(item)
    rows: list[list[str]] = []
    for row in ret.rows:
        entry = row.entry
        start = [
            str(entry.id),
            entry.date.isoformat(),
            neutralise(entry.payee),
            neutralise(entry.description),
        ]
        for item in by_entry.get(entry.id, []):
            rows.append(
                [*start, item.reference, item.name, neutralise(item.original_name),
                 str(item.size), item.sha256, ""]
            )  # fmt: skip
        if row.missing_receipt:
            rows.append([*start, "", "", "", "", "", translate("AuditPack", "No receipt attached")])
    return csv_bytes(index_header(), rows)


def build_audit_pack(
    ret: MonitoringReturn,
    receipts: Sequence[PackReceipt],
    out: BinaryIO,
    *,
    produced: date,
    large_print: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[PackFile, ...]:
    """Write the audit pack of ``ret`` with ``receipts`` to the binary file ``out``.

    Raises :class:`PackError` before writing anything when a receipt is too big or missing (see
    :func:`check_receipts`). Returns what was put in the pack, index last.
    """
    check_receipts(ret, receipts)
    total = len(receipts) + 3
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    entries = {row.entry.id: row.entry for row in ret.rows}
    files: list[PackFile] = []
    with zipfile.ZipFile(out, "w", allowZip64=False) as archive:
        pdf = io.BytesIO()
        build_return_pdf(ret, pdf, produced=produced, large_print=large_print)
        size, digest = _add(archive, pdf_name(ret), pdf.getvalue(), produced, stored=False)
        files.append(PackFile(pdf_name(ret), size, digest))
        step()
        size, digest = _add(archive, csv_name(ret), return_csv_bytes(ret), produced, stored=False)
        files.append(PackFile(csv_name(ret), size, digest))
        step()
        taken: set[str] = set()
        ordered = sorted(
            receipts,
            key=lambda r: (entries[r.entry_id].date, r.entry_id, r.number),
        )
        for receipt in ordered:
            entry = entries[receipt.entry_id]
            name = RECEIPTS_FOLDER + receipt_file_name(entry, receipt.name, taken)
            data = receipt.read()
            if len(data) != receipt.size:
                raise PackError(
                    translate(
                        "AuditPack",
                        "The receipt {reference} ({name}) changed while the pack was being made. "
                        "Nothing was written: make the pack again.",
                    ).format(reference=receipt.reference, name=receipt.name)
                )
            stored = safe_extension(receipt.name) in _STORED
            size, digest = _add(archive, name, data, produced, stored=stored)
            files.append(
                PackFile(name, size, digest, receipt.entry_id, receipt.reference, receipt.name)
            )
            del data
            step()
        index = index_bytes(ret, files)
        size, digest = _add(archive, INDEX_NAME, index, produced, stored=False)
        files.append(PackFile(INDEX_NAME, size, digest))
        step()
    return tuple(files)


def save_audit_pack(
    ret: MonitoringReturn,
    receipts: Sequence[PackReceipt],
    target: Path,
    *,
    produced: date,
    large_print: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[PackFile, ...]:
    """Write the audit pack to ``target`` whole or not at all (``safe_output``).

    The receipts are checked first, so a pack that cannot be made leaves no file at all.
    """
    check_receipts(ret, receipts)
    made: list[PackFile] = []

    def write(stream: BinaryIO) -> None:
        made.extend(
            build_audit_pack(
                ret, receipts, stream, produced=produced, large_print=large_print, progress=progress
            )
        )

    write_atomically(Path(target), write)
    return tuple(made)
