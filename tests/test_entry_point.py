"""How ``phbplanner``'s arguments are read: the window (with or without a plan file) or a command.

A desktop opens a plan with ``Exec=phbplanner %f``: the bare path of the file, or nothing at all.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from phbplanner.__main__ import _plainly_the_window
from phbplanner.app import _parser, no_arguments, parse_gui_args


@pytest.mark.parametrize(
    ("argv", "file"),
    [
        ([], None),
        (["open", "plan.phbplan"], "plan.phbplan"),
        (["/home/siân/Plans/my plan.phbplan"], "/home/siân/Plans/my plan.phbplan"),
        (["plan.phbplan"], "plan.phbplan"),
        (["--supporter", "/media/usb/plan.phbplan"], "/media/usb/plan.phbplan"),
    ],
)
def test_the_window_opens_a_plan_given_by_path_or_with_open(argv: list[str], file: str) -> None:
    assert parse_gui_args(argv).file == file


def test_an_existing_file_without_the_suffix_is_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "copy of plan").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    assert parse_gui_args(["copy of plan"]).file == "copy of plan"


def test_no_arguments_means_what_the_parser_makes_of_none() -> None:
    parsed = _parser().parse_args([])
    parsed.file = None
    assert no_arguments() == parsed


@pytest.mark.parametrize(
    "argv",
    [["frobnicate"], ["open"], ["a.phbplan", "b.phbplan"], ["--demo", "--screenshots-of", "pages"],
     ["--demo", "--screenshots", "d", "--screenshots-of", "some"]],
)  # fmt: skip
def test_other_words_are_a_usage_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        parse_gui_args(argv)
    assert stopped.value.code == 2
    assert "phbplanner" in capsys.readouterr().err


def test_screenshots_of_the_pages_only() -> None:
    args = parse_gui_args(["--demo", "--screenshots", "d", "--screenshots-of", "pages"])
    assert args.screenshots == "d" and args.screenshots_of == "pages"


@pytest.mark.parametrize(
    ("argv", "window"),
    [([], True), (["--demo"], True), (["open", "x"], True), (["--version"], False),
     (["-h"], False), (["summary", "x.json"], False), (["/tmp/x.phbplan"], False)],
)  # fmt: skip
def test_only_plain_window_starts_skip_the_command_line_interface(
    argv: list[str], window: bool
) -> None:
    # a bare path is not *plainly* the window: it is checked against the command names first
    assert _plainly_the_window(argv) is window


def test_starting_the_window_does_not_load_the_command_line_interface() -> None:
    code = (
        "import sys, phbplanner.app as app\n"
        "app.run_gui = lambda args: print('window', args) or 0\n"
        "from phbplanner.__main__ import main\n"
        "main(['--demo']); print('phbplanner.cli' in sys.modules)\n"
        "main(['/nowhere/plan.phbplan']); print('phbplanner.cli' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "window ['--demo']",
        "False",
        "window ['/nowhere/plan.phbplan']",  # not a command: the CLI was asked, then the window
        "True",
    ]
