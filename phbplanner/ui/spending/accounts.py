"""Where the money is kept: the calm first screen that adds the first account, and a dialog
for another one (a prepaid card beside the bank account, say).

An account has a name, a kind, an opening balance and the date of that balance (the date of the
first statement used). What is typed is checked, and each problem is written beside its field.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.amount_text import AmountError, parse_amount
from ...domain.entry_checks import DateError, EntryProblems, check_account, parse_entry_date
from ...domain.errors import PHBError
from ...domain.ledger import Account, AccountKind, account_kind_label
from ...domain.money import Money
from ...domain.plan import Management
from ...domain.text import translate
from ..drafts import DraftDialog
from ..theme import set_role
from .entry_form import show_entry_date
from .feed import SpendingFeed
from .widgets import FieldBox, pass_undo_keys

KINDS = list(AccountKind)


class AccountFields(QWidget):
    """The fields of a new account, checked together."""

    def __init__(self, feed: SpendingFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit()
        self.kind = QComboBox()
        self.opening = QLineEdit()
        self.opening_date = QLineEdit()
        self.boxes = {
            "name": FieldBox(translate("Accounts", "&Name of the account"), self.name, self,
                             note=translate("Accounts", "Like “Direct payment bank account”")),
            "kind": FieldBox(translate("Accounts", "&Kind of account"), self.kind, self),
            "opening": FieldBox(translate("Accounts", "&Balance at the start"), self.opening, self,
                                note=translate("Accounts", "What the statement said, like 250.00")),
            "opening_date": FieldBox(
                translate("Accounts", "&Date of that balance"), self.opening_date, self,
                note=translate("Accounts", "The date of the first statement you use, like 1/4/26")),
        }  # fmt: skip
        for box in self.boxes.values():
            layout.addWidget(box)
        for kind in KINDS:
            self.kind.addItem(account_kind_label(kind))
        for edit in (self.name, self.opening, self.opening_date):
            pass_undo_keys(edit)
        self.reset()

    def reset(self) -> None:
        """Sensible answers to start from."""
        plan = self.feed.plan
        managed = {line.management for line in plan.support_lines}
        third_party_only = Management.THIRD_PARTY in managed and (
            Management.DIRECT_PAYMENT not in managed
        )
        kind = AccountKind.THIRD_PARTY_STATEMENT if third_party_only else AccountKind.BANK_ACCOUNT
        self.kind.setCurrentIndex(KINDS.index(kind))
        first = not self.feed.accounts()
        self.name.setText(
            translate("Accounts", "Direct payment bank account")
            if first and kind is AccountKind.BANK_ACCOUNT
            else ""
        )
        self.opening.setText("0.00")
        today = self.feed.today()
        start = plan.budget.period_start
        self.opening_date.setText(show_entry_date(start if start and start <= today else today))
        for box in self.boxes.values():
            box.show_problem(None)

    def account(self) -> Account | None:
        """The account typed, or None with the problems shown beside the fields."""
        for box in self.boxes.values():
            box.show_problem(None)
        problems: dict[str, str] = {}
        opening = None
        opening_date: date | None = None
        try:
            opening = parse_amount(self.opening.text(), allow_negative=True, allow_zero=True)
        except AmountError as exc:
            problems["opening"] = exc.message
        try:
            opening_date = parse_entry_date(self.opening_date.text())
        except DateError as exc:
            problems["opening_date"] = exc.message
        account = Account(
            name=self.name.text().strip(), kind=KINDS[max(self.kind.currentIndex(), 0)],
            opening_balance=opening or Money(0),
            opening_date=opening_date,
        )  # fmt: skip
        if not problems:
            for problem in check_account(account, today=self.feed.today()):
                if not problem.warning:
                    problems.setdefault(problem.field, problem.message)
        if problems:
            self._show(problems)
            return None
        return account

    def _show(self, problems: dict[str, str]) -> None:
        first: QWidget | None = None
        for key, box in self.boxes.items():
            if key in problems:
                box.show_problem(problems[key])
                first = first or box.widget
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def add(self) -> Account | None:
        """Add the account typed (not a step of undo); None with the problems shown."""
        account = self.account()
        if account is None:
            return None
        try:
            return self.feed.ledger.add_account(account, today=self.feed.today())
        except EntryProblems as exc:
            self._show({p.field: p.message for p in exc.problems})
        except PHBError as exc:
            self._show({"name": exc.message})
        return None


class FirstAccount(QWidget):
    """The first screen of the spending records: add the account the money is kept in."""

    added = Signal()

    def __init__(self, feed: SpendingFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)  # at large text sizes the screen scrolls
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its contents take the focus
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 8, 8, 8)
        layout.setSpacing(10)
        heading = QLabel(translate("Accounts", "Start your spending records"), body)
        heading.setWordWrap(True)
        set_role(heading, "heading")
        layout.addWidget(heading)
        about = QLabel(
            translate(
                "Accounts",
                "Here you keep a record of the money paid into the account that holds the budget. "
                "You also record every payment out, with its receipt. First, say where the money "
                "is kept. You can add another account later.",
            ),
            body,
        )
        about.setWordWrap(True)
        layout.addWidget(about)
        self.fields = AccountFields(feed, body)
        layout.addWidget(self.fields)
        self.add_button = QPushButton(translate("Accounts", "Add the account"), body)
        self.add_button.setProperty("role", "primary")
        self.add_button.clicked.connect(self.add)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.add_button.setEnabled(not feed.read_only)

    def add(self) -> None:
        if self.fields.add() is not None:
            self.added.emit()

    def focus_first(self) -> None:
        self.fields.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.add()
            return
        super().keyPressEvent(event)


class AccountDialog(DraftDialog):
    """Add another account."""

    def __init__(self, feed: SpendingFeed, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Accounts", "Add an account"))
        layout = QVBoxLayout(self)
        self.fields = AccountFields(feed, self)
        layout.addWidget(self.fields)
        buttons = QDialogButtonBox(self)
        self.add_button = buttons.addButton(
            translate("Accounts", "Add the account"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setProperty("role", "primary")
        buttons.addButton(translate("Accounts", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 60, self.sizeHint().height())

    def has_changes(self) -> bool:
        return bool(self.fields.name.text().strip())

    def accept(self) -> None:
        if self.fields.add() is not None:
            super().accept()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fields.name.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
