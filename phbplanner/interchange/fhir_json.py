"""FHIR JSON text with exact decimals.

FHIR's ``decimal`` keeps its written precision ("1234.50" is not "1234.5"), and a JSON number that
went through a Python ``float`` may lose both the trailing zero and exactness. The standard
``json`` module cannot write a :class:`~decimal.Decimal` as a number, so this small writer does:
strings, booleans and integers as ``json`` writes them, decimals as their exact digits.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any


class FhirJsonError(ValueError):
    """A value that cannot be written as FHIR JSON (a float, NaN, an unknown type)."""


def _decimal_text(value: Decimal) -> str:
    if not value.is_finite():
        raise FhirJsonError(f"{value} is not a number FHIR can hold")
    # Fixed-point ("f") keeps every written digit and never uses an exponent.
    return format(value, "f")


def _write(value: Any, out: list[str], indent: str) -> None:
    if isinstance(value, bool):
        out.append("true" if value else "false")
    elif isinstance(value, Decimal):
        out.append(_decimal_text(value))
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, str):
        out.append(json.dumps(value, ensure_ascii=False))
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = indent + "  "
        out.append("{")
        for index, (key, item) in enumerate(value.items()):
            if not isinstance(key, str):
                raise FhirJsonError(f"object key {key!r} is not text")
            out.append("," if index else "")
            out.append("\n" + inner + json.dumps(key, ensure_ascii=False) + ": ")
            _write(item, out, inner)
        out.append("\n" + indent + "}")
    elif isinstance(value, list | tuple):
        if not value:
            out.append("[]")
            return
        inner = indent + "  "
        out.append("[")
        for index, item in enumerate(value):
            out.append("," if index else "")
            out.append("\n" + inner)
            _write(item, out, inner)
        out.append("\n" + indent + "]")
    elif isinstance(value, float):
        raise FhirJsonError("a float cannot be written exactly; use Decimal")
    else:
        raise FhirJsonError(f"cannot write {type(value).__name__} as FHIR JSON")


def dumps_fhir(document: Any) -> str:
    """``document`` as FHIR JSON text: two-space indents, UTF-8 characters kept, keys in order.

    Decimals are written with exactly their digits (``Decimal("1234.50")`` → ``1234.50``); a
    ``float`` anywhere is refused with :class:`FhirJsonError`, so an inexact amount cannot slip in.
    The text ends with a newline. The same document always gives the same text.
    """
    out: list[str] = []
    _write(document, out, "")
    out.append("\n")
    return "".join(out)
