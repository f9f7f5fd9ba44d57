"""The monitoring return's PDF, read back as an ICB finance officer would read it (issue 13)."""

from __future__ import annotations

import io
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from phbplanner.domain.fingerprint import format_fingerprint
from phbplanner.domain.monitoring import MissingPayment, MonitoringReturn, build_return
from phbplanner.domain.text import set_translator
from phbplanner.reports.monitoring_return import build_return_pdf, save_return_pdf
from phbplanner.reports.return_summary import section_titles

from ..domain.return_data import OPENING, PERIOD, header, m, refs
from .pdftext import flat, font_sizes, page_texts
from .return_fixtures import busy_quarter, hand_worked_return

PRODUCED = date(2026, 7, 8)


def build(ret: MonitoringReturn, **options: object) -> bytes:
    out = io.BytesIO()
    build_return_pdf(ret, out, produced=options.pop("produced", PRODUCED), **options)  # type: ignore[arg-type]
    return out.getvalue()


def pdftotext(pdf: bytes, *, layout: bool = False) -> str:
    args = ["pdftotext", *(["-layout"] if layout else []), "-", "-"]
    return subprocess.run(args, input=pdf, capture_output=True, check=True).stdout.decode()


def checked_return() -> MonitoringReturn:
    return hand_worked_return(
        bank_closing=m("3517.00"),
        weekly_planned=m("400.00"),
        missing_payments=[MissingPayment(date(2026, 6, 1), m("1000.00"))],
    )


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return build(checked_return())


@pytest.fixture(scope="module")
def busy() -> tuple[MonitoringReturn, bytes, bytes]:
    quarter = busy_quarter()
    return quarter.ret, build(quarter.ret), build(quarter.ret, large_print=True)


def test_the_summary_page_has_the_figures_the_buffer_and_the_checks(pdf: bytes) -> None:
    first = page_texts(pdf)[0]
    for text in (
        "Monitoring return",
        "Siân Williams",
        "Period of this return 1 April 2026 to 30 June 2026 (part of it is outside the budget "
        "period)",
        "Account Direct payment account",
        "Budget period 6 April 2026 to 5 April 2027",
        "Plan Plan version 3 (agreed)",
        "Produced on 8 July 2026",
        "Opening balance on 1 April 2026 £1,000.00",
        "Money in £3,035.00",
        "Money out £468.00",
        "Closing balance on 30 June 2026 £3,567.00",
        "The bank's closing balance £3,517.00",
        "Difference between the bank and these records £50.00",
        "The difference of £50.00 is not explained",
        "8.9 weeks of planned spending (£400.00 a week). This is above the agreed buffer of 4 to "
        "8 weeks",
        "The budget payment of £1,000.00 expected on 1 June 2026 has not arrived.",
        "2 payments (together £72.00) have no receipt attached.",
        "1 entry is not yet assigned to a plan line.",
    ):
        assert text in first, text


def test_footer_page_x_of_y_and_the_plans_fingerprint_on_every_page(pdf: bytes) -> None:
    pages = page_texts(pdf)
    fingerprint = format_fingerprint("ab12" * 16)
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert f"Fingerprint: {fingerprint}" in text
        assert "Siân Williams · Monitoring return 01/04/2026–30/06/2026" in text


def test_sections_in_order_and_bookmarked(pdf: bytes) -> None:
    headings = [f"{n}. {title}" for n, title in enumerate(section_titles(), start=1)]
    body = " ".join(page_texts(pdf)[1:])
    positions = [body.find(heading) for heading in headings]
    assert -1 not in positions
    assert positions == sorted(positions)
    reader = PdfReader(io.BytesIO(pdf))
    assert [item.title for item in reader.outline] == headings  # type: ignore[union-attr]
    meta = reader.metadata
    assert meta is not None and meta.title == (
        "Monitoring return for Siân Williams, 1 April 2026 to 30 June 2026"
    )


def test_money_out_by_plan_line_and_by_outcome(pdf: bytes) -> None:
    text = " ".join(page_texts(pdf))
    for row in (
        "Personal assistant for walks 2 £143.50 £20.00",
        "Hydrotherapy sessions 0 £0.00 £0.00",
        "Payroll service 2 £62.00 £0.00",
        "Gym membership (not in this version of the plan) 1 £200.00 £0.00",
        "Bank charge 1 £2.50 –",
        "Not yet assigned 1 £60.00 –",
        "Total money out 6 £468.00 £20.00",
        "Get out into the hills once a week £205.50",
        "Sleep through the night £0.00",
        "Not linked to an outcome £200.00",
        "Not for a plan line £62.50",
        "Total money in £3,035.00",
    ):
        assert row in text, row


def test_every_entry_on_one_line_with_its_plan_line_balance_and_receipts(pdf: bytes) -> None:
    lines = [" ".join(line.split()) for line in pdftotext(pdf, layout=True).splitlines()]
    for row in (
        "01/04/2026 1 Herefordshire Quarter 1 Budget payment £3,000.00 £4,000.00 –",
        "03/04/2026 2 Łukasz Nowak wages Personal assistant £43.50 £3,956.50 R0002-1",
        "10/04/2026 3 Brontë Payroll PA wages and Personal assistant £150.00 £3,806.50 R0003-1",
        "15/04/2026 4 Bank Monthly fee Bank charge £2.50 £3,804.00 –",
        '20/04/2026 5 Tesco =HYPERLINK("x") Not yet assigned £60.00 £3,744.00 None',
        "02/05/2026 6 Łukasz Nowak Overpaid wages Personal assistant £20.00 £3,764.00 –",
        "01/06/2026 9 Fit4Life Gym Gym membership £200.00 £3,567.00 R0009-1",
        "Totals £3,035.00 £468.00 £3,567.00",
    ):
        assert row in lines, row
    text = flat(pdftotext(pdf))
    assert "walks: £100.00 Payroll service: £50.00" in text  # the split's parts
    assert "R0003-2" in text


def test_the_entries_are_on_landscape_pages(pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    shapes = []
    for page in reader.pages:
        box = page.mediabox
        wide = float(box.width) > float(box.height)
        shapes.append((wide, "4. Every entry" in flat(page.extract_text())))
    assert [wide for wide, _ in shapes].count(True) >= 1
    assert all(wide for wide, has_entries in shapes if has_entries)
    assert not shapes[0][0] and not shapes[-1][0]  # the summary and the declaration: portrait


def test_no_receipt_and_unassigned_lists(pdf: bytes) -> None:
    text = " ".join(page_texts(pdf))
    section = text[text.index("5. Payments without a receipt") : text.index("6. Entries not")]
    assert '20/04/2026 5 Tesco =HYPERLINK("x") Not yet assigned £60.00' in section
    assert "10/05/2026 8 Brontë Payroll Payroll, May Payroll service £12.00" in section
    assert "Total without a receipt £72.00" in section
    assert "Bank charge" not in section
    unassigned = text[text.index("6. Entries not") : text.index("7. Declaration")]
    assert "20/04/2026 5 Tesco" in unassigned
    assert "Total not assigned £60.00" in unassigned


def test_the_declaration_and_signature_blocks(pdf: bytes) -> None:
    last = " ".join(page_texts(pdf)[-2:])
    declaration = last[last.index("7. Declaration") :]
    assert "I confirm that this money was spent on the support agreed in my plan" in declaration
    assert "The budget holder Printed name Siân Williams Signature Date" in declaration
    assert "Or a representative or nominee signing for them Printed name Relationship to the " \
        "budget holder Signature Date" in declaration  # fmt: skip
    assert "For the ICB or council (office use)" in declaration


@pytest.mark.parametrize("name", ["Siân Williams", "Łukasz Nowak", "Nguyễn Thị Minh", "Zoë Brontë"])
def test_names_print_correctly_in_the_embedded_font(name: str) -> None:
    ret = hand_worked_return()
    ret = replace(ret, header=replace(ret.header, person_name=name))
    data = build(ret)
    assert name in flat(pdftotext(data))
    reader = PdfReader(io.BytesIO(data))
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            assert "DejaVuSans" in str(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_a_return_made_twice_is_byte_identical_apart_from_its_production_date() -> None:
    ret = checked_return()
    first, second = build(ret), build(checked_return())
    assert first == second
    reader = PdfReader(io.BytesIO(first))
    assert reader.metadata is not None
    # invariant mode: fixed dates inside the file, not the time of making
    assert str(reader.metadata["/CreationDate"]).startswith("D:20000101")
    later = build(ret, produced=date(2026, 7, 9))
    assert later != first
    old, new = page_texts(first), page_texts(later)
    assert [p.replace("8 July 2026", "9 July 2026") for p in old] == new


def test_a_period_with_no_entries_gives_a_return_that_says_so() -> None:
    ret = build_return(header(), PERIOD, OPENING, [], **refs())  # type: ignore[arg-type]
    text = " ".join(page_texts(build(ret)))
    message = (
        "No money went into or out of Direct payment account from 1 April 2026 to 30 June 2026."
    )
    assert text.count(message) == 2  # on the summary page and in place of the entries
    assert "No money came in during this period." in text
    assert "Every payment has a receipt." in text
    assert "Closing balance on 30 June 2026 £1,000.00" in text


def test_progress_is_reported_up_to_the_end() -> None:
    calls: list[tuple[int, int]] = []
    build(checked_return(), progress=lambda done, total: calls.append((done, total)))
    assert calls and calls[-1][0] == calls[-1][1]
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_every_word_goes_through_the_translator() -> None:
    set_translator(lambda context, text: f"«{text}»" if context == "ReturnPdf" else text)
    try:
        text = " ".join(page_texts(build(checked_return())))
    finally:
        set_translator(None)
    for word in ("«Monitoring return»", "1. «Money in»", "«Money out»", "«Balance»", "«Totals»"):
        assert word in text, word


def test_a_busy_quarter_splits_its_tables_across_pages_with_their_headers(
    busy: tuple[MonitoringReturn, bytes, bytes],
) -> None:
    ret, normal, large = busy
    assert len(ret.rows) == 250
    money_in, money_out, closing = (ret.money_in.format(), ret.money_out.format(),
                                    ret.closing.format())  # fmt: skip
    for data, columns, totals in (
        (normal, "Date Entry Payee Description Plan line Money in Money out Balance Receipt",
         f"Totals {money_in} {money_out} {closing}"),
        (large, "Date Payee and description Plan line Amount Balance",
         f"Totals {money_in} in {money_out} out {closing}"),
    ):  # fmt: skip
        pages = page_texts(data)
        reader = PdfReader(io.BytesIO(data))
        wide = [
            text
            for text, page in zip(pages, reader.pages, strict=True)
            if float(page.mediabox.width) > float(page.mediabox.height)
        ]
        assert len(wide) >= 4
        for page in wide:
            assert columns in page
        everything = " ".join(pages)
        for row in ret.rows:
            assert row.balance.format() in everything
        assert totals in everything
        for number, page in enumerate(pages, start=1):
            assert f"Page {number} of {len(pages)}" in page


def test_body_text_is_at_least_11_pt_and_16_pt_in_large_print(
    busy: tuple[MonitoringReturn, bytes, bytes],
) -> None:
    _, normal, large = busy
    for data, minimum in ((normal, 11.0), (large, 16.0)):
        runs = font_sizes(data)
        for wanted in ("Opening balance on", "Łukasz Nowak", "£10,000.00", "Totals", "R0002-1"):
            sizes = [size for text, size in runs if wanted in text]
            assert sizes, wanted
            assert min(sizes) >= minimum, (wanted, sizes)


def test_save_writes_the_file(tmp_path: Path) -> None:
    out = save_return_pdf(checked_return(), tmp_path / "return.pdf", produced=PRODUCED)
    assert out.read_bytes() == build(checked_return())
    assert [p.name for p in tmp_path.iterdir()] == ["return.pdf"]


def _lowest_body_text(pdf: bytes) -> list[float]:
    """For each page, the lowest baseline of text that is not the footer, in points."""
    reader = PdfReader(io.BytesIO(pdf))
    lowest = []
    for page in reader.pages:
        found: list[float] = []

        def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
            words = text.strip()
            footer = (
                words.startswith(("Fingerprint:", "Page "))
                or "Monitoring return" in words
                or words.isdigit()  # the page total, drawn in a form of its own
            )
            if words and not footer and "(name not recorded)" not in words:
                found.append(cm[5] + tm[5] * cm[3])  # noqa: B023 - read while this page is read

        page.extract_text(visitor_text=visit)
        lowest.append(min(found, default=1000.0))
    return lowest


@pytest.mark.parametrize("large_print", [False, True])
def test_a_description_longer_than_a_page_splits_and_stays_above_the_footer(
    large_print: bool,
) -> None:
    from phbplanner.reports.styles import make_theme

    from ..domain.return_data import quarter_entries

    sentence = "This note goes on and on about the support."
    long = " ".join([sentence] * 120)
    word = "Supercalifragilisticexpialidocious-Agency-Limited-With-A-Very-Long-Name"
    entries = [
        replace(e, description=long, payee=word) if e.id == 5 else e for e in quarter_entries()
    ]
    ret = build_return(header(), PERIOD, OPENING, entries, **refs())  # type: ignore[arg-type]
    data = build(ret, large_print=large_print)
    text = " ".join(page_texts(data))
    # in the list of every entry, of payments without a receipt and of unassigned entries
    assert text.split().count("goes") == 3 * 120
    theme = make_theme(large_print)
    body_bottom = theme.margin * 0.6 + theme.footer_height
    for number, lowest in enumerate(_lowest_body_text(data), start=1):
        assert lowest >= body_bottom - 1, (number, lowest, body_bottom)
    assert word[:8] in text


@pytest.mark.parametrize(
    ("options", "sentence"),
    [
        ({}, "The bank's closing balance was not given, so these records were not checked"),
        ({"bank_closing": m("3567.00")}, "The bank's closing balance and these records agree."),
        (
            {"bank_closing": m("3517.00"), "bank_note": "Cheque 104 (£50.00) not yet cashed."},
            "The difference of £50.00 is explained: Cheque 104 (£50.00) not yet cashed.",
        ),
    ],
)
def test_the_bank_balance_beside_the_records(options: dict[str, object], sentence: str) -> None:
    first = page_texts(build(hand_worked_return(**options)))[0]
    assert sentence in first
    assert "balance_mismatch" not in first
    assert "but these records come to" not in first
