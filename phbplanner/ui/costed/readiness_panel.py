"""Is the plan ready for sign-off? Each unmet point in plain English, with a button that goes to
the place to fix it. Updates as the plan changes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.readiness import Finding
from ...domain.text import translate
from ..theme import set_role
from .feed import CostedPlan

#: Points shown one by one; past this many the rest are counted (a plan with a thousand
#: unlinked lines needs the first few fixed, not a thousand buttons).
SHOWN = 25


class ReadinessPanel(QFrame):
    """The findings of the readiness check, each with "Go there"."""

    jump = Signal(object)  # Finding

    def __init__(self, feed: CostedPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        self.setObjectName("readiness")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        self.heading = QLabel(translate("Readiness", "Ready for sign-off?"), self)
        set_role(self.heading, "subheading")
        layout.addWidget(self.heading)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(6)
        layout.addLayout(self.rows)
        self.more = QLabel(self)
        self.more.setWordWrap(True)
        self.more.setProperty("role", "note")
        layout.addWidget(self.more)
        layout.addStretch(1)
        self.buttons: list[QPushButton] = []
        self._labels: list[QLabel] = []
        self._targets: dict[QPushButton, Finding] = {}
        self._shown: list[Finding] = []
        feed.updated.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the latest findings (rebuilding rows only when they changed)."""
        findings = self.feed.findings
        if not findings:
            self.status.setText(
                translate("Readiness", "✓ Ready: the plan meets every point for sign-off.")
            )
        elif len(findings) == 1:
            self.status.setText(
                translate("Readiness", "Not ready yet: 1 thing to do before sign-off.")
            )
        else:
            self.status.setText(
                translate(
                    "Readiness", "Not ready yet: {count} things to do before sign-off."
                ).format(count=len(findings))
            )
        shown = findings[:SHOWN]
        if shown != self._shown:
            self._rebuild(shown)
        hidden = len(findings) - len(shown)
        self.more.setText(
            translate("Readiness", "…and {count} more like these.").format(count=hidden)
            if hidden
            else ""
        )
        self.more.setVisible(hidden > 0)
        self.setAccessibleName(self.status.text())

    def _rebuild(self, findings: list[Finding]) -> None:
        """Show ``findings``, reusing the rows already there (only their words change)."""
        while len(self.buttons) > len(findings):
            self.buttons.pop()
            self._labels.pop()
            item = self.rows.takeAt(self.rows.count() - 1)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        while len(self.buttons) < len(findings):
            row = QWidget(self)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = QLabel(row)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            button = QPushButton(translate("Readiness", "Go there"), row)
            button.clicked.connect(self._go)
            line.addWidget(text, 1)
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.rows.addWidget(row)
            self.buttons.append(button)
            self._labels.append(text)
        self._targets = {}
        for number, (finding, button, label) in enumerate(
            zip(findings, self.buttons, self._labels, strict=True), start=1
        ):
            label.setText(f"{number}. {finding.message}")
            button.setAccessibleName(
                translate("Readiness", "Go there to fix: {problem}").format(problem=finding.message)
            )
            self._targets[button] = finding
        self._shown = list(findings)

    def _go(self) -> None:
        # A bound method, not a lambda holding the panel: a lambda would make a reference cycle,
        # freed only by the cycle collector (see services/background.py).
        finding = self._targets.get(self.sender())  # type: ignore[call-overload]
        if finding is not None:
            self.jump.emit(finding)
