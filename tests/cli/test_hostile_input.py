"""The CLI under hostile input (issue 10): one plain line and a documented exit code for each
case, never a traceback, a hang, an echoed secret or a terminal escape obeyed."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from phbplanner.cli import main
from phbplanner.cli.shared import EXIT_CODES
from phbplanner.interchange.plan_json import dumps_plan
from phbplanner.services.files import create_plan_file, open_plan_file
from tests.cli.hostile import no_hang
from tests.storage.conftest import plan_file, template_file
from tests.storage.support import EXAMPLE_PLAN, OTHER_PASS, PASS, ROOT, example_plan, sha

__all__ = ["plan_file", "template_file"]

SECRET = "hunter2 is my secret"


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setenv("PHBPLANNER_PASSPHRASE", PASS)
    monkeypatch.delenv("PHBPLANNER_NEW_PASSPHRASE", raising=False)
    return monkeypatch


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert code in EXIT_CODES
    assert "Traceback" not in err
    return code, out, err


def run_process(*args: str, env: dict[str, str] | None = None, timeout: float = 60) -> Any:
    """The installed command in its own process (a hang fails the test, not the run)."""
    full = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "phbplanner", *args],
        capture_output=True,
        env=full,
        timeout=timeout,
    )


# -- 10.13: no abbreviations, no echoed secret ---------------------------------------------------
@pytest.mark.parametrize(
    "words",
    [
        ["check", "{plan}", "--passphrase", SECRET],
        ["check", "{plan}", f"--passphrase={SECRET}"],
        ["check", "{plan}", "--pass", SECRET],
        ["export", "{plan}", "--output", "{out}", "--passphrase", SECRET],
        ["check", "{plan}", SECRET],  # a stray word
        ["--passphrase", SECRET],  # no command: the window's parser
        ["open", "{plan}", "--passphrase", SECRET],
    ],
)
def test_a_passphrase_on_the_command_line_is_refused_and_never_echoed(
    plan_file: Path, tmp_path: Path, env: pytest.MonkeyPatch, words: list[str]
) -> None:
    args = [w.format(plan=plan_file, out=tmp_path / "out.json") for w in words]
    done = run_process(*args)
    assert done.returncode == 2
    text = (done.stdout + done.stderr).decode()
    assert "hunter2" not in text and "secret" not in text
    assert "Traceback" not in text
    assert not (tmp_path / "out.json").exists()


def test_options_are_never_abbreviated(
    plan_file: Path, tmp_path: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.json"
    code, _, err = run(capsys, "export", str(plan_file), "--out", str(out), "--fo", "json")
    assert code == 2 and "--out" in err
    assert not out.exists()
    parser = __import__("phbplanner.cli.app", fromlist=["build_parser"]).build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    assert parser.allow_abbrev is False
    assert all(command.allow_abbrev is False for command in sub.choices.values())


def test_the_passphrase_variable_is_not_inherited_by_programs_started_meanwhile(
    plan_file: Path, tmp_path: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A keyring backend that starts a helper program sees no passphrase in the environment."""
    import keyring

    from tests.storage.support import MemoryKeyring

    seen: list[str] = []

    class SpawningKeyring(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            helper = subprocess.run(
                [sys.executable, "-c", "import os; print(sorted(os.environ))"],
                capture_output=True,
                text=True,
                check=True,
            )
            seen.append(helper.stdout)
            return super().get_password(service, username)

    env.setenv("PHBPLANNER_NEW_PASSPHRASE", OTHER_PASS)
    keyring.set_keyring(SpawningKeyring())
    code, _, err = run(capsys, "passphrase", str(plan_file))  # looks in the keyring
    assert code == 0, err
    assert seen, "the keyring was not asked"
    assert all("PHBPLANNER_PASSPHRASE" not in names for names in seen)
    assert all("PHBPLANNER_NEW_PASSPHRASE" not in names for names in seen)
    # in-process callers get their environment back afterwards
    assert os.environ["PHBPLANNER_PASSPHRASE"] == PASS


# -- 10.16: terminal escapes ---------------------------------------------------------------------
EVIL = "Evil\x1b]0;pwned\x07\x1b[2J\r\u202eeman\x9b31m\x7f"


def test_text_from_a_plan_cannot_drive_the_terminal(
    tmp_path: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(dumps_plan(example_plan()))
    document["person"]["name"] = EVIL
    document["support_lines"][0]["description"] = EVIL
    source = tmp_path / "evil.json"
    source.write_text(json.dumps(document), "utf-8")
    target = tmp_path / "evil.phbplan"
    assert run(capsys, "new", str(target), "--from", str(source))[0] == 0
    for args in (
        ["summary", str(source)],
        ["summary", str(target)],
        ["summary", str(target), "--json"],
        ["check", str(target)],
    ):
        _code, out, err = run(capsys, *args)
        for text in (out, err):
            assert not any(0x80 <= ord(ch) < 0xA0 for ch in text), args
            assert "\x1b" not in text and "\x07" not in text and "\r" not in text, args
            assert "\u202e" not in text and "\x7f" not in text, args
        if "--json" in args:
            assert json.loads(out)["name"] == EVIL  # the same data, only written safely
        elif args[0] == "summary":
            assert "Evil\\x1b]0;pwned\\x07" in out  # shown, not obeyed


def test_a_file_name_with_escapes_is_shown_safely(
    tmp_path: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    name = tmp_path / "plan\x1b[2J\u202e.phbplan"
    code, out, err = run(capsys, "new", str(name), "--from", str(EXAMPLE_PLAN))
    assert code == 0
    assert "\x1b" not in out + err and "\u202e" not in out + err
    assert "plan\\x1b[2J\\u202e.phbplan" in out


# -- 10.17, 10.18: odd files and values ----------------------------------------------------------
@pytest.fixture
def odd(tmp_path: Path) -> Iterator[dict[str, Path]]:
    """Things that are not ordinary files, and files that are not what they claim."""
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    sock_path = tmp_path / "sock"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(sock_path))
    folder = tmp_path / "folder"
    folder.mkdir()
    yield {"fifo": fifo, "socket": sock_path, "folder": folder, "zero": Path("/dev/zero")}
    sock.close()


@pytest.mark.parametrize("kind", ["fifo", "socket", "zero"])
def test_special_files_as_the_plan_are_refused_without_waiting(
    odd: dict[str, Path], env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    for command in ("summary", "check", "export", "passphrase", "backups"):
        args = [command, str(odd[kind])]
        if command == "export":
            args += ["--output", str(odd["folder"] / "x.json")]
        with no_hang():
            code, _, err = run(capsys, *args)
        assert code == 4, (command, err)
        assert "not an ordinary file" in err


@pytest.mark.parametrize("kind", ["fifo", "socket", "zero", "folder"])
def test_special_files_as_the_source_or_passphrase_file_are_refused(
    odd: dict[str, Path],
    plan_file: Path,
    tmp_path: Path,
    env: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    kind: str,
) -> None:
    target = tmp_path / "new.phbplan"
    with no_hang():
        assert run(capsys, "new", str(target), "--from", str(odd[kind]))[0] == 2
        assert not target.exists()
        code, _, err = run(capsys, "check", str(plan_file), "--passphrase-file", str(odd[kind]))
        assert code == 2, err
        args = ["passphrase", str(plan_file), "--new-passphrase-file", str(odd[kind])]
        assert run(capsys, *args)[0] == 2


def test_restore_refuses_specials_without_waiting(
    odd: dict[str, Path],
    plan_file: Path,
    env: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        backup = session.backup_now()
    with no_hang():
        for kind in ("fifo", "socket", "zero"):
            assert run(capsys, "restore", str(odd[kind]), "--to", str(plan_file))[0] == 4
            assert run(capsys, "restore", str(backup), "--to", str(odd[kind]))[0] == 2
    assert odd["fifo"].is_fifo()


@pytest.mark.parametrize(
    ("content", "code", "words"),
    [
        (b"", 2, "is empty"),
        (b"\n\nsomething", 2, "is empty"),
        (b"abc\x00def\n", 2, "NUL"),
        (b"\xed\xa0\x80 lone surrogate\n", 2, "not UTF-8"),
        (b"\xff not utf-8\n", 2, "not UTF-8"),
        (b"x" * 5000, 2, "too large"),
        (b"\xef\xbb\xbf" + PASS.encode() + b"\r\n", 0, ""),  # Notepad's byte-order mark
        (b"\xff\xfe" + PASS.encode("utf-16-le") + b"\r\x00\n\x00", 0, ""),  # Notepad "Unicode"
        (PASS.encode() + b"\n" + b"x" * 10_000, 0, ""),  # only the first line is read
    ],
)
def test_passphrase_files(
    plan_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    content: bytes,
    code: int,
    words: str,
) -> None:
    monkeypatch.delenv("PHBPLANNER_PASSPHRASE", raising=False)
    secret = tmp_path / "pass.txt"
    secret.write_bytes(content)
    got, _, err = run(capsys, "check", str(plan_file), "--passphrase-file", str(secret))
    assert got == code, err
    assert words in err
    assert "sqlcipher" not in err.lower() and "database" not in err.lower()


def test_new_from_a_missing_file_or_a_folder(
    tmp_path: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "new.phbplan"
    code, _, err = run(capsys, "new", str(target), "--from", str(tmp_path / "nope.json"))
    assert code == 2 and "There is no file" in err
    code, _, err = run(capsys, "new", str(target), "--from", str(tmp_path))
    assert code == 2 and "is a folder" in err
    assert not target.exists()


def _as_nobody(args: list[str]) -> tuple[int, str]:
    """Run ``main(args)`` in a forked child that has given up root (so permissions count)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        code = 99
        try:
            os.close(read_end)
            sys.stderr = os.fdopen(write_end, "w")  # not the test's capture
            os.setgid(65534)
            os.setuid(65534)
            code = main(args)
            sys.stderr.flush()
        finally:
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        err = pipe.read().decode("utf-8", "replace")
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), err


def test_new_from_an_unreadable_file(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = Path(tempfile.mkdtemp(prefix="phbplanner-unreadable-"))
    try:
        folder.chmod(0o777)
        source = folder / "secret.json"
        source.write_text(dumps_plan(example_plan()), "utf-8")
        source.chmod(0)
        target = folder / "new.phbplan"
        args = ["new", str(target), "--from", str(source)]
        if os.geteuid() == 0:  # root reads anything: try it as nobody
            code, err = _as_nobody(args)
        else:
            code, _, err = run(capsys, *args)
        assert code == 2, err
        assert "Cannot read" in err and "Permission denied" in err and "Traceback" not in err
        assert not target.exists()
    finally:
        shutil.rmtree(folder)


def test_names_that_cannot_be_files(
    plan_file: Path, tmp_path: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    too_long = str(tmp_path / ("n" * 300))
    for args in (
        ["check", too_long],
        ["new", too_long, "--from", str(EXAMPLE_PLAN)],
        ["new", str(tmp_path / ("n" * 250)), "--from", str(EXAMPLE_PLAN)],  # no room for -wal
        ["export", str(plan_file), "--output", too_long],
        ["check", "\ud800.phbplan"],  # a lone surrogate (only from Python; argv cannot)
        ["check", "nul\x00.phbplan"],
        ["new", str(tmp_path / "x.phbplan"), "--from", str(EXAMPLE_PLAN), "--author", "\ud800"],
        ["export", str(plan_file), "--output", str(tmp_path / "x.json"), "--version", str(2**63)],
        ["export", str(plan_file), "--output", str(tmp_path / "x.json"), "--version", "٣"],
        ["export", str(plan_file), "--output", str(tmp_path / "x.json"), "--version", "9" * 5000],
    ):
        code, _out, err = run(capsys, *args)
        assert code == 2, (args[:2], err)
        assert len(err) < 1200, "long values are cut"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.phbplan"]


def test_a_file_name_that_is_not_utf8(
    tmp_path: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Raw bytes in a name (they reach Python as surrogate escapes): a normal plan, with
    backups (the backup thread used to crash on the name)."""
    name = os.fsdecode(bytes(tmp_path) + b"/caf\xe9.phbplan")
    assert run(capsys, "new", name, "--from", str(EXAMPLE_PLAN))[0] == 0
    code, out, _ = run(capsys, "summary", name)
    assert code == 0 and "Siân" in out
    with open_plan_file(Path(name), PASS, author="T") as session:
        session._wait_for_backup()
        assert session.backup_problem is None
    code, out, _ = run(capsys, "backups", name)
    assert code == 0 and "open" in out
    out_name = os.fsdecode(bytes(tmp_path) + b"/out\xff.json")
    code, out, _ = run(capsys, "export", name, "--output", out_name)
    assert code == 0 and "out\\udcff.json" in out
    assert Path(out_name).exists()


def test_restore_refuses_folders_json_and_specials(
    plan_file: Path, tmp_path: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        backup = session.backup_now()
    before = sha(plan_file)
    code, _, err = run(capsys, "restore", str(backup), "--to", str(tmp_path))
    assert code == 2 and "is a folder" in err
    exported = tmp_path / "plan.json"
    exported.write_text(dumps_plan(example_plan()), "utf-8")
    code, _, err = run(capsys, "restore", str(exported), "--to", str(plan_file))
    assert code == 4 and "not a PHB Planner plan file" in err and "passphrase" not in err
    assert sha(plan_file) == before


# -- 10.3: export never replaces a plan, nor a file without --force ------------------------------
def test_export_never_replaces_a_plan_or_a_file_without_force(
    plan_file: Path, tmp_path: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.phbplan"
    create_plan_file(other, OTHER_PASS, example_plan(), author="T").close()
    plans = {plan_file: sha(plan_file), other: sha(other)}
    for target in (plan_file, other):
        for force in ([], ["--force"]):
            for fmt in ("json", "pdf", "recovery-sheet"):
                code, _, err = run(
                    capsys, "export", str(plan_file), "--format", fmt, "--output", str(target),
                    *force,
                )  # fmt: skip
                assert code == 2 and "never replaces a plan" in err, (target, force, fmt)
    assert {path: sha(path) for path in plans} == plans
    existing = tmp_path / "notes.json"
    existing.write_text("my notes", "utf-8")
    code, _, err = run(capsys, "export", str(plan_file), "--output", str(existing))
    assert code == 2 and "--force" in err
    assert existing.read_text("utf-8") == "my notes"
    code, _, err = run(capsys, "export", str(plan_file), "--output", str(existing), "--force")
    assert code == 0, err
    assert json.loads(existing.read_text("utf-8"))["format"] == "phbplanner-plan"
    code, _, err = run(capsys, "export", str(plan_file), "--output", "/dev/null", "--force")
    assert code == 2 and "a device" in err
    assert Path("/dev/null").is_char_device()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "notes.json", "other.phbplan", "plan.phbplan",
    ]  # fmt: skip


def test_export_options_that_do_not_go_together(
    plan_file: Path, tmp_path: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "x.pdf")
    for extra in (
        ["--format", "json", "--large-print"],
        ["--format", "pdf", "--include-passphrase"],
        ["--format", "recovery-sheet", "--version", "1"],
    ):
        assert run(capsys, "export", str(plan_file), "--output", out, *extra)[0] == 2
    assert not Path(out).exists()


# -- 10.19: the right words ----------------------------------------------------------------------
def test_long_values_are_cut_in_messages(
    tmp_path: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # a path is kept whole up to 300 characters (the person may need to find it), no further
    code, _, err = run(capsys, "check", str(tmp_path / ("x" * 200) / ("y" * 200 + ".json")))
    assert code == 2 and "…" in err and len(err) < 400
    assert "yyy.json" in err  # its end, where the file's name is, is kept


def test_help_mentions_the_window(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for words in ("open FILE", "--demo", "--supporter", "PHBPLANNER_PASSPHRASE"):
        assert words in out


def test_a_long_path_is_shown_whole(
    tmp_path: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A path of 150-odd characters (a deep folder) is said whole: it is what finds the file."""
    path = tmp_path / ("folder-" * 12) / ("plan-" * 10 + ".phbplan")
    assert 120 < len(str(path)) < 300
    code, _, err = run(capsys, "check", str(path))
    assert code == 2 and str(path) in err and "…" not in err
