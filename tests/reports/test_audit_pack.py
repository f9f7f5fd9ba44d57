"""The audit pack: a ZIP of the return, its CSV, every receipt and an index (issue 13)."""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from phbplanner.domain.money import Money
from phbplanner.domain.monitoring import EntryPurpose, ReturnEntry, build_return
from phbplanner.reports import audit_pack
from phbplanner.reports.audit_pack import (
    MAX_PACK_BYTES,
    MAX_RECEIPT_BYTES,
    PackError,
    PackReceipt,
    build_audit_pack,
    receipt_file_name,
    safe_extension,
    save_audit_pack,
    slug,
)
from phbplanner.reports.return_csv import return_csv_bytes

from ..domain.return_data import OPENING, PERIOD, header, m, refs
from .return_fixtures import busy_quarter, hand_worked_receipts, hand_worked_return

PRODUCED = date(2026, 7, 8)


def pack(ret=None, receipts=None, **options: object) -> bytes:  # type: ignore[no-untyped-def]
    out = io.BytesIO()
    build_audit_pack(
        ret or hand_worked_return(),
        hand_worked_receipts() if receipts is None else receipts,
        out,
        produced=PRODUCED,
        **options,  # type: ignore[arg-type]
    )
    return out.getvalue()


def index_rows(archive: zipfile.ZipFile) -> list[dict[str, str]]:
    text = archive.read("index.csv").decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_the_pack_holds_the_pdf_the_csv_every_receipt_and_the_index() -> None:
    with zipfile.ZipFile(io.BytesIO(pack())) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
        assert names == [
            "monitoring-return_2026-04-01_2026-06-30.pdf",
            "entries_2026-04-01_2026-06-30.csv",
            "receipts/2026-04-03_0002_Lukasz-Nowak_wages.pdf",
            "receipts/2026-04-10_0003_Bronte-Payroll_PA-wages-and-payroll.pdf",
            "receipts/2026-04-10_0003_Bronte-Payroll_PA-wages-and-payroll.jpg",
            "receipts/2026-06-01_0009_Fit4Life_Gym-membership-June.pdf",
            "index.csv",
        ]
        assert archive.read(names[0]).startswith(b"%PDF")
        assert archive.read(names[1]) == return_csv_bytes(hand_worked_return())


def test_every_receipt_is_byte_identical_and_the_index_matches_the_files() -> None:
    given = {r.reference: r.read() for r in hand_worked_receipts()}
    with zipfile.ZipFile(io.BytesIO(pack())) as archive:
        rows = index_rows(archive)
        listed = [row for row in rows if row["File in this pack"]]
        assert sorted(row["Receipt reference"] for row in listed) == sorted(given)
        for row in listed:
            data = archive.read(row["File in this pack"])
            assert data == given[row["Receipt reference"]]
            assert row["Size in bytes"] == str(len(data))
            assert row["SHA-256"] == hashlib.sha256(data).hexdigest()
        receipt_files = {n for n in archive.namelist() if n.startswith("receipts/")}
        assert receipt_files == {row["File in this pack"] for row in listed}
        first = next(row for row in listed if row["Receipt reference"] == "R0003-2")
        assert first["Entry"] == "3"
        assert first["Original file name"] == "invoice.jpg"
        assert first["Date"] == "2026-04-10"


def test_the_index_names_the_payments_without_a_receipt() -> None:
    with zipfile.ZipFile(io.BytesIO(pack())) as archive:
        missing = [row for row in index_rows(archive) if row["Note"]]
    assert [(row["Entry"], row["Note"]) for row in missing] == [
        ("5", "No receipt attached"),
        ("8", "No receipt attached"),
    ]
    assert missing[0]["Description"] == '\'=HYPERLINK("x")'  # neutralised here too


def test_a_busy_quarter_pack_is_complete() -> None:
    quarter = busy_quarter(receipt_size=20_000)
    assert len(quarter.receipts) == 60
    with zipfile.ZipFile(io.BytesIO(pack(quarter.ret, quarter.receipts))) as archive:
        rows = [row for row in index_rows(archive) if row["File in this pack"]]
        assert len(rows) == 60
        given = {r.reference: r.read() for r in quarter.receipts}
        for row in rows:
            assert archive.read(row["File in this pack"]) == given[row["Receipt reference"]]
        names = [n for n in archive.namelist() if n.startswith("receipts/")]
        assert len(set(names)) == 60
        assert all(name.isascii() and "/" not in name[len("receipts/") :] for name in names)


def test_the_same_data_makes_the_same_pack() -> None:
    assert pack() == pack()
    with zipfile.ZipFile(io.BytesIO(pack())) as archive:
        for info in archive.infolist():
            assert info.date_time == (2026, 7, 8, 0, 0, 0)
            assert info.external_attr >> 16 == 0o644


def test_progress_reaches_the_end() -> None:
    calls: list[tuple[int, int]] = []
    pack(progress=lambda done, total: calls.append((done, total)))
    assert calls == [(n, 7) for n in range(1, 8)]  # PDF, CSV, 4 receipts, index


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Łukasz Nowak", "Lukasz-Nowak"),
        ("Nguyễn Thị Minh", "Nguyen-Thi-Minh"),
        ("Zoë Brontë", "Zoe-Bronte"),
        ("Straße & Søn Ltd", "Strasse-Son-Ltd"),
        ("../../etc/passwd", "etc-passwd"),
        ("C:\\Windows\\system32", "C-Windows-system32"),
        ("...hidden", "hidden"),
        ("   ", ""),
        ("🙂🙂", ""),
        ("O'Brien Taxis", "O-Brien-Taxis"),
        ("x" * 100, "x" * 40),
    ],
)
def test_slug(text: str, expected: str) -> None:
    assert slug(text) == expected


@pytest.mark.parametrize(
    ("name", "extension"),
    [("scan.PDF", ".pdf"), ("photo.jpeg", ".jpeg"), ("virus.exe", ""), ("page.html", ""),
     ("drawing.svg", ""), ("macro.docm", ""), ("no-extension", ""), ("archive.tar.gz", ""),
     ("..\\..\\evil.bat", ""), ("weird.pdf ", "")],
)  # fmt: skip
def test_only_safe_extensions_are_kept(name: str, extension: str) -> None:
    assert safe_extension(name) == extension


def entry(**changes: object) -> ReturnEntry:
    base = ReturnEntry(42, date(2026, 8, 7), m("-120.00"), "Łukasz Nowak", "wages")
    return replace(base, **changes)  # type: ignore[arg-type]


def test_receipt_names() -> None:
    taken: set[str] = set()
    assert receipt_file_name(entry(), "IMG_001.PDF", taken) == (
        "2026-08-07_0042_Lukasz-Nowak_wages.pdf"
    )
    # a second document of the same entry, and one whose name differs only in case
    assert receipt_file_name(entry(), "other.pdf", taken) == (
        "2026-08-07_0042_Lukasz-Nowak_wages-2.pdf"
    )
    assert receipt_file_name(entry(payee="ŁUKASZ NOWAK"), "x.pdf", set(taken)) == (
        "2026-08-07_0042_LUKASZ-NOWAK_wages-3.pdf"
    )
    assert receipt_file_name(entry(description="WAGES", payee="Lukasz Nowak"), "y.pdf", taken) == (
        "2026-08-07_0042_Lukasz-Nowak_WAGES-3.pdf"
    )
    # an unsafe extension is dropped; no payee and no description leave date and number
    assert receipt_file_name(entry(payee="", description="  "), "run-me.exe", set()) == (
        "2026-08-07_0042"
    )
    assert receipt_file_name(entry(id=123456), "a.png", set()).startswith("2026-08-07_123456_")


def test_long_names_are_capped() -> None:
    name = receipt_file_name(entry(payee="P" * 300, description="D" * 300), "scan.jpeg", set())
    assert len(name) <= audit_pack.NAME_LIMIT
    assert name.endswith(".jpeg")
    assert not name.startswith(".")


def test_a_receipt_too_big_is_refused_with_the_limit_and_nothing_is_written(
    tmp_path: Path,
) -> None:
    def never() -> bytes:
        raise AssertionError("a receipt over the limit must not be read")

    receipts = hand_worked_receipts()
    big = PackReceipt(2, 1, "huge-scan.tiff", MAX_RECEIPT_BYTES + 100_000, never)
    receipts[0] = big
    target = tmp_path / "pack.zip"
    with pytest.raises(PackError) as info:
        save_audit_pack(hand_worked_return(), receipts, target, produced=PRODUCED)
    assert info.value.message == (
        "The receipt R0002-1 (huge-scan.tiff) is 50.1 MB: too big for the audit pack, which "
        "takes receipts of up to 50 MB each. Attach a smaller copy (a PDF, or a photo taken "
        "at a lower resolution) and make the pack again."
    )
    assert list(tmp_path.iterdir()) == []


def test_receipts_together_over_the_limit_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(audit_pack, "MAX_RECEIPT_BYTES", MAX_PACK_BYTES)
    receipts = [replace(r, size=MAX_PACK_BYTES // 3) for r in hand_worked_receipts()]
    with pytest.raises(PackError) as info:
        pack(receipts=receipts)
    assert info.value.message == (
        "The receipts of this period come to 1.3 GB; an audit pack holds at most 1 GB of "
        "receipts. Make packs for shorter periods."
    )


def test_a_missing_or_foreign_receipt_is_refused() -> None:
    receipts = hand_worked_receipts()
    with pytest.raises(PackError, match=r"R0003-2 \(invoice\.jpg\) could not be read"):
        pack(receipts=receipts[:-1])
    stray = PackReceipt.of_bytes(5, 1, "stray.pdf", b"x")
    with pytest.raises(PackError, match=r"R0005-1 .* does not belong to an entry of this return"):
        pack(receipts=[*receipts, stray])
    with pytest.raises(PackError, match="R0009-1 was given twice"):
        pack(receipts=[*receipts, receipts[0]])


def test_a_receipt_that_changes_while_packing_leaves_nothing(tmp_path: Path) -> None:
    receipts = hand_worked_receipts()
    receipts[-1] = replace(receipts[-1], read=lambda: b"shorter")
    target = tmp_path / "pack.zip"
    target.write_bytes(b"an earlier pack")
    with pytest.raises(PackError, match="changed while the pack was being made"):
        save_audit_pack(hand_worked_return(), receipts, target, produced=PRODUCED)
    assert target.read_bytes() == b"an earlier pack"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.zip"]


def test_save_writes_the_pack_and_reports_its_files(tmp_path: Path) -> None:
    target = tmp_path / "audit.zip"
    files = save_audit_pack(hand_worked_return(), hand_worked_receipts(), target, produced=PRODUCED)
    assert target.read_bytes() == pack()
    assert [f.name for f in files][-1] == "index.csv"
    assert sum(1 for f in files if f.entry_id is not None) == 4


def test_a_period_with_no_entries_still_makes_a_pack() -> None:
    ret = build_return(header(), PERIOD, OPENING, [], **refs())  # type: ignore[arg-type]
    with zipfile.ZipFile(io.BytesIO(pack(ret, []))) as archive:
        assert len(archive.namelist()) == 3
        assert index_rows(archive) == []


def test_money_in_needs_no_receipt_in_the_index() -> None:
    paid_in = ReturnEntry(1, date(2026, 4, 2), Money(100), purpose=EntryPurpose.REFUND)
    ret = build_return(header(), PERIOD, OPENING, [paid_in])
    with zipfile.ZipFile(io.BytesIO(pack(ret, []))) as archive:
        assert index_rows(archive) == []
