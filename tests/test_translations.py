"""Translations: the .ts files are current with the code, and they compile to .qm files."""

from __future__ import annotations

import shutil
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
