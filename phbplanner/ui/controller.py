"""The plan controller: sends every change to the session as an edit, with undo and redo.

The window never changes a plan itself. A page asks the controller to make one or more edits;
the controller wraps them in a QUndoCommand whose ``redo`` sends the edits to the session and
whose ``undo`` sends their inverses (worked out with ``apply_edit`` just before they are sent).
Pages redraw from ``plan_changed``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain.errors import PHBError
from ..domain.plan import Plan
from ..services.edits import Edit, apply_edit


class SessionLike(Protocol):
    """What the window needs of ``services.session.PlanSession``."""

    path: Any
    read_only: bool
    supporter: bool

    @property
    def plan(self) -> Plan: ...

    def apply_many(self, edits: Sequence[Edit], *, description: str) -> Plan: ...

    def close(self) -> None: ...


class EditCommand(QUndoCommand):
    """One step of undo: a list of edits made together."""

    def __init__(self, controller: PlanController, edits: Sequence[Edit], text: str) -> None:
        super().__init__(text)
        self._controller = controller
        self._edits = list(edits)
        self._inverse: list[Edit] = []

    def redo(self) -> None:
        self._inverse = self._controller._send(self._edits, self.text())

    def undo(self) -> None:
        self._controller._send(self._inverse, self.text())


class PlanController(QObject):
    """Holds the open session, the undo stack and the latest plan."""

    plan_changed = Signal(object)  # Plan
    saved = Signal(str)  # a status message
    failed = Signal(str)  # a plain-English problem

    def __init__(self, session: SessionLike, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = QUndoStack(self)
        self._plan = session.plan
        self._flushers: list[Callable[[], None]] = []

    @property
    def plan(self) -> Plan:
        return self._plan

    def add_flusher(self, flush: Callable[[], None]) -> None:
        """Register a function that saves a half-finished field (called before leaving)."""
        self._flushers.append(flush)

    def flush(self) -> None:
        """Save whatever the person has typed but not yet left."""
        for flush in list(self._flushers):
            flush()

    def edit(self, edits: Edit | Sequence[Edit], text: str) -> bool:
        """Make ``edits`` as one undoable step; ``False`` (and ``failed``) if they were refused."""
        batch = [edits] if not isinstance(edits, Sequence) else list(edits)
        if not batch:
            return True
        if self.session.read_only:
            self.failed.emit(self.tr("This plan is open to read only, so changes cannot be saved."))
            return False
        try:
            plan = self._plan
            for item in batch:
                plan, _ = apply_edit(plan, item)  # refuse a bad edit before touching anything
        except ValueError as exc:
            self.failed.emit(str(exc))
            return False
        command = EditCommand(self, batch, text)
        self.undo_stack.push(command)
        return command.isObsolete() is False

    def _send(self, edits: Sequence[Edit], text: str) -> list[Edit]:
        inverses: list[Edit] = []
        plan = self._plan
        for item in edits:
            plan, inverse = apply_edit(plan, item)
            inverses.append(inverse)
        try:
            self._plan = self.session.apply_many(list(edits), description=text)
        except PHBError as exc:
            self.failed.emit(exc.message)
            return []
        except Exception:  # never let a surprise in saving close the window
            self.failed.emit(
                self.tr("That change could not be saved. The plan is as it was before it.")
            )
            return []
        self.saved.emit(self.tr("All changes saved"))
        self.plan_changed.emit(self._plan)
        return list(reversed(inverses))
