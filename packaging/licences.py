"""Copy the licence files of everything the program is built from into a folder.

    python packaging/licences.py OUT      (with the environment the bundle is built from)

For each distribution PHB Planner needs at run time (its requirements, followed through), the
files its metadata lists as LICENSE, LICENCE, COPYING or NOTICE go to OUT/<name>/. The bundle
carries them beside the program, as the libraries' licences ask. PySide6's wheels list no licence
file, so Qt's and PySide6's LGPL-3.0 text comes from packaging/third-party/; Python's own licence
comes from the standard library folder.
"""

from __future__ import annotations

import re
import shutil
import sys
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

HERE = Path(__file__).resolve().parent
#: Distributions whose wheels carry no licence file, and the text that covers them.
UNLISTED = {"PySide6_Essentials": "LGPL-3.0.txt", "PySide6_Addons": "LGPL-3.0.txt",
            "shiboken6": "LGPL-3.0.txt"}  # fmt: skip

LICENCE_NAME = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


def runtime_closure(root: str) -> list[metadata.Distribution]:
    """``root`` and everything it requires at run time (no extras), each once."""
    seen: dict[str, metadata.Distribution] = {}
    waiting = [root]
    while waiting:
        name = waiting.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # an optional dependency for another system
        seen[key] = dist
        for text in dist.requires or []:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                waiting.append(requirement.name)
    return list(seen.values())


def main(out: Path) -> int:
    copied = 0
    python = Path(shutil.__file__).parent / "LICENSE.txt"
    if python.is_file():
        (out / "Python").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(python, out / "Python" / "LICENSE.txt")
        copied += 1
    for dist in runtime_closure("phbplanner"):
        name = dist.metadata["Name"]
        if name in UNLISTED:
            (out / name).mkdir(parents=True, exist_ok=True)
            shutil.copyfile(HERE / "third-party" / UNLISTED[name], out / name / UNLISTED[name])
            copied += 1
        for file in dist.files or []:
            if not LICENCE_NAME.search(file.name) or file.suffix in {".py", ".pyc"}:
                continue
            source = Path(str(file.locate()))
            if source.is_file():
                target = out / name / file.name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)
                copied += 1
    print(f"{copied} licence files in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
