"""What the register shows and in what order: the filters and the "Sort by" control.

Dates from and to (typed like "7/4/26"), a plan line (or money that is not for a line), an
outcome (the lines serving it), the payee, any words, "no receipt" and "not reconciled"; and the
column to sort by with its order — the same as clicking a column heading, for keyboard users.
Typing waits for a pause before asking again; Enter asks at once. A date that cannot be read is
said beside its field and the other filters still apply.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.entry_checks import DateError, parse_entry_date
from ...domain.ledger import Purpose, purpose_label
from ...domain.text import translate
from ...services.ledger_view import EntryFilter
from .entry_form import OTHER_PURPOSES, short
from .feed import SpendingFeed
from .register_model import COLUMNS, column_title
from .widgets import FieldBox, ReflowPanel, pass_undo_keys

#: How long typing in a filter waits for a pause before the register is asked again.
TYPING_PAUSE_MS = 250


def order_words(key: str) -> tuple[str, str]:
    """The two orders of a column in words: (ascending, descending)."""
    if key in ("date", "balance"):
        return translate("Filters", "Oldest first"), translate("Filters", "Newest first")
    if key in ("in", "out"):
        return translate("Filters", "Smallest first"), translate("Filters", "Largest first")
    if key in ("receipt", "reconciled"):
        return translate("Filters", "No first"), translate("Filters", "Yes first")
    return translate("Filters", "A to Z"), translate("Filters", "Z to A")


class FilterBar(QWidget):
    """The filters and the sort; ``changed`` when the person changes either.

    One row holds the words to search for, what the money was for, the sort, "no receipt" and
    "not reconciled"; "More filters" shows the dates, the outcome and the payee (shown anyway
    while one of them is set).
    """

    changed = Signal()

    def __init__(self, feed: SpendingFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.main = ReflowPanel(self, letters=12)
        self.more = ReflowPanel(self, letters=12)
        layout.addWidget(self.main)
        layout.addWidget(self.more)
        self.date_from = QLineEdit()
        self.date_to = QLineEdit()
        self.line = QComboBox()
        self.outcome = QComboBox()
        self.payee = QLineEdit()
        self.text = QLineEdit()
        self.sort = QComboBox()
        self.order = QComboBox()
        t = translate
        self.boxes = {
            "text": FieldBox(t("Filters", "&Search"), self.text, self.main),
            "line": FieldBox(t("Filters", "What it was for"), self.line, self.main),
        }
        self.main.add(self.boxes["text"], 2)
        self.main.add(self.boxes["line"], 2)
        checks = QWidget(self.main)
        column = QVBoxLayout(checks)
        column.setContentsMargins(0, 0, 0, 0)
        self.no_receipt = QCheckBox(t("Filters", "No &receipt"), checks)
        self.not_reconciled = QCheckBox(t("Filters", "Not reconciled"), checks)
        self.no_receipt.setAccessibleName(t("Filters", "Only entries with no receipt"))
        self.not_reconciled.setAccessibleName(t("Filters", "Only entries not reconciled"))
        column.addWidget(self.no_receipt)
        column.addWidget(self.not_reconciled)
        self.main.add(checks, 2)
        self.more_button = QPushButton(t("Filters", "More filters"), self.main)
        self.more_button.setCheckable(True)
        self.main.add(self.more_button)
        self.clear_button = QPushButton(t("Filters", "Show all"), self.main)
        self.clear_button.setAccessibleName(t("Filters", "Show every entry"))
        self.more_button.setAccessibleDescription(
            t("Filters", "Dates, outcome, payee, and the order of the entries")
        )
        self.main.add(self.clear_button)
        self.boxes.update(
            {
                "from": FieldBox(t("Filters", "&From (date)"), self.date_from, self.more),
                "to": FieldBox(t("Filters", "&To (date)"), self.date_to, self.more),
                "outcome": FieldBox(t("Filters", "Out&come"), self.outcome, self.more),
                "payee": FieldBox(t("Filters", "Paid to or from"), self.payee, self.more),
                "sort": FieldBox(t("Filters", "Sort &by"), self.sort, self.more),
                "order": FieldBox(t("Filters", "&Order"), self.order, self.more),
            }
        )
        spans = {"from": 1, "to": 1, "outcome": 2, "payee": 2, "sort": 2, "order": 2}
        for key, span in spans.items():
            self.more.add(self.boxes[key], span)
        self.more.hide()
        self.clear_button.hide()
        self.main.relayout()
        self.more_button.toggled.connect(self._show_more)
        for edit in (self.date_from, self.date_to, self.payee, self.text):
            edit.setClearButtonEnabled(True)
            pass_undo_keys(edit)
        self.text.setAccessibleDescription(
            translate("Filters", "Payee, description, reference, notes or plan line")
        )
        for combo in (self.line, self.outcome, self.sort, self.order):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        for key in COLUMNS:
            self.sort.addItem(column_title(key))
        self._set_orders("date", descending=True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.changed.emit)
        self.changed.connect(self._label_more)
        self.changed.connect(self._offer_clear)
        for edit in (self.date_from, self.date_to, self.payee, self.text):
            edit.textEdited.connect(lambda _text: self._timer.start())
            edit.returnPressed.connect(self.apply_now)
        for check in (self.no_receipt, self.not_reconciled):
            check.toggled.connect(lambda _on: self.changed.emit())
        self.line.activated.connect(lambda _i: self.changed.emit())
        self.outcome.activated.connect(lambda _i: self.changed.emit())
        self.sort.activated.connect(self._sort_chosen)
        self.order.activated.connect(lambda _i: self.changed.emit())
        self.clear_button.clicked.connect(self.clear)
        feed.plan_changed.connect(self.refresh_choices)
        self._lines: list[tuple[str, str | None]] = []
        self._outcomes: list[str | None] = []
        self.refresh_choices()

    def hidden_filters(self) -> int:
        """How many of the filters under "More filters" are set."""
        texts = [self.date_from.text(), self.date_to.text(), self.payee.text()]
        return sum(1 for text in texts if text.strip()) + (self.outcome.currentIndex() > 0)

    def _label_more(self) -> None:
        if self.more_button.isChecked():
            text = translate("Filters", "Fewer filters")
        elif self.hidden_filters():
            text = translate("Filters", "More filters ({count} set)").format(
                count=self.hidden_filters()
            )
        else:
            text = translate("Filters", "More filters")
        self.more_button.setText(text)

    def _offer_clear(self) -> None:
        """ "Show all" is there only while something is filtered."""
        filtering = self.is_filtering()
        if self.clear_button.isHidden() == filtering:
            self.clear_button.setVisible(filtering)
            self.main.relayout()

    def _show_more(self, shown: bool) -> None:
        self.more.setVisible(shown)
        self._label_more()
        if shown:
            self.more.relayout()
            self.date_from.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- choices ----------------------------------------------------------------------------------
    def refresh_choices(self) -> None:
        """The plan's lines and outcomes as they are now (keeping what was chosen)."""
        chosen_line = self._lines[self.line.currentIndex()] if self._lines else ("all", None)
        chosen_outcome = self._outcomes[self.outcome.currentIndex()] if self._outcomes else None
        plan = self.feed.plan
        self._lines = [("all", None)]
        self.line.clear()
        self.line.addItem(translate("Filters", "Anything"))
        for line in plan.support_lines:
            self._lines.append(("line", line.id))
            self.line.addItem(short(line.description or line.id, 50))
        for purpose in OTHER_PURPOSES:
            self._lines.append(("purpose", purpose.value))
            self.line.addItem(purpose_label(purpose))
        self.line.setCurrentIndex(
            self._lines.index(chosen_line) if chosen_line in self._lines else 0
        )
        self._outcomes = [None]
        self.outcome.clear()
        self.outcome.addItem(translate("Filters", "Any outcome"))
        for outcome in plan.outcomes:
            self._outcomes.append(outcome.id)
            self.outcome.addItem(short(outcome.title or outcome.id, 50))
        self.outcome.setCurrentIndex(
            self._outcomes.index(chosen_outcome) if chosen_outcome in self._outcomes else 0
        )

    def _set_orders(self, key: str, *, descending: bool) -> None:
        self.order.clear()
        for words in order_words(key):
            self.order.addItem(words)
        self.order.setCurrentIndex(1 if descending else 0)

    def _sort_chosen(self, index: int) -> None:
        key = COLUMNS[index]
        # dates, money and "yes" read best newest / largest / yes first; words A to Z
        self._set_orders(key, descending=key not in ("payee", "description", "line"))
        self.changed.emit()

    def show_sort(self, key: str, descending: bool) -> None:
        """Show a sort chosen elsewhere (a click on a column heading)."""
        self.sort.setCurrentIndex(COLUMNS.index(key))
        self._set_orders(key, descending=descending)

    def sort_choice(self) -> tuple[str, bool]:
        return COLUMNS[max(self.sort.currentIndex(), 0)], self.order.currentIndex() == 1

    # -- reading -----------------------------------------------------------------------------------
    def _date(self, key: str, edit: QLineEdit) -> date | None:
        box = self.boxes[key]
        text = edit.text().strip()
        if not text:
            box.show_problem(None)
            return None
        try:
            value = parse_entry_date(text)
        except DateError as exc:
            box.show_problem(exc.message)
            return None
        box.show_problem(None)
        return value

    def entry_filter(self) -> EntryFilter:
        """The filter the person has set (a date that cannot be read is left out, and said)."""
        kind, value = self._lines[max(self.line.currentIndex(), 0)]
        line_ids: tuple[str, ...] | None = None
        purposes: tuple[str, ...] | None = None
        if kind == "line" and value is not None:
            line_ids = (value,)
            purposes = (Purpose.PLAN_LINE.value,)
        elif kind == "purpose" and value is not None:
            purposes = (value,)
        outcome = self._outcomes[max(self.outcome.currentIndex(), 0)]
        if outcome is not None:
            serving = tuple(
                line.id for line in self.feed.plan.support_lines if outcome in line.outcomes
            )
            line_ids = serving if line_ids is None else tuple(i for i in line_ids if i in serving)
            purposes = (Purpose.PLAN_LINE.value,) if purposes is None else purposes
        return EntryFilter(
            date_from=self._date("from", self.date_from),
            date_to=self._date("to", self.date_to),
            line_ids=line_ids,
            purposes=purposes,
            payee=self.payee.text().strip(),
            text=self.text.text().strip(),
            no_receipt=self.no_receipt.isChecked(),
            not_reconciled=self.not_reconciled.isChecked(),
        )

    def is_filtering(self) -> bool:
        return self.entry_filter() != EntryFilter()

    def apply_now(self) -> None:
        self._timer.stop()
        self.changed.emit()

    def clear(self) -> None:
        """Show everything again (the sort stays; "More filters" is closed)."""
        for edit in (self.date_from, self.date_to, self.payee, self.text):
            edit.clear()
        for check in (self.no_receipt, self.not_reconciled):
            check.blockSignals(True)
            check.setChecked(False)
            check.blockSignals(False)
        self.line.setCurrentIndex(0)
        self.outcome.setCurrentIndex(0)
        self.apply_now()
        if self.more_button.isChecked():
            self.more_button.setChecked(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.apply_now()  # Enter in a choice applies it at once, too
            return
        super().keyPressEvent(event)
