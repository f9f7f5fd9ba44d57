"""The field lists are the one description of a plan: they agree with the dataclasses, the
shipped JSON Schema is generated from them, and the reader and writer follow them."""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from phbplanner.domain.fieldspec import Field, Kind, Shape
from phbplanner.domain.money import Money
from phbplanner.domain.plan import COLLECTIONS, SECTIONS, Plan
from phbplanner.domain.plan_fields import PLAN, PLAN_SECTIONS
from phbplanner.interchange.plan_json import VERSION, parse_plan, plan_document
from phbplanner.interchange.records_schema import document_schema
from phbplanner.interchange.records_schema import schema_text as document_schema_text
from phbplanner.interchange.schema import plan_schema, schema_text

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "resources" / "schema"

#: What each kind of field holds, as the dataclass declares it.
HOLDS: dict[Kind, tuple[type, ...]] = {
    Kind.ID: (str,),
    Kind.TEXT: (str,),
    Kind.DATE: (date,),
    Kind.MONEY: (Money,),
    Kind.DECIMAL: (Decimal,),
    Kind.INT: (int,),
    Kind.FLAG: (bool,),
}


def _shapes(shape: Shape) -> list[Shape]:
    found = [shape]
    for field in shape.fields:
        if field.shape is not None:
            found.extend(_shapes(field.shape))
    return found


def _declared(annotation: Any) -> tuple[list[Any], bool]:
    """The types an annotation allows, and whether it allows None."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        options = list(typing.get_args(annotation))
        return [o for o in options if o is not type(None)], type(None) in options
    return [annotation], False


def _check_field(cls: type, field: Field, annotation: Any) -> None:
    where = f"{cls.__name__}.{field.name}"
    options, optional = _declared(annotation)
    assert optional == field.nullable, f"{where}: None allowed by one and not the other"
    (declared,) = options
    origin = typing.get_origin(declared)
    if field.kind is Kind.CHOICE:
        assert declared is field.enum and issubclass(declared, StrEnum), where
    elif field.kind is Kind.NESTED:
        assert field.shape is not None and declared is field.shape.cls, where
    elif field.kind in (Kind.LIST, Kind.IDS):
        assert origin is tuple, where
        (item, _ellipsis) = typing.get_args(declared)
        wanted = str if field.kind is Kind.IDS else field.shape.cls  # type: ignore[union-attr]
        assert item is wanted, where
    else:
        assert declared in HOLDS[field.kind], f"{where}: {declared} is not a {field.kind}"


def test_every_shape_agrees_with_its_dataclass() -> None:
    for shape in _shapes(PLAN):
        hints = typing.get_type_hints(shape.cls)
        declared = [f.name for f in dataclasses.fields(shape.cls)]
        assert [f.name for f in shape.fields] == declared, shape.cls.__name__
        for field in shape.fields:
            _check_field(shape.cls, field, hints[field.name])
        if shape.id_prefix:
            assert shape.fields[0].kind is Kind.ID, shape.cls.__name__


def test_the_sections_are_the_plans_sections() -> None:
    assert list(PLAN_SECTIONS) == [f.name for f in dataclasses.fields(Plan)]
    lists = {name for name, field in PLAN_SECTIONS.items() if field.kind is Kind.LIST}
    nested = {name for name, field in PLAN_SECTIONS.items() if field.kind is Kind.NESTED}
    assert lists == set(COLLECTIONS) and nested == set(SECTIONS)
    for name in COLLECTIONS:
        assert PLAN_SECTIONS[name].shape.cls is COLLECTIONS[name]  # type: ignore[union-attr]
    prefixes = [f.shape.id_prefix for f in PLAN.fields if f.kind is Kind.LIST]  # type: ignore[union-attr]
    assert len(prefixes) == len(set(prefixes)), "id prefixes tell the lists apart"


def test_a_document_with_nothing_in_it_is_the_empty_plan() -> None:
    plan = parse_plan({"format": "phbplanner-plan", "version": 1})
    assert plan == Plan()
    version_1 = {name for name, field in PLAN_SECTIONS.items() if field.since == 1}
    assert set(plan_document(plan)) == {"format", "version", *version_1}
    assert set(plan_document(plan, VERSION)) == {"format", "version", *PLAN_SECTIONS}
    assert parse_plan({"format": "phbplanner-plan", "version": VERSION}) == Plan()


def test_the_shipped_schemas_are_generated_from_the_field_lists() -> None:
    for version in range(1, VERSION + 1):
        name = f"plan-v{version}.schema.json"
        module = "schema" if version == 1 else "records_schema"
        text = schema_text(version) if version == 1 else document_schema_text(version)
        assert (SCHEMAS / name).read_text("utf-8") == text, (
            f"resources/schema/{name} is behind domain/plan_fields.py; run "
            f"'.venv/bin/python -m phbplanner.interchange.{module} resources/schema/{name}'"
        )


def test_a_versions_schema_holds_the_fields_added_up_to_it() -> None:
    old, new = plan_schema(2), plan_schema(3)
    assert "employments" not in old["properties"] and "employments" in new["properties"]
    line_v2 = old["properties"]["support_lines"]["items"]["properties"]
    line_v3 = new["properties"]["support_lines"]["items"]["properties"]
    assert "group" not in line_v2 and "group" in line_v3
    assert plan_schema(1)["properties"]["version"] == {"const": 1}
    assert new["properties"]["version"] == {"const": 3}
    assert document_schema(3)["properties"]["version"] == {"enum": [1, 2, 3]}
    pattern = new["properties"]["employments"]["items"]["properties"]["pattern"]
    assert pattern["type"] == ["object", "null"]
    # the consent records came in version 2, and every version after holds them
    assert "consents" not in plan_schema(1)["properties"]
    assert "consents" in old["properties"] and "consents" in new["properties"]
    later = {f.name for f in PLAN.fields if f.since > 1}
    assert later and later <= set(plan_schema(VERSION)["properties"])
    assert not later & set(plan_schema(1)["properties"])


def test_the_schema_names_every_field_and_its_rules() -> None:
    schema = plan_schema()
    line = schema["properties"]["support_lines"]["items"]
    assert set(line["properties"]) == {f.name for f in PLAN_SECTIONS["support_lines"].shape.fields}  # type: ignore[union-attr]
    assert line["properties"]["schedule"]["required"] == ["frequency"]
    assert schema["properties"]["outcomes"]["items"]["properties"]["importance"] == {
        "type": ["integer", "null"],
        "minimum": 1,
        "maximum": 10,
    }
    assert schema["properties"]["budget"]["properties"]["payment_schedule"]["enum"][-1] is None
