"""A folder this process really cannot write to, for tests of read-only plan files.

Permissions alone do not stop root (CI runs as root), so as root the folder is a read-only bind
mount of a writable one; the test is skipped only where neither is possible.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def read_only_folder(work: Path, *files: Path) -> Iterator[Path]:
    """A folder under ``work`` holding copies of ``files`` that this process cannot change."""
    source = work / "read-only-source"
    source.mkdir()
    for path in files:
        shutil.copyfile(path, source / path.name)
    if os.geteuid() != 0:
        for path in source.iterdir():
            path.chmod(0o444)
        source.chmod(0o555)
        try:
            yield source
        finally:
            source.chmod(0o755)
        return
    target = work / "read-only"
    target.mkdir()
    mounted = subprocess.run(["mount", "--bind", str(source), str(target)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot make a read-only folder here: {mounted.stderr.decode().strip()}")
    try:
        remount = subprocess.run(
            ["mount", "-o", "remount,bind,ro", str(target)], capture_output=True
        )
        if remount.returncode != 0:
            pytest.skip(f"cannot remount read-only: {remount.stderr.decode().strip()}")
        yield target
    finally:
        if subprocess.run(["umount", str(target)], capture_output=True).returncode:
            subprocess.run(["umount", "-l", str(target)], capture_output=True)
