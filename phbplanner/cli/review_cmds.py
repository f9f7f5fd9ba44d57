"""``review``: the reviews kept in a plan file, from the command line (same passphrase rules and
exit codes as every command).

- ``review list FILE [--json]``: each review — its number, date, state, who took part, each
  outcome's rating and what happens to it next, the decision and the next review date;
- ``review pdf FILE REVIEW_ID --output OUT.pdf [--large-print] [--force]``: the review PDF.

``export FILE --format fhir`` (``cli/export_cmds.py``) carries each outcome's latest review
status into the FHIR bundle.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..domain.review import (
    Review,
    decision_label,
    rating_text,
    state_label,
    status_label,
)
from ..domain.schedule import format_date
from ..domain.text import translate
from ..services.review_files import OutputExistsError
from ..services.reviews import ReviewNotFoundError, Reviews
from .output import say, say_json, tell
from .shared import EXIT_OK, UsageError, add_language_option, add_passphrase_options, open_plan


# -- review list ----------------------------------------------------------------------------------
def review_json(review: Review) -> dict[str, Any]:
    """One review as ``review list --json`` prints it."""
    return {
        "id": review.id,
        "date": review.review_date.isoformat() if review.review_date else None,
        "state": review.state.value,
        "plan_version": review.plan_version,
        "participants": [
            {"name": p.name, "role": p.role, "person_ref": p.person_ref}
            for p in review.participants
        ],
        "outcomes": [
            {
                "outcome_ref": item.outcome_ref,
                "title": item.title,
                "rating": item.rating,
                "new_status": item.new_status.value if item.new_status else None,
            }
            for item in review.outcomes
        ],
        "decision": review.decision.value if review.decision else None,
        "next_review": review.next_review.isoformat() if review.next_review else None,
    }


def _review_lines(review: Review) -> list[str]:
    when = (
        format_date(review.review_date)
        if review.review_date
        else translate("ReviewCli", "no date yet")
    )
    head = translate("ReviewCli", "Review {id}: {date}, {state}").format(
        id=review.id, date=when, state=state_label(review.state).lower()
    )
    if review.plan_version is not None:
        head += " " + translate("ReviewCli", "(plan version {version})").format(
            version=review.plan_version
        )
    lines = [head]
    people = ", ".join(
        f"{p.name} ({p.role})" if p.role.strip() else p.name
        for p in review.participants
        if p.name.strip()
    )
    lines.append(
        "  "
        + translate("ReviewCli", "Who took part: {people}").format(
            people=people or translate("ReviewCli", "not written down yet")
        )
    )
    for item in review.outcomes:
        lines.append(
            "  "
            + translate("ReviewCli", "{outcome}: {rating}. Next: {status}").format(
                outcome=item.title or item.outcome_ref,
                rating=rating_text(item.rating),
                status=status_label(item.new_status),
            )
        )
    lines.append(
        "  "
        + translate("ReviewCli", "Decision: {decision}").format(
            decision=decision_label(review.decision)
        )
    )
    lines.append(
        "  "
        + translate("ReviewCli", "Next review: {date}").format(
            date=format_date(review.next_review)
            if review.next_review
            else translate("ReviewCli", "not chosen yet")
        )
    )
    return lines


def run_list(args: argparse.Namespace) -> int:
    with open_plan(args, args.file) as session:
        reviews = Reviews(session).list_all()
    if args.json:
        say_json([review_json(r) for r in reviews])
        return EXIT_OK
    if not reviews:
        say(translate("ReviewCli", "There are no reviews in this plan yet."))
        return EXIT_OK
    blocks = ["\n".join(_review_lines(review)) for review in reviews]
    say("\n\n".join(blocks))
    return EXIT_OK


# -- review pdf -----------------------------------------------------------------------------------
def _review_id(text: str) -> int:
    value = text.strip()
    if not value.isdigit() or int(value) < 1:
        raise UsageError(
            translate(
                "ReviewCli",
                "{value} is not a review number. “phbplanner review list FILE” shows each "
                "review with its number.",
            ).format(value=repr(text))
        )
    return int(value)


def _output(text: str | None, example: str) -> Path:
    if not text:
        raise UsageError(
            translate("ReviewCli", "Say where to write the file with --output, for example {name}.")
            .format(name=example)
        )  # fmt: skip
    return Path(text)


def run_pdf(args: argparse.Namespace) -> int:
    review_id = _review_id(args.review)
    out = _output(args.output, "review.pdf")
    with open_plan(args, args.file) as session:
        reviews = Reviews(session)
        try:
            reviews.get(review_id)
        except ReviewNotFoundError as exc:
            known = ", ".join(str(r.id) for r in reviews.list_all())
            raise UsageError(
                " ".join(
                    (
                        exc.message,
                        translate("ReviewCli", "Its reviews are: {ids}.").format(ids=known)
                        if known
                        else translate("ReviewCli", "It has no reviews yet."),
                    )
                )
            ) from None
        try:
            reviews.write_pdf(review_id, out, large_print=args.large_print, overwrite=args.force)
        except OutputExistsError as exc:
            raise OutputExistsError(
                translate(
                    "ReviewCli",
                    "There is already a PDF called {name}. Choose another name, or add --force "
                    "to replace it.",
                ).format(name=exc.target.name),
                exc.target,
            ) from None
    tell(translate("ReviewCli", "Wrote review {id} to {path}.").format(id=review_id, path=out))
    return EXIT_OK


def register(sub: Any) -> None:
    """Add ``review`` and its commands."""
    review = sub.add_parser("review", help="the reviews of the plan: list them, print one")
    commands = review.add_subparsers(
        dest="review_command", metavar="COMMAND", required=True, parser_class=type(review)
    )

    listing = commands.add_parser("list", help="list the reviews")
    listing.add_argument("file", metavar="FILE")
    listing.add_argument("--json", action="store_true", help="as JSON")
    add_passphrase_options(listing)
    listing.set_defaults(run=run_list)

    pdf = commands.add_parser("pdf", help="write the PDF of one review")
    pdf.add_argument("file", metavar="FILE")
    pdf.add_argument("review", metavar="REVIEW_ID", help="the review's number (see review list)")
    pdf.add_argument("--output", required=True, metavar="OUT.pdf")
    pdf.add_argument("--large-print", action="store_true", help="16 pt text instead of 11 pt")
    pdf.add_argument("--force", action="store_true", help="replace an earlier PDF of that name")
    add_language_option(pdf)
    add_passphrase_options(pdf)
    pdf.set_defaults(run=run_pdf)
