"""Make one real plan file per schema version in ``tests/storage/fixtures/`` (run by hand).

    .venv/bin/python -m tests.storage.make_fixtures

Each ``schema-vN.phbplan`` holds the example plan agreed as version 1 and changed in a draft
version 2, with history; ``schema-vN.json`` is that draft as interchange JSON. The passphrase is
``support.PASS``. Files for older versions are made by building the current schema and undoing
the later upgrade steps, which is exactly what those versions wrote. Keep the files once made:
when the schema changes, add the new version's file and leave the old ones alone.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from phbplanner.domain.versions import Agreement
from phbplanner.interchange.plan_json import dumps_plan
from phbplanner.services.edits import SetSection
from phbplanner.services.files import create_plan_file
from phbplanner.storage.engine import make_engine, pragma_outside_transaction
from phbplanner.storage.schema import SCHEMA_VERSION

from .support import FIXTURES, PASS, example_plan

#: How to turn a current file into each older version (newest first). Keep the fixtures made
#: by older programs: never regenerate an old version's file (``schema-v2`` was written by the
#: schema-2 program itself; no program ever wrote schema 1 — the first release wrote 2 — so its
#: file is schema 2's with the ledger tables removed).
DOWNGRADES = {
    4: [
        "ALTER TABLE support_line DROP COLUMN line_group",
        "PRAGMA user_version = 4",
    ],
    3: [
        "DROP INDEX ix_history_section",
        "DROP INDEX ix_history_at",
        "ALTER TABLE history DROP COLUMN section",
        "PRAGMA user_version = 3",
    ],
    2: [
        *(
            f"DROP TABLE {table}"
            for table in (
                "monitoring_return",
                "review_outcome",
                "review",
                "entry_attachment",
                "attachment_data",
                "attachment",
                "bank_mapping",
                "entry_split",
                "ledger_entry",
                "reconciliation",
                "import_batch",
                "account",
                "commit_log",
            )
        ),
        "ALTER TABLE plan_version DROP COLUMN canonical",
        "DELETE FROM meta WHERE key = 'plan_uuid'",
        """CREATE TABLE ledger_entry (
            id INTEGER NOT NULL, date VARCHAR NOT NULL, kind VARCHAR NOT NULL,
            payee TEXT NOT NULL, description TEXT NOT NULL, amount_pence INTEGER NOT NULL,
            line_id VARCHAR, method VARCHAR NOT NULL, reference TEXT NOT NULL,
            recorded_by TEXT NOT NULL, reconciled BOOLEAN NOT NULL, created VARCHAR NOT NULL,
            PRIMARY KEY (id))""",
        "CREATE INDEX ix_ledger_entry_date ON ledger_entry (date)",
        "CREATE INDEX ix_ledger_line ON ledger_entry (line_id)",
        """CREATE TABLE attachment (
            id INTEGER NOT NULL, entry_id INTEGER NOT NULL, filename TEXT NOT NULL,
            mime VARCHAR NOT NULL, size INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (id),
            FOREIGN KEY(entry_id) REFERENCES ledger_entry (id) ON DELETE CASCADE)""",
        "CREATE INDEX ix_attachment_entry ON attachment (entry_id)",
        "PRAGMA user_version = 2",
    ],
    1: [
        "DROP INDEX ix_attachment_entry",
        "DROP TABLE attachment",
        "DROP INDEX ix_ledger_entry_date",
        "DROP INDEX ix_ledger_line",
        "DROP TABLE ledger_entry",
        "PRAGMA user_version = 1",
    ],
}


#: A few spending records, so later upgrades are tested against real rows (schema 3 on).
SAMPLE_RECORDS: list[tuple[str, tuple[object, ...]]] = [
    (
        "INSERT INTO account VALUES (1, 'Direct payment account', 'bank_account', 125000, "
        "'2026-04-01', "
        "0, 0, '2026-04-01T09:00:00+00:00')",
        (),
    ),
    (
        "INSERT INTO ledger_entry VALUES (1, 1, '2026-04-02', 210000, 'budget_payment', NULL, "
        "'', 'NHS Example ICB', 'Budget payment April', 'bank transfer', 'ICB0426', 'Fixture', "
        "1, NULL, 335000, NULL, '2026-04-02|210000|budget payment april', '', "
        "'2026-04-02T09:00:00+00:00', '2026-04-02T09:00:00+00:00', 0)",
        (),
    ),
    (
        "INSERT INTO ledger_entry VALUES (2, 1, '2026-04-07', -45600, 'plan_line', NULL, '', "
        "'Łukasz Nowak', 'Wages and travel', 'bank transfer', 'PA-01', 'Fixture', 0, NULL, "
        "NULL, NULL, '2026-04-07|-45600|wages and travel', 'Zoë checked', "
        "'2026-04-07T09:00:00+00:00', '2026-04-07T09:00:00+00:00', 0)",
        (),
    ),
    (
        "INSERT INTO entry_split VALUES (1, 2, 0, 'l1', 'Personal assistant', -40000, "
        "'2026-04-07'), (2, 2, 1, 'l2', 'Travel', -5600, '2026-04-07')",
        (),
    ),
    (
        "INSERT INTO attachment VALUES (1, 'payslip', 'payslip-april.pdf', 'application/pdf', 9, "
        "'9b3a4c8e0f0f3f1c0c6c7f1e9b5f0b7d4e5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c', "
        "'{\"net_pay\": \"400.00\"}', '', '2026-04-07T09:00:00+00:00', 'Fixture')",
        (),
    ),
    ("INSERT INTO attachment_data VALUES (1, ?)", (b"%PDF-1.4\n",)),
    ("INSERT INTO entry_attachment VALUES (2, 1)", ()),
]


def make(version: int, folder: Path = FIXTURES) -> Path:
    """Write ``schema-v{version}.phbplan`` (and its ``.json``) into ``folder``."""
    path = folder / f"schema-v{version}.phbplan"
    path.unlink(missing_ok=True)
    plan = example_plan()
    with create_plan_file(path, PASS, plan, author="Fixture maker") as session:
        session._wait_for_backup()
        session.agree(Agreement(person_name=plan.person.name, agreed_on=date(2026, 4, 1)))
        person = dataclasses.replace(plan.person, preferred_name="Fixture v" + str(version))
        session.apply(SetSection("person", person))
        (folder / f"schema-v{version}.json").write_text(dumps_plan(session.plan), "utf-8")
    engine = make_engine(path, PASS)
    try:
        with engine.begin() as conn:
            for statement, params in SAMPLE_RECORDS:
                conn.exec_driver_sql(statement, params)
        for older in range(SCHEMA_VERSION - 1, version - 1, -1):
            with engine.begin() as conn:
                for statement in DOWNGRADES[older]:
                    conn.exec_driver_sql(statement)
        pragma_outside_transaction(engine, "VACUUM")
        pragma_outside_transaction(engine, "PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    return path


if __name__ == "__main__":
    for number in range(1, SCHEMA_VERSION + 1):
        if not (FIXTURES / f"schema-v{number}.phbplan").exists():
            print("made", make(number))
