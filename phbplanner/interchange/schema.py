"""The JSON Schema of the interchange format, generated from the field lists.

``resources/schema/plan-v1.schema.json`` is this module's output (the plan's fields of format
version 1); the later versions' files are ``records_schema``'s, built on :func:`plan_schema` of
that version with the spending records and reviews beside the plan: ``plan-v2…`` adds the consent
records, ``plan-v3…`` support line groups and employments (the fields with ``since=2`` or ``3``).
A test fails when a shipped file is behind the field lists. After changing
``domain/plan_fields.py`` (each command takes the version from the file's name)::

    .venv/bin/python -m phbplanner.interchange.schema resources/schema/plan-v1.schema.json
    .venv/bin/python -m phbplanner.interchange.records_schema resources/schema/plan-v2.schema.json
    .venv/bin/python -m phbplanner.interchange.records_schema resources/schema/plan-v3.schema.json

The schema states what it can: types, lengths, counts, ranges, patterns, choices, required and
unknown fields. The reader alone checks what a schema cannot: real calendar dates, "not in the
future", NHS check digits, references between lists, unique ids, rules between fields, NUL and
broken characters, and bare numbers with a decimal point (a schema's "integer" allows ``2.0``).
"""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..domain.fieldspec import FIRST_YEAR, LAST_YEAR, MAX_POUNDS, Field, Kind, Shape
from ..domain.plan_fields import PLAN
from .reader import FORMAT, VERSION

DESCRIPTION = (
    "A whole personalised care and support plan with its personal health budget. Amounts are "
    'decimal strings in pounds ("1234.50"); dates are ISO 8601 ("2026-04-01"), from '
    f"{FIRST_YEAR} to {LAST_YEAR}. Every field but format and version may be left out; items "
    "without an id are given one when read. Bare numbers with a decimal point are refused so "
    "that no amount passes through a binary float. The fingerprint of a plan is the SHA-256 of "
    "this document written canonically (keys sorted, no insignificant whitespace, UTF-8)."
)
_MONEY_DOC = (
    'An amount in pounds as a decimal string with at most 2 decimal places, e.g. "1234.50".'
)


def _typed(name: str, nullable: bool) -> Any:
    return [name, "null"] if nullable else name


def _year_pattern(first: int, last: int) -> str:
    """A pattern for the years ``first``..``last`` (both whole centuries)."""
    if first % 100 or last % 100 or last <= first:
        raise ValueError("year limits must be whole centuries")
    centuries = "|".join(str(c) for c in range(first // 100, last // 100))
    return f"({centuries})[0-9]{{2}}|{last}"


def _decimal_pattern(field: Field) -> str:
    """A pattern for decimal strings from 0 (or above it) to a power of ten."""
    low, high, places = field.low, field.high, field.places
    digits = len(str(int(high))) - 1 if high is not None else 0
    if low != 0 or high is None or Decimal(high) != Decimal(10) ** digits:
        raise ValueError(f"{field.name}: the schema can state 0 to a power of ten only")
    below = f"[0-9]{{1,{digits}}}(\\.[0-9]{{1,{places}}})?"
    exactly = f"1{'0' * digits}(\\.0{{1,{places}}})?"
    positive = "(?!0+(\\.0+)?$)" if field.above_low else ""
    return f"^{positive}0*({below}|{exactly})$"


def field_schema(field: Field, version: int = VERSION) -> dict[str, Any]:
    """The schema of one field (in format ``version``)."""
    kind, nullable = field.kind, field.nullable
    result: dict[str, Any]
    if kind is Kind.ID:
        result = {"type": "string", "pattern": "^[A-Za-z0-9_.-]{1,64}$"}
    elif kind is Kind.TEXT:
        result = {"type": _typed("string", nullable), "maxLength": field.max_length}
    elif kind is Kind.DATE:
        pattern = f"^({_year_pattern(FIRST_YEAR, LAST_YEAR)})-[0-9]{{2}}-[0-9]{{2}}$"
        result = {"type": _typed("string", nullable), "pattern": pattern, "format": "date"}
    elif kind is Kind.MONEY:
        digits = len(str(MAX_POUNDS))
        pattern = f"^0*[0-9]{{1,{digits}}}(\\.[0-9]{{1,2}})?$"
        result = {"type": _typed("string", nullable), "pattern": pattern, "description": _MONEY_DOC}
    elif kind is Kind.DECIMAL:
        result = {"type": _typed("string", nullable), "pattern": _decimal_pattern(field)}
    elif kind is Kind.INT:
        result = {"type": _typed("integer", nullable)}
        if field.low is not None:
            result["minimum"] = int(field.low)
        if field.high is not None:
            result["maximum"] = int(field.high)
    elif kind is Kind.FLAG:
        result = {"type": _typed("boolean", nullable)}
    elif kind is Kind.CHOICE:
        assert field.enum is not None
        values: list[Any] = [member.value for member in field.enum]
        result = {"enum": [*values, None] if nullable else values}
    elif kind is Kind.IDS:
        result = {"type": "array", "maxItems": field.max_items, "items": {"type": "string"}}
    elif kind is Kind.NESTED:
        assert field.shape is not None
        result = shape_schema(field.shape, version)
        if nullable:
            result["type"] = ["object", "null"]
    else:
        assert field.shape is not None
        result = {
            "type": "array",
            "maxItems": field.max_items,
            "items": shape_schema(field.shape, version),
        }
    if field.doc:
        result["description"] = field.doc
    return result


def shape_schema(shape: Shape, version: int = VERSION) -> dict[str, Any]:
    """The schema of an object of ``shape`` (the fields of format ``version``)."""
    fields = [field for field in shape.fields if field.since <= version]
    result: dict[str, Any] = {
        "type": "object",
        "additionalProperties": False,
        "properties": {field.name: field_schema(field, version) for field in fields},
    }
    required = [field.name for field in fields if field.required]
    if required:
        result["required"] = required
    return result


def schema_id(version: int = VERSION) -> str:
    """The ``$id`` of the schema of format ``version``."""
    return f"https://phbplanner.invalid/schema/plan-v{version}.schema.json"


def plan_schema(version: int = VERSION) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of interchange documents of format ``version``."""
    if not 1 <= version <= VERSION:
        raise ValueError(f"there is no format version {version}")
    body = shape_schema(PLAN, version)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": schema_id(version),
        "title": f"PHB Planner plan, interchange format version {version}",
        "description": DESCRIPTION,
        "type": "object",
        "additionalProperties": False,
        "required": ["format", "version"],
        "properties": {
            "format": {"const": FORMAT},
            "version": {"const": version},
            **body["properties"],
        },
    }


def schema_text(version: int = VERSION) -> str:
    """The schema of format ``version`` as the shipped file holds it."""
    return json.dumps(plan_schema(version), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    """Write the plan's schema to the file named (its version from its name: ``plan-v1…``), or
    print the newest."""
    if argv:
        found = re.search(r"plan-v(\d+)\.schema\.json$", argv[0])
        version = int(found.group(1)) if found else VERSION
        Path(argv[0]).write_text(schema_text(version), encoding="utf-8")
    else:
        sys.stdout.write(schema_text())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
