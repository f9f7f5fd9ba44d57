"""The "My spending" page in the window on the 6-year file (issue 11's targets), offscreen.

The 6-year file of ``bench_storage`` (300 support lines, 10 versions, 60,000 entries over six
years, 500 receipts of 200 KB). Each figure is printed twice: wall time, and this process's CPU
time (``cpu``), which other work on the machine's two shared cores does not inflate.

- the page shown and usable, beyond key derivation: open the file, make the window's controller
  and the page, show it and paint it (the register's first rows with their balances, the totals,
  the number of alerts, the balance in the summary line) — target ≤ 300 ms;
- a sort (a click on the "Paid to or from" heading) and a filter (words typed in Search),
  each until the register is painted again with its totals — target ≤ 100 ms;
- scrolling to the last of 60,000 rows and painting it (rows are fetched a page at a time);
- one entry saved through the form, until the register and the totals show it (the services'
  own save is ≤ 10 ms, ``bench_ledger``);
- peak memory of the process with the page shown — target ≤ 250 MB.

For comparison (the issue's figures, same machine kind): HomeBank 5.6 takes ~16 s to show a
60,000-transaction register and GnuCash 4.13 ~2 minutes to load the same book.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMainWindow

from bench.bench_storage import PASS
from bench.harness import median_seconds, report
from phbplanner.services.files import open_plan_file
from phbplanner.storage.engine import make_engine
from phbplanner.ui.controller import PlanController
from phbplanner.ui.costed.feed import feed_for
from phbplanner.ui.costed.summary_bar import BudgetSummaryBar
from phbplanner.ui.spending.feed import spending_feed_for
from phbplanner.ui.spending.view import SpendingView
from phbplanner.ui.theme import apply_theme

AS_OF = date(2026, 3, 31)  # the last day of the generated records
ROOT = Path(__file__).resolve().parent.parent


def _quiet(kind: QtMsgType, context: object, message: str) -> None:
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def both(name: str, work: Callable[[], object], *, target: float | None, repeat: int = 9) -> None:
    """Report the wall time and the CPU time of ``work`` against ``target``."""
    report(name, median_seconds(work, repeat=repeat), target=target)
    cpu = median_seconds(work, repeat=repeat, clock=time.process_time)
    report(f"  {name} (cpu)", cpu, target=target)


def main() -> None:
    qInstallMessageHandler(_quiet)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    apply_theme(app, 100)
    with tempfile.TemporaryDirectory(dir=os.environ.get("PHB_BENCH_DIR")) as tmp:
        os.environ["XDG_DATA_HOME"] = str(Path(tmp) / "data")
        started = time.perf_counter()
        # built in another process, so the peak memory below is the page's, not the builder's
        subprocess.run(
            [sys.executable, "-c", "import sys; from pathlib import Path; "
             "from bench.bench_storage import SIZES, build; build(Path(sys.argv[1]), SIZES['6y'])",
             tmp],
            cwd=ROOT, env=os.environ, check=True,
        )  # fmt: skip
        path = Path(tmp) / "bench.phbplan"
        print(f"the 6-year file built in {time.perf_counter() - started:.1f} s", flush=True)

        def derive() -> None:
            engine = make_engine(path, PASS)
            with engine.connect():
                pass
            engine.dispose()

        kdf = median_seconds(derive, repeat=5, warmup=1)
        kdf_cpu = median_seconds(derive, repeat=5, warmup=1, clock=time.process_time)
        report("key derivation (one connection)", kdf)

        def page_shown(*, with_status: bool) -> None:
            session = open_plan_file(path, PASS, author="Bench", backup=False)
            window = QMainWindow()
            controller = PlanController(session, window)
            spending_feed_for(controller).today = lambda: AS_OF
            bar = BudgetSummaryBar(feed_for(controller), window)
            view = SpendingView(controller, window)
            window.setMenuWidget(bar)
            window.setCentralWidget(view)
            window.resize(1280, 800)
            window.show()
            window.grab()  # painted: the register's first rows, the totals — usable
            assert view.records.model.count == 60_000
            if with_status:  # then, on the next turn, the alerts and the balance
                app.processEvents()
                window.grab()
                assert bar.spending.text()
            window.close()
            controller.detach()
            window.deleteLater()
            app.processEvents()
            session.close()

        for with_status, name in (
            (False, "page shown and usable, beyond key derivation"),
            (True, "  … and its alerts and balance shown too"),
        ):
            work = lambda s=with_status: page_shown(with_status=s)  # noqa: E731
            shown = median_seconds(work, repeat=5, warmup=1)
            report(name, shown - kdf, target=0.300)
            shown_cpu = median_seconds(work, repeat=5, warmup=1, clock=time.process_time)
            report("  the same (cpu)", shown_cpu - kdf_cpu, target=0.300)

        session = open_plan_file(path, PASS, author="Bench", backup=False)
        window = QMainWindow()
        controller = PlanController(session, window)
        feed = spending_feed_for(controller)
        feed.today = lambda: AS_OF
        view = SpendingView(controller, window)
        window.setCentralWidget(view)
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        records = view.records
        table = records.table
        way = [False]

        def sort_payee() -> None:
            way[0] = not way[0]
            order = Qt.SortOrder.DescendingOrder if way[0] else Qt.SortOrder.AscendingOrder
            table.horizontalHeader().setSortIndicator(1, order)  # as a click on the heading
            window.grab()

        words = ["week 7", "week 12"]

        def filter_text() -> None:
            words.reverse()
            records.filters.text.setText(words[0])
            records.filters.apply_now()
            window.grab()

        def no_receipt() -> None:
            check = records.filters.no_receipt
            check.setChecked(not check.isChecked())
            window.grab()

        both("sort by payee (heading), painted", sort_payee, target=0.100)
        both("filter by text, painted with totals", filter_text, target=0.100)
        records.filters.clear()
        both("filter: no receipt (on, off), painted", no_receipt, target=0.100)
        records.filters.clear()
        app.processEvents()

        def scroll_to_end() -> None:
            table.scrollToTop()
            window.grab()
            table.scrollToBottom()
            window.grab()

        both("scroll to the last of 60,000 rows, painted", scroll_to_end, target=None)
        form = records.form
        count = [0]
        line = session.plan.support_lines[0].description

        def one_entry() -> None:
            count[0] += 1
            form.start_new()
            form.date.setText("1/3/26")
            form.payee.setText("Bench payee")
            form.amount.setText(f"{1 + count[0] % 90}.{count[0] % 100:02d}")
            form.line.setCurrentIndex(form.line.findText(line))
            assert form.save()
            records.reload()
            window.grab()

        both("one entry saved through the form, shown", one_entry, target=None, repeat=15)
        window.close()
        controller.detach()
        session.close()
        # the memory of a process that opens the file once and uses the page, as a person does
        done = subprocess.run(
            [sys.executable, __file__, "--memory", str(path)],
            cwd=ROOT, env=os.environ, check=True, capture_output=True, text=True,
        )  # fmt: skip
        peak = float(done.stdout.split()[-1])
        verdict = "meets" if peak <= 250 else "MISSES"
        print(f"{'peak memory, the page used with the file open':<48} {peak:9.0f} MB  "
              f"{verdict} target 250 MB")  # fmt: skip


def peak_mb() -> float:
    """This process's peak memory (VmHWM: ru_maxrss would count the parent's, inherited across
    the fork that started this process)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def memory(path: Path) -> None:
    """Open the file once, show the page, sort, filter, scroll, look at every part, save an
    entry; print the peak memory of this process in MB."""
    qInstallMessageHandler(_quiet)
    app = QApplication([])
    apply_theme(app, 100)
    session = open_plan_file(path, PASS, author="Bench", backup=False)
    window = QMainWindow()
    controller = PlanController(session, window)
    spending_feed_for(controller).today = lambda: AS_OF
    bar = BudgetSummaryBar(feed_for(controller), window)
    view = SpendingView(controller, window)
    window.setMenuWidget(bar)
    window.setCentralWidget(view)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    records = view.records
    records.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
    records.filters.text.setText("week 7")
    records.filters.apply_now()
    records.filters.clear()
    records.table.scrollToBottom()
    window.grab()
    for part in (1, 2, 0):
        view.show_part(part)
        app.processEvents()
        window.grab()
    form = records.form
    form.date.setText("1/3/26")
    form.payee.setText("Bench payee")
    form.amount.setText("12.34")
    form.line.setCurrentIndex(1)
    assert form.save()
    app.processEvents()
    window.grab()
    print(peak_mb())
    window.close()
    controller.detach()
    session.close()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--memory"]:
        memory(Path(sys.argv[2]))
    else:
        main()
