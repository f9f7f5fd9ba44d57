"""The "My spending" workspace: the spending records of a direct payment or a managed account."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QWidget

from ...domain.plan import Plan
from ...domain.text import translate
from ..controller import PlanController
from .base import Workspace


def _make(controller: PlanController, window: QMainWindow) -> QWidget:
    from ..spending.view import SpendingView

    return SpendingView(controller, window)


def _records_apply(plan: Plan) -> bool:
    from ...services.ledger_view import records_apply

    return records_apply(plan)


WORKSPACE = Workspace(
    key="spending",
    title=lambda: translate("Workspaces", "My spending"),
    factory=_make,
    shown_when=_records_apply,
)
