"""The package's shape: no import cycles (function-level imports too) and no module over 600 lines.

Imports are read from the source (``ast``), so an import inside a function counts as much as one
at the top: both run, and a cycle between two modules is a cycle wherever its imports sit.
Relative imports are resolved against the importing module's package. Imports under
``if TYPE_CHECKING:`` never run and are left out; so are imports built at run time
(``importlib.import_module``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "phbplanner"
MAX_LINES = 600

# Known offenders, while one is being fixed on a branch (the tests below say when an entry is
# no longer needed). Empty: there are none.
KNOWN_CYCLES: list[set[str]] = []
KNOWN_LONG_MODULES: set[str] = set()


def module_files(package: Path) -> dict[str, Path]:
    """Every module of ``package`` by dotted name (a package by its own name)."""
    found = {}
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(package.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _type_checking_only(tree: ast.AST) -> set[int]:
    """The ids of the nodes under ``if TYPE_CHECKING:`` (imports for the type checker only)."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(inner) for statement in node.body for inner in ast.walk(statement))
    return skipped


def import_graph(package: Path) -> dict[str, set[str]]:
    """Which of the package's modules each module imports, wherever the import statement is."""
    modules = module_files(package)
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = _type_checking_only(tree)
        here = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(tree):
            if id(node) in skipped:
                continue
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    parts = here.split(".")
                    parts = parts[: len(parts) - (node.level - 1)]
                    source = ".".join([*parts, *(node.module.split(".") if node.module else [])])
                else:
                    source = node.module or ""
                # "from . import x" imports the module x when there is one, else a name of "."
                targets = [
                    f"{source}.{alias.name}" if f"{source}.{alias.name}" in modules else source
                    for alias in node.names
                ]
            for target in targets:
                while target not in modules and "." in target:
                    target = target.rpartition(".")[0]  # a name inside a module
                if target in modules and target != name:
                    graph[name].add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The groups of modules that import each other, directly or round a loop (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for other in sorted(graph[module]):
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in on_stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(group)

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return found


def _loop(graph: dict[str, set[str]], group: set[str]) -> str:
    """One loop through ``group``, for the failure message: a → b → a."""
    start = min(group)
    path, seen = [start], {start}
    while True:
        nxt = min(graph[path[-1]] & group)
        if nxt in seen:
            return " → ".join([*path[path.index(nxt) :], nxt])
        path.append(nxt)
        seen.add(nxt)


def test_no_import_cycles_in_the_package() -> None:
    graph = import_graph(PACKAGE)
    new = [g for g in cycles(graph) if not any(g <= known for known in KNOWN_CYCLES)]
    assert not new, "import cycles:\n" + "\n".join(_loop(graph, g) for g in new)


def test_known_cycles_are_still_there() -> None:
    found = cycles(import_graph(PACKAGE))
    fixed = [known for known in KNOWN_CYCLES if not any(g <= known for g in found)]
    assert not fixed, f"no longer a cycle, remove from KNOWN_CYCLES: {fixed}"


def _long_modules() -> dict[str, int]:
    lengths = {
        path.relative_to(ROOT).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for path in PACKAGE.rglob("*.py")
    }
    return {name: count for name, count in lengths.items() if count > MAX_LINES}


def test_no_module_is_over_600_lines() -> None:
    new = {name: n for name, n in _long_modules().items() if name not in KNOWN_LONG_MODULES}
    assert not new, f"split these by responsibility (at most {MAX_LINES} lines): {new}"


def test_known_long_modules_are_still_long() -> None:
    fixed = KNOWN_LONG_MODULES - set(_long_modules())
    assert not fixed, f"now short enough, remove from KNOWN_LONG_MODULES: {sorted(fixed)}"


# -- the checker itself, on a small package made for it --------------------------------------
@pytest.fixture
def toy(tmp_path: Path) -> Path:
    files = {
        "toy/__init__.py": "",
        "toy/a.py": "def f():\n    from .sub import b  # inside a function\n",
        "toy/sub/__init__.py": "",
        "toy/sub/b.py": "from .. import c\n",
        "toy/c.py": "import toy.a\n",
        "toy/d.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from . import e\n",
        "toy/e.py": "from .d import thing\n",
        "toy/f.py": "from . import a, e\nimport os\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path / "toy"


def test_the_checker_resolves_relative_and_function_level_imports(toy: Path) -> None:
    graph = import_graph(toy)
    assert graph["toy.a"] == {"toy.sub.b"}
    assert graph["toy.sub.b"] == {"toy.c"}
    assert graph["toy.c"] == {"toy.a"}
    assert graph["toy.d"] == set()  # only for the type checker
    assert graph["toy.e"] == {"toy.d"}
    assert graph["toy.f"] == {"toy.a", "toy.e"}
    assert cycles(graph) == [{"toy.a", "toy.sub.b", "toy.c"}]
    assert _loop(graph, cycles(graph)[0]) == "toy.a → toy.sub.b → toy.c → toy.a"
