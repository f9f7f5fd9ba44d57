"""export --format json carries the spending records, and new --from restores them exactly."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from phbplanner.cli import main
from phbplanner.domain.documents import DocumentKind
from phbplanner.domain.ledger import Account, Entry, Purpose, Split
from phbplanner.domain.money import Money
from phbplanner.services.files import open_plan_file
from phbplanner.services.ledger import Ledger
from phbplanner.services.records_io import records_of
from tests.storage.support import PASS

PNG = b"\x89PNG\r\n\x1a\n" + b"marker receipt 5d1e" + bytes(40)
PDF = b"%PDF-1.4\n%payslip marker\n" + bytes(80)


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setenv("PHBPLANNER_PASSPHRASE", PASS)
    monkeypatch.delenv("PHBPLANNER_NEW_PASSPHRASE", raising=False)
    return monkeypatch


def _with_records(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="Ffion", backup=False) as session:
        ledger = Ledger(session)
        ledger.add_account(
            Account("Direct payment account", opening_balance=Money(100_000),
                    opening_date=date(2026, 4, 1)),
            today=date(2026, 6, 30),
        )  # fmt: skip
        lines = [line.id for line in session.plan.support_lines]
        paid = ledger.record(
            Entry(date(2026, 4, 2), Money(150_000), payee="ICB", purpose=Purpose.BUDGET_PAYMENT),
            today=date(2026, 6, 30),
        )
        wages = ledger.record(
            Entry(date(2026, 4, 7), Money(-10_000), payee="Łukasz Nowak",
                  purpose=Purpose.PLAN_LINE,
                  splits=(Split(lines[0], Money(-6_000)), Split(lines[1], Money(-4_000)))),
            today=date(2026, 6, 30),
        )  # fmt: skip
        ledger.attach(wages.id or 0, "receipt.png", PNG)
        ledger.attach(wages.id or 0, "payslip.pdf", PDF, DocumentKind.PAYSLIP)
        ledger.mark_reconciled([paid.id or 0])


def test_export_and_new_from_restore_every_record(
    plan_file: Path, tmp_path: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _with_records(plan_file)
    out = tmp_path / "all.json"
    assert main(["export", str(plan_file), "--format", "json", "--output", str(out),
                 "--with-attachments"]) == 0  # fmt: skip
    document = json.loads(out.read_text("utf-8"))
    assert document["version"] == 2 and len(document["entries"]) == 2
    copy = tmp_path / "copy.phbplan"
    assert main(["new", str(copy), "--from", str(out)]) == 0
    with open_plan_file(plan_file, PASS, author="T", backup=False) as original:
        expected = records_of(original, with_data=True)
        plan = original.plan
    with open_plan_file(copy, PASS, author="T", backup=False) as restored:
        assert restored.plan == plan
        assert records_of(restored, with_data=True) == expected
        assert Ledger(restored).document_bytes(expected.attachments[0].id) == PNG


def test_without_attachments_the_documents_are_listed_and_the_person_told(
    plan_file: Path, tmp_path: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _with_records(plan_file)
    out = tmp_path / "listed.json"
    assert main(["export", str(plan_file), "--format", "json", "--output", str(out)]) == 0
    document = json.loads(out.read_text("utf-8"))
    assert [a["filename"] for a in document["attachments"]] == ["receipt.png", "payslip.pdf"]
    assert all("data" not in a for a in document["attachments"])
    assert b"marker receipt" not in out.read_bytes()
    capsys.readouterr()
    copy = tmp_path / "copy.phbplan"
    assert main(["new", str(copy), "--from", str(out)]) == 0
    assert "2 documents were listed in the file without their contents" in capsys.readouterr().err
    with open_plan_file(copy, PASS, author="T", backup=False) as restored:
        records = records_of(restored)
        assert len(records.entries) == 2 and records.attachments == ()


def test_a_plan_without_records_exports_as_version_1(
    plan_file: Path, tmp_path: Path, env: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "plan.json"
    assert main(["export", str(plan_file), "--format", "json", "--output", str(out)]) == 0
    document = json.loads(out.read_text("utf-8"))
    assert document["version"] == 1
    assert "entries" not in document


def test_new_from_bad_records_makes_no_file(
    plan_file: Path, tmp_path: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _with_records(plan_file)
    out = tmp_path / "all.json"
    assert main(["export", str(plan_file), "--format", "json", "--output", str(out)]) == 0
    document = json.loads(out.read_text("utf-8"))
    document["entries"][1]["splits"][0]["amount"] = "-1.00"
    out.write_text(json.dumps(document), "utf-8")
    copy = tmp_path / "copy.phbplan"
    capsys.readouterr()
    assert main(["new", str(copy), "--from", str(out)]) == 1
    assert "entries[1].splits" in capsys.readouterr().err
    assert not copy.exists()


def test_reviews_travel_with_the_plan(
    plan_file: Path, tmp_path: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from phbplanner.services.reviews import Reviews

    with open_plan_file(plan_file, PASS, author="Ffion", backup=False) as session:
        held = Reviews(session)
        started = held.start(on=date(2026, 6, 30))
        expected = held.to_part()
    assert started is not None and expected
    out = tmp_path / "all.json"
    assert main(["export", str(plan_file), "--format", "json", "--output", str(out)]) == 0
    document = json.loads(out.read_text("utf-8"))
    assert document["version"] == 2 and document["reviews_held"] == expected
    copy = tmp_path / "copy.phbplan"
    assert main(["new", str(copy), "--from", str(out)]) == 0
    with open_plan_file(copy, PASS, author="T", backup=False) as restored:
        assert Reviews(restored).to_part() == expected
