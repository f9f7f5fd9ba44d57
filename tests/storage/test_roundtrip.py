"""What goes into a plan file comes back out exactly, after every kind of edit."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from pathlib import Path

from phbplanner.domain.money import Money
from phbplanner.domain.plan import (
    Action,
    DismissedWarning,
    Outcome,
    Plan,
    Relationship,
    Risk,
    Strength,
    SupportLine,
)
from phbplanner.interchange.plan_json import dumps_plan, loads_plan, plan_fingerprint
from phbplanner.services.edits import MoveItem, PutItem, RemoveItem, SetSection
from phbplanner.services.files import create_plan_file, open_plan_file

from .support import EXAMPLE_PLAN, PASS


def test_json_to_file_to_json_is_identical(tmp_path: Path) -> None:
    text = EXAMPLE_PLAN.read_text("utf-8")
    plan = loads_plan(text)
    path = tmp_path / "a.phbplan"
    create_plan_file(path, PASS, plan, author="Test").close()
    with open_plan_file(path, PASS, author="Test", backup=False) as session:
        again = dumps_plan(session.plan)
        assert session.version.fingerprint == plan_fingerprint(plan)
    assert again == dumps_plan(plan)
    assert loads_plan(again) == plan


def test_file_holds_no_plaintext(plan_file: Path, plan: Plan) -> None:
    data = plan_file.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert plan.person.name.encode("utf-8") not in data
    assert b"outcome" not in data and b"CREATE TABLE" not in data


def test_every_kind_of_edit_survives_reopening(plan_file: Path, plan: Plan) -> None:
    unusual = "Siân Łukasz Zoë Nguyễn — “quotes” 'single' \" \\ \n new line 💡"
    line = plan.support_lines[0]
    new_line = SupportLine(
        id="s-new",
        description=unusual,
        provider="Provider",
        unit_cost=Money.parse("1234.56"),
        quantity=Decimal("6.25"),
        outcomes=(plan.outcomes[0].id, plan.outcomes[-1].id),
        dismissed_warnings=(DismissedWarning("wine", "it is for cooking"),),
        paid_to_household_family=True,
        household_justification="agreed by the ICB",
        notes="n",
    )
    edits = [
        SetSection("person", dataclasses.replace(plan.person, name=unusual)),
        SetSection("consent_to_share", True),
        PutItem("support_lines", new_line, 0),
        PutItem("support_lines", dataclasses.replace(line, outcomes=(), notes="changed")),
        MoveItem("support_lines", line.id, 99),
        PutItem(
            "outcomes",
            Outcome(id="o-new", title=unusual, importance=9, target_date=date(2027, 1, 31)),
            1,
        ),
        MoveItem("outcomes", plan.outcomes[0].id, 2),
        RemoveItem("risks", plan.risks[0].id),
        PutItem("risks", Risk(id="r-new", risk="Falling", mitigation="Rails")),
        PutItem("strengths", Strength(id="st-new", text=unusual)),
        PutItem("relationships", Relationship(id="p-new", name="Ann", ring=2), 0),
        PutItem("actions", Action(id="a-new", what="Phone", by_when=date(2026, 5, 1))),
        SetSection("budget", dataclasses.replace(plan.budget, indicative=Money.parse("9999.99"))),
    ]
    with open_plan_file(plan_file, PASS, author="Test", backup=False) as session:
        for edit in edits:
            session.apply(edit)
        session.apply(RemoveItem("support_lines", "s-new"))
        session.apply_many(
            [PutItem("support_lines", new_line, 1), MoveItem("relationships", "p-new", 5)],
            description="two at once",
        )
        expected = session.plan
    with open_plan_file(plan_file, PASS, author="Test", backup=False) as session:
        assert session.plan == expected
        assert dumps_plan(session.plan) == dumps_plan(expected)
