"""Escape, Cancel or the close button never throw typed work away without asking."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from phbplanner.ui.costed.agreement import RecordAgreementDialog
from phbplanner.ui.drafts import DraftDialog
from phbplanner.ui.listing import ItemDialog
from phbplanner.ui.pages.outcomes import OutcomesPage
from phbplanner.ui.window import MainWindow

from .conftest import make_plan_file, open_in, read_plan, type_text, when_dialog_opens

TWO_SENTENCES = "Swimming eases my pain. I want to go twice a week."


def _after_question(choice: str, asked: list[str]) -> None:
    """When the "discard your changes?" question shows, note its words and press ``choice``."""

    def wait(tries: int = 0) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if tries < 300:
                QTimer.singleShot(20, lambda: wait(tries + 1))
            return
        asked.append(box.text())
        next(b for b in box.findChildren(QPushButton) if b.text() == choice).click()

    QTimer.singleShot(0, wait)


def test_escape_in_add_an_outcome_asks_before_losing_two_sentences(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    path = make_plan_file(tmp_path / "plan.phbplan")
    open_in(window, qtbot, path)
    assert window.controller is not None
    count = len(window.controller.plan.outcomes)
    window.journey.go(6)
    page = window.journey.page("my-outcomes")
    assert isinstance(page, OutcomesPage)
    asked: list[str] = []
    kept: list[str] = []

    def in_dialog(dialog: QWidget) -> None:
        assert isinstance(dialog, ItemDialog)
        why = dialog.editors[1]  # "Why it matters to me"
        why.widget.setFocus()
        type_text(TWO_SENTENCES)
        _after_question("Keep editing", asked)
        QTest.keyClick(why.widget, Qt.Key.Key_Escape)
        # still open, with the words in it
        assert dialog.isVisible()
        kept.append(why.text())
        _after_question("Discard changes", asked)
        QTest.keyClick(why.widget, Qt.Key.Key_Escape)

    when_dialog_opens(in_dialog)
    page.list.add()
    assert kept == [TWO_SENTENCES]
    assert len(asked) == 2 and "not saved" in asked[0]
    assert len(window.controller.plan.outcomes) == count  # discarded: nothing added
    window.close_plan()
    assert len(read_plan(path).outcomes) == count


def test_the_close_button_asks_too_and_an_untouched_dialog_closes_at_once(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    open_in(window, qtbot, make_plan_file(tmp_path / "plan.phbplan"))
    page = window.journey.page("my-outcomes")
    assert isinstance(page, OutcomesPage)
    page.list.select(page.list.model.rows[0].id)
    asked: list[str] = []
    closed_at_once: list[bool] = []

    def untouched(dialog: QWidget) -> None:
        dialog.close()  # the window's close button, with nothing changed: no question
        closed_at_once.append(not dialog.isVisible())

    when_dialog_opens(untouched)
    page.list.change()
    assert closed_at_once == [True] and asked == []

    def changed(dialog: QWidget) -> None:
        assert isinstance(dialog, ItemDialog)
        dialog.editors[0].widget.setFocus()
        type_text(" every week")
        _after_question("Keep editing", asked)
        dialog.close()
        assert dialog.isVisible()  # kept open
        _after_question("Discard changes", asked)
        dialog.close()

    when_dialog_opens(changed)
    page.list.change()
    assert len(asked) == 2


def test_every_dialog_that_takes_typing_asks_before_discarding(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    """Every dialog in the window where a person types or chooses is a DraftDialog."""
    open_in(window, qtbot, make_plan_file(tmp_path / "plan.phbplan"))
    from phbplanner.ui.costed.feed import feed_for
    from phbplanner.ui.drafts import TextDialog

    assert window.controller is not None
    feed = feed_for(window.controller)
    agreement = RecordAgreementDialog(feed, window)
    reason = TextDialog("Why is this fine?", "Say why.", window, save="Save")
    for dialog, edit in (
        (agreement, lambda: agreement.approver.setText("Dr Ng")),
        (reason, lambda: reason.text.setPlainText("It is my own money.")),
    ):
        assert isinstance(dialog, DraftDialog)
        assert not dialog.has_changes()
        edit()
        assert dialog.has_changes()
        asked: list[str] = []
        dialog.show()
        _after_question("Keep editing", asked)
        dialog.reject()
        assert dialog.isVisible() and asked
        _after_question("Discard changes", asked)
        dialog.reject()
        assert not dialog.isVisible()
        dialog.deleteLater()
