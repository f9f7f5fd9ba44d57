"""The reviews held, as table rows and, for the one chosen, what it found in words."""

from __future__ import annotations

import html
from collections.abc import Iterable

from ...domain.review import (
    Review,
    decision_label,
    rating_text,
    state_label,
    status_label,
)
from ...domain.schedule import format_date
from ...domain.text import translate
from ...services.review_steps import date_words
from .participants import participant_words


def who_words(review: Review) -> str:
    """Who took part, in one line ("" when no one is written down)."""
    return ", ".join(p.name.strip() for p in review.participants if p.name.strip())


def held_rows(reviews: Iterable[Review]) -> list[list[str]]:
    """Date, state, who took part, decision, next review — one row per review, newest first."""
    return [
        [
            date_words(review),
            state_label(review.state),
            who_words(review) or translate("ReviewsUi", "Not written down yet"),
            decision_label(review.decision),
            format_date(review.next_review) if review.next_review else "",
        ]
        for review in reviews
    ]


def review_html(review: Review) -> str:
    """What ``review`` found, outcome by outcome, as simple HTML (headings and lists)."""
    e = html.escape
    title = translate("ReviewsUi", "The review of {date}").format(date=date_words(review))
    state = state_label(review.state)
    if review.plan_version is not None:
        state = translate(
            "ReviewsUi", "{state}. It looked at version {number} of the plan."
        ).format(state=state, number=review.plan_version)
    out = [f"<h3>{e(title)}</h3>", f"<p>{e(state)}</p>"]
    who = who_words(review)
    if who:
        names = ", ".join(participant_words(p) for p in review.participants if p.name.strip())
        out.append(
            f"<p>{e(translate('ReviewsUi', 'Who took part: {names}').format(names=names))}</p>"
        )
    out.append("<ul>")
    for item in review.outcomes:
        name = item.title.strip() or translate("ReviewsUi", "(no title yet)")
        parts = [
            f"<b>{e(name)}</b>: {e(rating_text(item.rating))}.",
            e(
                translate("ReviewsUi", "Next: {status}.").format(
                    status=status_label(item.new_status)
                )
            ),
        ]
        for label, text in (
            (translate("ReviewsUi", "Working:"), item.working),
            (translate("ReviewsUi", "Not working:"), item.not_working),
            (translate("ReviewsUi", "Evidence:"), item.evidence),
        ):
            if text.strip():
                parts.append(f"<br>{e(label)} {e(text.strip())}")
        out.append(f"<li>{' '.join(parts)}</li>")
    out.append("</ul>")
    sentences = [
        translate("ReviewsUi", "Decision: {decision}.").format(
            decision=decision_label(review.decision)
        )
    ]
    if review.overall.strip():
        sentences.append(
            translate("ReviewsUi", "What should change: {text}").format(text=review.overall.strip())
        )
    if review.next_review is not None:
        sentences.append(
            translate("ReviewsUi", "Next review: {date}.").format(
                date=format_date(review.next_review)
            )
        )
    out.extend(f"<p>{e(sentence)}</p>" for sentence in sentences)
    return "".join(out)
