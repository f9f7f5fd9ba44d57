"""Queries over the spending records that page and aggregate in SQL.

Six years of records are ~60,000 entries: nothing here builds them all as Python objects. A view
asks for the ids that match a filter in the order it sorts by (:func:`matching_ids`), then for the
rows of the page it shows (:func:`page_rows`), each with the account's running balance after it.
The running balance is the account's opening balance plus every entry up to it in (date, id)
order — the same whatever the view is sorted or filtered by — worked out from per-month totals
(:func:`month_totals`, kept by the caller) and a window over the page's months only.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection

from ..domain.evidence import ANY_DOCUMENT, NEEDS, SpendingKind

#: The columns a view may sort by, and the SQL that orders them (ties by date, then id).
SORTS = {
    "date": "e.date",
    "payee": "e.payee COLLATE NOCASE",
    "description": "e.description COLLATE NOCASE",
    "line": "e.line_description COLLATE NOCASE",
    "in": "CASE WHEN e.amount_pence > 0 THEN e.amount_pence ELSE 0 END",
    "out": "CASE WHEN e.amount_pence < 0 THEN -e.amount_pence ELSE 0 END",
    "balance": "e.date",
    "receipt": "e.attachment_count > 0",
    "reconciled": "e.reconciled",
}

NEEDS_RECEIPT = "e.amount_pence < 0 AND e.purpose <> 'bank_charge'"
#: The evidence rule of each plan line that needs more than any document (``domain.evidence``).
EvidenceRules = Mapping[str, SpendingKind]


def _unmet_sql(rules: EvidenceRules | None) -> tuple[str, dict[str, Any]]:
    """SQL for "a document is attached, but a stricter rule of its line is not met" (``0``
    when no line has a stricter rule), and its parameters."""
    groups: dict[SpendingKind, list[str]] = {}
    for line_id, kind in sorted((rules or {}).items()):
        if NEEDS[kind] != (ANY_DOCUMENT,):
            groups.setdefault(kind, []).append(line_id)
    lacking: list[str] = []
    params: dict[str, Any] = {}
    for kind, line_ids in sorted(groups.items()):
        names = [f"ev_{kind.value}_{i}" for i in range(len(line_ids))]
        params.update(zip(names, line_ids, strict=True))
        listed = ", ".join(f":{name}" for name in names)
        on_line = (
            f"(e.line_ref IN ({listed}) OR EXISTS (SELECT 1 FROM entry_split es "
            f"WHERE es.entry_id = e.id AND es.line_ref IN ({listed})))"
        )
        unmet = " OR ".join(
            "NOT EXISTS (SELECT 1 FROM entry_attachment ea JOIN attachment at "
            "ON at.id = ea.attachment_id WHERE ea.entry_id = e.id AND at.kind IN "
            f"({', '.join(repr(k.value) for k in sorted(requirement))}))"
            for requirement in NEEDS[kind]
        )
        lacking.append(f"({on_line} AND ({unmet}))")
    if not lacking:
        return "0", params
    return f"(e.attachment_count > 0 AND ({' OR '.join(lacking)}))", params


def missing_evidence_sql(rules: EvidenceRules | None = None) -> tuple[str, dict[str, Any]]:
    """The SQL condition on ``ledger_entry e`` for "this payment still lacks its evidence", and
    its parameters — the rule of ``domain.evidence``: nothing attached at all, or, for a line
    (or a split part's line) with a stricter rule, a requirement no attached document meets.

    Needs no schema change: the partial index ``ix_entry_no_receipt`` still finds the payments
    with nothing attached; the stricter rules are looked at only for payments with documents.
    """
    unmet, params = _unmet_sql(rules)
    return f"({NEEDS_RECEIPT} AND (e.attachment_count = 0 OR {unmet}))", params


@dataclass(frozen=True, slots=True)
class EntryFilter:
    """Which entries a view shows. Every field narrows; the defaults show everything."""

    account_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    #: only entries paying for one of these plan lines (split parts included)
    line_ids: tuple[str, ...] | None = None
    #: only entries of these purposes (``domain.ledger.Purpose`` values)
    purposes: tuple[str, ...] | None = None
    payee: str = ""
    text: str = ""
    #: only payments still lacking their evidence (a receipt, invoice, payslip, timesheet…:
    #: ``domain.evidence``; the rules of the plan's lines are given by the caller)
    no_receipt: bool = False
    not_reconciled: bool = False
    import_id: int | None = None


@dataclass(frozen=True, slots=True)
class PageRow:
    """One row as a table shows it (the entry's own fields, plus what is worked out)."""

    id: int
    account_id: int
    date: str
    amount_pence: int
    payee: str
    description: str
    reference: str
    purpose: str
    line_ref: str | None
    line_description: str
    reconciled: bool
    attachment_count: int
    bank_balance_pence: int | None
    import_id: int | None
    balance_pence: int  # the account's running balance after this entry
    split_parts: int  # how many plan lines a split entry pays for (0: not split)
    #: what evidence it still needs, in words ("a payslip and a timesheet"); empty when it has
    #: all it needs or needs none (filled in by ``services.ledger_view``)
    evidence_needed: str = ""


def fetch_all(conn: Connection, sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
    """Every row of a query as plain tuples, fetched by the driver in one go (a tenth of the
    time of iterating SQLAlchemy rows, which matters for 60,000 of them)."""
    driver: Any = conn.connection.driver_connection
    return list(driver.execute(sql, params).fetchall())


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def where_clause(
    filter_: EntryFilter, evidence: EvidenceRules | None = None
) -> tuple[str, dict[str, Any]]:
    """The SQL condition on ``ledger_entry e`` for ``filter_``, and its parameters
    (``evidence``: the plan lines' evidence rules, for ``no_receipt``)."""
    parts: list[str] = []
    params: dict[str, Any] = {}
    if filter_.account_id is not None:
        parts.append("e.account_id = :account")
        params["account"] = filter_.account_id
    if filter_.date_from is not None:
        parts.append("e.date >= :date_from")
        params["date_from"] = filter_.date_from.isoformat()
    if filter_.date_to is not None:
        parts.append("e.date <= :date_to")
        params["date_to"] = filter_.date_to.isoformat()
    if filter_.line_ids is not None:
        names = [f"line{i}" for i in range(len(filter_.line_ids))]
        params.update(zip(names, filter_.line_ids, strict=True))
        listed = ", ".join(f":{name}" for name in names) or "NULL"
        parts.append(
            f"(e.line_ref IN ({listed}) OR e.id IN "
            f"(SELECT entry_id FROM entry_split WHERE line_ref IN ({listed})))"
        )
    if filter_.purposes is not None:
        names = [f"purpose{i}" for i in range(len(filter_.purposes))]
        params.update(zip(names, filter_.purposes, strict=True))
        parts.append(f"e.purpose IN ({', '.join(f':{n}' for n in names) or 'NULL'})")
    if filter_.payee.strip():
        parts.append("e.payee LIKE :payee ESCAPE '\\'")
        params["payee"] = _like(filter_.payee.strip())
    if filter_.text.strip():
        parts.append(
            "(e.payee LIKE :text ESCAPE '\\' OR e.description LIKE :text ESCAPE '\\' "
            "OR e.reference LIKE :text ESCAPE '\\' OR e.notes LIKE :text ESCAPE '\\' "
            "OR e.line_description LIKE :text ESCAPE '\\')"
        )
        params["text"] = _like(filter_.text.strip())
    if filter_.no_receipt:
        condition, extra = missing_evidence_sql(evidence)
        parts.append(condition)
        params.update(extra)
    if filter_.not_reconciled:
        parts.append("e.reconciled = 0")
    if filter_.import_id is not None:
        parts.append("e.import_id = :import_id")
        params["import_id"] = filter_.import_id
    return (" AND ".join(parts) or "1"), params


def matching_ids(
    conn: Connection,
    filter_: EntryFilter,
    sort: str = "date",
    descending: bool = False,
    evidence: EvidenceRules | None = None,
) -> list[int]:
    """The ids of the entries ``filter_`` shows, in the order of the column ``sort``."""
    if sort not in SORTS:
        raise ValueError(f"cannot sort by {sort!r}")
    way = "DESC" if descending else "ASC"
    where, params = where_clause(filter_, evidence)
    sql = (
        f"SELECT e.id FROM ledger_entry e WHERE {where} "
        f"ORDER BY {SORTS[sort]} {way}, e.date {way}, e.id {way}"
    )
    return [row[0] for row in fetch_all(conn, sql, params)]


def matching(
    conn: Connection,
    filter_: EntryFilter,
    sort: str = "date",
    descending: bool = False,
    evidence: EvidenceRules | None = None,
) -> tuple[list[int], tuple[int, int, int]]:
    """:func:`matching_ids` and :func:`totals` in one pass over the entries."""
    if sort not in SORTS:
        raise ValueError(f"cannot sort by {sort!r}")
    way = "DESC" if descending else "ASC"
    where, params = where_clause(filter_, evidence)
    found = fetch_all(
        conn,
        f"SELECT e.id, e.amount_pence FROM ledger_entry e WHERE {where} "
        f"ORDER BY {SORTS[sort]} {way}, e.date {way}, e.id {way}",
        params,
    )
    money_in = sum(amount for _id, amount in found if amount > 0)
    money_out = sum(amount for _id, amount in found if amount < 0)
    return [row[0] for row in found], (money_in, money_out, len(found))


def totals(
    conn: Connection, filter_: EntryFilter, evidence: EvidenceRules | None = None
) -> tuple[int, int, int]:
    """``(money in, money out, count)`` in pence of the entries ``filter_`` shows (out ≤ 0)."""
    where, params = where_clause(filter_, evidence)
    row = conn.exec_driver_sql(
        "SELECT coalesce(sum(CASE WHEN e.amount_pence > 0 THEN e.amount_pence END), 0), "
        "coalesce(sum(CASE WHEN e.amount_pence < 0 THEN e.amount_pence END), 0), count(*) "
        f"FROM ledger_entry e WHERE {where}",
        params,
    ).one()
    return int(row[0]), int(row[1]), int(row[2])


# -- running balances -------------------------------------------------------------------------
def month_totals(conn: Connection) -> dict[tuple[int, str], int]:
    """Each account's total of entries per month ``(account_id, "YYYY-MM") → pence``."""
    rows = conn.exec_driver_sql(
        "SELECT account_id, substr(date, 1, 7), sum(amount_pence) FROM ledger_entry "
        "GROUP BY account_id, substr(date, 1, 7)"
    )
    return {(row[0], row[1]): int(row[2]) for row in rows}


def _next_month(month: str) -> str:
    year, number = int(month[:4]), int(month[5:7])
    return f"{year + number // 12:04d}-{number % 12 + 1:02d}"


def page_rows(
    conn: Connection,
    ids: Sequence[int],
    *,
    openings: dict[int, int],
    months: dict[tuple[int, str], int],
) -> list[PageRow]:
    """The rows with these ids, in this order, each with its running balance.

    ``openings`` is each account's opening balance, ``months`` :func:`month_totals`.
    """
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = {
        row.id: row
        for row in conn.exec_driver_sql(
            "SELECT e.*, (SELECT count(*) FROM entry_split s WHERE s.entry_id = e.id) AS parts "
            f"FROM ledger_entry e WHERE e.id IN ({marks})",
            tuple(ids),
        )
    }
    wanted: dict[tuple[int, str], set[int]] = {}
    for row in rows.values():
        wanted.setdefault((row.account_id, row.date[:7]), set()).add(row.id)
    balances: dict[int, int] = {}
    for (account_id, month), _members in wanted.items():
        before = openings.get(account_id, 0) + sum(
            total for (acc, m), total in months.items() if acc == account_id and m < month
        )
        for entry_id, within in conn.exec_driver_sql(
            "SELECT id, sum(amount_pence) OVER (ORDER BY date, id) FROM ledger_entry "
            "WHERE account_id = ? AND date >= ? AND date < ?",
            (account_id, f"{month}-01", f"{_next_month(month)}-01"),
        ):
            balances[entry_id] = before + int(within)
    result = []
    for entry_id in ids:
        if entry_id not in rows:
            continue
        row = rows[entry_id]
        result.append(
            PageRow(
                row.id,
                row.account_id,
                row.date,
                row.amount_pence,
                row.payee,
                row.description,
                row.reference,
                row.purpose,
                row.line_ref,
                row.line_description,
                bool(row.reconciled),
                row.attachment_count,
                row.bank_balance_pence,
                row.import_id,
                balances.get(row.id, 0),
                int(row.parts),
            )
        )
    return result


def balance_rows(conn: Connection, account_id: int) -> Iterator[tuple[date, int, int, int | None]]:
    """``(date, id, pence, bank balance)`` of one account in (date, id) order, for the balance
    check (``domain.balance.check_balances``)."""
    for row in fetch_all(
        conn,
        "SELECT date, id, amount_pence, bank_balance_pence FROM ledger_entry "
        "WHERE account_id = ? ORDER BY date, id",
        (account_id,),
    ):
        yield date.fromisoformat(row[0]), row[1], row[2], row[3]


@dataclass(frozen=True, slots=True)
class FirstMismatch:
    """The first row where an account's running balance differs from the bank's."""

    since: date | None  # the last row before it where they agreed
    entry_date: date
    entry_id: int
    bank_pence: int
    records_pence: int


def first_mismatch(conn: Connection, account_id: int, opening_pence: int) -> FirstMismatch | None:
    """The balance check in SQL: the running balance over the covering index, compared where
    the bank's own balance is known; None when every such row agrees."""
    rows = fetch_all(
        conn,
        "WITH run AS (SELECT id, date, bank_balance_pence AS bank, "
        "? + sum(amount_pence) OVER (ORDER BY date, id) AS ours "
        "FROM ledger_entry WHERE account_id = ?), "
        "bad AS (SELECT * FROM run WHERE bank IS NOT NULL AND bank <> ours "
        "ORDER BY date, id LIMIT 1) "
        "SELECT bad.date, bad.id, bad.bank, bad.ours, "
        "(SELECT max(run.date) FROM run WHERE run.bank IS NOT NULL AND run.bank = run.ours "
        "AND (run.date, run.id) < (bad.date, bad.id)) FROM bad",
        (opening_pence, account_id),
    )
    if not rows:
        return None
    day, entry_id, bank, ours, since = rows[0]
    return FirstMismatch(
        date.fromisoformat(since) if since else None, date.fromisoformat(day), entry_id, bank, ours
    )


# -- aggregates for the status --------------------------------------------------------------------
def balance_on(conn: Connection, as_of: date) -> int:
    """Every account's opening balance plus its entries dated up to ``as_of``."""
    value = conn.exec_driver_sql(
        "SELECT (SELECT coalesce(sum(opening_balance_pence), 0) FROM account) + "
        "(SELECT coalesce(sum(amount_pence), 0) FROM ledger_entry WHERE date <= ?)",
        (as_of.isoformat(),),
    ).scalar_one()
    return int(value)


def spending_rows(
    conn: Connection, start: date, as_of: date
) -> list[tuple[str, str | None, str, int]]:
    """``(purpose, plan line or None, "YYYY-MM", pence)`` of the entries dated from ``start`` to
    ``as_of`` — split entries by their parts (``domain.planned.SpendRow``)."""
    params = (start.isoformat(), as_of.isoformat())
    whole = conn.exec_driver_sql(
        "SELECT purpose, line_ref, substr(date, 1, 7), sum(amount_pence) FROM ledger_entry "
        "WHERE date BETWEEN ? AND ? AND NOT (purpose = 'plan_line' AND line_ref IS NULL) "
        "GROUP BY 1, 2, 3",
        params,
    ).all()
    parts = conn.exec_driver_sql(
        "SELECT 'plan_line', line_ref, substr(date, 1, 7), sum(amount_pence) FROM entry_split "
        "WHERE date BETWEEN ? AND ? GROUP BY 2, 3",
        params,
    ).all()
    return [(row[0], row[1], row[2], int(row[3])) for row in (*whole, *parts)]


def budget_payments(conn: Connection, start: date, as_of: date) -> list[tuple[date, int]]:
    """``(date, pence)`` of each budget payment received from ``start`` to ``as_of``."""
    rows = conn.exec_driver_sql(
        "SELECT date, amount_pence FROM ledger_entry WHERE purpose = 'budget_payment' "
        "AND date BETWEEN ? AND ? ORDER BY date, id",
        (start.isoformat(), as_of.isoformat()),
    )
    return [(date.fromisoformat(row[0]), int(row[1])) for row in rows]


def receipts_missing(
    conn: Connection, before: date, evidence: EvidenceRules | None = None
) -> tuple[int, date | None]:
    """How many payments dated before ``before`` still lack their evidence (``evidence``: the
    plan lines' rules; without them, any document will do), and the oldest date."""
    unmet, params = _unmet_sql(evidence)
    # Two parts: the payments with nothing attached (the partial index), and the few with
    # documents (found from the links, not by reading every entry).
    rows = fetch_all(
        conn,
        "SELECT count(*), min(date) FROM ("
        "SELECT e.date AS date FROM ledger_entry e WHERE e.attachment_count = 0 "
        f"AND {NEEDS_RECEIPT} AND e.date < :before "
        "UNION ALL "
        "SELECT e.date FROM ledger_entry e WHERE e.id IN (SELECT entry_id FROM entry_attachment) "
        f"AND {NEEDS_RECEIPT} AND e.date < :before AND {unmet})",
        {"before": before.isoformat(), **params},
    )
    count, oldest = rows[0]
    return int(count), (date.fromisoformat(oldest) if oldest else None)


def evidence_facts(
    conn: Connection, entry_ids: Sequence[int]
) -> dict[int, tuple[tuple[str, ...], frozenset[str]]]:
    """For each of ``entry_ids``: the plan lines of its split parts (empty when not split) and
    the kinds of the documents attached to it."""
    found: dict[int, tuple[list[str], set[str]]] = {i: ([], set()) for i in entry_ids}
    for batch in chunked(entry_ids):
        marks = ",".join("?" * len(batch))
        for entry_id, line_ref in fetch_all(
            conn,
            f"SELECT entry_id, line_ref FROM entry_split WHERE entry_id IN ({marks}) "
            "ORDER BY entry_id, position",
            tuple(batch),
        ):
            found[entry_id][0].append(line_ref)
        for entry_id, kind in fetch_all(
            conn,
            "SELECT ea.entry_id, at.kind FROM entry_attachment ea JOIN attachment at "
            f"ON at.id = ea.attachment_id WHERE ea.entry_id IN ({marks})",
            tuple(batch),
        ):
            found[entry_id][1].add(kind)
    return {key: (tuple(lines), frozenset(kinds)) for key, (lines, kinds) in found.items()}


def line_descriptions(conn: Connection, not_in: set[str]) -> dict[str, str]:
    """The description kept with the newest entry for each plan line it names that is not in
    ``not_in`` (the lines of the current plan) — lines since removed from the plan."""
    refs = {
        row[0]
        for row in fetch_all(
            conn,
            "SELECT DISTINCT line_ref FROM ledger_entry WHERE line_ref IS NOT NULL "
            "UNION SELECT DISTINCT line_ref FROM entry_split",
        )
    }
    found: dict[str, str] = {}
    for ref in sorted(refs - not_in):
        row = fetch_all(
            conn,
            "SELECT line_description FROM (SELECT line_description, date, id FROM ledger_entry "
            "WHERE line_ref = ? UNION ALL SELECT line_description, date, entry_id FROM entry_split "
            "WHERE line_ref = ?) ORDER BY date DESC, id DESC LIMIT 1",
            (ref, ref),
        )
        found[ref] = row[0][0] if row else ""
    return found


# -- typing help ------------------------------------------------------------------------------
def payees(conn: Connection, limit: int = 2000) -> list[str]:
    """Payees used before, most used first (for completion while typing)."""
    rows = conn.exec_driver_sql(
        "SELECT payee FROM ledger_entry WHERE payee <> '' GROUP BY payee "
        "ORDER BY count(*) DESC, max(date) DESC LIMIT ?",
        (limit,),
    )
    return [row[0] for row in rows]


def last_line_for(conn: Connection, payee: str) -> tuple[str, str | None] | None:
    """What the payee's last entry was for: ``(purpose, plan line or None)``."""
    row = conn.exec_driver_sql(
        "SELECT purpose, line_ref FROM ledger_entry WHERE payee = ? "
        "AND NOT (purpose = 'plan_line' AND line_ref IS NULL) ORDER BY date DESC, id DESC LIMIT 1",
        (payee,),
    ).first()
    return None if row is None else (row[0], row[1])


def entries_exist(conn: Connection) -> bool:
    """Whether there is any entry at all."""
    return conn.exec_driver_sql("SELECT 1 FROM ledger_entry LIMIT 1").first() is not None


def chunked(values: Iterable[int], size: int = 500) -> Iterator[list[int]]:
    """``values`` in lists of at most ``size`` (SQLite limits the number of parameters)."""
    batch: list[int] = []
    for value in values:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


# -- every entry, for a CSV export ------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ExportRow:
    """One entry as the CSV export writes it (splits and document names added by the caller)."""

    id: int
    date: str
    account: str
    payee: str
    description: str
    amount_pence: int
    purpose: str
    line_ref: str | None
    line_description: str
    method: str
    reference: str
    reconciled: bool
    bank_balance_pence: int | None
    balance_pence: int  # the account's running balance after it
    import_id: int | None
    recorded_by: str
    notes: str


def export_rows(conn: Connection) -> list[ExportRow]:
    """Every entry of every account in (date, id) order, with its account's running balance."""
    rows = fetch_all(
        conn,
        "SELECT e.id, e.date, a.name, e.payee, e.description, e.amount_pence, e.purpose, "
        "e.line_ref, e.line_description, e.method, e.reference, e.reconciled, "
        "e.bank_balance_pence, a.opening_balance_pence + sum(e.amount_pence) OVER "
        "(PARTITION BY e.account_id ORDER BY e.date, e.id), e.import_id, e.recorded_by, e.notes "
        "FROM ledger_entry e JOIN account a ON a.id = e.account_id ORDER BY e.date, e.id",
    )
    return [
        ExportRow(
            row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9],
            row[10], bool(row[11]), row[12], row[13], row[14], row[15], row[16],
        )
        for row in rows
    ]  # fmt: skip


def split_parts(conn: Connection) -> dict[int, list[tuple[str, str, int]]]:
    """Every split entry's parts ``(line, description, pence)``, by entry id, in order."""
    found: dict[int, list[tuple[str, str, int]]] = {}
    for entry_id, line, description, pence in fetch_all(
        conn,
        "SELECT entry_id, line_ref, line_description, amount_pence FROM entry_split "
        "ORDER BY entry_id, position",
    ):
        found.setdefault(entry_id, []).append((line, description, pence))
    return found


def document_names(conn: Connection) -> dict[int, list[str]]:
    """The names of the documents kept with each entry that has any, by entry id."""
    found: dict[int, list[str]] = {}
    for entry_id, name in fetch_all(
        conn,
        "SELECT l.entry_id, a.filename FROM entry_attachment l "
        "JOIN attachment a ON a.id = l.attachment_id ORDER BY l.entry_id, a.id",
    ):
        found.setdefault(entry_id, []).append(name)
    return found
