"""Where the program's own files (resources, translations) are, in a checkout or a bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder holding ``resources/`` and ``translations/``."""
    bundle = getattr(sys, "_MEIPASS", None)  # a PyInstaller bundle
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    """A file under ``resources/``."""
    return app_root().joinpath("resources", *parts)


def translations_dir() -> Path:
    """The folder of ``.ts`` sources and compiled ``.qm`` files."""
    return app_root() / "translations"
