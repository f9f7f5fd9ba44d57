"""Keyboard-first entry: a carer types thirty entries in a row without touching the mouse.

Date (today at first, then the date of the last entry typed; "7/4/26" is 7 April 2026), payee
(completed from earlier payees as it is typed), amount (money out unless "Money in" is chosen, or
the amount is typed with a + in front), what it pays for (suggested from the payee's last entry,
the suggestion written under the field: Tab accepts it), then an optional description, reference
and method. Enter saves from any field and starts the next entry with the keyboard back on the
date. Problems and warnings are written beside the field they are about, and nothing is saved
while there is a problem; a warning (a date in the coming month) is saved on the second Enter.

The same form changes an entry (Enter or a double-click on a row): its heading says which, Enter
saves the change, Escape goes back to a new entry (asking first when something was changed).
Every save is one step on the window's undo stack.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QCompleter,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.amount_text import AmountError, parse_amount
from ...domain.entry_checks import DateError, Problem, parse_entry_date
from ...domain.ledger import (
    Entry,
    PaymentMethod,
    Purpose,
    Split,
    payment_method_label,
    purpose_label,
)
from ...domain.money import Money
from ...domain.schedule import format_date
from ...domain.text import translate
from ..drafts import confirm_discard
from ..flow import FlowLayout
from ..theme import set_role
from .commands import ChangeEntry, RecordEntry, money_words
from .feed import SpendingFeed
from .widgets import FieldBox, ReflowPanel, pass_undo_keys

#: What the "What it pays for" choice can hold: (kind, value).
Choice = tuple[str, str | None]
CHOOSE: Choice = ("choose", None)
SPLIT: Choice = ("split", None)
OTHER_PURPOSES = (Purpose.BUDGET_PAYMENT, Purpose.REFUND, Purpose.BANK_CHARGE, Purpose.UNASSIGNED)
MONEY_IN_PURPOSES = {Purpose.BUDGET_PAYMENT.value, Purpose.REFUND.value}

#: Which field a problem found by the checks belongs beside.
FIELD_OF = {
    "date": "date", "amount": "amount", "payee": "payee", "description": "description",
    "reference": "reference", "purpose": "line", "line": "line", "splits": "line",
    "account": "account",
}  # fmt: skip


def short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def show_entry_date(value: date) -> str:
    return value.strftime("%d/%m/%Y")


class EntryForm(QFrame):
    """Record a new entry, or change one, with the keyboard."""

    #: an entry was recorded or changed (its id)
    saved = Signal(int)
    #: the person asked to share the amount between plan lines (the form's own split)
    split_requested = Signal()

    def __init__(self, feed: SpendingFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        self.setObjectName("entryform")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.editing: Entry | None = None
        self.splits: tuple[Split, ...] = ()
        self.last_date: date | None = None
        self._line_touched = False
        self._direction_touched = False
        self._warned: Entry | None = None
        self._choices: list[Choice] = []
        self._suggested: Choice | None = None
        #: earlier payees are read when the payee is first typed, not when the page opens
        self._payees_wanted = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        set_role(self.heading, "subheading")
        layout.addWidget(self.heading)

        self.panel = ReflowPanel(self, letters=13)
        self.account = QComboBox()
        self.date = QLineEdit()
        self.payee = QLineEdit()
        self.amount = QLineEdit()
        self.direction = QComboBox()
        self.line = QComboBox()
        self.description = QLineEdit()
        self.reference = QLineEdit()
        self.method = QComboBox()
        t = translate
        self.boxes: dict[str, FieldBox] = {
            "account": FieldBox(t("EntryForm", "Account"), self.account, self.panel),
            "date": FieldBox(t("EntryForm", "&Date (like 7/4/26)"), self.date, self.panel),
            "payee": FieldBox(t("EntryForm", "&Paid to or received from"), self.payee, self.panel),
            "amount": FieldBox(t("EntryForm", "A&mount (like 12.50)"), self.amount, self.panel),
            "direction": FieldBox(t("EntryForm", "Money &in or out"), self.direction,
                                  self.panel),
            "line": FieldBox(t("EntryForm", "What it &pays for"), self.line, self.panel),
            "description": FieldBox(t("EntryForm", "D&escription (if you like)"),
                                    self.description, self.panel),
            "reference": FieldBox(t("EntryForm", "&Reference (if you like)"), self.reference,
                                  self.panel),
            "method": FieldBox(t("EntryForm", "How it was &paid (if you like)"), self.method,
                               self.panel),
        }  # fmt: skip
        spans = {"payee": 2, "line": 2}
        for key, box in self.boxes.items():
            self.panel.add(box, spans.get(key, 1))
        layout.addWidget(self.panel)
        # the buttons come last in the grid, after the optional fields
        button_box = QWidget(self.panel)
        buttons = FlowLayout(button_box)
        self.save_button = QPushButton(button_box)
        self.save_button.setProperty("role", "primary")
        self.split_button = QPushButton(t("EntryForm", "Share between lines…"), button_box)
        self.clear_button = QPushButton(button_box)
        for button in (self.save_button, self.split_button, self.clear_button):
            buttons.addWidget(button)
        self.panel.add(button_box, 4)

        self.direction.addItem(t("EntryForm", "Out (paid)"))
        self.direction.addItem(t("EntryForm", "In (received)"))
        self.method.addItem(t("EntryForm", "Not said"))
        for method in PaymentMethod:
            self.method.addItem(payment_method_label(method))
        for combo in (self.account, self.direction, self.line, self.method):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        for edit in (self.date, self.payee, self.amount, self.description, self.reference):
            pass_undo_keys(edit)
            edit.setMinimumHeight(28)
        self.payee_model = QStringListModel(self)
        completer = QCompleter(self.payee_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.payee.setCompleter(completer)
        self.payee.installEventFilter(self)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.message.hide()
        layout.addWidget(self.message)

        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.cancel)
        self.split_button.clicked.connect(self.split_requested.emit)
        self.payee.editingFinished.connect(self._payee_left)
        self.line.activated.connect(self._line_chosen)
        self.direction.activated.connect(self._direction_chosen)
        self.amount.textEdited.connect(self._amount_typed)
        feed.records_changed.connect(self.refresh_choices)
        feed.plan_changed.connect(self.refresh_choices)
        self.start_new()  # (fills the choices)

    # -- choices ----------------------------------------------------------------------------------
    def refresh_choices(self) -> None:
        """The accounts, the plan's lines and the payees as they are now."""
        if not self.feed.open:
            return
        current = self.choice()
        self._choices = [CHOOSE]
        self.line.blockSignals(True)
        self.line.clear()
        self.line.addItem(translate("EntryForm", "Choose what this pays for"))
        for line in self.feed.plan.support_lines:
            self._choices.append(("line", line.id))
            self.line.addItem(short(line.description or line.id))
        for purpose in OTHER_PURPOSES:
            self._choices.append(("purpose", purpose.value))
            self.line.addItem(purpose_label(purpose))
        if self.splits:
            self._choices.append(SPLIT)
            self.line.addItem(
                translate("EntryForm", "Shared between {count} lines").format(
                    count=len(self.splits)
                )
            )
        self.line.blockSignals(False)
        self.set_choice(current)
        accounts = self.feed.accounts()
        chosen = self.account.currentIndex()
        self.account.blockSignals(True)
        self.account.clear()
        for account in accounts:
            self.account.addItem(account.name)
        self.account.setCurrentIndex(min(max(chosen, 0), max(len(accounts) - 1, 0)))
        self.account.blockSignals(False)
        several = len(accounts) > 1
        if self.boxes["account"].isHidden() == several:
            self.boxes["account"].setVisible(several)
            self.panel.relayout()
        if self._payees_wanted:
            self.payee_model.setStringList(self.feed.payees())
        self.setEnabled(not self.feed.read_only)

    def choice(self) -> Choice:
        index = self.line.currentIndex()
        return self._choices[index] if 0 <= index < len(self._choices) else CHOOSE

    def set_choice(self, choice: Choice) -> None:
        index = self._choices.index(choice) if choice in self._choices else 0
        self.line.setCurrentIndex(index)

    # -- starting and loading ---------------------------------------------------------------------
    def start_new(self) -> None:
        """An empty entry (the date of the last entry typed, or today), nothing else."""
        self.editing = None
        self.splits = ()
        self._line_touched = self._direction_touched = False
        self._warned = None
        self._suggested = None
        self.date.setText(show_entry_date(self.last_date or self.feed.today()))
        for edit in (self.payee, self.amount, self.description, self.reference):
            edit.clear()
        self.direction.setCurrentIndex(0)
        self.method.setCurrentIndex(0)
        self.refresh_choices()
        self.set_choice(CHOOSE)
        for combo in (self.line, self.method, self.direction):
            combo.view().keyboardSearch("")  # letters typed for the last entry start afresh
        self.boxes["line"].set_note("")
        self._clear_problems()
        self.heading.setText(translate("EntryForm", "Record money in or out"))
        self.save_button.setText(translate("EntryForm", "Save the entry"))
        self.clear_button.setText(translate("EntryForm", "Clear"))
        self.save_button.setToolTip(translate("EntryForm", "Enter saves from any field."))

    def load(self, entry: Entry) -> None:
        """Show ``entry`` to be changed."""
        self.editing = entry
        self.splits = entry.splits
        self._line_touched = self._direction_touched = True
        self._warned = None
        self._suggested = None
        self.refresh_choices()
        accounts = self.feed.accounts()
        for number, account in enumerate(accounts):
            if account.id == entry.account_id:
                self.account.setCurrentIndex(number)
        self.date.setText(show_entry_date(entry.date))
        self.payee.setText(entry.payee)
        self.amount.setText(abs(entry.amount).to_str())
        self.direction.setCurrentIndex(1 if entry.amount.pence > 0 else 0)
        if entry.splits:
            self.set_choice(SPLIT)
        elif entry.purpose is Purpose.PLAN_LINE:
            self.set_choice(("line", entry.line_id) if entry.line_id else CHOOSE)
        else:
            self.set_choice(("purpose", entry.purpose.value))
        if entry.purpose is Purpose.PLAN_LINE and entry.line_id and self.choice() == CHOOSE:
            # a line the plan no longer has: say so rather than hide it
            self.boxes["line"].set_note(
                translate("EntryForm", "Was for “{line}”, which is no longer in the plan.").format(
                    line=entry.line_description or entry.line_id
                )
            )
        else:
            self.boxes["line"].set_note("")
        self.description.setText(entry.description)
        self.reference.setText(entry.reference)
        methods = list(PaymentMethod)
        self.method.setCurrentIndex(methods.index(entry.method) + 1 if entry.method else 0)
        self._clear_problems()
        self.heading.setText(
            translate("EntryForm", "Change the entry of {date}: {money}").format(
                date=format_date(entry.date), money=money_words(entry)
            )
        )
        self.save_button.setText(translate("EntryForm", "Save the change"))
        self.clear_button.setText(translate("EntryForm", "Cancel the change"))
        self.focus_date()

    def focus_date(self) -> None:
        self.date.setFocus(Qt.FocusReason.OtherFocusReason)
        self.date.selectAll()

    def set_splits(self, parts: tuple[Split, ...]) -> None:
        """Share the entry between these plan lines (from the split editor)."""
        self.splits = parts
        self._line_touched = True
        self.refresh_choices()
        self.set_choice(SPLIT if parts else CHOOSE)
        self.boxes["line"].show_problem(None)

    # -- typing help ------------------------------------------------------------------------------
    def _payee_left(self) -> None:
        payee = self.payee.text().strip()
        if not payee or self._line_touched:
            return
        found = self.feed.view.suggestion(payee)
        if found is None:
            self._suggested = None
            self.boxes["line"].set_note("")
            return
        purpose, line_id = found
        choice: Choice = (
            ("line", line_id) if purpose is Purpose.PLAN_LINE else ("purpose", purpose.value)
        )
        if choice not in self._choices:
            return
        self._suggested = choice
        self.set_choice(choice)
        self.boxes["line"].set_note(
            translate("EntryForm", "Suggested from the last entry for {payee}: {line}.").format(
                payee=payee, line=self.line.currentText()
            )
        )
        self._follow_purpose()

    def _line_chosen(self, _index: int) -> None:
        self._line_touched = True
        if self.choice() != SPLIT and self.splits:
            self.splits = ()
            self.refresh_choices()
        if self._suggested is not None and self.choice() != self._suggested:
            self.boxes["line"].set_note("")
        self._follow_purpose()
        self.boxes["line"].show_problem(None)

    def _direction_chosen(self, _index: int) -> None:
        self._direction_touched = True

    def _amount_typed(self, text: str) -> None:
        stripped = text.strip()
        if stripped.startswith("+"):
            self.direction.setCurrentIndex(1)
            self._direction_touched = True
        elif stripped.startswith(("-", "\u2212", "(")):
            self.direction.setCurrentIndex(0)
            self._direction_touched = True

    def _follow_purpose(self) -> None:
        """Money for a budget payment or a refund comes in: say so unless the person chose."""
        if self._direction_touched:
            return
        kind, value = self.choice()
        self.direction.setCurrentIndex(1 if kind == "purpose" and value in MONEY_IN_PURPOSES else 0)

    # -- reading what is typed --------------------------------------------------------------------
    def read(self) -> tuple[Entry | None, dict[str, str]]:
        """The entry typed, or the problems with reading it (by field)."""
        problems: dict[str, str] = {}
        day: date | None = None
        amount: Money | None = None
        try:
            day = parse_entry_date(self.date.text())
        except DateError as exc:
            problems["date"] = exc.message
        try:
            typed = parse_amount(self.amount.text(), allow_negative=True)
            amount = Money(abs(typed.pence))
        except AmountError as exc:
            problems["amount"] = exc.message
        if problems or day is None or amount is None:
            return None, problems
        if self.direction.currentIndex() == 0:
            amount = -amount
        kind, value = self.choice()
        purpose, line_id = Purpose.PLAN_LINE, None
        splits: tuple[Split, ...] = ()
        if kind == "line":
            line_id = value
        elif kind == "purpose" and value is not None:
            purpose = Purpose(value)
        elif kind == "split":
            sign = 1 if amount.pence > 0 else -1
            splits = tuple(
                replace(part, amount=Money(abs(part.amount.pence) * sign)) for part in self.splits
            )
        methods = list(PaymentMethod)
        method = methods[self.method.currentIndex() - 1] if self.method.currentIndex() > 0 else None
        accounts = self.feed.accounts()
        account_id = None
        if accounts:
            account_id = accounts[max(self.account.currentIndex(), 0)].id
        base = self.editing or Entry(day, amount)
        entry = replace(
            base, date=day, amount=amount, payee=self.payee.text().strip(),
            description=self.description.text().strip(), purpose=purpose, line_id=line_id,
            line_description="", splits=splits, method=method,
            reference=self.reference.text().strip(), account_id=account_id,
        )  # fmt: skip
        return entry, {}

    def has_changes(self) -> bool:
        """Whether something typed would be lost by starting again."""
        entry, problems = self.read()
        if self.editing is None:
            typed = any(e.text().strip() for e in (self.payee, self.amount, self.description,
                                                   self.reference))  # fmt: skip
            return typed or self._line_touched
        if problems or entry is None:
            return True
        return _key(entry) != _key(self.editing)

    # -- saving -----------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save what is typed (one undo step); ``False`` with the problems shown if not."""
        self._clear_problems()
        entry, problems = self.read()
        if entry is None:
            self._show(problems)
            return False
        found = self.feed.ledger.check(entry, today=self.feed.today())
        errors = [p for p in found if not p.warning]
        warnings = [p for p in found if p.warning]
        if errors:
            self._show_checks(errors)
            return False
        if warnings and self._warned != entry:
            self._warned = entry
            self._show_checks(warnings, warning=True)
            self.message.setProperty("role", "note")
            self.message.setText(translate("EntryForm", "Press Enter again to save it as it is."))
            self.message.show()
            return False
        controller = self.feed.controller
        if self.editing is None:
            record = RecordEntry(self.feed, entry)
            if not controller.push(record):
                return False
            assert record.saved is not None and record.saved.id is not None
            saved_id = record.saved.id
        else:
            change = ChangeEntry(self.feed, self.editing, entry)
            if not controller.push(change):
                return False
            assert change.after.id is not None
            saved_id = change.after.id
        self.last_date = entry.date
        self.start_new()
        self.focus_date()
        self.saved.emit(saved_id)
        return True

    def cancel(self) -> None:
        """Start a new entry again (asking first when something typed would be lost)."""
        if self.has_changes() and not confirm_discard(self):
            return
        self.start_new()
        self.focus_date()

    def _clear_problems(self) -> None:
        for box in self.boxes.values():
            box.show_problem(None)
        self.message.hide()
        self.message.setProperty("role", "error")

    def _show_checks(self, problems: list[Problem], *, warning: bool = False) -> None:
        by_field: dict[str, str] = {}
        general: list[str] = []
        for problem in problems:
            field = FIELD_OF.get(problem.field)
            if field == "account" and not self.boxes["account"].isVisible():
                field = None
            if field is None:
                general.append(problem.message)
            else:
                by_field[field] = (
                    f"{by_field[field]} {problem.message}"
                    if field in by_field
                    else (problem.message)
                )
        self._show(by_field, general=general, warning=warning)

    def _show(
        self, by_field: dict[str, str], *, general: list[str] | None = None, warning: bool = False
    ) -> None:
        first: QWidget | None = None
        for key, box in self.boxes.items():
            if key in by_field:
                box.show_problem(by_field[key], warning=warning)
                first = first or box.widget
        if general:
            self.message.setText(" ".join(general))
            self.message.show()
        if first is not None and not warning:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(first, QLineEdit):
                first.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.payee
            and event.type() == QEvent.Type.FocusIn
            and (not self._payees_wanted)
        ):
            self._payees_wanted = True
            self.payee_model.setStringList(self.feed.payees())
        return super().eventFilter(watched, event)

    # -- the keys ---------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        focus = QApplication.focusWidget()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if isinstance(focus, QAbstractButton) and self.isAncestorOf(focus):
                focus.click()
            else:
                self.save()
            return
        if key == Qt.Key.Key_Escape and (self.editing is not None or self.has_changes()):
            self.cancel()
            return
        super().keyPressEvent(event)


def _key(entry: Entry) -> tuple[object, ...]:
    """What the form shows of an entry (to tell whether anything was changed)."""
    return (
        entry.date, entry.amount, entry.payee, entry.description, entry.purpose,
        entry.line_id if not entry.splits else None,
        tuple((part.line_id, abs(part.amount)) for part in entry.splits),
        entry.method, entry.reference, entry.account_id,
    )  # fmt: skip
