"""PHB Planner: plan and run a personal health budget, privately, on your own computer.

The version is written in one place, ``pyproject.toml``. ``phbplanner.__version__`` reads it when
first asked (so starting the window pays nothing for it): from ``pyproject.toml`` itself in a
source checkout — an editable install's metadata is only as new as its last install — and
otherwise from the installed package's metadata (a wheel, or a bundle that carries it).
"""

from __future__ import annotations

UNKNOWN_VERSION = "0+unknown"
_known: str | None = None


def _version() -> str:
    global _known
    if _known is None:
        _known = _read_version()
    return _known


def _read_version() -> str:
    from pathlib import Path  # here, not at the top: the window's start imports this package

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.is_file():
        import tomllib

        try:
            project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            project = {}
        if project.get("name") == "phbplanner" and isinstance(project.get("version"), str):
            return str(project["version"])
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("phbplanner")
    except PackageNotFoundError:
        return UNKNOWN_VERSION


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
