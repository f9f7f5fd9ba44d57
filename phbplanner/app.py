"""The composition root of the window: parse the GUI arguments, wire services into the UI."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from .domain.text import translate


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


class _GuiParser(argparse.ArgumentParser):
    """No abbreviations, and errors that never repeat a long or unknown value in full."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(allow_abbrev=False, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        shown = message if len(message) <= 200 else message[:150] + "…"
        print(f"phbplanner: {shown.encode('ascii', 'backslashreplace').decode()}", file=sys.stderr)
        raise SystemExit(2)


def _parser() -> argparse.ArgumentParser:
    parser = _GuiParser(prog="phbplanner", description="Open the PHB Planner window.")
    parser.add_argument("--demo", action="store_true", help="open the example plan")
    parser.add_argument(
        "--screenshots", metavar="DIR", help="with --demo: save every page and exit"
    )
    parser.add_argument(
        "--screenshots-of",
        choices=("all", "pages"),
        default="all",
        help="with --screenshots: every screen (all), or the start screen and the plan's pages",
    )
    parser.add_argument(
        "--supporter",
        action="store_true",
        help="supporter mode: remember nothing about this plan on this computer",
    )
    parser.add_argument(
        "--text-size",
        type=_percent,
        metavar="PERCENT",
        help="text size for this run, 80 to 200 (the remembered size is not changed)",
    )
    parser.add_argument("words", nargs="*", metavar="open FILE")
    return parser


def no_arguments() -> argparse.Namespace:
    """What ``phbplanner`` alone means, without building a parser (its first costs ~3 ms of a
    window start). tests/test_entry_point.py keeps it equal to what the parser makes of it."""
    return argparse.Namespace(
        demo=False,
        screenshots=None,
        screenshots_of="all",
        supporter=False,
        text_size=None,
        words=[],
        file=None,
    )


def _looks_like_a_file(word: str) -> bool:
    """A path rather than a mistyped command: it exists, or has a folder or a plan's suffix."""
    return os.path.exists(word) or os.sep in word or "/" in word or word.endswith(".phbplan")


def parse_gui_args(argv: Sequence[str]) -> argparse.Namespace:
    """``[open FILE | FILE] [--demo] [--screenshots DIR] [--supporter] [--text-size PERCENT]``."""
    if not argv:  # started from a menu or a desktop
        return no_arguments()
    parser = _parser()
    args, extras = parser.parse_known_args(list(argv))
    options = sorted({word.split("=", 1)[0] for word in extras if word.startswith("-")})
    if options:  # never repeat what followed: it may be a passphrase typed by mistake
        parser.error(
            translate("Cli", "there is no option {options}; try phbplanner --help").format(
                options=", ".join(options)
            )
        )
    if extras:
        parser.error(translate("Cli", "too many words; try phbplanner --help"))
    if args.words and args.words[0] == "open":
        if len(args.words) != 2:
            parser.error(translate("Cli", "use: phbplanner open FILE"))
        args.file = args.words[1]
    elif len(args.words) == 1 and _looks_like_a_file(args.words[0]):
        args.file = args.words[0]  # a desktop opening a plan file: Exec=phbplanner %f
    elif args.words:
        parser.error(translate("Cli", "that is not a command; try phbplanner --help"))
    else:
        args.file = None
    if args.screenshots and not args.demo:
        parser.error(translate("Cli", "--screenshots goes with --demo"))
    if args.screenshots_of != "all" and not args.screenshots:
        parser.error(translate("Cli", "--screenshots-of goes with --screenshots"))
    return args


def _percent(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or not 80 <= int(text[:4]) <= 200:
        raise argparse.ArgumentTypeError(translate("Cli", "a percentage from 80 to 200"))
    return int(text)


def run_gui(argv: Sequence[str]) -> int:
    """Start the window; return its exit code."""
    args = parse_gui_args(argv)
    if args.screenshots and not _has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # screenshots need no screen
    if not _has_display():
        print(
            "phbplanner: there is no screen to show the window on.\n"
            "  On a desktop, start it from the desktop session. On a server, run it under a\n"
            "  virtual screen (xvfb-run -a phbplanner) or use the commands (phbplanner --help).",
            file=sys.stderr,
        )
        return 2
    from .ui.main import run

    return run(args)
