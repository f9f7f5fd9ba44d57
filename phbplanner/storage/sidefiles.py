"""Side files beside a plan file: used only when they belong to it.

SQLite keeps a transaction that is not yet in the file in ``<plan>-wal`` (and its index in
``<plan>-shm``). PHB Planner moves every committed change into the plan file at once (see
:meth:`PlanFile.transaction`), so after a normal session there is no ``-wal`` — or an empty one.
A ``-wal`` with content is found only after a crash (it then holds at most the last change,
which belongs to the file and must be kept), or when someone put an old ``-wal`` back beside a
newer copy of the plan (restoring a folder, a sync tool). SQLite cannot tell the two apart and
would silently roll the plan back; this module can, and sets a ``-wal`` that does not belong
aside, never applying it.

How: every transaction appends a random id to ``commit_log`` (the newest 1,000 are kept). The
``-wal`` holds ``m`` whole transactions (counted from its frame headers, which are not
encrypted, checking SQLite's checksums and salts). Read with the ``-wal`` (read-only, so it is
applied only in memory), the newest ``m + 1`` ids of the log are the state the ``-wal`` was
written on top of and the transactions it holds. The newest id of the file *alone* (read with
``immutable=1``, which ignores the ``-wal``) must be one of them — the base when nothing of the
``-wal`` reached the file yet, a later one when a checkpoint was cut short. A ``-wal`` from
another state of the file, or from a copy that went its own way, or from another file (whose
pages do not decrypt) does not pass. A rollback ``-journal`` is never made by PHB Planner (it
always uses WAL), so one with content is set aside too.
"""

from __future__ import annotations

import contextlib
import os
import struct
import urllib.parse
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import URL, create_engine, event
from sqlalchemy.pool import NullPool

from ..domain.text import translate
from .errors import StorageError, WrongPassphraseError

NEWEST = "SELECT id FROM commit_log ORDER BY seq DESC LIMIT 1"


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def shm_path(path: Path) -> Path:
    return path.with_name(path.name + "-shm")


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _read_one(path: Path, passphrase: str, sql: str, params: tuple[object, ...], *,
              immutable: bool) -> tuple[bool, object]:  # fmt: skip
    """``(ok, value)`` of a one-value query on ``path`` opened read-only; ``ok`` False when the
    file (with or without its ``-wal``) cannot be read with this passphrase."""
    query = {"mode": "ro", "uri": "true"}
    if immutable:
        query["immutable"] = "1"
    url = URL.create(
        "sqlite+pysqlcipher",
        password=passphrase,
        database="file:" + urllib.parse.quote(str(path.resolve())),
        query=query,
    )
    engine = create_engine(url, poolclass=NullPool, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _quiet(dbapi_connection: object, _record: object) -> None:
        with contextlib.suppress(Exception):
            dbapi_connection.execute("PRAGMA cipher_log_level = NONE")  # type: ignore[attr-defined]

    try:
        with engine.connect() as conn:
            row = conn.exec_driver_sql(sql, params).first()
            return True, None if row is None else row[0]
    except Exception:
        return False, None
    finally:
        engine.dispose()


WAL_MAGIC = (0x377F0682, 0x377F0683)


def _checksum(data: bytes, s0: int, s1: int, big_endian: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def _wal_commits(wal: Path) -> list[tuple[set[int], int]] | None:
    """The whole transactions of the ``-wal``: for each, the pages it writes and the size of the
    file after it (None: not a WAL file).

    Only commit frames whose salts match the header's and whose checksums chain count, exactly
    the frames SQLite itself would use.
    """
    try:
        with open(wal, "rb") as handle:
            header = handle.read(32)
            if len(header) < 32:
                return []
            magic, _version, page_size, _seq, salt1, salt2, c0, c1 = struct.unpack(">8I", header)
            if magic not in WAL_MAGIC or page_size < 512 or page_size & (page_size - 1):
                return None
            big = magic == 0x377F0683
            if _checksum(header[:24], 0, 0, big) != (c0, c1):
                return None
            s0, s1 = c0, c1
            commits: list[tuple[set[int], int]] = []
            pages: set[int] = set()
            while True:
                frame = handle.read(24 + page_size)
                if len(frame) < 24 + page_size:
                    return commits
                page, size_after, f_salt1, f_salt2, f0, f1 = struct.unpack(">6I", frame[:24])
                if (f_salt1, f_salt2) != (salt1, salt2):
                    return commits
                s0, s1 = _checksum(frame[:8] + frame[24:], s0, s1, big)
                if (s0, s1) != (f0, f1):
                    return commits
                pages.add(page)
                if size_after:
                    commits.append((pages, size_after))
                    pages = set()
    except OSError:
        return None


def wal_transactions(wal: Path) -> int | None:
    """How many whole transactions the ``-wal`` holds (None: not a WAL file)."""
    commits = _wal_commits(wal)
    return None if commits is None else len(commits)


def wal_rewrites_file(path: Path) -> bool:
    """True when the ``-wal`` beside ``path`` holds a transaction that writes every page of the
    file: what a passphrase change (``PRAGMA rekey``) leaves when it is stopped after it was
    committed but before all of it reached the file."""
    commits = _wal_commits(wal_path(path)) or []
    return any(size and pages >= set(range(1, size + 1)) for pages, size in commits)


def rekeyed(path: Path) -> str:
    """Said when the passphrase given is the one the plan had before a change that was
    finished."""
    return translate(
        "Storage",
        "That passphrase is the one {name} had before its passphrase was changed. The change "
        "was finished just before PHB Planner stopped. So the plan now opens only with the new "
        "passphrase. Nothing has been lost.",
    ).format(name=path.name)


def wal_belongs(path: Path, passphrase: str) -> bool | None:
    """Whether the ``-wal`` beside ``path`` continues the file (None: cannot tell — an older
    file without a commit log, or a file that does not open alone)."""
    count = wal_transactions(wal_path(path))
    if count is None:
        return False  # not a WAL file at all
    if count == 0:
        return None  # nothing in it SQLite would use
    ok, newest = _read_one(path, passphrase, NEWEST, (), immutable=True)
    if not ok or newest is None:
        return None
    ok, found = _read_one(
        path,
        passphrase,
        "SELECT count(*) FROM (SELECT id FROM commit_log ORDER BY seq DESC LIMIT ?) WHERE id = ?",
        (count + 1, newest),
        immutable=False,
    )
    if not ok and wal_rewrites_file(path):
        # The file opens alone with this passphrase but not with its -wal: a passphrase change
        # was committed there. Setting it aside would leave half-changed pages if part of it
        # had reached the file; it belongs, and opens with the new passphrase.
        raise WrongPassphraseError(path, rekeyed(path))
    return bool(ok and found)


def set_aside(side: Path) -> Path:
    """Rename a side file that does not belong so SQLite never uses it; return its new name."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = side.with_name(f"{side.name}.not-used-{stamp}")
    try:
        os.replace(side, target)
    except OSError as exc:
        raise StorageError(
            translate(
                "Storage",
                "{name} beside the plan does not belong to it. It must be moved away before the "
                "plan can be opened safely, but it could not be renamed ({detail}). Move it to "
                "another folder yourself and open the plan again. Nothing has been changed.",
            ).format(name=side.name, detail=exc.strerror)
        ) from None
    with contextlib.suppress(OSError):
        shm_path(side.with_name(side.name.removesuffix("-wal"))).unlink()
    return target


def check_side_files(path: Path, passphrase: str, *, writable: bool) -> tuple[list[str], bool]:
    """Look at the side files before the plan is opened for use.

    Returns plain-English notices for the person, and whether the ``-wal`` must be ignored
    (read-only opens: it could not be set aside, so the file is read alone).
    """
    notices: list[str] = []
    ignore_wal = False
    journal = journal_path(path)
    if _size(journal) > 0:
        if writable:
            kept = set_aside(journal)
            notices.append(_not_used(journal.name, kept.name))
        else:
            raise StorageError(
                translate(
                    "Storage",
                    "A file called {name} beside the plan does not belong to it. Copy the plan "
                    "file alone to a folder you can write to and open the copy. Nothing has been "
                    "changed.",
                ).format(name=journal.name)
            )
    wal = wal_path(path)
    if _size(wal) == 0:
        return notices, ignore_wal
    if wal_belongs(path, passphrase) is not False:
        return notices, ignore_wal
    if writable:
        kept = set_aside(wal)
        notices.append(_not_used(wal.name, kept.name))
    else:
        ignore_wal = True
        notices.append(
            translate(
                "Storage",
                "A file of changes beside the plan ({name}) does not belong to it, so it was not "
                "used. The plan is shown as it was last saved.",
            ).format(name=wal.name)
        )
    return notices, ignore_wal


def _not_used(name: str, kept: str) -> str:
    return translate(
        "Storage",
        "A file of changes beside the plan ({name}) did not belong to it, so it was not used. "
        "It was probably put back from an older copy. The plan is as it was last saved. The "
        "file is kept, unused, as {kept}.",
    ).format(name=name, kept=kept)
