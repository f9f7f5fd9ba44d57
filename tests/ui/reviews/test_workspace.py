"""The Reviews workspace: progress over time (chart and table against the services' data), a
new plan version made from a review and undone, the review as a PDF (off the GUI thread)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCharts import QBarSeries, QLineSeries

from phbplanner.domain.money import Money
from phbplanner.ui.reviews.progress_view import ALL, outcome_name
from phbplanner.ui.reviews.sample import add_sample_reviews
from phbplanner.ui.reviews.view import ReviewsView
from phbplanner.ui.window import MainWindow

from .conftest import service, wait_ready


def _with_sample_reviews(view: ReviewsView, qtbot: Any) -> None:
    add_sample_reviews(service(view))
    view._changed()
    wait_ready(qtbot, view)


def _table(view: ReviewsView) -> list[list[str]]:
    model = view.progress.model
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_reviews_held_are_listed_with_date_state_who_and_decision(
    reviews_view: ReviewsView, qtbot: Any
) -> None:
    view = reviews_view
    assert view.empty.isVisible() and not view.table.isVisible()
    assert view.due_words.text().startswith("Your first review was due 1 day ago, on 30 June 2026")
    _with_sample_reviews(view, qtbot)
    model = view.model
    assert model.rowCount() == 2 and not view.empty.isVisible()
    first = [str(model.index(0, c).data()) for c in range(model.columnCount())]
    assert first[0] == "30 September 2026" and first[1] == "Finished"
    assert "Dr Amir Haddad" in first[2] and first[3] == "Change the plan"
    assert first[4] == "31 March 2027"
    assert view.due_words.text() == "Your next review is due on 31 March 2027."
    # every heading shows whole (nothing cut off at the table's width)
    header = view.table.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(model.columnCount()):
        title = str(model.headerData(column, header.orientation()))
        assert metrics.horizontalAdvance(title) < header.sectionSize(column)


def test_the_progress_table_holds_exactly_the_services_progress_data(
    reviews_view: ReviewsView, qtbot: Any
) -> None:
    view = reviews_view
    _with_sample_reviews(view, qtbot)
    progress = service(view).progress()
    assert view.progress.progress == progress
    assert view.progress.chosen() == ALL
    expected = [[outcome_name(item), *row] for item in progress for row in item.table_rows()]
    assert _table(view) == expected and len(expected) >= 6
    rated = [item for item in progress if item.rated]
    assert len(rated) >= 3
    for item in progress:
        view.progress.choose(item.outcome_ref)
        assert _table(view) == [[outcome_name(item), *row] for row in item.table_rows()]
        # the chart draws the same ratings and the same money
        lines = [s for s in view.progress.chart.series() if isinstance(s, QLineSeries)]
        (line,) = lines
        ratings = [p.rating for p in item.ratings]
        assert [int(line.at(i).y()) for i in range(line.count())] == [
            r for r in ratings if r is not None
        ]
        (bars,) = [s for s in view.progress.chart.series() if isinstance(s, QBarSeries)]
        (barset,) = bars.barSets()
        drawn = round(sum(barset.at(i) for i in range(barset.count())) * 100)
        assert drawn == sum((span.spent for span in item.spans), Money(0)).pence
    # the table is what a screen reader reads: named, and every row shown (no inner scrolling)
    assert view.progress.table.accessibleName() == "Progress table"


def test_a_new_plan_version_made_from_a_review_is_one_step_of_undo(
    window: MainWindow, reviews_view: ReviewsView, qtbot: Any
) -> None:
    view = reviews_view
    controller = window.controller
    assert controller is not None
    _with_sample_reviews(view, qtbot)
    before = controller.plan
    latest = view.data.held[0] if view.data else None
    assert latest is not None and latest.id is not None and latest.is_finished
    view.choose(latest.id)
    assert view.version_button.isEnabled()
    steps = controller.undo_stack.count()
    dialog = view.new_version()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    preview = dialog.changes.toPlainText()
    assert "Sing in a choir" in preview
    assert dialog.make_it()
    assert controller.undo_stack.count() == steps + 1
    after = controller.plan
    assert "Sing in a choir" in [o.title for o in after.outcomes]
    assert len(after.reviews.records) == len(before.reviews.records) + 1
    shown = dialog.changes.toPlainText()
    assert "Sing in a choir" in shown
    assert "The review is written into the plan’s record." in shown
    assert "interval months" not in shown and "records:" not in shown  # plain words only
    dialog.reject()
    wait_ready(qtbot, view)
    view.choose(latest.id)
    assert not view.version_button.isEnabled()
    assert view.version_note.text() == "The plan already has the changes from this review."
    # one undo takes the whole change back; redo brings it again
    controller.undo()
    assert controller.plan.outcomes == before.outcomes
    assert controller.plan.reviews == before.reviews
    assert controller.undo_stack.count() == steps + 1 and controller.undo_stack.index() == steps
    controller.redo()
    assert "Sing in a choir" in [o.title for o in controller.plan.outcomes]


def test_the_review_as_a_large_print_pdf_is_made_off_the_gui_thread(
    reviews_view: ReviewsView, qtbot: Any, tmp_path: Path
) -> None:
    view = reviews_view
    _with_sample_reviews(view, qtbot)
    dialog = view.save_pdf()
    assert dialog is not None
    dialog.large.setChecked(True)
    assert dialog.suggested_name().endswith("-large-print.pdf")
    out = tmp_path / "review.pdf"
    with qtbot.waitSignal(dialog.finished, timeout=60000):
        dialog.save_to(out)
    assert out.read_bytes()[:5] == b"%PDF-"
    assert dialog.written == out
