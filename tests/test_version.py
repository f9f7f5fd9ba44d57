"""One version, written in pyproject.toml, shown by --version and written into files and PDFs."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

import phbplanner
from phbplanner.reports.recovery_sheet import build_recovery_sheet
from phbplanner.services.exports import export_plan_pdf
from phbplanner.services.files import create_plan_file
from phbplanner.storage.engine import make_engine

from .packaging.support import project_version
from .reports.pdf_plans import draft_version, sample_plan
from .storage.support import PASS, example_plan


def test_the_package_reads_the_version_from_pyproject() -> None:
    assert phbplanner.__version__ == project_version()
    assert project_version().count(".") == 2  # major.minor.patch


def test_version_option_prints_it() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "phbplanner", "--version"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"phbplanner {project_version()}"


def test_a_new_plan_file_records_the_version_that_made_it(tmp_path: Path) -> None:
    path = tmp_path / "plan.phbplan"
    create_plan_file(path, PASS, example_plan(), author="T").close()
    engine = make_engine(path, PASS, read_only=True)
    try:
        with engine.connect() as conn:
            made_by = conn.exec_driver_sql(
                "SELECT value FROM meta WHERE key = 'created_by'"
            ).scalar_one()
    finally:
        engine.dispose()
    assert made_by == f"PHB Planner {project_version()}"


def test_pdfs_name_the_version_that_made_them(tmp_path: Path) -> None:
    plan = sample_plan()
    out = tmp_path / "plan.pdf"
    export_plan_pdf(plan, draft_version(""), out)
    sheet = io.BytesIO()
    build_recovery_sheet("Plan", "here", sheet)
    for data in (out.read_bytes(), sheet.getvalue()):
        metadata = PdfReader(io.BytesIO(data)).metadata
        assert metadata is not None
        assert metadata.creator == f"PHB Planner {project_version()}"
