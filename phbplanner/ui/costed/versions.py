"""Every version of the plan — status, dates, fingerprint — and the differences between any two."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.diff import PlanDiff, diff_plans
from ...domain.fingerprint import format_fingerprint
from ...domain.schedule import format_date
from ...domain.text import translate
from ...domain.versions import VersionInfo, VersionStatus
from ..fitting import fit_to_screen
from ..flow import FlowLayout
from ..stacking import TableOrBlocks
from .feed import CostedPlan
from .text_table import TextTableModel

AnyIndex = QModelIndex | QPersistentModelIndex


def section_name(key: str) -> str:
    """A plan section's name as the journey shows it."""
    names = {
        "person": translate("Versions", "About me: my details"),
        "about_me": translate("Versions", "About me"),
        "what_matters": translate("Versions", "What matters to me"),
        "strengths": translate("Versions", "My strengths"),
        "relationships": translate("Versions", "My relationships"),
        "community": translate("Versions", "My community"),
        "needs": translate("Versions", "My health and wellbeing"),
        "outcomes": translate("Versions", "My outcomes"),
        "support_lines": translate("Versions", "Paid support"),
        "unpaid_support": translate("Versions", "Unpaid support"),
        "budget": translate("Versions", "My budget"),
        "risks": translate("Versions", "Risks"),
        "contingency_plan": translate("Versions", "Crisis plan"),
        "actions": translate("Versions", "Action plan"),
        "helpers": translate("Versions", "Who helped"),
        "consent_to_share": translate("Versions", "Consent to share"),
        "consents": translate("Versions", "Consent records"),
        "care_coordinator": translate("Versions", "Care coordinator"),
        "reviews": translate("Versions", "Reviews"),
    }
    return names.get(key, key)


def status_words(version: VersionInfo) -> str:
    """ "Agreed" or "Draft"."""
    if version.status is VersionStatus.AGREED:
        return translate("Versions", "Agreed")
    return translate("Versions", "Draft")


def diff_html(diff: PlanDiff, older: int, newer: int, title: str | None = None) -> str:
    """The differences as simple, accessible HTML (headings and lists, no colour needed);
    ``title`` replaces "From version 1 to version 2"."""
    e = html.escape
    if title is None:
        title = translate("Versions", "From version {a} to version {b}").format(a=older, b=newer)
    out = [f"<h3>{e(title)}</h3>"]
    if diff.unchanged:
        out.append(f"<p>{e(translate('Versions', 'Nothing changed.'))}</p>")
        return "".join(out)
    if diff.old_indicative != diff.new_indicative:
        out.append(
            "<p>"
            + e(
                translate("Versions", "Budget: {old} → {new}").format(
                    old=diff.old_indicative.format(), new=diff.new_indicative.format()
                )
            )
            + "</p>"
        )
    if diff.old_planned != diff.new_planned:
        change = diff.planned_change
        sign = "+" if change.pence > 0 else "−"
        out.append(
            "<p>"
            + e(
                translate("Versions", "Planned support: {old} → {new} ({sign}{change})").format(
                    old=diff.old_planned.format(),
                    new=diff.new_planned.format(),
                    sign=sign,
                    change=abs(change).format(),
                )
            )
            + "</p>"
        )
    if diff.sections:
        out.append(f"<h4>{e(translate('Versions', 'Sections changed'))}</h4><ul>")
        for key in diff.sections:
            fields = "; ".join(
                f"{f.field.replace('_', ' ')}: “{f.old}” → “{f.new}”"
                for f in diff.section_fields.get(key, ())
            )
            out.append(f"<li><b>{e(section_name(key))}</b>: {e(fields)}</li>")
        out.append("</ul>")
    kinds = {
        "added": translate("Versions", "Added"),
        "removed": translate("Versions", "Removed"),
        "changed": translate("Versions", "Changed"),
    }
    collections = list(dict.fromkeys(item.collection for item in diff.items))
    for collection in collections:
        out.append(f"<h4>{e(section_name(collection))}</h4><ul>")
        for item in (i for i in diff.items if i.collection == collection):
            words = f"<b>{e(kinds[item.kind])}</b>: {e(item.label)}"
            if item.old_cost is not None and item.new_cost is not None:
                words += e(f" ({item.old_cost.format()} → {item.new_cost.format()})")
            elif item.new_cost is not None:
                words += e(f" ({item.new_cost.format()})")
            elif item.old_cost is not None:
                words += e(f" ({item.old_cost.format()})")
            if item.fields:
                words += "<br>" + e(
                    "; ".join(
                        f"{f.field.replace('_', ' ')}: “{f.old}” → “{f.new}”" for f in item.fields
                    )
                )
            out.append(f"<li>{words}</li>")
        out.append("</ul>")
    return "".join(out)


def versions_model(versions: list[VersionInfo], parent: QWidget) -> TextTableModel:
    """Number, status, dates and fingerprint of each version, as a table."""
    model = TextTableModel(
        [
            translate("Versions", "Version"),
            translate("Versions", "Status"),
            translate("Versions", "Started"),
            translate("Versions", "Agreed on"),
            translate("Versions", "Fingerprint"),
        ],
        parent=parent,
    )
    model.set_rows(
        [
            str(version.number),
            status_words(version),
            format_date(version.created.date()),
            format_date(version.agreement.agreed_on) if version.agreement else "",
            format_fingerprint(version.fingerprint),
        ]
        for version in versions
    )
    return model


class VersionHistoryDialog(QDialog):
    """The list of versions and a difference view between any two."""

    def __init__(self, feed: CostedPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        session = feed.session
        self.versions: list[VersionInfo] = session.versions()
        self.setWindowTitle(translate("Versions", "Plan versions"))
        layout = QVBoxLayout(self)
        self.table = QTableView(self)
        self.table.setModel(versions_model(self.versions, self))
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(translate("Versions", "Versions of this plan"))
        self.table_place = TableOrBlocks(self.table, self)
        layout.addWidget(self.table_place)
        copy = QPushButton(translate("Versions", "Copy the selected version’s fingerprint"), self)
        copy.clicked.connect(self._copy)
        layout.addWidget(copy)
        compare = FlowLayout()  # wraps at large text sizes
        self.older = QComboBox(self)
        self.newer = QComboBox(self)
        for combo in (self.older, self.newer):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            for version in self.versions:
                combo.addItem(
                    translate("Versions", "Version {n} ({status})").format(
                        n=version.number, status=status_words(version).lower()
                    ),
                    version.number,
                )
        older_label = QLabel(translate("Versions", "Compare version"), self)
        older_label.setBuddy(self.older)
        self.older.setAccessibleName(translate("Versions", "Older version"))
        newer_label = QLabel(translate("Versions", "with version"), self)
        newer_label.setBuddy(self.newer)
        self.newer.setAccessibleName(translate("Versions", "Newer version"))
        compare.addWidget(older_label)
        compare.addWidget(self.older)
        compare.addWidget(newer_label)
        compare.addWidget(self.newer)
        layout.addLayout(compare)
        self.differences = QTextBrowser(self)
        self.differences.setAccessibleName(translate("Versions", "Differences"))
        self.differences.setMinimumHeight(240)
        layout.addWidget(self.differences, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if len(self.versions) >= 2:
            self.older.setCurrentIndex(len(self.versions) - 2)
        self.newer.setCurrentIndex(len(self.versions) - 1)
        self.older.currentIndexChanged.connect(self.compare)
        self.newer.currentIndexChanged.connect(self.compare)
        self.compare()
        fit_to_screen(self, chars=70, lines=36)

    def compare(self, *_: object) -> None:
        """Show the differences between the two chosen versions."""
        a, b = int(self.older.currentData()), int(self.newer.currentData())
        session = self.feed.session
        diff = diff_plans(session.version_plan(a), session.version_plan(b))
        self.differences.setHtml(diff_html(diff, a, b))

    def _copy(self) -> None:
        row = self.table.currentIndex().row()
        version = self.versions[row if row >= 0 else -1]
        QGuiApplication.clipboard().setText(format_fingerprint(version.fingerprint))
