"""The PA calculator: "Add paid support…" → "A personal assistant I employ".

The person answers a few questions about the PA (name, hourly rate, hours, weeks a year, age,
other employees, pension, the other costs of being an employer); every figure is worked out as
they type, with its working in plain English and the warnings (``pa_results.py``). Saving puts
the PA's support lines in the plan — one group, linked to the same outcomes — with the answers
kept, as one undo step. The same dialog works an existing PA's lines out again ("Recalculate"),
showing what will change first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.employment_plan import PAPlanChange, pa_in_plan
from ...domain.employment_rates import RatesBook
from ...domain.errors import PHBError
from ...domain.text import translate
from ...services.pa_costs import employment_rates
from ...services.pa_plan import new_pa_person, pa_change, pa_change_edits
from ..dialog_size import fit
from ..drafts import DraftDialog
from ..flow import FlowLayout
from ..theme import set_role
from .feed import CostedPlan
from .pa_answers import PAAnswers
from .pa_results import WARNING_SIGN, PAResults


# -- "Add paid support…": which kind ---------------------------------------------------------------
class SupportKindDialog(QDialog):
    """Asks what kind of paid support to add: a PA the person employs, or anything else."""

    OTHER, PA = "other", "pa"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PACalculator", "Add paid support"))
        self.choice: str | None = None
        layout = QVBoxLayout(self)
        question = QLabel(translate("PACalculator", "What would you like to add?"), self)
        set_role(question, "heading")
        question.setWordWrap(True)
        layout.addWidget(question)
        self.other_button = self._option(
            layout,
            translate("PACalculator", "Something else…"),
            translate(
                "PACalculator",
                "A service, an agency, equipment or anything else: you say what it costs and "
                "how often.",
            ),
            self.OTHER,
        )
        self.pa_button = self._option(
            layout,
            translate("PACalculator", "A personal assistant I employ…"),
            translate(
                "PACalculator",
                "Wages, holiday pay, National Insurance, pension, insurance and the other "
                "costs of being an employer, worked out for you.",
            ),
            self.PA,
        )
        buttons = QDialogButtonBox(self)
        cancel = buttons.addButton(
            translate("PACalculator", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        cancel.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # as tall as its words need at its width, within the screen (at 200% text too)
        fit(self, 50)

    def _option(
        self, layout: QVBoxLayout, title: str, description: str, choice: str
    ) -> QPushButton:
        # A button with words, and what it means below it (Qt's command link buttons keep a
        # fixed small font whatever the text size).
        button = QPushButton(title, self)
        button.setAccessibleName(title.rstrip("…"))
        button.setAccessibleDescription(description)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self._choose(choice))
        words = QLabel(description, self)
        words.setWordWrap(True)
        words.setProperty("role", "note")
        layout.addSpacing(6)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(words)
        return button

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.activateWindow()
        self.other_button.setFocus(Qt.FocusReason.ActiveWindowFocusReason)


def ask_support_kind(parent: QWidget) -> str | None:
    """``SupportKindDialog.PA``, ``.OTHER``, or ``None`` when the person cancelled."""
    dialog = SupportKindDialog(parent)
    try:
        return dialog.choice if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


# -- the calculator --------------------------------------------------------------------------------
class PACalculator(DraftDialog):
    """Works out what employing a PA costs and puts the lines in the plan (or updates them)."""

    def __init__(
        self, feed: CostedPlan, parent: QWidget | None = None, *, group: str | None = None
    ) -> None:
        super().__init__(parent)
        self.feed = feed
        plan = feed.plan
        self.group = group
        self.existing = pa_in_plan(plan, group) if group else None
        if group is not None and self.existing is None:
            raise ValueError(f"there is no PA {group!r} in the plan")
        self.change: PAPlanChange | None = None
        self.rates: RatesBook | None = None
        self.rates_problem = ""
        try:
            self.rates = employment_rates()
        except PHBError as exc:
            self.rates_problem = exc.message
        if self.existing is None:
            title = translate("PACalculator", "A personal assistant I employ")
        else:
            title = translate("PACalculator", "Work out the costs of {name} again").format(
                name=self.existing.name
            )
        self.setWindowTitle(title)
        self.setModal(True)

        outer = QVBoxLayout(self)
        heading = QLabel(title, self)
        set_role(heading, "heading")
        heading.setWordWrap(True)
        outer.addWidget(heading)
        self.intro = QLabel(
            translate(
                "PACalculator",
                "Answer the questions. The costs are worked out as you type, each with how it "
                "was worked out.",
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "note")
        outer.addWidget(self.intro)
        # The answers beside the costs; one above the other when the text is too large for both.
        # Wide: the answers and the costs side by side, each scrolling. Narrow (large text, a
        # small screen): the costs below the answers in one scrolling column, and the total
        # always in view above the buttons.
        self.columns = QHBoxLayout()
        self.columns.setSpacing(16)
        self.answers_page = QWidget(self)
        self.answers_column = QVBoxLayout(self.answers_page)
        self.answers_column.setContentsMargins(0, 0, 0, 0)
        self.answers = PAAnswers(
            plan, self.rates, new=self.existing is None, parent=self.answers_page
        )
        self.editors = self.answers.editors
        self.answers_column.addWidget(self.answers)
        self.answers_area = self._scrolled(self.answers_page)
        self.results = PAResults(self)
        self.results_area = self._scrolled(self.results)
        self.columns.addWidget(self.answers_area, 3)
        self.columns.addWidget(self.results_area, 2)
        outer.addLayout(self.columns, 1)
        self.wide = True

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        set_role(self.summary, "subheading")
        outer.addWidget(self.summary)
        self.save_problem = QLabel(self)
        self.save_problem.setWordWrap(True)
        self.save_problem.setProperty("role", "error")
        self.save_problem.hide()
        outer.addWidget(self.save_problem)
        # the buttons wrap onto two lines rather than widen the dialog past the screen (long
        # Welsh words at large text)
        buttons = FlowLayout()
        self.save_button = QPushButton(
            translate("PACalculator", "Add these lines to my plan")
            if self.existing is None
            else translate("PACalculator", "Update the lines in my plan"),
            self,
        )
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.accept)
        cancel = QPushButton(translate("PACalculator", "Cancel"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        outer.addLayout(buttons)

        if self.existing is not None:
            self.answers.show_answers(self.existing.inputs)
        self._initial = self.answers.state()
        self.answers.changed.connect(self.recalculate)
        metrics = self.fontMetrics()
        room = self.screen().availableGeometry()
        self.resize(
            min(max(960, metrics.averageCharWidth() * 110), int(room.width() * 0.95)),
            min(max(640, metrics.lineSpacing() * 34), int(room.height() * 0.9)),
        )
        self.recalculate()

    def _scrolled(self, widget: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its contents take the focus (unnamed stop)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        # Words wrap to the width instead: nothing is ever hidden to the side.
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(widget)
        return area

    def has_changes(self) -> bool:
        """True when an answer differs from what the dialog opened with."""
        return self.answers.state() != self._initial

    # -- working it out ------------------------------------------------------------------------
    def recalculate(self) -> None:
        """Work the costs out again from the answers as they are now (quick: a few ms)."""
        self.change = None
        if self.rates is None:
            self.results.show_problem(self.rates_problem)
            self._summarise()
            return
        inputs, problems = self.answers.read()
        if inputs is not None:
            problems = self.answers.domain_problems(inputs)
        if inputs is None or problems:
            labels = [self.editors[name].spec.label for name in problems if name in self.editors]
            labels += [message for name, message in problems.items() if name not in self.editors]
            self.results.show_problem(
                translate("PACalculator", "To see the costs, look again at: {answers}.").format(
                    answers=translate("PACalculator", "; ").join(labels)
                )
            )
            self._summarise()
            return
        try:
            self.change = pa_change(
                self.feed.plan, inputs, group=self.group, outcomes=self.answers.outcomes(),
                management=self.answers.management(), rates=self.rates,
            )  # fmt: skip
        except PHBError as exc:
            self.results.show_problem(exc.message)
            self._summarise()
            return
        if self.existing is None:
            self.results.show_costs(self.change.costs)
        else:
            self.results.show_costs(self.change.costs, self.change, self.feed.plan.support_lines)
        self._summarise()

    def _summarise(self) -> None:
        """The total (and how many warnings) in the line always in view."""
        if self.change is None:
            self.summary.setText(self.results.problem.text())
            return
        text = self.results.total_text
        count = len(self.results.warning_texts)
        if count == 1:
            text = translate("PACalculator", "{total} {sign} 1 warning: see it above the costs.")
        elif count:
            text = translate(
                "PACalculator", "{total} {sign} {count} warnings: see them above the costs."
            )
        text = text.format(total=self.results.total_text, sign=WARNING_SIGN, count=count)
        self.summary.setText(text)

    # -- saving -----------------------------------------------------------------------------------
    def accept(self) -> None:
        """Save the lines (one undo step) when every answer is good; otherwise show why."""
        inputs, problems = self.answers.read()
        if inputs is not None:
            problems = self.answers.domain_problems(inputs)
        elsewhere = self.answers.show_problems(problems)
        self._say(" ".join(elsewhere))
        if problems:
            return
        self.recalculate()
        if self.change is None:
            self._say(self.results.problem.text())
            return
        person = None
        if self.answers.new_person():
            person = new_pa_person(self.feed.plan, self.answers.name_text())
        edits = pa_change_edits(self.change, person)
        if not edits:
            super().accept()  # nothing to change: already up to date
            return
        text = (
            translate("PACalculator", "Add a personal assistant")
            if self.existing is None
            else translate("PACalculator", "Work out a PA's costs again")
        )
        failures: list[str] = []
        controller = self.feed.controller
        controller.failed.connect(failures.append)
        try:
            saved = controller.edit(edits, text)
        finally:
            controller.failed.disconnect(failures.append)
        if not saved:
            self._say(failures[-1] if failures else translate("PACalculator", "Nothing was saved."))
            return
        super().accept()

    def _say(self, message: str) -> None:
        self.save_problem.setText(message)
        self.save_problem.setVisible(bool(message))

    # -- layout ---------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.activateWindow()
        self.answers.name.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange(self.width() >= self.fontMetrics().averageCharWidth() * 100)

    def arrange(self, wide: bool) -> None:
        """Side by side (``wide``), or the costs under the answers in one scrolling column."""
        if wide == self.wide:
            return
        self.wide = wide
        if wide:
            self.answers_column.removeWidget(self.results)
            self.results_area.setWidget(self.results)
            self.results_area.show()
        else:
            self.results_area.takeWidget()
            self.results.setParent(self.answers_page)
            self.answers_column.addWidget(self.results)
            self.results.show()
            self.results_area.hide()


def open_pa_calculator(feed: CostedPlan, parent: QWidget, group: str | None = None) -> bool:
    """Show the calculator (for a new PA, or ``group``'s); True when lines were saved."""
    dialog = PACalculator(feed, parent, group=group)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
