"""Linux desktop integration (packaging/linux): the menu entry, the AppStream metainfo, the plan
file type and the icons are valid, and the install script makes a double-clicked .phbplan file
open in PHB Planner — checked with the freedesktop tools in a temporary home folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .support import ROOT

LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.phbplanner.PHBPlanner"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME_XML = LINUX / f"{APP_ID}.mime.xml"
MIME_TYPE = "application/x-phbplanner-plan"
INSTALL = LINUX / "install-user.sh"


def tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed (Debian package {package}; bash .ci/setup --dev)")
    return found


def desktop_entry(path: Path) -> dict[str, str]:
    entry = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, sep, value = line.partition("=")
        if sep and not line.startswith("#"):
            entry[key] = value
    return entry


def test_the_desktop_file_is_valid() -> None:
    done = subprocess.run(
        [tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0 and done.stdout.strip() == "", done.stdout + done.stderr


def test_the_metainfo_is_valid() -> None:
    done = subprocess.run(
        [tool("appstreamcli", "appstream"), "validate", "--no-net", "--strict", str(METAINFO)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_parts_name_each_other() -> None:
    entry = desktop_entry(DESKTOP)
    # one program for the window and a file: "phbplanner" alone, or "phbplanner /path/plan.phbplan"
    assert entry["Exec"] == "phbplanner %f"
    assert entry["Icon"] == APP_ID
    assert entry["MimeType"].split(";")[:1] == [MIME_TYPE]
    mime = ET.parse(MIME_XML).getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    (kind,) = mime.findall("m:mime-type", ns)
    assert kind.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in kind.findall("m:glob", ns)] == ["*.phbplan"]
    meta = ET.parse(METAINFO).getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable") == DESKTOP.name
    assert meta.findtext("provides/mediatype") == MIME_TYPE
    assert meta.findtext("project_license") == "GPL-3.0-or-later"
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'license = "GPL-3.0-or-later"' in pyproject
    from .support import project_version

    releases = [r.get("version") for r in meta.findall("releases/release")]
    assert project_version() in releases, "add this version to the metainfo's <releases>"


@pytest.mark.parametrize("size", [48, 128, 256])
def test_the_icons_are_drawn_from_the_svg(size: int, qapp: object) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("icons", LINUX / "icons.py")
    assert spec is not None and spec.loader is not None
    icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(icons)
    from PySide6.QtGui import QImage

    shipped = QImage(str(icons.png_path(size))).convertToFormat(QImage.Format.Format_ARGB32)
    assert (shipped.width(), shipped.height()) == (size, size)
    fresh = icons.render(size)
    differences = [
        abs(((shipped.pixel(x, y) >> shift) & 255) - ((fresh.pixel(x, y) >> shift) & 255))
        for y in range(size)
        for x in range(size)
        for shift in (0, 8, 16, 24)
    ]
    assert sum(differences) / len(differences) < 2, "run python packaging/linux/icons.py"


@pytest.fixture
def home(tmp_path: Path) -> dict[str, str]:
    """A temporary home folder, seen as a GNOME session (xdg-mime then asks gio)."""
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_DIRS": "/usr/local/share:/usr/share",
        "XDG_CURRENT_DESKTOP": "GNOME",
    }
    return env


def test_installing_for_one_user_makes_plan_files_open_in_phb_planner(
    home: dict[str, str], tmp_path: Path
) -> None:
    xdg_mime = tool("xdg-mime", "xdg-utils")
    tool("gio", "libglib2.0-bin")
    tool("update-mime-database", "shared-mime-info")
    # a program in a folder with a space, as in a home folder called "Siân Jones"
    program = tmp_path / "Siân Jones" / "phbplanner"
    program.parent.mkdir()
    program.write_text('#!/bin/sh\necho started "$@"\n', encoding="utf-8")
    program.chmod(0o755)
    done = subprocess.run(["bash", str(INSTALL), "--command", str(program)], env=home,
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0, done.stderr
    data = Path(home["XDG_DATA_HOME"])
    installed = data / "applications" / f"{APP_ID}.desktop"
    entry = desktop_entry(installed)
    assert entry["Exec"] == f'"{program}" %f'
    assert subprocess.run(["desktop-file-validate", str(installed)]).returncode == 0
    for icon in ("scalable/apps/org.phbplanner.PHBPlanner.svg",
                 "48x48/apps/org.phbplanner.PHBPlanner.png",
                 "256x256/apps/org.phbplanner.PHBPlanner.png"):  # fmt: skip
        assert (data / "icons" / "hicolor" / icon).is_file(), icon

    plan = tmp_path / "my plan.phbplan"
    plan.write_bytes(os.urandom(8192))  # encrypted: its bytes say nothing about what it is

    def query(*args: str) -> str:
        return subprocess.run([xdg_mime, "query", *args], env=home, capture_output=True,
                              text=True, check=True).stdout.strip()  # fmt: skip

    assert query("filetype", str(plan)) == MIME_TYPE
    assert query("default", MIME_TYPE) == f"{APP_ID}.desktop"

    done = subprocess.run(["bash", str(INSTALL), "--uninstall"], env=home, capture_output=True,
                          text=True)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert not installed.exists()
    assert not (data / "mime" / "packages" / f"{APP_ID}.xml").exists()
    assert query("filetype", str(plan)) != MIME_TYPE
    mimeapps = Path(home["XDG_CONFIG_HOME"]) / "mimeapps.list"
    assert MIME_TYPE not in mimeapps.read_text(encoding="utf-8")
    assert plan.exists()  # plans are never touched


def test_the_install_script_refuses_without_a_program(home: dict[str, str]) -> None:
    done = subprocess.run(["bash", str(INSTALL)], env=home, capture_output=True, text=True)
    assert done.returncode == 2
    assert "--command" in done.stderr
