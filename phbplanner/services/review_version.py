"""From a finished review to a new plan version, as plan edits the window can undo.

``domain.review_plan.plan_from_review`` gives the plan the review carries; this module turns the
step from the current plan to that one into :mod:`.edits` (:func:`edits_between`), so the change
goes through ``PlanSession.apply_many`` like any other — one transaction, one history row, one
undo step, and after an agreed version a new draft — and says what the difference view needs
(``domain.diff.diff_plans`` between the version reviewed and the new plan).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..domain.diff import PlanDiff, diff_plans
from ..domain.errors import PHBError
from ..domain.plan import COLLECTIONS, SECTIONS, Plan, ReviewRecord
from ..domain.review import Review, ReviewError
from ..domain.review_plan import ReviewChanges, plan_from_review, review_record
from ..domain.text import translate
from .edits import Edit, MoveItem, PutItem, RemoveItem, SetSection, apply_edit
from .review_steps import date_words
from .session import PlanSession


@dataclass(frozen=True)
class NewVersion:
    """A new plan version made (or about to be made) from a finished review.

    ``edits`` take the plan as it was (``before``) to the new plan (``plan``) in one step;
    ``inverse`` takes it back (what the window's undo sends through ``apply_many``).
    ``diff`` compares the version reviewed (``reviewed_version``, or the plan as it was when that
    version is unknown) with the new plan: every status change, every outcome added or taken
    off, the support lines that lost a link and the review recorded under "Reviewing my plan".
    ``version`` is the number of the version holding the new plan (``None`` until applied) and
    ``new_draft`` whether applying it started a new draft after an agreed version.
    """

    review_id: int
    before: Plan
    plan: Plan
    edits: tuple[Edit, ...]
    inverse: tuple[Edit, ...]
    changes: ReviewChanges
    reviewed_version: int | None
    diff: PlanDiff
    description: str
    version: int | None = None
    new_draft: bool = False

    @property
    def follow_ups(self) -> tuple[str, ...]:
        """What a person should still do by hand in the new draft, in plain words."""
        return self.changes.follow_ups


def _items_edits(collection: str, old: tuple[Any, ...], new: tuple[Any, ...]) -> list[Edit]:
    """Edits taking the list ``old`` to ``new`` (items matched by id): removals, additions and
    replacements, then moves for any item not yet in its place."""
    edits: list[Edit] = []
    new_ids = {item.id for item in new}
    old_by_id = {item.id: item for item in old}
    order = [item.id for item in old]
    for item in old:
        if item.id not in new_ids:
            edits.append(RemoveItem(collection, item.id))
            order.remove(item.id)
    for index, item in enumerate(new):
        if item.id not in old_by_id:
            edits.append(PutItem(collection, item, index))
            order.insert(min(index, len(order)), item.id)
        elif old_by_id[item.id] != item:
            edits.append(PutItem(collection, item))
    for index, item in enumerate(new):
        if order[index] != item.id:
            edits.append(MoveItem(collection, item.id, index))
            order.remove(item.id)
            order.insert(index, item.id)
    return edits


def edits_between(old: Plan, new: Plan) -> tuple[Edit, ...]:
    """The edits that turn ``old`` into ``new``: a section set where it differs, list items
    removed, added, replaced or moved (matched by id). Applying them to ``old`` gives ``new``."""
    edits: list[Edit] = []
    for name in SECTIONS:
        if getattr(old, name) != getattr(new, name):
            edits.append(SetSection(name, getattr(new, name)))
    if old.consent_to_share != new.consent_to_share:
        edits.append(SetSection("consent_to_share", new.consent_to_share))
    for collection in COLLECTIONS:
        before, after = getattr(old, collection), getattr(new, collection)
        if before != after:
            edits.extend(_items_edits(collection, before, after))
    return tuple(edits)


def apply_all(plan: Plan, edits: tuple[Edit, ...]) -> tuple[Plan, tuple[Edit, ...]]:
    """``edits`` applied to ``plan`` in order: the new plan and the edits that undo them all."""
    inverses: list[Edit] = []
    for edit in edits:
        plan, inverse = apply_edit(plan, edit)
        inverses.append(inverse)
    return plan, tuple(reversed(inverses))


def _same_record(a: ReviewRecord, b: ReviewRecord) -> bool:
    return (a.date, a.reviewer, a.working, a.not_working, a.notes) == (
        b.date,
        b.reviewer,
        b.working,
        b.not_working,
        b.notes,
    )


def already_carried(plan: Plan, review: Review) -> bool:
    """Whether ``plan`` already records ``review`` under "Reviewing my plan" (a new version was
    made from it, and not undone)."""
    if review.review_date is None:
        return False
    record = review_record(review, "")
    return any(_same_record(record, held) for held in plan.reviews.records)


def preview_new_version(session: PlanSession, review: Review) -> NewVersion:
    """What making a new plan version from ``review`` would do to the open plan, not done yet.

    Refused (:class:`ReviewError`) for a review not finished, and for one whose changes the plan
    already carries.
    """
    if not review.is_finished or review.id is None:
        raise ReviewError(
            [translate("ReviewPlan", "Only a finished review can make a new plan version.")]
        )
    before = session.plan
    if already_carried(before, review):
        raise ReviewError(
            [
                translate(
                    "Reviews",
                    "The changes from this review are already in the plan (version {version}).",
                ).format(version=session.version.number)
            ]
        )
    changes = plan_from_review(before, review)
    edits = edits_between(before, changes.plan)
    after, inverse = apply_all(before, edits)
    reviewed, number = before, review.plan_version
    if number is not None:
        try:
            reviewed = session.version_plan(number)
        except PHBError:  # a version this file does not hold: compare with the plan as it is
            number = None
    return NewVersion(
        review_id=review.id,
        before=before,
        plan=after,
        edits=edits,
        inverse=inverse,
        changes=changes,
        reviewed_version=number,
        diff=diff_plans(reviewed, after),
        description=translate(
            "ReviewHistory", "Made a new plan version from the review of {date}"
        ).format(date=date_words(review)),
    )
