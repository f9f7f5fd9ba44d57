"""Shared test set-up: no screen needed, and nothing touches the host's folders or keyring."""

from __future__ import annotations

import os
import random
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests run the same examples on every run and on every machine, with no time limit per
# example (a loaded 2-core machine is not a failure). "ci" is the default; HYPOTHESIS_PROFILE=dev
# explores new random examples locally (still without a deadline), and failures print a blob to
# reproduce them with @reproduce_failure.
settings.register_profile("ci", deadline=None, derandomize=True, database=None, print_blob=True)
settings.register_profile("dev", deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

# Point every per-user folder (platformdirs follows XDG on Linux) at a private temporary folder
# before any program module is imported, so tests never read or write the host's real folders.
_HOME = Path(tempfile.mkdtemp(prefix="phbplanner-test-home-"))
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(_HOME / _name.lower())
os.environ.pop("PHBPLANNER_PASSPHRASE", None)

#: The seed of every test that draws random choices of its own (not Hypothesis): fixed with
#: PHBPLANNER_TEST_SEED (.ci/test sets one), otherwise new on each run and shown in the header.
TEST_SEED = int(os.environ.get("PHBPLANNER_TEST_SEED") or random.SystemRandom().randrange(10**6))

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


def pytest_report_header() -> str:
    """Show the seed, so a failing run can be repeated exactly."""
    return f"PHBPLANNER_TEST_SEED={TEST_SEED} (set it to repeat this run's random choices)"


@pytest.fixture
def test_seed() -> int:
    """The run's seed (see :data:`TEST_SEED`); tests print it in their failure messages."""
    return TEST_SEED
