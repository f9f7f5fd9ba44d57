"""The plan PDF (issue 5): what a person, a care coordinator and an ICB panel read and sign."""

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

from phbplanner.domain.costing import cost_plan
from phbplanner.domain.fingerprint import format_fingerprint
from phbplanner.domain.money import Money
from phbplanner.domain.plan import Plan
from phbplanner.domain.versions import VersionInfo
from phbplanner.interchange.plan_json import load_plan_file, plan_fingerprint
from phbplanner.reports.labels import section_titles
from phbplanner.reports.plan_pdf import build_plan_pdf
from phbplanner.services.summary import summary_data

from .pdf_plans import UNICODE_NAMES, agreed_version, big_plan, draft_version, sample_plan
from .pdftext import flat, font_sizes, page_texts, text_runs

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "example-plan.json"


def build(plan: Plan, version: VersionInfo | None = None, **options: object) -> bytes:
    """The PDF of ``plan`` as bytes (a draft with the plan's own fingerprint by default)."""
    out = io.BytesIO()
    build_plan_pdf(
        plan,
        version or draft_version(plan_fingerprint(plan)),
        out,
        produced=date(2026, 3, 14),
        **options,  # type: ignore[arg-type]
    )
    return out.getvalue()


def headings() -> list[str]:
    return [f"{number}. {title}" for number, title in enumerate(section_titles(), start=1)]


@pytest.fixture(scope="module")
def sample_pdf() -> bytes:
    return build(sample_plan())


@pytest.fixture(scope="module")
def big_pdf() -> tuple[Plan, bytes]:
    plan = big_plan(300, 40)
    return plan, build(plan)


def test_sixteen_sections_in_the_order_of_the_spec(sample_pdf: bytes) -> None:
    assert len(headings()) == 16
    body = " ".join(page_texts(sample_pdf)[2:])  # after the cover and the contents
    positions = [body.find(heading) for heading in headings()]
    assert -1 not in positions, [h for h, p in zip(headings(), positions, strict=True) if p < 0]
    assert positions == sorted(positions)


def test_contents_lists_the_page_each_section_starts_on(sample_pdf: bytes) -> None:
    pages = page_texts(sample_pdf)
    contents = pages[1]
    assert "Contents 1. About me" in contents
    for heading in headings():
        match = re.search(re.escape(heading) + r" (\d+)", contents)
        assert match, heading
        page = int(match.group(1))
        assert heading in pages[page - 1], (heading, page)
        assert all(heading not in text for text in pages[2 : page - 1]), heading


def test_an_empty_plan_keeps_every_section_and_says_not_yet_written() -> None:
    pages = page_texts(build(Plan()))
    body = " ".join(pages[2:])
    titles = headings()
    for index, heading in enumerate(titles[:-1]):
        start = body.index(heading)
        end = body.index(titles[index + 1])
        assert "Not yet written" in body[start:end], heading
    assert titles[-1] in body


def test_every_support_line_with_its_period_cost(sample_pdf: bytes) -> None:
    plan = sample_plan()
    costing = cost_plan(plan)
    text = " ".join(page_texts(sample_pdf))
    for line, cost in zip(plan.support_lines, costing.lines, strict=True):
        assert line.description in text
        row = re.escape(line.description) + r".*?" + re.escape(cost.period_cost.format())
        assert re.search(row, text), line.description
        assert line.schedule.describe(plan.budget.period_start) in text


def test_amounts_are_right_aligned_in_the_support_table(sample_pdf: bytes) -> None:
    plan = sample_plan()
    costing = cost_plan(plan)
    unit_costs = {line.unit_cost.format() for line in plan.support_lines}
    # amounts that are only period costs (a unit cost is printed in its own column)
    amounts = {cost.period_cost.format() for cost in costing.lines} - unit_costs
    amounts.add(costing.planned_total.format())
    runs = text_runs(sample_pdf)
    table_pages = {run.page for run in runs if run.text == "Cost for"}
    assert table_pages
    edges = [run.right for run in runs if run.page in table_pages and run.text in amounts]
    assert len(edges) >= len(amounts)
    assert max(edges) - min(edges) < 0.5, edges  # every period cost ends at the same x


def test_totals_match_the_summary(sample_pdf: bytes) -> None:
    plan = sample_plan()
    summary = summary_data(plan)
    pages = page_texts(sample_pdf)
    budget_page = next(text for text in pages if "9. My budget" in text and "Contents" not in text)
    budget = budget_page[budget_page.index("9. My budget") :]

    def pounds(key: str) -> str:
        return Money.parse(summary[key], allow_negative=True).format()

    assert f"My indicative budget {pounds('indicative')}" in budget
    assert f"Planned support {pounds('planned_total')}" in budget
    assert pounds("contingency") in budget
    assert f"Planned support and contingency together {pounds('committed')}" in budget
    assert f"Left in the budget {pounds('remaining')}" in budget
    assert f"Planned support each week, on average {pounds('weekly_total')}" in budget
    text = " ".join(pages)
    assert f"Total planned support {pounds('planned_total')}" in text


def test_by_outcome_and_by_management_breakdowns(sample_pdf: bytes) -> None:
    plan = sample_plan()
    costing = cost_plan(plan)
    text = " ".join(page_texts(sample_pdf))
    for number, outcome in enumerate(plan.outcomes, start=1):
        amount = costing.by_outcome[outcome.id].format()
        assert f"{number} {outcome.title} {amount}" in text
    for label, key in (
        ("The NHS pays", "notional"),
        ("An organisation pays", "third_party"),
        ("Paid to me", "direct_payment"),
    ):
        assert f"{label} {costing.by_management[key].format()}" in text


def test_fingerprint_and_page_x_of_y_on_every_page(sample_pdf: bytes) -> None:
    fingerprint = format_fingerprint(plan_fingerprint(sample_plan()))
    pages = page_texts(sample_pdf)
    assert len(pages) > 5
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text, number
        assert f"Fingerprint: {fingerprint}" in text, number
        assert "Siân Williams · Plan version 3 (draft)" in text, number


@pytest.mark.parametrize("name", UNICODE_NAMES)
def test_names_print_unmangled(sample_pdf: bytes, name: str) -> None:
    assert name in " ".join(page_texts(sample_pdf))
    assert name in flat(pdftotext(sample_pdf))


def test_only_the_embedded_unicode_font_is_used(sample_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(sample_pdf))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    assert fonts
    for name, font in fonts.items():
        assert "DejaVuSans" in name, name  # no Helvetica, which has no "ł" and is not embedded
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), name


def test_a_300_line_plan_repeats_the_table_header_on_every_page(
    big_pdf: tuple[Plan, bytes],
) -> None:
    plan, pdf = big_pdf
    pages = page_texts(pdf)
    costing = cost_plan(plan)
    header = "Support How many Unit cost Times in period Cost for the period"
    table_pages = [text for text in pages if re.search(r"Support line \d+ —", text)]
    assert len(table_pages) >= 10
    for text in table_pages:
        assert header in text
    everything = " ".join(pages)
    for line, cost in zip(plan.support_lines, costing.lines, strict=True):
        pattern = re.escape(line.description + " ") + r".*?" + re.escape(cost.period_cost.format())
        assert re.search(pattern, everything), line.description
    for number in range(1, 41):
        assert f"Outcome {number}: Outcome number {number}:" in everything
    assert f"Total planned support {costing.planned_total.format()}" in everything
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text


def test_large_print_has_the_same_text(sample_pdf: bytes) -> None:
    large = build(sample_plan(), large_print=True)
    normal_pages, large_pages = page_texts(sample_pdf), page_texts(large)
    assert len(large_pages) > len(normal_pages)

    def words(pages: list[str]) -> set[str]:
        body = " ".join(pages[2:])  # the contents page numbers differ, of course
        body = re.sub(r"Page \d+ of \d+", "", body)
        # Names in the relationship circle are shortened ("Walking gr…") to fit their tag, by
        # how much depends on the print size; the list under the circle has them in full.
        return {word for word in body.split() if not word.endswith("…")}

    assert words(normal_pages) == words(large_pages)


def test_body_text_is_at_least_11_pt_and_16_pt_in_large_print() -> None:
    plan = sample_plan()
    for large, minimum in ((False, 11.0), (True, 16.0)):
        runs = font_sizes(build(plan, large_print=large))
        for wanted in (
            plan.about_me.most_important,
            plan.support_lines[0].description,
            "What matters to me",
            plan.contingency_plan.what_should_happen,
        ):
            sizes = [size for text, size in runs if wanted in text]
            assert sizes, wanted
            assert min(sizes) >= minimum, (wanted, sizes)


def test_a_draft_carries_the_draft_mark_and_an_agreed_version_does_not() -> None:
    plan = sample_plan()
    fingerprint = plan_fingerprint(plan)
    draft = page_texts(build(plan, draft_version(fingerprint)))
    agreed = page_texts(build(plan, agreed_version(fingerprint)))
    assert all("DRAFT" in text for text in draft)
    assert not any("DRAFT" in text for text in agreed)
    assert all("Plan version 2 (agreed)" in text for text in agreed)
    assert not any("(draft)" in text for text in agreed)


def test_the_agreement_page_states_what_is_agreed_and_has_three_signature_blocks() -> None:
    plan = sample_plan()
    fingerprint = plan_fingerprint(plan)
    costing = cost_plan(plan)
    pages = page_texts(build(plan, draft_version(fingerprint, number=4)))
    agreement = " ".join(
        pages[pages.index(next(p for p in pages if "16. Agreeing" in p and "Contents" not in p)) :]
    )
    assert "version 4 of the personalised care and support plan for Siân Williams" in agreement
    assert format_fingerprint(fingerprint) in agreement
    assert "£9,000.00" in agreement
    assert "6 April 2026 to 5 April 2027" in agreement
    assert costing.planned_total.format() in agreement
    for block in (
        "Me, or my representative",
        "My care coordinator",
        "For the Integrated Care Board (ICB)",
    ):
        assert block in agreement
    assert agreement.count("Printed name") == 3
    assert agreement.count("Signature") == 3
    assert agreement.count("Date") >= 3
    assert "Relationship to me, if a representative signs" in agreement
    assert "Gareth Price" in agreement  # the care coordinator named in the plan


def test_an_agreed_version_prints_the_recorded_agreement() -> None:
    plan = sample_plan()
    version = agreed_version(plan_fingerprint(plan))
    assert version.agreement is not None
    text = " ".join(page_texts(build(plan, version)))
    assert "Łukasz Wiśniewski" in text
    assert "PHB panel chair" in text
    assert "This version was agreed on 1 April 2026" in text


def test_document_metadata(sample_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(sample_pdf))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Personalised care and support plan for Siân Williams"
    assert meta.author == "Siân Williams"
    assert meta.subject is not None and "version 3 (draft)" in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert outline == headings()


def test_progress_is_reported_up_to_the_end() -> None:
    calls: list[tuple[int, int]] = []
    build(sample_plan(), progress=lambda done, total: calls.append((done, total)))
    assert calls
    assert calls[-1][0] == calls[-1][1]
    dones = [done for done, _ in calls]
    assert dones == sorted(dones)
    assert all(done < total for done, total in calls[:-1])


def test_writes_to_a_path(tmp_path: Path) -> None:
    plan = sample_plan()
    out = tmp_path / "plan.pdf"
    build_plan_pdf(plan, draft_version(plan_fingerprint(plan)), out)
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.skipif(not EXAMPLE.exists(), reason="the example plan is not there yet")
def test_the_example_plan() -> None:
    plan = load_plan_file(EXAMPLE)
    pages = page_texts(build(plan, large_print=False))
    text = " ".join(pages)
    for heading in headings():
        assert heading in text
    costing = cost_plan(plan)
    assert f"Total planned support {costing.planned_total.format()}" in text
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page


def test_reportlab_is_not_imported_until_an_export_runs() -> None:
    code = (
        "import sys, phbplanner.services.exports, phbplanner.cli.export_cmds, phbplanner.reports;"
        "print('reportlab' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def pdftotext(pdf: bytes, *, layout: bool = False) -> str:
    """The text of the whole PDF as poppler's pdftotext reads it."""
    args = ["pdftotext", *(["-layout"] if layout else []), "-", "-"]
    return subprocess.run(args, input=pdf, capture_output=True, check=True).stdout.decode()


def test_the_words_of_the_pdf_go_through_the_translator(monkeypatch: pytest.MonkeyPatch) -> None:
    from phbplanner.domain import text as domain_text

    # monkeypatch puts back whichever translator was installed before (a window test's, say)
    monkeypatch.setattr(
        domain_text,
        "_translator",
        lambda context, text: f"«{text}»" if context == "PlanPdf" else text,
    )
    text = " ".join(page_texts(build(sample_plan())))
    monkeypatch.undo()
    assert "1. «About me»" in text
    pages = text.count("«Page ")
    assert f"«Page 1 of {pages}»" in text
    assert "«Unpaid support»" in text
    assert "«Signature»" in text


@pytest.mark.parametrize("large_print", [False, True])
def test_text_longer_than_a_page_splits_across_pages_and_is_all_there(large_print: bool) -> None:
    sentence = "This note goes on and on about the support."
    long = " ".join([sentence] * 150)
    plan = sample_plan()
    lines = (replace(plan.support_lines[0], notes=long), *plan.support_lines[1:])
    crowd = tuple(
        replace(plan.relationships[0], id=f"x{i}", name=f"Friend {i}", ring=1 + i % 4)
        for i in range(40)
    )
    plan = replace(
        plan,
        support_lines=lines,
        what_matters=replace(plan.what_matters, important_to_me=long),
        risks=(replace(plan.risks[0], mitigation=long),),
        outcomes=(replace(plan.outcomes[0], why_it_matters=long), *plan.outcomes[1:]),
        relationships=plan.relationships + crowd,
    )
    text = " ".join(page_texts(build(plan, large_print=large_print)))
    # a sentence may be cut by a page break (footer and repeated header in between), a word not
    assert text.split().count("goes") == 4 * 150
    assert text.count(sentence) > 4 * 140
    for i in range(40):
        assert f"Friend {i} " in text  # everyone is in the list, even if the circle is full
