"""Workspaces: the parts of the window beside one another once a plan is open.

"My plan" (the journey) is the first; "My spending" and "Reviews" come next. A workspace is a
key, a translated title, a factory that makes its widget from the controller and the window, and
optionally a test on the plan saying when it is shown (for example only when part of the budget
is a direct payment). Adding one is a module with a ``WORKSPACE`` and one line in
:func:`all_workspaces` — the window lays out the navigation, the shortcuts (Ctrl+1, Ctrl+2, … in
this order) and the budget summary for every workspace itself.

Nothing here imports the workspaces' widgets until a plan is opened.
"""

from __future__ import annotations

from .base import Workspace, register_workspace, registered, unregister_workspace

__all__ = ["Workspace", "all_workspaces", "register_workspace", "unregister_workspace"]


def all_workspaces() -> list[Workspace]:
    """Every workspace, in order: the program's own, then any registered."""
    from .plan import WORKSPACE as PLAN
    from .reviews import WORKSPACE as REVIEWS
    from .spending import WORKSPACE as SPENDING

    found = [PLAN, SPENDING, REVIEWS]
    keys = {w.key for w in found}
    return found + [w for w in registered() if w.key not in keys]
