"""The start screen: try the example, start a new plan, open a plan, recent plans.

Only Qt and the window's own modules are imported here, so the first window shows quickly;
the storage services are imported when a plan is created or opened.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..domain.text import translate
from .theme import set_role

PLAN_SUFFIX = ".phbplan"


def _label(text: str, parent: QWidget, role: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    if role:
        set_role(label, role)
    return label


class Card(QFrame):
    """A framed group on the start screen with a heading."""

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(20, 16, 20, 16)
        self.layout_.setSpacing(8)
        self.layout_.addWidget(_label(title, self, "heading"))


class StartScreen(QScrollArea):
    """What the window shows before a plan is open."""

    create_requested = Signal(str, str, str, bool)  # path, passphrase, name, remember
    open_requested = Signal(str)  # path
    example_requested = Signal()
    supporter_requested = Signal()  # "I am helping someone"

    def __init__(self, *, supporter: bool, keyring: tuple[bool, str] | None = None) -> None:
        super().__init__()
        self.supporter = supporter
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # The scrolling frame is not a place to type or press: Tab starts at the first button.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget(self)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.setSpacing(16)
        outer.addWidget(_label(translate("Start", "PHB Planner"), body, "title"))
        self.banner = _label("", body, "error")
        self.banner.hide()
        outer.addWidget(self.banner)
        outer.addWidget(
            _label(
                translate(
                    "Start",
                    "Plan and run your personal health budget, privately, on this computer. "
                    "Everything is kept in one locked file that only your passphrase opens.",
                ),
                body,
            )
        )
        # (supporter mode is said by the window's banner, above every screen)
        # -- try the example ---------------------------------------------------------------
        example = Card(translate("Start", "New here? Try the example plan"), body)
        example.layout_.addWidget(
            _label(
                translate(
                    "Start",
                    "Look around a complete plan made up for Siân. Change anything you like: "
                    "nothing is kept when you close it.",
                ),
                example,
            )
        )
        self.example_button = QPushButton(translate("Start", "Try the example plan"), example)
        self.example_button.setProperty("role", "primary")
        self.example_button.clicked.connect(self.example_requested)
        row = QHBoxLayout()
        row.addWidget(self.example_button)
        row.addStretch(1)
        example.layout_.addLayout(row)
        outer.addWidget(example)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(self._new_card(body, keyring), 3)
        columns.addWidget(self._open_card(body), 2)
        outer.addLayout(columns)
        if not supporter:
            outer.addWidget(self._helping_card(body))
        # -- busy ---------------------------------------------------------------------------
        self.busy = QWidget(body)
        busy_row = QHBoxLayout(self.busy)
        busy_row.setContentsMargins(0, 0, 0, 0)
        self.busy_label = _label("", self.busy, "subheading")
        self.busy_bar = QProgressBar(self.busy)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setAccessibleName(translate("Start", "Working"))
        self.busy_bar.setMaximumWidth(240)
        busy_row.addWidget(self.busy_label, 1)
        busy_row.addWidget(self.busy_bar)
        self.busy.hide()
        outer.addWidget(self.busy)
        outer.addStretch(1)
        self.setWidget(body)

    def _helping_card(self, parent: QWidget) -> Card:
        card = Card(translate("Start", "Helping someone with their plan?"), parent)
        card.layout_.addWidget(
            _label(
                translate(
                    "Start",
                    "Use supporter mode on your own computer. Nothing about their plan is "
                    "remembered here, and you choose where its backups go.",
                ),
                card,
            )
        )
        self.supporter_button = QPushButton(translate("Start", "I am helping someone"), card)
        self.supporter_button.clicked.connect(self.supporter_requested)
        row = QHBoxLayout()
        row.addWidget(self.supporter_button)
        row.addStretch(1)
        card.layout_.addLayout(row)
        return card

    def focus_first(self) -> None:
        """Put the keyboard on the first thing to press ("Try the example plan")."""
        self.example_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- new plan -----------------------------------------------------------------------------
    def _new_card(self, parent: QWidget, keyring: tuple[bool, str] | None) -> Card:
        card = Card(translate("Start", "Start a new plan"), parent)
        self.new_card = card
        grid = QGridLayout()
        grid.setVerticalSpacing(4)
        grid.setHorizontalSpacing(8)

        def labelled(row: int, text: str, widget: QWidget, example: str = "") -> None:
            label = _label(text, card)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            if example:
                widget.setAccessibleDescription(example)
            grid.addWidget(label, row, 0, 1, 2)
            grid.addWidget(widget, row + 1, 0)

        self.name = QLineEdit(card)
        labelled(0, translate("Start", "Whose plan is it? (their name)"), self.name)
        self.path = QLineEdit(card)
        labelled(2, translate("Start", "Where to keep the plan file"), self.path)
        self.choose = QPushButton(translate("Start", "Choose…"), card)
        self.choose.setAccessibleName(translate("Start", "Choose where to keep the plan file"))
        self.choose.clicked.connect(self.choose_new_path)
        grid.addWidget(self.choose, 3, 1)
        self.passphrase = QLineEdit(card)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        labelled(
            4,
            translate("Start", "Choose a passphrase"),
            self.passphrase,
            translate("Start", "Four or more words you can remember are best."),
        )
        self.suggest = QPushButton(translate("Start", "Suggest one for me"), card)
        self.suggest.clicked.connect(self.suggest_passphrase)
        grid.addWidget(self.suggest, 5, 1)
        self.confirm = QLineEdit(card)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        labelled(6, translate("Start", "Type the passphrase again"), self.confirm)
        self.show_passphrase = QCheckBox(translate("Start", "Show the passphrase"), card)
        self.show_passphrase.toggled.connect(self._show_passphrase)
        grid.addWidget(self.show_passphrase, 8, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        card.layout_.addLayout(grid)
        self.strength = _label("", card, "note")
        self.strength.hide()
        card.layout_.addWidget(self.strength)
        self.passphrase.textChanged.connect(self.check_passphrase)
        self.confirm.textChanged.connect(self.check_passphrase)
        self.remember = QCheckBox(
            translate("Start", "Remember the passphrase on this computer"), card
        )
        card.layout_.addWidget(self.remember)
        self.remember_reason = _label("", card, "note")
        card.layout_.addWidget(self.remember_reason)
        usable, reason = (
            keyring
            if keyring is not None
            else (False, translate("Start", "checking whether this computer can keep it safely…"))
        )
        self.set_keyring(usable, reason)
        card.layout_.addWidget(
            _label(
                translate(
                    "Start",
                    "Important: nobody can open the plan without its passphrase — not us, not the "
                    "NHS. A lost passphrase cannot be recovered. Write it down and keep it safe.",
                ),
                card,
                "subheading",
            )
        )
        self.sheet_button = QPushButton(translate("Start", "Save a recovery sheet to print…"), card)
        self.sheet_button.setAccessibleDescription(
            translate(
                "Start",
                "A page to print and keep safe, with a space to write the passphrase by hand.",
            )
        )
        self.sheet_button.clicked.connect(self.save_recovery_sheet)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_button)
        sheet_row.addStretch(1)
        card.layout_.addLayout(sheet_row)
        self.sheet_note = _label("", card, "note")
        self.sheet_note.hide()
        card.layout_.addWidget(self.sheet_note)
        self.problem = _label("", card, "error")
        self.problem.hide()
        card.layout_.addWidget(self.problem)
        self.create_button = QPushButton(translate("Start", "Create my plan"), card)
        self.create_button.setProperty("role", "primary")
        self.create_button.clicked.connect(self.request_create)
        row = QHBoxLayout()
        row.addWidget(self.create_button)
        row.addStretch(1)
        card.layout_.addLayout(row)
        return card

    # -- what is typed ------------------------------------------------------------------------
    def typed(self) -> dict[str, object]:
        """What the person has typed or ticked (kept when the screen is rebuilt in a language)."""
        return {
            "name": self.name.text(),
            "path": self.path.text(),
            "passphrase": self.passphrase.text(),
            "confirm": self.confirm.text(),
            "show": self.show_passphrase.isChecked(),
            "remember": self.remember.isChecked(),
        }

    def restore_typed(self, typed: dict[str, object]) -> None:
        """Put back what :meth:`typed` returned."""
        self.name.setText(str(typed.get("name", "")))
        self.path.setText(str(typed.get("path", "")))
        self.passphrase.setText(str(typed.get("passphrase", "")))
        self.confirm.setText(str(typed.get("confirm", "")))
        self.show_passphrase.setChecked(bool(typed.get("show")))
        if self.remember.isEnabled():
            self.remember.setChecked(bool(typed.get("remember")))

    def clear_typed(self) -> None:
        """Empty every field (with its undo history) before the screen is thrown away."""
        for field in (self.name, self.path, self.passphrase, self.confirm):
            field.setText("")  # setText also clears the field's own undo history
        self.show_passphrase.setChecked(False)

    def set_keyring(self, usable: bool, reason: str) -> None:
        """Offer "remember" only when a secure keyring exists, and say why not otherwise."""
        if self.supporter:
            usable = False
            reason = translate("Start", "Supporter mode never remembers a passphrase.")
        self.remember.setEnabled(usable)
        if not usable:
            self.remember.setChecked(False)
        text = "" if usable else translate("Start", "Not available here.") + " " + reason
        self.remember_reason.setText(text)
        self.remember_reason.setVisible(bool(text))
        self.remember.setAccessibleDescription(text)

    def _show_passphrase(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def choose_new_path(self) -> None:
        from .filedialogs import ask_save_path

        start = self.path.text() or str(Path.home() / f"my-plan{PLAN_SUFFIX}")
        path = ask_save_path(
            self,
            translate("Start", "Where to keep the plan file"),
            start,
            translate("Start", "PHB Planner plans (*.phbplan)"),
        )
        if path:
            if not path.endswith(PLAN_SUFFIX):
                path += PLAN_SUFFIX
            self.path.setText(path)

    def suggest_passphrase(self) -> None:
        from ..services.files import suggest_passphrase

        words = suggest_passphrase()
        self.passphrase.setText(words)
        self.confirm.setText(words)
        self.show_passphrase.setChecked(True)
        self.strength.show()
        self.strength.setText(
            translate(
                "Start",
                "Suggested passphrase: {words} — write it down now and keep it somewhere safe.",
            ).format(words=words)
        )

    def save_recovery_sheet(self) -> None:
        """Save the recovery sheet (a PDF, without the passphrase) where the person chooses."""
        from .filedialogs import ask_save_path
        from .operations import Task, run_operation

        plan_file = self.path.text().strip() or str(Path.home() / f"my-plan{PLAN_SUFFIX}")
        name = self.name.text().strip()
        start = str(Path(plan_file).with_name(Path(plan_file).stem + "-recovery-sheet.pdf"))
        target = ask_save_path(
            self,
            translate("Start", "Save the recovery sheet"),
            start,
            translate("Start", "PDF documents (*.pdf)"),
        )
        if not target:
            return

        def work(_task: Task) -> Path:
            from ..services.exports import export_recovery_sheet

            # the save dialog already asked before replacing a file
            return export_recovery_sheet(name, Path(plan_file).name, Path(target), overwrite=True)

        def done(path: Path) -> None:
            from .supporter import note_saved

            note_saved(Path(path))
            self.sheet_note.setText(
                translate(
                    "Start",
                    "Saved {file}. Print it, write your passphrase on it by hand, and keep it "
                    "somewhere safe, away from the computer.",
                ).format(file=Path(path).name)
            )
            self.sheet_note.show()

        def failed(exc: BaseException) -> None:
            message = getattr(exc, "message", "") or translate(
                "Start", "The recovery sheet could not be saved there. Try another folder."
            )
            self.show_problem(message)

        run_operation(
            self, work, done=done, failed=failed,
            progress=translate("Start", "Making the recovery sheet…"),
        )  # fmt: skip

    def passphrase_feedback(self) -> str | None:
        """A problem with the passphrase and its confirmation, or ``None``."""
        from .strength import passphrase_feedback

        return passphrase_feedback(self.passphrase.text(), self.confirm.text())

    def check_passphrase(self) -> None:
        from .strength import show_strength

        show_strength(self.strength, self.passphrase, self.confirm)

    def show_problem(self, message: str | None) -> None:
        self.problem.setText(message or "")
        self.problem.setVisible(bool(message))

    def show_banner(self, message: str | None) -> None:
        """Show a problem at the top of the start screen (or hide it)."""
        self.banner.setText(("⚠ " + message) if message else "")
        self.banner.setVisible(bool(message))
        self.banner.setAccessibleName(message or "")

    def request_create(self) -> None:
        path = self.path.text().strip()
        if not self.name.text().strip():
            self.show_problem(translate("Start", "Please write whose plan it is."))
            self.name.setFocus()
            return
        if not path:
            self.show_problem(translate("Start", "Please choose where to keep the plan file."))
            self.path.setFocus()
            return
        if not path.endswith(PLAN_SUFFIX):
            path += PLAN_SUFFIX
            self.path.setText(path)
        if Path(path).exists():
            self.show_problem(
                translate(
                    "Start",
                    "There is already a file called {name} there. Choose another name, "
                    "or open it instead.",
                ).format(name=Path(path).name)
            )
            self.path.setFocus()
            return
        problem = self.passphrase_feedback()
        if problem:
            self.show_problem(problem)
            self.passphrase.setFocus()
            return
        self.show_problem(None)
        self.create_requested.emit(
            path, self.passphrase.text(), self.name.text().strip(), self.remember.isChecked()
        )

    # -- open -------------------------------------------------------------------------------
    def _open_card(self, parent: QWidget) -> Card:
        card = Card(translate("Start", "Open a plan"), parent)
        self.open_button = QPushButton(translate("Start", "Open a plan file…"), card)
        self.open_button.clicked.connect(self.choose_open_path)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        card.layout_.addLayout(row)
        recent_label = _label(translate("Start", "Plans opened recently"), card, "subheading")
        card.layout_.addWidget(recent_label)
        self.recent_model = QStringListModel(card)
        self.recent = QListView(card)
        self.recent.setModel(self.recent_model)
        self.recent.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recent.setAccessibleName(translate("Start", "Plans opened recently"))
        self.recent.setAccessibleDescription(translate("Start", "Press Enter to open a plan."))
        self.recent.activated.connect(lambda index: self.open_requested.emit(index.data()))
        self.recent.setMinimumHeight(120)
        recent_label.setBuddy(self.recent)
        card.layout_.addWidget(self.recent, 1)
        self.no_recent = _label(translate("Start", "None yet."), card, "note")
        card.layout_.addWidget(self.no_recent)
        if self.supporter:
            recent_label.hide()
            self.recent.hide()
            self.no_recent.hide()
        card.layout_.addStretch(1)
        return card

    def set_recent(self, paths: list[str]) -> None:
        self.recent_model.setStringList([] if self.supporter else paths)
        self.no_recent.setVisible(not self.supporter and not paths)
        self.recent.setVisible(not self.supporter and bool(paths))

    def choose_open_path(self) -> None:
        from .filedialogs import ask_open_path

        path = ask_open_path(
            self,
            translate("Start", "Open a plan file"),
            str(Path.home()),
            translate("Start", "PHB Planner plans (*.phbplan);;All files (*)"),
        )
        if path:
            self.open_requested.emit(path)

    def set_busy(self, text: str | None) -> None:
        """Show (or hide) the busy indicator and keep the person from starting twice."""
        self.busy_label.setText(text or "")
        self.busy.setVisible(bool(text))
        for widget in (self.new_card, self.open_button, self.example_button, self.recent):
            widget.setEnabled(not text)
        self.busy_bar.setVisible(bool(text))
        self.setCursor(Qt.CursorShape.BusyCursor if text else Qt.CursorShape.ArrowCursor)
