"""``phbplanner export --format pdf`` and ``--format recovery-sheet`` on real encrypted files."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from phbplanner.cli import main
from phbplanner.domain.fingerprint import format_fingerprint
from phbplanner.domain.money import Money
from phbplanner.domain.versions import Agreement
from phbplanner.services.files import create_plan_file, open_plan_file

from ..language_support import use_translations
from ..reports.pdf_plans import sample_plan
from ..reports.pdftext import page_texts

PASS = "correct horse battery 42"


@pytest.fixture
def plan_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An encrypted plan file holding the sample plan (draft version 1)."""
    path = tmp_path / "sian.phbplan"
    create_plan_file(path, PASS, sample_plan(), author="Test").close()
    monkeypatch.setenv("PHBPLANNER_PASSPHRASE", PASS)
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_pdf_matches_the_summary_of_the_same_file(
    plan_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.pdf"
    code, _, err = run(capsys, "export", str(plan_file), "--format", "pdf", "--output", str(out))
    assert code == 0, err
    code, summary_json, err = run(capsys, "summary", str(plan_file), "--json")
    assert code == 0, err
    summary = json.loads(summary_json)
    pages = page_texts(out.read_bytes())
    text = " ".join(pages)
    for key in ("indicative", "planned_total", "contingency", "committed", "remaining"):
        assert Money.parse(summary[key], allow_negative=True).format() in text, key
    for line in summary["lines"]:
        assert line["description"] in text
        assert Money.parse(line["period_cost"]).format() in text
    fingerprint = format_fingerprint(summary["fingerprint"])
    for number, page in enumerate(pages, start=1):
        assert f"Fingerprint: {fingerprint}" in page
        assert f"Page {number} of {len(pages)}" in page
        assert "Plan version 1 (draft)" in page
    assert not list(tmp_path.glob(".*.part"))  # no temporary file left behind
    assert out.stat().st_mode & 0o777 == 0o600  # only this user may read it


def test_export_large_print(
    plan_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    normal, large = tmp_path / "normal.pdf", tmp_path / "large.pdf"
    assert run(capsys, "export", str(plan_file), "--format", "pdf", "--output", str(normal))[0] == 0
    code, _, err = run(
        capsys, "export", str(plan_file), "--format", "pdf", "--large-print", "--output", str(large)
    )
    assert code == 0, err
    assert len(page_texts(large.read_bytes())) > len(page_texts(normal.read_bytes()))


def test_an_unknown_version_is_a_usage_error(
    plan_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.pdf"
    code, _, err = run(
        capsys, "export", str(plan_file), "--format", "pdf", "--version", "9", "--output", str(out)
    )
    assert code == 2
    assert "no version 9" in err
    assert not out.exists()


def test_an_agreed_version_exports_without_the_draft_mark(
    plan_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_plan_file(plan_file, PASS, author="Test", backup=False) as session:
        agreed = session.agree(
            Agreement(
                person_name="Siân Williams",
                agreed_on=date(2026, 4, 1),
                coordinator_name="Gareth Price",
                icb_approver_name="Łukasz Wiśniewski",
            )
        )
    out = tmp_path / "agreed.pdf"
    code, _, err = run(
        capsys, "export", str(plan_file), "--format", "pdf", "--version", "1", "--output", str(out)
    )
    assert code == 0, err
    pages = page_texts(out.read_bytes())
    assert not any("DRAFT" in page for page in pages)
    assert all("Plan version 1 (agreed)" in page for page in pages)
    assert all(format_fingerprint(agreed.fingerprint) in page for page in pages)
    assert "Łukasz Wiśniewski" in " ".join(pages)


def test_the_recovery_sheet_leaves_the_passphrase_out_unless_asked(
    plan_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain, with_pass = tmp_path / "sheet.pdf", tmp_path / "sheet-with.pdf"
    code, _, err = run(
        capsys, "export", str(plan_file), "--format", "recovery-sheet", "--output", str(plain)
    )
    assert code == 0, err
    sheet = " ".join(page_texts(plain.read_bytes()))
    assert PASS not in sheet
    assert "Siân Williams" in sheet
    # where the file is kept (a long path may be wrapped onto two lines on the sheet)
    assert str(plan_file.resolve()) in sheet.replace(" ", "")
    code, _, err = run(
        capsys,
        "export",
        str(plan_file),
        "--format",
        "recovery-sheet",
        "--include-passphrase",
        "--output",
        str(with_pass),
    )
    assert code == 0, err
    assert PASS in " ".join(page_texts(with_pass.read_bytes()))


def test_export_refuses_a_folder_as_output(
    plan_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, "export", str(plan_file), "--format", "pdf", "--output", str(tmp_path)
    )
    assert code == 2
    assert "is a folder" in err


def test_export_pdf_in_welsh_and_its_message_too(
    plan_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    folder = tmp_path / "translations"
    folder.mkdir()
    use_translations(monkeypatch, folder, {
        ("PlanPdf", "Personal health budget"): "Cyllideb iechyd personol",
        ("Cli", "Wrote {version} of the plan to {name}."): "Ysgrifennwyd {version} i {name}.",
    })  # fmt: skip
    out = tmp_path / "cynllun.pdf"
    code, _, said = run(
        capsys, "export", str(plan_file), "--format", "pdf", "--output", str(out),
        "--language", "cy",
    )  # fmt: skip
    assert code == 0, said
    assert said.startswith("Ysgrifennwyd version 1 (draft) i ")
    assert "Cyllideb iechyd personol" in page_texts(out.read_bytes())[0]
    code, _, said = run(
        capsys, "export", str(plan_file), "--format", "pdf", "--output", str(out), "--force"
    )  # fmt: skip
    assert code == 0 and said.startswith("Wrote version 1")  # English by default
    assert "Personal health budget" in page_texts(out.read_bytes())[0]


@pytest.mark.parametrize("fmt", ["json", "fhir"])
def test_language_goes_only_with_documents_that_have_words(
    plan_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    out = tmp_path / "out"
    code, _, err = run(
        capsys, "export", str(plan_file), "--format", fmt, "--output", str(out),
        "--language", "cy",
    )  # fmt: skip
    assert code == 2
    # --language cy makes the messages Welsh too; the option names are the same in both
    assert "--language" in err and "--format pdf" in err and "recovery-sheet" in err
    assert not out.exists()


def test_an_unknown_language_is_a_usage_error(
    plan_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, "export", str(plan_file), "--format", "pdf", "--output", str(tmp_path / "x.pdf"),
        "--language", "fr",
    )  # fmt: skip
    assert code == 2 and "--language" in err and "'cy', 'en'" in err
