"""Every CLI command under generated hostile command lines (issue 10, "Tests").

Hypothesis builds command lines from the real commands and options, awkward files (a FIFO, a
socket, ``/dev/zero``, a name that is not UTF-8, one with terminal escapes, a lone surrogate,
a passphrase file with a NUL…), odd values and random text, with the passphrase variables set,
wrong or missing. Each run happens in-process (``cli.main``) under a hang guard, in a fresh
folder. It fails on any exception escaping ``main`` (a traceback), a hang, an exit code outside
the documented ones, or a raw terminal control character in what is printed. Deterministic:
``derandomize=True``, no deadline, no example database; the cases of issue 10 are fixed
examples.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from phbplanner.cli import main
from phbplanner.cli.shared import EXIT_CODES
from phbplanner.services.files import open_plan_file
from tests.cli.hostile import SLOTS, awkward_files, no_hang
from tests.storage.conftest import template_file
from tests.storage.support import OTHER_PASS, PASS

__all__ = ["template_file"]

COMMANDS = ("new", "export", "summary", "check", "verify", "passphrase", "backups", "restore")
OPTIONS = (
    "--from", "--output", "--format", "--force", "--version", "--large-print", "--json",
    "--include-passphrase", "--passphrase-file", "--new-passphrase-file", "--author",
    "--remember", "--to", "--passphrase", "--pass", "--out", "-h", "--", "-",
)  # fmt: skip
VALUES = (
    "json", "pdf", "recovery-sheet", "csv", "1", "0", "-1", "2", str(2**63), "9" * 5000,
    "٣", "\ud800", "\x1b[2J", "\u202e", "", " ", "x" * 300, "a" * 64,
)  # fmt: skip
#: Mostly the right passphrase, so that most runs get past opening the plan.
SECRETS = (PASS, PASS, PASS, None, OTHER_PASS, "not the passphrase", "\udcff\udcfe", "short")
NEW_SECRETS = (OTHER_PASS, OTHER_PASS, None, PASS, "short", "\udcff\udcfe")

slot = st.sampled_from(SLOTS).map(lambda name: f"@{name}")
#: The file a command works on: mostly a real plan (or its JSON), sometimes anything.
subject = st.one_of(st.sampled_from(["@plan", "@plan", "@plan-link", "@json"]), slot)
token = st.one_of(slot, st.sampled_from(OPTIONS), st.sampled_from(VALUES), st.text(max_size=12))
#: What each command needs to get past the parser, so most runs reach the real work.
REQUIRED = {"new": ["--from"], "export": ["--output"], "restore": ["--to"]}
#: The options each command has; flags take no value.
OWN_OPTIONS = {
    "new": ["--new-passphrase-file", "--remember", "--author"],
    "export": ["--format", "--force", "--version", "--large-print", "--include-passphrase",
               "--passphrase-file"],
    "summary": ["--json", "--passphrase-file"],
    "check": ["--passphrase-file"],
    "verify": ["--passphrase-file"],
    "passphrase": ["--passphrase-file", "--new-passphrase-file", "--author"],
    "backups": [],
    "restore": ["--passphrase-file"],
}  # fmt: skip
FLAGS = {"--force", "--large-print", "--include-passphrase", "--json", "--remember"}
OPTION_VALUES = {
    "--format": st.sampled_from(["json", "pdf", "recovery-sheet", "json", "csv", "PDF"]),
    "--version": st.sampled_from(["1", "1", "2", "0", "-1", str(2**63), "9" * 5000, "٣"]),
    "--author": st.one_of(st.sampled_from(["Jo", "\ud800", "\x1b[2J", "x" * 300]), st.text()),
    "--passphrase-file": st.one_of(st.just("@good-pass"), st.just("@bom-pass"), slot),
    "--new-passphrase-file": st.one_of(st.just("@good-pass"), slot),
}


@st.composite
def command_line(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A command, its file, the options it needs and some of its own, with awkward values,
    and sometimes a random word anywhere."""
    command = draw(st.sampled_from(COMMANDS))
    words = [draw(subject)]
    if command == "verify":
        words.append(draw(st.sampled_from(["a" * 64, "0" * 63, "\ud800", "x"])))
    for option in REQUIRED.get(command, []):
        words += [option, draw(slot)]
    own = OWN_OPTIONS[command]
    for option in draw(st.lists(st.sampled_from(own), max_size=3, unique=True)) if own else []:
        words.append(option)
        if option not in FLAGS:
            words.append(draw(OPTION_VALUES.get(option, slot)))
    if draw(st.integers(0, 7)) == 0:
        words.insert(draw(st.integers(0, len(words))), draw(token))
    return command, words


@pytest.fixture(scope="module")
def backup_of_template(template_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real backup of the template plan (passphrase ``PASS``)."""
    folder = tmp_path_factory.mktemp("fuzz-backup")
    plan = folder / "plan.phbplan"
    plan.write_bytes(template_file.read_bytes())
    with open_plan_file(plan, PASS, author="T", backup=False) as session:
        return session.backup_now()


def _run(
    template: Path, backup: Path, words: list[str], secret: str | None, new: str | None
) -> None:
    names = ("PHBPLANNER_PASSPHRASE", "PHBPLANNER_NEW_PASSPHRASE")
    with (
        tempfile.TemporaryDirectory(prefix="phb-fuzz-") as name,
        awkward_files(Path(name), template, backup) as slots,
    ):
        argv = [slots.get(word[1:], word) if word.startswith("@") else word for word in words]
        saved = {key: os.environ.pop(key, None) for key in names}
        for key, value in zip(names, (secret, new), strict=True):
            if value is not None:
                os.environ[key] = value
        try:
            with no_hang(90):
                code = main(argv)
        finally:
            for key, value in saved.items():
                os.environ.pop(key, None)
                if value is not None:
                    os.environ[key] = value
    assert code in EXIT_CODES, (argv, code)


def _check_output(captured: pytest.CaptureFixture[str]) -> None:
    out, err = captured.readouterr()
    for text in (out, err):
        assert "Traceback" not in text
        assert not any(ord(ch) < 0x20 and ch not in "\n\t" for ch in text), text
        assert not any(0x7F <= ord(ch) < 0xA0 for ch in text), text
        assert "\u202e" not in text


FIXED = [  # the cases of issue 10 (17, 18, 19, 3, 13), as fixed examples
    ["check", "@surrogate"],
    ["summary", "@non-utf8"],
    ["new", "@new", "--from", "@missing"],
    ["new", "@new", "--from", "@folder"],
    ["new", "@long-name", "--from", "@json"],
    ["new", "@new", "--from", "@json", "--author", "\ud800"],
    ["check", "@socket"],
    ["check", "@fifo"],
    ["new", "@new", "--from", "@fifo"],
    ["check", "@plan", "--passphrase-file", "@fifo"],
    ["restore", "@backup", "--to", "@folder"],
    ["restore", "@json", "--to", "@new"],
    ["export", "@plan", "--output", "@out", "--version", str(2**63)],
    ["check", "@plan", "--passphrase-file", "@nul-pass"],
    ["check", "@plan", "--passphrase-file", "@zero"],
    ["check", "@plan", "--passphrase-file", "@empty"],
    ["check", "@plan", "--passphrase-file", "@bom-pass"],
    ["new", "@non-utf8-new", "--from", "@json"],
    ["new", "@escape-name", "--from", "@utf16-json"],
    ["check", "@plan", "--passphrase", "secret"],
    ["export", "@plan", "--output", "@plan", "--force"],
    ["export", "@plan", "--output", "@null", "--force"],
    ["passphrase", "@plan-link", "--new-passphrase-file", "@zero"],
    ["summary", "@utf16-json"],
    ["verify", "@plan", "\ud800"],
]


def _fixed(test):  # type: ignore[no-untyped-def]
    for words in FIXED:
        test = example((words[0], words[1:]), PASS, OTHER_PASS)(test)
    return test


@pytest.mark.slow
@settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@_fixed
@given(command_line(), st.sampled_from(SECRETS), st.sampled_from(NEW_SECRETS))
def test_no_command_line_ends_in_a_traceback_a_hang_or_an_undocumented_code(
    template_file: Path,
    backup_of_template: Path,
    capsys: pytest.CaptureFixture[str],
    line: tuple[str, list[str]],
    secret: str | None,
    new: str | None,
) -> None:
    command, words = line
    _run(template_file, backup_of_template, [command, *words], secret, new)
    _check_output(capsys)
