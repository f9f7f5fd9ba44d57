"""``phbplanner summary``, ``check`` and ``verify`` on interchange JSON files."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from phbplanner.cli import main
from phbplanner.domain.fingerprint import format_fingerprint
from phbplanner.domain.plan import CareCoordinator
from phbplanner.interchange.plan_json import dumps_plan, load_plan_file, plan_fingerprint
from phbplanner.services.summary import summary_data


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_summary_json_has_the_agreed_fields(
    example_plan_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "summary", str(example_plan_path), "--json")
    assert code == 0
    data = json.loads(out)
    plan = load_plan_file(example_plan_path)
    for key in ("lines", "planned_total", "contingency", "remaining", "within_budget", "ready",
                "findings", "fingerprint"):  # fmt: skip
        assert key in data
    assert [line["id"] for line in data["lines"]] == [line.id for line in plan.support_lines]
    assert data["lines"][0] == {**data["lines"][0], "id": "s1", "occurrences": 52,
                                "period_cost": "1738.10"}  # fmt: skip
    assert data["fingerprint"] == plan_fingerprint(plan)
    assert data == summary_data(plan)
    assert data["ready"] is True and data["findings"] == []


def test_summary_text_is_for_people(
    example_plan_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "summary", str(example_plan_path))
    assert code == 0
    assert "Siân Pritchard" in out
    assert "£18,500.00" in out and "£1,738.10" in out
    assert "Ready for sign-off: yes" in out


def test_check_exits_0_when_ready_and_1_with_findings(
    example_plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "check", str(example_plan_path))[0] == 0
    plan = replace(load_plan_file(example_plan_path), care_coordinator=CareCoordinator())
    broken = tmp_path / "plan.json"
    broken.write_text(dumps_plan(plan), encoding="utf-8")
    code, out, _ = run(capsys, "check", str(broken))
    assert code == 1
    assert "care_coordinator_missing" in out and "care coordinator" in out


def test_verify_matches_in_any_spacing_and_refuses_a_wrong_one(
    example_plan_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fingerprint = plan_fingerprint(load_plan_file(example_plan_path))
    code, out, _ = run(capsys, "verify", str(example_plan_path), format_fingerprint(fingerprint))
    assert code == 0 and "Matches" in out
    wrong = ("0" if fingerprint[0] != "0" else "1") + fingerprint[1:]
    code, _, err = run(capsys, "verify", str(example_plan_path), wrong)
    assert code == 1 and "Does not match" in err
    code, _, err = run(capsys, "verify", str(example_plan_path), "abc")
    assert code == 2 and "not a whole fingerprint" in err


@pytest.mark.parametrize(
    ("content", "code", "message"),
    [
        (None, 2, "There is no file at"),
        ("{not json", 4, "not valid JSON"),
        ('{"format": "phbplanner-plan", "version": 9}', 4, "newer version"),
        ('{"format": "other", "version": 1}', 4, "not a PHB Planner plan"),
        ('{"format": "phbplanner-plan", "version": 1, "budget": {"indicative": "1.234"}}', 1,
         "budget.indicative: \"1.234\" has more than 2 decimal places"),
    ],
)  # fmt: skip
def test_bad_files_get_one_plain_line_and_the_right_exit_code(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: str | None,
    code: int,
    message: str,
) -> None:
    path = tmp_path / "plan.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    got, out, err = run(capsys, "summary", str(path))
    assert got == code
    assert message in err
    assert "Traceback" not in err and out == ""


def test_a_folder_is_not_a_plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "check", str(tmp_path))
    assert code == 2 and "is a folder" in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary"]) == 2  # returned, not raised: main can be called from Python
    assert "required" in capsys.readouterr().err


def test_the_installed_command_runs_without_a_traceback(example_plan_path: Path) -> None:
    version = subprocess.run([sys.executable, "-m", "phbplanner", "--version"],
                             capture_output=True, text=True, check=True)  # fmt: skip
    assert version.stdout.startswith("phbplanner ")
    result = subprocess.run(
        [sys.executable, "-m", "phbplanner", "check", str(example_plan_path) + ".missing"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "There is no file" in result.stderr
