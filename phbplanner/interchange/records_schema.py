"""The JSON Schema of the records part, and of a whole version 2 document.

``resources/schema/plan-v2.schema.json`` is :func:`document_schema`'s output: the plan's schema
(generated from the field lists) with ``version`` 1 or 2 and the optional parts beside it — the
spending records (described here) and the reviews held (``reviews-part.schema.json``, referred
to by its address). Regenerate with::

    .venv/bin/python -m phbplanner.interchange.records_schema resources/schema/plan-v2.schema.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from ..domain.documents import MAX_BYTES, DocumentKind
from ..domain.ledger import AccountKind, PaymentMethod, Purpose
from .reader import VERSION
from .schema import plan_schema

SCHEMA_ID = f"https://phbplanner.invalid/schema/plan-v{VERSION}.schema.json"
REVIEWS_ID = "https://phbplanner.invalid/schema/reviews-part.schema.json"

_DATE = {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "format": "date"}
_MONEY = {
    "type": "string",
    "pattern": "^-?[0-9]{1,9}(\\.[0-9]{1,2})?$",
    "description": 'A signed amount in pounds, e.g. "-45.60" (money out is negative).',
}
_ID = {"type": "integer", "minimum": 1}
_TEXT = {"type": "string", "maxLength": 20_000}


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


def _choice(kind: Any) -> dict[str, Any]:
    return {"enum": [member.value for member in kind]}


def records_defs() -> dict[str, Any]:
    """The schemas of an account, an entry, a split and a document."""
    return {
        "account": {
            "type": "object",
            "additionalProperties": False,
            "required": ["id", "name", "opening_date"],
            "properties": {
                "id": _ID,
                "name": _TEXT,
                "kind": _choice(AccountKind),
                "opening_balance": _MONEY,
                "opening_date": _DATE,
            },
        },
        "split": {
            "type": "object",
            "additionalProperties": False,
            "required": ["line", "amount"],
            "properties": {"line": {"type": "string"}, "line_description": _TEXT, "amount": _MONEY},
        },
        "entry": {
            "type": "object",
            "additionalProperties": False,
            "required": ["id", "account", "date", "amount"],
            "properties": {
                "id": _ID,
                "account": _ID,
                "date": _DATE,
                "amount": _MONEY,
                "payee": _TEXT,
                "description": _TEXT,
                "purpose": _choice(Purpose),
                "line": _nullable({"type": "string"}),
                "line_description": _TEXT,
                "splits": {"type": "array", "items": {"$ref": "#/$defs/split"}},
                "method": _nullable(_choice(PaymentMethod)),
                "reference": _TEXT,
                "recorded_by": _TEXT,
                "reconciled": {"type": "boolean"},
                "bank_balance": _nullable(_MONEY),
                "notes": _TEXT,
            },
        },
        "attachment": {
            "type": "object",
            "additionalProperties": False,
            "required": ["id", "filename", "sha256"],
            "properties": {
                "id": _ID,
                "kind": _choice(DocumentKind),
                "filename": _TEXT,
                "mime": {"type": "string"},
                "size": {"type": "integer", "minimum": 0, "maximum": MAX_BYTES},
                "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                "entries": {"type": "array", "items": _ID},
                "note": _TEXT,
                "details": {"type": "object"},
                "added": {"type": "string"},
                "added_by": _TEXT,
                "data": {"type": "string", "contentEncoding": "base64"},
            },
        },
    }


def document_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a whole document, versions 1 and 2."""
    schema = plan_schema()
    schema["$id"] = SCHEMA_ID
    schema["title"] = f"PHB Planner plan with its records, interchange format version {VERSION}"
    schema["description"] += (
        " Version 2 may hold, beside the plan, its spending records (accounts, entries and "
        "documents: receipts, invoices, timesheets, payslips — their bytes as base64 when "
        "exported with them) and the reviews held. The fingerprint covers the plan alone."
    )
    properties = schema["properties"]
    properties["version"] = {"enum": [1, VERSION]}
    properties["accounts"] = {"type": "array", "items": {"$ref": "#/$defs/account"}}
    properties["entries"] = {"type": "array", "items": {"$ref": "#/$defs/entry"}}
    properties["attachments"] = {"type": "array", "items": {"$ref": "#/$defs/attachment"}}
    properties["reviews_held"] = {"$ref": REVIEWS_ID}
    schema["$defs"] = records_defs()
    return schema


def schema_text() -> str:
    """The schema as the shipped file holds it."""
    return json.dumps(document_schema(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    """Write the schema to the file named, or print it."""
    if argv:
        Path(argv[0]).write_text(schema_text(), encoding="utf-8")
    else:
        sys.stdout.write(schema_text())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
