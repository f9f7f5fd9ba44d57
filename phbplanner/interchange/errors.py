"""What the interchange readers report: problems with their paths, and values shown safely.

Every value quoted in a message goes through :func:`show`: cut to :data:`SHOWN_CHARS` characters
(a 10 MB id is never echoed), control characters and broken characters (lone surrogates) written
as escapes, and nested values shown only a few levels deep — so a message is always one short,
printable line, whatever the file held.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..domain.errors import PHBError
from ..domain.text import translate

#: The most characters of a value quoted in a message.
SHOWN_CHARS = 60
#: The most problems collected from one document.
MAX_PROBLEMS = 200


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a document: where (``path``) and why (``message``)."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class PlanFormatError(PHBError):
    """A document is not a valid v1 plan; ``problems`` lists every reason found."""

    exit_code = 1

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        first = str(problems[0]) if problems else translate("PlanReader", "not a plan")
        if len(problems) == 2:
            first = translate("PlanReader", "{first} (and 1 more problem)").format(first=first)
        elif len(problems) > 2:
            more = translate("PlanReader", "{first} (and {count} more problems)")
            first = more.format(first=first, count=len(problems) - 1)
        super().__init__(first)


class NotAPlanError(PlanFormatError):
    """The document is not a phbplanner plan at all, is broken JSON, or is from a newer version."""

    exit_code = 4

    @classmethod
    def because(cls, message: str, path: str = "") -> NotAPlanError:
        """The error for one reason."""
        return cls([Problem(path, message)])


class BareNumber:
    """A JSON number the reader refuses to turn into a value (a decimal point, an exponent,
    NaN or Infinity, or far too many digits), kept as its text so it can be shown."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return f"BareNumber({self.text[:20]!r})"


def _escape(text: str) -> str:
    out = []
    for char in text:
        code = ord(char)
        if code < 0x20 or code == 0x7F or 0x80 <= code < 0xA0:
            out.append({"\n": "\\n", "\t": "\\t", "\r": "\\r"}.get(char, f"\\x{code:02x}"))
        elif 0xD800 <= code <= 0xDFFF or code in (0x2028, 0x2029):
            out.append(f"\\u{code:04x}")
        elif char in '"\\':
            out.append("\\" + char)
        else:
            out.append(char)
    return "".join(out)


def cut(text: str, limit: int = SHOWN_CHARS) -> str:
    """``text`` made printable, and cut to ``limit`` characters followed by "…"."""
    long = len(text) > limit
    shown = _escape(text[:limit])
    return shown + "…" if long else shown


def show(value: Any, limit: int = SHOWN_CHARS) -> str:
    """A short, printable rendering of a value read from JSON, for a message."""
    if isinstance(value, str):
        return _quoted(value, limit)
    text = _render(value, 3, limit + 1)  # already printable
    return text if len(text) <= limit else text[:limit] + "…"


def _quoted(text: str, limit: int) -> str:
    if len(text) > limit:
        return '"' + _escape(text[:limit]) + '…"'
    return '"' + _escape(text) + '"'


def _render(value: Any, depth: int, budget: int) -> str:
    # Bounded in depth and length, so a hostile value cannot recurse or grow without end.
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        text = str(value) if value.bit_length() < 200 else "…"
        return text
    if isinstance(value, BareNumber):
        return value.text[:budget]
    if isinstance(value, str):
        return _quoted(value, max(budget, 10))
    if isinstance(value, list | dict):
        if depth <= 0 or not value:
            return (
                ("[…]" if value else "[]")
                if isinstance(value, list)
                else ("{…}" if value else "{}")
            )
        parts: list[str] = []
        used = 2
        items = value.items() if isinstance(value, dict) else ((None, v) for v in value)
        for key, item in items:
            if used > budget:
                parts.append("…")
                break
            text = _render(item, depth - 1, budget - used)
            if key is not None:
                text = _quoted(str(key), 20) + ": " + text
            parts.append(text)
            used += len(text) + 2
        inner = ", ".join(parts)
        return f"[{inner}]" if isinstance(value, list) else f"{{{inner}}}"
    return cut(repr(value), budget)


def join(path: str, key: str) -> str:
    """``path.key``, with an unusual key made printable and cut short."""
    if not (key.isascii() and key.isprintable() and len(key) <= SHOWN_CHARS):
        key = cut(key)
    return f"{path}.{key}" if path else key
