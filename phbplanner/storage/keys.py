"""The OS keyring, for "remember on this computer" — only when it is really secure.

Refused: ``keyring``'s fail and null backends, every ``keyrings.alt`` backend (plaintext or
weakly encrypted files), and anything whose name says "plaintext". A chainer backend is judged
by the backends it chains. Entries are named by a hash of the plan file's full path, so the
keyring holds no names either.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

from ..domain.text import translate

SERVICE = "PHB Planner"
_INSECURE_WORDS = ("plaintext", "uncrypted", "unencrypted", "null", "fail")


def _account(path: Path) -> str:
    # fsencode: a file name that is not valid UTF-8 is still a name (same bytes otherwise)
    digest = hashlib.sha256(os.fsencode(str(Path(path).resolve()))).hexdigest()
    return f"plan-{digest[:32]}"


def _why_insecure(backend: Any) -> str | None:
    cls = type(backend)
    module = cls.__module__
    name = f"{module}.{cls.__qualname__}".lower()
    if module.startswith("keyring.backends.fail"):
        return _no_keyring()
    if module.startswith("keyring.backends.null"):
        return translate("Storage", "The keyring is switched off on this computer.")
    if module.startswith("keyrings.alt"):
        return translate(
            "Storage",
            "The only keyring here keeps passwords in a file that is not properly protected.",
        )
    if any(word in name for word in _INSECURE_WORDS):
        return translate("Storage", "The keyring here is not a secure one.")
    return None


def _no_keyring() -> str:
    return translate("Storage", "No keyring (password store) is available on this computer.")


def keyring_status() -> tuple[bool, str]:
    """``(usable, reason)``: whether a secure keyring is active, and why not when it is not."""
    try:
        import keyring
        from keyring.backends.chainer import ChainerBackend
    except Exception:  # pragma: no cover - keyring is a dependency
        return False, translate("Storage", "The keyring support is not installed.")
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # pragma: no cover - depends on the platform
        return False, translate("Storage", "The keyring could not be started ({error}).").format(
            error=type(exc).__name__
        )
    if isinstance(backend, ChainerBackend):
        chained = list(backend.backends)
        secure = [b for b in chained if _why_insecure(b) is None]
        if not secure:
            return False, translate(
                "Storage", "No secure keyring (password store) is available on this computer."
            )
        return True, ""
    why = _why_insecure(backend)
    if why:
        return False, why
    return True, ""


def _require() -> Any:
    usable, reason = keyring_status()
    if not usable:
        from .errors import KeyringError

        raise KeyringError(
            translate("Storage", "The passphrase cannot be remembered on this computer.")
            + " "
            + reason
        )
    import keyring

    return keyring


def get_passphrase(path: Path) -> str | None:
    """The passphrase remembered for ``path``, or None (also when there is no secure keyring)."""
    usable, _ = keyring_status()
    if not usable:
        return None
    import keyring

    try:
        value = keyring.get_password(SERVICE, _account(path))
    except Exception:  # a locked or broken keyring is the same as nothing remembered
        return None
    return value


def set_passphrase(path: Path, passphrase: str) -> None:
    """Remember ``passphrase`` for ``path``; raises :class:`KeyringError` when not secure."""
    keyring = _require()
    try:
        keyring.set_password(SERVICE, _account(path), passphrase)
    except Exception as exc:
        from .errors import KeyringError

        raise KeyringError(
            translate(
                "Storage",
                "The keyring refused to remember the passphrase ({error}). It may be locked. "
                "Unlock it and try again.",
            ).format(error=type(exc).__name__)
        ) from None


def delete_passphrase(path: Path) -> None:
    """Forget any passphrase remembered for ``path`` (nothing happens when there is none)."""
    usable, _ = keyring_status()
    if not usable:
        return
    import keyring

    try:
        keyring.delete_password(SERVICE, _account(path))
    except Exception:  # nothing remembered, or a locked keyring: nothing to forget here
        return
