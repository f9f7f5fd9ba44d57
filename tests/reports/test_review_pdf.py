"""The review PDF (issue 15 item 6): what a person and their care coordinator read and sign."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from phbplanner.domain.fingerprint import format_fingerprint
from phbplanner.domain.plan import Plan
from phbplanner.domain.review import OutcomeReview, Review, ReviewState, ReviewStatus
from phbplanner.domain.text import set_translator
from phbplanner.interchange.plan_json import plan_fingerprint
from phbplanner.interchange.reviews_json import review_fingerprint
from phbplanner.reports.rating_bar import rating_bar
from phbplanner.reports.review_pdf import build_review_pdf
from phbplanner.reports.review_sections import earlier_reviews, section_titles
from phbplanner.reports.styles import make_theme

from .pdf_plans import sample_plan
from .pdftext import flat, font_sizes, page_texts
from .review_pdfs import PRODUCED, build, first_review, reviewed_version, second_review

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def review_pdf() -> bytes:
    return build(second_review(), [first_review()])


@pytest.fixture(scope="module")
def text(review_pdf: bytes) -> str:
    return " ".join(page_texts(review_pdf))


def headings() -> list[str]:
    return [f"{number}. {title}" for number, title in enumerate(section_titles(), start=1)]


def test_the_sections_come_in_order_and_are_bookmarked(review_pdf: bytes, text: str) -> None:
    positions = [text.find(heading) for heading in headings()]
    assert -1 not in positions, headings()
    assert positions == sorted(positions)
    outline = PdfReader(io.BytesIO(review_pdf)).outline
    assert [item.title for item in outline if not isinstance(item, list)] == headings()


def test_what_was_reviewed_is_at_the_top(review_pdf: bytes) -> None:
    first = page_texts(review_pdf)[0]
    assert "Review of my plan Siân Williams" in first
    assert "Date of the review 14 April 2027" in first
    assert "Plan version reviewed Version 2, agreed on 1 April 2026" in first
    assert format_fingerprint(plan_fingerprint(sample_plan())) in first
    assert "This review is Finished on 14 April 2027" in first
    assert "This copy was produced on 20 April 2027" in first
    assert "Written down by Zoë Brontë" in first


def test_fingerprint_name_and_page_x_of_y_on_every_page(review_pdf: bytes) -> None:
    fingerprint = format_fingerprint(review_fingerprint(second_review()))
    pages = page_texts(review_pdf)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page, number
        assert f"Fingerprint: {fingerprint}" in page, number
        assert "Siân Williams · Review of 14 April 2027 · plan version 2" in page, number
        assert "DRAFT" not in page


def test_who_took_part(text: str) -> None:
    assert (
        "Name Who they are Siân Williams Me Zoë Brontë Sister Łukasz Nowak Personal assistant"
        in (text)
    )
    assert "Gareth Price Care coordinator" in text


def test_each_rating_is_beside_the_earlier_ones_in_numbers_and_words(text: str) -> None:
    hills = text[text.index("Outcome 1: Get out") : text.index("Outcome 2: Sleep")]
    assert (
        "30 June 2026 4 out of 10 Half way there 14 April 2027 (this review) 10 out of 10 Done it"
        in hills
    )
    sleep = text[text.index("Outcome 2: Sleep") : text.index("Outcome 3: Sing")]
    assert (
        "30 June 2026 2 out of 10 A little better 14 April 2027 (this review) 6 out of 10 "
        "Half way there" in sleep
    )
    choir = text[text.index("Outcome 3: Sing") : text.index("3. What should change")]
    assert "Sing in the chapel choir (new at this review)" in choir
    assert "14 April 2027 (this review) Not rated" in choir
    assert "30 June 2026" not in choir  # no earlier rating for a new outcome
    assert "0 is “Not started, or got worse”; 5 is “Half way there”; 10 is “Done it”" in text


def test_what_is_working_and_not_the_evidence_and_what_happens_next(text: str) -> None:
    sleep = text[text.index("Outcome 2: Sleep") : text.index("Outcome 3: Sing")]
    assert "What happens next It needs to change" in sleep
    assert "What is working The mattress helps: most nights I sleep five hours or more." in sleep
    # typed text is printed as typed, markup characters included
    assert "What is not working Bad nights after hydrotherapy <Tuesday> & long drives." in sleep
    assert "How we know (evidence) Sleep app: 4 good nights out of 7" in sleep
    hills = text[text.index("Outcome 1: Get out") : text.index("Outcome 2: Sleep")]
    assert "What happens next Achieved: I have done it" in hills
    assert "What is not working Not given" in hills


def test_the_decision_the_money_and_the_next_review(text: str) -> None:
    assert "What we decided Change the plan and the budget" in text
    assert "Move hydrotherapy to the morning. Add singing." in text
    money = text[text.index("4. The money") : text.index("5. My next review")]
    assert "What was planned and what was spent up to 31 March 2027." in money
    assert "Personal assistant for walks £2,262.00 £2,193.00 £69.00 less spent" in money
    assert "Pressure-relief mattress £1,234.50 £1,234.50 as planned" in money
    assert "Payroll service £144.00 £168.50 £24.50 more spent" in money
    assert "Total £3,640.50 £3,596.00 £44.50 less spent" in money
    assert "By outcome" in money and "Sleep through the night £1,234.50 £1,234.50" in money
    assert "Hydrotherapy is paid by the NHS (notional) and is not included." in money
    assert "My next review will be on 14 April 2028." in text


def test_two_signature_blocks_on_one_page_with_what_they_agree(review_pdf: bytes) -> None:
    page = next(p for p in page_texts(review_pdf) if "6. Agreeing this review" in p)
    assert (
        "this is a true record of the review of the plan for Siân Williams. The review was held "
        "on 14 April 2027." in page
    )
    assert "Me, or my representative" in page and "My care coordinator" in page
    assert page.count("Printed name") == 2 and page.count("Signature") == 2
    assert "Gareth Price" in page


def test_an_unfinished_review_carries_the_draft_mark_and_says_what_is_left() -> None:
    review = replace(
        second_review(),
        state=ReviewState.IN_PROGRESS,
        finished=None,
        outcomes=(replace(second_review().outcomes[0], new_status=None),
                  *second_review().outcomes[1:]),
    )  # fmt: skip
    pages = page_texts(build(review, [first_review()]))
    assert all("DRAFT" in page for page in pages)
    assert "This review is Not finished yet. 1 of 3 outcomes still to do." in pages[0]
    assert "What happens next Not decided yet" in " ".join(pages)


def test_an_empty_review_of_an_empty_plan_still_makes_a_whole_document() -> None:
    text = " ".join(page_texts(build(Review(), plan=Plan())))
    for heading in headings():
        assert heading in text
    assert "(name not yet written)" in text
    assert "Date of the review Not given" in text
    assert "Review (no date yet) · plan version 2" in text
    assert "This review looked at no outcomes." in text
    assert "No spending figures were kept with this review." in text
    assert "The date is not chosen yet." in text
    assert "What we decided Not decided yet" in text


def test_only_reviews_held_before_this_one_count_as_earlier() -> None:
    later = replace(second_review(), id=3, review_date=date(2028, 4, 1))
    unfinished = replace(first_review(), id=4, state=ReviewState.IN_PROGRESS)
    this = second_review()
    assert earlier_reviews(this, [later, this, unfinished, first_review()]) == (first_review(),)
    text = " ".join(page_texts(build(this, [later, unfinished])))
    hills = text[text.index("Outcome 1: Get out") : text.index("Outcome 2: Sleep")]
    assert "30 June 2026" not in hills and "2028" not in hills


def test_the_rating_bar_fills_as_many_boxes_as_the_rating_and_outlines_the_rest() -> None:
    theme = make_theme()
    for rating in (0, 3, 10):
        boxes = rating_bar(rating, theme).boxes()
        assert len(boxes) == 10
        assert [filled for _, filled in boxes] == [True] * rating + [False] * (10 - rating)
        assert [x for x, _ in boxes] == sorted(x for x, _ in boxes)
    with pytest.raises(ValueError):
        rating_bar(11, theme)


def test_the_bars_are_drawn_filled_and_outlined_in_the_pdf(review_pdf: bytes) -> None:
    """Every page's drawing commands: a filled box per point of each rating, an outline for the
    rest (10 boxes per rated row: 4 rated rows in the sample, 4 + 10 + 2 + 6 = 22 filled)."""
    reader = PdfReader(io.BytesIO(review_pdf))
    stream = b"".join(page.get_contents().get_data() for page in reader.pages)
    fill_blue = b"0 .368627 .721569 rg"  # ACCENT as the fill colour before a filled box
    box = rb"(\S+ \S+ \S+ rg)\s+\S+ \S+ \S+ RG\s+n \S+ \S+ \S+ \S+ re B\*"
    boxes = re.findall(box, stream)
    assert len(boxes) == 40
    assert boxes.count(fill_blue) == 22


@pytest.mark.parametrize("name", ["Siân Williams", "Łukasz Nowak", "Zoë Brontë"])
def test_names_print_unmangled_in_the_embedded_font(review_pdf: bytes, name: str) -> None:
    assert name in " ".join(page_texts(review_pdf))
    reader = PdfReader(io.BytesIO(review_pdf))
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            assert "DejaVuSans" in str(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_large_print_has_the_same_words_at_16_pt(review_pdf: bytes) -> None:
    large = build(second_review(), [first_review()], large_print=True)
    normal_pages, large_pages = page_texts(review_pdf), page_texts(large)
    assert len(large_pages) > len(normal_pages)

    footer = "Siân Williams · Review of 14 April 2027 · plan version 2 "
    fingerprint = "Fingerprint: " + format_fingerprint(review_fingerprint(second_review()))

    def words(pages: list[str]) -> list[str]:
        """Every word once per time it is printed, leaving out each page's footer."""
        body = [
            re.sub(r"Page \d+ of \d+", "", page).replace(footer, "").replace(fingerprint, "")
            for page in pages
        ]
        return sorted(" ".join(body).split())

    assert words(normal_pages) == words(large_pages)
    for large_print, minimum in ((False, 11.0), (True, 16.0)):
        runs = font_sizes(large if large_print else review_pdf)
        for wanted in ("The mattress helps", "Payroll service", "4 out of 10"):
            sizes = [size for text, size in runs if wanted in text]
            assert sizes and min(sizes) >= minimum, (wanted, sizes)


def test_the_same_review_always_gives_the_same_bytes(review_pdf: bytes) -> None:
    assert build(second_review(), [first_review()]) == review_pdf
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from tests.reports.review_pdfs import build, first_review, second_review;"
        "sys.stdout.buffer.write(build(second_review(), [first_review()]))"
    )
    fresh = subprocess.run(
        [sys.executable, "-c", code, str(ROOT)], capture_output=True, check=True
    ).stdout
    assert fresh == review_pdf
    assert build(second_review(), [first_review()], produced=date(2027, 4, 21)) != review_pdf


def test_document_metadata(review_pdf: bytes) -> None:
    meta = PdfReader(io.BytesIO(review_pdf)).metadata
    assert meta is not None
    assert meta.title == "Review of the plan for Siân Williams"
    assert meta.subject is not None and "14 April 2027" in meta.subject
    assert format_fingerprint(review_fingerprint(second_review())) in meta.subject


def test_writes_to_a_path_and_reports_progress(tmp_path: Path) -> None:
    out = tmp_path / "review.pdf"
    calls: list[tuple[int, int]] = []
    review = second_review()
    build_review_pdf(
        review, sample_plan(), reviewed_version(), out,
        fingerprint=review_fingerprint(review), produced=PRODUCED,
        progress=lambda done, total: calls.append((done, total)),
    )  # fmt: skip
    assert out.read_bytes().startswith(b"%PDF")
    assert calls and calls[-1][0] == calls[-1][1]


def test_long_notes_split_across_pages_and_are_all_there() -> None:
    sentence = "Walking in the rain is hard but good."
    long = " ".join([sentence] * 120)
    review = second_review()
    hills = replace(review.outcomes[0], working=long)
    many = tuple(
        OutcomeReview(f"x{i}", f"Extra outcome {i}", i % 11, new_status=ReviewStatus.IN_PROGRESS)
        for i in range(12)
    )
    review = replace(review, outcomes=(hills, *review.outcomes[1:], *many))
    for large_print in (False, True):
        text = " ".join(page_texts(build(review, large_print=large_print)))
        assert text.split().count("rain") == 120
        for i in range(12):
            assert f"Outcome {i + 4}: Extra outcome {i}" in text


def test_the_words_go_through_the_translator() -> None:
    set_translator(lambda context, text: f"«{text}»" if context == "ReviewPdf" else text)
    try:
        text = flat(" ".join(page_texts(build(second_review()))))
    finally:
        set_translator(None)
    assert "«Review of my plan»" in text
    assert "«Who took part»" in text
    assert "«4 out of 10»" not in text  # 10 out of 10 only: no earlier review given
    assert "«10 out of 10»" in text
