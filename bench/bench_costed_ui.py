"""The costed plan in the window with 1,000 support lines (offscreen, a real encrypted file).

- edit → totals: from typing a new unit cost into the table to every total, the summary bar and
  the readiness panel showing the new figures (saving to the file included). Target ≤ 50 ms.
- sort: sorting the table by period cost; scroll: jumping to the last row and painting it.
Baseline: repainting an empty QMainWindow of the same size.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMainWindow, QVBoxLayout, QWidget

from bench.harness import median_seconds, report
from phbplanner.domain.money import Money
from phbplanner.domain.plan import SupportLine
from phbplanner.domain.schedule import Frequency, Schedule
from phbplanner.interchange.plan_json import load_plan_file
from phbplanner.services.files import create_plan_file
from phbplanner.ui.controller import PlanController
from phbplanner.ui.costed.feed import CostedPlan
from phbplanner.ui.costed.lines_editor import SupportLinesEditor
from phbplanner.ui.costed.lines_model import Col
from phbplanner.ui.costed.readiness_panel import ReadinessPanel
from phbplanner.ui.costed.summary_bar import BudgetSummaryBar

ROOT = Path(__file__).resolve().parent.parent


def _quiet(kind: QtMsgType, context: object, message: str) -> None:
    # The offscreen platform complains about every window it cannot size; nothing to report.
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def main() -> None:
    qInstallMessageHandler(_quiet)
    app = QApplication.instance() or QApplication([])
    example = load_plan_file(ROOT / "resources" / "example-plan.json")
    frequencies = list(Frequency)
    lines = tuple(
        SupportLine(f"s{i}", f"Support line {i}", unit_cost=Money(1000 + i),
                    quantity=Decimal("2.5"), schedule=Schedule(frequencies[i % 7]),
                    outcomes=("o1",))
        for i in range(1000)
    )  # fmt: skip
    plan = dataclasses.replace(example, support_lines=lines)
    with tempfile.TemporaryDirectory() as folder:
        session = create_plan_file(Path(folder) / "bench.phbplan", "bench passphrase 1234 long",
                                   plan, author="bench", supporter=True)  # fmt: skip
        try:
            run(app, session)
        finally:
            session.close()


def run(app: QApplication, session: object) -> None:
    empty = QMainWindow()
    empty.resize(1200, 800)
    empty.show()
    app.processEvents()
    baseline = median_seconds(lambda: empty.grab(), repeat=10)
    report("baseline: repaint an empty 1200×800 window", baseline)

    feed = CostedPlan(PlanController(session))  # type: ignore[arg-type]
    window = QWidget()
    layout = QVBoxLayout(window)
    bar = BudgetSummaryBar(feed)
    editor = SupportLinesEditor(feed)
    panel = ReadinessPanel(feed)
    for widget in (bar, editor, panel):
        layout.addWidget(widget)
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    print(f"Support lines: {len(feed.plan.support_lines)}")

    model = editor.model
    counter = iter(range(10**6))

    def edit() -> None:
        pence = 2000 + next(counter)
        before = bar.figures["planned"]
        model.setData(model.index(500, Col.UNIT_COST), Money(pence).to_str())
        assert bar.figures["planned"] != before
        app.processEvents()

    report("edit a unit cost → totals, bar, readiness shown", median_seconds(edit, repeat=15),
           target=0.050, baseline=("empty repaint", baseline))  # fmt: skip

    def sort() -> None:
        editor.view.sortByColumn(Col.PERIOD_COST, Qt.SortOrder.DescendingOrder)
        app.processEvents()
        editor.plan_order()
        app.processEvents()

    report("sort by period cost and back to plan order", median_seconds(sort, repeat=7),
           baseline=("empty repaint", baseline))  # fmt: skip

    def scroll() -> None:
        editor.view.scrollToBottom()
        editor.view.viewport().repaint()
        editor.view.scrollToTop()
        editor.view.viewport().repaint()

    report("scroll to the last row and back, painted", median_seconds(scroll, repeat=10),
           baseline=("empty repaint", baseline))  # fmt: skip
    start = time.perf_counter()
    editor.view.viewport().grab()
    report("paint the visible table once", time.perf_counter() - start)


if __name__ == "__main__":
    main()
