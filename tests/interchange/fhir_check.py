"""Helpers for the FHIR export tests: parse the text we wrote, validate it with fhir.resources'
R4B models, and look things up in the bundle. Nothing here validates FHIR by itself."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from fhir.resources.R4B.bundle import Bundle
from pydantic import BaseModel

from phbplanner.domain.plan import Plan
from phbplanner.domain.versions import Agreement, VersionInfo, VersionStatus
from phbplanner.interchange.fhir import dumps_bundle
from phbplanner.interchange.plan_json import load_plan_file

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "example-plan.json"
OURS = "https://phbplanner.invalid/fhir/"

DRAFT = VersionInfo(1, VersionStatus.DRAFT, "", datetime(2026, 3, 2, 9, 30, tzinfo=UTC))
AGREED = VersionInfo(
    2,
    VersionStatus.AGREED,
    "ab" * 32,
    datetime(2026, 3, 20, 14, 0, tzinfo=UTC),
    Agreement(
        person_name="Siân Pritchard",
        agreed_on=datetime(2026, 3, 25).date(),
        coordinator_name="Grace Okafor",
        coordinator_role="Care coordinator",
        icb_approver_name="Dr Amir Haddad",
        icb_approver_role="Continuing Healthcare lead",
    ),
)


def example_plan() -> Plan:
    """The shipped example plan, read afresh."""
    return load_plan_file(EXAMPLE)


def parse(text: str) -> dict[str, Any]:
    """The JSON text as written, decimals read as Decimal (never through a float)."""
    document: dict[str, Any] = json.loads(text, parse_float=Decimal)
    return document


def validated(text: str) -> tuple[dict[str, Any], Bundle]:
    """Parse ``text`` and validate it as an R4(B) Bundle; fhir.resources raises on any error."""
    document = parse(text)
    return document, Bundle.model_validate(document)


def export(plan: Plan, version: VersionInfo = DRAFT, **kwargs: Any) -> dict[str, Any]:
    """The validated bundle document of ``plan``."""
    document, _ = validated(dumps_bundle(plan, version, **kwargs))
    return document


def resources(document: dict[str, Any], kind: str | None = None) -> list[dict[str, Any]]:
    """The resources of the bundle, of one type if ``kind`` is given, in bundle order."""
    found = [entry["resource"] for entry in document["entry"]]
    return [r for r in found if kind is None or r["resourceType"] == kind]


def by_url(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """fullUrl → resource."""
    return {entry["fullUrl"]: entry["resource"] for entry in document["entry"]}


def one(document: dict[str, Any], kind: str) -> dict[str, Any]:
    """The single resource of type ``kind``."""
    found = resources(document, kind)
    assert len(found) == 1, f"{len(found)} {kind} resources"
    return found[0]


def ext(element: dict[str, Any], name: str) -> dict[str, Any] | None:
    """The extension of ours named ``name`` on ``element`` (there is at most one)."""
    found = [
        e for e in element.get("extension", []) if e["url"] == OURS + "StructureDefinition/" + name
    ]
    assert len(found) <= 1
    return found[0] if found else None


def part(extension: dict[str, Any], name: str) -> Any:
    """The value of the part ``name`` of a complex extension (``None`` when absent)."""
    for inner in extension["extension"]:
        if inner["url"] == name:
            (key,) = [k for k in inner if k.startswith("value")]
            return inner[key]
    return None


def item_id(element: dict[str, Any], system: str) -> str | None:
    """The plan item id of a resource (``identifier``) or an activity (``plan-item``)."""
    for ident in element.get("identifier", []):
        if ident["system"] == OURS + "Id/" + system:
            return str(ident["value"])
    marker = ext(element, "plan-item")
    if marker and marker["valueIdentifier"]["system"] == OURS + "Id/" + system:
        return str(marker["valueIdentifier"]["value"])
    return None


def walk(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """Every (path, value) in a JSON document, depth first."""
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from walk(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from walk(item, f"{path}[{index}]")


def coded_fields(model: BaseModel, path: str = "") -> Iterator[tuple[str, Any, list[str]]]:
    """Every code field of a parsed model that the library knows a required value set for:
    (path, value, allowed codes). The library lists them but does not check them."""
    for name, info in type(model).model_fields.items():
        value = getattr(model, name, None)
        if value is None:
            continue
        extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
        allowed = extra.get("enum_values")
        here = f"{path}.{name}" if path else name
        if allowed:
            for code in value if isinstance(value, list) else [value]:
                yield here, code, list(allowed)  # type: ignore[arg-type]
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, BaseModel):
                yield from coded_fields(item, here)
