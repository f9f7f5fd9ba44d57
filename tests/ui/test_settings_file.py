"""The settings file holds the paths of recent plans, so only this user may read it (issue 10.12):
the file is 0600 and its folder 0700 after every write, even when an older version made them
readable by others."""

from __future__ import annotations

import os
from pathlib import Path

from phbplanner.ui import settings as store


def _modes() -> tuple[Path, int, int]:
    path = Path(store.settings().fileName())
    return path, path.stat().st_mode & 0o777, path.parent.stat().st_mode & 0o777


def test_every_write_leaves_the_settings_private(tmp_path: Path) -> None:
    store.set_text_scale(120)
    path, file_mode, folder_mode = _modes()
    assert (file_mode, folder_mode) == (0o600, 0o700)
    assert path.parent.name == store.ORGANISATION
    config_root = path.parent.parent
    root_mode = config_root.stat().st_mode & 0o777
    # as an older version (or another program) left them
    path.chmod(0o644)
    path.parent.chmod(0o755)
    plan = tmp_path / "someone.phbplan"
    plan.write_bytes(b"x")
    for write in (
        lambda: store.add_recent_plan(plan),
        lambda: store.set_language("cy"),
        lambda: store.set_language(""),  # as it was: no test depends on another's settings
        lambda: store.forget_recent_plan(plan),
        lambda: store.set_text_scale(100),
    ):
        path.chmod(0o644)
        write()
        assert _modes()[1:] == (0o600, 0o700)
    assert config_root.stat().st_mode & 0o777 == root_mode  # the shared folder is not ours
    assert os.access(path, os.R_OK)
