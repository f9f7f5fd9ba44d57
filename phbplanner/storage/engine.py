"""Opening a plan file: recognise it, key it, and tell wrong passphrases from damage.

Nothing here writes to the file. A plan file is SQLCipher 4 (AES-256, an HMAC on every 4 KiB
page, PBKDF2-HMAC-SHA512 with 256,000 iterations — the defaults, kept). Key derivation costs
~0.1–0.2 s per *connection*, so an engine has exactly one pooled connection that is reused for
the whole time the file is open.
"""

from __future__ import annotations

import os
import stat
import threading
import urllib.parse
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from ..domain.text import translate
from .errors import DamagedFileError, NotAPlanFileError, WrongPassphraseError
from .sidefiles import rekeyed, wal_rewrites_file

PAGE_SIZE = 4096
SQLITE_HEADER = b"SQLite format 3\x00"
#: The start of a kind of file that is often opened by mistake.
_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff")
_log_level_set = False
_log_lock = threading.Lock()


def sniff(path: Path) -> None:
    """Refuse, before any key is tried, a file that cannot be a plan file.

    A plan file starts with 16 random bytes (the salt) and is a whole number of 4 KiB pages.
    """
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise NotAPlanFileError(path, translate("Storage", "It is a folder."))
        if not stat.S_ISREG(info.st_mode):
            # Never open a FIFO (it would wait for ever), a socket or a device.
            raise NotAPlanFileError(path, special_file_kind(info.st_mode))
        size = info.st_size
        head = read_head(path, 512)
    except FileNotFoundError:
        raise NotAPlanFileError(
            path, translate("Storage", "There is no file with that name.")
        ) from None
    except PermissionError:
        raise NotAPlanFileError(
            path,
            translate(
                "Storage",
                "This computer does not allow PHB Planner to read it (permission denied).",
            ),
        ) from None
    except OSError as exc:
        raise NotAPlanFileError(
            path,
            translate("Storage", "It cannot be read ({detail}).").format(
                detail=exc.strerror or exc
            ),
        ) from None
    except (ValueError, UnicodeError):  # a NUL or a lone surrogate in the name
        raise NotAPlanFileError(
            path, translate("Storage", "Its name is not a valid file name.")
        ) from None
    if size == 0:
        raise NotAPlanFileError(path, translate("Storage", "It is empty."))
    if head.startswith(SQLITE_HEADER):
        raise NotAPlanFileError(
            path, translate("Storage", "It is an ordinary, unencrypted database.")
        )
    if head.startswith(_MAGIC):
        raise NotAPlanFileError(path, _what_it_is(head))
    if _looks_like_text(head):
        raise NotAPlanFileError(
            path,
            translate(
                "Storage",
                "It is a text file. If it is a plan exported as JSON, create a plan file from "
                "it with “phbplanner new FILE --from plan.json”.",
            ),
        )
    if size < PAGE_SIZE:
        raise NotAPlanFileError(path, translate("Storage", "It is too small."))
    if size % PAGE_SIZE:
        raise DamagedFileError(
            path,
            why=translate(
                "Storage",
                "Its length is not a whole number of pages. It was probably cut short while "
                "being copied or saved (or it is not a plan file).",
            ),
        )


def _what_it_is(head: bytes) -> str:
    """What a file that starts like a PDF, a ZIP or a picture is, as a whole sentence."""
    if head.startswith(b"%PDF"):
        return translate("Storage", "It is a PDF document.")
    if head.startswith(b"PK\x03\x04"):
        return translate("Storage", "It is a ZIP archive (or a Word or Excel document).")
    if head.startswith(b"\x89PNG"):
        return translate("Storage", "It is a PNG picture.")
    return translate("Storage", "It is a JPEG picture.")


def special_file_kind(mode: int) -> str:
    """What a file that is not an ordinary file is, as a whole sentence ("It is a named pipe
    (FIFO), not an ordinary file.")."""
    if stat.S_ISFIFO(mode):
        return translate("Storage", "It is a named pipe (FIFO), not an ordinary file.")
    if stat.S_ISSOCK(mode):
        return translate("Storage", "It is a socket, not an ordinary file.")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("Storage", "It is a device, not an ordinary file.")
    if stat.S_ISDIR(mode):
        return translate("Storage", "It is a folder.")
    return translate("Storage", "It is not an ordinary file.")


def read_head(path: Path, size: int) -> bytes:
    """The first ``size`` bytes of the regular file ``path``, opened so that it can never
    block (if it was swapped for a FIFO meanwhile, that is refused instead)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotAPlanFileError(path, translate("Storage", "It is not an ordinary file."))
        return os.read(fd, size)
    finally:
        os.close(fd)


def looks_like_plan_file(path: Path) -> bool:
    """True when ``path`` is (or could be) an encrypted plan file, judged without a key:
    a file :func:`sniff` does not refuse, or one it finds cut short. Used to refuse writing an
    export over a plan."""
    try:
        sniff(path)
    except NotAPlanFileError:
        return False
    except DamagedFileError:
        return True
    return True


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte-order mark
        try:
            text = head[2 : len(head) & ~1].decode("utf-16-le" if head[0] == 0xFF else "utf-16-be")
        except UnicodeDecodeError:
            return False
        return bool(text) and all(ch.isprintable() or ch in "\r\n\t" for ch in text)
    head = head.removeprefix(b"\xef\xbb\xbf")  # UTF-8's byte-order mark (a CSV from Excel)
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        # a multibyte character may be cut at the end of the sample
        try:
            text = head[:-3].decode("utf-8")
        except UnicodeDecodeError:
            return False
    return bool(text) and all(ch.isprintable() or ch in "\r\n\t" for ch in text)


def _silence_sqlcipher_logging(dbapi_connection: Any) -> None:
    # The log level is process-wide; SQLCipher otherwise prints "hmac check failed" on stderr.
    global _log_level_set
    with _log_lock:
        if not _log_level_set:
            dbapi_connection.execute("PRAGMA cipher_log_level = NONE")
            _log_level_set = True


def classify_key_failure(path: Path, dbapi_connection: Any) -> Exception:
    """After the first read failed: a wrong passphrase (every page fails) or damage (some)."""
    if wal_rewrites_file(path):
        # a passphrase change was committed to the -wal: the pages in the file may be keyed
        # either way, but the plan is whole and opens with the new passphrase
        return WrongPassphraseError(path, rekeyed(path))
    try:
        rows = dbapi_connection.execute("PRAGMA cipher_integrity_check").fetchall()
    except Exception:  # the check itself failed: nothing more can be learnt
        return WrongPassphraseError(path)
    failures = [str(row[0]) for row in rows]
    pages = _page_count(path)
    if pages and len(failures) >= pages:
        return WrongPassphraseError(path)
    if not failures:
        return DamagedFileError(path, why=translate("Storage", "Its first page cannot be read."))
    return DamagedFileError(path, failures, why=pages_fail_check())


def truncation(path: Path, recorded_pages: int) -> DamagedFileError | None:
    """A :class:`DamagedFileError` when the file holds fewer pages than its header records."""
    wal = path.with_name(path.name + "-wal")
    wal_size = wal.stat().st_size if wal.exists() else 0
    if wal_size == 0 and recorded_pages * PAGE_SIZE > path.stat().st_size:
        return DamagedFileError(
            path,
            why=translate(
                "Storage",
                "It is shorter than it should be: {pages} pages are recorded but fewer are "
                "there. It was probably cut short while being copied.",
            ).format(pages=recorded_pages),
        )
    return None


def describe_damage(path: Path, dbapi_connection: Any) -> DamagedFileError:
    """The key is right but the database structure is broken: say what we can find."""
    try:
        pages = int(dbapi_connection.execute("PRAGMA page_count").fetchone()[0])
        cut = truncation(path, pages)
        if cut is not None:
            return cut
        rows = dbapi_connection.execute("PRAGMA cipher_integrity_check").fetchall()
    except Exception:
        rows = []
    failures = [str(row[0]) for row in rows]
    if failures:
        return DamagedFileError(path, failures, why=pages_fail_check())
    # Every page that is there is genuine, so pages must be missing.
    return DamagedFileError(
        path,
        why=translate(
            "Storage",
            "Parts of it are missing. It was probably cut short while being copied or saved.",
        ),
    )


def pages_fail_check() -> str:
    """Why a file is damaged when pages fail the check (said the same way everywhere)."""
    return translate("Storage", "Some pages fail their integrity check.")


def _page_count(path: Path) -> int:
    try:
        return path.stat().st_size // PAGE_SIZE
    except OSError:
        return 0


def make_engine(
    path: Path,
    passphrase: str,
    *,
    read_only: bool = False,
    live: bool = False,
    ignore_wal: bool = False,
) -> Engine:
    """An engine over ``path`` keyed with ``passphrase``; the first connect probes the key.

    The passphrase travels only inside a :class:`URL` object (never a logged string). The probe
    raises :class:`WrongPassphraseError` or :class:`DamagedFileError`. ``live`` (with
    ``read_only``): another connection may be writing the file meanwhile, so SQLite's locking
    must stay on. ``ignore_wal`` (with ``read_only``): read the file alone, never a ``-wal``
    beside it (one that does not belong to it).
    """
    query: dict[str, str] = {}
    database = str(path)
    if read_only:
        # fsencode: a file name that is not UTF-8 is quoted as the bytes it really is
        database = "file:" + urllib.parse.quote(os.fsencode(str(path.resolve())))
        query = {"mode": "ro", "uri": "true"}
        wal = path.with_name(path.name + "-wal")
        if ignore_wal or (not live and not (wal.exists() and wal.stat().st_size > 0)):
            # Nothing waits in a WAL, so the file alone is the whole plan: "immutable" lets
            # SQLite read it without the WAL index (-shm) a read-only folder cannot hold.
            query["immutable"] = "1"
    url = URL.create("sqlite+pysqlcipher", password=passphrase, database=database, query=query)
    engine = create_engine(
        url,
        poolclass=QueuePool,
        pool_size=1,
        max_overflow=0,
        pool_timeout=60,
        connect_args={"check_same_thread": False},
        hide_parameters=True,
    )

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        _silence_sqlcipher_logging(dbapi_connection)
        # Manage transactions ourselves (the documented pysqlite recipe) so that DDL in
        # upgrades is transactional too.
        dbapi_connection.isolation_level = None
        try:
            dbapi_connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except Exception as exc:
            text = str(exc)
            if "malformed" in text:
                error: Exception = describe_damage(path, dbapi_connection)
            elif "not a database" in text or "encrypted" in text:
                error = classify_key_failure(path, dbapi_connection)
            else:
                raise
            dbapi_connection.close()
            raise error from None
        dbapi_connection.execute("PRAGMA foreign_keys = ON")
        dbapi_connection.execute("PRAGMA synchronous = FULL")  # survive a pulled USB stick
        dbapi_connection.execute("PRAGMA temp_store = MEMORY")  # no temporary files on disk
        dbapi_connection.execute("PRAGMA busy_timeout = 5000")
        if not read_only:
            # PlanFile checkpoints after every commit itself; SQLite's own checkpoints could
            # write the file while a backup is copying it.
            dbapi_connection.execute("PRAGMA wal_autocheckpoint = 0")

    @event.listens_for(engine, "begin")
    def on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def pragma_outside_transaction(engine: Engine, statement: str, params: tuple[Any, ...] = ()) -> Any:
    """Run a statement SQLite refuses inside a transaction (``journal_mode``, ``VACUUM INTO``)."""
    raw = engine.raw_connection()
    try:
        driver: Any = raw.driver_connection
        return driver.execute(statement, params).fetchall()
    finally:
        raw.close()


def rekey_engine(engine: Engine, new_passphrase: str) -> None:
    """Change the key of the file behind ``engine`` (through the raw driver connection, so the
    passphrase never appears in a SQLAlchemy log line or error message)."""
    quoted = engine.dialect.identifier_preparer.quote_identifier(new_passphrase)
    with engine.connect() as conn:
        raw: Any = conn.connection.driver_connection
        try:
            raw.execute(f"PRAGMA rekey = {quoted}")
        except Exception as exc:
            raise type(exc)(str(exc)) from None  # the statement (and passphrase) stays out


def unwrap(exc: BaseException) -> BaseException:
    """The DBAPI exception inside a SQLAlchemy wrapper (or the exception itself)."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        return exc.orig
    return exc


def is_disk_full(exc: BaseException) -> bool:
    """True when a write failed because the disk (or the file's size limit) is full."""
    inner = unwrap(exc)
    if isinstance(inner, OSError):
        import errno

        return inner.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
    text = str(inner).lower()
    return "disk is full" in text or "database or disk is full" in text


#: Below this much free space, an I/O error while opening or writing means the disk is full.
LOW_SPACE = 1024 * 1024


def short_of_space(path: Path) -> bool:
    """True when the disk holding ``path`` has almost no free space left."""
    import shutil

    try:
        return shutil.disk_usage(path.parent if not path.is_dir() else path).free < LOW_SPACE
    except OSError:
        return False


def is_read_only_location(path: Path) -> str | None:
    """Why ``path`` cannot be written here (a whole sentence), or None when it can."""
    if not os.access(path, os.W_OK):
        return translate("Storage", "The file itself is marked read-only.")
    if not os.access(path.parent, os.W_OK):
        return translate("Storage", "It is in a folder (or on a drive) that cannot be written to.")
    return None
