"""Recording the agreement (sign-off) of a ready plan, and showing the frozen version's
fingerprint so a signed paper copy can be matched to it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import PHBError
from ...domain.fingerprint import format_fingerprint
from ...domain.text import translate
from ...domain.versions import Agreement, VersionInfo
from ..drafts import DraftDialog
from ..fitting import fit_to_screen, scrolling_body
from ..theme import set_role
from .feed import CostedPlan
from .lines_model import representative_meaning


def _line(form: QFormLayout, label: str, text: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setAccessibleName(label)
    caption = QLabel(label)
    caption.setBuddy(edit)
    caption.setWordWrap(True)
    form.addRow(caption, edit)
    return edit


class WholeDateEdit(QDateEdit):
    """A date box that Tab leaves at once (Left and Right move between day, month and year):
    Qt's moves Tab between the parts, where a screen reader hears nothing."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class RecordAgreementDialog(DraftDialog):
    """Who agreed the plan and when; refuses to save anything missing; asks before discarding."""

    def __init__(self, feed: CostedPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        self.result_version: VersionInfo | None = None
        plan = feed.plan
        self.setWindowTitle(translate("Agreement", "Record agreement"))
        outer = QVBoxLayout(self)
        layout = scrolling_body(self, outer)  # the buttons stay below, in view
        intro = QLabel(
            translate(
                "Agreement",
                "Write down who agreed this plan. The plan is then frozen as version {number}: "
                "any later change starts a new draft.",
            ).format(number=feed.session.version.number)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        # Each label above its box: long labels and large text need the whole width.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setSpacing(10)
        self.person = _line(
            form,
            translate("Agreement", "Person who agreed (me, or my representative)"),
            plan.person.name,
        )
        self.representative = QCheckBox(translate("Agreement", "A representative agreed for me"))
        self.representative.setAccessibleName(self.representative.text())
        form.addRow("", self.representative)
        meaning = QLabel(representative_meaning())
        meaning.setWordWrap(True)
        set_role(meaning, "note")
        form.addRow("", meaning)
        self.relationship = _line(
            form, translate("Agreement", "The representative’s relationship to me")
        )
        self.relationship.setEnabled(False)
        self.representative.toggled.connect(self.relationship.setEnabled)
        self.coordinator = _line(
            form, translate("Agreement", "Care coordinator"), plan.care_coordinator.name
        )
        self.coordinator_role = _line(
            form, translate("Agreement", "Care coordinator’s role"), plan.care_coordinator.role
        )
        self.approver = _line(form, translate("Agreement", "ICB approver"))
        self.approver_role = _line(form, translate("Agreement", "ICB approver’s role"))
        self.when = WholeDateEdit(QDate.currentDate())
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd/MM/yyyy")
        when_label = QLabel(translate("Agreement", "Date agreed"))
        when_label.setBuddy(self.when)
        self.when.setAccessibleName(when_label.text())
        form.addRow(when_label, self.when)
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setProperty("role", "error")
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(self)
        self.save = buttons.addButton(
            translate("Agreement", "Record agreement"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        fit_to_screen(self, chars=48)
        self._initial = self._state()

    def _state(self) -> tuple[object, ...]:
        edits = (self.person, self.relationship, self.coordinator, self.coordinator_role,
                 self.approver, self.approver_role)  # fmt: skip
        return (*(e.text() for e in edits), self.representative.isChecked(), self.when.date())

    def has_changes(self) -> bool:
        """True when anything differs from what the dialog opened with."""
        return self._state() != self._initial

    def agreement(self) -> Agreement:
        """The agreement as typed; ``ValueError`` with a plain message when something is missing."""
        missing = [
            label
            for label, edit in (
                (translate("Agreement", "the person who agreed"), self.person),
                (translate("Agreement", "the care coordinator"), self.coordinator),
                (translate("Agreement", "the ICB approver"), self.approver),
            )
            if not edit.text().strip()
        ]
        if self.representative.isChecked() and not self.relationship.text().strip():
            missing.append(translate("Agreement", "the representative’s relationship to you"))
        if missing:
            raise ValueError(
                translate("Agreement", "Please write down {what}.").format(what=", ".join(missing))
            )
        agreed_on = self.when.date().toPython()
        assert isinstance(agreed_on, date)
        if agreed_on > date.today():
            raise ValueError(translate("Agreement", "The date agreed cannot be in the future."))
        return Agreement(
            person_name=self.person.text().strip(),
            agreed_on=agreed_on,
            person_is_representative=self.representative.isChecked(),
            representative_relationship=self.relationship.text().strip(),
            coordinator_name=self.coordinator.text().strip(),
            coordinator_role=self.coordinator_role.text().strip(),
            icb_approver_name=self.approver.text().strip(),
            icb_approver_role=self.approver_role.text().strip(),
        )

    def accept(self) -> None:
        try:
            agreement = self.agreement()
            self.result_version = self.feed.session.agree(agreement)
        except ValueError as exc:
            self._show(str(exc))
            return
        except PHBError as exc:
            self._show(exc.message)
            return
        self.feed.controller.undo_stack.clear()  # an agreed version cannot be undone into
        super().accept()

    def _show(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()


class FingerprintDialog(QDialog):
    """A version's fingerprint in groups of four, with a Copy button."""

    def __init__(self, version: VersionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("Agreement", "Plan version {number}").format(number=version.number)
        )
        layout = QVBoxLayout(self)
        status = (
            translate("Agreement", "agreed")
            if version.status.value == "agreed"
            else translate("Agreement", "draft")
        )
        text = QLabel(
            translate(
                "Agreement",
                "Version {number} ({status}). Its fingerprint is printed at the foot of every "
                "page of its PDF. Use it to match a signed paper copy to this version:",
            ).format(number=version.number, status=status)
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.fingerprint = QLabel(format_fingerprint(version.fingerprint), self)
        self.fingerprint.setProperty("role", "fingerprint")
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setAccessibleName(translate("Agreement", "Fingerprint"))
        layout.addWidget(self.fingerprint)
        copy = QPushButton(translate("Agreement", "Copy the fingerprint"), self)
        copy.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(format_fingerprint(version.fingerprint))
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(buttons)
        fit_to_screen(self, chars=44)
