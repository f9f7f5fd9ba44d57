"""The monitoring return in the window (issue 13): "Send my records" and "Returns sent".

Two actions for the spending page's toolbar (or a menu), made by one call:

    from phbplanner.ui.returns import returns_actions

    send, sent = returns_actions(page, controller)   # "Send my records…", "Returns sent…"
    toolbar.addAction(send); toolbar.addAction(sent)

or the two functions they call, each opening a window-modal dialog over ``parent`` for the plan
the controller holds:

    from phbplanner.ui.returns import send_my_records, show_returns_sent

    send_my_records(parent, controller)     # choose the period, see the checks and the figures,
                                            # make the PDF / spreadsheet / audit pack, open them
    show_returns_sent(parent, controller)   # the record of returns, with "Make this again"

Both work through ``services.returns.Returns``; reading the file and making the files run off
the GUI thread (``ui/operations.py``).
"""

from __future__ import annotations

from .actions import returns_actions
from .send_dialog import SendRecordsDialog, send_my_records
from .sent_dialog import ReturnsSentDialog, show_returns_sent

__all__ = [
    "ReturnsSentDialog",
    "SendRecordsDialog",
    "returns_actions",
    "send_my_records",
    "show_returns_sent",
]
