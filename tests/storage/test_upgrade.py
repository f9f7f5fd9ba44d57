"""Every older file is backed up, then upgraded; the result matches a file made new."""

from __future__ import annotations

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
                    )
                    for r in conn.exec_driver_sql(f"PRAGMA index_list({name})")
                )
                keys = [tuple(r) for r in conn.exec_driver_sql(f"PRAGMA foreign_key_list({name})")]
                shape[name] = (columns, indexes, keys)
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
    saved = [b for b in list_backups(path) if b.reason == "before-upgrade"]
    assert len(saved) == 1
    assert _schema(saved[0].path)["user_version"] == version
    assert before != sha(path)


def test_upgrade_is_all_or_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from phbplanner.storage import schema

    path = tmp_path / "old.phbplan"
    shutil.copyfile(FIXTURES / "schema-v1.phbplan", path)

    def broken(conn: Any) -> None:
        UPGRADES[0](conn)
        raise RuntimeError("power cut half way")

    monkeypatch.setattr(schema, "UPGRADES", [broken, *UPGRADES[1:]])
    with pytest.raises(StorageError, match="has not been changed"):
        open_plan_file(path, PASS, author="Test", backup=False)
    monkeypatch.undo()
    assert _schema(path)["user_version"] == 1
    assert "ledger_entry" not in _schema(path)
    with open_plan_file(path, PASS, author="Test", backup=False) as session:
        assert session.version.number == 2
