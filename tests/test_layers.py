"""The layers of ARCHITECTURE.md hold: lower layers never import upper ones or Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "phbplanner"

ALLOWED = {
    "domain": {"domain"},
    "storage": {"domain", "storage"},
    "interchange": {"domain", "interchange"},
    "reports": {"domain", "reports", "paths"},
    "services": {"domain", "storage", "interchange", "reports", "services", "paths"},
    "cli": {"services", "domain", "cli", "interchange"},
}


def _our_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    layer_depth = len(path.relative_to(PACKAGE).parts) - 1
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:  # relative: climb to the package root, then take the first name
                parts = path.relative_to(PACKAGE).parts[: layer_depth - (node.level - 1)]
                module = ".".join([*parts, *(node.module.split(".") if node.module else [])])
                names = [module] if node.module else [f"{module}.{a.name}" for a in node.names]
            else:
                names = [node.module or ""]
            found.update(n.split(".")[0] if node.level else n for n in names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    for path in (PACKAGE / layer).rglob("*.py"):
        for name in _our_imports(path):
            top = name.split(".")[0]
            if top == "phbplanner":
                top = name.split(".")[1] if "." in name else top
            elif name.startswith(("PySide6", "shiboken6")):
                pytest.fail(f"{path.relative_to(PACKAGE)} imports Qt ({name})")
            else:
                if top not in {"domain", "storage", "interchange", "reports", "services", "cli",
                               "ui", "paths", "app"}:  # fmt: skip
                    continue  # standard library or a third-party package
            assert top in ALLOWED[layer], f"{path.relative_to(PACKAGE)} imports {name}"


def test_services_import_no_qt_in_a_fresh_interpreter() -> None:
    code = (
        "import sys, phbplanner.services.summary, phbplanner.services.edits, phbplanner.cli;"
        "assert 'PySide6' not in sys.modules, 'PySide6 imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_domain_uses_the_standard_library_only() -> None:
    allowed_third_party: set[str] = set()
    for path in (PACKAGE / "domain").rglob("*.py"):
        for name in _our_imports(path):
            top = name.split(".")[0]
            if top in sys.stdlib_module_names or top in {"domain", "__future__"}:
                continue
            assert top in allowed_third_party, f"{path.name} imports {name}"
