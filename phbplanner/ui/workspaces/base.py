"""What a workspace is, and the workspaces added by tests or later modules."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...domain.plan import Plan

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QWidget

    from ..controller import PlanController


@dataclass(frozen=True)
class Workspace:
    """One workspace of the window: a key, a title, a factory, and when it is shown."""

    key: str
    #: the title, translated when asked (the language can change while the program runs)
    title: Callable[[], str]
    #: makes the workspace's widget; called the first time it is shown
    factory: Callable[[PlanController, QMainWindow], QWidget]
    #: shown only while this is true of the plan (always, when not given)
    shown_when: Callable[[Plan], bool] | None = None

    def shown_for(self, plan: Plan) -> bool:
        """Whether the workspace is offered for ``plan``."""
        return self.shown_when is None or bool(self.shown_when(plan))


_extra: list[Workspace] = []


def register_workspace(workspace: Workspace) -> None:
    """Add a workspace after the built-in ones (replacing one with the same key)."""
    unregister_workspace(workspace.key)
    _extra.append(workspace)


def unregister_workspace(key: str) -> None:
    """Take away a workspace added with :func:`register_workspace`."""
    _extra[:] = [w for w in _extra if w.key != key]


def registered() -> list[Workspace]:
    """The workspaces added with :func:`register_workspace`, in order."""
    return list(_extra)
