"""Documents made in a language other than the window's: the plan PDF in Welsh, on one thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from phbplanner.domain.text import set_translator, translate
from phbplanner.services import language
from phbplanner.services.exports import export_plan_pdf
from phbplanner.services.language import LanguageUnavailableError, in_language, translator_for

from ..language_support import use_translations
from ..reports.pdf_plans import draft_version, sample_plan
from ..reports.pdftext import page_texts

WELSH = {
    ("PlanPdf", "Personal health budget"): "Cyllideb iechyd personol",
    ("Month", "April"): "Ebrill",
}


def test_the_plan_pdf_is_made_in_the_language_asked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_translations(monkeypatch, tmp_path, WELSH)
    plan = sample_plan()
    version = draft_version("")
    welsh = export_plan_pdf(plan, version, tmp_path / "cy.pdf", language="cy")
    english = export_plan_pdf(plan, version, tmp_path / "en.pdf", language="en")
    first_cy = page_texts(welsh.read_bytes())[0]
    first_en = page_texts(english.read_bytes())[0]
    assert "Cyllideb iechyd personol" in first_cy and "Personal health budget" not in first_cy
    assert "Ebrill" in first_cy  # the budget period's dates
    assert "Personal health budget" in first_en and "Cyllideb" not in first_en
    assert translate("PlanPdf", "Personal health budget") == "Personal health budget"


def test_english_wins_over_a_welsh_window_inside_in_language_en(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_translations(monkeypatch, tmp_path, WELSH)
    set_translator(translator_for("cy"))  # as the window does when Welsh is chosen
    try:
        assert translate("PlanPdf", "Personal health budget") == "Cyllideb iechyd personol"
        with in_language("en"):
            assert translate("PlanPdf", "Personal health budget") == "Personal health budget"
        with in_language(None):  # the window's language
            assert translate("PlanPdf", "Personal health budget") == "Cyllideb iechyd personol"
    finally:
        set_translator(None)


def test_another_thread_is_not_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_translations(monkeypatch, tmp_path, WELSH)
    inside = threading.Event()
    done = threading.Event()
    seen: list[str] = []

    def worker() -> None:
        with in_language("cy"):
            seen.append(translate("PlanPdf", "Personal health budget"))
            inside.set()
            done.wait(10)

    thread = threading.Thread(target=worker)
    thread.start()
    assert inside.wait(10)
    here = translate("PlanPdf", "Personal health budget")  # while the worker is inside
    done.set()
    thread.join()
    assert seen == ["Cyllideb iechyd personol"]
    assert here == "Personal health budget"


def test_a_message_not_translated_stays_in_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_translations(monkeypatch, tmp_path, WELSH)
    with in_language("cy"):
        assert translate("PlanPdf", "not in the file") == "not in the file"


def test_an_unknown_language_is_refused_plainly() -> None:
    with pytest.raises(LanguageUnavailableError, match="There is no language fr"):
        translator_for("fr")


def test_a_copy_without_compiled_translations_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_translations(monkeypatch, tmp_path, WELSH)
    (tmp_path / "phbplanner_cy.qm").unlink()
    with (
        pytest.raises(LanguageUnavailableError, match="no Cymraeg translation") as caught,
        in_language("cy"),
    ):
        pass
    assert caught.value.exit_code == 2
    assert translator_for("en")("PlanPdf", "x") == "x"  # English needs no file


def test_a_damaged_translation_file_is_unavailable_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_translations(monkeypatch, tmp_path, WELSH)
    (tmp_path / "phbplanner_cy.qm").write_bytes(b"\x00" * 100)
    with pytest.raises(LanguageUnavailableError):
        translator_for("cy")
    assert language.LANGUAGES["cy"] == "Cymraeg"
