"""``phbplanner pa-costs``: the breakdown as text and as JSON, and plain messages for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal

import pytest

from phbplanner.cli import main

PERIOD = ["--from", "2026-04-01", "--to", "2027-03-31"]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[object, str, str]:
    """The exit code (argparse's own usage errors exit from the parser), stdout and stderr."""
    try:
        code: object = main(["pa-costs", *args])
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_json_breakdown_parses_back_with_the_hand_worked_figures(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "--rate", "12.71", "--hours", "15", *PERIOD, "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    lines = {line["kind"]: line for line in data["lines"]}
    assert list(lines) == [
        "wages", "holiday", "employer_ni", "employment_allowance", "pension", "insurance",
        "payroll", "dbs", "training", "recruitment", "contingency",
    ]  # fmt: skip
    # The figures of tests/domain/test_employment.py (15 hours × £12.71 over 53 weeks)
    assert lines["wages"]["amount"] == "10104.45"
    assert lines["wages"]["explanation"] == "15 hours × £12.71 × 53 weeks"
    assert lines["holiday"]["amount"] == "1219.61"
    assert lines["employer_ni"]["amount"] == "935.41"
    assert lines["employment_allowance"]["amount"] == "-935.41"
    assert lines["pension"]["amount"] == "148.92"
    assert data["total"] == "12219.05"
    assert sum(Decimal(line["amount"]) for line in data["lines"]) == Decimal(data["total"])
    assert data["warnings"] == []
    assert [year["tax_year"] for year in data["tax_years"]] == ["2025-26", "2026-27"]
    assert data["weeks"] == 53


def test_options_change_the_breakdown(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "--rate", "10.00", "--hours", "15", *PERIOD, "--json", "--age-band", "18-20",
        "--no-employment-allowance", "--no-pension", "--name", "Nguyễn", "--insurance", "0",
        "--payroll", "20", "--dbs", "0", "--training", "0", "--recruitment", "0",
        "--sick-weeks", "0",
    )  # fmt: skip
    assert code == 0
    data = json.loads(out)
    amounts = {line["kind"]: line["amount"] for line in data["lines"]}
    assert amounts["employer_ni"] == "0.00"  # under 21
    assert "employment_allowance" not in amounts
    assert amounts["payroll"] == "240.00"  # £20 a month × 12
    assert amounts["insurance"] == amounts["contingency"] == "0.00"
    assert [w["code"] for w in data["warnings"]] == ["below_minimum_wage", "no_insurance"]
    assert "Nguyễn" in data["warnings"][0]["message"]
    assert data["name"] == "Nguyễn"


def test_fewer_weeks_a_year_show_the_costed_hours(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "--rate", "12.71", "--hours", "15", "--weeks-per-year", "46", *PERIOD, "--json"
    )
    assert code == 0
    data = json.loads(out)
    assert (data["hours_per_week"], data["costed_hours_per_week"]) == ("15", "13.27")
    assert data["lines"][0]["amount"] == "8939.07"  # 13.27 × 12.71 × 53


def test_text_breakdown_is_for_people(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "--rate", "12.71", "--hours", "15", *PERIOD, "--name", "Siân",
        "--no-employment-allowance",
    )  # fmt: skip
    assert code == 0
    assert out.startswith("What employing Siân costs, 1 April 2026 to 31 March 2027")
    assert "Rates used: 2025/26 (1 week), 2026/27 (52 weeks)" in out
    assert "Employer's National Insurance" in out and "£935.41" in out
    assert "15 hours × £12.71 × 53 weeks" in out
    assert "£13,154.46" in out  # the NI is not covered, so it is in the total
    assert "Please check:" in out and "not covered by the Employment Allowance" in out
    assert max(len(line) for line in out.splitlines()) <= 100


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["--rate", "12.7.1", "--hours", "15", *PERIOD], 2,
         'The hourly rate (--rate): "12.7.1" is not an amount like 12.50.'),
        (["--rate", "12.71", "--hours", "-5", *PERIOD], 2, "Enter the hours a week, more than 0"),
        (["--rate", "12.71", "--hours", "lots", *PERIOD], 2, '"lots" is not a number'),
        (["--rate", "12.71", "--hours", "15", "--from", "2027-04-01", "--to", "2026-04-01"], 2,
         "The budget period ends before it starts"),
        (["--rate", "12.71", "--hours", "15", "--from", "2026-02-30", "--to", "2026-04-01"], 2,
         '"2026-02-30" is not a date written like 2026-04-01'),
        (["--rate", "12.71", "--hours", "15", *PERIOD, "--age-band", "25+"], 2,
         "invalid choice: '25+'"),
        (["--rate", "12.71", "--hours", "15", "--from", "2030-04-01", "--to", "2031-03-31"], 1,
         "There are no employment rates for 1 April 2030"),
        (["--rate", "12.71", "--hours", "15", *PERIOD, "--payroll", "-3"], 2,
         "The payroll fee (--payroll)"),
        (["--rate", "12.71", "--hours", "15", *PERIOD, "--weeks-per-year", "60"], 2,
         "weeks a year the PA works, from 1 to 52"),
    ],
)  # fmt: skip
def test_bad_input_is_a_plain_message_not_a_traceback(
    capsys: pytest.CaptureFixture[str], args: list[str], code: int, words: str
) -> None:
    result, _, err = run(capsys, *args)
    assert result == code
    assert words in err
    assert "Traceback" not in err


def test_the_command_runs_as_a_program() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "phbplanner", "pa-costs", "--rate", "12.71", "--hours", "30",
         *PERIOD, "--json"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["total"] == "23882.82"
    bad = subprocess.run(
        [sys.executable, "-m", "phbplanner", "pa-costs", "--rate", "x", "--hours", "30", *PERIOD],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert "The hourly rate (--rate)" in bad.stderr
