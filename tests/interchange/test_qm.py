"""Reading Qt's compiled translations without Qt: the same answers as QTranslator."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from phbplanner.interchange.qm import MAGIC, QmError, read_qm

from ..language_support import compile_ts

QT = pytest.importorskip("PySide6.QtCore")

MESSAGES = {
    ("PlanPdf", "Personal health budget"): "Cyllideb iechyd personol",
    ("PlanPdf", "Page {page} of {pages}"): "Tudalen {page} o {pages}",
    ("Month", "December"): "Rhagfyr",
    (
        "Cli",
        "Wrote {version} of the plan to {name}.",
    ): "Ysgrifennwyd {version} o’r cynllun i {name}.",
    (
        "Odd",
        "<b>bold</b> & “quotes” – ŵ ŷ 😀\nline two",
    ): "<b>trwm</b> & “dyfynodau” – ŵ ŷ 😀\nail linell",
}


def test_every_message_reads_as_qtranslator_reads_it(tmp_path: Path) -> None:
    qm = compile_ts(MESSAGES, tmp_path)
    read = read_qm(qm.read_bytes())
    assert read == MESSAGES
    translator = QT.QTranslator()
    assert translator.load(str(qm))
    for (context, source), text in read.items():
        assert translator.translate(context, source) == text


def test_the_programs_own_welsh_file_reads_as_qtranslator_reads_it() -> None:
    from phbplanner.paths import translations_dir

    qm = translations_dir() / "phbplanner_cy.qm"
    if not qm.exists():
        pytest.skip("translations not compiled (python -m phbplanner.build_translations)")
    read = read_qm(qm.read_bytes())
    translator = QT.QTranslator()
    assert translator.load(str(qm))
    assert read, "the Welsh file holds no finished message"
    for (context, source), text in read.items():
        assert translator.translate(context, source) == text, (context, source)


def test_unfinished_messages_are_not_in_the_file(tmp_path: Path) -> None:
    qm = compile_ts({("A", "kept"): "cadw"}, tmp_path)
    assert read_qm(qm.read_bytes()) == {("A", "kept"): "cadw"}


@pytest.mark.parametrize(
    "data",
    [b"", b"not a qm file at all", MAGIC[:8], MAGIC + b"\x69\x00\x00\x10\x00"],
    ids=["empty", "text", "short magic", "block past the end"],
)
def test_what_is_not_a_qm_file_is_refused_plainly(data: bytes) -> None:
    if data.startswith(MAGIC):
        with pytest.raises(QmError):
            read_qm(data)
    else:
        with pytest.raises(QmError, match="not a Qt translation file"):
            read_qm(data)


def test_damaged_files_raise_qm_error_and_nothing_else(tmp_path: Path, test_seed: int) -> None:
    good = compile_ts(MESSAGES, tmp_path).read_bytes()
    rng = random.Random(test_seed)
    for _ in range(300):
        damaged = bytearray(good)
        for _ in range(rng.randint(1, 8)):
            damaged[rng.randrange(len(MAGIC), len(damaged))] = rng.randrange(256)
        cut = rng.choice([len(damaged), rng.randrange(len(MAGIC), len(damaged))])
        try:
            read = read_qm(bytes(damaged[:cut]))
        except QmError:
            continue
        assert all(isinstance(k, tuple) and isinstance(v, str) for k, v in read.items())
