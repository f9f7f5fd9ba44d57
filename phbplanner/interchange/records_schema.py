"""The JSON Schema of the records part, and of a whole document of version 2 or later.

``resources/schema/plan-v2.schema.json`` and ``plan-v3.schema.json`` are :func:`document_schema`'s
output: the plan's schema of that version (generated from the field lists; version 2 adds the
consent records, version 3 support line groups and employments) with the optional parts beside
it — the spending records (described here) and the reviews held (``reviews-part.schema.json``,
referred to by its address). Regenerate with (the version is taken from the file's name)::

    .venv/bin/python -m phbplanner.interchange.records_schema resources/schema/plan-v2.schema.json
    .venv/bin/python -m phbplanner.interchange.records_schema resources/schema/plan-v3.schema.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from ..domain.documents import MAX_BYTES, DocumentKind
from ..domain.ledger import AccountKind, PaymentMethod, Purpose
from .reader import VERSION
from .schema import plan_schema, schema_id

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


def document_schema(version: int = VERSION) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a whole document of format ``version`` (2 or later;
    it also accepts the earlier versions' numbers)."""
    if not 2 <= version <= VERSION:
        raise ValueError(f"there is no document schema of format version {version}")
    schema = plan_schema(version)
    schema["$id"] = schema_id(version)
    schema["title"] = f"PHB Planner plan with its records, interchange format version {version}"
    schema["description"] += (
        " Version 2 adds the plan's consent records (consents) and may hold, beside the plan, "
        "its spending records (accounts, entries and documents: receipts, invoices, timesheets, "
        "payslips — their bytes as base64 when exported with them) and the reviews held. The "
        "fingerprint covers the plan alone."
    )
    if version >= 3:
        schema["description"] += (
            " Version 3 adds a group on support lines and the employments (the PA calculator's "
            "answers, from which a personal assistant's lines are worked out again)."
        )
    properties = schema["properties"]
    properties["version"] = {"enum": list(range(1, version + 1))}
    properties["accounts"] = {"type": "array", "items": {"$ref": "#/$defs/account"}}
    properties["entries"] = {"type": "array", "items": {"$ref": "#/$defs/entry"}}
    properties["attachments"] = {"type": "array", "items": {"$ref": "#/$defs/attachment"}}
    properties["reviews_held"] = {"$ref": REVIEWS_ID}
    schema["$defs"] = records_defs()
    return schema


def schema_text(version: int = VERSION) -> str:
    """The schema of format ``version`` as the shipped file holds it."""
    return json.dumps(document_schema(version), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    """Write the schema to the file named (its version from its name: ``plan-v3…``), or print
    the newest."""
    if argv:
        found = re.search(r"plan-v(\d+)\.schema\.json$", argv[0])
        version = int(found.group(1)) if found else VERSION
        Path(argv[0]).write_text(schema_text(version), encoding="utf-8")
    else:
        sys.stdout.write(schema_text())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
