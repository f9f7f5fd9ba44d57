"""Keep the Qt Linguist files current and compile them.

``python -m phbplanner.build_translations``           compile translations/*.ts into .qm files
``python -m phbplanner.build_translations --update``  first rescan the code (pyside6-lupdate) so
                                                      every translatable string is in every .ts

The .ts files are the source of truth; .qm files are build output and are not committed. This
works on a source checkout; a wheel compiles its own copies when it is built (``setup.py``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from .paths import CHECKOUT

LANGUAGES = ("en", "cy")


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} was not found; install PySide6 (bash .ci/setup).")
    return found


def translations_dir() -> Path:
    """The checkout's ``translations/`` folder: the .ts sources, and the .qm files built there."""
    folder = CHECKOUT / "translations"
    if not any(folder.glob("phbplanner_*.ts")):
        raise SystemExit(f"No translations/*.ts in {CHECKOUT}: run this from a source checkout.")
    return folder


def sources() -> list[Path]:
    """Every Python file whose strings may be shown to a person."""
    package = CHECKOUT / "phbplanner"
    return sorted(path for path in package.rglob("*.py") if "__pycache__" not in path.parts)


def update() -> None:
    """Rescan the code into every language's .ts file (adds new strings, marks gone ones)."""
    files = [str(path) for path in sources()]
    for language in LANGUAGES:
        target = translations_dir() / f"phbplanner_{language}.ts"
        subprocess.run(
            [_tool("pyside6-lupdate"), *files, "-source-language", "en_GB",
             "-target-language", language, "-no-obsolete", "-ts", str(target)],
            check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip


def compile_all() -> list[Path]:
    """Compile each .ts into a .qm beside it; return the .qm files."""
    built = []
    for source in sorted(translations_dir().glob("phbplanner_*.ts")):
        target = source.with_suffix(".qm")
        # written beside it, then put in its place in one step: a running program has the old
        # file mapped into memory (QTranslator), and rewriting that file in place would crash
        # it (SIGBUS) — a window left open while compiling, or another test worker
        partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
        try:
            subprocess.run(
                [_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(partial)],
                check=True,
            )
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
        built.append(target)
    return built


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0], allow_abbrev=False)
    parser.add_argument("--update", action="store_true", help="rescan the code first")
    args = parser.parse_args()
    if args.update:
        update()
    compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
