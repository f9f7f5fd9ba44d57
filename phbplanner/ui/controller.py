"""The plan controller: one shared undo stack, change events from the session, saving typed text.

The window never changes a plan itself. A page asks the controller to make one or more edits;
the controller wraps them in a :class:`Command` and *first* makes the change: only a change that
was saved goes on the undo stack, and a change that failed leaves the stack, the window and the
file as they were and says why (``failed``). Undo and redo work the same way: the stack moves
only when the file did.

Every committed change comes back from the session as a typed
:class:`~phbplanner.services.changes.Changes`; the controller re-sends it on the GUI thread as
``changed`` (and, for the plan, ``plan_changed``). Views subscribe to the kinds they show with
:meth:`PlanController.subscribe`, tied to a widget's life.

A later kind of change (recording a payment) is another :class:`Command` subclass pushed on the
same stack with :meth:`PlanController.push`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain.errors import PHBError
from ..domain.plan import Plan
from ..services.changes import Change, Changes
from ..services.edits import Edit, apply_edit


class SessionLike(Protocol):
    """What the window needs of ``services.session.PlanSession``."""

    path: Any
    read_only: bool
    supporter: bool

    @property
    def plan(self) -> Plan: ...

    def apply_many(self, edits: Sequence[Edit], *, description: str) -> Plan: ...

    def subscribe(self, callback: Callable[[Changes], None]) -> Callable[[], None]: ...

    def close(self) -> None: ...


class Command(QUndoCommand):
    """One step on the shared undo stack: a saved change that can be reversed.

    :meth:`apply` makes the change and :meth:`revert` reverses it; each raises a ``PHBError``
    (nothing changed) when it cannot. The controller runs them *before* moving the stack.
    """

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._already_done = False

    def apply(self) -> None:
        """Make the change (again)."""
        raise NotImplementedError

    def revert(self) -> None:
        """Reverse the change."""
        raise NotImplementedError

    # QUndoStack calls these; the controller has usually done the work already.
    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            return
        self.apply()

    def undo(self) -> None:
        if self._already_done:
            self._already_done = False
            return
        self.revert()


class EditCommand(Command):
    """Plan edits made together; undo sends their inverses (worked out just before sending)."""

    def __init__(self, controller: PlanController, edits: Sequence[Edit], text: str) -> None:
        super().__init__(text)
        self._controller = controller
        self._edits = list(edits)
        self._inverse: list[Edit] = []

    def apply(self) -> None:
        self._inverse = self._controller._send(self._edits, self.text())

    def revert(self) -> None:
        self._controller._send(self._inverse, self.text())


class _Subscription(QObject):
    """A callback for some kinds of change, living (and dying) with its owner widget."""

    def __init__(
        self, owner: QObject, kinds: frozenset[Change], callback: Callable[[Changes], None]
    ) -> None:
        super().__init__(owner)
        self.kinds = kinds
        self.callback = callback

    def deliver(self, changes: Changes) -> None:
        if changes.touches(*self.kinds):
            self.callback(changes)


class PlanController(QObject):
    """Holds the open session, the undo stack and the latest plan."""

    changed = Signal(object)  # Changes, on the GUI thread
    plan_changed = Signal(object)  # Plan: after a plan change, or to show the plan as it is
    saved = Signal(str)  # a status message
    failed = Signal(str)  # a plain-English problem
    _heard = Signal(object)  # Changes, from whichever thread made them

    def __init__(self, session: SessionLike, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = QUndoStack(self)
        self._plan = session.plan
        self._flushers: list[tuple[QObject | None, Callable[[], None]]] = []
        self._heard.connect(self._deliver)  # queued when a change comes from another thread
        self._unsubscribe: Callable[[], None] | None = session.subscribe(self._heard.emit)

    @property
    def plan(self) -> Plan:
        return self._plan

    def detach(self) -> None:
        """Stop hearing the session (before it is closed)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    # -- change events ----------------------------------------------------------------------
    def _deliver(self, changes: Changes) -> None:
        if changes.touches(Change.PLAN) and changes.plan is not None:
            self._plan = changes.plan
        self.changed.emit(changes)
        if changes.touches(Change.PLAN):
            self.plan_changed.emit(self._plan)

    def subscribe(
        self,
        owner: QObject,
        kinds: Change | Iterable[Change],
        callback: Callable[[Changes], None],
    ) -> None:
        """Call ``callback(changes)`` for changes of ``kinds`` while ``owner`` exists."""
        wanted = frozenset([kinds] if isinstance(kinds, Change) else kinds)
        subscription = _Subscription(owner, wanted, callback)
        self.changed.connect(subscription.deliver)  # gone when the owner is destroyed

    # -- typed text not yet saved -----------------------------------------------------------
    def add_flusher(self, flush: Callable[[], None], owner: QObject | None = None) -> None:
        """Register a function that saves a half-finished field (called before leaving).

        With ``owner``, the function is forgotten once the owner widget is destroyed.
        """
        self._flushers.append((owner, flush))

    def flush(self) -> None:
        """Save whatever the person has typed but not yet left."""
        live = [(o, f) for o, f in self._flushers if o is None or shiboken6.isValid(o)]
        self._flushers = live
        for _owner, flush in list(live):
            flush()

    # -- changing, undo and redo ------------------------------------------------------------
    def edit(self, edits: Edit | Sequence[Edit], text: str) -> bool:
        """Make ``edits`` as one undoable step; ``False`` (and ``failed``) if nothing was saved."""
        batch = [edits] if not isinstance(edits, Sequence) else list(edits)
        if not batch:
            return True
        if self.session.read_only:
            self._refuse(self.tr("This plan is open to read only, so changes cannot be saved."))
            return False
        try:
            plan = self._plan
            for item in batch:
                plan, _ = apply_edit(plan, item)  # refuse a bad edit before touching anything
        except ValueError as exc:
            self._refuse(str(exc))
            return False
        return self.push(EditCommand(self, batch, text))

    def push(self, command: Command) -> bool:
        """Make ``command``'s change; only if it was saved, put it on the undo stack."""
        if not self._attempt(command.apply):
            return False
        command._already_done = True
        self.undo_stack.push(command)
        return True

    def undo(self) -> bool:
        """Undo the last step; if that cannot be saved, the stack stays where it was."""
        index = self.undo_stack.index()
        if index == 0:
            return False
        command = self.undo_stack.command(index - 1)
        if isinstance(command, Command):
            if not self._attempt(command.revert):
                return False
            command._already_done = True
        self.undo_stack.undo()
        return True

    def redo(self) -> bool:
        """Redo the next step; if that cannot be saved, the stack stays where it was."""
        index = self.undo_stack.index()
        if index >= self.undo_stack.count():
            return False
        command = self.undo_stack.command(index)
        if isinstance(command, Command):
            if not self._attempt(command.apply):
                return False
            command._already_done = True
        self.undo_stack.redo()
        return True

    def _attempt(self, action: Callable[[], None]) -> bool:
        try:
            action()
        except PHBError as exc:
            self._refuse(
                self.tr("{problem} Nothing was changed.").format(problem=exc.message.rstrip())
            )
            return False
        except Exception:  # never let a surprise in saving close the window
            self._refuse(
                self.tr("That change could not be saved. The plan is as it was before it.")
            )
            return False
        self.saved.emit(self.tr("All changes saved"))
        return True

    def _refuse(self, message: str) -> None:
        self.failed.emit(message)
        # Show the plan as it is in the file again (a field keeps nothing that was not saved).
        self.plan_changed.emit(self._plan)

    def _send(self, edits: Sequence[Edit], text: str) -> list[Edit]:
        """Save ``edits``; return the edits that undo them. Raises when nothing was saved."""
        inverses: list[Edit] = []
        plan = self._plan
        for item in edits:
            plan, inverse = apply_edit(plan, item)
            inverses.append(inverse)
        self.session.apply_many(list(edits), description=text)
        return list(reversed(inverses))
