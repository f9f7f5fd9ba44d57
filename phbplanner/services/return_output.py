"""Writing a monitoring return's files: all of them whole, or none at all.

Before anything is made, the places asked for are checked (:func:`check_targets`): never the plan
file itself, its side files or any other file that looks like a plan file (even when replacing
was allowed); never one name for two files; an existing file only when replacing it was asked
for; the folders must exist. Then, in :func:`write_outputs`, each file goes to a temporary name in
its own folder (``reports.safe_output``), private to the person (mode 0600), flushed to the disk
as soon as it is written; the caller records the return while they are all still temporary; only
then are they renamed into place. A failure at any step — a read-only folder, a full disk, a
receipt too big for the pack, the record refused — removes every temporary file: nothing
half-written is left, and files of the same names are left as they were.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import os
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..domain.text import translate
from ..reports.audit_pack import PackError, PackFile, PackReceipt, build_audit_pack, check_receipts
from ..reports.monitoring_return import build_return_pdf
from ..reports.return_csv import return_csv_bytes
from ..reports.safe_output import OutputError, atomic_file
from ..storage.engine import looks_like_plan_file as storage_looks_like_plan_file
from ..storage.engine import read_head, special_file_kind
from ..storage.errors import NotAPlanFileError
from ..storage.lock import lock_path
from ..storage.return_queries import PeriodDocument
from .return_values import (
    OutputDiskFullError,
    OutputExistsError,
    OutputTargetError,
    PreparedReturn,
    ReturnError,
    ReturnOutputs,
)

Progress = Callable[[int, int], None]
#: How much of the progress bar each step takes: the PDF, the CSV, the audit pack.
WEIGHTS = {"pdf": 1000, "csv": 20, "pack": 1000}


def _key(path: Path) -> str:
    """One spelling per place: absolute, symbolic links followed, case as the system compares."""
    return os.path.normcase(str(Path(path).resolve()))


def _side_files(plan_path: Path) -> list[Path]:
    name = plan_path.name
    return [
        plan_path,
        plan_path.with_name(name + "-wal"),
        plan_path.with_name(name + "-shm"),
        plan_path.with_name(name + "-journal"),
        lock_path(plan_path),
    ]


#: How the files a return writes begin (a PDF, a ZIP, a CSV with its byte-order mark): never a
#: plan file, whatever their length.
_DOCUMENT_STARTS = (b"%PDF", b"PK\x03\x04", b"\xef\xbb\xbf")


def looks_like_plan_file(path: Path) -> bool:
    """Whether ``path`` is a file that is, or may be, a PHB Planner plan file: named ``.phbplan``,
    or one that storage, without a key, cannot rule out (``engine.looks_like_plan_file``: whole
    4 KiB pages, or a plan cut short) — unless it begins as the files a return writes do."""
    if not path.is_file():
        return False
    if path.suffix.lower() == ".phbplan":
        return True
    if not storage_looks_like_plan_file(path):
        return False
    try:
        head = read_head(path, 4)
    except (OSError, NotAPlanFileError):
        return True  # cannot tell: be safe
    return not head.startswith(_DOCUMENT_STARTS)


def check_targets(outputs: ReturnOutputs, *, plan_path: Path, overwrite: bool) -> None:
    """Refuse, before anything is made, places a return must not be written to.

    Raises :class:`OutputTargetError` (a plan file, or one name for two files),
    :class:`OutputExistsError` (a file is there and ``overwrite`` is false) or
    :class:`ReturnError` (the folder does not exist).
    """
    protected = {_key(path) for path in _side_files(Path(plan_path))}
    seen: dict[str, Path] = {}
    for _what, path in outputs.named():
        key = _key(path)
        if key in seen:
            raise OutputTargetError(
                translate(
                    "Returns",
                    "{path} was given for two of the files. Give each file its own name.",
                ).format(path=path),
                path,
            )
        seen[key] = path
        if key in protected or looks_like_plan_file(path):
            raise OutputTargetError(
                translate(
                    "Returns",
                    "{path} is a PHB Planner plan file (or looks like one). A return is never "
                    "written over a plan file: choose another name.",
                ).format(path=path),
                path,
            )
        if path.is_dir():
            raise OutputTargetError(
                translate("Returns", "{path} is a folder. Give a file name in it.").format(
                    path=path
                ),
                path,
            )
        try:
            mode = os.stat(path).st_mode
        except OSError:
            mode = None
        if mode is not None and not stat.S_ISREG(mode):
            # a device (/dev/null), a named pipe, a socket: never replaced by a file
            raise OutputTargetError(
                translate("Returns", "Nothing was written to {path}.").format(path=path)
                + " "
                + special_file_kind(mode),
                path,
            )
        if not path.parent.is_dir():
            raise ReturnError(
                translate(
                    "Returns",
                    "The folder {folder} does not exist. Choose another folder, or create it "
                    "first.",
                ).format(folder=path.parent)
            )
        if path.exists() and not overwrite:
            raise OutputExistsError(
                translate(
                    "Returns",
                    "There is already a file called {name} in {folder}. Choose another name, or "
                    "say that it may be replaced.",
                ).format(name=path.name, folder=path.parent),
                path,
            )


def pack_receipts(
    documents: Sequence[PeriodDocument], read: Callable[[int], bytes | None]
) -> list[PackReceipt]:
    """The receipts of the period for the audit pack; each one's bytes are read (``read``, by
    attachment id, from inside the file) only when the pack takes it."""

    def reader(document: PeriodDocument) -> Callable[[], bytes]:
        def load() -> bytes:
            data = read(document.attachment_id)
            if data is None:
                raise PackError(
                    translate(
                        "Returns",
                        "The receipt {name} of entry {number} is no longer in the file, so the "
                        "pack would not be complete. Nothing was written.",
                    ).format(name=document.filename, number=document.entry_id)
                )
            return data

        return load

    return [
        PackReceipt(doc.entry_id, doc.number, doc.filename, doc.size, reader(doc))
        for doc in documents
    ]


class _Steps:
    """One progress bar over several steps, each reporting its own ``(done, total)``."""

    def __init__(self, callback: Progress | None, steps: Sequence[str]) -> None:
        self.callback = callback
        self.starts: dict[str, int] = {}
        total = 0
        for step in steps:
            self.starts[step] = total
            total += WEIGHTS[step]
        self.total = total
        self.reached = 0

    def _report(self, value: int) -> None:
        self.reached = max(self.reached, min(value, self.total))
        if self.callback is not None:
            self.callback(self.reached, self.total)

    def of(self, step: str) -> Progress:
        """The progress callback of one step."""
        start, weight = self.starts[step], WEIGHTS[step]

        def report(done: int, total: int) -> None:
            self._report(start + (weight * done) // max(total, 1))

        return report

    def finished(self, step: str) -> None:
        """A step is done."""
        self._report(self.starts[step] + WEIGHTS[step])


def _disk_full(exc: OutputError) -> bool:
    """Whether ``exc`` was raised for a full disk (``safe_output`` raises it while handling the
    ``OSError``, which stays its context)."""
    cause = exc.__context__
    return isinstance(cause, OSError) and cause.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


def _private(stream: BinaryIO) -> None:
    """Only the person may read what is written (a return holds health and money details)."""
    if hasattr(os, "fchmod"):
        os.fchmod(stream.fileno(), 0o600)


def _durable(stream: BinaryIO) -> None:
    """Flush now, so that a full disk is found while the file is still a temporary one."""
    stream.flush()
    os.fsync(stream.fileno())


@dataclass(frozen=True)
class Written:
    """What :func:`write_outputs` wrote."""

    pdf_sha256: str
    pack_files: tuple[PackFile, ...]


def write_outputs(
    prepared: PreparedReturn,
    outputs: ReturnOutputs,
    *,
    large_print: bool,
    read: Callable[[int], bytes | None],
    before_rename: Callable[[str], None],
    progress: Progress | None = None,
) -> Written:
    """Make the PDF (and the CSV and audit pack when asked) of ``prepared`` into ``outputs``.

    ``before_rename(pdf_sha256)`` is called once every file is written but still temporary (the
    caller records the return there); if it raises, nothing is left. Targets must have been
    checked (:func:`check_targets`). Raises ``PackError``, ``OutputError`` or
    :class:`OutputDiskFullError` with a plain message.
    """
    ret, produced = prepared.ret, prepared.produced
    receipts: list[PackReceipt] = []
    if outputs.pack is not None:
        receipts = pack_receipts(prepared.documents, read)
        check_receipts(ret, receipts)  # too big, too many: refused before anything is written
    steps = _Steps(progress, [what for what, _path in outputs.named()])
    pdf = io.BytesIO()
    build_return_pdf(ret, pdf, produced=produced, large_print=large_print, progress=steps.of("pdf"))
    data = pdf.getvalue()
    digest = hashlib.sha256(data).hexdigest()
    files: tuple[PackFile, ...] = ()
    try:
        with contextlib.ExitStack() as stack:
            # Each file is written and flushed inside its own temporary name; they are all renamed
            # into place together when the stack closes, after ``before_rename``.
            stream = stack.enter_context(atomic_file(outputs.pdf))
            _private(stream)
            stream.write(data)
            _durable(stream)
            steps.finished("pdf")
            if outputs.csv is not None:
                stream = stack.enter_context(atomic_file(outputs.csv))
                _private(stream)
                stream.write(return_csv_bytes(ret))
                _durable(stream)
                steps.finished("csv")
            if outputs.pack is not None:
                stream = stack.enter_context(atomic_file(outputs.pack))
                _private(stream)
                files = build_audit_pack(
                    ret,
                    receipts,
                    stream,
                    produced=produced,
                    large_print=large_print,
                    progress=steps.of("pack"),
                )
                _durable(stream)
                steps.finished("pack")
            before_rename(digest)
    except OutputError as exc:
        # The same message; the exit code of a full disk is that of every command (4).
        if _disk_full(exc):
            raise OutputDiskFullError(exc.message) from None
        raise
    return Written(digest, files)
