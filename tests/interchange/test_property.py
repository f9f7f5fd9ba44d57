"""Generated plans round-trip exactly; mutated and hostile documents raise only the reader's
own errors. Bounded and deterministic: derandomised, no deadline, the issue's cases as
``@example``s."""

from __future__ import annotations

import copy
import json
import tempfile
from pathlib import Path
from typing import Any

import jsonschema
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from phbplanner.interchange.loading import decode_plan_bytes, parse_json
from phbplanner.interchange.plan_json import (
    PlanFormatError,
    dumps_plan,
    loads_plan,
    parse_plan,
    parse_stored,
    plan_document,
    plan_fingerprint,
)
from phbplanner.services.files import create_plan_file, open_plan_file

from .strategies import TODAY, paths, plan_documents

ROOT = Path(__file__).resolve().parents[2]
VALIDATORS = {
    version: jsonschema.Draft202012Validator(
        json.loads(
            (ROOT / "resources" / "schema" / f"plan-v{version}.schema.json").read_text("utf-8")
        )
    )
    for version in (1, 2, 3)
}


def validate(document: Any) -> None:
    """Check a document against the schema of its own format version."""
    version = document.get("version") if isinstance(document, dict) else None
    VALIDATORS[version if version in VALIDATORS else 1].validate(document)


PASS = "correct horse battery 42"


def deterministic(**limits: Any) -> settings:
    """Bounded and the same on every run: derandomised, no deadline, no example database."""
    return settings(deadline=None, derandomize=True, database=None, **limits)


@deterministic(max_examples=150)
@given(document=plan_documents())
def test_generated_plans_round_trip_exactly_through_json(document: dict[str, Any]) -> None:
    validate(document)
    plan = parse_plan(copy.deepcopy(document), today=TODAY)
    written = plan_document(plan)
    validate(written)
    assert written["version"] <= document["version"]  # the lowest version that holds it
    again = loads_plan(dumps_plan(plan), today=TODAY)
    assert again == plan
    assert plan_document(again) == written
    assert dumps_plan(again) == dumps_plan(plan)
    stored = {key: value for key, value in written.items() if key not in ("format", "version")}
    assert parse_stored(json.loads(json.dumps(stored))) == plan


@deterministic(max_examples=6, suppress_health_check=[HealthCheck.too_slow])
@given(document=plan_documents())
def test_generated_plans_round_trip_exactly_through_a_plan_file(document: dict[str, Any]) -> None:
    plan = parse_plan(copy.deepcopy(document), today=TODAY)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "generated.phbplan"
        create_plan_file(path, PASS, plan, author="Test", supporter=True).close()
        with open_plan_file(path, PASS, author="Test", supporter=True) as session:
            assert session.plan == plan
            assert dumps_plan(session.plan) == dumps_plan(plan)
            assert session.version.fingerprint == plan_fingerprint(plan)


# -- hostile documents -------------------------------------------------------------------------
#: Placeholders put in the document, then swapped for raw text JSON cannot carry as a value.
BIG_INT = "<<big int>>"
DEEP_985 = "<<nested 985>>"
DEEP_5000 = "<<nested 5000>>"
RAW_SURROGATE = "<<raw surrogate bytes>>"
BARE_FLOAT = "<<bare float>>"
NAN = "<<NaN>>"
_RAW = {
    f'"{BIG_INT}"': b"9" * 4400,
    f'"{DEEP_985}"': b"[" * 985 + b"]" * 985,
    f'"{DEEP_5000}"': b'{"a":' * 5000 + b"1" + b"}" * 5000,
    f'"{RAW_SURROGATE}"': b'"\xed\xa0\x80"',
    f'"{BARE_FLOAT}"': b"13.37",
    f'"{NAN}"': b"NaN",
}
HOSTILE: list[Any] = [
    "\ud800",  # a lone surrogate, written escaped
    RAW_SURROGATE,
    BIG_INT,
    DEEP_985,
    DEEP_5000,
    BARE_FLOAT,
    NAN,
    "9999-01-01",
    "1899-12-31",
    "2026-02-30",
    "0000-00-00",
    "x" * 25_000,
    "o" * 200,
    "12.345",
    "-3.00",
    "1e5",
    "£12",
    "",
    None,
    True,
    -1,
    2**63,
    [],
    {},
    [None, {"a": [1, 2]}],
    {"\ud800": "\x1b[2J"},
    "\x1b]0;owned\x07",
]
MUTATIONS = ("replace", "add key", "remove")


def _to_bytes(document: Any) -> bytes:
    data = json.dumps(document, ensure_ascii=True).encode("ascii")
    for placeholder, raw in _RAW.items():
        data = data.replace(placeholder.encode("ascii"), raw)
    return data


def _mutated(document: Any, where: tuple[Any, ...], operation: str, hostile: Any) -> Any:
    result = copy.deepcopy(document)
    if not where:
        return hostile if operation == "replace" else result
    parent: Any = result
    for key in where[:-1]:
        parent = parent[key]
    last = where[-1]
    if operation == "replace":
        parent[last] = hostile
    elif operation == "remove":
        del parent[last]
    elif isinstance(parent[last], dict):
        parent[last]["unknown"] = hostile
    elif isinstance(parent[last], list):
        parent[last].append(hostile)
    else:
        parent[last] = hostile
    return result


@st.composite
def hostile_cases(draw: Any) -> tuple[Any, tuple[Any, ...], str, Any]:
    document = draw(plan_documents())
    where = draw(st.sampled_from(paths(document)))
    return document, where, draw(st.sampled_from(MUTATIONS)), draw(st.sampled_from(HOSTILE))


_BASE: dict[str, Any] = {
    "format": "phbplanner-plan",
    "version": 1,
    "person": {"name": "Siân", "date_of_birth": "1968-02-29"},
    "budget": {"indicative": "1000.00", "period_start": "2026-04-01", "period_end": "2027-03-31"},
    "outcomes": [{"id": "o1", "title": "Walk"}],
    "support_lines": [{"id": "s1", "unit_cost": "10.00", "outcomes": ["o1"]}],
    "reviews": {"interval_months": 12},
}


def _check_message(error: PlanFormatError) -> None:
    assert error.problems, "an error names at least one problem"
    for problem in error.problems:
        text = str(problem)
        assert "\n" not in text and "\x1b" not in text, text
        assert len(text) < 400, text[:200]
        text.encode("utf-8")  # printable: no lone surrogate can reach a terminal


@deterministic(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(case=hostile_cases())
@example(case=(_BASE, ("person", "name"), "replace", "\ud800"))
@example(case=(_BASE, ("person", "name"), "replace", RAW_SURROGATE))
@example(case=(_BASE, ("reviews", "interval_months"), "replace", BIG_INT))
@example(case=(_BASE, ("support_lines", 0, "unit_cost"), "replace", BIG_INT))
@example(case=(_BASE, ("person",), "add key", DEEP_985))
@example(case=(_BASE, ("needs",), "replace", DEEP_985))
@example(case=(_BASE, ("person", "name"), "replace", DEEP_5000))
@example(case=(_BASE, ("budget", "period_start"), "replace", "9999-01-01"))
@example(case=(_BASE, ("budget", "period_end"), "replace", "9999-12-31"))
@example(case=(_BASE, ("support_lines", 0, "outcomes", 0), "replace", "o" * 10_000_000))
@example(case=(_BASE, ("support_lines", 0, "unit_cost"), "replace", BARE_FLOAT))
def test_hostile_documents_raise_only_the_readers_errors(
    case: tuple[Any, tuple[Any, ...], str, Any],
) -> None:
    document, where, operation, hostile = case
    mutated = _mutated(document, where, operation, hostile)
    data = _to_bytes(mutated)
    try:
        plan = loads_plan(data, today=TODAY)
    except PlanFormatError as error:  # NotAPlanError is one too
        _check_message(error)
    else:
        # Whatever the reader accepts, the schema accepts (it states no rule the reader lacks).
        validate(json.loads(data))
        assert loads_plan(dumps_plan(plan), today=TODAY) == plan
    # The tolerant reading of a stored plan refuses only what no plan can hold.
    try:
        parsed = parse_json(decode_plan_bytes(data))
    except PlanFormatError:
        return  # not JSON a plan file could hold
    if isinstance(parsed, dict):
        pieces = {k: v for k, v in parsed.items() if k not in ("format", "version")}
        try:
            parse_stored(pieces)
        except PlanFormatError as error:
            _check_message(error)


@deterministic(max_examples=200)
@given(
    document=plan_documents(),
    cut=st.integers(0, 10**9),
    position=st.integers(0, 10**9),
    byte=st.integers(0, 255),
)
def test_damaged_bytes_raise_only_the_readers_errors(
    document: dict[str, Any], cut: int, position: int, byte: int
) -> None:
    data = bytearray(json.dumps(document, ensure_ascii=False).encode("utf-8"))
    data[position % len(data)] = byte
    for damaged in (bytes(data), bytes(data[: cut % len(data)])):
        try:
            loads_plan(damaged, today=TODAY)
        except PlanFormatError as error:
            _check_message(error)
