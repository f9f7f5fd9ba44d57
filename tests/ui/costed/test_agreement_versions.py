"""Readiness panel, agreement, frozen versions, fingerprints, differences and PDF export."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QLabel

from phbplanner.domain.fingerprint import format_fingerprint
from phbplanner.domain.money import Money
from phbplanner.domain.plan import CareCoordinator, Plan, SupportLine
from phbplanner.domain.readiness import Code
from phbplanner.domain.versions import VersionStatus
from phbplanner.services.edits import PutItem, RemoveItem, SetSection
from phbplanner.ui.controller import PlanController
from phbplanner.ui.costed.agreement import FingerprintDialog, RecordAgreementDialog
from phbplanner.ui.costed.export import ExportPdfDialog
from phbplanner.ui.costed.feed import CostedPlan
from phbplanner.ui.costed.readiness_panel import ReadinessPanel
from phbplanner.ui.costed.versions import VersionHistoryDialog

from ...language_support import use_translations
from .conftest import PASSPHRASE


def fill(dialog: RecordAgreementDialog) -> None:
    dialog.approver.setText("Dr Amara Singh")
    dialog.approver_role.setText("PHB panel lead, Cheshire and Merseyside ICB")


def test_readiness_panel_lists_findings_and_updates(feed: CostedPlan) -> None:
    panel = ReadinessPanel(feed)
    assert panel.status.text().startswith("✓ Ready")
    jumps = []
    panel.jump.connect(jumps.append)
    feed.controller.edit(SetSection("care_coordinator", CareCoordinator()), "Clear coordinator")
    assert "1 thing to do before sign-off" in panel.status.text()
    assert len(panel.buttons) == 1
    panel.buttons[0].click()
    assert jumps[0].code is Code.CARE_COORDINATOR_MISSING
    feed.controller.undo_stack.undo()
    assert panel.buttons == [] and panel.status.text().startswith("✓ Ready")


def test_an_over_budget_plan_cannot_be_agreed_and_says_by_how_much(feed: CostedPlan) -> None:
    line = dataclasses.replace(feed.plan.support_lines[1], unit_cost=Money.parse("40.00"))
    assert feed.controller.edit(PutItem("support_lines", line), "Raise the cost")
    dialog = RecordAgreementDialog(feed)
    fill(dialog)
    dialog.accept()
    assert dialog.result() == 0 and dialog.result_version is None
    assert "over budget" in dialog.problem.text()
    over = -feed.costing.remaining
    assert over.format() in dialog.problem.text()
    assert feed.session.version.status is VersionStatus.DRAFT


def test_the_agreement_form_says_what_a_representative_is(feed: CostedPlan) -> None:
    dialog = RecordAgreementDialog(feed)
    said = [label.text() for label in dialog.findChildren(QLabel)]
    assert "My representative is someone who can act for me if I cannot." in said


def test_the_agreement_form_refuses_missing_names(feed: CostedPlan) -> None:
    dialog = RecordAgreementDialog(feed)
    dialog.accept()
    assert "ICB approver" in dialog.problem.text()
    assert feed.session.version.status is VersionStatus.DRAFT


def test_agreeing_freezes_the_version_and_edits_start_a_new_draft(
    feed: CostedPlan, tmp_path: Path
) -> None:
    dialog = RecordAgreementDialog(feed)
    fill(dialog)
    dialog.accept()
    agreed = dialog.result_version
    assert agreed is not None and agreed.status is VersionStatus.AGREED
    shown = FingerprintDialog(agreed)
    assert shown.fingerprint.text() == format_fingerprint(agreed.fingerprint)
    # the fingerprint equals the CLI's
    feed.session.close()
    env = {**os.environ, "PHBPLANNER_PASSPHRASE": PASSPHRASE}
    command = [sys.executable, "-m", "phbplanner", "summary", str(feed.session.path), "--json"]
    out = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    assert json.loads(out.stdout)["fingerprint"] == agreed.fingerprint


def test_editing_an_agreed_plan_starts_a_new_draft(feed: CostedPlan) -> None:
    dialog = RecordAgreementDialog(feed)
    fill(dialog)
    dialog.accept()
    agreed_plan = feed.session.plan
    line = dataclasses.replace(feed.plan.support_lines[0], unit_cost=Money.parse("14.00"))
    assert feed.controller.edit(PutItem("support_lines", line), "Change cost")
    versions = feed.session.versions()
    assert [(v.number, v.status) for v in versions] == [
        (1, VersionStatus.AGREED), (2, VersionStatus.DRAFT)]  # fmt: skip
    assert feed.session.version_plan(1) == agreed_plan


def test_difference_view_shows_added_removed_and_changed_lines(feed: CostedPlan) -> None:
    dialog = RecordAgreementDialog(feed)
    fill(dialog)
    dialog.accept()
    plan = feed.plan
    changed = dataclasses.replace(plan.support_lines[0], unit_cost=Money.parse("14.00"))
    added = SupportLine("s99", "Gardening help", unit_cost=Money(1500), outcomes=("o2",))
    feed.controller.edit([PutItem("support_lines", changed), PutItem("support_lines", added),
                          RemoveItem("support_lines", "s8")], "Change lines")  # fmt: skip
    history = VersionHistoryDialog(feed)
    assert history.table.model().rowCount() == 2
    text = history.differences.toPlainText()
    assert "From version 1 to version 2" in text
    assert "Changed: Personal assistant for walks (£1,738.10 → £1,820.00)" in text
    assert "Added: Gardening help" in text
    assert "Removed: Lightweight walking frame with seat (£120.00)" in text
    assert "unit cost: “£13.37” → “£14.00”" in text


def test_export_runs_off_the_gui_thread_and_writes_the_pdf(
    qtbot: object, feed: CostedPlan, tmp_path: Path
) -> None:
    dialog = ExportPdfDialog(feed)
    dialog.large.setChecked(True)
    out = tmp_path / "plan.pdf"
    dialog.export_to(out)
    qtbot.waitUntil(lambda: dialog.written == out, timeout=60_000)  # type: ignore[attr-defined]
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Siân" in text
    assert format_fingerprint(feed.session.version.fingerprint) in text.replace("\n", " ")


def test_export_makes_the_pdf_in_the_language_chosen_not_the_windows(
    qtbot: object, feed: CostedPlan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "translations"
    folder.mkdir()
    use_translations(monkeypatch, folder, {
        ("PlanPdf", "Personal health budget"): "Cyllideb iechyd personol",
    })  # fmt: skip
    dialog = ExportPdfDialog(feed)
    assert dialog.language.currentData() == "en"  # the window's language, English here
    assert dialog.language.accessibleName() == "Language of the PDF"
    dialog.language.setCurrentIndex(dialog.language.findData("cy"))
    out = tmp_path / "cynllun.pdf"
    dialog.export_to(out)
    qtbot.waitUntil(lambda: dialog.written == out, timeout=60_000)  # type: ignore[attr-defined]
    first = PdfReader(out).pages[0].extract_text()
    assert "Cyllideb iechyd personol" in first and "Personal health budget" not in first
    assert dialog.windowTitle() == "Export the plan as a PDF"  # the window stays English


def test_panel_for_a_thousand_findings_shows_the_first_and_counts_the_rest(
    qtbot: object, make_session: object, example: Plan
) -> None:
    lines = tuple(SupportLine(f"x{i}", f"Line {i}", management=None, outcomes=())
                  for i in range(1000))  # fmt: skip
    plan = dataclasses.replace(example, support_lines=lines)
    feed = CostedPlan(PlanController(make_session(plan)))  # type: ignore[operator]
    panel = ReadinessPanel(feed)
    assert len(panel.buttons) == 25
    assert "more like these" in panel.more.text()


def test_panel_rewords_its_rows_in_place_as_figures_change(feed: CostedPlan) -> None:
    panel = ReadinessPanel(feed)
    line = feed.plan.support_lines[1]
    feed.controller.edit(PutItem("support_lines", dataclasses.replace(
        line, unit_cost=Money.parse("40.00"))), "Raise")  # fmt: skip
    (button,) = panel.buttons
    first = panel._labels[0].text()
    assert "over budget" in first
    feed.controller.edit(PutItem("support_lines", dataclasses.replace(
        line, unit_cost=Money.parse("45.00"))), "Raise more")  # fmt: skip
    assert panel.buttons == [button]  # the same row, reworded
    assert panel._labels[0].text() != first and "over budget" in panel._labels[0].text()
    assert feed.costing.remaining.pence < 0
    assert (-feed.costing.remaining).format() in panel._labels[0].text()
