"""The recovery sheet: one page, the plan's name and file, room for the passphrase."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from phbplanner.reports.recovery_sheet import build_recovery_sheet

from .pdftext import page_texts

SECRET = "maple orbit candle seventy wharf 42"


def sheet(passphrase: str | None = None, name: str = "Zoë Brontë’s plan") -> bytes:
    out = io.BytesIO()
    build_recovery_sheet(name, "Documents/PHB and the blue USB stick", out, passphrase=passphrase)
    return out.getvalue()


def test_one_page_with_the_plan_name_the_file_and_what_to_do() -> None:
    pages = page_texts(sheet())
    assert len(pages) == 1
    text = pages[0]
    assert "Zoë Brontë’s plan" in text
    assert "Documents/PHB and the blue USB stick" in text
    assert "My passphrase (write it here by hand, clearly)" in text
    assert "Without the passphrase and without this sheet, the plan cannot be opened." in text
    assert "Nobody can recover it" in text


def test_the_passphrase_is_never_printed_unless_asked() -> None:
    plain = sheet()
    assert SECRET not in page_texts(plain)[0]
    assert SECRET not in str(PdfReader(io.BytesIO(plain)).metadata)


def test_the_passphrase_is_printed_when_asked() -> None:
    pages = page_texts(sheet(SECRET))
    assert len(pages) == 1
    assert SECRET in pages[0]
    assert "This sheet shows the passphrase" in pages[0]


@pytest.mark.parametrize("awkward", ["a<b>&c", "Ł ễ ß ñ", "x" * 120])
def test_awkward_passphrases_print_as_given(awkward: str) -> None:
    pages = page_texts(sheet(awkward))
    assert len(pages) == 1
    # a long passphrase may wrap onto a second line: compare without the line breaks
    assert awkward.replace(" ", "") in pages[0].replace(" ", "")
