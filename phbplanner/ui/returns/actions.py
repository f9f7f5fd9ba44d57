"""The two actions for the spending page's toolbar (or a menu): "Send my records…" and
"Returns sent…", each opening its dialog over the window the toolbar is in."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ...domain.text import translate
from ..controller import PlanController
from .send_dialog import send_my_records
from .sent_dialog import show_returns_sent


def returns_actions(parent: QWidget, controller: PlanController) -> tuple[QAction, QAction]:
    """``(send, sent)``: "Send my records…" and "Returns sent…", owned by ``parent`` (the
    spending page), for the plan the controller holds. Their words are set once, in the language
    installed now: the window rebuilds its pages, and so these, after a language change."""
    send = QAction(translate("ReturnsWindow", "Send my records…"), parent)
    send.setObjectName("send_my_records")
    send.setToolTip(
        translate(
            "ReturnsWindow",
            "Make the monitoring return for the ICB or council: choose the period, see the "
            "checks and the figures, and save the PDF to send.",
        )
    )
    send.triggered.connect(lambda: send_my_records(parent.window(), controller))
    sent = QAction(translate("ReturnsWindow", "Returns sent…"), parent)
    sent.setObjectName("returns_sent")
    sent.setToolTip(
        translate(
            "ReturnsWindow",
            "The returns made from this plan file, with “Make this again” for one that was lost.",
        )
    )
    sent.triggered.connect(lambda: show_returns_sent(parent.window(), controller))
    for action in (send, sent):
        action.setStatusTip(action.toolTip())
    return send, sent
