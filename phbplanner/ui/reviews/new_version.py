""" "Make a new plan version from this review": the change as one step of the window's undo,
and the difference view of what changed.

The dialog first shows what the review would change in the plan (``new_version_preview``: the
difference from the version reviewed, and what will still need doing by hand). "Make the new
version" pushes a :class:`NewVersionCommand` on the window's one undo stack: the services apply
the edits in one transaction (a new draft after an agreed version) and return the edits and
their inverse, which undo and redo send again. The dialog then shows what changed, with
"See every version…" opening the plan's Versions and differences.
"""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.diff import PlanDiff
from ...domain.errors import PHBError
from ...domain.text import translate
from ...services.review_version import NewVersion
from ..controller import Command
from ..costed.feed import feed_for
from ..costed.versions import VersionHistoryDialog, diff_html
from ..flow import FlowLayout
from ..theme import set_role
from .feed import ReviewsFeed
from .sizing import fit_to_screen


class NewVersionCommand(Command):
    """The review's changes put into the plan; undo takes them out again."""

    def __init__(self, feed: ReviewsFeed, review_id: int, text: str) -> None:
        super().__init__(text)
        self.feed = feed
        self.review_id = review_id
        self.made: NewVersion | None = None

    def apply(self) -> None:
        if self.made is None:
            self.made = self.feed.reviews.make_new_version(self.review_id)
        else:  # redo: the same edits again
            self.feed.session.apply_many(list(self.made.edits), description=self.text())

    def revert(self) -> None:
        assert self.made is not None
        self.feed.session.apply_many(
            list(self.made.inverse),
            description=translate("ReviewsUi", "Undid: {what}").format(what=self.text()),
        )


def review_section_lines(diff: PlanDiff) -> list[str]:
    """The changes to the plan's review section in plain words (the general difference view
    would show its fields' names and every record run together)."""
    lines = []
    for change in diff.section_fields.get("reviews", ()):
        if change.field == "interval_months":
            lines.append(
                translate(
                    "ReviewsUi", "Reviews are now every {new} months (they were every {old})."
                ).format(new=change.new, old=change.old)
            )
        elif change.field == "records":
            lines.append(translate("ReviewsUi", "The review is written into the plan’s record."))
        elif change.field == "first_review":
            lines.append(
                translate("ReviewsUi", "The date of the first review: {new}.").format(
                    new=change.new or translate("ReviewsUi", "none")
                )
            )
        else:
            lines.append(f"{change.field.replace('_', ' ')}: “{change.old}” → “{change.new}”")
    return lines


def changes_html(made: NewVersion, title: str) -> str:
    """The difference view, then what is left to do by hand."""
    e = html.escape
    older = made.reviewed_version or made.version or 0
    diff = made.diff
    reviews = review_section_lines(diff) if "reviews" in diff.sections else []
    if reviews:
        fields = {k: v for k, v in diff.section_fields.items() if k != "reviews"}
        diff = replace(
            diff, sections=tuple(k for k in diff.sections if k != "reviews"), section_fields=fields
        )
    if diff.unchanged and reviews:
        out = [f"<h3>{e(title)}</h3>"]
    else:
        out = [diff_html(diff, older, made.version or older, title=title)]
    if reviews:
        out.append(f"<h4>{e(translate('ReviewsUi', 'Reviews'))}</h4><ul>")
        out.extend(f"<li>{e(line)}</li>" for line in reviews)
        out.append("</ul>")
    if made.follow_ups:
        out.append(f"<h4>{e(translate('ReviewsUi', 'Still to do by hand'))}</h4><ul>")
        out.extend(f"<li>{e(item)}</li>" for item in made.follow_ups)
        out.append("</ul>")
    return "".join(out)


class NewVersionDialog(QDialog):
    """What a review changes in the plan; make it (one undo step); then what changed."""

    def __init__(
        self, feed: ReviewsFeed, review_id: int, review_words: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.feed = feed
        self.review_id = review_id
        self.review_words = review_words
        self.made: NewVersion | None = None
        self.setObjectName("review_new_version")
        self.setWindowTitle(translate("ReviewsUi", "Make a new plan version from this review"))
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        set_role(self.heading, "heading")
        layout.addWidget(self.heading)
        self.words = QLabel(self)
        self.words.setWordWrap(True)
        layout.addWidget(self.words)
        self.changes = QTextBrowser(self)
        self.changes.setAccessibleName(translate("ReviewsUi", "What changes in the plan"))
        layout.addWidget(self.changes, 1)
        self.buttons = QWidget(self)
        row = FlowLayout(self.buttons)  # wraps at large text on a small screen
        self.make = QPushButton(translate("ReviewsUi", "Make the new version"), self)
        self.make.setProperty("role", "primary")
        self.make.setDefault(True)
        self.make.clicked.connect(self.make_it)
        self.versions = QPushButton(translate("ReviewsUi", "See every version…"), self)
        self.versions.clicked.connect(self.show_versions)
        self.close_button = QPushButton(translate("ReviewsUi", "Cancel"), self)
        self.close_button.clicked.connect(self.reject)
        for button in (self.make, self.versions, self.close_button):
            row.addWidget(button)
        layout.addWidget(self.buttons)
        self._preview()
        fit_to_screen(self, width_letters=80, height_lines=34)

    def _preview(self) -> None:
        self.heading.setText(translate("ReviewsUi", "A new plan version from this review"))
        try:
            preview = self.feed.reviews.new_version_preview(self.review_id)
        except PHBError as exc:
            self.words.setText(exc.message)
            self.changes.hide()
            self.make.hide()
            self.close_button.setText(translate("ReviewsUi", "Close"))
            return
        self.words.setText(
            translate(
                "ReviewsUi",
                "This puts what the review of {date} decided into your plan. It is one step: "
                "Undo (Ctrl+Z) takes it all back.",
            ).format(date=self.review_words)
        )
        self.changes.setHtml(
            changes_html(preview, translate("ReviewsUi", "What will change in your plan"))
        )

    def make_it(self) -> bool:
        """Make the new version (one step of undo); then show what changed."""
        controller = self.feed.controller
        command = NewVersionCommand(
            self.feed,
            self.review_id,
            translate("ReviewsUi", "Make a new plan version from the review of {date}").format(
                date=self.review_words
            ),
        )
        if not controller.push(command):
            self.words.setText(
                translate("ReviewsUi", "The new version was not made. The plan is as it was.")
            )
            return False
        made = command.made
        assert made is not None
        self.made = made
        if made.new_draft:
            heading = translate(
                "ReviewsUi",
                "Done: version {number} of your plan is a new draft with the review’s changes.",
            )
        else:
            heading = translate(
                "ReviewsUi", "Done: version {number} of your plan now has the review’s changes."
            )
        self.heading.setText(heading.format(number=made.version))
        self.words.setText(
            translate(
                "ReviewsUi",
                "Undo (Ctrl+Z) takes them back. Look through the plan, then agree the new "
                "version when it is ready.",
            )
        )
        if made.reviewed_version is not None and made.reviewed_version != made.version:
            title = translate(
                "ReviewsUi", "From version {a} (the one reviewed) to version {b}"
            ).format(a=made.reviewed_version, b=made.version)
        else:
            title = translate("ReviewsUi", "What changed in your plan")
        self.changes.setHtml(changes_html(made, title))
        self.make.hide()
        self.close_button.setText(translate("ReviewsUi", "Close"))
        self.close_button.setFocus()
        return True

    def show_versions(self) -> None:
        """The plan's Versions and differences (any two versions)."""
        dialog = VersionHistoryDialog(feed_for(self.feed.controller), self)
        fit_to_screen(dialog, width_letters=90, height_lines=40)
        dialog.open()
        self.history: VersionHistoryDialog | None = dialog
