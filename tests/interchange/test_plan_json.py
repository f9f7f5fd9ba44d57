"""Interchange JSON v1: the shape of the issue, exact error paths, round trip, the schema."""

from __future__ import annotations

import copy
import dataclasses
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from phbplanner.domain.money import Money
from phbplanner.domain.plan import UnpaidSupport, new_id
from phbplanner.interchange.plan_json import (
    NotAPlanError,
    PlanFormatError,
    dumps_plan,
    load_plan_file,
    loads_plan,
    parse_plan,
    plan_document,
    plan_fingerprint,
)

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "resources" / "schema" / "plan-v1.schema.json").read_text())

# The shape given in the foundation issue, verbatim.
ISSUE_SHAPE: dict[str, Any] = {
    "format": "phbplanner-plan", "version": 1,
    "person": {"name": "Siân Pritchard", "preferred_name": "Siân", "date_of_birth": "1968-02-29",
               "nhs_number": "943 476 5919"},
    "budget": {"indicative": "18500.00", "period_start": "2026-04-01", "period_end": "2027-03-31",
               "contingency": {"percent": "5"},
               "management_summary": "Direct payment held by my sister"},
    "outcomes": [{"id": "o1", "title": "Walk to the shops on my own", "success_looks_like": "…",
                  "importance": 8, "target_date": "2026-10-01", "status": "agreed"}],
    "support_lines": [{"id": "s1", "description": "Personal assistant for walks", "provider": "PA",
                       "category": "personal_assistant", "unit_cost": "13.37", "quantity": "2.5",
                       "schedule": {"frequency": "weekly", "first": "2026-04-06", "last": None},
                       "management": "direct_payment", "outcomes": ["o1"]}],
    "unpaid_support": [{"who": "My sister Ffion", "what": "Shopping trip", "outcomes": ["o1"]}],
    "risks": [{"risk": "…", "likelihood": "low", "impact": "medium", "mitigation": "…",
               "who": "…"}],
    "contingency_plan": {"triggers": "…", "what_should_happen": "…", "who_to_contact": "…"},
    "reviews": {"first_review": "2026-06-30", "interval_months": 12},
    "care_coordinator": {"name": "…", "role": "…", "contact": "…"},
}  # fmt: skip


def test_the_issue_shape_is_accepted() -> None:
    plan = parse_plan(copy.deepcopy(ISSUE_SHAPE))
    assert plan.person.name == "Siân Pritchard"
    assert plan.support_lines[0].unit_cost == Money(1337)
    assert plan.unpaid_support[0].id  # given an id
    jsonschema.validate(ISSUE_SHAPE, SCHEMA)


def test_round_trip_is_lossless(example_plan_path: Path) -> None:
    plan = load_plan_file(example_plan_path)
    document = plan_document(plan)
    assert parse_plan(json.loads(json.dumps(document))) == plan
    assert plan_document(loads_plan(dumps_plan(plan))) == document
    # the shipped example is already in the canonical written form (with its records beside)
    shipped = json.loads(example_plan_path.read_text(encoding="utf-8"))
    assert shipped["version"] == 2
    for part in ("accounts", "entries", "attachments"):
        shipped.pop(part)
    assert shipped == {**document, "version": 2}


def test_written_documents_validate_against_the_schema(example_plan_path: Path) -> None:
    jsonschema.validate(plan_document(load_plan_file(example_plan_path)), SCHEMA)
    jsonschema.validate(plan_document(parse_plan(copy.deepcopy(ISSUE_SHAPE))), SCHEMA)


def test_unicode_names_survive(example_plan_path: Path) -> None:
    text = dumps_plan(load_plan_file(example_plan_path))
    for name in ("Siân", "Łukasz", "Zoë", "Nguyễn Thị Minh"):
        assert name in text


def test_fingerprint_changes_with_any_change() -> None:
    plan = parse_plan(copy.deepcopy(ISSUE_SHAPE))
    changed = copy.deepcopy(ISSUE_SHAPE)
    changed["support_lines"][0]["unit_cost"] = "13.38"
    assert plan_fingerprint(plan) != plan_fingerprint(parse_plan(changed))
    assert plan_fingerprint(plan) == plan_fingerprint(parse_plan(copy.deepcopy(ISSUE_SHAPE)))


def _set(document: dict[str, Any], path: str, value: Any) -> None:
    keys = path.replace("[", ".").replace("]", "").split(".")
    target: Any = document
    for key in keys[:-1]:
        target = target[int(key)] if key.isdigit() else target[key]
    last = keys[-1]
    if last.isdigit():
        target[int(last)] = value
    else:
        target[last] = value


def _with_three_lines() -> dict[str, Any]:
    document = copy.deepcopy(ISSUE_SHAPE)
    base = document["support_lines"][0]
    document["support_lines"] = [dict(base, id=f"s{i}") for i in range(1, 4)]
    return document


BAD_INPUT = [
    ("support_lines[2].unit_cost", "12.345", '"12.345" has more than 2 decimal places'),
    ("support_lines[0].unit_cost", "-3.00", '"-3.00" is below zero'),
    ("support_lines[1].unit_cost", 12, 'should be an amount in quotes'),
    ("support_lines[0].quantity", "0", "should be more than 0"),
    ("support_lines[0].quantity", "1.234", "has more than 2 decimal places"),
    ("support_lines[0].schedule.frequency", "daily", '"daily" is not one of: once, weekly'),
    ("support_lines[0].schedule.first", "2026-02-30", "is not a real date"),
    ("support_lines[0].schedule.first", "06/04/2026", 'is not a date like "2026-04-01"'),
    ("support_lines[0].management", "cash", '"cash" is not one of: notional'),
    ("support_lines[0].outcomes[0]", "o9", '"o9" is not the id of an outcome in this plan'),
    ("support_lines[0].category", "holidays", '"holidays" is not one of'),
    ("outcomes[0].importance", 11, "11 should be from 1 to 10"),
    ("outcomes[0].importance", True, "should be a whole number"),
    ("outcomes[0].status", "done", '"done" is not one of: proposed'),
    ("person.nhs_number", "943 476 5918", "not a valid NHS number"),
    ("person.name", ["Siân"], "should be text in quotes"),
    ("person.date_of_birth", "2199-01-01", "is in the future"),
    ("person.date_of_birth", "1899-12-31", "is outside the years 1900 to 2200"),
    ("budget.period_start", "9999-01-01", "is outside the years 1900 to 2200"),
    ("budget.indicative", "lots", '"lots" is not an amount like 12.50'),
    ("budget.period_end", "2026-03-01", 'is before the start "2026-04-01"'),
    ("budget.contingency.percent", "150", "should be at least 0 and at most 100"),
    ("budget.payment_schedule", "daily", '"daily" is not one of: monthly'),
    ("reviews.interval_months", 24, "24 should be from 1 to 12"),
    ("person.favourite_colour", "blue", "is not a field this version of the format knows"),
    ("risks", {"risk": "x"}, "should be a list"),
    ("person.name", "x" * 20_001, "the most allowed is 20000"),
    ("person.name", "nul\x00byte", "contains a NUL character"),
]  # fmt: skip


@pytest.mark.parametrize(("path", "value", "message"), BAD_INPUT)
def test_bad_input_names_the_exact_field_and_why(path: str, value: Any, message: str) -> None:
    document = _with_three_lines()
    _set(document, path, value)
    with pytest.raises(PlanFormatError) as caught:
        parse_plan(document)
    texts = [str(problem) for problem in caught.value.problems]
    assert any(t.startswith(f"{path}:") and message in t for t in texts), texts


# Rules a JSON Schema cannot state (references, check digits, calendars, today's date); the
# reader alone checks them.
_SEMANTIC = ("is not the id of an outcome", "not a valid NHS number", "is in the future",
             "is before the start", "is not a real date", "NUL")  # fmt: skip
SCHEMA_CASES = [case for case in BAD_INPUT if not any(word in case[2] for word in _SEMANTIC)]


@pytest.mark.parametrize(("path", "value", "message"), SCHEMA_CASES)
def test_the_schema_also_refuses_what_it_can_express(path: str, value: Any, message: str) -> None:
    document = _with_three_lines()
    _set(document, path, value)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, SCHEMA)


def test_duplicate_ids_are_refused() -> None:
    document = _with_three_lines()
    document["support_lines"][2]["id"] = "s1"
    with pytest.raises(PlanFormatError, match=r'support_lines\[2\]\.id: "s1" is used by another'):
        parse_plan(document)


def test_every_problem_is_listed_not_just_the_first() -> None:
    document = _with_three_lines()
    document["support_lines"][0]["unit_cost"] = "x"
    document["outcomes"][0]["importance"] = 0
    with pytest.raises(PlanFormatError) as caught:
        parse_plan(document)
    assert len(caught.value.problems) == 2


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "not valid JSON"),
        ("{", "not valid JSON (line 1"),
        ("[1, 2]", "not a PHB Planner plan"),
        ('{"format": "something-else", "version": 1}', "not a PHB Planner plan"),
        ('{"format": "phbplanner-plan", "version": 4}', "newer version of PHB Planner"),
        ('{"format": "phbplanner-plan", "version": "1"}', "is not a format version"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        (b"\xff\xfe\x00garbage", "not"),
    ],
)
def test_hostile_or_broken_files_get_one_plain_reason(text: str | bytes, message: str) -> None:
    with pytest.raises(NotAPlanError) as caught:
        loads_plan(text)
    assert message in str(caught.value)
    assert caught.value.exit_code == 4


def test_bare_decimal_numbers_are_refused_so_no_float_is_ever_read() -> None:
    text = json.dumps(ISSUE_SHAPE).replace('"13.37"', "13.37")
    with pytest.raises(PlanFormatError, match=r"13\.37 is written as a bare number"):
        loads_plan(text)


def test_an_empty_plan_of_the_format_is_accepted() -> None:
    plan = loads_plan('{"format": "phbplanner-plan", "version": 1}')
    assert plan.support_lines == ()


def test_too_many_items_are_refused() -> None:
    document = {"format": "phbplanner-plan", "version": 1, "needs": [{}] * 10_001}
    with pytest.raises(PlanFormatError, match="needs: has 10001 items"):
        parse_plan(document)


texts = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                max_size=30)  # fmt: skip


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(name=texts, description=texts, unit=st.integers(0, 10**10), qty=st.integers(1, 10**7))
def test_round_trip_property(name: str, description: str, unit: int, qty: int) -> None:
    document = copy.deepcopy(ISSUE_SHAPE)
    document["person"]["name"] = name
    document["support_lines"][0]["description"] = description
    document["support_lines"][0]["unit_cost"] = Money(unit).to_str()
    document["support_lines"][0]["quantity"] = f"{qty // 100}.{qty % 100:02d}"
    plan = parse_plan(document)
    written = plan_document(plan)
    jsonschema.validate(written, SCHEMA)
    assert parse_plan(json.loads(dumps_plan(plan))) == plan
    assert plan_document(parse_plan(written)) == written


def test_items_without_ids_are_given_the_ids_new_id_would_give() -> None:
    given = [{"who": "a"}, {"id": "u2"}, {}, {"id": "u9"}, {}]
    plan = parse_plan({"format": "phbplanner-plan", "version": 1, "unpaid_support": given})
    items = [UnpaidSupport(item.get("id", "")) for item in given]
    for index, item in enumerate(items):  # one at a time, as an editor adds them
        if not item.id:
            items[index] = dataclasses.replace(item, id=new_id("u", items))
    assert [u.id for u in plan.unpaid_support] == [u.id for u in items]
    many = parse_plan({"format": "phbplanner-plan", "version": 1, "needs": [{}] * 10_000})
    assert len({need.id for need in many.needs}) == 10_000


def test_a_checked_text_with_control_characters_is_shown_as_codes() -> None:
    document = {
        "format": "phbplanner-plan",
        "version": 1,
        "person": {"nhs_number": "\x1b]0;owned\x07\n"},
    }
    with pytest.raises(PlanFormatError) as caught:
        parse_plan(document)
    message = caught.value.message
    assert "\x1b" not in message and "\x07" not in message and "\n" not in message
    assert '"\\u001b]0;owned\\u0007\\u000a": An NHS number has only digits' in message
