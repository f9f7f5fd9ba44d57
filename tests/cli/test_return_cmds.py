"""``phbplanner ledger return`` and ``ledger returns`` on a real encrypted file."""

from __future__ import annotations

import json
import os
import shutil
import stat
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from phbplanner.cli import main
from phbplanner.domain.return_periods import default_period
from tests.reports.test_safe_output import tiny_disk
from tests.services.return_file import filled_file
from tests.storage.conftest import template_file
from tests.storage.support import PASS

from ..language_support import use_translations

__all__ = ["template_file", "tiny_disk"]


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory, template_file: Path) -> Path:
    return filled_file(template_file, tmp_path_factory.mktemp("filled"))


@pytest.fixture
def plan(filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PHBPLANNER_PASSPHRASE", PASS)
    target = tmp_path / "plan.phbplan"
    shutil.copyfile(filled, target)
    return target


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


Q2 = ["--from", "2026-07-01", "--to", "30/09/2026"]


def _recorded(plan: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["ledger", "returns", str(plan), "--json"]) == 0
    found: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return found


def test_the_return_prints_its_totals_and_writes_private_files(
    plan: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [
        "ledger",
        "return",
        str(plan),
        *Q2,
        "--output",
        str(out / "return.pdf"),
        "--csv",
        str(out / "entries.csv"),
        "--pack",
        str(out / "pack.zip"),
        "--large-print",
    ]
    assert main(argv) == 0  # fmt: skip
    captured = capsys.readouterr()
    assert captured.out.splitlines()[:10] == [
        "Monitoring return: Direct payment account, 1 July 2026 to 30 September 2026",
        "Measured against: Plan version 1 (draft, not yet agreed)",
        "Opening balance on 1 July 2026: £5,417.12",
        "Money in: £2,493.56",
        "Money out: £378.10",
        "Closing balance on 30 September 2026: £7,532.58",
        "The bank's closing balance: £7,532.58, the same as these records.",
        "Payments without a receipt: 3 (£105.00)",
        "Entries not assigned to a plan line: 1 (£60.00 out)",
        "Checks to look at before sending the return:",
    ]
    assert (
        "  ! The budget payment of £1,229.28 expected on 16 September 2026 has not arrived."
        in captured.out.splitlines()
    )
    assert f"Wrote {out / 'pack.zip'}." in captured.err
    assert "Recorded in the plan file as return number 1." in captured.err
    for name in ("return.pdf", "entries.csv", "pack.zip"):
        assert stat.S_IMODE((out / name).stat().st_mode) == 0o600
    [record] = _recorded(plan, capsys)
    assert (record["from"], record["to"], record["large_print"]) == (
        "2026-07-01", "2026-09-30", True
    )  # fmt: skip
    totals = record["totals"]
    assert isinstance(totals, dict)
    assert (totals["opening"], totals["closing"], totals["without_receipt"]) == (
        "5417.12", "7532.58", 3
    )  # fmt: skip
    assert record["made"] == ["pdf", "csv", "pack"]
    assert main(["ledger", "returns", str(plan)]) == 0
    listed = capsys.readouterr().out
    assert listed.startswith(
        "Return 1: 1 July 2026 to 30 September 2026, Direct payment account, made on "
    )
    assert "(PDF, CSV, audit pack, large print)" in listed
    assert "Opening £5,417.12, in £2,493.56, out £378.10, closing £7,532.58" in listed


def test_the_default_period_is_the_last_full_quarter(
    plan: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the last full quarter of the budget period (1 April 2026 – 31 March 2027), or before one
    # has ended the budget period so far
    expected = default_period(date.today(), date(2026, 4, 1), date(2027, 3, 31))
    assert main(["ledger", "return", str(plan), "--output", str(out / "r.pdf")]) == 0
    assert capsys.readouterr().out.splitlines()[0] == (
        f"Monitoring return: Direct payment account, {expected.describe()}"
    )


def test_no_returns_yet(plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ledger", "returns", str(plan)]) == 0
    assert capsys.readouterr().out == "No monitoring return has been made from this file yet.\n"
    assert _recorded(plan, capsys) == []


def test_force_replaces_an_earlier_file(
    plan: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (out / "r.pdf").write_bytes(b"an earlier return")
    argv = ["ledger", "return", str(plan), *Q2, "--output", str(out / "r.pdf")]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "There is already a file at" in err and "--force" in err
    assert (out / "r.pdf").read_bytes() == b"an earlier return"
    assert main([*argv, "--force"]) == 0
    assert (out / "r.pdf").read_bytes().startswith(b"%PDF")


def test_an_empty_period_is_a_return_that_says_so(
    plan: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["ledger", "return", str(plan), "--from", "2026-10-01", "--to", "2026-10-07",
            "--output", str(out / "r.pdf")]  # fmt: skip
    assert main(argv) == 0
    assert (
        "No money went into or out of Direct payment account from 1 October 2026 to "
        "7 October 2026." in capsys.readouterr().out
    )


@pytest.mark.parametrize(
    ("words", "code", "says"),
    [
        (["--from", "2026-02-30"], 2, "--from: “2026-02-30” is not a real date"),
        (["--from", "2026-10-01", "--to", "2026-09-30"], 2,
         "The period cannot start after it ends: 1 October 2026 is after 30 September 2026"),
        (["--to", "soon"], 2, "--to: “soon” is not a date"),
        (["--account", "Savings"], 2, "There is no account called “Savings”"),
        (["--output", "{out}/nowhere/r.pdf"], 1, "The folder {out}/nowhere does not exist"),
        (["--output", "{plan}", "--force"], 2, "is a PHB Planner plan file"),
        (["--csv", "{out}/r.pdf"], 2, "was given for two of the files"),
        (["--output", "{out}"], 2, "is a folder"),
    ],
)  # fmt: skip
def test_bad_input_is_refused_plainly_and_nothing_is_written(
    plan: Path, out: Path, capsys: pytest.CaptureFixture[str], words: list[str], code: int,
    says: str,
) -> None:  # fmt: skip
    before = plan.read_bytes()
    given = {"--output": str(out / "r.pdf")}
    for key, value in zip(words[::2], words[1::2], strict=False):
        given[key] = value.format(out=out, plan=plan)
    flags = [w for w in words if w == "--force"]
    argv = ["ledger", "return", str(plan)]
    argv += [part for key, value in given.items() if key != "--force" for part in (key, value)]
    assert main(argv + flags) == code
    err = capsys.readouterr().err
    assert says.format(out=out) in err and "Traceback" not in err
    assert list(out.iterdir()) == []
    assert plan.read_bytes() == before
    assert _recorded(plan, capsys) == []


def test_a_wrong_passphrase_is_exit_3(
    plan: Path, out: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PHBPLANNER_PASSPHRASE", "not the passphrase at all")
    assert main(["ledger", "return", str(plan), *Q2, "--output", str(out / "r.pdf")]) == 3
    assert list(out.iterdir()) == []
    assert main(["ledger", "returns", str(plan)]) == 3


def test_a_plan_without_spending_records_says_what_to_do(
    template_file: Path, tmp_path: Path, out: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setenv("PHBPLANNER_PASSPHRASE", PASS)
    plan = tmp_path / "empty.phbplan"
    shutil.copyfile(template_file, plan)
    assert main(["ledger", "return", str(plan), "--output", str(out / "r.pdf")]) == 1
    assert "There are no spending records yet" in capsys.readouterr().err
    assert list(out.iterdir()) == []


def test_a_full_disk_is_exit_4_and_leaves_nothing(
    plan: Path, out: Path, tiny_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the PDF (about 60 KB) fits on the 64 KiB disk; the pack holding it too does not
    argv = ["ledger", "return", str(plan), *Q2, "--output", str(tiny_disk / "r.pdf"),
            "--csv", str(out / "e.csv"), "--pack", str(tiny_disk / "pack.zip")]  # fmt: skip
    assert main(argv) == 4
    err = capsys.readouterr().err
    assert "There is not enough space on the disk for" in err and "Traceback" not in err
    assert list(out.iterdir()) == [] and list(tiny_disk.iterdir()) == []
    assert _recorded(plan, capsys) == []


def test_a_named_pipe_as_the_output_is_refused(
    plan: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    os.mkfifo(out / "r.pdf")
    argv = ["ledger", "return", str(plan), *Q2, "--output", str(out / "r.pdf"), "--force"]
    assert main(argv) == 2
    assert "is a named pipe" in capsys.readouterr().err
    assert _recorded(plan, capsys) == []


def test_a_return_in_welsh_is_made_and_recorded_in_welsh(
    plan: Path, out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    folder = tmp_path / "translations"
    folder.mkdir()
    use_translations(monkeypatch, folder, {
        ("ReturnPdf", "Money in"): "Arian i mewn",
        ("Month", "September"): "Medi",
    })  # fmt: skip
    pdf = out / "ffurflen.pdf"
    assert main(["ledger", "return", str(plan), *Q2, "--output", str(pdf),
                 "--language", "cy"]) == 0  # fmt: skip
    said = capsys.readouterr().out
    assert "30 Medi 2026" in said  # what the command says is in Welsh too
    text = " ".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    assert "Arian i mewn" in text and "Medi" in text
    [record] = _recorded(plan, capsys)
    assert record["language"] == "cy"
