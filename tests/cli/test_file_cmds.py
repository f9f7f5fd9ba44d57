"""The file commands: new, export, passphrase, backups, restore, and reading encrypted files
for summary, check and verify."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest

from phbplanner.cli import main
from phbplanner.domain.versions import Agreement
from phbplanner.interchange.plan_json import dumps_plan, plan_fingerprint
from phbplanner.services.edits import SetSection
from phbplanner.services.files import list_backups, open_plan_file, remember_passphrase
from tests.storage.conftest import memory_keyring, plan, plan_file, template_file
from tests.storage.support import EXAMPLE_PLAN, OTHER_PASS, PASS, MemoryKeyring, example_plan, sha

__all__ = ["memory_keyring", "plan", "plan_file", "template_file"]


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setenv("PHBPLANNER_PASSPHRASE", PASS)
    monkeypatch.delenv("PHBPLANNER_NEW_PASSPHRASE", raising=False)
    return monkeypatch


def test_new_export_round_trip(
    tmp_path: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "new.phbplan"
    assert main(["new", str(target), "--from", str(EXAMPLE_PLAN), "--author", "Jo"]) == 0
    assert "Created" in capsys.readouterr().out
    out = tmp_path / "out.json"
    assert main(["export", str(target), "--format", "json", "--output", str(out),
                 "--with-attachments"]) == 0  # fmt: skip
    exported = json.loads(out.read_text("utf-8"))
    shipped = json.loads(EXAMPLE_PLAN.read_text("utf-8"))
    assert exported == shipped  # the plan and its records, every document's bytes too
    assert out.read_text("utf-8").startswith(dumps_plan(example_plan())[:40])
    assert main(["new", str(target), "--from", str(EXAMPLE_PLAN)]) == 2


def test_new_needs_a_passphrase_and_a_strong_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("PHBPLANNER_PASSPHRASE", raising=False)
    target = tmp_path / "new.phbplan"
    assert main(["new", str(target), "--from", str(EXAMPLE_PLAN)]) == 2
    assert "PHBPLANNER_PASSPHRASE" in capsys.readouterr().err
    monkeypatch.setenv("PHBPLANNER_NEW_PASSPHRASE", "short")
    assert main(["new", str(target), "--from", str(EXAMPLE_PLAN)]) == 1
    assert "too short" in capsys.readouterr().err
    assert not target.exists()


def test_summary_check_verify_on_an_encrypted_file(
    plan_file: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = example_plan()
    assert main(["summary", str(plan_file), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["fingerprint"] == plan_fingerprint(plan)
    assert data["version"] == 1 and data["version_status"] == "draft"
    assert main(["check", str(plan_file)]) == 0
    assert main(["verify", str(plan_file), plan_fingerprint(plan)]) == 0
    assert "current plan" in capsys.readouterr().out
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        session.agree(Agreement(person_name="Ann", agreed_on=date(2026, 4, 1)))
        session.apply(SetSection("consent_to_share", not plan.consent_to_share))
    assert main(["verify", str(plan_file), plan_fingerprint(plan)]) == 0
    assert "version 1 (agreed)" in capsys.readouterr().out
    assert main(["verify", str(plan_file), "0" * 64]) == 1


def test_passphrase_sources_and_failures(
    plan_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    memory_keyring: MemoryKeyring,
) -> None:
    before = sha(plan_file)
    monkeypatch.delenv("PHBPLANNER_PASSPHRASE", raising=False)
    assert main(["check", str(plan_file)]) == 2  # no terminal, nothing else
    secret = tmp_path / "pass.txt"
    secret.write_text(PASS + "\n", "utf-8")
    assert main(["check", str(plan_file), "--passphrase-file", str(secret)]) == 0
    monkeypatch.setenv("PHBPLANNER_PASSPHRASE", "quite wrong passphrase")
    assert main(["check", str(plan_file)]) == 3
    err = capsys.readouterr().err
    assert "does not open" in err and "quite wrong" not in err
    monkeypatch.delenv("PHBPLANNER_PASSPHRASE")
    remember_passphrase(plan_file, PASS)
    assert main(["check", str(plan_file)]) == 0
    assert sha(plan_file) == before


def test_exit_codes_for_not_a_plan_and_in_use(
    plan_file: Path, tmp_path: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "letter.phbplan"
    other.write_bytes(b"\x00\x01binary" * 1000)
    assert main(["check", str(other)]) in (3, 4)
    text = tmp_path / "notes.phbplan"
    text.write_text("hello " * 2000, "utf-8")
    assert main(["check", str(text)]) == 4
    assert main(["check", str(tmp_path / "missing.phbplan")]) == 2
    with open_plan_file(plan_file, PASS, author="T", backup=False):
        assert main(["check", str(plan_file)]) == 5
    assert "already open on this computer (process" in capsys.readouterr().err


def test_change_passphrase(
    plan_file: Path, tmp_path: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env.setenv("PHBPLANNER_NEW_PASSPHRASE", OTHER_PASS)
    assert main(["passphrase", str(plan_file)]) == 0
    assert main(["check", str(plan_file)]) == 3
    env.setenv("PHBPLANNER_PASSPHRASE", OTHER_PASS)
    assert main(["check", str(plan_file)]) == 0
    env.delenv("PHBPLANNER_NEW_PASSPHRASE")
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(OTHER_PASS, "utf-8")
    new.write_text("short", "utf-8")
    args = ["passphrase", str(plan_file), "--passphrase-file", str(old)]
    assert main([*args, "--new-passphrase-file", str(new)]) == 1
    new.write_text(PASS, "utf-8")
    assert main([*args, "--new-passphrase-file", str(new)]) == 0
    env.setenv("PHBPLANNER_PASSPHRASE", PASS)
    assert main(["check", str(plan_file)]) == 0


def test_backups_and_restore(
    plan_file: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backups", str(plan_file)]) == 0
    assert "no backups" in capsys.readouterr().out
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        made = session.backup_now()
        session.apply(SetSection("consent_to_share", None))
    assert main(["backups", str(plan_file)]) == 0
    assert str(made) in capsys.readouterr().out
    assert main(["restore", str(made), "--to", str(plan_file)]) == 0
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        assert session.plan == example_plan()
    assert any(b.reason == "before-restore" for b in list_backups(plan_file, PASS))


def test_export_earlier_version_and_missing_report_module(
    plan_file: Path,
    tmp_path: Path,
    env: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        session.agree(Agreement(person_name="Ann", agreed_on=date(2026, 4, 1)))
        session.apply(SetSection("consent_to_share", None))
    out = tmp_path / "v1.json"
    assert main(["export", str(plan_file), "--version", "1", "--output", str(out)]) == 0
    assert out.read_text("utf-8") == dumps_plan(example_plan())
    env.setitem(sys.modules, "phbplanner.reports.plan_pdf", None)  # ReportLab missing
    pdf = tmp_path / "plan.pdf"
    assert main(["export", str(plan_file), "--format", "pdf", "--output", str(pdf)]) == 2
    assert "cannot make PDF" in capsys.readouterr().err
