"""An installed copy works (issue 9, item 6): the wheel carries its fonts, example plan, schema,
icons and compiled translations, and finds them when nothing of the checkout is in reach.

The wheel is built the way a packager builds it — a source distribution first, then the wheel
from that — and installed with its dependencies into a fresh virtual environment. Everything then
runs from there, in a temporary folder, with an environment that does not point at the checkout.
Needs the package index (as ``.ci/setup`` does); about 40 s. Run alone: ``pytest -m packaging``.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from ..reports.pdftext import page_texts
from .support import PASS, blank_pages, clean_env, clean_tree, project_version, python_of, run

pytestmark = [pytest.mark.packaging, pytest.mark.slow]


@dataclass(frozen=True)
class Installed:
    """A fresh environment with the wheel installed, and a place to run it from."""

    venv: Path
    wheel: Path
    sdist: Path
    work: Path
    env: dict[str, str]

    def command(self, *args: str | Path) -> subprocess.CompletedProcess[str]:
        return run([self.venv / "bin" / "phbplanner", *args], self.env, self.work)

    def python(self, code: str, env: dict[str, str] | None = None) -> str:
        return run([python_of(self.venv), "-c", code], env or self.env, self.work).stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    base = tmp_path_factory.mktemp("wheel")
    tree = clean_tree(base / "tree")
    home = base / "home"
    home.mkdir()
    env = clean_env(home, PHBPLANNER_PASSPHRASE=PASS)
    build_env = dict(os.environ)
    build_env.pop("PYTHONPATH", None)
    dist = base / "dist"
    code = (
        "import sys; from setuptools import build_meta; print(build_meta.build_sdist(sys.argv[1]))"
    )
    name = run([sys.executable, "-c", code, dist], build_env, tree).stdout.split()[-1]
    sdist = dist / name
    with tarfile.open(sdist) as archive:
        archive.extractall(base / "unpacked", filter="data")
    unpacked = next((base / "unpacked").iterdir())
    # without build isolation: this environment already has the build requirements, so the
    # test needs no network for the build (.ci/setup makes an isolated build of the same)
    run([sys.executable, "-m", "pip", "wheel", "-q", "--no-build-isolation", "--no-deps",
         "-w", dist, unpacked], build_env, base)  # fmt: skip
    (wheel,) = dist.glob("phbplanner-*.whl")
    venv = base / "fresh"
    run([sys.executable, "-m", "venv", venv], env, base)
    run([python_of(venv), "-m", "pip", "install", "-q", wheel], env, base)
    work = base / "work"
    work.mkdir()
    yield Installed(venv, wheel, sdist, work, env)


def test_the_source_distribution_has_what_the_wheel_is_built_from(installed: Installed) -> None:
    with tarfile.open(installed.sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for wanted in ("setup.py", "LICENSE", "resources/example-plan.json",
                   "resources/fonts/DejaVu-LICENSE.txt", "translations/phbplanner_cy.ts",
                   "resources/schema/plan-v1.schema.json"):  # fmt: skip
        assert wanted in names, wanted
    assert not [name for name in names if name.endswith(".qm")]  # build output, not a source


def test_the_wheel_carries_the_data_and_the_licences(installed: Installed) -> None:
    import zipfile

    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
        qm = wheel.read("phbplanner/_data/translations/phbplanner_cy.qm")
    for wanted in ("phbplanner/_data/resources/fonts/DejaVuSans.ttf",
                   "phbplanner/_data/resources/fonts/DejaVu-LICENSE.txt",
                   "phbplanner/_data/resources/example-plan.json",
                   "phbplanner/_data/resources/schema/plan-v1.schema.json",
                   "phbplanner/_data/resources/icons/phbplanner.svg",
                   "phbplanner/_data/LICENSE"):  # fmt: skip
        assert wanted in names, wanted
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)
    assert qm.startswith(bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd"))  # Qt's .qm magic


def test_it_runs_from_the_installed_package_not_the_checkout(installed: Installed) -> None:
    out = installed.python(
        "import phbplanner, phbplanner.paths as p\n"
        "print(phbplanner.__file__); print(p.data_root()); print(p.kind_of_copy())\n"
        "print(phbplanner.__version__)"
    )
    package, data, kind, version = out.split("\n")[:4]
    assert Path(package).is_relative_to(installed.venv)
    assert Path(data).is_relative_to(installed.venv) and kind == "installed"
    assert version == project_version()
    assert installed.command("--version").stdout.strip() == f"phbplanner {project_version()}"


def test_an_installed_copy_makes_a_pdf_of_the_example_plan(installed: Installed) -> None:
    example = installed.python(
        "from phbplanner.paths import resource; print(resource('example-plan.json'))"
    ).strip()
    plan, pdf = installed.work / "example.phbplan", installed.work / "plan.pdf"
    installed.command("new", plan, "--from", example)
    installed.command("export", plan, "--format", "pdf", "--output", pdf)
    data = pdf.read_bytes()
    text = " ".join(page_texts(data))
    assert "Siân Pritchard" in text and "Fingerprint:" in text
    metadata = PdfReader(io.BytesIO(data)).metadata
    assert metadata is not None and metadata.creator == f"PHB Planner {project_version()}"


def test_an_installed_copy_opens_the_example_and_takes_screenshots(
    installed: Installed, qapp: Any
) -> None:
    shots = installed.work / "shots"
    done = installed.command("--demo", "--screenshots", shots)
    pages = sorted(shots.glob("*.png"))
    assert len(pages) >= 10, done.stdout
    assert f"Saved {len(pages)} screenshots" in done.stdout
    assert blank_pages(shots) == []


def test_an_installed_copy_shows_welsh(installed: Installed, tmp_path: Path) -> None:
    config = Path(installed.env["XDG_CONFIG_HOME"]) / "PHB Planner" / "phbplanner.ini"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("[view]\nlanguage=cy\n", encoding="utf-8")  # as View › Language leaves it
    try:
        out = installed.python(
            "from PySide6.QtCore import QCoreApplication\n"
            "from phbplanner.ui.main import make_app\n"
            "from phbplanner.ui.window import MainWindow\n"
            "app = make_app(['phbplanner'])\n"
            "window = MainWindow()\n"
            "print(window.windowTitle())\n"
            "print(QCoreApplication.translate('Window', '&File'))\n"
        )
    finally:
        config.unlink()
    title, file_menu = out.split("\n")[:2]
    assert title == "Cynllunydd PHB"
    assert file_menu == "&Ffeil"
