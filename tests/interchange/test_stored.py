"""Issue 10.4: a stored plan is read tolerantly — entry rules apply when a value is entered or
imported, never when the person's own file is read — and whatever is stored can be costed."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from phbplanner.cli import main
from phbplanner.domain.costing import cost_plan
from phbplanner.domain.plan import Plan, Reviews
from phbplanner.domain.readiness import check_readiness
from phbplanner.interchange.plan_json import (
    PlanFormatError,
    dumps_plan,
    load_plan_file,
    loads_plan,
    parse_plan,
    parse_stored,
    plan_document,
)
from phbplanner.services.documents import UnreadablePlanError
from phbplanner.services.edits import PutItem, SetSection
from phbplanner.services.files import InvalidPlanError, create_plan_file, open_plan_file
from phbplanner.services.summary import summary_data
from phbplanner.storage.models import PlanSectionRow

PASS = "correct horse battery 42"


def _make(path: Path, plan: Plan) -> Path:
    create_plan_file(path, PASS, plan, author="Test", supporter=True).close()
    return path


def test_a_plan_written_today_opens_on_a_computer_whose_clock_is_a_day_behind(
    example_plan_path: Path, tmp_path: Path
) -> None:
    written_on = date(2026, 5, 12)
    text = example_plan_path.read_text("utf-8")
    document = json.loads(text)
    document["person"]["date_of_birth"] = written_on.isoformat()  # born today
    # On the computer that wrote it, "today" is the birthday: the import accepts it.
    plan = parse_plan(json.loads(json.dumps(document)), today=written_on)
    # Judged by the import rules on a computer a day behind, it would be "in the future" …
    with pytest.raises(PlanFormatError, match=r"date_of_birth: .* is in the future"):
        parse_plan(json.loads(json.dumps(document)), today=written_on - timedelta(days=1))
    # … but reading the person's own file applies no such rule, whatever the clock says.
    stored = plan_document(plan)
    del stored["format"], stored["version"]
    assert parse_stored(stored) == plan
    ahead = dataclasses.replace(
        plan, person=dataclasses.replace(plan.person, date_of_birth=date.today() + timedelta(1))
    )
    path = _make(tmp_path / "ahead.phbplan", ahead)  # this computer is a day behind the writer
    with open_plan_file(path, PASS, author="Test", supporter=True) as session:
        assert session.plan == ahead
        # Changing something else is not refused because of the stored birthday …
        person = dataclasses.replace(session.plan.person, phone="01234 567890")
        session.apply(SetSection("person", person))
        # … but entering a date of birth in the future is.
        later = dataclasses.replace(person, date_of_birth=date.today() + timedelta(days=30))
        with pytest.raises(InvalidPlanError, match=r"date_of_birth: .* is in the future"):
            session.apply(SetSection("person", later))
        assert session.plan.person.phone == "01234 567890"


def test_values_stored_under_older_rules_still_open_and_can_be_worked_on(
    example_plan_path: Path, tmp_path: Path
) -> None:
    plan = load_plan_file(example_plan_path)
    # Values today's entry rules refuse: a rule may tighten in a newer version of the program.
    line = dataclasses.replace(plan.support_lines[0], notes="n" * 25_000)
    odd = dataclasses.replace(
        plan,
        support_lines=(line, *plan.support_lines[1:]),
        reviews=Reviews(plan.reviews.first_review, 24, ()),
        budget=dataclasses.replace(
            plan.budget, period_start=date(1850, 1, 1), period_end=date(1850, 12, 31)
        ),
    )
    with pytest.raises(PlanFormatError):
        loads_plan(dumps_plan(odd))  # the import refuses them …
    path = _make(tmp_path / "old-rules.phbplan", odd)
    with open_plan_file(path, PASS, author="Test", supporter=True) as session:
        assert session.plan == odd  # … the person's own file does not
        other = dataclasses.replace(line, description="Personal assistant for longer walks")
        session.apply(PutItem("support_lines", other))  # the long notes are not this change's
        with pytest.raises(InvalidPlanError, match=r"support_lines\[0\]\.notes: is 25001"):
            session.apply(PutItem("support_lines", dataclasses.replace(other, notes="m" * 25_001)))
        budget = dataclasses.replace(session.plan.budget, indicative=session.plan.budget.indicative)
        session.apply(SetSection("budget", dataclasses.replace(budget, holder="Ffion")))
        with pytest.raises(InvalidPlanError, match="outside the years 1900 to 2200"):
            session.apply(
                SetSection("budget", dataclasses.replace(budget, period_end=date(1851, 1, 1)))
            )


def test_a_budget_period_in_year_9999_is_costed_summarised_checked_and_printed(
    example_plan_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plan = load_plan_file(example_plan_path)
    far = dataclasses.replace(
        plan,
        budget=dataclasses.replace(
            plan.budget, period_start=date(9999, 1, 1), period_end=date(9999, 12, 31)
        ),
        support_lines=tuple(
            dataclasses.replace(line, schedule=dataclasses.replace(line.schedule, first=None))
            for line in plan.support_lines
        ),
        reviews=dataclasses.replace(plan.reviews, first_review=date(9999, 11, 30)),
    )
    costing = cost_plan(far)  # the monthly, quarterly and yearly series end with the calendar
    assert costing.days_in_period == 365
    in_a_year = {"once": 1, "weekly": 53, "fortnightly": 27, "four_weekly": 14, "monthly": 12,
                 "quarterly": 4, "annually": 1}  # fmt: skip
    for line in far.support_lines:
        expected = in_a_year[line.schedule.frequency.value]
        assert costing.line(line.id).occurrences == expected, line.schedule
    check_readiness(far, costing)
    path = _make(tmp_path / "far.phbplan", far)
    monkeypatch.setenv("PHBPLANNER_PASSPHRASE", PASS)
    for args in (
        ["summary", str(path)],
        ["check", str(path)],
        ["export", str(path), "--format", "pdf", "--output", str(tmp_path / "far.pdf")],
    ):
        code = main(args)
        _, err = capsys.readouterr()
        assert code in (0, 1) and "Traceback" not in err, (args, err)
    assert (tmp_path / "far.pdf").read_bytes().startswith(b"%PDF")
    assert summary_data(far)["days_in_period"] == 365


def test_stored_pieces_are_read_for_their_structure_only() -> None:
    pieces = {
        "person": {"name": "x" * 30_000, "date_of_birth": "2999-01-01", "later_field": 1},
        "reviews": {"interval_months": 99, "records": [{"id": "not an id!", "date": None}]},
        "outcomes": [{"id": "o1", "importance": 42}],
        "support_lines": [{"id": "s1", "outcomes": ["o9"], "quantity": "0.125"}],
    }
    plan = parse_stored(pieces)
    assert plan.person.date_of_birth == date(2999, 1, 1)
    assert plan.reviews.records[0].id == "not an id!"
    assert plan.support_lines[0].outcomes == ("o9",)
    for broken, words in [
        ({"person": {"date_of_birth": "2026-02-30"}}, "is not a real date"),
        ({"outcomes": [{"status": "done"}]}, '"done" is not one of'),
        ({"budget": {"indicative": 12.5}}, "should be an amount in quotes"),
        ({"risks": {"risk": "x"}}, "should be a list"),
    ]:
        with pytest.raises(PlanFormatError, match=words):
            parse_stored(broken)


def test_a_version_that_cannot_be_read_is_reported_as_damaged(
    example_plan_path: Path, tmp_path: Path
) -> None:
    path = _make(tmp_path / "broken.phbplan", load_plan_file(example_plan_path))
    session = open_plan_file(path, PASS, author="Test", supporter=True)
    with session, session._file.transaction() as conn:  # what only damage could leave behind
        conn.execute(
            update(PlanSectionRow)
            .where(PlanSectionRow.name == "person")
            .values(data='{"date_of_birth": "2026-13-45"}')
        )
    with pytest.raises(UnreadablePlanError) as caught:
        open_plan_file(path, PASS, author="Test", supporter=True)
    assert caught.value.exit_code == 4
    assert "person.date_of_birth" in caught.value.message
