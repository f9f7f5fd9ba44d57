"""Feedback on a new passphrase as it is typed: the same words wherever one is chosen (the start
screen, changing the passphrase)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit

from ..domain.text import translate


def passphrase_feedback(text: str, confirm: str) -> str | None:
    """A problem with a new passphrase and its confirmation, or ``None``."""
    from ..services.passphrase import passphrase_problem

    problem = passphrase_problem(text)
    if problem:
        return problem
    if confirm != text:
        return translate("Start", "The two passphrases are not the same yet.")
    return None


def show_strength(label: QLabel, field: QLineEdit, confirm: QLineEdit) -> str | None:
    """Show the feedback for ``field`` (and its ``confirm``) in ``label``; return the problem."""
    if not field.text():
        label.setText("")
        label.hide()
        field.setAccessibleDescription("")
        return None
    label.show()
    problem = passphrase_feedback(field.text(), confirm.text())
    label.setText(
        "✗ " + problem if problem else "✓ " + translate("Start", "That passphrase is strong.")
    )
    label.setProperty("role", "error" if problem else "note")
    label.style().polish(label)
    field.setAccessibleDescription(label.text())
    return problem
