"""The one-folder Linux bundle (issue 18): built by packaging/build-linux.sh from a clean copy of
the tree, it runs on its own — the version, every page of the example plan, the commands, Welsh,
the desktop files and the install script — and needs no network.

About 2–3 minutes (most of it installing the build environment and PyInstaller's analysis).
Run alone: ``pytest -m bundle``; all packaging tests: ``pytest -m packaging``.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from ..reports.pdftext import page_texts
from .support import (
    PASS,
    ROOT,
    blank_pages,
    clean_env,
    clean_tree,
    project_version,
    run,
)

pytestmark = [pytest.mark.packaging, pytest.mark.bundle, pytest.mark.slow]
APP_ID = "org.phbplanner.PHBPlanner"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    if not sys.platform.startswith("linux"):
        pytest.skip("the Linux bundle is built on Linux")
    tree = clean_tree(tmp_path_factory.mktemp("bundle") / "tree")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    run(["bash", "packaging/build-linux.sh"], env, tree, timeout=1200)
    yield tree / "dist" / "phbplanner"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    return clean_env(home, PHBPLANNER_PASSPHRASE=PASS)


def test_the_bundle_has_its_data_licences_and_desktop_files(bundle: Path) -> None:
    data = bundle / "_internal" / "phbplanner" / "_data"
    for wanted in ("resources/fonts/DejaVuSans.ttf", "resources/fonts/DejaVu-LICENSE.txt",
                   "resources/example-plan.json", "resources/schema/plan-v1.schema.json",
                   "resources/icons/phbplanner.svg", "translations/phbplanner_cy.qm",
                   "LICENSE"):  # fmt: skip
        assert (data / wanted).is_file(), wanted
    assert (
        (bundle / "LICENSE")
        .read_text("utf-8")
        .startswith("                    GNU GENERAL PUBLIC LICENSE")
    )
    licences = bundle / "licences"
    assert (licences / "DejaVu-fonts.txt").is_file()
    for name in ("PySide6_Essentials/LGPL-3.0.txt", "Python/LICENSE.txt", "SQLAlchemy/LICENSE",
                 "sqlcipher3/LICENSE", "keyring/LICENSE"):  # fmt: skip
        assert (licences / name).is_file(), name
    share = bundle / "share"
    for wanted in (f"applications/{APP_ID}.desktop", f"metainfo/{APP_ID}.metainfo.xml",
                   f"mime/packages/{APP_ID}.xml", f"icons/hicolor/scalable/apps/{APP_ID}.svg",
                   f"icons/hicolor/48x48/apps/{APP_ID}.png",
                   f"icons/hicolor/128x128/apps/{APP_ID}.png",
                   f"icons/hicolor/256x256/apps/{APP_ID}.png"):  # fmt: skip
        assert (share / wanted).is_file(), wanted
    if shutil.which("desktop-file-validate"):
        validate = ["desktop-file-validate", str(share / "applications" / f"{APP_ID}.desktop")]
        assert subprocess.run(validate).returncode == 0


def test_version(bundle: Path, env: dict[str, str], tmp_path: Path) -> None:
    done = run([bundle / "phbplanner", "--version"], env, tmp_path)
    assert done.stdout.strip() == f"phbplanner {project_version()}"


def test_every_page_of_the_example_plan_shows(
    bundle: Path, env: dict[str, str], tmp_path: Path, qapp: Any
) -> None:
    shots = tmp_path / "shots"
    # every page of the plan (every screen is looked at from the installed wheel: test_wheel)
    done = run([bundle / "phbplanner", "--demo", "--screenshots", shots,
                "--screenshots-of", "pages"], env, tmp_path)  # fmt: skip
    pages = sorted(shots.glob("*.png"))
    assert len(pages) >= 16 and f"Saved {len(pages)} screenshots" in done.stdout
    assert blank_pages(shots) == []


def test_welsh(bundle: Path, env: dict[str, str], tmp_path: Path, qapp: Any) -> None:
    from PySide6.QtGui import QImage

    def start_screen(language: str) -> QImage:
        config = Path(env["XDG_CONFIG_HOME"]) / "PHB Planner" / "phbplanner.ini"
        config.parent.mkdir(parents=True, exist_ok=True)
        config.write_text(f"[view]\nlanguage={language}\n", encoding="utf-8")
        shots = tmp_path / language
        run([bundle / "phbplanner", "--demo", "--screenshots", shots,
             "--screenshots-of", "pages"], env, tmp_path)  # fmt: skip
        return QImage(str(shots / "00-start-screen.png"))

    english, welsh = start_screen("en"), start_screen("cy")
    assert english.size() == welsh.size()
    assert english != welsh  # the same screen with other words: the Welsh .qm was found


def test_the_commands_on_the_example_plan_without_a_network(
    bundle: Path, env: dict[str, str], tmp_path: Path
) -> None:
    program = str(bundle / "phbplanner")
    offline: list[str] = []
    probe = subprocess.run(["unshare", "--net", "true"], capture_output=True)
    if shutil.which("unshare") and probe.returncode == 0:
        offline = ["unshare", "--net"]  # no network at all: a new, empty network namespace
    example = bundle / "_internal" / "phbplanner" / "_data" / "resources" / "example-plan.json"
    plan, pdf = tmp_path / "example.phbplan", tmp_path / "plan.pdf"
    run([*offline, program, "new", plan, "--from", example], env, tmp_path)
    summary = run([*offline, program, "summary", plan], env, tmp_path).stdout
    assert "Siân Pritchard" in summary and "Ready for sign-off: yes" in summary
    run([*offline, program, "export", plan, "--format", "pdf", "--output", pdf], env, tmp_path)
    data = pdf.read_bytes()
    assert "Siân Pritchard" in " ".join(page_texts(data))
    metadata = PdfReader(io.BytesIO(data)).metadata
    assert metadata is not None and metadata.creator == f"PHB Planner {project_version()}"
    wrong = subprocess.run(
        [program, "check", plan], env={**env, "PHBPLANNER_PASSPHRASE": "not the right one"},
        cwd=tmp_path, capture_output=True, text=True,
    )  # fmt: skip
    assert wrong.returncode == 3 and "Traceback" not in wrong.stderr


def test_installing_it_for_one_user(bundle: Path, env: dict[str, str], tmp_path: Path) -> None:
    env = {**env, "XDG_CURRENT_DESKTOP": "GNOME", "XDG_DATA_DIRS": "/usr/local/share:/usr/share"}
    run(["bash", bundle / "install-for-this-user.sh"], env, tmp_path)
    home = Path(env["HOME"])
    installed = home / ".local" / "bin" / "phbplanner"
    done = run([installed, "--version"], env, tmp_path)
    assert done.stdout.strip() == f"phbplanner {project_version()}"
    desktop = Path(env["XDG_DATA_HOME"]) / "applications" / f"{APP_ID}.desktop"
    assert f'Exec="{home}/.local/lib/phbplanner/phbplanner" %f' in desktop.read_text("utf-8")
    if shutil.which("xdg-mime") and shutil.which("gio"):
        plan = tmp_path / "a.phbplan"
        plan.write_bytes(os.urandom(4096))
        query = ["xdg-mime", "query", "filetype", str(plan)]
        assert run(query, env, tmp_path).stdout.strip() == "application/x-phbplanner-plan"
    run(["bash", home / ".local" / "lib" / "phbplanner" / "install-for-this-user.sh",
         "--uninstall"], env, tmp_path)  # fmt: skip
    assert not installed.exists() and not desktop.exists()
    assert not (home / ".local" / "lib" / "phbplanner").exists()


def test_start_time_beside_the_source_installed_program(bundle: Path) -> None:
    """Figures only (no timed assertion): printed for the report, see bench/bench_startup.py."""
    if not (shutil.which("Xvfb") and shutil.which("xev") and shutil.which("xwininfo")):
        pytest.skip("Xvfb and x11-utils are needed to time the first window")
    import statistics

    from bench.bench_startup import measure

    source = ROOT / ".venv" / "bin" / "phbplanner"
    figures = {}
    for name, program in (("bundle", bundle / "phbplanner"), ("source install", source)):
        if program.exists():
            found = measure(program, runs=3)
            figures[name] = {key: statistics.median(values) for key, values in found.items()}
    for name, medians in figures.items():
        print(f"{name}: first window {medians['program'] * 1000:.0f} ms "
              f"(empty QMainWindow {medians['empty'] * 1000:.0f} ms; "
              f"ratio {medians['program'] / medians['empty']:.2f})")  # fmt: skip
    assert "bundle" in figures
