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

#: How to turn a current file into each older version (newest first).
DOWNGRADES = {
    1: [
        "DROP INDEX ix_attachment_entry",
        "DROP TABLE attachment",
        "DROP INDEX ix_ledger_entry_date",
        "DROP INDEX ix_ledger_line",
        "DROP TABLE ledger_entry",
        "PRAGMA user_version = 1",
    ],
}


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
