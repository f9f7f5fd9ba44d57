"""The wheel build hook: the program's data goes inside the package.

Everything else about the build is in ``pyproject.toml``. The top of the repository keeps
``resources/`` and ``translations/*.ts`` (the sources); a wheel must carry them inside the package,
because an installed program cannot see the repository. So building a wheel (``pip install .``,
``pip wheel .``, ``python -m build``) also writes the package data folder ``phbplanner/_data``:

- ``resources/``    copied as it is (fonts and their licence, the example plan, the JSON Schema,
                    icons, rate tables);
- ``translations/`` the ``.qm`` files compiled from ``translations/*.ts`` with Qt's ``lrelease``;
- ``LICENSE``       the GPL text the program is under.

``phbplanner/paths.py`` finds that folder at run time. The ``.qm`` files are build output and never
committed. An editable install (``pip install -e .``) skips all this: it runs from the checkout,
where ``python -m phbplanner.build_translations`` compiles the ``.qm`` files beside their sources.

``lrelease`` is looked for in this order: the ``PHBPLANNER_LRELEASE`` environment variable, the
PySide6 package of the building Python (a build requirement, so an isolated build has it), then
``pyside6-lrelease``, ``lrelease-qt6`` or ``lrelease`` on the PATH (a packager's own Qt tools).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
DATA = Path("phbplanner") / "_data"
SKIPPED = shutil.ignore_patterns("__pycache__", "*.pyc", ".*")


def find_lrelease() -> str:
    """The path of Qt's lrelease, or a clear error naming what to install."""
    chosen = os.environ.get("PHBPLANNER_LRELEASE")
    if chosen:
        return chosen
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin:
        beside = Path(spec.origin).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
        if beside.exists():
            return str(beside)
    for name in ("pyside6-lrelease", "lrelease-qt6", "lrelease"):
        found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
        if found:
            return found
    raise SystemExit(
        "Building PHB Planner needs Qt's lrelease to compile its translations: install "
        "PySide6-Essentials in the building Python (an isolated build does this itself), or "
        "set PHBPLANNER_LRELEASE to an lrelease program."
    )


def write_package_data(target: Path) -> list[Path]:
    """Write the package data folder at ``target``; return every file written."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    shutil.copytree(HERE / "resources", target / "resources", ignore=SKIPPED)
    shutil.copy2(HERE / "LICENSE", target / "LICENSE")
    compiled = target / "translations"
    compiled.mkdir()
    sources = sorted((HERE / "translations").glob("phbplanner_*.ts"))
    if not sources:
        raise SystemExit("translations/phbplanner_*.ts are missing: build from a full checkout.")
    lrelease = find_lrelease()
    for source in sources:
        qm = compiled / source.with_suffix(".qm").name
        subprocess.run([lrelease, "-silent", str(source), "-qm", str(qm)], check=True)
        if not qm.is_file() or qm.stat().st_size == 0:
            raise SystemExit(f"lrelease made no translation from {source.name}.")
    return sorted(path for path in target.rglob("*") if path.is_file())


class BuildWithPackageData(build_py):
    """``build_py``, then the package data folder (not for an editable install)."""

    def run(self) -> None:
        super().run()
        if not getattr(self, "editable_mode", False):
            self._phb_data_written = write_package_data(Path(self.build_lib) / DATA)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        written = [str(path) for path in getattr(self, "_phb_data_written", [])]
        return [*super().get_outputs(include_bytecode), *written]


setup(cmdclass={"build_py": BuildWithPackageData})
