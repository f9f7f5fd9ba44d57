"""The file's history: each change records the part it touched; pages filtered by date and part."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from phbplanner.domain.ledger import Account, Entry, Purpose
from phbplanner.domain.money import Money
from phbplanner.domain.plan import Strength
from phbplanner.domain.versions import Agreement
from phbplanner.services import session as session_module
from phbplanner.services.edits import PutItem, SetSection
from phbplanner.services.files import open_plan_file
from phbplanner.services.history import HistoryFilter, history_page, history_parts
from phbplanner.services.ledger import Ledger
from tests.storage.support import FIXTURES, PASS

PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


def _part(key: str):  # type: ignore[no-untyped-def]
    return next(p for p in history_parts() if p.key == key)


def test_every_change_says_which_part_it_touched(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="Ann", backup=False) as session:
        plan = session.plan
        session.apply(SetSection("about_me", dataclasses.replace(plan.about_me, wellness="ok")))
        session.apply(PutItem("strengths", Strength("st99", "Good at puzzles")))
        session.apply_many(
            [
                SetSection("consent_to_share", True),
                PutItem("strengths", Strength("st98", "Kind")),
            ],
            description="Two parts at once",
        )
        ledger = Ledger(session)
        account = ledger.add_account(
            Account("Card", opening_balance=Money(0), opening_date=date(2026, 4, 1)),
            today=date(2026, 6, 1),
        )
        entry = ledger.record(
            Entry(date(2026, 5, 2), Money(-1250), payee="Café", purpose=Purpose.UNASSIGNED,
                  account_id=account.id),
            today=date(2026, 6, 1),
        )  # fmt: skip
        assert entry.id is not None
        ledger.attach(entry.id, "receipt.png", PNG)
        sections = [(e.section, e.what) for e in session.history()]
    assert (
        [s for s, _ in sections]
        == [
            "documents",
            "spending",
            "spending",
            "plan",
            "strengths",
            "about_me",
            "file",  # "Created the plan" (the template file, upgraded rows or new)
        ][: len(sections)]
    )


def test_pages_by_part_and_date(plan_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = iter(
        datetime(2026, month, day, 12, 0, tzinfo=UTC).isoformat(timespec="microseconds")
        for month, day in [(4, 1), (4, 2), (5, 10), (5, 11), (5, 12), (6, 30)] * 50
    )
    monkeypatch.setattr(session_module, "now_utc", lambda: next(clock))
    with open_plan_file(plan_file, PASS, author="Ann", backup=False) as session:
        for number in range(6):
            session.apply(PutItem("strengths", Strength(f"st{90 + number}", f"Strength {number}")))
        session.apply(SetSection("consent_to_share", True))  # 1 April again
        everything = history_page(session)
        assert everything.total == 8  # + "Created the plan"
        assert [e.what for e in everything.entries][:2] == [
            "Changed consent to share",
            "Added strength “Strength 5”",
        ]
        may = history_page(session, HistoryFilter(since=date(2026, 5, 1), until=date(2026, 5, 31)))
        assert [e.what for e in may.entries] == [
            "Added strength “Strength 4”",
            "Added strength “Strength 3”",
            "Added strength “Strength 2”",
        ]
        strengths = HistoryFilter(part=_part("strengths"))
        first = history_page(session, strengths, limit=4)
        second = history_page(session, strengths, offset=4, limit=4)
        assert (first.total, first.first, first.last) == (6, 1, 4)
        assert (second.first, second.last) == (5, 6)
        assert [e.what for e in first.entries + second.entries] == [
            f"Added strength “Strength {n}”" for n in range(5, -1, -1)
        ]
        plan = history_page(session, HistoryFilter(part=_part("plan")))
        assert plan.total == 7  # every plan change, not "Created the plan"
        files = history_page(session, HistoryFilter(part=_part("file")))
        assert [e.what for e in files.entries] == ["Created the plan"]
        nothing = history_page(session, HistoryFilter(since=date(2027, 1, 1)))
        assert (nothing.total, nothing.entries, nothing.first) == (0, [], 0)


def test_an_upgraded_file_places_the_changes_it_can(tmp_path: Path) -> None:
    path = tmp_path / "v3.phbplan"
    shutil.copyfile(FIXTURES / "schema-v3.phbplan", path)
    with open_plan_file(path, PASS, author="Ann", backup=False) as session:
        placed = {e.what: e.section for e in session.history()}
    assert placed["Created the plan"] == "file"
    assert placed["Agreed version 1"] == "versions"
    assert placed["Started version 2"] == "versions"
    assert placed["Changed personal details"] is None  # written by the window: not placed
    with open_plan_file(path, PASS, author="Ann", backup=False) as session:
        other = history_page(session, HistoryFilter(part=_part("other")))
        assert [e.what for e in other.entries] == ["Changed personal details"]


def test_agreeing_and_a_new_draft_are_version_changes(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="Ann", backup=False) as session:
        session.agree(Agreement(person_name="Siân", agreed_on=date(2026, 4, 1)))
        assert session.history()[0].section == "versions"
        session.apply(SetSection("consent_to_share", False))
        newest = [(e.what, e.section) for e in session.history()[:2]]
    assert newest == [
        ("Changed consent to share", "consent_to_share"),
        ("Started version 2", "versions"),
    ]
