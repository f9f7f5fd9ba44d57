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

from collections.abc import Callable

from sqlalchemy import Connection

from .models import Base

#: "PHBP" — lets us tell our encrypted files from other SQLCipher databases.
APPLICATION_ID = 0x50484250
#: The schema this program writes.
SCHEMA_VERSION = 2


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


#: ``UPGRADES[n - 1]`` turns a file of schema version ``n`` into version ``n + 1``.
UPGRADES: list[Callable[[Connection], None]] = [_v1_to_v2]

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
