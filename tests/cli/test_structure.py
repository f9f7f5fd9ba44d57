"""The CLI's shape (issue 9.12): no import cycles, one place for shared helpers, ``export`` ready
for new formats, the command words known without loading the commands."""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
from pathlib import Path

import pytest

from phbplanner.cli import COMMAND_NAMES, export_cmds, main
from phbplanner.cli import app as cli_app
from phbplanner.services.files import open_plan_file
from tests.storage.conftest import plan_file, template_file
from tests.storage.support import PASS

__all__ = ["plan_file", "template_file"]

PACKAGE = Path(__file__).resolve().parents[2] / "phbplanner"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Every module of the package and the modules of ours it imports (anywhere in it)."""
    modules = {_module_name(path): path for path in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package[: len(package) - node.level + 1]
                    target = ".".join(base + (node.module.split(".") if node.module else []))
                else:
                    target = node.module or ""
                for alias in node.names:  # "from . import x": the module x when there is one
                    sub = f"{target}.{alias.name}"
                    found.add(sub if sub in modules else target)
        graph[name] = {other for other in found if other in modules and other != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other (Tarjan's strongly connected components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_cli_has_no_import_cycles() -> None:
    graph = import_graph()
    cli = {
        name: {dep for dep in deps if dep.startswith("phbplanner.cli")}
        for name, deps in graph.items()
        if name.startswith("phbplanner.cli")
    }
    assert cycles(cli) == []
    assert [group for group in cycles(graph) if any("cli" in n for n in group)] == []
    # nothing imports the package's __init__ (the window's entry point reads it cheaply)
    assert not any("phbplanner.cli" in deps for deps in cli.values())


def test_the_command_words_load_no_commands() -> None:
    code = (
        "import sys, phbplanner.cli as c; assert 'export' in c.COMMAND_NAMES;"
        "assert 'phbplanner.cli.app' not in sys.modules;"
        "assert 'sqlalchemy' not in sys.modules, 'the window would pay for the storage import'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_every_command_word_is_a_command() -> None:
    parser = cli_app.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == COMMAND_NAMES


def test_adding_an_export_format_is_one_function(
    plan_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(export_cmds, "FORMATS", dict(export_cmds.FORMATS))

    @export_cmds.export_format("words", "the person's name as text")
    def _words(request: export_cmds.ExportRequest) -> str:
        from phbplanner.services.exports import atomic_output

        plan, _version = request.chosen()
        with atomic_output(request.out, overwrite=request.overwrite) as stream:
            stream.write(plan.person.name.encode("utf-8"))
        return f"Wrote {request.shown}."

    monkeypatch.setenv("PHBPLANNER_PASSPHRASE", PASS)
    out = tmp_path / "name.txt"
    assert main(["export", str(plan_file), "--format", "words", "--output", str(out)]) == 0
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        assert out.read_text("utf-8") == session.plan.person.name
    assert main(["export", str(plan_file), "--format", "words", "--output", str(out)]) == 2
    assert "--force" in capsys.readouterr().err
    assert out.stat().st_mode & 0o777 == 0o600


def test_every_parser_refuses_abbreviations() -> None:
    """No ``argparse`` parser in the program accepts a prefix of an option (issue 10.13)."""
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "ArgumentParser":
                keywords = {k.arg: k.value for k in node.keywords}
                value = keywords.get("allow_abbrev")
                assert isinstance(value, ast.Constant) and value.value is False, path
    from phbplanner.app import parse_gui_args

    with pytest.raises(SystemExit) as caught:
        parse_gui_args(["--dem"])  # not --demo
    assert caught.value.code == 2
    assert parse_gui_args(["--demo"]).demo
