"""``phbplanner ledger``: accounts, entries, receipts and the status from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from phbplanner.cli import main
from phbplanner.services.files import open_plan_file
from phbplanner.services.ledger import Ledger
from tests.storage.conftest import plan_file, template_file
from tests.storage.support import PASS

__all__ = ["plan_file", "template_file"]

PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setenv("PHBPLANNER_PASSPHRASE", PASS)
    return monkeypatch


def _line(path: Path) -> str:
    with open_plan_file(path, PASS, author="T", backup=False) as session:
        return session.plan.support_lines[0].id


def _account(path: Path) -> None:
    argv = ["ledger", "add-account", str(path), "--name", "Direct payment account",
            "--opening-balance", "£1,000.00", "--opening-date", "2026-04-01"]  # fmt: skip
    assert main(argv) == 0


def test_add_list_attach_and_status(
    plan_file: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _account(plan_file)
    line = _line(plan_file)
    receipt = tmp_path / "receipt.png"
    receipt.write_bytes(PNG)
    assert main(["ledger", "add", str(plan_file), "--date", "2026-04-02", "--amount", "2100.00",
                 "--payee", "NHS Example ICB", "--purpose", "budget-payment"]) == 0  # fmt: skip
    assert main(["ledger", "add", str(plan_file), "--date", "7/4/2026", "--amount", "-45.60",
                 "--payee", "Łukasz Nowak", "--description", "Wages, week 1", "--line", line,
                 "--reference", "PA-01", "--receipt", str(receipt)]) == 0  # fmt: skip
    assert "kept receipt.png" in capsys.readouterr().out
    assert main(["ledger", "list", str(plan_file), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(e["date"], e["amount"], e["payee"]) for e in listed] == [
        ("2026-04-02", "2100.00", "NHS Example ICB"),
        ("2026-04-07", "-45.60", "Łukasz Nowak"),
    ]
    wages = listed[1]
    assert wages["line"] == line and wages["reference"] == "PA-01"
    assert wages["attachments"] == ["receipt.png"] and wages["reconciled"] is False
    assert wages["balance"] is None and wages["import_id"] is None
    assert wages["running_balance"] == "3054.40"  # 1,000.00 + 2,100.00 − 45.60
    assert main(["ledger", "attach", str(plan_file), str(listed[0]["id"]), str(receipt),
                 "--kind", "statement"]) == 0  # fmt: skip
    assert "Kept receipt.png" in capsys.readouterr().out
    assert main(["ledger", "list", str(plan_file), "--from", "2026-04-05", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1
    assert main(["ledger", "status", str(plan_file), "--json", "--as-of", "2026-04-30"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["balance"] == "3054.40"
    assert any(
        row["line"] == line and row["spent"] == "45.60" for row in status["planned_vs_actual"]
    )
    assert main(["ledger", "status", str(plan_file), "--as-of", "2026-04-30"]) == 0
    assert "Balance on 30 April 2026: £3,054.40" in capsys.readouterr().out


def test_a_second_account_with_the_same_name_is_refused(
    plan_file: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _account(plan_file)
    capsys.readouterr()
    argv = ["ledger", "add-account", str(plan_file), "--name", "direct payment ACCOUNT",
            "--opening-balance", "0", "--opening-date", "2026-04-01"]  # fmt: skip
    assert main(argv) == 1  # like every other problem with an account or entry
    assert "There is already an account called “direct payment ACCOUNT”" in capsys.readouterr().err
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        assert [a.name for a in Ledger(session).accounts()] == ["Direct payment account"]


@pytest.mark.parametrize(
    ("words", "code", "says"),
    [
        (["--amount", "12.345"], 2, "more than 2 numbers after the decimal point"),
        (["--amount", "£1,2,3"], 2, "--amount"),
        (["--amount", "twelve"], 2, "--amount"),
        (["--date", "31/2/2026"], 2, "February"),
        (["--date", "2032-01-01"], 1, "more than a month from today"),
        (["--line", "no-such-line"], 1, "line"),
        (["--amount", "0"], 2, "--amount"),
    ],
)
def test_bad_entries_are_refused_and_nothing_saved(
    plan_file: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    words: list[str], code: int, says: str,
) -> None:  # fmt: skip
    _account(plan_file)
    base = {"--date": "2026-04-07", "--amount": "-10.00", "--payee": "Zoë"}
    base.update(dict(zip(words[::2], words[1::2], strict=True)))
    argv = ["ledger", "add", str(plan_file)] + [part for pair in base.items() for part in pair]
    capsys.readouterr()
    assert main(argv) == code
    err = capsys.readouterr().err
    assert says.lower() in err.lower() and "Traceback" not in err
    assert main(["ledger", "list", str(plan_file), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda p: p.mkdir(), "folder"),
        (lambda p: p.write_bytes(b""), "empty"),
        (lambda p: None, "There is no file"),
        (lambda p: p.write_text("not a receipt"), "not a picture"),
    ],
)
def test_bad_receipts_are_refused_plainly(
    plan_file: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path,
    make: object, says: str,
) -> None:  # fmt: skip
    _account(plan_file)
    assert main(["ledger", "add", str(plan_file), "--date", "2026-04-07", "--amount", "-1",
                 "--payee", "Zoë"]) == 0  # fmt: skip
    path = tmp_path / "thing.jpg"
    make(path)  # type: ignore[operator]
    capsys.readouterr()
    assert main(["ledger", "attach", str(plan_file), "1", str(path)]) == 1
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err


def test_an_entry_without_an_account_says_what_to_do(
    plan_file: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ledger", "add", str(plan_file), "--date", "2026-04-07", "--amount", "-1",
                 "--payee", "Zoë"]) == 1  # fmt: skip
    assert "Add an account first" in capsys.readouterr().err
    assert main(["ledger", "list", str(plan_file)]) == 0
    assert "no entries yet" in capsys.readouterr().out
