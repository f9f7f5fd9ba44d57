"""Every entry as CSV: formula-looking text neutralised, splits, balances, written whole."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from phbplanner.domain.ledger import Entry, Purpose, Split
from phbplanner.domain.money import Money
from phbplanner.services.exports import ExportError
from phbplanner.services.imports import Imports
from phbplanner.services.ledger import Ledger
from phbplanner.services.ledger_export import export_entries_csv
from phbplanner.services.session import PlanSession
from tests.storage.conftest import plan_file, template_file

from .import_support import TODAY, session, statement

__all__ = ["plan_file", "session", "template_file"]

FORMULA = '=HYPERLINK("http://evil.example","click")'


def _read(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads "£" and "Siân" right
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_every_entry_is_written_with_formulas_neutralised(
    session: PlanSession, tmp_path: Path
) -> None:
    imports = Imports(session)
    data = statement(("02/05/2026", FORMULA, "-12.00", None), ("03/05/2026", "@SUM(A1)", "5", None))
    imports.confirm(imports.preview(data, "s.csv", today=TODAY))
    ledger = Ledger(session)
    lines = session.plan.support_lines
    split = ledger.record(
        Entry(date(2026, 5, 4), Money(-10_000), payee="Siân Jones", description="-2+3",
              purpose=Purpose.PLAN_LINE,
              splits=(Split(lines[0].id, Money(-6_000)), Split(lines[1].id, Money(-4_000)))),
        today=TODAY,
    )  # fmt: skip
    ledger.attach(split.id or 0, "payslip.png", b"\x89PNG\r\n\x1a\n" + bytes(32))
    out = tmp_path / "entries.csv"
    assert export_entries_csv(session, out) == 3
    rows = _read(out)
    assert [r["Payee"] for r in rows] == ["'" + FORMULA, "'@SUM(A1)", "Siân Jones"]
    assert rows[2]["Description"] == "'-2+3"
    # amounts are plain numbers, never neutralised; the running balance from £1,000.00
    assert [r["Amount"] for r in rows] == ["-12.00", "5.00", "-100.00"]
    assert [r["Running balance"] for r in rows] == ["988.00", "993.00", "893.00"]
    assert rows[2]["Plan line"] == f"{lines[0].id}; {lines[1].id}"
    assert rows[2]["Plan line description"] == (
        f"{lines[0].description} (-60.00); {lines[1].description} (-40.00)"
    )
    assert rows[2]["What for"] == "A line of the plan" and rows[2]["Documents"] == "payslip.png"
    assert rows[0]["Import"] == "1" and rows[2]["Import"] == ""
    assert rows[0]["Reconciled"] == "no"
    # the records keep the text exactly as it came
    stored = {ledger.entry(i).payee for i in range(1, 4)}
    assert FORMULA in stored


def test_an_existing_file_is_replaced_only_when_asked(session: PlanSession, tmp_path: Path) -> None:
    out = tmp_path / "entries.csv"
    out.write_text("keep me")
    with pytest.raises(ExportError, match=r"already a file called entries\.csv"):
        export_entries_csv(session, out)
    assert out.read_text() == "keep me"
    assert export_entries_csv(session, out, overwrite=True) == 0
    assert _read(out) == []
    with pytest.raises(ExportError, match="is a folder"):
        export_entries_csv(session, tmp_path)
    with pytest.raises(ExportError, match="does not exist"):
        export_entries_csv(session, tmp_path / "no such folder" / "x.csv")
    # no half-written file is left behind
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]
