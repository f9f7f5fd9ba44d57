"""Exports are written atomically: the file appears whole or not at all."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from phbplanner.domain.fingerprint import format_fingerprint
from phbplanner.interchange.plan_json import plan_fingerprint
from phbplanner.services import exports
from phbplanner.services.exports import ExportError, export_plan_pdf, export_recovery_sheet

from .pdf_plans import draft_version, sample_plan
from .pdftext import page_texts


def test_export_plan_pdf_writes_the_file_and_reports_progress(tmp_path: Path) -> None:
    plan = sample_plan()
    out = tmp_path / "plan.pdf"
    seen: list[tuple[int, int]] = []
    export_plan_pdf(
        plan,
        draft_version(plan_fingerprint(plan)),
        out,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert out.read_bytes().startswith(b"%PDF")
    assert seen and seen[-1][0] == seen[-1][1]
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_a_missing_fingerprint_is_worked_out_from_the_plan(tmp_path: Path) -> None:
    plan = sample_plan()
    out = tmp_path / "plan.pdf"
    export_plan_pdf(plan, replace(draft_version(""), fingerprint=""), out)
    expected = format_fingerprint(plan_fingerprint(plan))
    assert all(expected in page for page in page_texts(out.read_bytes()))


def test_a_failed_export_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "plan.pdf"
    out.write_bytes(b"the earlier export")

    def broken(*args: object, **kwargs: object) -> None:
        stream = args[2]
        stream.write(b"%PDF-half")  # type: ignore[attr-defined]
        raise RuntimeError("the build failed half way")

    monkeypatch.setattr("phbplanner.reports.plan_pdf.build_plan_pdf", broken)
    plan = sample_plan()
    with pytest.raises(RuntimeError):
        export_plan_pdf(plan, draft_version(plan_fingerprint(plan)), out, overwrite=True)
    assert out.read_bytes() == b"the earlier export"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_a_missing_folder_is_explained(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export_recovery_sheet("Plan", "here", tmp_path / "nowhere" / "sheet.pdf")


def test_a_full_disk_is_explained_and_nothing_is_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exports.os, "fsync", full)
    out = tmp_path / "sheet.pdf"
    with pytest.raises(ExportError, match="not enough space on the disk"):
        export_recovery_sheet("Plan", "here", out)
    assert list(tmp_path.iterdir()) == []
