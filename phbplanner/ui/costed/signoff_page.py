"""The last step: is the plan ready for sign-off? Record the agreement, see the versions and
their fingerprints, and export the plan as a PDF."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from ...domain.fingerprint import format_fingerprint
from ...domain.readiness import Section
from ...domain.text import translate
from ...domain.versions import VersionStatus
from ..controller import PlanController
from ..flow import FlowLayout
from ..pages.base import Page
from .agreement import FingerprintDialog, RecordAgreementDialog
from .export import ExportPdfDialog
from .feed import feed_for
from .readiness_panel import ReadinessPanel
from .versions import VersionHistoryDialog


class SignOffPage(Page):
    """Readiness, agreement, versions and export in one place."""

    section = Section.REVIEWS  # not a readiness section of its own; never a jump target
    slug = "sign-off"

    def __init__(self, controller: PlanController) -> None:
        feed = feed_for(controller)
        super().__init__(
            controller,
            translate("Steps", "Agree my plan"),
            translate("SignOff", "Is my plan ready to be agreed?"),
            translate(
                "SignOff",
                "When every point is met, print the plan for signatures, then record who agreed "
                "it. The agreed plan is kept as a numbered version that never changes.",
            ),
        )
        self.feed = feed
        self.panel = ReadinessPanel(feed, self.body)
        self.add(self.panel)
        self.version_label = QLabel(self.body)
        self.version_label.setWordWrap(True)
        self.add(self.version_label)
        self.fingerprint = QLabel(self.body)
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setProperty("role", "fingerprint")
        self.fingerprint.setAccessibleName(translate("SignOff", "Fingerprint of this version"))
        self.add(self.fingerprint)
        self.fingerprint_note = QLabel(
            translate(
                "SignOff",
                "The fingerprint is printed on each page of the PDF. "
                "It shows that a paper copy is this version.",
            ),
            self.body,
        )
        self.fingerprint_note.setWordWrap(True)
        self.fingerprint_note.setProperty("role", "note")
        self.add(self.fingerprint_note)
        row = QWidget(self.body)
        buttons = FlowLayout(row)  # wraps at large text sizes
        self.export_button = self._button(
            buttons, translate("SignOff", "Export the plan as a PDF…"), self.export
        )
        self.agree_button = self._button(
            buttons, translate("SignOff", "Record agreement…"), self.record_agreement
        )
        self.versions_button = self._button(
            buttons, translate("SignOff", "Versions and differences…"), self.show_versions
        )
        self.add(row)
        self.agree_note = QLabel(self.body)
        self.agree_note.setWordWrap(True)
        self.agree_note.setProperty("role", "note")
        self.add(self.agree_note)
        self.finish()
        feed.updated.connect(self.refresh)
        self.refresh()

    def _button(self, layout: FlowLayout, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self.body)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    def step_state(self) -> str:
        """Complete once agreed; started when ready to agree; else not started (step list)."""
        if self.feed.session.version.status is VersionStatus.AGREED:
            return "complete"
        return "started" if self.feed.ready else "not_started"

    def refresh(self) -> None:
        """Show the current version, its fingerprint and whether it can be agreed."""
        version = self.feed.session.version
        agreed = version.status is VersionStatus.AGREED
        if agreed:
            words = translate("SignOff", "This is version {n}, agreed. Any change you make now "
                              "starts version {next} as a draft.")  # fmt: skip
        else:
            words = translate("SignOff", "This is version {n}, a draft.")
        self.version_label.setText(words.format(n=version.number, next=version.number + 1))
        self.fingerprint.setText(
            translate("SignOff", "Fingerprint: {fingerprint}").format(
                fingerprint=format_fingerprint(version.fingerprint)
            )
        )
        ready = self.feed.ready and not agreed
        self.agree_button.setEnabled(ready)
        if agreed:
            self.agree_note.setText(translate("SignOff", "This version is already agreed."))
        elif not self.feed.ready:
            self.agree_note.setText(
                translate("SignOff", "Agreement can be recorded when every point above is met.")
            )
        else:
            self.agree_note.setText("")

    def record_agreement(self) -> None:
        """Ask who agreed, freeze the version, then show its fingerprint."""
        dialog = RecordAgreementDialog(self.feed, self)
        if dialog.exec() and dialog.result_version is not None:
            FingerprintDialog(dialog.result_version, self).exec()
        self.refresh()

    def show_versions(self) -> None:
        """Every version and the differences between any two."""
        VersionHistoryDialog(self.feed, self).exec()

    def export(self) -> None:
        """Export the plan (or an agreed version) as a PDF."""
        ExportPdfDialog(self.feed, self).exec()
