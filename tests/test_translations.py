"""Translations: the .ts files are current with the code, they compile to .qm files, and every
finished Welsh message keeps the placeholders and accelerators of its English source."""

from __future__ import annotations

import os
import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from phbplanner import build_translations

ROOT = Path(__file__).resolve().parent.parent
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


def _sources(ts_file: Path) -> set[tuple[str, str]]:
    """(context, source text) of every live message in a .ts file."""
    found = set()
    for context in ET.parse(ts_file).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind not in {"obsolete", "vanished"}:
                found.add((context.findtext("name") or "", message.findtext("source") or ""))
    return found


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed")
def test_every_translatable_string_is_in_the_english_source_file(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    files = [str(path) for path in build_translations.sources()]
    subprocess.run([str(LUPDATE), *files, "-ts", str(fresh)], check=True, capture_output=True)
    missing = _sources(fresh) - _sources(ROOT / "translations" / "phbplanner_en.ts")
    assert not missing, (
        f"{len(missing)} strings are not in translations/*.ts; run "
        "'.venv/bin/python -m phbplanner.build_translations --update'. "
        f"First: {sorted(missing)[:3]}"
    )


def test_domain_strings_are_collected(tmp_path: Path) -> None:
    sources = _sources(ROOT / "translations" / "phbplanner_en.ts")
    assert ("Readiness", "Write down the name of your care coordinator.") in sources
    assert ("Frequency", "every 2 weeks") in sources


@pytest.mark.skipif(shutil.which("pyside6-lrelease") is None
                    and not LUPDATE.with_name("pyside6-lrelease").exists(),
                    reason="pyside6-lrelease is not installed")  # fmt: skip
def test_ts_files_compile_to_qm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for ts in (ROOT / "translations").glob("phbplanner_*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    monkeypatch.setattr(build_translations, "translations_dir", lambda: tmp_path)
    built = build_translations.compile_all()
    assert {path.name for path in built} >= {"phbplanner_en.qm", "phbplanner_cy.qm"}
    assert all(path.stat().st_size > 0 for path in built)


# -- what a finished translation must keep -------------------------------------------------------
_QT_ARG = re.compile(r"%(?:[1-9][0-9]?|n)")
# An accelerator: one "&" before the letter it marks ("&&" is a literal ampersand, and "&" before a
# space is just the sign "&")
_ACCELERATOR = re.compile(r"&(?=[^\s&])")
_NOT_FINISHED = {"unfinished", "obsolete", "vanished"}


def _placeholders(text: str) -> list[str]:
    """The named fields (``{name}``, ``{name:spec}``) and Qt arguments (``%1``, ``%n``) of
    ``text``, sorted; ``{{``/``}}`` are not fields. Unbalanced braces raise ValueError."""
    fields = [
        "{" + name + ("!" + conversion if conversion else "") + (":" + spec if spec else "") + "}"
        for _literal, name, spec, conversion in string.Formatter().parse(text)
        if name is not None
    ]
    return sorted(fields + _QT_ARG.findall(text))


def _accelerators(text: str) -> int:
    return len(_ACCELERATOR.findall(text.replace("&&", "")))


def _finished(ts_file: Path) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every finished message (each plural form apart)."""
    found: list[tuple[str, str, str]] = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in _NOT_FINISHED:
                continue
            source = message.findtext("source") or ""
            forms = translation.findall("numerusform") or [translation]
            found.extend((name, source, form.text or "") for form in forms)
    return found


def test_welsh_messages_keep_their_placeholders() -> None:
    """Every finished Welsh message has exactly the placeholders of its English source (a lost
    or misspelt ``{name}`` would raise KeyError or show the braces) and as many accelerator
    ``&`` as the source (a lost one takes away a keyboard shortcut, an extra one adds a wrong
    one)."""
    finished = _finished(ROOT / "translations" / "phbplanner_cy.ts")
    assert len(finished) > 100, "the Welsh file has lost its translations"
    wrong = []
    for context, source, welsh in finished:
        try:
            same = _placeholders(welsh) == _placeholders(source)
        except ValueError as error:  # "{" without its "}" in the translation
            same = False
            welsh = f"{welsh}  ({error})"
        if not same or _accelerators(welsh) != _accelerators(source):
            wrong.append(f"[{context}] {source!r} -> {welsh!r}")
    assert not wrong, f"{len(wrong)} Welsh messages do not match their source:\n" + "\n".join(
        wrong[:20]
    )


@pytest.mark.parametrize(
    ("source", "welsh", "keeps"),
    [
        ("Saved {file}.", "Wedi cadw {file}.", True),
        ("Saved {file}.", "Wedi cadw {ffeil}.", False),
        ("Saved {file}.", "Wedi cadw.", False),
        ("{a} and {b}", "{b} a {a}", True),
        ("{{literal}} {n}", "{{llythrennol}} {n}", True),
        ("Step {n}", "Cam {n", False),
        ("Page %1", "Tudalen %1", True),
        ("&File", "&Ffeil", True),
        ("&File", "Ffeil", False),
        ("Fish && chips", "Pysgod && sglodion", True),
    ],
)
def test_the_placeholder_check_tells_right_from_wrong(source: str, welsh: str, keeps: bool) -> None:
    try:
        same = _placeholders(welsh) == _placeholders(source)
    except ValueError:
        same = False
    assert (same and _accelerators(welsh) == _accelerators(source)) is keeps


def test_every_welsh_message_is_translated() -> None:
    """Issue 17: the window, the PDFs and the commands are wholly Welsh when Welsh is chosen —
    no message of the Welsh file may be left unfinished (a new English message needs its Welsh
    before it lands; see docs/translating.md)."""
    unfinished = []
    for context in ET.parse(ROOT / "translations" / "phbplanner_cy.ts").getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                unfinished.append(f"[{context.findtext('name')}] {message.findtext('source')!r}")
    assert not unfinished, f"{len(unfinished)} Welsh messages are unfinished:\n" + "\n".join(
        unfinished[:30]
    )


_ALIAS = re.compile(r"^\s*\w+\s*=\s*(?:QCoreApplication\.)?translate\s*$", re.MULTILINE)


def test_translate_is_never_called_by_another_name() -> None:
    """``t = translate; t("Context", "words")`` hides the words from lupdate, so they never reach
    the .ts files and stay English for ever."""
    aliased = [
        f"{path.relative_to(ROOT)}: {match.group(0).strip()}"
        for path in sorted((ROOT / "phbplanner").rglob("*.py"))
        for match in _ALIAS.finditer(path.read_text(encoding="utf-8"))
    ]
    assert not aliased, "translate given another name:\n" + "\n".join(aliased)


@pytest.mark.skipif(shutil.which("pyside6-lrelease") is None
                    and not LUPDATE.with_name("pyside6-lrelease").exists(),
                    reason="pyside6-lrelease is not installed")  # fmt: skip
def test_compiling_again_never_rewrites_a_qm_a_program_has_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A program maps its .qm into memory; compiling writes a new file and puts it in place, so
    the mapped one is never changed under it (rewritten in place, the program would crash)."""
    from PySide6.QtCore import QTranslator

    shutil.copy(ROOT / "translations" / "phbplanner_cy.ts", tmp_path / "phbplanner_cy.ts")
    monkeypatch.setattr(build_translations, "translations_dir", lambda: tmp_path)
    (qm,) = build_translations.compile_all()
    translator = QTranslator()
    assert translator.load(str(qm))
    before = os.stat(qm).st_ino
    welsh = translator.translate("BudgetSummary", "Budget summary")
    assert build_translations.compile_all() == [qm]
    assert os.stat(qm).st_ino != before  # a new file in its place
    assert translator.translate("BudgetSummary", "Budget summary") == welsh  # the old, intact
    assert not list(tmp_path.glob(".*.partial"))
