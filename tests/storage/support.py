"""Helpers shared by the storage, services and CLI file tests (real SQLCipher files)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from keyring.backend import KeyringBackend

from phbplanner.domain.plan import Plan
from phbplanner.interchange.plan_json import load_plan_file

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_PLAN = ROOT / "resources" / "example-plan.json"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
#: The passphrase of every file made by these tests (and of the fixtures).
PASS = "correct horse battery 42"
OTHER_PASS = "seven purple otters dancing"


def example_plan() -> Plan:
    """The shipped example plan."""
    return load_plan_file(EXAMPLE_PLAN)


def sha(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring standing in for the OS one (isolates the host)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if (service, username) not in self.store:
            raise PasswordDeleteError("not there")
        del self.store[(service, username)]


def run_python(code: str, *args: str, env: dict[str, str] | None = None, **kw: Any) -> Any:
    """Run ``code`` in a fresh interpreter with the repository importable."""
    full_env = dict(os.environ)
    full_env["PYTHONPATH"] = str(ROOT)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        env=full_env,
        capture_output=True,
        text=True,
        **kw,
    )
