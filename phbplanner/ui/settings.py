"""The window's own settings (text size, language, recent plans, when to lock), in QSettings.

Nothing personal is stored here: only the text size, the language, how soon an open plan locks
and, outside supporter mode, the paths of recently opened plans. Those paths still say where
someone's plan is, so the file is readable by this user only (``0600``, its folder ``0700``),
made so after every write.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QSettings

ORGANISATION = "PHB Planner"
APPLICATION = "phbplanner"
MAX_RECENT = 6


def settings() -> QSettings:
    """The program's settings store (an INI file in the user's config folder)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def _save(key: str, value: object) -> None:
    """Store ``value`` under ``key`` and keep the settings file private (0600, folder 0700)."""
    store = settings()
    store.setValue(key, value)
    store.sync()  # written now (Qt writes a new file each time), so its mode can be set
    path = Path(store.fileName())
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)
    if path.parent.name == ORGANISATION:  # our own folder, not the shared config folder
        with contextlib.suppress(OSError):
            os.chmod(path.parent, 0o700)


def text_scale() -> int:
    """The remembered text size in percent (100 to 200)."""
    value = settings().value("view/text_scale", 100)
    try:
        return max(80, min(200, int(str(value))))
    except (TypeError, ValueError):
        return 100


def set_text_scale(percent: int) -> None:
    """Remember the text size."""
    _save("view/text_scale", int(percent))


def language() -> str:
    """``""`` for the system's language, or ``"en"`` / ``"cy"``."""
    return str(settings().value("view/language", "") or "")


def set_language(code: str) -> None:
    """Remember the language choice (takes effect at the next start)."""
    _save("view/language", code)


def recent_plans() -> list[str]:
    """Paths of recently opened plans that still exist, newest first."""
    value = settings().value("recent/plans", [])
    items: list[object] = [value] if isinstance(value, str) else list(value or [])  # type: ignore[call-overload]
    paths = [str(item) for item in items if item]
    return [path for path in paths if Path(path).exists()][:MAX_RECENT]


def add_recent_plan(path: str | Path) -> None:
    """Put ``path`` first in the recent plans (callers skip this in supporter mode)."""
    text = str(Path(path).resolve())
    paths = [text] + [item for item in recent_plans() if item != text]
    _save("recent/plans", paths[:MAX_RECENT])


def forget_recent_plan(path: str | Path) -> None:
    """Take ``path`` off the recent plans."""
    text = str(Path(path).resolve())
    _save("recent/plans", [item for item in recent_plans() if item != text])


#: Minutes without keyboard or mouse input before an open plan locks, unless changed.
DEFAULT_LOCK_MINUTES = 10
#: The same in supporter mode (helping someone, often on a volunteer's laptop).
SUPPORTER_LOCK_MINUTES = 3
LOCK_RANGE = (1, 60)


def _lock_key(supporter: bool) -> str:
    return "privacy/supporter_lock_minutes" if supporter else "privacy/lock_minutes"


def lock_minutes(supporter: bool) -> int | None:
    """Minutes without use before the plan locks (None: it never locks by itself)."""
    default = SUPPORTER_LOCK_MINUTES if supporter else DEFAULT_LOCK_MINUTES
    value = settings().value(_lock_key(supporter), default)
    try:
        minutes = int(str(value))
    except (TypeError, ValueError):
        return default
    if minutes == 0:
        return None
    return max(LOCK_RANGE[0], min(LOCK_RANGE[1], minutes))


def set_lock_minutes(supporter: bool, minutes: int | None) -> None:
    """Remember after how many minutes without use the plan locks (None: never)."""
    _save(_lock_key(supporter), 0 if minutes is None else int(minutes))
