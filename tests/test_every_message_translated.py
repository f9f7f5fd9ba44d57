"""Every message a person reads goes through translation (issue 17): no error is given English.

Read from the source (``ast``) of every module of the package, the window's (``ui/``) too:

* a call of any class deriving from ``PHBError`` (``phbplanner/domain/errors.py``) — raised,
  returned or kept — and any ``raise SomethingError(...)``, must not be given text built from
  string literals: a bare ``"..."``, an f-string, or a ``%``, ``+`` or ``.format`` of literals.
  The text comes from ``translate("Context", "...")`` (``self.tr`` in Qt code), its
  ``.format(...)`` filling named placeholders;
* a piece of a message handed on as ``why=``, ``detail=``, ``reason=`` or ``message=`` must not
  be a literal either.

A name bound to a string literal at the top of a module (``REKEYED = "..."``, also imported from
another module) counts as that literal, and so does a call of a function of the same module that
returns literal text (a "why" built by a helper). Words count, punctuation does not: joining two
translated sentences with ``" "`` is allowed, gluing English words to them is not.

Messages that are purely technical and never shown to a person are listed in :data:`TECHNICAL`,
each with the reason.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "phbplanner"

#: Keyword arguments that carry a piece of a message a person reads.
PIECES = {"why", "detail", "reason", "message"}

#: (module, what is called, how its text starts) → why that text is never shown to a person.
TECHNICAL: dict[tuple[str, str, str], str] = {
    ("__init__.py", "AttributeError", "module "): "Python's own protocol for a missing name",
    ("domain/balance.py", "ValueError", "balance rows out of order"): "a bug in the caller",
    ("domain/employment_lines.py", "ValueError", "a PA key is"): "keys are made by the code",
    ("domain/employment_lines.py", "ValueError", ""): "a line of another PA: a bug",
    ("domain/employment_plan.py", "ValueError", ""): "a group the code did not make: a bug",
    ("domain/employment_rates.py", "ValueError", "tax years"): "the rates shipped are checked",
    ("domain/fieldspec.py", "ValueError", ""): "a wrong field declaration, raised at import",
    ("domain/money.py", "TypeError", "Money holds whole pence"): "a bug in the caller",
    ("domain/review_progress.py", "ValueError", ""): "months come from the file, always valid",
    ("interchange/csv_safe.py", "TypeError", ""): "a value the code should not write: a bug",
    ("interchange/fhir_json.py", "FhirJsonError", ""): "a value the code should not write: a bug",
    ("interchange/qm.py", "QmError", ""): "caught by services/language.py, which explains it",
    ("interchange/records_schema.py", "ValueError", "there is no"): "versions are the code's own",
    ("interchange/schema.py", "ValueError", ""): "a wrong schema declaration in the code",
    ("reports/rating_bar.py", "ValueError", "a rating is"): "ratings are checked when typed",
    ("services/changes.py", "ValueError", ""): "a wrongly built change notice: a bug",
    ("services/edits.py", "EditError", ""): "an edit the code built wrongly: a bug",
    ("services/ledger_view.py", "ValueError", "cannot sort by"): "sort keys are the code's own",
    ("storage/ledger_queries.py", "ValueError", "cannot sort by"): "sort keys are the code's own",
    ("storage/planrows.py", "TypeError", ""): "a wrong table declaration, raised at import",
    ("storage/review_rows.py", "ValueError", "finish_review needs"): "a bug in the caller",
    ("ui/costed/pa_calculator.py", "ValueError", "there is no PA"): "a bug in the caller",
    ("ui/spending/register_model.py", "ValueError", "cannot sort by"): "columns are the code's",
}


#: Known offenders that ARE shown, while they are being fixed: the
#: test fails when one is fixed, so take it off then. Empty: there are none.
KNOWN_UNTRANSLATED: set[tuple[str, str]] = set()


@dataclass(frozen=True)
class Finding:
    where: str  # file:line
    module: str
    called: str
    text: str

    def __str__(self) -> str:
        return f"{self.where}: {self.called}(...) is given English text: {self.text!r}"


def _words(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _modules() -> dict[str, Path]:
    return {p.relative_to(PACKAGE).as_posix(): p for p in sorted(PACKAGE.rglob("*.py"))}


def _dotted(rel: str) -> str:
    parts = ["phbplanner", *Path(rel).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


class Package:
    """What the scan needs to know about the whole package."""

    def __init__(self, sources: dict[str, str]) -> None:
        self.trees = {rel: ast.parse(text) for rel, text in sources.items()}
        self.by_dotted = {_dotted(rel): rel for rel in self.trees}
        self.constants = {rel: self._constants(tree) for rel, tree in self.trees.items()}
        self.phb_errors = self._phb_errors()

    @staticmethod
    def _constants(tree: ast.Module) -> dict[str, ast.expr]:
        found: dict[str, ast.expr] = {}
        for node in tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
                if isinstance(target, ast.Name):
                    found[target.id] = node.value
            elif (
                isinstance(node, ast.AnnAssign)
                and isinstance(node.target, ast.Name)
                and node.value is not None
            ):
                found[node.target.id] = node.value
        return found

    def _phb_errors(self) -> set[str]:
        classes: dict[str, set[str]] = {}
        for tree in self.trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef):
                    bases = {_name(base) for base in node.bases}
                    classes.setdefault(node.name, set()).update(bases)
        found = {"PHBError"}
        grew = True
        while grew:
            grew = False
            for name, bases in classes.items():
                if name not in found and bases & found:
                    found.add(name)
                    grew = True
        return found

    def imported_from(self, rel: str, name: str) -> str | None:
        """The module ``name`` was imported from into ``rel`` (a module of the package)."""
        here = _dotted(rel) if rel.endswith("__init__.py") else _dotted(rel).rpartition(".")[0]
        for node in ast.walk(self.trees[rel]):
            if isinstance(node, ast.ImportFrom) and any(
                (alias.asname or alias.name) == name for alias in node.names
            ):
                if node.level:
                    parts = here.split(".")
                    parts = parts[: len(parts) - (node.level - 1)]
                    source = ".".join([*parts, *([node.module] if node.module else [])])
                else:
                    source = node.module or ""
                return self.by_dotted.get(source)
        return None


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


class Scan:
    """The English text built from literals in one module."""

    def __init__(self, package: Package, rel: str) -> None:
        self.package = package
        self.rel = rel
        tree = package.trees[rel]
        self.functions = {
            node.name: node
            for node in tree.body
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        }

    def english(self, node: ast.expr | None, seen: frozenset[str] = frozenset()) -> str | None:
        """The literal English ``node`` is built from (``{}`` for the rest), or None."""
        if node is None:
            return None
        if isinstance(node, ast.Constant):
            return node.value if isinstance(node.value, str) and _words(node.value) else None
        if isinstance(node, ast.JoinedStr):
            text = "".join(
                str(part.value) if isinstance(part, ast.Constant) else "{}" for part in node.values
            )
            return text if _words(text.replace("{}", "")) else None
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
            left, right = self.english(node.left, seen), self.english(node.right, seen)
            if left is None and right is None:
                return None
            return (left or "{}") + (right or "{}")
        if isinstance(node, ast.IfExp):
            return self.english(node.body, seen) or self.english(node.orelse, seen)
        if isinstance(node, ast.BoolOp):
            for value in node.values:
                found = self.english(value, seen)
                if found is not None:
                    return found
            return None
        if isinstance(node, ast.Call):
            if isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join"):
                return self.english(node.func.value, seen)
            if isinstance(node.func, ast.Name) and node.func.id in self.functions:
                return self._returns(node.func.id, seen)
            return None
        if isinstance(node, ast.Name):
            return self._constant(self.rel, node.id, seen)
        return None

    def _constant(self, rel: str, name: str, seen: frozenset[str]) -> str | None:
        key = f"{rel}:{name}"
        if key in seen:
            return None
        value = self.package.constants[rel].get(name)
        if value is not None:
            return Scan(self.package, rel).english(value, seen | {key})
        source = self.package.imported_from(rel, name)
        if source is not None and source != rel:
            return self._constant(source, name, seen | {key})
        return None

    def _returns(self, function: str, seen: frozenset[str]) -> str | None:
        key = f"{self.rel}:{function}()"
        if key in seen:
            return None
        for node in ast.walk(self.functions[function]):
            if isinstance(node, ast.Return):
                found = self.english(node.value, seen | {key})
                if found is not None:
                    return found
        return None

    def findings(self) -> list[Finding]:
        found: list[Finding] = []
        raised = {
            id(node.exc)
            for node in ast.walk(self.package.trees[self.rel])
            if isinstance(node, ast.Raise) and node.exc is not None
        }
        for node in ast.walk(self.package.trees[self.rel]):
            if not isinstance(node, ast.Call):
                continue
            called = _name(node.func)
            is_error = called in self.package.phb_errors or (
                id(node) in raised and called.endswith(("Error", "Exception"))
            )
            checked: list[ast.expr] = []
            if is_error:
                checked = [*node.args, *(k.value for k in node.keywords)]
            else:
                checked = [k.value for k in node.keywords if k.arg in PIECES]
            for value in checked:
                text = self.english(value)
                if text is not None:
                    found.append(
                        Finding(f"phbplanner/{self.rel}:{value.lineno}", self.rel, called, text)
                    )
        return found


def _technical(finding: Finding) -> tuple[str, str, str] | None:
    for key in TECHNICAL:
        module, called, start = key
        if (finding.module, finding.called) == (module, called) and finding.text.startswith(start):
            return key
    return None


def scan(sources: dict[str, str]) -> list[Finding]:
    package = Package(sources)
    found: list[Finding] = []
    for rel in package.trees:
        found.extend(Scan(package, rel).findings())
    return sorted(found, key=lambda f: (f.module, int(f.where.rpartition(":")[2])))


def _package_sources() -> dict[str, str]:
    return {rel: path.read_text(encoding="utf-8") for rel, path in _modules().items()}


def test_no_error_is_given_english_that_is_not_translated() -> None:
    found = scan(_package_sources())
    untranslated = [
        f for f in found if _technical(f) is None and (f.module, f.called) not in KNOWN_UNTRANSLATED
    ]
    assert not untranslated, (
        f"{len(untranslated)} messages are not translated: build them with "
        'translate("Context", "...").format(...) — or, if one is never shown to a person, '
        "list it in TECHNICAL with the reason:\n" + "\n".join(map(str, untranslated))
    )


def test_every_technical_exception_is_still_there() -> None:
    used = {_technical(f) for f in scan(_package_sources())}
    stale = [key for key in TECHNICAL if key not in used]
    assert not stale, f"these TECHNICAL entries match nothing any more: take them off: {stale}"


SAMPLE_ERRORS = """
class PHBError(Exception):
    pass
class StorageError(PHBError):
    pass
class NotAPlanFileError(StorageError):
    pass
"""

SAMPLE = """
from .errors import StorageError, NotAPlanFileError
from .words import IMPORTED
WHY = "the file is cut short"

def kind(mode):
    if mode:
        return "a named pipe"
    return translate("Storage", "a folder")

def bad(path, n):
    raise StorageError("There is no file.")  # flagged
    raise StorageError(f"{path.name} is missing.")  # flagged
    raise StorageError("Missing: %s" % path)  # flagged
    raise StorageError(translate("Storage", "Gone.") + " Try again.")  # flagged
    raise StorageError("{name} is missing.".format(name=path.name))  # flagged
    return NotAPlanFileError(path, why=WHY)  # flagged
    raise ValueError(f"cannot sort by {n!r}")  # flagged
    make(path, detail="it is empty")  # flagged
    raise StorageError(IMPORTED.format(name=path.name))  # flagged
    raise NotAPlanFileError(path, kind(0))  # flagged
    raise StorageError(translate("S", "A.") if n else "B, not translated")  # flagged

def good(path, n, exc):
    raise StorageError(translate("Storage", "There is no file."))
    raise StorageError(translate("Storage", "{name} is missing.").format(name=path.name))
    raise StorageError(translate("S", "One.") + " " + translate("S", "Two."))
    raise NotAPlanFileError(path, why=translate("Storage", "It is empty."))
    raise StorageError(str(exc))
    raise StorageError(f"{translate('S', 'One.')} {translate('S', 'Two.')}")
    make(path, reason=exc.strerror)
    print("not an error at all")
"""


def test_the_scan_finds_english_built_every_way_and_allows_translations() -> None:
    found = scan(
        {
            "storage/errors.py": SAMPLE_ERRORS,
            "storage/words.py": 'IMPORTED = "{name} has gone."\n',
            "storage/sample.py": SAMPLE,
        }
    )
    lines = sorted(int(f.where.rpartition(":")[2]) for f in found)
    flagged = [n for n, line in enumerate(SAMPLE.splitlines(), 1) if line.endswith("# flagged")]
    assert len(flagged) == 11
    assert lines == flagged, [str(f) for f in found]
    texts = {f.text for f in found}
    assert "{} is missing." in texts and "the file is cut short" in texts
    assert "a named pipe" in texts and "{name} has gone." in texts


def test_known_untranslated_messages_are_still_there() -> None:
    left = {(f.module, f.called) for f in scan(_package_sources())}
    fixed = KNOWN_UNTRANSLATED - left
    assert not fixed, f"translated now: take these off KNOWN_UNTRANSLATED: {sorted(fixed)}"
