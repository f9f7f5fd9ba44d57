"""The import's check step with a 10,000-row statement (offscreen, a real encrypted file).

- show: the rows of a worked-out preview put in the table (the model made, the table laid out
  and painted) — what the person waits for after "Next". Target ≤ 200 ms.
- filter: "Rows left out" chosen, then "Every row" again; accept all suggestions; leave a row
  out (Space); jump to the last row and paint it. Target ≤ 100 ms each.
Baseline: the same page with a one-row statement. The preview itself (reading and
checking the statement) is measured by ``bench_import``.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from bench.harness import median_seconds, report
from phbplanner.domain.entry_checks import plan_lines
from phbplanner.domain.ledger import Account
from phbplanner.domain.money import Money
from phbplanner.interchange.plan_json import load_plan_file
from phbplanner.services.files import create_plan_file
from phbplanner.services.imports import Imports
from phbplanner.services.ledger import Ledger
from phbplanner.ui.statements.check_step import CheckStep
from phbplanner.ui.statements.preview_model import Show
from phbplanner.ui.theme import apply_theme, settle_layouts
from tests.interchange.bank.writers import FORMATS, Txn

ROOT = Path(__file__).resolve().parent.parent
ROWS = 10_000
SHOW_TARGET = 0.2
ACTION_TARGET = 0.1


def _quiet(kind: QtMsgType, context: object, message: str) -> None:
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def statement(count: int = ROWS) -> bytes:
    """A Lloyds statement of ``count`` rows over two years, some from the plan's providers."""
    rng = random.Random(12)
    start = date(2024, 4, 2)
    payees = ["CHESTER CARS LTD", "NHS CHESHIRE ICB PHB", "COSTA COFFEE", "RHIAN DAVIES WAGES"]
    balance, rows = 100_000, []
    for n in range(count):
        pence = rng.randint(-9_000, 3_000) or 1
        balance += pence
        day = start + timedelta(days=n * 730 // count)
        rows.append(Txn(day, pence, "", f"{rng.choice(payees)} {n}", "", balance))
    data, _lines = FORMATS["lloyds"].write(rows)
    return data


def main() -> None:
    qInstallMessageHandler(_quiet)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    apply_theme(app, 100)
    example = load_plan_file(ROOT / "resources" / "example-plan.json")
    with tempfile.TemporaryDirectory() as folder:
        session = create_plan_file(Path(folder) / "bench.phbplan", "bench passphrase 1234 long",
                                   example, author="Bench")  # fmt: skip
        try:
            ledger = Ledger(session)
            ledger.add_account(
                Account("Direct payment account", opening_balance=Money(100_000),
                        opening_date=date(2024, 4, 1)),
                today=date(2026, 4, 1),
            )  # fmt: skip
            preview = Imports(session).preview(
                statement(), "statement.csv", account_id=ledger.accounts()[0].id,
                today=date(2026, 4, 1),
            )  # fmt: skip
            print(f"the preview: {len(preview.rows):,} rows", flush=True)
            lines = plan_lines(session.plan)
            step = CheckStep()
            step.resize(1200, 700)
            step.show()

            def paint() -> None:
                settle_layouts()
                step.grab()

            empty = Imports(session).preview(
                statement(1), "one.csv", account_id=ledger.accounts()[0].id,
                today=date(2026, 4, 1),
            )  # fmt: skip

            def show_one() -> None:
                step.show_preview(empty, lines)
                paint()

            base = median_seconds(show_one, repeat=7)
            baseline = ("one row", base)
            report("one row: shown and painted", base)

            def show() -> None:
                step.show_preview(preview, lines)
                paint()

            report("10,000 rows: shown and painted", median_seconds(show, repeat=7),
                   target=SHOW_TARGET, baseline=baseline)  # fmt: skip
            model, table = step.model, step.table
            assert model is not None and table is not None

            def filtered() -> None:
                model.set_show(Show.LEFT_OUT)
                paint()
                model.set_show(Show.ALL)
                paint()

            report("  rows left out, then every row", median_seconds(filtered, repeat=7) / 2,
                   target=ACTION_TARGET, baseline=baseline)  # fmt: skip

            def accept_all() -> None:
                model.chosen.clear()
                model.accept_all()
                paint()

            report("  accept all suggestions", median_seconds(accept_all, repeat=7),
                   target=ACTION_TARGET, baseline=baseline)  # fmt: skip

            def leave_out() -> None:
                model.toggle(5_000)
                paint()

            report("  a row left out or put back", median_seconds(leave_out, repeat=7),
                   target=ACTION_TARGET, baseline=baseline)  # fmt: skip

            def to_end() -> None:
                table.scrollToTop()
                paint()
                table.setCurrentIndex(model.index(model.rowCount() - 1, 0))
                table.scrollTo(model.index(model.rowCount() - 1, 0))
                paint()

            report("  to the last row and back", median_seconds(to_end, repeat=7) / 2,
                   target=ACTION_TARGET, baseline=baseline)  # fmt: skip
            table.setFocus(Qt.FocusReason.OtherFocusReason)
        finally:
            session.close()


if __name__ == "__main__":
    main()
