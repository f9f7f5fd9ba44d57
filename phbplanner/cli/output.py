"""Everything the CLI prints goes through here: no terminal escapes, no endless values.

Text from a plan (a name, a description) and from the command line (a file name) can hold
characters a terminal acts on: ``ESC`` sequences that clear the screen or retitle the window,
C1 controls (``U+009B`` starts a sequence on some terminals), a carriage return that overwrites
the line, bidirectional overrides that make text read backwards. They are shown as visible
escapes (``\\x1b``, ``\\u202e``) instead. Lone surrogates (from file names that are not UTF-8)
are shown the same way, so printing never fails. Long values are cut in messages.
"""

from __future__ import annotations

import json
import os
import sys
from typing import TextIO

# Bidirectional controls that reorder what follows them (Trojan Source), and line separators.
_BIDI = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029"
)
# A value we put in a message (a name, an id) longer than this is cut in the middle.
VALUE_LIMIT = 80
# The safety net for messages made elsewhere: a word longer than this is cut (a 10 MB id), but
# a path the person must copy (a backup's, about 120 characters) is kept whole…
WORD_LIMIT = 300
# … and no message line is longer than this.
MESSAGE_LIMIT = 2000


def _unsafe(ch: str, keep: str) -> bool:
    code = ord(ch)
    if ch in keep:
        return False
    return code < 0x20 or 0x7F <= code < 0xA0 or ch in _BIDI or 0xD800 <= code < 0xE000


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def clean(text: str, *, keep: str = "") -> str:
    """``text`` with every control, bidi override and lone surrogate shown as an escape
    (characters in ``keep``, e.g. ``"\\n"``, are left as they are)."""
    if text.isprintable() and not any(ch in _BIDI for ch in text):
        return text
    return "".join(_escape(ch) if _unsafe(ch, keep) else ch for ch in text)


def shorten(text: str, limit: int = VALUE_LIMIT) -> str:
    """``text`` cut in the middle to about ``limit`` characters (ends kept: they say most)."""
    if len(text) <= limit:
        return text
    head = (limit * 2) // 3
    tail = limit - head - 1
    return f"{text[:head]}…{text[-tail:]}" if tail > 0 else text[:limit] + "…"


def show(value: object) -> str:
    """A value (file name, id, text from a plan) made safe to put inside one message line. A
    path (``os.PathLike``) is kept whole up to ``WORD_LIMIT``: the person may need to find it."""
    if isinstance(value, os.PathLike):
        return shorten(clean(os.fspath(value)), WORD_LIMIT)
    return shorten(clean(str(value)))


def _cut_long_words(line: str) -> str:
    words = line.split(" ")
    if all(len(word) <= WORD_LIMIT for word in words):
        return shorten(line, MESSAGE_LIMIT)
    return shorten(" ".join(shorten(word, WORD_LIMIT) for word in words), MESSAGE_LIMIT)


def json_safe(text: str) -> str:
    """JSON text with every unsafe character written as a JSON ``\\uXXXX`` escape (the same
    data for a JSON reader, nothing a terminal acts on)."""
    return "".join(
        f"\\u{ord(ch):04x}" if _unsafe(ch, "\n") and ord(ch) >= 0x7F else ch for ch in text
    )


def _write(stream: TextIO, text: str) -> None:
    try:
        stream.write(text)
    except UnicodeEncodeError:  # a terminal that cannot show some letters: escape those
        encoding = getattr(stream, "encoding", None) or "ascii"
        stream.write(text.encode(encoding, "backslashreplace").decode(encoding, "replace"))
    stream.flush()


def say(text: str = "") -> None:
    """Print a result (stdout), escaping anything unsafe except line breaks."""
    _write(sys.stdout, clean(text, keep="\n") + "\n")


def say_json(value: object) -> None:
    """Print a JSON document (stdout): the same data, with nothing a terminal acts on."""
    _write(sys.stdout, json_safe(json.dumps(value, ensure_ascii=False, indent=2)) + "\n")


def tell(text: str) -> None:
    """Print a note for the person on stderr (progress, "wrote …")."""
    _write(sys.stderr, clean(text, keep="\n") + "\n")


def complain(message: str) -> None:
    """Print an error on stderr, ``phbplanner: …``, with long values cut."""
    lines = clean(message, keep="\n").split("\n")
    text = "\n".join(_cut_long_words(line) for line in lines)
    _write(sys.stderr, f"phbplanner: {text}\n")
