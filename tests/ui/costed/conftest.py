"""A real encrypted plan file, its session, the window's controller and the costing feed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from phbplanner.domain.plan import Plan
from phbplanner.interchange.plan_json import load_plan_file
from phbplanner.services.files import create_plan_file
from phbplanner.services.session import PlanSession
from phbplanner.ui.controller import PlanController
from phbplanner.ui.costed.feed import CostedPlan

PASSPHRASE = "correct horse battery staple 42"
EXAMPLE = Path(__file__).resolve().parents[3] / "resources" / "example-plan.json"


@pytest.fixture
def example() -> Plan:
    return load_plan_file(EXAMPLE)


@pytest.fixture
def make_session(tmp_path: Path) -> Iterator[object]:
    sessions: list[PlanSession] = []

    def make(plan: Plan, name: str = "plan.phbplan") -> PlanSession:
        session = create_plan_file(tmp_path / name, PASSPHRASE, plan, author="Test",
                                   supporter=True)  # fmt: skip
        sessions.append(session)
        return session

    yield make
    for session in sessions:
        session.close()


@pytest.fixture
def feed(qapp: object, make_session: object, example: Plan) -> CostedPlan:
    session = make_session(example)  # type: ignore[operator]
    return CostedPlan(PlanController(session))
