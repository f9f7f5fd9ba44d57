"""Helpers for the packaging tests: a clean copy of the tree, a fresh environment, and checks
on what the built program produced."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PASS = "correct horse battery 42"
#: Folders never copied into a clean tree (build output, environments, caches).
NOT_SOURCES = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "*.pyc", "*.qm", ".*_cache",
    ".hypothesis", "_data",
)  # fmt: skip


def project_version() -> str:
    """The version written in pyproject.toml."""
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"])


def clean_tree(target: Path) -> Path:
    """A copy of the repository as a fresh clone would have it (work in progress included)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, check=False,
    )  # fmt: skip
    if listed.returncode != 0:  # not a git checkout (an unpacked source distribution)
        shutil.copytree(ROOT, target, ignore=NOT_SOURCES)
        return target
    for name in sorted(set(listed.stdout.decode().split("\0")) - {""}):
        source = ROOT / name
        if source.is_file():  # a file deleted but not yet committed is not listed as a file
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """An environment that knows nothing of the checkout or of this test run's settings."""
    env = {
        name: value
        for name, value in os.environ.items()
        if name in ("PATH", "LANG", "LC_ALL", "TMPDIR", "SSL_CERT_FILE")
        or name.startswith("PIP_")  # how this machine reaches the package index
        or name.lower().endswith("_proxy")
    }
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false")
    env.update(extra)
    return env


def run(
    args: list[str | Path], env: dict[str, str], cwd: Path, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    """Run a command; fail with its output if it fails."""
    done = subprocess.run(
        [str(a) for a in args], env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, f"{args}\n--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}"
    assert "Traceback" not in done.stderr, done.stderr
    return done


def blank_pages(folder: Path) -> list[str]:
    """The screenshots in ``folder`` that show (next to) nothing: fewer than 8 colours."""
    from PySide6.QtGui import QImage

    blank = []
    for png in sorted(folder.glob("*.png")):
        image = QImage(str(png))
        assert not image.isNull(), png
        step = max(1, image.width() // 200)
        colours = {
            image.pixel(x, y)
            for y in range(0, image.height(), step)
            for x in range(0, image.width(), step)
        }
        if len(colours) < 8:
            blank.append(png.name)
    return blank


def python_of(venv: Path) -> Path:
    """The Python of a virtual environment."""
    return venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
