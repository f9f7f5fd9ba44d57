"""After a whole workflow, the person's data is only in the plan file (encrypted) and the export
they asked for: never in the program's data, config, cache or temporary folders."""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

import pytest

from phbplanner.cli import main
from phbplanner.domain.plan import Outcome
from phbplanner.services.edits import PutItem, SetSection
from phbplanner.services.files import create_plan_file, open_plan_file

from .support import PASS, MemoryKeyring, example_plan

MARKERS = ["Qzxv-Wibblenaut-7391", "Ŵŷnfrêð-Æðelflǣd-北京-8842", "Mxyzptlk Ontology 5512"]
FOLDERS = ("data", "config", "cache", "state", "tmp")


def _encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def _scan(root: Path, needles: list[bytes]) -> list[str]:
    found = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found.extend(f"{path}: {needle!r}" for needle in needles if needle in data)
    return found


def test_no_plaintext_anywhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    home = tmp_path / "home"
    for name in FOLDERS:
        (home / name).mkdir(parents=True)
    for variable, name in [
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
        ("TMPDIR", "tmp"),
    ]:
        monkeypatch.setenv(variable, str(home / name))
    monkeypatch.setattr(tempfile, "tempdir", None)  # pick up the new TMPDIR
    plans = tmp_path / "my plans"
    plans.mkdir()
    path = plans / "plan.phbplan"

    plan = example_plan()
    plan = dataclasses.replace(
        plan,
        person=dataclasses.replace(plan.person, name=MARKERS[0]),
        about_me=dataclasses.replace(plan.about_me, wellness=MARKERS[1]),
    )
    session = create_plan_file(path, PASS, plan, author=MARKERS[2], remember=True)
    session.apply(PutItem("outcomes", Outcome(id="o-m", title=MARKERS[1] + " outcome")))
    line = dataclasses.replace(plan.support_lines[0], description=MARKERS[0] + " line")
    session.apply(PutItem("support_lines", line))
    session.apply(SetSection("consent_to_share", True))
    session.backup_now()
    session.close()

    monkeypatch.setenv("PHBPLANNER_PASSPHRASE", PASS)
    export = tmp_path / "chosen" / "export.json"
    export.parent.mkdir()
    assert main(["export", str(path), "--format", "json", "--output", str(export)]) == 0
    assert main(["summary", str(path)]) == 0
    with open_plan_file(path, PASS, author=MARKERS[2]) as session:  # backup on open
        session._wait_for_backup()
        assert session.backup_problem is None

    needles = [n for marker in MARKERS for n in _encodings(marker)] + _encodings(PASS)
    assert any((home / "data").rglob("*.phbplan")), "the backups should be there"
    for name in FOLDERS:
        assert _scan(home / name, needles) == []
    assert _scan(plans, needles) == []  # the plan file and anything beside it
    assert MARKERS[0].encode("utf-8") in export.read_bytes()  # only what was asked for
