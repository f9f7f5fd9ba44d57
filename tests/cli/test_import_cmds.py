"""``phbplanner ledger import | undo-import | imports | export`` on real encrypted files."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path

import pytest

from phbplanner.cli import main
from tests.services.import_support import MAY, MAY_JUNE, statement
from tests.storage.conftest import plan_file, template_file
from tests.storage.support import OTHER_PASS, PASS, sha

__all__ = ["plan_file", "template_file"]


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setenv("PHBPLANNER_PASSPHRASE", PASS)
    return monkeypatch


@pytest.fixture
def ready(plan_file: Path, env: pytest.MonkeyPatch) -> Path:
    argv = ["ledger", "add-account", str(plan_file), "--name", "Direct payment account",
            "--opening-balance", "£1,000.00", "--opening-date", "2026-04-01"]  # fmt: skip
    assert main(argv) == 0
    return plan_file


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _run(argv: list[str]) -> int:
    """The exit code of a command, usage errors from the parser included."""
    try:
        return main(argv)
    except SystemExit as stop:
        return int(stop.code or 0)


def _listed(path: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["ledger", "list", str(path), "--json"]) == 0
    listed: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return listed


def test_import_twice_adds_nothing_then_undo(
    ready: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    may = _write(tmp_path, "may.csv", MAY)
    assert main(["ledger", "import", str(ready), "--csv", str(may)]) == 0
    out = capsys.readouterr().out
    assert "Imported 4 entries (import 1) into Direct payment account." in out
    assert "The bank's balances agree with these records (£2,231.50)." in out
    assert main(["ledger", "import", str(ready), "--csv", str(may), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["import_id"], report["imported"], report["duplicates"]) == (None, 0, 4)
    assert report["problems"] == []
    assert len(_listed(ready, capsys)) == 4
    june = _write(tmp_path, "june.csv", MAY_JUNE)
    assert main(["ledger", "import", str(ready), "--csv", str(june), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["import_id"], report["imported"], report["duplicates"]) == (2, 2, 2)
    listed = _listed(ready, capsys)
    assert [e["import_id"] for e in listed] == [1, 1, 1, 1, 2, 2]
    assert listed[0]["purpose"] == "budget_payment" and listed[1]["line"] == "s5"
    assert main(["ledger", "imports", str(ready), "--json"]) == 0
    imports = json.loads(capsys.readouterr().out)
    assert [(i["id"], i["file"], i["imported"], i["undone"]) for i in imports] == [
        (2, "june.csv", 2, None), (1, "may.csv", 4, None),
    ]  # fmt: skip
    # undoing the first: the second skipped two of its rows, so it is refused unless forced
    assert main(["ledger", "undo-import", str(ready), "1"]) == 1
    err = capsys.readouterr().err
    assert "Import 2 (june.csv) skipped 2 rows" in err and "--force" in err
    assert main(["ledger", "undo-import", str(ready), "2"]) == 0
    assert "Undid import 2: 2 entries removed." in capsys.readouterr().out
    assert main(["ledger", "undo-import", str(ready), "1"]) == 0
    assert _listed(ready, capsys) == []
    assert main(["ledger", "imports", str(ready)]) == 0
    shown = capsys.readouterr().out
    assert "1: may.csv (Santander) into Direct payment account" in shown and "(undone " in shown
    assert main(["ledger", "undo-import", str(ready), "7"]) == 1
    assert "There is no import 7 in this file." in capsys.readouterr().err


def test_bad_lines_are_named_and_nothing_is_imported(
    ready: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = (
        b"Date,Description,Amount\r\n01/05/2026,Fine,-1.00\r\n02/05/2026,Also fine,-2.00\r\n"
        b"03/05/2026,x,-3\r\n04/05/2026,y,-4\r\n05/05/2026,z,-5\r\n"
        b'06/05/2026,Bad,"12,34.5x"\r\n07/05/2026,Bad date,-1\r\n'.replace(b"07/05", b"32/05")
    )
    bad = _write(tmp_path, "bad.csv", data)
    before = sha(ready)
    assert main(["ledger", "import", str(ready), "--csv", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "line 7: the amount '12,34.5x' is not a number" in err
    assert "line 8: the date '32/05/2026' is not a real date" in err
    assert "Nothing was imported" in err and "--accept-good-rows" in err
    assert sha(ready) == before
    assert main(["ledger", "import", str(ready), "--csv", str(bad), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["import_id"] is None and report["imported"] == 0
    assert report["problems"] == [
        {"line": 7, "reason": "the amount '12,34.5x' is not a number"},
        {"line": 8, "reason": "the date '32/05/2026' is not a real date"},
    ]
    assert _listed(ready, capsys) == []
    argv = ["ledger", "import", str(ready), "--csv", str(bad), "--accept-good-rows", "--json"]
    assert main(argv) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["import_id"], report["imported"], len(report["problems"])) == (1, 5, 2)
    assert main(["ledger", "imports", str(ready), "--json"]) == 0
    assert [p["line"] for p in json.loads(capsys.readouterr().out)[0]["problems"]] == [7, 8]


def test_refused_files_and_usage_errors(
    ready: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = [
        (_write(tmp_path, "blob.csv", bytes(range(256)) * 4), [], 1, "binary data"),
        (_write(tmp_path, "empty.csv", b""), [], 1, "empty"),
        (_write(tmp_path, "head.csv", b"Date,Description,Amount\r\n"), [], 1, "no transactions"),
        (tmp_path / "missing.csv", [], 2, "There is no statement file"),
        (tmp_path, [], 1, "is a folder"),
        (_write(tmp_path, "m.csv", MAY), ["--bank", "natwest"], 1, "NatWest"),
        (_write(tmp_path, "m2.csv", MAY), ["--bank", "abbey"], 2, "invalid choice"),
        (_write(tmp_path, "m3.csv", MAY), ["--skip", "1"], 2, "go with --columns"),
        (_write(tmp_path, "m4.csv", MAY), ["--columns", "date=1,amount=x"], 2, "--columns"),
        (
            _write(tmp_path, "m5.csv", MAY),
            ["--columns", "date=1,description=2,amount=3", "--bank", "lloyds"],
            2,
            "generic",
        ),
        (_write(tmp_path, "m6.csv", MAY), ["--account", "Savings"], 2, "no account called"),
    ]
    for path, extra, code, says in cases:
        assert _run(["ledger", "import", str(ready), "--csv", str(path), *extra]) == code, says
        assert says in capsys.readouterr().err, says
    assert _listed(ready, capsys) == []


def test_columns_date_format_and_skip(
    ready: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a card statement with two lines of preamble, month-first dates and no header
    data = (
        b"Card statement\r\nCard ending 1234\r\n"
        b"05/02/2026,-12.50,Tesco\r\n05/31/2026,3.00,Refund\r\n"
    )
    odd = _write(tmp_path, "card.csv", data)
    argv = ["ledger", "import", str(ready), "--csv", str(odd), "--columns",
            "date=1,amount=2,description=3", "--date-format", "%m/%d/%Y", "--skip", "2",
            "--json"]  # fmt: skip
    assert main(argv) == 0
    assert json.loads(capsys.readouterr().out)["imported"] == 2
    listed = _listed(ready, capsys)
    assert [(e["date"], e["amount"], e["payee"]) for e in listed] == [
        ("2026-05-02", "-12.50", "Tesco"), ("2026-05-31", "3.00", "Refund"),
    ]  # fmt: skip
    # the account remembers the columns: the next statement needs none of the options
    nxt = _write(
        tmp_path, "card2.csv", data.replace(b"05/02", b"06/02").replace(b"05/31", b"06/03")
    )
    assert main(["ledger", "import", str(ready), "--csv", str(nxt)]) == 0
    out = capsys.readouterr().out
    assert "as this account's last statement" in out and "Imported 2 entries" in out


def test_wrong_passphrase_and_not_a_plan(
    ready: Path, tmp_path: Path, env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    may = _write(tmp_path, "may.csv", MAY)
    env.setenv("PHBPLANNER_PASSPHRASE", OTHER_PASS)
    assert main(["ledger", "import", str(ready), "--csv", str(may)]) == 3
    assert main(["ledger", "export", str(ready), "--csv", str(tmp_path / "o.csv")]) == 3
    assert main(["ledger", "import", str(may), "--csv", str(may)]) == 4
    assert not (tmp_path / "o.csv").exists()


def test_export_every_entry_as_csv(
    ready: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    payload = '=HYPERLINK("http://evil.example")'
    data = statement(("02/05/2026", payload, "-9.99", None), ("03/05/2026", "+44 7700", "1", None))
    assert (
        main(["ledger", "import", str(ready), "--csv", str(_write(tmp_path, "s.csv", data))]) == 0
    )
    out = tmp_path / "entries.csv"
    assert main(["ledger", "export", str(ready), "--csv", str(out)]) == 0
    assert "Wrote 2 entries to" in capsys.readouterr().out
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig"), newline="")))
    assert rows[0][:6] == ["Entry", "Date", "Account", "Payee", "Description", "Amount"]
    assert [row[3] for row in rows[1:]] == ["'" + payload, "'+44 7700"]
    assert [row[5] for row in rows[1:]] == ["-9.99", "1.00"]
    # stored as the bank wrote it
    assert [e["payee"] for e in _listed(ready, capsys)] == [payload, "+44 7700"]
    before = out.read_bytes()
    assert main(["ledger", "export", str(ready), "--csv", str(out)]) == 2
    assert "--force" in capsys.readouterr().err and out.read_bytes() == before
    assert main(["ledger", "export", str(ready), "--csv", str(out), "--force"]) == 0


def test_nothing_of_a_statement_is_left_outside_the_plan_file(
    ready: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The statement is read into memory and never copied: after importing it, undoing it and
    listing, its marker text is only in the statement itself (and, encrypted, in the plan)."""
    marker = "Qzxv-Statement-Marker-4417"
    home = tmp_path / "home"
    folders = {name: home / name for name in ("data", "config", "cache", "state", "tmp")}
    for folder in folders.values():
        folder.mkdir(parents=True)
    for variable, name in [("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                           ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state"),
                           ("TMPDIR", "tmp"), ("HOME", "")]:  # fmt: skip
        monkeypatch.setenv(variable, str(folders.get(name, home)))
    monkeypatch.setattr(tempfile, "tempdir", None)
    data = statement(("02/05/2026", f"{marker} Łukasz", "-9.99", "990.01"),
                     ("03/05/2026", "Bad", "12,34.5x", None))  # fmt: skip
    source = tmp_path / "statements"
    source.mkdir()
    path = _write(source, "statement.csv", data)
    for argv, code in (
        (["ledger", "import", str(ready), "--csv", str(path)], 1),  # refused: a bad row
        (["ledger", "import", str(ready), "--csv", str(path), "--accept-good-rows"], 0),
        (["ledger", "imports", str(ready), "--json"], 0),
        (["ledger", "export", str(ready), "--csv", str(source / "out.csv")], 0),
        (["ledger", "undo-import", str(ready), "1"], 0),
    ):
        assert main(argv) == code, argv
    # the export asked for holds it, as it should; nothing else outside the plan does
    assert marker in (source / "out.csv").read_text("utf-8-sig")
    (source / "out.csv").unlink()
    needles = [marker.encode(), marker.encode("utf-16-le")]
    found: list[str] = []
    for place in (home, ready.parent):
        for item in place.rglob("*"):
            if item.is_file() and item != path:
                found.extend(f"{item}" for needle in needles if needle in item.read_bytes())
    assert found == []
