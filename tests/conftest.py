"""Shared test set-up: no screen needed, and nothing touches the host's folders or keyring."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

# Point every per-user folder (platformdirs follows XDG on Linux) at a private temporary folder
# before any program module is imported, so tests never read or write the host's real folders.
_HOME = Path(tempfile.mkdtemp(prefix="phbplanner-test-home-"))
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(_HOME / _name.lower())
os.environ.pop("PHBPLANNER_PASSPHRASE", None)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_PLAN = ROOT / "resources" / "example-plan.json"


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Each test gets its own data folder: copies of one plan file share a plan id, and so
    would share a backup folder across tests."""
    previous = os.environ["XDG_DATA_HOME"]
    os.environ["XDG_DATA_HOME"] = str(tmp_path_factory.mktemp("data"))
    yield
    os.environ["XDG_DATA_HOME"] = previous


@pytest.fixture(autouse=True)
def _no_host_keyring() -> Iterator[None]:
    """Every test starts with the 'no keyring' backend; tests that need one install their own."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def example_plan_path() -> Path:
    """The shipped example plan (interchange JSON)."""
    return EXAMPLE_PLAN
