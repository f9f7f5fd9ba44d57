"""Guards against Qt binding bugs that would crash a long session."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    plain = Signal()
    with_value = Signal(object)


def test_emitting_a_signal_keeps_the_reference_counts_of_true_and_false(qapp: Any) -> None:
    # PySide6 6.12.0 returned True from emit() without a new reference: every emit from Python
    # took one away, and after a few thousand the interpreter freed True and crashed.
    sender = _Sender()
    sender.plain.connect(lambda: None)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        sender.plain.emit()
        sender.with_value.emit(1)
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
