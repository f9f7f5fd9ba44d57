"""The monitoring return in the window (issue 13): "Send my records" and "Returns sent".

The spending page's toolbar (``ui/spending/actions.py``: *Send my records…*, *Returns sent…*)
calls the two functions, each opening a window-modal dialog over ``parent`` for the plan the
controller holds:

    from phbplanner.ui.returns import send_my_records, show_returns_sent

    send_my_records(parent, controller)     # choose the period, see the checks and the figures,
                                            # make the PDF / spreadsheet / audit pack, open them
    show_returns_sent(parent, controller)   # the record of returns, with "Make this again"

Both work through ``services.returns.Returns``; reading the file and making the files run off
the GUI thread (``ui/operations.py``).
"""

from __future__ import annotations

from .send_dialog import SendRecordsDialog, send_my_records
from .sent_dialog import ReturnsSentDialog, show_returns_sent

__all__ = [
    "ReturnsSentDialog",
    "SendRecordsDialog",
    "send_my_records",
    "show_returns_sent",
]
