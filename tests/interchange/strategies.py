"""Hypothesis strategies for interchange documents, built from the field lists themselves.

:func:`plan_documents` draws valid documents: every field of ``domain.plan_fields`` may appear
with any value its entry rules allow (so a new field is covered without touching this file), ids
are unique, references point at real outcomes, and the rules between fields hold.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from phbplanner.domain.fieldspec import FIRST_YEAR, LAST_YEAR, MAX_POUNDS, Field, Kind, Shape
from phbplanner.domain.nhs import nhs_number_problem
from phbplanner.domain.plan_fields import MAX_PERIOD_DAYS, PLAN
from phbplanner.interchange.plan_json import VERSION

#: "Today" for generated documents (dates of birth are not after it).
TODAY = date(2026, 6, 1)
FIRST_DAY, LAST_DAY = date(FIRST_YEAR, 1, 1), date(LAST_YEAR, 12, 31)

_TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12
)
_NHS = st.sampled_from(["", "943 476 5919", "9434765919", "401 023 2137"])
_GROUPS = st.sampled_from(["", "pa.1", "pa.2x", "g-3_a"])


def _decimal_text(field: Field) -> st.SearchStrategy[str]:
    low = int(Decimal(field.low or 0) * 100) + (1 if field.above_low else 0)
    high = int(Decimal(field.high if field.high is not None else 10**6) * 100)

    def written(hundredths: int, style: int) -> str:
        whole, part = divmod(hundredths, 100)
        if style == 0:
            return f"{whole}.{part:02d}"  # "2.50"
        text = f"{whole}.{part:02d}".rstrip("0").rstrip(".")
        return text if style == 1 else "0" + text  # "2.5", "02.5"

    return st.builds(written, st.integers(low, high), st.integers(0, 2))


def _scalar(field: Field, outcome_ids: list[str]) -> st.SearchStrategy[Any]:
    kind = field.kind
    if kind is Kind.TEXT:
        if field.check is None:
            return _TEXT
        return _NHS if field.check is nhs_number_problem else _GROUPS
    if kind is Kind.DATE:
        last = TODAY if field.not_future else LAST_DAY
        return st.dates(FIRST_DAY, last).map(date.isoformat)
    if kind is Kind.MONEY:
        return st.integers(0, MAX_POUNDS * 100 + 99).map(lambda p: f"{p // 100}.{p % 100:02d}")
    if kind is Kind.DECIMAL:
        return _decimal_text(field)
    if kind is Kind.INT:
        return st.integers(int(field.low or 0), int(field.high if field.high is not None else 99))
    if kind is Kind.FLAG:
        return st.booleans()
    if kind is Kind.CHOICE:
        assert field.enum is not None
        return st.sampled_from([member.value for member in field.enum])
    if kind is Kind.IDS:
        if not outcome_ids:
            return st.just([])
        return st.lists(st.sampled_from(outcome_ids), max_size=3)
    raise AssertionError(kind)


_LEFT_OUT: Any = object()


def _field(draw: Any, field: Field, outcome_ids: list[str], version: int) -> Any:
    """A value for ``field``, ``None`` where it may be null, or ``_LEFT_OUT``."""
    if field.since > version:
        return _LEFT_OUT  # not a field of a document of this version
    if not field.required and draw(st.integers(0, 3)) == 0:
        return _LEFT_OUT  # read as the default
    if field.nullable and draw(st.integers(0, 4)) == 0:
        return None
    if field.kind is Kind.NESTED:
        assert field.shape is not None
        return _object(draw, field.shape, outcome_ids, version=version)
    if field.kind is Kind.LIST:
        assert field.shape is not None
        prefix = field.shape.id_prefix
        return [
            _object(draw, field.shape, outcome_ids, f"{prefix}{n + 1}x" if prefix else "", version)
            for n in range(draw(st.integers(0, 2)))
        ]
    return draw(_scalar(field, outcome_ids))


def _object(
    draw: Any, shape: Shape, outcome_ids: list[str], item_id: str = "", version: int = VERSION
) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for field in shape.fields:
        if field.kind is Kind.ID:
            if item_id and draw(st.booleans()):
                result["id"] = item_id  # else one is given out when read
            continue
        value = _field(draw, field, outcome_ids, version)
        if value is not _LEFT_OUT:
            result[field.name] = value
    return result


def _keep_rules(document: dict[str, Any]) -> None:
    """Make the rules between fields hold (the rules are in ``domain.plan_fields``)."""
    budget = document.get("budget") or {}
    start, end = budget.get("period_start"), budget.get("period_end")
    if start and end:
        first, last = sorted([date.fromisoformat(start), date.fromisoformat(end)])
        last = min(last, first + timedelta(days=MAX_PERIOD_DAYS))
        budget["period_start"], budget["period_end"] = first.isoformat(), last.isoformat()
    contingency = budget.get("contingency") or {}
    if contingency.get("amount") is not None and contingency.get("percent") is not None:
        contingency["percent"] = None
    for line in document.get("support_lines", []):
        schedule = line.get("schedule")
        if schedule and schedule.get("first") and schedule.get("last"):
            schedule["first"], schedule["last"] = sorted([schedule["first"], schedule["last"]])


@st.composite
def plan_documents(draw: Any) -> dict[str, Any]:
    """A valid interchange document (``"format"`` and ``"version"`` included) of any format
    version, holding only the fields of its version."""
    version = draw(st.integers(1, VERSION))
    outcomes_field = next(f for f in PLAN.fields if f.name == "outcomes")
    assert outcomes_field.shape is not None
    outcome_count = draw(st.integers(0, 3))
    outcomes = [
        {**_object(draw, outcomes_field.shape, [], version=version), "id": f"o{n + 1}"}
        for n in range(outcome_count)
    ]
    ids = [outcome["id"] for outcome in outcomes]
    document: dict[str, Any] = {"format": "phbplanner-plan", "version": version}
    for field in PLAN.fields:
        if field.name == "outcomes":
            if outcomes or draw(st.booleans()):
                document["outcomes"] = outcomes
            continue
        value = _field(draw, field, ids, version)
        if value is not _LEFT_OUT:
            document[field.name] = value
    _keep_rules(document)
    return document


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON value (keys of objects, indexes of lists), parents first."""
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found.extend(paths(item, (*prefix, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(paths(item, (*prefix, index)))
    return found
