"""The rows of a plan version follow the field lists, and a plan of the most lines the format
allows is written in bulk and read back exactly."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from pathlib import Path

from phbplanner.domain.employment_model import ExtraCost
from phbplanner.domain.fieldspec import MAX_ITEMS, Kind
from phbplanner.domain.money import Money
from phbplanner.domain.plan import (
    DismissedWarning,
    Employment,
    Management,
    Plan,
    SupportLine,
    WeeklyHours,
)
from phbplanner.domain.plan_fields import PLAN_SECTIONS
from phbplanner.domain.schedule import Frequency, Schedule
from phbplanner.interchange.plan_json import dumps_plan, stored_document
from phbplanner.services.files import create_plan_file, open_plan_file
from phbplanner.storage.planrows import ITEM_COLLECTIONS, SECTION_NAMES, TABLES, load_document

from .support import PASS, example_plan

#: Columns of a typed table that are not a field of its items.
BOOKKEEPING = {"id", "version_id", "position"}


def test_every_section_is_stored_somewhere() -> None:
    stored = set(SECTION_NAMES) | set(ITEM_COLLECTIONS) | set(TABLES)
    assert stored == set(PLAN_SECTIONS)
    assert not set(SECTION_NAMES) & set(ITEM_COLLECTIONS)
    assert all(PLAN_SECTIONS[name].kind is Kind.LIST for name in (*ITEM_COLLECTIONS, *TABLES))


def test_typed_tables_have_a_column_for_every_field_and_a_field_for_every_column() -> None:
    for collection, typed in TABLES.items():
        mapped = {column.column for column in typed.columns}
        assert mapped <= set(typed.table.c.keys()), collection
        assert set(typed.table.c.keys()) - BOOKKEEPING == mapped, collection
        fields = {f.name for f in typed.shape.fields if f.kind is not Kind.IDS}
        assert {column.path[0] for column in typed.columns} == fields, collection


def test_a_version_reads_back_as_the_pieces_it_was_written_from(tmp_path: Path) -> None:
    plan = example_plan()
    unusual = SupportLine(
        id="s-unusual",
        description="Siân’s “line” \\ \n 💡",
        unit_cost=Money(99_999_999_999),
        quantity=Decimal("0.01"),
        schedule=Schedule(Frequency.QUARTERLY, date(2026, 5, 31), date(2027, 2, 28)),
        management=Management.THIRD_PARTY,
        outcomes=(plan.outcomes[-1].id, plan.outcomes[0].id),
        paid_to_household_family=True,
        dismissed_warnings=(DismissedWarning("loan", "a loan of equipment"),),
        group="pa.9",
    )
    employment = Employment(
        "pa.9",
        name="Łukasz",
        hourly_rate=Money(1271),
        pattern=WeeklyHours(monday=Decimal("3.5"), friday=Decimal(4)),
        insurance=ExtraCost(Money(12000), Frequency.ANNUALLY),
        sick_weeks_a_year=Decimal(0),
    )
    plan = dataclasses.replace(
        plan, support_lines=(*plan.support_lines, unusual), employments=(employment,)
    )
    path = tmp_path / "pieces.phbplan"
    session = create_plan_file(path, PASS, plan, author="Test", supporter=True)
    with session, session._file.engine.connect() as conn:
        pieces = load_document(conn, session._current.version_id)
    written = stored_document(plan)
    del written["format"], written["version"]
    assert pieces == written
    assert pieces["employments"][0]["pattern"]["monday"] == "3.5"
    assert pieces["support_lines"][-1]["group"] == "pa.9"


def test_a_plan_of_the_most_lines_allowed_is_stored_and_read_back_exactly(
    tmp_path: Path,
) -> None:
    plan = example_plan()
    lines = tuple(
        dataclasses.replace(
            plan.support_lines[i % len(plan.support_lines)],
            id=f"line{i}",
            unit_cost=Money(100 + i),
            outcomes=(plan.outcomes[i % len(plan.outcomes)].id,),
        )
        for i in range(MAX_ITEMS)
    )
    big = dataclasses.replace(plan, support_lines=lines)
    path = tmp_path / "big.phbplan"
    create_plan_file(path, PASS, big, author="Test", supporter=True).close()
    with open_plan_file(path, PASS, author="Test", supporter=True) as session:
        assert session.plan == big
        assert dumps_plan(session.plan) == dumps_plan(big)


def test_the_empty_plan_is_stored_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "empty.phbplan"
    create_plan_file(path, PASS, Plan(), author="Test", supporter=True).close()
    with open_plan_file(path, PASS, author="Test", supporter=True) as session:
        assert session.plan == Plan()
