"""Two example reviews of the example plan, for ``--screenshots`` (made through the services, as
the window would make them): the first review on 30 June 2026 and a second on 30 September
2026, which added a new outcome and set the next review for 31 March 2027."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from ...domain.review import Decision, Participant, Review, ReviewStatus
from ...services.reviews import Reviews

IN_PROGRESS, CHANGED = ReviewStatus.IN_PROGRESS, ReviewStatus.CHANGED

#: What each review found: outcome id → (rating, status, working, not working, evidence).
FOUND: dict[date, dict[str, tuple[int, ReviewStatus, str, str, str]]] = {
    date(2026, 6, 30): {
        "o1": (3, IN_PROGRESS, "I walk to the end of the street with Rhian.",
               "The hill by the shop is too steep on bad days.", "My walking diary"),
        "o2": (5, IN_PROGRESS, "Cleaning help on Tuesdays keeps the flat nice.",
               "Bad days still mean no hot meal.", "Rhian’s notes"),
        "o3": (2, CHANGED, "Painting at the Thursday group.",
               "The pool times do not suit the taxi.", "The group’s register"),
    },
    date(2026, 9, 30): {
        "o1": (6, IN_PROGRESS, "I walk to the corner shop on my own twice a week.",
               "I still need someone for the big shop.", "My walking diary"),
        "o2": (7, IN_PROGRESS, "Meals in the freezer for bad days.", "",
               "Rhian’s notes"),
        "o3": (5, IN_PROGRESS, "Swimming on Saturdays now, with my sister.",
               "The taxi is often late.", "Swimming card"),
    },
}  # fmt: skip
NEXT = {date(2026, 6, 30): date(2026, 9, 30), date(2026, 9, 30): date(2027, 3, 31)}
OVERALL = {
    date(2026, 6, 30): "Walk a little further each month; find a better time for swimming.",
    date(2026, 9, 30): "Keep the walks going; add singing, which I have always wanted to do.",
}


def add_sample_reviews(reviews: Reviews) -> list[Review]:
    """Hold the two example reviews in the open example plan (finished, oldest first)."""
    choices = reviews.participant_choices()
    people = [p for p in choices if p.person_ref in ("", "p1")][:3]
    made = []
    for when, found in FOUND.items():
        at = datetime(when.year, when.month, when.day, 10, 0, tzinfo=UTC)
        review = reviews.start(
            on=when, participants=[*people, Participant("Dr Amir Haddad", "GP")], now=at
        )
        assert review.id is not None
        if when == date(2026, 9, 30):
            review = reviews.add_outcome(review.id, "Sing in a choir")
        outcomes = []
        for item in review.outcomes:
            if item.outcome_ref in found:
                rating, status, working, not_working, evidence = found[item.outcome_ref]
                item = replace(item, rating=rating, new_status=status, working=working,
                               not_working=not_working, evidence=evidence)  # fmt: skip
            outcomes.append(item)
        review = reviews.save(
            replace(
                review,
                outcomes=tuple(outcomes),
                overall=OVERALL[when],
                decision=Decision.CHANGE_PLAN,
                next_review=NEXT[when],
            )
        )
        made.append(reviews.finish(review.id, when=at, today=when))  # type: ignore[arg-type]
    return made
