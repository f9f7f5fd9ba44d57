"""Importing bank statements through the services, on real encrypted files."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from phbplanner.domain.ledger import Account, Entry, Purpose
from phbplanner.domain.money import Money
from phbplanner.interchange.bank import StatementRefused, parse_columns
from phbplanner.services.changes import Change, Changes
from phbplanner.services.import_rules import Source
from phbplanner.services.imports import (
    ImportProblems,
    ImportResult,
    Imports,
    RowChoice,
    RowStatus,
    StatementImportError,
    read_statement_file,
)
from phbplanner.services.ledger import Ledger
from phbplanner.services.session import PlanSession
from phbplanner.storage.errors import StorageError
from tests.storage.conftest import plan_file, template_file
from tests.storage.support import sha

from .import_support import MAY, MAY_JUNE, OPENING, TODAY, account_id, entries, session, statement

__all__ = ["plan_file", "session", "template_file"]


def _import(
    session: PlanSession, data: bytes, name: str = "statement.csv", **kw: Any
) -> ImportResult:
    imports = Imports(session)
    preview = imports.preview(data, name, today=TODAY)
    return imports.confirm(preview, **kw)


def test_the_preview_shows_every_row_as_it_would_be_stored_and_stores_nothing(
    session: PlanSession, plan_file: Path
) -> None:
    before = sha(plan_file)
    preview = Imports(session).preview(MAY, "may.csv", today=TODAY)
    assert sha(plan_file) == before
    assert entries(session) == []
    assert [(r.line, r.date, r.amount, r.payee, r.bank_balance) for r in preview.rows] == [
        (2, date(2026, 5, 1), Money(150_000), "NHS CHESHIRE ICB PHB", Money(250_000)),
        (3, date(2026, 5, 3), Money(-2_500), "CHESTER CARS LTD", Money(247_500)),
        (4, date(2026, 5, 3), Money(-350), "COSTA COFFEE", Money(247_150)),
        (5, date(2026, 5, 4), Money(-24_000), "RHIAN DAVIES WAGES", Money(223_150)),
    ]
    assert [r.status for r in preview.rows] == [RowStatus.NEW] * 4
    assert (preview.new, preview.duplicates, preview.left_out, preview.problems) == (4, 0, 0, ())
    # the ICB's payment is money in for the budget; the taxi firm is the provider of line s5
    assert (preview.rows[0].purpose, preview.rows[0].source) == (
        Purpose.BUDGET_PAYMENT, Source.FUNDER,
    )  # fmt: skip
    assert (preview.rows[1].purpose, preview.rows[1].line_id) == (Purpose.PLAN_LINE, "s5")
    assert preview.rows[2].purpose is Purpose.UNASSIGNED
    # the file's own balances add up, and the records after it would agree with the bank
    assert preview.statement_check is not None and preview.statement_check.ok
    assert preview.balance_check is not None and preview.balance_check.ok
    assert preview.balance_check.balance == Money(223_150)
    assert preview.settings == "detected" and preview.account.name == "Direct payment account"


def test_importing_twice_adds_nothing_and_an_overlap_adds_only_the_new_rows(
    session: PlanSession,
) -> None:
    first = _import(session, MAY)
    assert (first.imported, first.duplicates) == (4, 0) and first.import_id is not None
    stored = entries(session)
    assert len(stored) == 4
    again = _import(session, MAY)
    assert (again.import_id, again.imported, again.duplicates) == (None, 0, 4)
    assert entries(session) == stored
    assert len(Imports(session).imports()) == 1  # nothing new: nothing recorded
    overlap = _import(session, MAY_JUNE)
    assert (overlap.imported, overlap.duplicates) == (2, 2)
    assert [e[:2] for e in entries(session)][4:] == [
        ("2026-06-02", 150_000),
        ("2026-06-05", -3_000),
    ]
    assert overlap.balance_check is not None and overlap.balance_check.ok
    # the preview says the same file was imported before
    preview = Imports(session).preview(MAY, "may again.csv", today=TODAY)
    assert [info.id for info in preview.earlier] == [first.import_id]
    assert all(row.status is RowStatus.DUPLICATE for row in preview.rows)
    assert preview.rows[0].duplicate_of is not None


def test_two_identical_payments_on_one_day_are_both_imported_once(session: PlanSession) -> None:
    two = statement(("03/05/2026", "COSTA", "-3.50", None), ("03/05/2026", "COSTA", "-3.50", None))
    one = statement(("03/05/2026", "COSTA", "-3.50", None))
    assert _import(session, one).imported == 1
    result = _import(session, two)
    assert (result.imported, result.duplicates) == (1, 1)
    assert _import(session, two).imported == 0
    assert len(entries(session)) == 2


def test_a_payment_typed_by_hand_is_found(session: PlanSession) -> None:
    ledger = Ledger(session)
    ledger.record(Entry(date(2026, 5, 3), Money(-350), payee="Costa Coffee"), today=TODAY)
    ledger.record(Entry(date(2026, 5, 2), Money(-2_500), payee="Taxi"), today=TODAY)
    preview = Imports(session).preview(MAY, "may.csv", today=TODAY)
    by_line = {row.line: row for row in preview.rows}
    assert by_line[4].status is RowStatus.DUPLICATE  # same day, amount and words
    # the taxi typed a day early is shown as a possible match, and imported unless skipped
    assert by_line[3].status is RowStatus.NEW and by_line[3].possible_match is not None
    result = Imports(session).confirm(preview, choices={3: RowChoice(skip=True)})
    assert (result.imported, result.duplicates, result.left_out) == (2, 1, 1)
    info = Imports(session).imports()[0]
    assert info.left_out == 1 and info.problems == ()


def test_a_statement_with_a_bad_row_is_refused_whole_and_nothing_changes(
    session: PlanSession, plan_file: Path
) -> None:
    _import(session, MAY)
    before, history = sha(plan_file), len(session.history())
    bad = MAY_JUNE.replace(b"-30.00", b'"12,34.5x"')
    imports = Imports(session)
    preview = imports.preview(bad, "june.csv", today=TODAY)
    assert [(p.line, p.reason) for p in preview.problems] == [
        (5, "the amount '12,34.5x' is not a number")
    ]
    with pytest.raises(ImportProblems) as refused:
        imports.confirm(preview)
    assert "line 5: the amount '12,34.5x' is not a number" in refused.value.message
    assert "Nothing was imported" in refused.value.message
    assert refused.value.exit_code == 1
    assert sha(plan_file) == before and len(session.history()) == history
    assert len(entries(session)) == 4 and len(imports.imports()) == 1


def test_only_the_good_rows_when_asked_with_the_bad_lines_in_the_record(
    session: PlanSession,
) -> None:
    data = (
        b"Date,Description,Amount\r\n"
        b'01/05/2026,"two\nlines, one payee",-1.00\r\n'  # lines 2-3
        b'02/05/2026,ok,"12,34.5x"\r\n'  # line 4
        b"31/02/2026,bad date,-1\r\n"  # line 5
        b"03/05/2026,fine,-2\r\n"  # line 6
    )
    result = _import(session, data, accept_good_rows=True)
    assert result.imported == 2
    assert [(p.line, p.reason) for p in result.problems] == [
        (4, "the amount '12,34.5x' is not a number"),
        (5, "the date '31/02/2026' is not a real date"),
    ]
    info = Imports(session).imports()[0]
    assert info.id == result.import_id and info.rows_total == 4
    assert [(p.line, p.reason) for p in info.problems] == [
        (p.line, p.reason) for p in result.problems
    ]
    assert [e[2] for e in entries(session)] == ["two\nlines, one payee", "fine"]


def test_a_failure_while_writing_leaves_nothing_half_saved(session: PlanSession) -> None:
    imports = Imports(session)
    preview = imports.preview(MAY, "may.csv", today=TODAY)
    # a row the database itself refuses (£0.00), after the import's record was written
    broken = dataclasses.replace(
        preview, rows=(*preview.rows, dataclasses.replace(preview.rows[-1], amount=Money(0),
                                                           key="x#1", line=99)),
    )  # fmt: skip
    with pytest.raises(StorageError):
        imports.confirm(broken)
    assert entries(session) == [] and imports.imports() == []


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (bytes(range(256)) * 8, "binary data"),
        (b"", "empty"),
        (b"Date,Description,Amount,Balance\r\n", "no transactions"),
        (b"Date,Description,Amount\r\n01/05/2026," + b"x" * 2_000_000 + b",-1.00\r\n", "10,000"),
    ],
)
def test_hostile_files_are_refused_whole_with_a_reason(
    session: PlanSession, data: bytes, says: str
) -> None:
    with pytest.raises(StatementRefused) as refused:
        Imports(session).preview(data, "hostile.csv", today=TODAY)
    assert says in refused.value.message
    assert entries(session) == []


def test_statement_files_are_read_with_limits(tmp_path: Path) -> None:
    with pytest.raises(StatementImportError, match="is a folder"):
        read_statement_file(tmp_path)
    with pytest.raises(StatementImportError, match="There is no file"):
        read_statement_file(tmp_path / "missing.csv")
    huge = tmp_path / "huge.csv"
    with open(huge, "wb") as handle:
        handle.truncate(21_000_000)  # sparse: refused by its size before it is read
    with pytest.raises(StatementImportError, match="larger than 20 MB"):
        read_statement_file(huge)
    fine = tmp_path / "may.csv"
    fine.write_bytes(MAY)
    assert read_statement_file(fine) == MAY


def test_formula_payloads_are_stored_exactly_as_the_bank_wrote_them(session: PlanSession) -> None:
    payloads = ['=HYPERLINK("http://evil","x")', "+SUM(A1)", "-2+3", "@cmd", "\tTAB"]
    data = statement(*[("05/05/2026", text, "-1.00", None) for text in payloads])
    assert _import(session, data).imported == len(payloads)
    stored = [e[2] for e in entries(session)]
    assert sorted(stored) == sorted(text.strip() for text in payloads)


def test_rows_before_the_opening_date_and_of_nothing_are_left_out_with_a_reason(
    session: PlanSession,
) -> None:
    data = statement(
        ("30/03/2026", "BEFORE OPENING", "-5.00", None),
        ("02/04/2026", "CARD CHECK", "0.00", None),
        ("03/04/2026", "FIRST", "-1.00", None),
    )
    preview = Imports(session).preview(data, "april.csv", today=TODAY)
    assert [r.status for r in preview.rows] == [
        RowStatus.LEFT_OUT,
        RowStatus.LEFT_OUT,
        RowStatus.NEW,
    ]
    assert "before this account's opening date (1 April 2026)" in preview.rows[0].reason
    assert "£0.00" in preview.rows[1].reason
    result = Imports(session).confirm(preview)
    assert (result.imported, result.left_out) == (1, 2)
    assert [e[2] for e in entries(session)] == ["FIRST"]
    assert Imports(session).imports()[0].left_out == 2


def test_rows_that_can_be_read_but_not_kept_are_bad_rows(session: PlanSession) -> None:
    data = statement(
        ("01/05/2031", "YEARS AHEAD", "-1.00", None),
        ("02/05/2026", "HUGE", "-1000000.00", None),
        ("03/05/2026", "X" * 501, "-1.00", None),
        ("04/05/2026", "FINE", "-1.00", None),
    )
    preview = Imports(session).preview(data, "odd.csv", today=TODAY)
    reasons = {p.line: p.reason for p in preview.problems}
    assert "more than a month from today" in reasons[2]
    assert "more than any single payment" in reasons[3]
    assert "501 characters long; the most is 500" in reasons[4]
    assert [r.payee for r in preview.rows] == ["FINE"]


def test_suggestions_are_applied_or_changed_before_confirming(session: PlanSession) -> None:
    ledger = Ledger(session)
    ledger.record(
        Entry(date(2026, 4, 20), Money(-20_000), payee="RHIAN DAVIES WAGES",
              purpose=Purpose.PLAN_LINE, line_id="s2"),
        today=TODAY,
    )  # fmt: skip
    imports = Imports(session)
    preview = imports.preview(MAY, "may.csv", today=TODAY)
    wages = next(r for r in preview.rows if r.payee == "RHIAN DAVIES WAGES")
    assert (wages.purpose, wages.line_id, wages.source) == (Purpose.PLAN_LINE, "s2", Source.HISTORY)
    with pytest.raises(StatementImportError, match="no support line “s99”"):
        imports.confirm(preview, choices={5: RowChoice(Purpose.PLAN_LINE, "s99")})
    with pytest.raises(StatementImportError, match="money going out"):
        imports.confirm(preview, choices={3: RowChoice(Purpose.BUDGET_PAYMENT)})
    assert len(entries(session)) == 1  # nothing imported by the refused choices
    result = imports.confirm(preview, choices={4: RowChoice(Purpose.PLAN_LINE, "s9")})
    stored = {e.payee: e for e in (ledger.entry(i) for i in result.entry_ids)}
    assert stored["RHIAN DAVIES WAGES"].line_id == "s2"
    assert (
        stored["RHIAN DAVIES WAGES"].line_description == session.plan.support_lines[1].description
    )
    assert stored["COSTA COFFEE"].line_id == "s9"
    assert stored["NHS CHESHIRE ICB PHB"].purpose is Purpose.BUDGET_PAYMENT
    assert all(e.import_id == result.import_id and e.recorded_by == "Carer Ann"
               for e in stored.values())  # fmt: skip


def test_suggestions_can_be_left_out(session: PlanSession) -> None:
    imports = Imports(session)
    result = imports.confirm(imports.preview(MAY, "may.csv", today=TODAY),
                             accept_suggestions=False)  # fmt: skip
    ledger = Ledger(session)
    assert {ledger.entry(i).purpose for i in result.entry_ids} == {Purpose.UNASSIGNED}


def test_the_mapping_is_remembered_per_account(session: PlanSession) -> None:
    ledger = Ledger(session)
    card = ledger.add_account(Account("Prepaid card", opening_date=OPENING), today=TODAY)
    main = account_id(session)
    # a headerless file with the amount in the second column: only columns can read it
    odd = b"Payment;-12.50;05/05/2026\r\nRefund;3.00;06/05/2026\r\n"
    columns = parse_columns("description=1,amount=2,date=3", date_format="%d/%m/%Y")
    imports = Imports(session)
    first = imports.preview(odd, "odd.csv", account_id=main, mapping=columns, today=TODAY)
    assert first.settings == "chosen" and first.new == 2
    imports.confirm(first)
    later = odd.replace(b"05/05/2026", b"07/05/2026").replace(b"06/05/2026", b"08/05/2026")
    again = imports.preview(later, "odd2.csv", account_id=main, today=TODAY)
    assert again.settings == "remembered" and again.new == 2 and again.problems == ()
    # the card has nothing remembered: the same file is read by detection, and cannot be
    with pytest.raises(StatementRefused):
        imports.preview(later, "odd2.csv", account_id=card.id, today=TODAY)


def test_a_remembered_bank_that_no_longer_fits_falls_back_to_detection(
    session: PlanSession,
) -> None:
    lloyds = Path(__file__).parents[1] / "interchange/bank/fixtures/lloyds.csv"
    imports = Imports(session)
    # Lloyds is remembered for the account; then a file in another bank's layout comes
    data = lloyds.read_bytes().replace(b"/2024", b"/2026").replace(b"/01/", b"/05/")
    imports.confirm(imports.preview(data, "l.csv", bank="lloyds", today=TODAY))
    with session.reading() as conn:
        remembered = conn.exec_driver_sql("SELECT bank, mapping FROM bank_mapping").one()
    assert tuple(remembered) == ("lloyds", "null")
    preview = imports.preview(MAY, "may.csv", today=TODAY)
    assert preview.settings == "detected" and preview.new == 4
    assert "could not be read the way this account's last statement was" in preview.notices[0]


def test_undo_removes_the_import_as_a_whole(session: PlanSession) -> None:
    heard: list[Changes] = []
    session.subscribe(heard.append)
    first = _import(session, MAY)
    assert heard[-1].kinds >= {Change.IMPORTS, Change.LEDGER}
    second = _import(session, MAY_JUNE)
    imports = Imports(session)
    assert imports.undo_check(second.import_id or 0).losses == ()
    done = imports.undo(second.import_id or 0)
    assert done.removed == 2
    assert heard[-1].touches(Change.IMPORTS) and heard[-1].touches(Change.LEDGER)
    assert len(entries(session)) == 4
    listed = {info.id: info for info in imports.imports()}
    assert listed[second.import_id or 0].undone is not None
    assert listed[first.import_id or 0].undone is None
    with pytest.raises(StatementImportError, match="was undone on"):
        imports.undo(second.import_id or 0)
    with pytest.raises(StatementImportError, match="no import 99"):
        imports.undo(99)
    assert any("Undid the import of statement.csv" in h.what for h in session.history())
    # the statement can be imported again after its import was undone
    assert _import(session, MAY_JUNE).imported == 2


def test_undo_says_what_would_be_lost_and_goes_ahead_only_when_told(
    session: PlanSession, tmp_path: Path
) -> None:
    result = _import(session, MAY)
    ledger = Ledger(session)
    ids = list(result.entry_ids)
    ledger.mark_reconciled([ids[0]])
    changed = ledger.entry(ids[1])
    ledger.change(dataclasses.replace(changed, payee="Chester Cars"), today=TODAY)
    receipt = b"\x89PNG\r\n\x1a\n" + b"receipt" + bytes(64)
    kept = ledger.attach(ids[2], "coffee.png", receipt)
    shared = ledger.record(Entry(date(2026, 5, 9), Money(-100), payee="Typed"), today=TODAY)
    ledger.link(shared.id or 0, kept.id)  # also kept with an entry typed by hand
    only = ledger.attach(ids[3], "payslip.png", receipt + b"2")
    imports = Imports(session)
    check = imports.undo_check(result.import_id or 0)
    assert (check.state.reconciled, check.state.changed, check.state.with_documents) == (1, 1, 2)
    with pytest.raises(StatementImportError) as refused:
        imports.undo(result.import_id or 0)
    text = refused.value.message
    assert "1 of its entries are reconciled" in text and "1 of its entries were changed" in text
    assert len(entries(session)) == 5
    assert imports.undo(result.import_id or 0, force=True).removed == 4
    assert [e[2] for e in entries(session)] == ["Typed"]
    # the document another entry still uses is kept; the one only the import used is gone
    assert [d.id for d in ledger.documents(shared.id or 0)] == [kept.id]
    with pytest.raises(Exception, match="not in the file"):
        ledger.document_bytes(only.id)


def test_an_edited_imported_entry_is_still_a_duplicate(session: PlanSession) -> None:
    result = _import(session, MAY)
    ledger = Ledger(session)
    taxi = ledger.entry(result.entry_ids[1])
    ledger.change(dataclasses.replace(taxi, payee="Chester Cars", description="To hydro"),
                  today=TODAY)  # fmt: skip
    assert _import(session, MAY).imported == 0


def test_undo_names_a_later_import_that_relied_on_it(session: PlanSession) -> None:
    first = _import(session, MAY)
    second = _import(session, MAY_JUNE)  # its two May rows were skipped as already there
    check = Imports(session).undo_check(first.import_id or 0)
    assert [(info.id, count) for info, count in check.later] == [(second.import_id, 2)]
    assert "skipped 2 rows" in check.losses[0]
    with pytest.raises(StatementImportError):
        Imports(session).undo(first.import_id or 0)


def test_the_balance_checks_name_a_gap(session: PlanSession) -> None:
    # the file's own balances do not add up between 3 and 9 May: a row is missing from it
    gap = statement(
        ("01/05/2026", "A", "-10.00", "990.00"),
        ("03/05/2026", "B", "-10.00", "980.00"),
        ("09/05/2026", "C", "-10.00", "950.00"),
    )
    preview = Imports(session).preview(gap, "gap.csv", today=TODAY)
    assert preview.statement_check is not None and not preview.statement_check.ok
    assert preview.statement_check.mismatch is not None
    assert "between 3 and 9 May 2026" in preview.statement_check.mismatch.message()
    assert preview.balance_check is not None and not preview.balance_check.ok
    result = Imports(session).confirm(preview)
    assert result.balance_check is not None and not result.balance_check.ok


def test_several_accounts_need_one_to_be_chosen(session: PlanSession) -> None:
    Ledger(session).add_account(Account("Card", opening_date=OPENING), today=TODAY)
    with pytest.raises(StatementImportError, match="Choose the account"):
        Imports(session).preview(MAY, "may.csv", today=TODAY)
    preview = Imports(session).preview(MAY, "may.csv", account_id=account_id(session, 1),
                                       today=TODAY)  # fmt: skip
    assert preview.account.name == "Card"


def test_the_record_of_an_import(session: PlanSession) -> None:
    result = _import(session, MAY, name="may-2026.csv")
    info = Imports(session).imports()[0]
    assert (info.file_name, info.bank, info.imported, info.duplicates) == (
        "may-2026.csv", "santander", 4, 0,
    )  # fmt: skip
    assert (info.first, info.last) == (date(2026, 5, 1), date(2026, 5, 4))
    assert info.imported_by == "Carer Ann" and info.account_name == "Direct payment account"
    assert len(info.file_sha256) == 64
    assert result.import_id == info.id
    with session.reading() as conn:
        stored = conn.exec_driver_sql("SELECT mapping FROM import_batch").scalar_one()
    assert json.loads(stored)["dates"] == ["2026-05-01", "2026-05-04"]


@pytest.mark.slow
def test_100000_rows_are_previewed_and_imported_without_a_hang(session: PlanSession) -> None:
    rows = [HEADER_LINE]
    for i in range(100_000):
        rows.append(f"{1 + i % 28:02d}/05/2026,Payment {i},-{1 + i % 500}.{i % 100:02d}\r\n")
    data = "".join(rows).encode()
    imports = Imports(session)
    preview = imports.preview(data, "big.csv", today=TODAY)
    assert preview.new == 100_000 and preview.problems == ()
    assert imports.confirm(preview).imported == 100_000
    assert imports.confirm(imports.preview(data, "big.csv", today=TODAY)).imported == 0


HEADER_LINE = "Date,Description,Amount\r\n"


def test_every_bank_s_fixture_imports_once(session: PlanSession) -> None:
    """Each bank's own fixture file (tests/interchange/bank/fixtures) into an account of its
    own: every row stored, with the bank's balances agreeing where the file has them, then
    nothing added by importing it again."""
    fixtures = sorted((Path(__file__).parents[1] / "interchange/bank/fixtures").iterdir())
    ledger, imports = Ledger(session), Imports(session)
    for path in fixtures:
        account = ledger.add_account(Account(path.name, opening_date=date(2020, 1, 1)),
                                     today=TODAY)  # fmt: skip
        data = path.read_bytes()
        # the headerless file needs its columns said; the account remembers them
        columns = parse_columns("date=1,description=2,amount=3,balance=4")
        mapping = columns if path.name == "generic_noheader.csv" else None
        preview = imports.preview(data, path.name, account_id=account.id, mapping=mapping,
                                  today=TODAY)  # fmt: skip
        assert preview.problems == () and preview.left_out == 0, path.name
        assert preview.new == len(preview.statement.rows) > 0, path.name
        if preview.statement_check is not None:
            assert preview.statement_check.ok, path.name
        result = imports.confirm(preview)
        assert result.imported == preview.new, path.name
        again = imports.confirm(imports.preview(data, path.name, account_id=account.id,
                                                today=TODAY))  # fmt: skip
        assert (again.import_id, again.duplicates) == (None, preview.new), path.name
