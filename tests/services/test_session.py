"""PlanSession: one transaction per change, versions and agreement, history, change events."""

from __future__ import annotations

import dataclasses
import threading
from datetime import date
from pathlib import Path

import pytest

from phbplanner.domain.errors import PHBError
from phbplanner.domain.plan import Outcome, Plan, Risk
from phbplanner.domain.versions import Agreement, VersionStatus
from phbplanner.interchange.plan_json import plan_fingerprint
from phbplanner.services.edits import EditError, PutItem, RemoveItem, SetSection
from phbplanner.services.files import (
    InvalidPlanError,
    NotReadyError,
    PlanChanged,
    open_plan_file,
)
from tests.storage.support import PASS

AGREEMENT = Agreement(person_name="Ann", agreed_on=date(2026, 4, 1), coordinator_name="Bo")


def test_apply_commits_and_publishes(plan_file: Path, plan: Plan) -> None:
    events: list[PlanChanged] = []
    with open_plan_file(plan_file, PASS, author="Jo", backup=False) as session:
        unsubscribe = session.subscribe(events.append)
        edit = SetSection("person", dataclasses.replace(plan.person, name="Zoë"))
        new = session.apply(edit)
        assert new.person.name == "Zoë" and session.plan is new
        assert events[-1].edits == (edit,) and events[-1].plan is new
        assert events[-1].version.number == 1
        assert events[-1].version.fingerprint == plan_fingerprint(new)
        unsubscribe()
        session.apply(SetSection("consent_to_share", False))
        assert len(events) == 1
        history = session.history()
        assert history[0].who == "Jo" and history[0].what == "Changed consent to share"
        assert history[1].what == "Changed personal details"
        assert history[0].when >= history[1].when
    with open_plan_file(plan_file, PASS, author="Jo", backup=False) as session:
        assert session.plan.person.name == "Zoë"


def test_apply_many_is_all_or_nothing(plan_file: Path, plan: Plan) -> None:
    with open_plan_file(plan_file, PASS, author="Jo", backup=False) as session:
        count = len(session.history())
        with pytest.raises(EditError):
            session.apply_many(
                [PutItem("risks", Risk(id="r-x", risk="x")), RemoveItem("risks", "no-such")],
                description="two",
            )
        assert session.plan == plan
        assert len(session.history()) == count
        session.apply_many(
            [PutItem("risks", Risk(id="r-x", risk="x")), RemoveItem("risks", plan.risks[0].id)],
            description="Swapped a risk",
        )
        assert session.history()[0].what == "Swapped a risk"
    with open_plan_file(plan_file, PASS, author="Jo", backup=False) as session:
        assert [r.id for r in session.plan.risks][-1] == "r-x"


def test_edits_that_could_not_be_read_back_are_refused(plan_file: Path, plan: Plan) -> None:
    with open_plan_file(plan_file, PASS, author="Jo", backup=False) as session:
        served = plan.support_lines[0].outcomes[0]
        with pytest.raises(InvalidPlanError, match="no longer in the plan"):
            session.apply(RemoveItem("outcomes", served))
        assert session.plan == plan


def test_agree_freezes_and_next_edit_starts_a_draft(plan_file: Path, plan: Plan) -> None:
    events: list[PlanChanged] = []
    with open_plan_file(plan_file, PASS, author="Jo", backup=False) as session:
        session.subscribe(events.append)
        agreed = session.agree(AGREEMENT)
        assert agreed.status is VersionStatus.AGREED and agreed.agreement == AGREEMENT
        assert agreed.fingerprint == plan_fingerprint(plan)
        assert events[-1].edits == () and events[-1].version == agreed
        with pytest.raises(PHBError, match="already agreed"):
            session.agree(AGREEMENT)
        session.apply(PutItem("outcomes", Outcome(id="o-new", title="Swim")))
        assert session.version.number == 2
        assert session.version.status is VersionStatus.DRAFT
        assert session.version_plan(1) == plan
        infos = session.versions()
        assert [(v.number, v.status) for v in infos] == [
            (1, VersionStatus.AGREED),
            (2, VersionStatus.DRAFT),
        ]
        whats = [entry.what for entry in session.history()]
        assert whats[:3] == ["Added outcome “Swim”", "Started version 2", "Agreed version 1"]
    with open_plan_file(plan_file, PASS, author="Jo", backup=False) as session:
        assert session.version.number == 2
        assert session.version_plan(1) == plan
        assert session.versions()[0].agreement == AGREEMENT
        assert session.versions()[0].fingerprint == plan_fingerprint(plan)
        with pytest.raises(PHBError, match="no version 7"):
            session.version_plan(7)


def test_agree_refuses_a_plan_that_is_not_ready(plan_file: Path, plan: Plan) -> None:
    with open_plan_file(plan_file, PASS, author="Jo", backup=False) as session:
        session.apply(SetSection("reviews", dataclasses.replace(plan.reviews, first_review=None)))
        with pytest.raises(NotReadyError) as info:
            session.agree(AGREEMENT)
        assert info.value.exit_code == 1
        assert info.value.findings
        assert session.version.status is VersionStatus.DRAFT


def test_closed_session_refuses_changes(plan_file: Path, plan: Plan) -> None:
    session = open_plan_file(plan_file, PASS, author="Jo", backup=False)
    session.close()
    session.close()
    assert session.closed
    with pytest.raises(PHBError, match="closed"):
        session.apply(SetSection("consent_to_share", True))


def test_threads_share_one_session(plan_file: Path) -> None:
    errors: list[BaseException] = []  # raised in a thread, they would only be a warning
    with open_plan_file(plan_file, PASS, author="Jo", backup=False) as session:

        def add(start: int) -> None:
            try:
                for n in range(start, start + 10):
                    session.apply(PutItem("risks", Risk(id=f"t{n}", risk=str(n))))
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=add, args=(k * 100,)) for k in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        expected = session.plan
    with open_plan_file(plan_file, PASS, author="Jo", backup=False) as session:
        assert session.plan == expected
        assert len([r for r in session.plan.risks if r.id.startswith("t")]) == 30


def test_failing_subscriber_does_not_stop_others(plan_file: Path) -> None:
    heard: list[PlanChanged] = []

    def broken(_event: PlanChanged) -> None:
        raise RuntimeError("screen bug")

    with open_plan_file(plan_file, PASS, author="Jo", backup=False) as session:
        session.subscribe(broken)
        session.subscribe(heard.append)
        with pytest.raises(RuntimeError):
            session.apply(SetSection("consent_to_share", True))
        assert heard and session.plan.consent_to_share is True
