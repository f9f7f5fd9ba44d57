"""Schema versions of the plan file and the ordered steps that upgrade an older file.

The schema version is ``PRAGMA user_version``; ``PRAGMA application_id`` marks the file as a PHB
Planner plan. To change the schema (see docs/storage.md):

1. change ``models.py``;
2. add a function to :data:`UPGRADES` that turns a file of the previous version into the new
   one, with its DDL written out in full (never generated from the models, which move on);
3. raise :data:`SCHEMA_VERSION`, and add a fixture file for the new version under
   ``tests/storage/fixtures/`` (``tests/storage/make_fixtures.py``).

Each step runs inside the same transaction as the version bump, after a backup of the file.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable

from sqlalchemy import Connection

from .models import Base
from .records import TRIGGERS  # also registers the records' tables

#: "PHBP" — lets us tell our encrypted files from other SQLCipher databases.
APPLICATION_ID = 0x50484250
#: The schema this program writes.
SCHEMA_VERSION = 5


def _v1_to_v2(conn: Connection) -> None:
    """Version 2 adds the spending records: ledger entries and their attachments."""
    for statement in (
        """CREATE TABLE ledger_entry (
            id INTEGER NOT NULL,
            date VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,
            payee TEXT NOT NULL,
            description TEXT NOT NULL,
            amount_pence INTEGER NOT NULL,
            line_id VARCHAR,
            method VARCHAR NOT NULL,
            reference TEXT NOT NULL,
            recorded_by TEXT NOT NULL,
            reconciled BOOLEAN NOT NULL,
            created VARCHAR NOT NULL,
            PRIMARY KEY (id))""",
        "CREATE INDEX ix_ledger_entry_date ON ledger_entry (date)",
        "CREATE INDEX ix_ledger_line ON ledger_entry (line_id)",
        """CREATE TABLE attachment (
            id INTEGER NOT NULL,
            entry_id INTEGER NOT NULL,
            filename TEXT NOT NULL,
            mime VARCHAR NOT NULL,
            size INTEGER NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (id),
            FOREIGN KEY(entry_id) REFERENCES ledger_entry (id) ON DELETE CASCADE)""",
        "CREATE INDEX ix_attachment_entry ON attachment (entry_id)",
    ):
        conn.exec_driver_sql(statement)


#: Version 3's new tables, written out in full as version 3 made them.
_V3_TABLES = (
    """CREATE TABLE commit_log (
        seq INTEGER NOT NULL,
        id VARCHAR NOT NULL,
        PRIMARY KEY (seq))""",
    """CREATE TABLE account (
        id INTEGER NOT NULL,
        name TEXT NOT NULL,
        kind VARCHAR NOT NULL,
        opening_balance_pence INTEGER NOT NULL,
        opening_date VARCHAR NOT NULL,
        position INTEGER NOT NULL,
        closed BOOLEAN NOT NULL,
        created VARCHAR NOT NULL,
        PRIMARY KEY (id),
        CONSTRAINT ck_account_kind
            CHECK (kind IN ('bank_account', 'prepaid_card', 'third_party_statement')),
        CONSTRAINT ck_account_date
            CHECK (opening_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'))""",
    """CREATE TABLE import_batch (
        id INTEGER NOT NULL,
        account_id INTEGER NOT NULL,
        file_name TEXT NOT NULL,
        file_sha256 VARCHAR NOT NULL,
        bank VARCHAR NOT NULL,
        mapping TEXT NOT NULL,
        imported_at VARCHAR NOT NULL,
        imported_by TEXT NOT NULL,
        rows_total INTEGER NOT NULL,
        imported INTEGER NOT NULL,
        duplicates INTEGER NOT NULL,
        problems TEXT NOT NULL,
        undone VARCHAR,
        PRIMARY KEY (id),
        CONSTRAINT ck_counts CHECK (imported >= 0 AND duplicates >= 0 AND rows_total >= 0),
        FOREIGN KEY(account_id) REFERENCES account (id))""",
    """CREATE TABLE reconciliation (
        id INTEGER NOT NULL,
        account_id INTEGER NOT NULL,
        statement_date VARCHAR NOT NULL,
        closing_balance_pence INTEGER NOT NULL,
        state VARCHAR NOT NULL,
        started VARCHAR NOT NULL,
        finished VARCHAR,
        PRIMARY KEY (id),
        CONSTRAINT ck_reconciliation_date
            CHECK (statement_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        CONSTRAINT ck_reconciliation_state CHECK (state IN ('open', 'finished')),
        FOREIGN KEY(account_id) REFERENCES account (id))""",
    """CREATE TABLE ledger_entry (
        id INTEGER NOT NULL,
        account_id INTEGER NOT NULL,
        date VARCHAR NOT NULL,
        amount_pence INTEGER NOT NULL,
        purpose VARCHAR NOT NULL,
        line_ref VARCHAR,
        line_description TEXT NOT NULL,
        payee TEXT NOT NULL,
        description TEXT NOT NULL,
        method VARCHAR NOT NULL,
        reference TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        reconciled BOOLEAN NOT NULL,
        reconciliation_id INTEGER,
        bank_balance_pence INTEGER,
        import_id INTEGER,
        dup_key VARCHAR NOT NULL,
        notes TEXT NOT NULL,
        created VARCHAR NOT NULL,
        updated VARCHAR NOT NULL,
        attachment_count INTEGER DEFAULT '0' NOT NULL,
        PRIMARY KEY (id),
        CONSTRAINT ck_entry_date CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        CONSTRAINT ck_entry_amount CHECK (amount_pence <> 0),
        CONSTRAINT ck_entry_purpose CHECK (purpose IN
            ('plan_line', 'budget_payment', 'refund', 'bank_charge', 'unassigned')),
        CONSTRAINT ck_entry_line CHECK (line_ref IS NULL OR purpose = 'plan_line'),
        CONSTRAINT ck_entry_reconciled CHECK (reconciled IN (0, 1)),
        CONSTRAINT ck_entry_attachments CHECK (attachment_count >= 0),
        FOREIGN KEY(account_id) REFERENCES account (id),
        FOREIGN KEY(reconciliation_id) REFERENCES reconciliation (id) ON DELETE SET NULL,
        FOREIGN KEY(import_id) REFERENCES import_batch (id))""",
    "CREATE INDEX ix_entry_account_date "
    "ON ledger_entry (account_id, date, id, amount_pence, bank_balance_pence)",
    "CREATE INDEX ix_entry_line_date ON ledger_entry (line_ref, date, amount_pence)",
    "CREATE INDEX ix_entry_payee ON ledger_entry (payee, date)",
    "CREATE INDEX ix_entry_import ON ledger_entry (import_id)",
    "CREATE INDEX ix_entry_dup ON ledger_entry (account_id, dup_key)",
    "CREATE INDEX ix_entry_date ON ledger_entry (date, purpose, line_ref, amount_pence)",
    "CREATE INDEX ix_entry_no_receipt ON ledger_entry (date) "
    "WHERE attachment_count = 0 AND amount_pence < 0 AND purpose <> 'bank_charge'",
    """CREATE TABLE entry_split (
        id INTEGER NOT NULL,
        entry_id INTEGER NOT NULL,
        position INTEGER NOT NULL,
        line_ref VARCHAR NOT NULL,
        line_description TEXT NOT NULL,
        amount_pence INTEGER NOT NULL,
        date VARCHAR NOT NULL,
        PRIMARY KEY (id),
        UNIQUE (entry_id, position),
        CONSTRAINT ck_split_amount CHECK (amount_pence <> 0),
        CONSTRAINT ck_split_date CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        FOREIGN KEY(entry_id) REFERENCES ledger_entry (id) ON DELETE CASCADE)""",
    "CREATE INDEX ix_split_line_date ON entry_split (line_ref, date, amount_pence)",
    """CREATE TABLE bank_mapping (
        account_id INTEGER NOT NULL,
        bank VARCHAR NOT NULL,
        mapping TEXT NOT NULL,
        updated VARCHAR NOT NULL,
        PRIMARY KEY (account_id),
        FOREIGN KEY(account_id) REFERENCES account (id) ON DELETE CASCADE)""",
    """CREATE TABLE attachment (
        id INTEGER NOT NULL,
        kind VARCHAR NOT NULL,
        filename TEXT NOT NULL,
        mime VARCHAR NOT NULL,
        size INTEGER NOT NULL,
        sha256 VARCHAR NOT NULL,
        details TEXT NOT NULL,
        note TEXT NOT NULL,
        added VARCHAR NOT NULL,
        added_by TEXT NOT NULL,
        PRIMARY KEY (id),
        CONSTRAINT ck_attachment_kind CHECK (kind IN
            ('receipt', 'invoice', 'timesheet', 'payslip', 'statement', 'certificate', 'other')),
        CONSTRAINT ck_attachment_size CHECK (size >= 0))""",
    "CREATE INDEX ix_attachment_sha256 ON attachment (sha256)",
    """CREATE TABLE attachment_data (
        attachment_id INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (attachment_id),
        FOREIGN KEY(attachment_id) REFERENCES attachment (id) ON DELETE CASCADE)""",
    """CREATE TABLE entry_attachment (
        entry_id INTEGER NOT NULL,
        attachment_id INTEGER NOT NULL,
        PRIMARY KEY (entry_id, attachment_id),
        FOREIGN KEY(entry_id) REFERENCES ledger_entry (id) ON DELETE CASCADE,
        FOREIGN KEY(attachment_id) REFERENCES attachment (id) ON DELETE CASCADE)""",
    "CREATE INDEX ix_entry_attachment_attachment ON entry_attachment (attachment_id)",
    *TRIGGERS,
    """CREATE TABLE review (
        id INTEGER NOT NULL,
        review_date VARCHAR,
        state VARCHAR NOT NULL,
        plan_version INTEGER,
        participants TEXT NOT NULL,
        overall TEXT NOT NULL,
        decision VARCHAR NOT NULL,
        spending TEXT NOT NULL,
        next_review VARCHAR,
        started VARCHAR NOT NULL,
        finished VARCHAR,
        recorded_by TEXT NOT NULL,
        PRIMARY KEY (id),
        CONSTRAINT ck_review_state CHECK (state IN ('in_progress', 'finished')))""",
    """CREATE TABLE review_outcome (
        review_id INTEGER NOT NULL,
        outcome_ref VARCHAR NOT NULL,
        position INTEGER NOT NULL,
        outcome_title TEXT NOT NULL,
        rating INTEGER,
        working TEXT NOT NULL,
        not_working TEXT NOT NULL,
        evidence TEXT NOT NULL,
        new_status VARCHAR,
        PRIMARY KEY (review_id, outcome_ref),
        CONSTRAINT ck_review_rating CHECK (rating IS NULL OR rating BETWEEN 0 AND 10),
        FOREIGN KEY(review_id) REFERENCES review (id) ON DELETE CASCADE)""",
    "CREATE INDEX ix_review_outcome_ref ON review_outcome (outcome_ref)",
    """CREATE TABLE monitoring_return (
        id INTEGER NOT NULL,
        period_from VARCHAR NOT NULL,
        period_to VARCHAR NOT NULL,
        account_id INTEGER,
        produced_at VARCHAR NOT NULL,
        produced_by TEXT NOT NULL,
        totals TEXT NOT NULL,
        options TEXT NOT NULL,
        pdf_sha256 VARCHAR NOT NULL,
        PRIMARY KEY (id),
        CONSTRAINT ck_return_dates CHECK (
            period_from GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'
            AND period_to GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        CONSTRAINT ck_return_period CHECK (period_from <= period_to),
        FOREIGN KEY(account_id) REFERENCES account (id))""",
)


def _v2_to_v3(conn: Connection) -> None:
    """Version 3 lays the foundations for years of records.

    A plan id in ``meta`` (backups are kept by it, not by the file's path); ``commit_log``;
    accounts, entries with splits, the bank's balance and a stable plan-line reference;
    attachments as metadata with their bytes apart and a link table; statement imports and
    bank mappings; reconciliations; reviews; monitoring returns; and the canonical JSON of
    each agreed version. Version 2's ledger tables were never written by the program, but
    anything in them is carried over (into an account called "Spending records").
    """
    exec_ = conn.exec_driver_sql
    exec_("ALTER TABLE ledger_entry RENAME TO ledger_entry_v2")
    exec_("ALTER TABLE attachment RENAME TO attachment_v2")
    exec_("DROP INDEX ix_ledger_entry_date")
    exec_("DROP INDEX ix_ledger_line")
    exec_("DROP INDEX ix_attachment_entry")
    for statement in _V3_TABLES:
        exec_(statement)
    exec_("ALTER TABLE plan_version ADD COLUMN canonical TEXT")
    _carry_over_v2_records(conn)
    exec_("DROP TABLE attachment_v2")
    exec_("DROP TABLE ledger_entry_v2")
    exec_("INSERT OR IGNORE INTO meta (key, value) VALUES ('plan_uuid', ?)", (new_plan_uuid(),))


def _carry_over_v2_records(conn: Connection) -> None:
    exec_ = conn.exec_driver_sql
    first = exec_("SELECT min(date), count(*) FROM ledger_entry_v2").one()
    if not first[1]:
        return
    stamp = exec_("SELECT strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')").scalar_one()
    exec_(
        "INSERT INTO account (id, name, kind, opening_balance_pence, opening_date, position, "
        "closed, created) VALUES (1, 'Spending records', 'bank_account', 0, ?, 0, 0, ?)",
        (first[0], stamp),
    )
    exec_(
        "INSERT INTO ledger_entry (id, account_id, date, amount_pence, purpose, line_ref, "
        "line_description, payee, description, method, reference, recorded_by, reconciled, "
        "reconciliation_id, bank_balance_pence, import_id, dup_key, notes, created, updated) "
        "SELECT id, 1, date, CASE kind WHEN 'in' THEN abs(amount_pence) "
        "ELSE -abs(amount_pence) END, "
        "CASE WHEN line_id IS NULL THEN 'unassigned' ELSE 'plan_line' END, "
        "line_id, '', payee, description, method, reference, recorded_by, reconciled, NULL, NULL, "
        "NULL, '', '', created, created FROM ledger_entry_v2 WHERE amount_pence <> 0"
    )
    rows = exec_("SELECT id, entry_id, filename, mime, size, data FROM attachment_v2").all()
    for row in rows:
        digest = hashlib.sha256(bytes(row.data)).hexdigest()
        exec_(
            "INSERT INTO attachment (id, kind, filename, mime, size, sha256, details, note, "
            "added, added_by) VALUES (?, 'receipt', ?, ?, ?, ?, '{}', '', ?, '')",
            (row.id, row.filename, row.mime, row.size, digest, stamp),
        )
        exec_("INSERT INTO attachment_data (attachment_id, data) VALUES (?, ?)", (row.id, row.data))
        exec_(
            "INSERT OR IGNORE INTO entry_attachment (entry_id, attachment_id) "
            "SELECT id, ? FROM ledger_entry WHERE id = ?",
            (row.id, row.entry_id),
        )


def _v3_to_v4(conn: Connection) -> None:
    """Version 4 records which part of the file each change in the history touched, so the
    history can be shown part by part (and by date).

    Earlier rows are placed where their words were written by the program itself (creating
    the file, a passphrase change, versions); the rest stay unplaced (NULL).
    """
    exec_ = conn.exec_driver_sql
    exec_("ALTER TABLE history ADD COLUMN section VARCHAR")
    exec_("CREATE INDEX ix_history_section ON history (section, id)")
    exec_("CREATE INDEX ix_history_at ON history (at)")
    exec_(
        "UPDATE history SET section = 'file' "
        "WHERE what = 'Created the plan' OR what LIKE 'Changed the passphrase%'"
    )
    exec_(
        "UPDATE history SET section = 'versions' "
        "WHERE what LIKE 'Agreed version %' OR what LIKE 'Started version %'"
    )


def _v4_to_v5(conn: Connection) -> None:
    """Version 5 gives each support line a group (``support_line.line_group``): the lines the
    PA calculator made for one personal assistant share one, so they can be worked out again.
    Existing lines belong to no group."""
    conn.exec_driver_sql("ALTER TABLE support_line ADD COLUMN line_group TEXT DEFAULT '' NOT NULL")


def new_plan_uuid() -> str:
    """A new random plan id (backups are kept under it)."""
    return str(uuid.uuid4())


#: ``UPGRADES[n - 1]`` turns a file of schema version ``n`` into version ``n + 1``.
UPGRADES: list[Callable[[Connection], None]] = [_v1_to_v2, _v2_to_v3, _v3_to_v4, _v4_to_v5]

assert len(UPGRADES) == SCHEMA_VERSION - 1, "one upgrade step per schema version"


def create_schema(conn: Connection) -> None:
    """Create every table of the current schema in an empty file and stamp its version."""
    Base.metadata.create_all(conn)
    conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")


def file_versions(conn: Connection) -> tuple[int, int]:
    """``(application_id, user_version)`` of an open file."""
    app = conn.exec_driver_sql("PRAGMA application_id").scalar_one()
    version = conn.exec_driver_sql("PRAGMA user_version").scalar_one()
    return int(app), int(version)


def upgrade(conn: Connection, from_version: int) -> None:
    """Run every step from ``from_version`` up to :data:`SCHEMA_VERSION` (caller commits)."""
    for number in range(from_version, SCHEMA_VERSION):
        UPGRADES[number - 1](conn)
        conn.exec_driver_sql(f"PRAGMA user_version = {number + 1}")
