"""The pages of "Start a review": who is taking part, each outcome in turn, what should change,
then a check before finishing.

Each page shows part of the review and puts what is on screen back into it
(:meth:`StepPage.update_review`); typing that cannot be read (a date like "31/02/2027") is
written beside its field and the value saved before is kept, so nothing else is held back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.review import (
    CHOOSABLE_STATUSES,
    MAX_MONTHS_BETWEEN_REVIEWS,
    Decision,
    OutcomeReview,
    Review,
    decision_label,
    rating_text,
    status_label,
)
from ...domain.schedule import add_months, format_date
from ...domain.text import translate
from ...services.review_steps import OutcomeStep
from ..fields import Field, FieldEditor
from ..theme import set_role
from .choices import ChoiceGroup
from .money_words import figure_words, spending_words
from .participants import EnterAdds, ParticipantsPicker
from .rating import RatingScale


class StepPage(QScrollArea):
    """One page of the walk: a heading, then its own content, scrolling when it is long."""

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body = QWidget(self)
        self.layout_ = QVBoxLayout(self.body)
        self.layout_.setContentsMargins(20, 12, 20, 20)
        self.layout_.setSpacing(10)
        self.heading = QLabel(heading, self.body)
        self.heading.setWordWrap(True)
        set_role(self.heading, "heading")
        self.layout_.addWidget(self.heading)
        self.setWidget(self.body)

    def step_title(self) -> str:
        """The page's name in the list of steps."""
        return self.heading.text()

    def label(self, text: str, role: str = "") -> QLabel:
        label = QLabel(text, self.body)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if role:
            set_role(label, role)
        self.layout_.addWidget(label)
        return label

    def finish_layout(self) -> None:
        self.layout_.addStretch(1)

    # what every page does
    def load(self, review: Review) -> None:
        """Show ``review`` (what was saved)."""

    def update_review(self, review: Review) -> Review:
        """``review`` with what this page shows put in (bad input keeps the saved value)."""
        return review

    def is_done(self, review: Review) -> bool:
        """Whether nothing is missing on this page."""
        return True

    def bad_input(self) -> QWidget | None:
        """The field holding typing that cannot be read, if any."""
        return None

    def focus_first(self) -> None:
        """Put the keyboard on the page's first question."""


def _editor(spec: Field, parent: QWidget) -> FieldEditor:
    return FieldEditor(spec, parent)


class AboutPage(StepPage):
    """The date of the review and who is taking part."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ReviewsUi", "Who is taking part"), parent)
        self.label(
            translate(
                "ReviewsUi",
                "A review looks at each of your outcomes in turn. How far has it come? What is "
                "working, and what is not? You can stop at any time. Everything is saved, and you "
                "can carry on later.",
            ),
            "note",
        )
        self.date = _editor(
            Field("review_date", translate("ReviewsUi", "Date of the review"), "date",
                  example=translate("ReviewsUi", "Day/month/year, like 30/06/2027")),
            self.body,
        )  # fmt: skip
        self.layout_.addWidget(self.date.box)
        self.people = ParticipantsPicker(self.body)
        self.layout_.addWidget(self.people)
        self.finish_layout()

    def load(self, review: Review, choices: tuple[Any, ...] = ()) -> None:
        self.date.set_value(review.review_date)
        self.people.fill(choices, review.participants)

    def update_review(self, review: Review) -> Review:
        if self.people.typed():  # a name typed but not added yet is kept, not lost
            self.people.add_typed()
        ok, when = self.date.checked_value()
        if ok and when is None:
            self.date.show_problem(translate("ReviewsUi", "Write the date of the review."))
            ok = False
        return replace(
            review,
            review_date=when if ok else review.review_date,
            participants=self.people.chosen(),
        )

    def is_done(self, review: Review) -> bool:
        return review.review_date is not None and any(p.name.strip() for p in review.participants)

    def bad_input(self) -> QWidget | None:
        return self.date.widget if self.date.error.isVisible() else None

    def focus_first(self) -> None:
        self.date.widget.setFocus(Qt.FocusReason.OtherFocusReason)


class OutcomePage(StepPage):
    """One outcome: what helps decide, then the rating, what is working and not, the evidence,
    and what happens to it next."""

    remove_requested = Signal(str)  # the id of a new outcome to take out of the review

    def __init__(self, step: OutcomeStep, parent: QWidget | None = None) -> None:
        item = step.item
        super().__init__(
            translate("ReviewsUi", "Outcome {number} of {total}").format(
                number=step.index + 1, total=step.total
            ),
            parent,
        )
        self.step = step
        self.ref = item.outcome_ref
        self.title_editor: FieldEditor | None = None
        if item.added:
            self.label(
                translate("ReviewsUi", "A new outcome, written down at this review."), "note"
            )
            self.title_editor = _editor(
                Field("title", translate("ReviewsUi", "What I want to achieve")), self.body
            )
            self.layout_.addWidget(self.title_editor.box)
        else:
            self.name = self.label(item.title or translate("ReviewsUi", "(no title)"), "subheading")
            self._about_outcome(step)
        self._earlier(step)
        self._money(step)
        self.rating = RatingScale(
            translate("ReviewsUi", "How far has it come? From 0 to 10."), self.body
        )
        self.layout_.addWidget(self.rating)
        self.working = self._long(
            translate("ReviewsUi", "What is working?"),
            translate("ReviewsUi", "For example: I walk to the corner shop on my own now."),
        )
        self.not_working = self._long(
            translate("ReviewsUi", "What is not working?"),
            translate("ReviewsUi", "For example: the hill is still too steep."),
        )
        self.evidence = self._long(
            translate("ReviewsUi", "How do we know? (evidence)"),
            translate("ReviewsUi", "For example: my diary, my physiotherapist’s notes."),
            lines=2,
        )
        self.status: ChoiceGroup | None = None
        if item.added:
            self.label(translate("ReviewsUi", "What happens next: it is added to my plan."))
            remove = QPushButton(
                translate("ReviewsUi", "Take this new outcome out of the review"), self.body
            )
            remove.clicked.connect(lambda: self.remove_requested.emit(self.ref))
            self.layout_.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            self.status = ChoiceGroup(
                translate("ReviewsUi", "What happens to it next?"),
                [(status, status_label(status)) for status in CHOOSABLE_STATUSES],
                self.body,
            )
            self.layout_.addWidget(self.status)
        self.finish_layout()

    def step_title(self) -> str:
        item = self.step.item
        return item.title or translate("ReviewsUi", "A new outcome")

    def _long(self, label: str, example: str, lines: int = 3) -> FieldEditor:
        editor = _editor(Field("text", label, "long", example=example, lines=lines), self.body)
        self.layout_.addWidget(editor.box)
        return editor

    def _about_outcome(self, step: OutcomeStep) -> None:
        outcome = step.outcome
        if outcome is None:
            self.label(translate("ReviewsUi", "This outcome is no longer in the plan."), "note")
            return
        if outcome.why_it_matters.strip():
            self.label(translate("ReviewsUi", "Why it matters: {text}").format(
                text=outcome.why_it_matters.strip()))  # fmt: skip
        if outcome.success_looks_like.strip():
            self.label(translate("ReviewsUi", "How we will know: {text}").format(
                text=outcome.success_looks_like.strip()))  # fmt: skip

    def _earlier(self, step: OutcomeStep) -> None:
        self.label(translate("ReviewsUi", "Earlier reviews"), "subheading")
        if not step.earlier:
            self.earlier = self.label(
                translate("ReviewsUi", "This is the first review of this outcome.")
            )
            return
        lines = []
        for point in step.earlier:
            words = translate("ReviewsUi", "{date}: {rating}.").format(
                date=format_date(point.review_date), rating=rating_text(point.rating)
            )
            if point.status is not None:
                words += " " + translate("ReviewsUi", "Next: {status}.").format(
                    status=status_label(point.status)
                )
            lines.append("• " + words)
        self.earlier = self.label("\n".join(lines))

    def _money(self, step: OutcomeStep) -> None:
        self.label(translate("ReviewsUi", "The money spent on it"), "subheading")
        lines = []
        if step.spending is not None:
            lines.append(figure_words(step.spending))
        if step.spent_since_last is not None:
            lines.append(
                translate("ReviewsUi", "Spent on it since the last review: {amount}.").format(
                    amount=step.spent_since_last.format()
                )
            )
        if not lines:
            lines.append(translate("ReviewsUi", "No spending is recorded for this outcome."))
        self.money = self.label("\n".join(lines))

    def load(self, review: Review) -> None:
        item = review.outcome(self.ref) or self.step.item
        if self.title_editor is not None:
            self.title_editor.set_value(item.title)
        self.rating.set_value(item.rating)
        self.working.set_value(item.working)
        self.not_working.set_value(item.not_working)
        self.evidence.set_value(item.evidence)
        if self.status is not None:
            self.status.set_value(item.new_status)

    def item(self, base: OutcomeReview) -> OutcomeReview:
        """``base`` with what the page shows."""
        item = replace(
            base,
            rating=self.rating.value(),
            working=self.working.value(),
            not_working=self.not_working.value(),
            evidence=self.evidence.value(),
        )
        if self.title_editor is not None:
            item = replace(item, title=str(self.title_editor.value()))
        if self.status is not None:
            item = replace(item, new_status=self.status.value())
        return item

    def update_review(self, review: Review) -> Review:
        base = review.outcome(self.ref)
        if base is None:
            return review
        mine = self.item(base)
        return replace(
            review,
            outcomes=tuple(mine if o.outcome_ref == self.ref else o for o in review.outcomes),
        )

    def is_done(self, review: Review) -> bool:
        item = review.outcome(self.ref)
        if item is None:
            return True
        if item.added:
            return bool(item.title.strip())
        return item.done

    def focus_first(self) -> None:
        target = self.title_editor.widget if self.title_editor else self.rating.slider
        target.setFocus(Qt.FocusReason.OtherFocusReason)


class OverallPage(StepPage):
    """What should change overall, new outcomes, the decision and the next review."""

    add_requested = Signal(str)  # the title of a new outcome

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ReviewsUi", "What should change"), parent)
        self.overall = _editor(
            Field("overall", translate("ReviewsUi", "What should change, overall?"), "long",
                  example=translate("ReviewsUi", "For example: more swimming, fewer taxis."),
                  lines=4),
            self.body,
        )  # fmt: skip
        self.layout_.addWidget(self.overall.box)
        self.label(translate("ReviewsUi", "Something new to work towards"), "subheading")
        new_label = QLabel(translate("ReviewsUi", "A new outcome (optional)"), self.body)
        new_label.setWordWrap(True)
        self.layout_.addWidget(new_label)
        row = QHBoxLayout()
        self.new_title = QLineEdit(self.body)
        self.new_title.setAccessibleName(translate("ReviewsUi", "A new outcome"))
        self.new_title.setPlaceholderText(translate("ReviewsUi", "For example: Join a choir"))
        new_label.setBuddy(self.new_title)
        self._enter = EnterAdds(self.new_title, self._add)
        row.addWidget(self.new_title, 1)
        self.add = QPushButton(translate("ReviewsUi", "Add it to the review"), self.body)
        self.add.clicked.connect(self._add)
        row.addWidget(self.add)
        self.layout_.addLayout(row)
        self.decision = ChoiceGroup(
            translate("ReviewsUi", "What did the review decide?"),
            [(d, decision_label(d)) for d in Decision],
            self.body,
        )
        self.layout_.addWidget(self.decision)
        self.next_review = _editor(
            Field("next_review", translate("ReviewsUi", "Date of the next review"), "date",
                  example=translate("ReviewsUi", "Day/month/year, like 30/06/2028")),
            self.body,
        )  # fmt: skip
        self.layout_.addWidget(self.next_review.box)
        self.rule = self.label("", "note")
        self.label(translate("ReviewsUi", "The money so far"), "subheading")
        self.money = self.label("")
        self.finish_layout()

    def _add(self) -> None:
        title = self.new_title.text().strip()
        if title:
            self.add_requested.emit(title)

    def load(self, review: Review) -> None:
        self.overall.set_value(review.overall)
        self.decision.set_value(review.decision)
        self.next_review.set_value(review.next_review)
        self.new_title.clear()
        self._show_rule(review)
        self.money.setText(spending_words(review))

    def _show_rule(self, review: Review) -> None:
        if review.review_date is None:
            self.rule.setText("")
            return
        latest = add_months(review.review_date, MAX_MONTHS_BETWEEN_REVIEWS)
        self.rule.setText(
            translate(
                "ReviewsUi", "The next review must be within 12 months: by {date} at the latest."
            ).format(date=format_date(latest))
        )

    def update_review(self, review: Review) -> Review:
        ok, when = self.next_review.checked_value()
        next_review = when if ok else review.next_review
        if ok and when is not None and review.review_date and when <= review.review_date:
            self.next_review.show_problem(
                translate("ReviewsUi", "The next review must be after this one ({date}).").format(
                    date=format_date(review.review_date)
                )
            )
            next_review = None
        self._show_rule(review)
        return replace(
            review,
            overall=self.overall.value(),
            decision=self.decision.value(),
            next_review=next_review,
        )

    def is_done(self, review: Review) -> bool:
        return review.decision is not None and review.next_review is not None

    def bad_input(self) -> QWidget | None:
        return self.next_review.widget if self.next_review.error.isVisible() else None

    def focus_first(self) -> None:
        self.overall.widget.setFocus(Qt.FocusReason.OtherFocusReason)


class FinishPage(StepPage):
    """A last look: what is still missing, in plain words, before "Finish the review"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ReviewsUi", "Check and finish"), parent)
        self.intro = self.label("", "subheading")
        self.points = self.label("")
        self.go_first = QPushButton(
            translate("ReviewsUi", "Go to the first thing still to do"), self.body
        )
        self.layout_.addWidget(self.go_first, 0, Qt.AlignmentFlag.AlignLeft)
        self.after = self.label(
            translate(
                "ReviewsUi",
                "Once finished, the review cannot be changed. You can then make a new version "
                "of your plan from it, and save it as a PDF to sign.",
            ),
            "note",
        )
        self.finish_layout()

    def show_points(self, points: Sequence[str], *, tried: bool = False) -> None:
        """List what is missing (``tried``: after pressing Finish)."""
        if not points:
            self.intro.setText(
                translate("ReviewsUi", "Everything is filled in. Press “Finish the review”.")
            )
            self.points.setText("")
            self.points.hide()
            self.go_first.hide()
            return
        if tried:
            intro = translate(
                "ReviewsUi", "The review is not finished yet. These are still missing:"
            )
        else:
            intro = translate("ReviewsUi", "Before you can finish, these are still missing:")
        self.intro.setText(intro)
        self.points.setText("\n".join(f"• {point}" for point in points))
        self.points.show()
        self.go_first.show()

    def step_title(self) -> str:
        return self.heading.text()
