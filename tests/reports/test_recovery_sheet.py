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


def test_without_a_passphrase_the_sheet_has_a_box_to_write_it_in() -> None:
    # Whether a passphrase that is in reach stays off the sheet is tested where it is in reach:
    # the start screen (tests/ui/test_start_screen.py) and the CLI (tests/cli/test_report_cmds.py).
    text = page_texts(sheet())[0]
    assert "My passphrase (write it here by hand, clearly)" in text
    assert "This sheet shows the passphrase" not in text


def test_the_passphrase_is_printed_when_asked_but_never_in_the_metadata() -> None:
    data = sheet(SECRET)
    pages = page_texts(data)
    assert len(pages) == 1
    assert SECRET in pages[0]
    assert "This sheet shows the passphrase" in pages[0]
    metadata = PdfReader(io.BytesIO(data)).metadata
    assert metadata is not None and metadata.title == "Recovery sheet for Zoë Brontë’s plan"
    assert SECRET not in str(dict(metadata))


@pytest.mark.parametrize("awkward", ["a<b>&c", "Ł ễ ß ñ", "x" * 120])
def test_awkward_passphrases_print_as_given(awkward: str) -> None:
    pages = page_texts(sheet(awkward))
    assert len(pages) == 1
    # a long passphrase may wrap onto a second line: compare without the line breaks
    assert awkward.replace(" ", "") in pages[0].replace(" ", "")
