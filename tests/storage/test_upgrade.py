"""Every older file is backed up, then upgraded; the result matches a file made new."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

import pytest

from phbplanner.domain.versions import VersionStatus
from phbplanner.interchange.plan_json import dumps_plan
from phbplanner.services.files import create_plan_file, list_backups, open_plan_file
from phbplanner.storage.engine import make_engine
from phbplanner.storage.errors import StorageError
from phbplanner.storage.schema import SCHEMA_VERSION, UPGRADES

from .support import FIXTURES, PASS, example_plan, sha

VERSIONS = list(range(1, SCHEMA_VERSION + 1))


def _schema(path: Path) -> dict[str, Any]:
    """Tables with their columns and indexes, and the file's version numbers."""
    engine = make_engine(path, PASS, read_only=True)
    try:
        with engine.connect() as conn:
            names = [
                row[0]
                for row in conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
                )
            ]
            shape: dict[str, Any] = {}
            for name in names:
                columns = [tuple(r) for r in conn.exec_driver_sql(f"PRAGMA table_info({name})")]
                indexes = sorted(
                    (
                        r[1],
                        r[2],
                        tuple(c[2] for c in conn.exec_driver_sql(f"PRAGMA index_info({r[1]})")),
                        r[4],  # partial
                    )
                    for r in conn.exec_driver_sql(f"PRAGMA index_list({name})")
                )
                keys = [tuple(r) for r in conn.exec_driver_sql(f"PRAGMA foreign_key_list({name})")]
                shape[name] = (columns, indexes, keys)
            shape["triggers"] = sorted(
                " ".join(str(row[1]).split())
                for row in conn.exec_driver_sql(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                )
            )
            shape["user_version"] = conn.exec_driver_sql("PRAGMA user_version").scalar_one()
            shape["application_id"] = conn.exec_driver_sql("PRAGMA application_id").scalar_one()
            return shape
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def fresh_schema(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    path = tmp_path_factory.mktemp("fresh") / "fresh.phbplan"
    create_plan_file(path, PASS, example_plan(), author="T").close()
    return _schema(path)


def test_one_fixture_per_schema_version() -> None:
    assert len(UPGRADES) == SCHEMA_VERSION - 1
    for version in VERSIONS:
        assert (FIXTURES / f"schema-v{version}.phbplan").is_file(), (
            f"make the fixture: python -m tests.storage.make_fixtures (version {version})"
        )


@pytest.mark.parametrize("version", VERSIONS)
def test_open_every_fixture(tmp_path: Path, version: int, fresh_schema: dict[str, Any]) -> None:
    path = tmp_path / "old.phbplan"
    shutil.copyfile(FIXTURES / f"schema-v{version}.phbplan", path)
    assert _schema(path)["user_version"] == version
    before = sha(path)
    expected = (FIXTURES / f"schema-v{version}.json").read_text("utf-8")
    with open_plan_file(path, PASS, author="Test", backup=False) as session:
        assert dumps_plan(session.plan) == expected
        versions = session.versions()
        assert [(v.number, v.status) for v in versions] == [
            (1, VersionStatus.AGREED),
            (2, VersionStatus.DRAFT),
        ]
        assert versions[0].fingerprint  # the agreed fingerprint survived
        assert session.version_plan(1) != session.plan
        assert any(entry.what == "Agreed version 1" for entry in session.history())
        upgraded = [n for n in session.notices if "brought up to date" in n]
        assert bool(upgraded) == (version < SCHEMA_VERSION)
    assert _schema(path) == fresh_schema
    if version == SCHEMA_VERSION:
        return
    # the file as it was was kept, intact, before anything changed
    saved = [b for b in list_backups(path, PASS) if b.reason == "before-upgrade"]
    assert len(saved) == 1
    assert _schema(saved[0].path)["user_version"] == version
    assert before != sha(path)


@pytest.mark.parametrize("step", range(len(UPGRADES)))
def test_upgrade_is_all_or_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: int
) -> None:
    """A failure in any step (v1 → v2 … v4 → v5) leaves the file exactly as it was."""
    from phbplanner.storage import schema

    path = tmp_path / "old.phbplan"
    shutil.copyfile(FIXTURES / f"schema-v{step + 1}.phbplan", path)
    before = _schema(path)

    def broken(conn: Any) -> None:
        UPGRADES[step](conn)
        raise RuntimeError("power cut half way")

    steps = list(UPGRADES)
    steps[step] = broken
    monkeypatch.setattr(schema, "UPGRADES", steps)
    with pytest.raises(StorageError, match="has not been changed"):
        open_plan_file(path, PASS, author="Test", backup=False)
    monkeypatch.undo()
    assert _schema(path) == before
    with open_plan_file(path, PASS, author="Test", backup=False) as session:
        assert session.version.number == 2


def _rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    engine = make_engine(path, PASS, read_only=True)
    try:
        with engine.connect() as conn:
            return [tuple(row) for row in conn.exec_driver_sql(sql)]
    finally:
        engine.dispose()


@pytest.mark.parametrize("version", [1, 2])
def test_upgrade_to_v3_lays_the_foundations(tmp_path: Path, version: int) -> None:
    path = tmp_path / "old.phbplan"
    shutil.copyfile(FIXTURES / f"schema-v{version}.phbplan", path)
    with open_plan_file(path, PASS, author="Test", backup=False) as session:
        plan_uuid = session.plan_uuid
        seq = session._file.commit_seq
    assert len(plan_uuid) == 36
    assert _rows(path, "SELECT value FROM meta WHERE key = 'plan_uuid'") == [(plan_uuid,)]
    assert _rows(path, "SELECT max(seq) FROM commit_log") == [(seq,)]
    assert _rows(path, "SELECT count(*) FROM ledger_entry") == [(0,)]
    # the agreed version keeps its fingerprint, and this program reproduces its bytes exactly,
    # so they are now kept for ever
    ((fingerprint, canonical),) = _rows(
        path, "SELECT fingerprint, canonical FROM plan_version WHERE status = 'agreed'"
    )
    assert hashlib.sha256(canonical.encode("utf-8")).hexdigest() == fingerprint


def test_v2_ledger_rows_are_carried_over(tmp_path: Path) -> None:
    """Schema 2 had ledger tables the program never wrote; anything in them survives."""
    path = tmp_path / "old.phbplan"
    shutil.copyfile(FIXTURES / "schema-v2.phbplan", path)
    engine = make_engine(path, PASS)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO ledger_entry VALUES (7, '2026-05-01', 'out', 'Zoë', 'Class', 1250, "
            "'l1', 'card', 'R1', 'Ann', 1, '2026-05-01T10:00:00+00:00'), (8, '2026-05-02', "
            "'in', 'ICB', 'Payment', 50000, NULL, 'bank', 'R2', 'Ann', 0, "
            "'2026-05-02T10:00:00+00:00')"
        )
        conn.exec_driver_sql(
            "INSERT INTO attachment VALUES (3, 7, 'receipt.png', 'image/png', 4, x'89504e47')"
        )
    engine.dispose()
    open_plan_file(path, PASS, author="Test", backup=False).close()
    assert _rows(
        path, "SELECT id, account_id, amount_pence, purpose, line_ref, payee FROM ledger_entry"
    ) == [(7, 1, -1250, "plan_line", "l1", "Zoë"), (8, 1, 50000, "unassigned", None, "ICB")]
    assert _rows(path, "SELECT entry_id, attachment_id FROM entry_attachment") == [(7, 3)]
    assert _rows(path, "SELECT id, attachment_count FROM ledger_entry") == [(7, 1), (8, 0)]
    assert _rows(path, "SELECT data FROM attachment_data") == [(b"\x89PNG",)]
    assert _rows(path, "SELECT sha256 FROM attachment") == [
        (hashlib.sha256(b"\x89PNG").hexdigest(),)
    ]


def test_v3_fixture_holds_its_records(tmp_path: Path) -> None:
    path = tmp_path / "v3.phbplan"
    shutil.copyfile(FIXTURES / "schema-v3.phbplan", path)
    with open_plan_file(path, PASS, author="Test", backup=False):
        pass
    assert _rows(path, "SELECT sum(amount_pence) FROM ledger_entry") == [(210000 - 45600,)]
    assert _rows(path, "SELECT sum(amount_pence) FROM entry_split WHERE entry_id = 2") == [
        (-45600,)
    ]
    assert _rows(path, "SELECT payee FROM ledger_entry WHERE id = 2") == [("Łukasz Nowak",)]
    # the triggers keep each entry's count of documents true
    assert _rows(path, "SELECT id, attachment_count FROM ledger_entry") == [(1, 0), (2, 1)]
    engine = make_engine(path, PASS)
    with engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM entry_attachment WHERE entry_id = 2")
    engine.dispose()
    assert _rows(path, "SELECT id, attachment_count FROM ledger_entry") == [(1, 0), (2, 0)]


def test_upgrade_to_v5_groups_no_line_and_keeps_the_history_placed(tmp_path: Path) -> None:
    """v4 → v5 adds the support lines' group (none for the lines already there), and the
    history placed by v4 (its ``section``) is untouched."""
    path = tmp_path / "v4.phbplan"
    shutil.copyfile(FIXTURES / "schema-v4.phbplan", path)
    sections = _rows(path, "SELECT id, section FROM history ORDER BY id")
    lines = _rows(path, "SELECT count(*) FROM support_line")
    with open_plan_file(path, PASS, author="Test", backup=False) as session:
        assert all(line.group == "" for line in session.plan.support_lines)
    assert _rows(path, "SELECT count(*) FROM support_line WHERE line_group = ''") == lines
    assert _rows(path, "SELECT id, section FROM history ORDER BY id")[: len(sections)] == sections
    assert any(section == "versions" for _id, section in sections)


def test_an_agreed_fingerprint_survives_a_later_writer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A newer program writing new fields must never break the match with the signed paper."""
    from phbplanner.interchange import plan_json
    from phbplanner.services import session as session_module

    path = tmp_path / "v3.phbplan"
    shutil.copyfile(FIXTURES / "schema-v3.phbplan", path)
    with open_plan_file(path, PASS, author="Test", backup=False) as session:
        agreed = session.versions()[0]
        kept = session.agreed_canonical(1)
    assert kept is not None
    assert hashlib.sha256(kept).hexdigest() == agreed.fingerprint

    original = plan_json.plan_document

    def newer_writer(plan: Any) -> dict[str, Any]:
        document = original(plan)
        document["a_field_added_later"] = {"new": True}
        return document

    monkeypatch.setattr(plan_json, "plan_document", newer_writer)
    monkeypatch.setattr(session_module, "plan_document", newer_writer)
    with open_plan_file(path, PASS, author="Test", backup=False) as session:
        assert session.versions()[0].fingerprint == agreed.fingerprint
        again = session.agreed_canonical(1)
        assert again == kept
        assert plan_json.plan_fingerprint(session.version_plan(1)) != agreed.fingerprint
