"""The spending records through the services, on a real encrypted file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from phbplanner.domain.documents import DocumentError, DocumentKind
from phbplanner.domain.entry_checks import CheckCode, EntryProblems
from phbplanner.domain.errors import PHBError
from phbplanner.domain.ledger import Account, Entry, Purpose, Split
from phbplanner.domain.money import Money
from phbplanner.services.changes import Change, Changes
from phbplanner.services.files import open_plan_file
from phbplanner.services.ledger import Ledger, LedgerError, read_document
from phbplanner.services.ledger_view import EntryFilter, LedgerView
from phbplanner.services.session import PlanSession
from tests.storage.support import PASS

TODAY = date(2026, 6, 30)
PNG = b"\x89PNG\r\n\x1a\n" + b"receipt marker 7f3c" + bytes(100)
PDF = b"%PDF-1.4\n%marker payslip\n" + bytes(200)


@pytest.fixture
def session(plan_file: Path) -> Iterator[PlanSession]:
    with open_plan_file(plan_file, PASS, author="Carer Ann", backup=False) as opened:
        yield opened


@pytest.fixture
def ledger(session: PlanSession) -> Ledger:
    book = Ledger(session)
    book.add_account(
        Account("Direct payment account", opening_balance=Money(100_000),
                opening_date=date(2026, 4, 1)),
        today=TODAY,
    )  # fmt: skip
    return book


def _line_id(session: PlanSession, n: int = 0) -> str:
    return session.plan.support_lines[n].id


def _pay(ledger: Ledger, day: int, pence: int, payee: str = "Łukasz Nowak", **kw: object) -> Entry:
    line = kw.pop("line", _line_id(ledger.session))
    return ledger.record(
        Entry(date(2026, 5, day), Money(pence), payee=payee, purpose=Purpose.PLAN_LINE,
              line_id=str(line), **kw),  # type: ignore[arg-type]
        today=TODAY,
    )  # fmt: skip


def test_record_change_delete_and_put_back(session: PlanSession, ledger: Ledger) -> None:
    heard: list[Changes] = []
    session.subscribe(heard.append)
    plan_before, version_before = session.plan, session.version
    entry = _pay(ledger, 7, -4560, description="Wages, week 1")
    assert entry.id is not None
    assert entry.recorded_by == "Carer Ann"
    assert entry.line_description == session.plan.support_lines[0].description
    # recording a payment is a ledger change, never a plan change
    assert heard and all(not c.touches(Change.PLAN) for c in heard)
    assert heard[-1].touches(Change.LEDGER)
    assert session.plan is plan_before and session.version == version_before
    assert ledger.entry(entry.id) == entry
    changed = ledger.change(
        Entry(entry.date, Money(-4600), payee=entry.payee, purpose=Purpose.UNASSIGNED,
              id=entry.id, account_id=entry.account_id),
        today=TODAY,
    )  # fmt: skip
    assert ledger.entry(entry.id).amount == Money(-4600)
    assert changed.line_id is None
    saved = ledger.delete(entry.id)
    with pytest.raises(LedgerError):
        ledger.entry(entry.id)
    ledger.restore(saved)
    assert ledger.entry(entry.id) == changed
    whats = [h.what for h in session.history()]
    assert any("Recorded £45.60 paid to Łukasz Nowak" in w for w in whats)
    assert any(w.startswith("Removed the entry") for w in whats)


def test_bad_entries_are_refused_and_nothing_is_saved(session: PlanSession, ledger: Ledger) -> None:
    view = LedgerView(session)
    cases = [
        (Entry(date(2026, 5, 1), Money(0), purpose=Purpose.UNASSIGNED), CheckCode.AMOUNT_ZERO),
        (
            Entry(date(2026, 5, 1), Money(-100), purpose=Purpose.PLAN_LINE, line_id="no-such"),
            CheckCode.LINE_UNKNOWN,
        ),
        (
            Entry(date(2031, 5, 1), Money(-100), purpose=Purpose.UNASSIGNED),
            CheckCode.DATE_FAR_AHEAD,
        ),
        (
            Entry(date(2026, 5, 1), Money(-100), purpose=Purpose.BUDGET_PAYMENT),
            CheckCode.MONEY_IN_EXPECTED,
        ),
    ]
    for entry, code in cases:
        with pytest.raises(EntryProblems) as info:
            ledger.record(entry, today=TODAY)
        assert code in {p.code for p in info.value.problems}, info.value.message
    assert view.ids(EntryFilter()) == []


def test_an_entry_split_across_lines(session: PlanSession, ledger: Ledger) -> None:
    first, second = _line_id(session, 0), _line_id(session, 1)
    entry = _pay(ledger, 8, -10000, payee="Agency")
    with pytest.raises(EntryProblems) as info:
        ledger.split(entry.id or 0, [Split(first, Money(-6000)), Split(second, Money(-3000))])
    assert CheckCode.SPLIT_TOTAL in {p.code for p in info.value.problems}
    split = ledger.split(entry.id or 0, [Split(first, Money(-6000)), Split(second, Money(-4000))])
    assert [s.line_id for s in split.splits] == [first, second]
    assert split.splits[1].line_description == session.plan.support_lines[1].description
    status = LedgerView(session).status(date(2026, 5, 31))
    spent = {row.key: row.spent for row in status.planned_vs_actual.lines}
    assert (spent[first], spent[second]) == (Money(6000), Money(4000))  # spent, as positive


def test_pages_sorts_filters_and_running_balance(session: PlanSession, ledger: Ledger) -> None:
    view = LedgerView(session)
    ledger.record(
        Entry(date(2026, 5, 1), Money(50_000), payee="NHS ICB", purpose=Purpose.BUDGET_PAYMENT),
        today=TODAY,
    )
    _pay(ledger, 3, -1_000, payee="Zoë", description="Art class")
    _pay(ledger, 3, -2_000, payee="Siân", description="Swimming")
    _pay(ledger, 20, -3_000, payee="Zoë", description="Art class")
    by_date = view.ids(EntryFilter())
    rows = view.rows(by_date)
    # opening £1,000.00 + £500 − £10 − £20 − £30
    assert [r.balance_pence for r in rows] == [150_000, 149_000, 147_000, 144_000]
    by_payee = view.rows(view.ids(EntryFilter(), sort="payee"))
    assert [r.payee for r in by_payee] == ["NHS ICB", "Siân", "Zoë", "Zoë"]
    # the running balance is the account's, whatever the order or filter
    assert {r.id: r.balance_pence for r in by_payee} == {r.id: r.balance_pence for r in rows}
    zoe = EntryFilter(payee="zoë")
    assert view.totals(zoe).money_out == -4_000 and view.totals(zoe).count == 2
    assert view.totals(EntryFilter(text="swim")).count == 1
    assert len(view.ids(EntryFilter(date_from=date(2026, 5, 10)))) == 1
    assert len(view.ids(EntryFilter(no_receipt=True))) == 3
    described = view.ids(EntryFilter(), sort="out", descending=True)
    assert [r.amount_pence for r in view.rows(described)][:1] == [-3_000]


def test_receipts_are_kept_inside_the_file_byte_for_byte(
    session: PlanSession, ledger: Ledger, tmp_path: Path
) -> None:
    entry = _pay(ledger, 7, -4560)
    receipt = tmp_path / "receipt.png"
    receipt.write_bytes(PNG)
    info = ledger.attach_file(entry.id or 0, receipt)
    assert (info.filename, info.mime, info.size) == ("receipt.png", "image/png", len(PNG))
    payslip = ledger.attach(entry.id or 0, "../../etc/payslip", PDF, DocumentKind.PAYSLIP)
    assert payslip.filename == "payslip.pdf"
    assert [d.id for d in ledger.documents(entry.id or 0)] == [info.id, payslip.id]
    assert ledger.document_bytes(info.id) == PNG
    view = LedgerView(session)
    # The example's first line is a PA's hours: wages need a payslip *and* a timesheet.
    assert view.ids(EntryFilter(no_receipt=True)) == [entry.id]
    assert view.rows([entry.id or 0])[0].evidence_needed == "a timesheet"
    timesheet = ledger.attach(entry.id or 0, "hours.pdf", PDF, DocumentKind.TIMESHEET)
    assert view.ids(EntryFilter(no_receipt=True)) == []
    ledger.detach(entry.id or 0, timesheet.id)
    out = tmp_path / "out" / "copy.png"
    out.parent.mkdir()
    ledger.export_document(info.id, out, overwrite=False)
    assert out.read_bytes() == PNG
    with pytest.raises(PHBError, match="already a file"):
        ledger.export_document(info.id, out, overwrite=False)
    assert out.read_bytes() == PNG
    ledger.detach(entry.id or 0, info.id)
    assert [d.id for d in ledger.documents(entry.id or 0)] == [payslip.id]
    with pytest.raises(LedgerError):
        ledger.document_bytes(info.id)  # an unlinked document is not kept


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: p.mkdir(), "folder"),
        (lambda p: p.write_bytes(b""), "empty"),
        (lambda p: p.write_bytes(b"just some text, not a picture"), "not a picture"),
        (lambda p: os.mkfifo(p), "not an ordinary file"),
    ],
)
def test_bad_documents_get_a_plain_message(tmp_path: Path, make: object, words: str) -> None:
    path = tmp_path / "thing.jpg"
    make(path)  # type: ignore[operator]
    with pytest.raises(DocumentError, match=words):
        data = read_document(path)
        from phbplanner.domain.documents import check_document

        check_document(path.name, data)


def test_a_document_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    with open(path, "wb") as handle:
        handle.write(b"%PDF-1.4\n")
        handle.seek(2 * 1024**3)  # a sparse 2 GB file: never read
        handle.write(b"\n")
    with pytest.raises(DocumentError, match="the most that can be kept is 20 MB"):
        read_document(path)


def test_unreadable_document(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can read any file")
    path = tmp_path / "secret.png"
    path.write_bytes(PNG)
    path.chmod(0)
    with pytest.raises(DocumentError, match="cannot be read"):
        read_document(path)


def test_status_from_the_records(session: PlanSession, ledger: Ledger) -> None:
    view = LedgerView(session)
    _pay(ledger, 7, -4560)
    status = view.status(TODAY)
    assert status.as_of == TODAY
    assert status.position.balance == Money(100_000 - 4560)
    codes = {alert.code for alert in status.alerts}
    assert "receipts_missing" in {str(c) for c in codes}


def test_payee_suggestions(session: PlanSession, ledger: Ledger) -> None:
    view = LedgerView(session)
    line = _line_id(session, 1)
    _pay(ledger, 3, -1_000, payee="Zoë", line=line)
    _pay(ledger, 4, -1_000, payee="Zoë", line=line)
    _pay(ledger, 5, -1_000, payee="Siân")
    assert view.payees()[0] == "Zoë"
    assert view.suggestion("Zoë") == (Purpose.PLAN_LINE, line)
    assert view.suggestion("Nobody") is None


def test_select_gives_the_ids_and_their_totals_in_one_pass(
    session: PlanSession, ledger: Ledger
) -> None:
    view = LedgerView(session)
    _pay(ledger, 3, -1_000, payee="Zoë")
    _pay(ledger, 4, -2_500, payee="Zoë")
    ledger.record(
        Entry(date(2026, 5, 1), Money(50_000), payee="ICB", purpose=Purpose.BUDGET_PAYMENT),
        today=TODAY,
    )
    for found in (EntryFilter(), EntryFilter(payee="Zoë"), EntryFilter(text="nothing like it")):
        ids, totals = view.select(found, "payee", descending=True)
        assert ids == view.ids(found, "payee", descending=True)
        assert totals == view.totals(found)
