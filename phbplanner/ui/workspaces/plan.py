"""The "My plan" workspace: the journey through the plan's steps."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QWidget

from ...domain.text import translate
from ..controller import PlanController
from .base import Workspace


def _make(controller: PlanController, window: QMainWindow) -> QWidget:
    from ..journey import Journey

    return Journey(controller)


WORKSPACE = Workspace(
    key="plan",
    title=lambda: translate("Workspaces", "My plan"),
    factory=_make,
)
