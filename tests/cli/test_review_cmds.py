"""``phbplanner review``: the reviews of a real encrypted plan file from the command line, and the
FHIR export's hook (``export --format fhir``) with the latest review statuses."""

from __future__ import annotations

import json
import os
import stat
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from phbplanner.cli import COMMAND_NAMES, main
from phbplanner.domain.review import ReviewStatus
from phbplanner.services.files import open_plan_file
from phbplanner.services.reviews import Reviews
from tests.interchange.fhir_check import resources, validated
from tests.services.review_support import finished
from tests.storage.conftest import plan_file, template_file
from tests.storage.support import PASS

from ..language_support import use_translations

__all__ = ["plan_file", "template_file"]


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setenv("PHBPLANNER_PASSPHRASE", PASS)
    return monkeypatch


def _two_reviews(path: Path) -> tuple[int, int]:
    """A finished review of 30 June 2026 and an unfinished one of 30 September 2026."""
    with open_plan_file(path, PASS, author="Zoë", backup=False) as session:
        reviews = Reviews(session)
        done = finished(
            reviews,
            date(2026, 6, 30),
            {"o1": ReviewStatus.ACHIEVED, "o3": ReviewStatus.CHANGED},
            {"o1": 10, "o2": 5},
            next_review=date(2027, 6, 30),
        )
        waiting = reviews.start(on=date(2026, 9, 30), participants=["p1"])
    assert done.id is not None and waiting.id is not None
    return done.id, waiting.id


def test_review_list_json_parses_back(
    plan_file: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "review" in COMMAND_NAMES
    done, waiting = _two_reviews(plan_file)
    assert main(["review", "list", str(plan_file), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(r["id"], r["date"], r["state"]) for r in listed] == [
        (waiting, "2026-09-30", "in_progress"),
        (done, "2026-06-30", "finished"),
    ]
    first = listed[1]
    assert first["participants"] == [{"name": "Siân Pritchard", "role": "Me", "person_ref": ""}]
    assert [(o["outcome_ref"], o["rating"], o["new_status"]) for o in first["outcomes"]] == [
        ("o1", 10, "achieved"),
        ("o2", 5, "in_progress"),
        ("o3", None, "changed"),
    ]
    assert first["next_review"] == "2027-06-30" and first["decision"] == "change_plan"
    assert first["plan_version"] == 1
    assert listed[0]["participants"][0]["person_ref"] == "p1"
    assert listed[0]["outcomes"][0]["new_status"] is None


def test_review_list_in_words(
    plan_file: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["review", "list", str(plan_file)]) == 0
    assert capsys.readouterr().out == "There are no reviews in this plan yet.\n"
    done, _waiting = _two_reviews(plan_file)
    assert main(["review", "list", str(plan_file)]) == 0
    text = capsys.readouterr().out
    assert f"Review {done}: 30 June 2026, finished (plan version 1)" in text
    assert "  Who took part: Siân Pritchard (Me)" in text
    assert (
        "  Walk to the shops on my own: 10 out of 10: Done it. Next: Achieved: I have done it"
        in text
    )
    assert "  Paint and swim every week: Not rated. Next: It needs to change" in text
    assert "  Next review: 30 June 2027" in text
    assert "30 September 2026, not finished yet" in text
    assert "Who took part: Ffion Pritchard (Sister)" in text
    assert "Decision: Not decided yet" in text


def test_review_pdf_writes_the_review(
    plan_file: Path, env: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    done, _waiting = _two_reviews(plan_file)
    out = tmp_path / "review.pdf"
    assert main(["review", "pdf", str(plan_file), str(done), "--output", str(out)]) == 0
    assert f"Wrote review {done} to {out}." in capsys.readouterr().err
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    text = PdfReader(out).pages[0].extract_text() or ""
    assert "Review of my plan" in text and "30 June 2026" in text
    first = out.read_bytes()
    # an earlier PDF is replaced only with --force
    assert main(["review", "pdf", str(plan_file), str(done), "--output", str(out),
                 "--large-print"]) == 1  # fmt: skip
    err = capsys.readouterr().err
    assert "There is already a PDF called review.pdf. Choose another name, or add --force" in err
    assert out.read_bytes() == first
    assert main(["review", "pdf", str(plan_file), str(done), "--output", str(out),
                 "--large-print", "--force"]) == 0  # fmt: skip
    assert out.read_bytes() != first


@pytest.mark.parametrize(
    ("review", "code", "says"),
    [
        ("seven", 2, "'seven' is not a review number. “phbplanner review list FILE” shows"),
        ("0", 2, "'0' is not a review number"),
        ("-3", 2, "'-3' is not a review number"),
        ("99", 2, "There is no review number 99 in this plan. Its reviews are: 2, 1."),
    ],
)
def test_bad_review_ids_get_a_plain_message(
    plan_file: Path,
    env: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    review: str,
    code: int,
    says: str,
) -> None:
    _two_reviews(plan_file)
    out = tmp_path / "review.pdf"
    assert main(["review", "pdf", str(plan_file), review, "--output", str(out)]) == code
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err
    assert not out.exists()


def test_no_reviews_yet_and_missing_files(
    plan_file: Path, env: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "review.pdf"
    assert main(["review", "pdf", str(plan_file), "1", "--output", str(out)]) == 2
    assert "It has no reviews yet." in capsys.readouterr().err
    missing = tmp_path / "nowhere.phbplan"
    assert main(["review", "list", str(missing)]) == 2
    assert f"There is no file at {missing}." in capsys.readouterr().err
    assert main(["review", "pdf", str(plan_file), "1", "--output",
                 str(tmp_path / "no folder" / "r.pdf")]) == 2  # fmt: skip
    capsys.readouterr()
    assert main(["review", "pdf", str(plan_file), "1", "--output", str(plan_file)]) == 2
    _two_reviews(plan_file)
    assert main(["review", "pdf", str(plan_file), "1", "--output", str(plan_file)]) == 1
    assert "is a plan file" in capsys.readouterr().err
    assert main(["review", "pdf", str(plan_file), "1", "--output",
                 str(tmp_path / "no folder" / "r.pdf")]) == 1  # fmt: skip
    assert "does not exist" in capsys.readouterr().err
    assert main(["review"]) == 2  # a command is needed: argparse's usage message


def test_a_wrong_passphrase_is_exit_3(
    plan_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PHBPLANNER_PASSPHRASE", "not the passphrase at all")
    assert main(["review", "list", str(plan_file)]) == 3
    assert "Traceback" not in capsys.readouterr().err


def test_the_fhir_export_carries_the_latest_statuses(
    plan_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    _two_reviews(plan_file)
    monkeypatch.setenv("PHBPLANNER_PASSPHRASE", PASS)
    out = tmp_path / "plan-fhir.json"
    assert main(["export", str(plan_file), "--format", "fhir", "--output", str(out)]) == 0
    assert "as FHIR R4 to" in capsys.readouterr().err
    document, _ = validated(out.read_text(encoding="utf-8"))
    goals = {g["identifier"][0]["value"]: g for g in resources(document, "Goal")}
    assert goals["o1"]["achievementStatus"]["coding"][0]["code"] == "achieved"
    assert goals["o2"]["achievementStatus"]["coding"][0]["code"] == "in-progress"
    assert goals["o1"]["statusDate"] == "2026-06-30"
    again = ["export", str(plan_file), "--format", "fhir", "--output", str(out)]
    assert main([*again, "--version", "7", "--force"]) == 2
    assert "no version 7. Its versions are: 1" in capsys.readouterr().err
    assert main(again) == 2  # the file is there: only with --force
    assert main([*again, "--force"]) == 0


def test_review_pdf_in_welsh(
    plan_file: Path, env: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "translations"
    folder.mkdir()
    use_translations(env, folder, {
        ("ReviewPdf", "Review of my plan"): "Adolygiad o’m cynllun",
        ("Month", "June"): "Mehefin",
    })  # fmt: skip
    done, _waiting = _two_reviews(plan_file)
    out = tmp_path / "adolygiad.pdf"
    assert main(["review", "pdf", str(plan_file), str(done), "--output", str(out),
                 "--language", "cy"]) == 0  # fmt: skip
    text = PdfReader(out).pages[0].extract_text() or ""
    assert "Adolygiad o’m cynllun" in text and "30 Mehefin 2026" in text
    assert "Review of my plan" not in text
