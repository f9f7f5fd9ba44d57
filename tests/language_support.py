"""A small Welsh translation compiled with Qt's own lrelease, for tests of documents in a language.

The real ``phbplanner_cy.ts`` is still being translated, so tests that need particular messages in
Welsh build their own ``.qm`` holding just those, and point the program at it.
"""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest

from phbplanner import build_translations
from phbplanner.services import language


def compile_ts(messages: dict[tuple[str, str], str], folder: Path, code: str = "cy") -> Path:
    """Write ``phbplanner_<code>.ts`` with ``messages`` into ``folder``; compile it; the .qm."""
    root = ET.Element("TS", version="2.1", language=code, sourcelanguage="en_GB")
    contexts: dict[str, ET.Element] = {}
    for (context, source), text in messages.items():
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        message = ET.SubElement(contexts[context], "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation").text = text
    ts = folder / f"phbplanner_{code}.ts"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    qm = ts.with_suffix(".qm")
    lrelease = build_translations._tool("pyside6-lrelease")
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def use_translations(
    monkeypatch: pytest.MonkeyPatch, folder: Path, messages: dict[tuple[str, str], str]
) -> Path:
    """Compile ``messages`` as Welsh into ``folder`` and make the program read its .qm files
    there (for this test only)."""
    qm = compile_ts(messages, folder)
    monkeypatch.setattr(language, "translations_dir", lambda: folder)
    # a fresh cache for this test; the program's own is put back afterwards, untouched
    monkeypatch.setattr(language, "_catalogue", cache(language._catalogue.__wrapped__))
    return qm
