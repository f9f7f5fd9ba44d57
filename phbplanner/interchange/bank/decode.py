"""From the bytes of a statement file to text, refusing what is not a statement at all.

UK banks write UTF-8 (with or without a byte-order mark) or Windows-1252 (Nationwide's "£",
Santander's text export); a few tools save UTF-16 with a byte-order mark. We try exactly those,
in that order, instead of guessing among dozens of encodings: a short file can look like many
encodings, and a wrong guess silently changes "Siân" into "SiÃ¢n". Latin-1 text reads the same
as Windows-1252 except for control characters, which are refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...domain.text import translate
from .errors import StatementRefused

#: The largest statement we read: years of daily transactions fit in a few MB.
MAX_FILE_BYTES = 20 * 1024 * 1024
#: The longest single field (description, payee…) a statement may hold.
MAX_FIELD_CHARS = 10_000

# Control characters other than tab, line feed, form feed and carriage return: their presence
# means the bytes are not text in the encoding tried (or not text at all).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True, slots=True)
class DecodedText:
    """The text of a file and the encoding it was read with."""

    text: str
    encoding: str


def _refuse(text: str) -> StatementRefused:
    return StatementRefused(translate("BankImport", text))


def check_size(data: bytes) -> None:
    """Refuse an empty file or one over :data:`MAX_FILE_BYTES`."""
    if len(data) > MAX_FILE_BYTES:
        raise StatementRefused(
            translate(
                "BankImport",
                "This file is {size} MB; a bank statement can be at most {limit} MB. "
                "Download a shorter period from your bank.",
            ).format(size=len(data) // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024))
        )
    if not data.strip(b" \t\r\n\xef\xbb\xbf"):
        raise _refuse("This file is empty: it has no transactions.")


def decode(data: bytes) -> DecodedText:
    """Decode a statement's bytes, or raise :class:`StatementRefused` saying why not."""
    check_size(data)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise _refuse(
                "This file says it is UTF-16 text but is not; it cannot be read."
            ) from None
        encoding = "utf-16"
    else:
        if b"\x00" in data:
            raise _refuse(
                "This file is not a bank statement: it contains binary data, not text. "
                "Download the statement from your bank as CSV, OFX, QIF or text."
            )
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
            encoding = "utf-8-sig"
        else:
            encoding = "utf-8"
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
                encoding = "windows-1252"
            except UnicodeDecodeError:
                raise _refuse(
                    "This file is not text in any encoding banks use (UTF-8 or Windows-1252), "
                    "so it cannot be read."
                ) from None
    text = text.removeprefix("\ufeff")
    if _CONTROL.search(text):
        raise _refuse(
            "This file is not a bank statement: it contains control characters, not text. "
            "Download the statement from your bank as CSV, OFX, QIF or text."
        )
    if not text.strip():
        raise _refuse("This file is empty: it has no transactions.")
    return DecodedText(text, encoding)


def check_field(value: str, line: int) -> None:
    """Refuse the whole file when one field is longer than :data:`MAX_FIELD_CHARS`."""
    if len(value) > MAX_FIELD_CHARS:
        raise field_too_long(line)


def field_too_long(line: int) -> StatementRefused:
    """The refusal for a field over the limit, naming the line where it starts."""
    return StatementRefused(
        translate(
            "BankImport",
            "Line {line} holds a field of more than {limit} characters, which no bank "
            "statement has. This file cannot be read.",
        ).format(line=line, limit=f"{MAX_FIELD_CHARS:,}")
    )
