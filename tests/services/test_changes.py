"""Typed change events from the session, and the background threads' collection guard."""

from __future__ import annotations

import dataclasses
import gc
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from phbplanner.domain.plan import Plan
from phbplanner.domain.versions import Agreement
from phbplanner.services import background
from phbplanner.services.changes import Change, Changes
from phbplanner.services.edits import SetSection
from phbplanner.services.files import open_plan_file
from tests.storage.support import PASS

AGREEMENT = Agreement(person_name="Ann", agreed_on=date(2026, 4, 1), coordinator_name="Bo")


@pytest.fixture(autouse=True)
def _no_window_hook() -> Iterator[None]:
    """As without a window: a window's tests may have installed its resume hook already."""
    hook = background.resume_hook()
    background.set_resume_hook(None)
    background.resume_collection()
    yield
    background.set_resume_hook(hook)


def test_each_commit_says_what_kind_of_thing_changed(plan_file: Path, plan: Plan) -> None:
    heard: list[Changes] = []
    with open_plan_file(plan_file, PASS, author="Jo", backup=False) as session:
        session.subscribe(heard.append)
        edit = SetSection("person", dataclasses.replace(plan.person, name="Zoë"))
        new = session.apply(edit)
        assert heard[-1].kinds == {Change.PLAN}
        assert heard[-1].plan is new and heard[-1].edits == (edit,)
        assert heard[-1].version is not None and heard[-1].version.number == 1
        session.agree(AGREEMENT)
        assert heard[-1].kinds == {Change.VERSIONS}  # same content, a frozen version
        assert heard[-1].version is not None and heard[-1].version.status.value == "agreed"
        session.apply(SetSection("consent_to_share", not new.consent_to_share))
        assert heard[-1].kinds == {Change.PLAN, Change.VERSIONS}  # a new draft started
        assert heard[-1].version is not None and heard[-1].version.number == 2


def test_other_services_publish_through_the_session(plan_file: Path) -> None:
    heard: list[Changes] = []
    with open_plan_file(plan_file, PASS, author="Jo", backup=False) as session:
        session.subscribe(heard.append)
        session.notify(Changes.of(Change.LEDGER))
        session.notify(Changes.of({Change.LEDGER, Change.ATTACHMENTS}))
    assert [c.kinds for c in heard] == [
        {Change.LEDGER},
        {Change.LEDGER, Change.ATTACHMENTS},
    ]
    assert all(c.plan is None and c.version is None for c in heard)
    assert heard[1].touches(Change.ATTACHMENTS) and not heard[1].touches(Change.PLAN)


def test_a_change_must_say_what_changed_and_a_plan_change_carries_the_plan() -> None:
    with pytest.raises(ValueError):
        Changes(frozenset())
    with pytest.raises(ValueError):
        Changes(frozenset({Change.PLAN}))
    with pytest.raises(ValueError):
        Changes.of(Change.PLAN)


def test_the_guard_pauses_collection_while_any_job_runs_and_resumes_after() -> None:
    assert gc.isenabled()
    inside, release = threading.Event(), threading.Event()
    seen: list[bool] = []

    def job() -> None:
        with background.no_cycle_collection():
            inside.set()
            release.wait(10)
            seen.append(gc.isenabled())

    thread = threading.Thread(target=job, name="test-job")
    thread.start()
    assert inside.wait(10)
    with background.no_cycle_collection():  # a second job at the same time
        assert not gc.isenabled()
    assert not gc.isenabled()  # the first is still running
    release.set()
    thread.join(10)
    assert seen == [False]
    assert gc.isenabled() and background.running_jobs() == 0


def test_with_a_resume_hook_the_last_job_hands_resuming_over() -> None:
    handed: list[str] = []
    background.set_resume_hook(lambda: handed.append(threading.current_thread().name))
    try:
        with background.no_cycle_collection():
            pass
        assert handed == [threading.current_thread().name]
        assert not gc.isenabled()  # left for the hook's thread to switch on
        background.resume_collection()
        assert gc.isenabled()
    finally:
        background.set_resume_hook(None)
        background.resume_collection()


def test_the_background_check_and_backups_run_inside_the_guard(plan_file: Path) -> None:
    before = background.entered_by("phb-keeper")
    with open_plan_file(plan_file, PASS, author="Jo") as session:  # checks every page on opening
        session._wait_for_backup()
    assert background.entered_by("phb-keeper") > before
    assert gc.isenabled()
