"""Personal text copied from the plan does not stay on the clipboard.

Copying a fingerprint or an amount is fine (they say nothing about the person). Any other text
the program puts on the clipboard — a name, an address, a note copied from a field — is removed
again after :data:`CLEAR_AFTER_MS` if the clipboard still holds it and it is still the program's
(another program's copy since is never touched), as password managers do; the status bar says
so at both moments. It is also removed at once when the plan locks or closes and when the
program ends, so it never outlives the session.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

from ..domain.text import translate

CLEAR_AFTER_MS = 30_000

_FINGERPRINT = re.compile(r"^(?:[0-9a-f]{4}[ -]?){15}[0-9a-f]{4}$", re.IGNORECASE)
_AMOUNT = re.compile(r"^[-−]?\s*£?\s*[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?$")


def is_personal(text: str) -> bool:
    """True for text that may say something about the person (anything but a fingerprint or an
    amount of money)."""
    cleaned = text.strip()
    if not cleaned:
        return False
    return not (_FINGERPRINT.match(cleaned) or _AMOUNT.match(cleaned))


class ClipboardGuard(QObject):
    """Watches the clipboard for the program's own personal copies (see the module)."""

    #: a note for the status bar
    note = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.delay_ms = CLEAR_AFTER_MS
        self._clipboard = QGuiApplication.clipboard()
        self._copied: str | None = None  # the personal text we put there, while it may be there
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expire)
        self._clipboard.dataChanged.connect(self._changed)

    def _ours(self) -> bool:
        # Systems with a real clipboard say whose it is; an in-process one (offscreen) is ours.
        if self._clipboard.ownsClipboard():
            return True
        return QGuiApplication.platformName() in ("offscreen", "minimal")

    def _changed(self) -> None:
        text = self._clipboard.text(QClipboard.Mode.Clipboard)
        if not self._ours() or not is_personal(text):
            if self._copied is not None and text != self._copied:
                self._copied = None  # replaced by something else: nothing to clear any more
                self._timer.stop()
            return
        self._copied = text
        self._timer.start(self.delay_ms)
        self.note.emit(
            translate(
                "Clipboard",
                "Copied. To keep it private, it will be removed from the clipboard in {seconds} "
                "seconds.",
            ).format(seconds=round(self.delay_ms / 1000))
        )

    @property
    def pending(self) -> bool:
        """True while personal text of ours is waiting to be removed."""
        return self._copied is not None

    def _still_there(self) -> bool:
        copied = self._copied
        return copied is not None and self._ours() and self._clipboard.text() == copied

    def _expire(self) -> None:
        if self._still_there():
            self._clipboard.clear(QClipboard.Mode.Clipboard)
            self.note.emit(
                translate(
                    "Clipboard",
                    "The copied text was removed from the clipboard, to keep it private.",
                )
            )
        self._copied = None

    def clear_now(self) -> None:
        """Remove the program's personal copy now (the plan locks or closes, the program ends)."""
        self._timer.stop()
        if self._still_there():
            self._clipboard.clear(QClipboard.Mode.Clipboard)
        if self._clipboard.supportsSelection() and self._clipboard.ownsSelection():
            self._clipboard.clear(QClipboard.Mode.Selection)  # text selected in a field (X11)
        self._copied = None
