"""Where the program's own files are: fonts, the example plan, the schema, icons, rate tables,
compiled translations and the licences. This module is the one place that knows.

Three kinds of copy, looked for in this order:

1. **a PyInstaller bundle** — ``sys._MEIPASS/phbplanner/_data`` (``packaging/phbplanner.spec``
   puts the installed package's data there);
2. **an installed wheel** — the package data folder ``phbplanner/_data`` that the wheel build
   writes (``setup.py``): a copy of ``resources/``, the ``.qm`` files compiled from
   ``translations/*.ts``, and the licence. For a package installed as files (every wheel
   install) :mod:`importlib.resources` answers with the folder beside this module, so that folder
   is looked at first: importing ``importlib.resources`` costs a window start 5–10 ms. It is asked
   only when the package is not plain files;
3. **a source checkout** (an editable install, or ``python -m phbplanner`` from the repository) —
   ``resources/`` and ``translations/`` at the top of the repository, with the ``.qm`` files
   compiled beside the ``.ts`` sources (``python -m phbplanner.build_translations``).

Every copy has the same layout under its root: ``resources/…``, ``translations/*.qm``,
``LICENSE``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

#: The repository, when the package is imported from a source checkout.
CHECKOUT = Path(__file__).resolve().parent.parent
#: The name of the package data folder that the wheel build writes (and a bundle copies).
DATA_FOLDER = "_data"


@cache
def data_root() -> Path:
    """The folder holding ``resources/``, ``translations/`` and ``LICENSE`` for this copy."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "phbplanner" / DATA_FOLDER
    beside = Path(__file__).resolve().parent / DATA_FOLDER
    if beside.is_dir():
        return beside  # what importlib.resources.files() gives for a package on disk
    from importlib.resources import files

    packaged = files(__package__ or "phbplanner").joinpath(DATA_FOLDER)
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged
    return CHECKOUT


def kind_of_copy() -> str:
    """``"bundle"``, ``"installed"`` or ``"checkout"`` (shown in the About dialog)."""
    if getattr(sys, "_MEIPASS", None):
        return "bundle"
    return "checkout" if data_root() == CHECKOUT else "installed"


def resource(*parts: str) -> Path:
    """A file under ``resources/``."""
    return data_root().joinpath("resources", *parts)


def translations_dir() -> Path:
    """The folder of the compiled ``.qm`` translations."""
    return data_root() / "translations"


def licence_file() -> Path:
    """The GNU General Public License, version 3, that the program is under."""
    return data_root() / "LICENSE"
