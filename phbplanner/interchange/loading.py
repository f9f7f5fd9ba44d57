"""Turning the bytes of an interchange file into a plan, whatever the bytes are.

Every command and the window read plan JSON through here, so an encoding is treated the same way
everywhere: **UTF-8** (with or without a byte-order mark) and **UTF-16 with a byte-order mark**
are read; anything else is refused with a plain reason. Hostile input — a file too large, JSON
nested too deeply, a number with thousands of digits, bytes that are not text, a broken
character — gets one plain sentence, never a traceback.
"""

from __future__ import annotations

import codecs
import contextlib
import json
import os
import re
import stat
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.errors import PHBError
from ..domain.plan import Plan
from ..domain.text import translate
from .errors import BareNumber, NotAPlanError
from .reader import parse_plan

#: Limits that keep hostile or broken files from exhausting memory or the stack.
MAX_FILE_BYTES = 50 * 1024 * 1024
#: A document may be larger when it carries its documents' bytes (each at most 20 MB).
MAX_DOCUMENT_BYTES = 2 * 1024 * 1024 * 1024
MAX_DEPTH = 32  # a plan is 5 levels deep; newer versions may add a few
_MAX_INT_DIGITS = 40

_UTF8_BOM = codecs.BOM_UTF8
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)

_ESCAPE = re.compile(r"\\.", re.DOTALL)
_STRING = re.compile(r'"[^"]*"')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_PAIR = re.compile(r"\[\]|\{\}")


class PlanFileError(PHBError):
    """A plan file cannot be read at all (missing, a folder, a device, no permission)."""

    exit_code = 2


def decode_plan_bytes(data: bytes) -> str:
    """The text of an interchange file: UTF-8 (a byte-order mark is allowed) or UTF-16 with a
    byte-order mark. Raises :class:`NotAPlanError` with a plain reason for anything else."""
    if data.startswith(_UTF32_BOMS):
        raise NotAPlanError.because(
            translate("PlanFile", "This file is UTF-32 text; please save it as UTF-8.")
        )
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            message = translate(
                "PlanFile",
                "This file is not valid UTF-16 text: the bytes at position {position} are not "
                "a character. Please save it as UTF-8.",
            )
            raise NotAPlanError.because(message.format(position=exc.start)) from None
    body = data[len(_UTF8_BOM) :] if data.startswith(_UTF8_BOM) else data
    if b"\x00" in body[:4]:
        raise NotAPlanError.because(
            translate(
                "PlanFile",
                "This file looks like UTF-16 text without a byte-order mark; "
                "please save it as UTF-8.",
            )
        )
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        message = translate(
            "PlanFile",
            "This file is not UTF-8 text: the bytes at position {position} (line {line}) are not "
            "a character. Please save it as UTF-8.",
        )
        line = body.count(b"\n", 0, exc.start) + 1
        raise NotAPlanError.because(message.format(position=exc.start, line=line)) from None


def looks_like_plan_json(head: bytes) -> bool:
    """True when the first bytes of a file (64 are plenty) are the start of a JSON object in an
    encoding :func:`decode_plan_bytes` reads or explains — not an encrypted plan file (whose
    first bytes are random)."""
    if head.startswith(_UTF32_BOMS):
        return True
    if head.startswith(codecs.BOM_UTF16_LE):
        codec, head = "utf-16-le", head[2:]
    elif head.startswith(codecs.BOM_UTF16_BE):
        codec, head = "utf-16-be", head[2:]
    else:
        codec, head = "utf-8", head.removeprefix(_UTF8_BOM)
    try:
        text = codecs.getincrementaldecoder(codec)().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    text = text.lstrip(" \t\r\n")
    return text.startswith("{") and not any(_control(c) for c in text)


def _control(char: str) -> bool:
    code = ord(char)
    return (code < 0x20 and char not in "\t\r\n") or 0x7F <= code < 0xA0


def nesting_too_deep(text: str, limit: int = MAX_DEPTH) -> bool:
    """True when the JSON ``text`` nests arrays and objects more than ``limit`` levels deep.

    Strings are set aside first; then innermost ``[]`` and ``{}`` pairs are removed, one level
    per pass, in C — so the check never recurses, and costs a few passes over the brackets.
    """
    skeleton = _NOT_BRACKET.sub("", _STRING.sub("", _ESCAPE.sub("", text)))
    for _ in range(limit):
        if not skeleton:
            return False
        skeleton, removed = _PAIR.subn("", skeleton)
        if not removed:
            return False  # unbalanced: the JSON parser says where
    return bool(skeleton)


def _integer(text: str) -> Any:
    # Python refuses to convert integers over 4,300 digits; no plan value is over a few.
    return int(text) if len(text) <= _MAX_INT_DIGITS else BareNumber(text)


def parse_json(text: str) -> Any:
    """Parse JSON text as the plan readers need it: numbers with a point or exponent, NaN and
    Infinity, and huge integers are kept as :class:`BareNumber` (never a float)."""
    if nesting_too_deep(text):
        message = translate(
            "PlanFile", "This file is nested too deeply to be a plan (more than {limit} levels)."
        )
        raise NotAPlanError.because(message.format(limit=MAX_DEPTH))
    try:
        return json.loads(
            text, parse_float=BareNumber, parse_int=_integer, parse_constant=BareNumber
        )
    except json.JSONDecodeError as exc:
        message = translate(
            "PlanFile", "This is not valid JSON (line {line}, column {column}: {reason})."
        )
        raise NotAPlanError.because(
            message.format(line=exc.lineno, column=exc.colno, reason=exc.msg)
        ) from None
    except RecursionError:
        raise NotAPlanError.because(
            translate("PlanFile", "This file is nested too deeply to be a plan.")
        ) from None


def loads_plan(text: str | bytes, *, today: date | None = None) -> Plan:
    """Import interchange JSON text (or the bytes of a file) as a plan, with every entry rule.

    Bad JSON, an unreadable encoding or hostile structure raises :class:`NotAPlanError`
    (exit 4); a plan with problems raises :class:`PlanFormatError` listing each (exit 1).
    """
    return parse_plan(load_json(text), today=today)


def load_json(text: str | bytes, limit: int = MAX_FILE_BYTES) -> Any:
    """The parsed JSON of a document's text or bytes (encodings, size and nesting checked)."""
    if len(text) > limit:
        message = translate("PlanFile", "The file is too large to be a plan (over {size} MB).")
        raise NotAPlanError.because(message.format(size=limit // 1024 // 1024))
    if isinstance(text, bytes | bytearray):
        text = decode_plan_bytes(bytes(text))
    else:
        text = text.removeprefix("\ufeff")
    return parse_json(text)


def read_plan_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of the file at ``path`` (at most one more than ``limit``).

    Only a regular file is read: a folder, a device or a named pipe is refused at once rather
    than read for ever. Raises :class:`PlanFileError` with a plain reason.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        handle = os.open(path, flags)
    except FileNotFoundError:
        message = translate("PlanFile", "There is no file at {path}.")
        raise PlanFileError(message.format(path=path)) from None
    except IsADirectoryError:
        message = translate("PlanFile", "{path} is a folder, not a plan file.")
        raise PlanFileError(message.format(path=path)) from None
    except OSError as exc:
        message = translate("PlanFile", "Cannot read {path}: {reason}.")
        raise PlanFileError(message.format(path=path, reason=exc.strerror or exc)) from None
    try:
        info = os.fstat(handle)
        if stat.S_ISDIR(info.st_mode):
            message = translate("PlanFile", "{path} is a folder, not a plan file.")
            raise PlanFileError(message.format(path=path))
        if not stat.S_ISREG(info.st_mode):
            message = translate("PlanFile", "{path} is not an ordinary file, so it is not read.")
            raise PlanFileError(message.format(path=path))
        with contextlib.suppress(AttributeError, OSError):
            os.set_blocking(handle, True)
        chunks = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(handle, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        return b"".join(chunks)
    except OSError as exc:
        message = translate("PlanFile", "Cannot read {path}: {reason}.")
        raise PlanFileError(message.format(path=path, reason=exc.strerror or exc)) from None
    finally:
        os.close(handle)


def load_plan_file(path: Path, *, today: date | None = None) -> Plan:
    """Import a plan from an interchange JSON file (see :func:`loads_plan`)."""
    return loads_plan(read_plan_bytes(Path(path)), today=today)
