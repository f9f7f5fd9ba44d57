"""The reviews part of the interchange JSON: round trip, exact error paths, the schema."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from phbplanner.domain.money import Money
from phbplanner.domain.review import (
    OutcomeReview,
    Participant,
    Review,
    ReviewStatus,
    SpendingFigure,
    SpendingPicture,
)
from phbplanner.interchange.plan_json import PlanFormatError, plan_document, plan_fingerprint
from phbplanner.interchange.reviews_json import (
    PART,
    dumps_review,
    parse_review,
    parse_reviews_part,
    review_document,
    review_fingerprint,
    reviews_from_document,
    reviews_part,
    with_reviews,
)

from ..domain.reviews import finished_review, three_outcome_plan

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "resources" / "schema" / "reviews-part.schema.json").read_text())


def unicode_review() -> Review:
    """A finished review with names a narrow font or encoding would mangle, and a new outcome."""
    review = finished_review(
        added=(OutcomeReview("o4", "Canu yn y côr", 1, new_status=ReviewStatus.ADDED),)
    )
    return replace(
        review,
        participants=(
            Participant("Siân Williams", "Me"),
            Participant("Łukasz Nowak", "PA", "p3"),
            Participant("Nguyễn Thị Minh", ""),
        ),
        started=datetime(2026, 6, 30, 10, 0, tzinfo=timezone(timedelta(hours=1))),
    )


def half_done() -> Review:
    """An in-progress review with most things still empty."""
    return Review(
        id=7,
        review_date=date(2027, 6, 1),
        outcomes=(OutcomeReview("o1", "Walk to the shops"), OutcomeReview("o2", rating=0)),
        started=datetime(2027, 6, 1, 9, 30, tzinfo=UTC),
    )


@pytest.mark.parametrize("review", [unicode_review(), half_done(), Review(id=1)])
def test_a_review_round_trips_through_json_text(review: Review) -> None:
    text = dumps_review(review)
    assert parse_review(json.loads(text)) == review
    assert json.loads(text) == review_document(review)  # every field present, stable
    if review.participants:
        assert "Łukasz Nowak" in text  # written as it is, not \u-escaped


def test_the_part_round_trips_oldest_first_and_validates_against_the_schema() -> None:
    reviews = [half_done(), unicode_review(), Review(id=3)]
    part = reviews_part(reviews)
    assert [item["id"] for item in part] == [1, 7, 3]  # undated last
    jsonschema.validate(part, SCHEMA)
    assert parse_reviews_part(json.loads(json.dumps(part))) == (reviews[1], reviews[0], reviews[2])


def test_amounts_are_exact_decimal_strings() -> None:
    document = review_document(finished_review())
    assert document["spending"]["lines"][1] == {
        "key": "s2",
        "label": "Swimming with my PA",
        "planned": "240.00",
        "spent": "260.50",
    }
    negative = SpendingPicture(lines=(SpendingFigure("s1", "Refunded", Money(0), Money(-1250)),))
    review = replace(finished_review(), spending=negative)
    assert parse_review(review_document(review)).spending == negative


def test_a_plan_document_gains_the_part_without_changing_the_plan_fingerprint() -> None:
    plan = three_outcome_plan()
    document = plan_document(plan)
    combined = with_reviews(document, [finished_review()])
    assert combined[PART] == reviews_part([finished_review()])
    assert PART not in document  # the plan's own document is left as it was
    assert plan_fingerprint(plan) == plan_fingerprint(three_outcome_plan())
    assert reviews_from_document(combined) == (finished_review(),)
    assert reviews_from_document(document) == ()  # an older file: no reviews
    assert PART not in with_reviews(combined, [])


def test_the_review_fingerprint_is_stable_and_follows_the_content() -> None:
    first = review_fingerprint(finished_review())
    assert first == review_fingerprint(finished_review())
    assert len(first) == 64
    assert review_fingerprint(replace(finished_review(), overall="Less swimming.")) != first


def bad_part() -> list[dict[str, Any]]:
    return reviews_part([finished_review(), half_done()])


def json_path(dotted: str) -> str:
    """ "0.outcomes.2.rating" as the reader names it: "reviews_held[0].outcomes[2].rating"."""
    result = PART
    for key in dotted.split("."):
        result += f"[{key}]" if key.isdigit() else f".{key}"
    return result


def problems_of(part: Any) -> list[str]:
    with pytest.raises(PlanFormatError) as caught:
        parse_reviews_part(part)
    return [str(problem) for problem in caught.value.problems]


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("0.outcomes.0.rating", 11, "11 should be from 0 to 10"),
        ("0.outcomes.0.rating", "7", '"7" should be a whole number'),
        ("0.outcomes.1.new_status", "done", '"done" is not one of: achieved, in_progress, changed, '
         "no_longer_wanted, dropped, added"),
        ("0.outcomes.2.outcome_ref", "o1", '"o1" is used by another outcome in this review'),
        ("0.outcomes.2.outcome_ref", None, "is missing"),
        ("0.state", "done", '"done" is not one of: in_progress, finished'),
        ("0.decision", "maybe", '"maybe" is not one of: no_change, change_plan, '
         "change_plan_and_budget"),
        ("0.review_date", "30/06/2026", 'is not a date like "2026-06-30": "30/06/2026"'),
        ("0.review_date", "2026-02-30", '"2026-02-30" is not a real date'),
        ("0.review_date", None, "is missing (the review is finished)"),
        ("0.next_review", "2026-06-30", '"2026-06-30" is not after the review date "2026-06-30"'),
        ("0.started", "2026-06-30", 'is not a time like "2026-06-30T10:15:00+00:00": "2026-06-30"'),
        ("0.spending.lines.0.spent", "12.345", '"12.345" has more than 2 decimal places.'),
        ("0.spending.lines.0.planned", 12, '12 should be an amount in quotes, like "12.50"'),
        ("0.participants.0.name", None, "is missing"),
        ("0.participants.1.person_ref", "p 3", '"p 3" is not an id (letters, digits, _ . - only)'),
        ("0.overall", 5, "should be text in quotes, not 5"),
        ("0.overall", "a\x00b", "contains a NUL character"),
        ("0.plan_version", 0, "0 should be from 1 to 1000000"),
        ("1.id", 1, "1 is used by another review"),
        ("1.outcomes", "o1", 'should be a list, not "o1"'),
        ("1.mood", "happy", "is not a field this version of the format knows"),
    ],
)  # fmt: skip
def test_each_problem_is_named_with_its_exact_path(path: str, value: Any, message: str) -> None:
    part = bad_part()
    target: Any = part
    *parents, last = path.split(".")
    for key in parents:
        target = target[int(key)] if key.isdigit() else target[key]
    target[int(last) if last.isdigit() else last] = value
    assert problems_of(part) == [f"{json_path(path)}: {message}"]


def test_every_problem_is_listed_not_only_the_first() -> None:
    part = bad_part()
    part[0]["outcomes"][0]["rating"] = -1
    part[1]["state"] = "paused"
    part.append(None)  # type: ignore[arg-type]
    part.append({})
    assert problems_of(part) == [
        "reviews_held[0].outcomes[0].rating: -1 should be from 0 to 10",
        'reviews_held[1].state: "paused" is not one of: in_progress, finished',
        "reviews_held[2]: should be a review with named fields, not null",
        "reviews_held[3]: should be a review with named fields, not {}",
    ]
    with pytest.raises(PlanFormatError, match=r"\(and 3 more problems\)"):
        parse_reviews_part(part)


@pytest.mark.parametrize("value", ["reviews", 3, {"id": 1}])
def test_the_part_must_be_a_list(value: Any) -> None:
    assert len(problems_of(value)) == 1
    with pytest.raises(PlanFormatError):
        reviews_from_document({"format": "phbplanner-plan", PART: value})


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("0.outcomes.0.rating", 11),
        ("0.outcomes.0.rating", -1),
        ("0.outcomes.1.new_status", "done"),
        ("0.state", "done"),
        ("0.decision", "maybe"),
        ("0.review_date", "30/06/2026"),
        ("0.spending.lines.0.spent", "12.345"),
        ("0.spending.lines.0.planned", 12),
        ("0.participants.0.name", None),
        ("1.mood", "happy"),
    ],
)
def test_the_schema_refuses_what_it_can_express(path: str, value: Any) -> None:
    part = copy.deepcopy(bad_part())
    jsonschema.validate(part, SCHEMA)
    target: Any = part
    *parents, last = path.split(".")
    for key in parents:
        target = target[int(key)] if key.isdigit() else target[key]
    if value is None:
        del target[last]
    else:
        target[int(last) if last.isdigit() else last] = value
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(part, SCHEMA)
