"""Reading Qt's compiled translation files (``.qm``) without Qt.

The window loads ``.qm`` files with ``QTranslator``; the command line has no Qt, yet a Welsh PDF
made from it must say exactly what the window's does. So this reads the same files.

A ``.qm`` file is a 16-byte magic number, then blocks (a tag byte, a 32-bit big-endian length,
the data). The messages block holds each message as tagged fields ending with ``END``: the
translation (UTF-16BE, a 32-bit length), the source text, the context and the comment (UTF-8,
a 32-bit length). ``lrelease`` writes only finished translations, so a message not found here
stays in English. Numerus forms (several translations of one message) are not used by this
program; the first is taken.
"""

from __future__ import annotations

import struct

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69
# fields inside a message
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8
_NULL = 0xFFFFFFFF


class QmError(ValueError):
    """The bytes are not a ``.qm`` file this reader understands."""


def _length(data: bytes, at: int) -> tuple[int, int]:
    if at + 4 > len(data):
        raise QmError("a length runs past the end")
    return struct.unpack_from(">I", data, at)[0], at + 4


def _field(data: bytes, at: int, end: int) -> tuple[bytes | None, int]:
    size, at = _length(data, at)
    if size == _NULL:
        return None, at
    if at + size > end:
        raise QmError("a text runs past the end of its block")
    return data[at : at + size], at + size


def read_qm(data: bytes) -> dict[tuple[str, str], str]:
    """``{(context, source text): translation}`` of every message in a ``.qm`` file."""
    if not data.startswith(MAGIC):
        raise QmError("not a Qt translation file")
    found: dict[tuple[str, str], str] = {}
    at = len(MAGIC)
    while at < len(data):
        tag = data[at]
        size, at = _length(data, at + 1)
        end = at + size
        if end > len(data):
            raise QmError("a block runs past the end")
        if tag == _MESSAGES:
            _read_messages(data, at, end, found)
        at = end
    return found


def _read_messages(data: bytes, at: int, end: int, found: dict[tuple[str, str], str]) -> None:
    translation: str | None = None
    source = context = ""
    while at < end:
        field = data[at]
        at += 1
        if field == _END:
            if translation is not None:
                found.setdefault((context, source), translation)
            translation, source, context = None, "", ""
        elif field in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT):
            raw, at = _field(data, at, end)
            if raw is None:
                continue
            if field == _TRANSLATION:
                if translation is None:  # numerus forms: the first
                    translation = raw.decode("utf-16-be", errors="replace")
            elif field == _SOURCE:
                source = raw.decode("utf-8", errors="replace")
            elif field == _CONTEXT:
                context = raw.decode("utf-8", errors="replace")
        elif field == _OBSOLETE1:
            at += 4  # a hash Qt no longer reads
        else:
            raise QmError(f"an unknown field {field:#x} in a message")
