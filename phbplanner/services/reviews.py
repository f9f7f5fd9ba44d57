"""Reviews of an open plan (SPEC §2 step 7, issue 15): start, walk, resume, finish, and use.

:class:`Reviews` is what the window's review pages and the ``review`` commands call. Every change
is one transaction on the file with a history row (``PlanSession.writing``), then one
``Changes.of(Change.REVIEWS)``; a review is always stored whole, so one left half done resumes
exactly where it was. The rules — what a review needs before it can be finished, when the next one
is due, what a review changes in the plan — are the domain's (``domain.review``,
``review_due``, ``review_plan``, ``review_progress``); this module reads and writes, and fills in
what only the file knows: who is in the circle, the spending records, the earlier reviews.

- **Start** a review (:meth:`Reviews.start`): every open outcome to look at, who took part, and
  the spending picture as of the review date from the spending records, where there are any.
- **Walk** it (:meth:`Reviews.steps`): each outcome with its earlier ratings and what was spent
  on it; :meth:`~Reviews.update_outcome`, :meth:`~Reviews.add_outcome`, :meth:`~Reviews.save`;
  :meth:`~Reviews.list_all` and :meth:`~Reviews.get` read them back.
- **Resume** (:meth:`Reviews.resume`) at the first outcome still to do; **finish**
  (:meth:`Reviews.finish`) with every missing point listed in plain words.
- **Use** it: :meth:`~Reviews.make_new_version` (plan edits in one undoable step),
  :meth:`~Reviews.progress` (the chart and its table), :meth:`~Reviews.due`,
  :meth:`~Reviews.fhir_statuses`, :meth:`~Reviews.write_pdf`, :meth:`~Reviews.to_part` /
  :meth:`~Reviews.load_part` (the interchange part).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from ..domain.errors import PHBError
from ..domain.plan import Plan
from ..domain.review import (
    OutcomeReview,
    Participant,
    Review,
    ReviewError,
    ReviewState,
    ReviewStatus,
    add_new_outcome,
    finish,
    latest_statuses,
    participant_choices,
    progress_words,
    remove_new_outcome,
    start_review,
    still_to_do,
    update_outcome,
)
from ..domain.review_due import ReviewDue, due_line, in_progress_line, review_due
from ..domain.review_progress import (
    LineMonthSpend,
    OutcomeProgress,
    outcome_progress,
)
from ..domain.schedule import format_date
from ..domain.text import translate
from ..interchange.fhir import OutcomeReview as FhirOutcomeReview
from ..interchange.fhir import ReviewedStatus
from ..interchange.plan_json import PlanFormatError
from ..interchange.reviews_json import parse_review, parse_reviews_part, review_document
from ..interchange.reviews_json import reviews_part as part_of
from ..storage import review_rows as rows
from .changes import Change, Changes
from .review_files import spending_picture, write_review_pdf
from .review_steps import OutcomeStep, Resumed, date_words, outcome_steps
from .review_version import NewVersion, preview_new_version
from .session import PlanSession

__all__ = ["NewVersion", "OutcomeStep", "Resumed", "ReviewError", "Reviews", "fhir_statuses"]

_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


class ReviewNotFoundError(PHBError):
    """There is no review with the id asked for."""

    exit_code = 1


def _now() -> datetime:
    return datetime.now(UTC)


def _spending_rows(conn: Any) -> list[LineMonthSpend]:
    # read tolerantly: a month that is not one is left out rather than stopping the chart
    return [row for row in rows.line_month_spending(conn) if _MONTH.match(row[1] or "")]


class Reviews:
    """The reviews of one open plan (one per :class:`PlanSession`)."""

    def __init__(self, session: PlanSession) -> None:
        self.session = session

    # -- reading ----------------------------------------------------------------------------------
    def list_all(self) -> list[Review]:
        """Every review, newest first (one being started, with no date yet, first)."""
        with self.session.reading() as conn:
            return rows.list_reviews(conn)

    def _held(self) -> list[Review]:
        """Every review without its spending picture (what ratings and dates need)."""
        with self.session.reading() as conn:
            return rows.list_reviews(conn, spending=False)

    def get(self, review_id: int) -> Review:
        """The review with this id; :class:`ReviewNotFoundError` with a plain message if none."""
        with self.session.reading() as conn:
            review = rows.get_review(conn, review_id)
        if review is None:
            raise ReviewNotFoundError(
                translate("Reviews", "There is no review number {id} in this plan.").format(
                    id=review_id
                )
            )
        return review

    def in_progress(self) -> Review | None:
        """The review left half done, if there is one (the newest, should there be several)."""
        waiting = [r.id for r in self._held() if r.state is ReviewState.IN_PROGRESS]
        return self.get(waiting[0]) if waiting and waiting[0] is not None else None

    def participant_choices(self) -> tuple[Participant, ...]:
        """Who a review can pick: the person, the care coordinator and the relationship circle."""
        return participant_choices(self.session.plan)

    def resume(self, review_id: int | None = None) -> Resumed:
        """Carry on with a review left half done (the newest one unless ``review_id`` is given):
        it, and the first outcome still to do."""
        review = self.in_progress() if review_id is None else self.get(review_id)
        if review is None:
            raise ReviewError([translate("Reviews", "There is no unfinished review to carry on.")])
        if review.is_finished:
            raise ReviewError(
                [translate("Review", "This review is finished, so it cannot be changed.")]
            )
        left = still_to_do(review)
        index = review.outcomes.index(left[0]) if left else None
        return Resumed(review, index, progress_words(review))

    def steps(self, review_id: int) -> tuple[OutcomeStep, ...]:
        """Each outcome of the review in order, with its earlier ratings (finished reviews held
        before it) and what was spent on it — the pages of "Start a review"."""
        review = self.get(review_id)
        with self.session.reading() as conn:
            others = rows.list_reviews(conn, spending=False)
            spending = _spending_rows(conn)
        return outcome_steps(self.session.plan, review, others, spending)

    def latest_statuses(self) -> dict[str, tuple[date, ReviewStatus]]:
        """Each outcome's status at the latest finished review that looked at it, and its date."""
        return latest_statuses(self._held())

    def fhir_statuses(self) -> dict[str, FhirOutcomeReview]:
        """What the FHIR export needs for ``Goal.achievementStatus``: each outcome's latest
        finished review status (outcomes taken off the plan or new at it say nothing about
        progress, so they are left out)."""
        found: dict[str, FhirOutcomeReview] = {}
        for ref, (when, status) in self.latest_statuses().items():
            try:
                found[ref] = FhirOutcomeReview(when, ReviewedStatus(status.value))
            except ValueError:  # dropped, added
                continue
        return found

    def progress(self) -> tuple[OutcomeProgress, ...]:
        """Each outcome's ratings across the finished reviews and the spending on it by month
        over the same time (SQL aggregates by line and month) — the chart and its table."""
        with self.session.reading() as conn:
            held = rows.list_reviews(conn, spending=False)
            spending = _spending_rows(conn)
        return outcome_progress(self.session.plan, held, spending)

    def due(self, today: date | None = None) -> ReviewDue:
        """When the next review is due, and how that stands today."""
        plan = self.session.plan
        return review_due(
            plan.reviews, plan.budget.period_start, self._held(), today or date.today()
        )

    def due_lines(self, today: date | None = None) -> tuple[str, ...]:
        """The calm sentences for the start of the window: when the next review is due, and a
        review left half done, if there is one."""
        held = self._held()
        plan = self.session.plan
        lines = [
            due_line(
                review_due(plan.reviews, plan.budget.period_start, held, today or date.today())
            )
        ]
        waiting = in_progress_line(held)
        if waiting:
            lines.append(waiting)
        return tuple(lines)

    # -- changing ---------------------------------------------------------------------------------
    def start(
        self,
        *,
        on: date | None = None,
        participants: Iterable[Participant | str] | None = None,
        recorded_by: str | None = None,
        now: datetime | None = None,
    ) -> Review:
        """Start and save a review of the current plan held ``on`` a date (today by default).

        Every open outcome is listed to look at. ``participants`` are people (or relationship
        circle ids, picked from :meth:`participant_choices`); without them, the person whose plan
        it is. The spending picture is filled from the spending records as of the review date,
        where there are any. Refused while another review is still unfinished.
        """
        waiting = self.in_progress()
        if waiting is not None:
            raise ReviewError([_waiting_words(waiting)])
        plan = self.session.plan
        on = on or date.today()
        chosen = self._participants(plan, participants)
        review = start_review(
            plan,
            on=on,
            started=now or _now(),
            plan_version=self.session.version.number,
            recorded_by=self.session.author if recorded_by is None else recorded_by,
        )
        review = replace(review, participants=chosen, spending=spending_picture(self.session, on))
        _check_storable(review)
        what = translate("ReviewHistory", "Started a review ({date})").format(date=format_date(on))
        with self.session.writing(what) as conn:
            review_id = rows.insert_review(conn, review)
        self._changed()
        return replace(review, id=review_id)

    def _participants(
        self, plan: Plan, given: Iterable[Participant | str] | None
    ) -> tuple[Participant, ...]:
        choices = participant_choices(plan)
        if given is None:
            return choices[:1] if plan.person.name.strip() else ()
        by_ref = {p.person_ref: p for p in choices if p.person_ref}
        found: list[Participant] = []
        for item in given:
            if isinstance(item, Participant):
                found.append(item)
            elif item in by_ref:
                found.append(by_ref[item])
            else:
                raise ReviewError(
                    [
                        translate(
                            "Reviews",
                            "There is no one with the id {ref} in the relationship circle.",
                        ).format(ref=item)
                    ]
                )
        return tuple(found)

    def _open(self, review_id: int | None) -> Review:
        if review_id is None:
            raise ReviewError([translate("Reviews", "Save the review before changing it.")])
        stored = self.get(review_id)
        if stored.is_finished:
            raise ReviewError(
                [translate("Review", "This review is finished, so it cannot be changed.")]
            )
        return stored

    def save(self, review: Review) -> Review:
        """Save the whole of a review being done (every outcome, who took part, the decision…).

        When its date has changed, the spending picture is worked out again for the new date.
        Refused for a finished review (finish with :meth:`finish`) and for what the file could
        not give back (a text too long, an outcome twice).
        """
        stored = self._open(review.id)
        if review.is_finished:
            raise ReviewError(
                [translate("Reviews", "Use Finish to finish a review; it was not saved.")]
            )
        if review.review_date != stored.review_date and review.review_date is not None:
            review = replace(review, spending=spending_picture(self.session, review.review_date))
        _check_storable(review)
        what = translate("ReviewHistory", "Saved the review ({date})").format(
            date=date_words(review)
        )
        with self.session.writing(what) as conn:
            if not rows.update_review(conn, review):
                raise ReviewError(
                    [translate("Review", "This review is finished, so it cannot be changed.")]
                )
        self._changed()
        return review

    def update_outcome(self, review_id: int, item: OutcomeReview) -> Review:
        """Save what the review found for one outcome (the rest of the review as stored)."""
        return self.save(update_outcome(self._open(review_id), item))

    def add_outcome(self, review_id: int, title: str) -> Review:
        """Write down a new outcome at the review (its id free in the plan and every review)."""
        review = self._open(review_id)
        if not title.strip():
            raise ReviewError([translate("Review", "Give the new outcome a title.")])
        with self.session.reading() as conn:
            used = rows.outcome_refs_used(conn)
        return self.save(add_new_outcome(review, title, self.session.plan, used))

    def remove_outcome(self, review_id: int, outcome_ref: str) -> Review:
        """Take out an outcome written down at this review (the plan's own stay)."""
        return self.save(remove_new_outcome(self._open(review_id), outcome_ref))

    def refresh_spending(self, review_id: int) -> Review:
        """Work out the spending picture again, as of the review date, from the records now."""
        review = self._open(review_id)
        picture = spending_picture(self.session, review.review_date or date.today())
        return self.save(replace(review, spending=picture))

    def finish(
        self, review_id: int, *, when: datetime | None = None, today: date | None = None
    ) -> Review:
        """Finish a review: checked (:class:`ReviewError` lists every missing point in plain
        words), then frozen. Nothing is saved when something is missing."""
        review = finish(self._open(review_id), when=when or _now(), today=today or date.today())
        what = translate("ReviewHistory", "Finished the review ({date})").format(
            date=date_words(review)
        )
        with self.session.writing(what) as conn:
            if not rows.finish_review(conn, review):
                raise ReviewError(
                    [translate("Review", "This review is finished, so it cannot be changed.")]
                )
        self._changed()
        return review

    def delete(self, review_id: int) -> None:
        """Delete a review that is not finished (a finished one is kept for ever)."""
        review = self._open(review_id)
        what = translate("ReviewHistory", "Deleted an unfinished review ({date})").format(
            date=date_words(review)
        )
        with self.session.writing(what) as conn:
            if not rows.delete_review(conn, review_id):
                raise ReviewError(
                    [translate("Review", "This review is finished, so it cannot be changed.")]
                )
        self._changed()

    # -- a new plan version -------------------------------------------------------------------
    def new_version_preview(self, review_id: int) -> NewVersion:
        """What "Make a new plan version from this review" would do, without doing it: the
        edits, the new plan, the follow-ups and the difference from the version reviewed."""
        return preview_new_version(self.session, self.get(review_id))

    def make_new_version(self, review_id: int) -> NewVersion:
        """Carry a finished review's changes into the plan in one step (``apply_many``: one
        transaction, one history row; after an agreed version this starts a new draft).

        Returns the edits and their inverse (the window's undo sends ``inverse`` through
        ``apply_many``) and the difference view's data.
        """
        preview = self.new_version_preview(review_id)
        before_version = self.session.version
        self.session.apply_many(list(preview.edits), description=preview.description)
        after_version = self.session.version
        self._changed()
        return replace(
            preview,
            version=after_version.number,
            new_draft=after_version.number != before_version.number,
        )

    # -- documents and the interchange part ---------------------------------------------------
    def write_pdf(
        self,
        review_id: int,
        out: Path,
        *,
        large_print: bool = False,
        overwrite: bool = False,
        produced: date | None = None,
        progress: Callable[[int, int], None] | None = None,
        language: str | None = None,
    ) -> Path:
        """Write the review's PDF (in ``language``, when not the window's) to ``out`` whole or
        not at all (private to this user), never
        over the plan file or a file that is not a PDF, and over an earlier PDF only with
        ``overwrite`` (the window has asked)."""
        review = self.get(review_id)
        others = [r for r in self._held() if r.id != review.id]  # their ratings
        return write_review_pdf(
            self.session,
            review,
            others,
            Path(out),
            large_print=large_print,
            overwrite=overwrite,
            produced=produced,
            progress=progress,
            language=language,
        )

    def to_part(self) -> list[dict[str, Any]]:
        """Every review as the interchange part ``"reviews_held"`` (oldest first)."""
        return part_of(self.list_all())

    def load_part(self, part: Any) -> list[int]:
        """Store every review of a ``"reviews_held"`` part in one transaction (all or none);
        return their ids in the file. Each keeps its id where it is free here (so its
        fingerprint stays the same), else gets a new one. A part that cannot be read raises the
        plan reader's ``PlanFormatError`` listing every problem, and nothing is stored."""
        reviews = parse_reviews_part(part)
        if not reviews:
            return []
        what = translate("ReviewHistory", "Added reviews from a file ({count})").format(
            count=len(reviews)
        )
        ids: list[int] = []
        with self.session.writing(what) as conn:
            taken = set(rows.review_ids(conn))
            for review in reviews:
                keep = review.id is not None and review.id not in taken
                review_id = rows.insert_review(conn, review, keep_id=keep)
                taken.add(review_id)
                ids.append(review_id)
        self._changed()
        return ids

    # -- events -------------------------------------------------------------------------------
    def _changed(self) -> None:
        self.session.notify(Changes.of(Change.REVIEWS))


def fhir_statuses(session: PlanSession) -> Mapping[str, FhirOutcomeReview]:
    """The latest review statuses of an open plan for ``export_plan_fhir(...,
    latest_reviews=...)`` (what ``export FILE --format fhir`` passes)."""
    return Reviews(session).fhir_statuses()


def _waiting_words(review: Review) -> str:
    if review.review_date is not None:
        text = translate(
            "Reviews",
            "The review from {date} is not finished yet. Carry on with it, or delete it, "
            "before starting another.",
        ).format(date=format_date(review.review_date))
    else:
        text = translate(
            "Reviews",
            "A review is not finished yet. Carry on with it, or delete it, before starting "
            "another.",
        )
    return text


def _check_storable(review: Review) -> None:
    """Refuse what the file could not give back through the interchange reader, in words."""
    problems: list[str] = []
    refs = [item.outcome_ref for item in review.outcomes]
    if len(set(refs)) != len(refs):
        problems.append(translate("Reviews", "An outcome is in this review twice."))
    if (
        review.review_date is not None
        and review.next_review is not None
        and review.next_review <= review.review_date
    ):
        problems.append(translate("Review", "The next review must be after this one."))
    if not problems:
        try:
            parse_review(review_document(review))
        except PlanFormatError as error:
            problems.extend(
                translate("Reviews", "This could not be kept: {problem}.").format(problem=str(p))
                for p in error.problems
            )
    if problems:
        raise ReviewError(problems)
