"""What a finished review is used for, from a real encrypted file: a new plan version (undoable),
the FHIR bundle's latest statuses, the interchange part round trip and the review PDF."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from phbplanner.domain.diff import FieldChange
from phbplanner.domain.plan import OutcomeStatus
from phbplanner.domain.review import ReviewError, ReviewStatus
from phbplanner.domain.versions import Agreement
from phbplanner.interchange.fhir import OutcomeReview, ReviewedStatus
from phbplanner.interchange.plan_json import PlanFormatError, plan_document
from phbplanner.interchange.reviews_json import PART, reviews_from_document, with_reviews
from phbplanner.reports.safe_output import OutputError
from phbplanner.services.changes import Change, Changes
from phbplanner.services.fhir_export import export_plan_fhir
from phbplanner.services.files import create_plan_file, open_plan_file
from phbplanner.services.review_files import OutputExistsError, ReviewOutputError
from phbplanner.services.reviews import Reviews, fhir_statuses
from phbplanner.services.session import PlanSession
from tests.interchange.fhir_check import resources, validated
from tests.storage.support import PASS

from .review_support import finished, record_spending

ACHIEVED, IN_PROGRESS = ReviewStatus.ACHIEVED, ReviewStatus.IN_PROGRESS
DROPPED = ReviewStatus.DROPPED


def _agree(session: PlanSession) -> None:
    session.agree(
        Agreement(person_name="Siân Pritchard", agreed_on=date(2026, 3, 25),
                  coordinator_name="Grace Okafor")
    )  # fmt: skip


def _review(reviews: Reviews) -> int:
    """A finished review: o1 achieved, o2 still going, o3 taken off, a new outcome."""
    done = finished(
        reviews,
        date(2026, 6, 30),
        {"o1": ACHIEVED, "o2": IN_PROGRESS, "o3": DROPPED},
        {"o1": 10, "o2": 5, "o3": 1},
        next_review=date(2026, 12, 31),
        new=("Join a choir",),
    )
    assert done.id is not None
    return done.id


def test_a_new_version_from_a_review_starts_a_draft_and_undo_takes_it_back(
    plan_file: Path,
) -> None:
    heard: list[Changes] = []
    with open_plan_file(plan_file, PASS, author="Zoë", backup=False) as session:
        _agree(session)
        reviews = Reviews(session)
        review_id = _review(reviews)
        agreed_plan = session.plan
        session.subscribe(heard.append)
        preview = reviews.new_version_preview(review_id)
        assert session.plan == agreed_plan and session.version.number == 1  # nothing done yet
        made = reviews.make_new_version(review_id)
        assert (made.version, made.new_draft, made.reviewed_version) == (2, True, 1)
        assert made.plan == session.plan == preview.plan
        assert session.versions()[-1].status.value == "draft"
        assert (
            session.history()[0].what == "Made a new plan version from the review of 30 June 2026"
        )
        # the plan carries the review's changes
        status = {o.id: o.status for o in session.plan.outcomes}
        assert status == {"o1": OutcomeStatus.ACHIEVED, "o2": OutcomeStatus.IN_PROGRESS,
                          "o4": OutcomeStatus.PROPOSED}  # fmt: skip
        assert session.plan.reviews.interval_months == 6
        assert not any("o3" in line.outcomes for line in session.plan.support_lines)
        # the difference view: version 1 against the new draft
        outcome_changes = {c.item_id: c for c in made.diff.items if c.collection == "outcomes"}
        assert outcome_changes["o1"].kind == "changed"
        assert outcome_changes["o1"].fields == (FieldChange("status", "agreed", "achieved"),)
        assert outcome_changes["o2"].fields == (FieldChange("status", "agreed", "in progress"),)
        assert (outcome_changes["o3"].kind, outcome_changes["o4"].kind) == ("removed", "added")
        assert "reviews" in made.diff.sections
        lines = {c.item_id for c in made.diff.items if c.collection == "support_lines"}
        assert {"s3", "s6", "s7", "s9", "s10"} <= lines  # each served o3
        assert any("Join a choir" in text for text in made.follow_ups)
        assert [c.kinds for c in heard] == [
            frozenset({Change.PLAN, Change.VERSIONS}),
            frozenset({Change.REVIEWS}),
        ]
        # the same review cannot be carried twice …
        with pytest.raises(ReviewError, match="already in the plan"):
            reviews.make_new_version(review_id)
        # … and undo (the inverse edits through apply_many) puts the plan back as it was
        session.apply_many(list(made.inverse), description="Undo")
        assert session.plan == agreed_plan
        assert reviews.new_version_preview(review_id).plan == made.plan


def test_a_new_version_needs_a_finished_review(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="Zoë", backup=False) as session:
        reviews = Reviews(session)
        review = reviews.start(on=date(2026, 6, 30))
        assert review.id is not None
        before = session.plan
        with pytest.raises(ReviewError, match="Only a finished review"):
            reviews.make_new_version(review.id)
        assert session.plan == before and session.version.number == 1


def test_on_a_draft_the_new_version_changes_the_draft_itself(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="Zoë", backup=False) as session:
        reviews = Reviews(session)
        made = reviews.make_new_version(_review(reviews))
        assert (made.version, made.new_draft) == (1, False)
    with open_plan_file(plan_file, PASS, author="Zoë", backup=False) as session:
        assert session.plan == made.plan  # stored, not only in memory


def test_the_fhir_bundle_carries_the_latest_statuses_and_validates(
    plan_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "plan-fhir.json"
    with open_plan_file(plan_file, PASS, author="Zoë", backup=False) as session:
        reviews = Reviews(session)
        finished(reviews, date(2026, 6, 30), {"o1": IN_PROGRESS}, {"o1": 4})
        _second = finished(
            reviews, date(2026, 9, 30), {"o1": ACHIEVED, "o2": IN_PROGRESS, "o3": DROPPED}, {}
        )
        statuses = fhir_statuses(session)
        assert statuses == {
            "o1": OutcomeReview(date(2026, 9, 30), ReviewedStatus.ACHIEVED),
            "o2": OutcomeReview(date(2026, 9, 30), ReviewedStatus.IN_PROGRESS),
        }  # o3 taken off the plan says nothing about achievement
        assert reviews.latest_statuses()["o3"] == (date(2026, 9, 30), DROPPED)
        export_plan_fhir(session.plan, session.version, out, latest_reviews=statuses)
    document, _bundle = validated(out.read_text(encoding="utf-8"))
    goals = {g["identifier"][0]["value"]: g for g in resources(document, "Goal")}
    assert goals["o1"]["achievementStatus"]["coding"][0]["code"] == "achieved"
    assert goals["o1"]["statusDate"] == "2026-09-30"
    assert goals["o2"]["achievementStatus"]["coding"][0]["code"] == "in-progress"
    assert "statusDate" not in goals["o3"]


def test_the_reviews_part_round_trips_through_a_file(plan_file: Path, tmp_path: Path) -> None:
    exported = tmp_path / "plan.json"
    with open_plan_file(plan_file, PASS, author="Zoë", backup=False) as session:
        reviews = Reviews(session)
        record_spending(session)
        finished(reviews, date(2026, 6, 30), {"o1": IN_PROGRESS}, {"o1": 4},
                 new=("Join a choir",))  # fmt: skip
        waiting = reviews.start(on=date(2026, 9, 30))
        assert waiting.id is not None
        held = reviews.list_all()
        document = with_reviews(plan_document(session.plan), held)
        assert document[PART] == reviews.to_part()
        exported.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    copy = tmp_path / "copy.phbplan"
    read = json.loads(exported.read_text(encoding="utf-8"))
    assert list(reviews_from_document(read)) == sorted(held, key=lambda r: r.id or 0)
    with create_plan_file(copy, PASS, session.plan, author="Zoë") as fresh:
        ids = Reviews(fresh).load_part(read[PART])
        assert sorted(ids) == sorted(r.id for r in held if r.id is not None)  # ids kept
    with open_plan_file(copy, PASS, author="Zoë", backup=False) as reopened:
        again = Reviews(reopened)
        assert again.list_all() == held
        assert again.to_part() == read[PART]
        # loading the part once more: new ids where the old ones are taken, nothing lost
        more = again.load_part(read[PART])
        assert len(set(more) | set(ids)) == 4
        assert len(again.list_all()) == 4


def test_a_bad_part_stores_nothing(plan_file: Path) -> None:
    part = [
        {"id": 1, "review_date": "2026-06-30", "state": "finished", "outcomes": []},
        {"id": 2, "outcomes": [{"outcome_ref": "o1", "rating": 11}]},
    ]
    with open_plan_file(plan_file, PASS, author="Zoë", backup=False) as session:
        reviews = Reviews(session)
        with pytest.raises(PlanFormatError) as caught:
            reviews.load_part(part)
        assert [str(p) for p in caught.value.problems] == [
            "reviews_held[1].outcomes[0].rating: 11 should be from 0 to 10"
        ]
        assert reviews.list_all() == []
        assert reviews.load_part(None) == []


# -- the review PDF ---------------------------------------------------------------------------
def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_the_review_pdf_is_written_privately_and_reads_as_the_review(
    plan_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "review.pdf"
    with open_plan_file(plan_file, PASS, author="Zoë", backup=False) as session:
        reviews = Reviews(session)
        record_spending(session)
        finished(reviews, date(2026, 6, 30), {"o1": IN_PROGRESS}, {"o1": 4})
        second = finished(reviews, date(2026, 9, 30), {"o1": ACHIEVED}, {"o1": 9, "o2": 6})
        assert second.id is not None
        assert reviews.write_pdf(second.id, out, produced=date(2026, 10, 1)) == out
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert not list(tmp_path.glob(".*.part"))
    text = _pdf_text(out)
    for words in ("30 September 2026", "Siân Pritchard", "Walk to the shops on my own",
                  "9 out of 10", "30 June 2026", "4 out of 10", "Nearly there",
                  "Achieved: I have done it", "£150.00"):  # fmt: skip
        assert words in text, words


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
def test_the_review_pdf_renders_to_png(plan_file: Path, tmp_path: Path) -> None:
    """Render the PDF's pages for a person to look at (saved beside the test's files)."""
    out = tmp_path / "review.pdf"
    with open_plan_file(plan_file, PASS, author="Zoë", backup=False) as session:
        reviews = Reviews(session)
        record_spending(session)
        finished(reviews, date(2026, 6, 30), {"o1": IN_PROGRESS}, {"o1": 4, "o2": 5, "o3": 3})
        second = finished(reviews, date(2026, 9, 30), {"o1": ACHIEVED}, {"o1": 9, "o2": 6})
        assert second.id is not None
        reviews.write_pdf(second.id, out, produced=date(2026, 10, 1), large_print=True)
    subprocess.run(["pdftoppm", "-png", "-r", "70", str(out), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == len(PdfReader(out).pages) >= 2
    assert all(page.stat().st_size > 5_000 for page in pages)  # drawn, not blank


def test_the_pdf_never_goes_over_a_plan_or_a_file_that_is_not_a_pdf(
    plan_file: Path, tmp_path: Path
) -> None:
    mine = tmp_path / "notes.pdf"
    mine.write_text("my own notes", encoding="utf-8")
    other_plan = tmp_path / "other.phbplan"
    earlier = tmp_path / "earlier.pdf"
    with open_plan_file(plan_file, PASS, author="Zoë", backup=False) as session:
        reviews = Reviews(session)
        done = finished(reviews, date(2026, 6, 30), {}, {})
        assert done.id is not None
        for target in (plan_file, other_plan, tmp_path / "plan.phbplan-wal"):
            with pytest.raises(ReviewOutputError, match="is a plan file"):
                reviews.write_pdf(done.id, target, overwrite=True)
        with pytest.raises(ReviewOutputError, match="it is not a PDF"):
            reviews.write_pdf(done.id, mine, overwrite=True)
        with pytest.raises(OutputError, match="does not exist"):
            reviews.write_pdf(done.id, tmp_path / "missing" / "review.pdf")
        reviews.write_pdf(done.id, earlier)
        first = earlier.read_bytes()
        with pytest.raises(OutputExistsError, match=r"already a PDF called earlier\.pdf"):
            reviews.write_pdf(done.id, earlier, large_print=True)
        assert earlier.read_bytes() == first
        reviews.write_pdf(done.id, earlier, large_print=True, overwrite=True)
        assert earlier.read_bytes() != first
    assert mine.read_text(encoding="utf-8") == "my own notes"
    assert not other_plan.exists()
    assert not list(tmp_path.glob(".*.part"))
