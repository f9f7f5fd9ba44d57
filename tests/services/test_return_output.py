"""Producing a monitoring return from a real file: the files, the record, copies, bad places."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import random
import shutil
import stat
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from phbplanner.domain.schedule import format_date
from phbplanner.reports import audit_pack
from phbplanner.reports.audit_pack import PackError
from phbplanner.reports.safe_output import OutputError
from phbplanner.services.changes import Change, Changes
from phbplanner.services.files import open_plan_file
from phbplanner.services.ledger import Ledger
from phbplanner.services.return_output import looks_like_plan_file
from phbplanner.services.returns import (
    OutputDiskFullError,
    OutputExistsError,
    OutputTargetError,
    ReturnError,
    ReturnOptions,
    ReturnOutputs,
    Returns,
)
from phbplanner.services.session import PlanSession
from tests.reports.test_safe_output import read_only_folder, tiny_disk
from tests.storage.support import PASS

from .return_file import Q2, TODAY, filled_file, m, receipts_by_reference

__all__ = ["read_only_folder", "tiny_disk"]


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory, template_file: Path) -> Path:
    return filled_file(template_file, tmp_path_factory.mktemp("filled"))


@pytest.fixture
def plan_path(filled: Path, tmp_path: Path) -> Path:
    target = tmp_path / "plan" / "plan.phbplan"
    target.parent.mkdir()
    shutil.copyfile(filled, target)
    return target


@pytest.fixture
def session(plan_path: Path) -> Iterator[PlanSession]:
    with open_plan_file(plan_path, PASS, author="Ffion", backup=False) as opened:
        yield opened


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _all(out: Path) -> ReturnOutputs:
    return ReturnOutputs(out / "return.pdf", out / "entries.csv", out / "pack.zip")


def _history(session: PlanSession) -> list[str]:
    return [entry.what for entry in session.history(5)]


def test_produce_writes_private_files_and_records_the_return(
    session: PlanSession, out: Path
) -> None:
    heard: list[Changes] = []
    session.subscribe(heard.append)
    returns = Returns(session)
    prepared = returns.prepare(Q2, produced=TODAY)
    produced = returns.produce(prepared, _all(out), options=ReturnOptions(language="en"))
    for path in (out / "return.pdf", out / "entries.csv", out / "pack.zip"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in out.iterdir()) == ["entries.csv", "pack.zip", "return.pdf"]
    pdf = (out / "return.pdf").read_bytes()
    assert produced.pdf_sha256 == hashlib.sha256(pdf).hexdigest()
    assert heard and heard[-1].touches(Change.LEDGER) and not heard[-1].touches(Change.PLAN)
    assert _history(session)[0] == (
        "Made the monitoring return of Direct payment account for 1 July 2026 to 30 September 2026"
    )
    [record] = returns.returns()
    assert record.id == produced.record_id
    assert (record.period, record.account_name, record.produced_by) == (
        Q2, "Direct payment account", "Ffion"
    )  # fmt: skip
    assert record.produced_on == TODAY and record.pdf_sha256 == produced.pdf_sha256
    assert record.totals == prepared.totals
    assert record.totals.closing == m("7532.58")
    assert record.made == ("pdf", "csv", "pack") and record.plan_version == 1
    assert record.options == ReturnOptions(large_print=False, language="en")
    # "since the last return" now starts the day after it
    offered = returns.periods(date(2026, 10, 20))
    assert offered.since_last_return is not None
    assert offered.since_last_return.start == date(2026, 10, 1)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Siân Pritchard" in text and "R0008-2" in text and "£7,532.58" in text


def test_the_packs_index_matches_its_files_and_receipts_are_the_stored_bytes(
    session: PlanSession, out: Path
) -> None:
    returns = Returns(session)
    produced = returns.produce(returns.prepare(Q2, produced=TODAY), _all(out))
    with zipfile.ZipFile(out / "pack.zip") as pack:
        names = pack.namelist()
        index = list(csv.reader(io.StringIO(pack.read("index.csv").decode("utf-8-sig"))))
        header, rows = index[0], index[1:]
        files = [dict(zip(header, row, strict=True)) for row in rows]
        with_files = [row for row in files if row["File in this pack"]]
        stored = receipts_by_reference()
        assert sorted(row["Receipt reference"] for row in with_files) == sorted(stored)
        for row in with_files:
            data = pack.read(row["File in this pack"])
            name, original = stored[row["Receipt reference"]]
            assert data == original  # byte for byte what is kept in the file
            assert row["Original file name"] == name
            assert int(row["Size in bytes"]) == len(data)
            assert row["SHA-256"] == hashlib.sha256(data).hexdigest()
        receipts = sorted(n for n in names if n.startswith("receipts/"))
        assert receipts == sorted(row["File in this pack"] for row in with_files)
        assert "receipts/2026-07-03_0007_Lukasz-Nowak_wages.png" in receipts
        assert (
            pack.read("monitoring-return_2026-07-01_2026-09-30.pdf")
            == (out / "return.pdf").read_bytes()
        )
        assert pack.read("entries_2026-07-01_2026-09-30.csv") == (out / "entries.csv").read_bytes()
        missing = [row["Entry"] for row in files if row["Note"] == "No receipt attached"]
        assert missing == ["10", "14", "17"]
    assert [f.name for f in produced.pack_files][-1] == "index.csv"


def test_the_csv_neutralises_formula_looking_text(session: PlanSession, out: Path) -> None:
    returns = Returns(session)
    returns.produce(returns.prepare(Q2, produced=TODAY), ReturnOutputs(out / "r.pdf",
                                                                       out / "e.csv"))  # fmt: skip
    text = (out / "e.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    tesco = [row for row in rows if row["Entry"] == "10"]
    assert tesco[0]["Description"] == '\'=HYPERLINK("http://x")'
    assert tesco[0]["What for"] == "Not yet assigned"
    split = [row for row in rows if row["Entry"] == "8"]
    assert [(r["Plan line id"], r["Money out"], r["Part"]) for r in split] == [
        ("s1", "100.00", "1 of 2"), ("s6", "50.00", "2 of 2")
    ]  # fmt: skip
    money_in = sum(m(r["Money in"]).pence for r in rows if r["Money in"])
    money_out = sum(m(r["Money out"]).pence for r in rows if r["Money out"])
    assert (money_in, money_out) == (m("2493.56").pence, m("378.10").pence)


def _texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_a_return_made_twice_is_identical_apart_from_its_production_date(
    session: PlanSession, out: Path
) -> None:
    returns = Returns(session)
    first = returns.produce(returns.prepare(Q2, produced=TODAY), ReturnOutputs(out / "a.pdf"))
    again = returns.produce(returns.prepare(Q2, produced=TODAY), ReturnOutputs(out / "b.pdf"))
    assert (out / "a.pdf").read_bytes() == (out / "b.pdf").read_bytes()
    assert first.pdf_sha256 == again.pdf_sha256
    later = date(2026, 10, 9)
    returns.produce(returns.prepare(Q2, produced=later), ReturnOutputs(out / "c.pdf"))
    one, other = (out / "a.pdf").read_bytes(), (out / "c.pdf").read_bytes()
    assert one != other
    # the only difference is the production date printed on the first page
    changed = [
        (a, b) for a, b in zip(_texts(one), _texts(other), strict=True) if a != b
    ]  # fmt: skip
    assert len(changed) == 1
    a, b = changed[0]
    assert format_date(TODAY) in a and format_date(later) in b
    assert a.replace(format_date(TODAY), format_date(later)) == b
    assert len(returns.returns()) == 3  # each one produced is recorded


def test_remaking_a_recorded_return_gives_the_same_sha256(session: PlanSession, out: Path) -> None:
    returns = Returns(session)
    produced = returns.produce(
        returns.prepare(Q2, produced=TODAY), _all(out), options=ReturnOptions(large_print=True)
    )
    assert produced.record_id is not None
    copy = out / "copy"
    copy.mkdir()
    remade = returns.remake(produced.record_id, _all(copy))
    assert remade.identical and remade.differences == ()
    assert remade.produced.pdf_sha256 == produced.pdf_sha256
    assert (copy / "return.pdf").read_bytes() == (out / "return.pdf").read_bytes()
    assert (copy / "pack.zip").read_bytes() == (out / "pack.zip").read_bytes()
    assert remade.produced.record_id is None and len(returns.returns()) == 1
    # once the records of the period change, the copy says what is no longer the same
    ledger = Ledger(session)
    ledger.change(replace(ledger.entry(14), amount=m("-13.00")), today=TODAY)
    changed = returns.remake(produced.record_id, ReturnOutputs(copy / "again.pdf"))
    assert not changed.identical
    assert "Money out was £378.10; it is now £379.10." in changed.differences
    assert returns.remake(produced.record_id, ReturnOutputs(copy / "cy.pdf"),
                          language="cy").differences[0] == (
        "The return was made in English; this copy is in Welsh."
    )  # fmt: skip
    with pytest.raises(ReturnError, match="There is no return number 99"):
        returns.remake(99, ReturnOutputs(copy / "x.pdf"))


def test_progress_is_reported_from_a_worker_thread(session: PlanSession, out: Path) -> None:
    returns = Returns(session)
    prepared = returns.prepare(Q2, produced=TODAY)
    seen: list[tuple[int, int]] = []
    failures: list[BaseException] = []

    def work() -> None:
        try:
            returns.produce(prepared, _all(out), progress=lambda d, t: seen.append((d, t)))
        except BaseException as exc:  # reported to the test below
            failures.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert not failures
    assert seen and seen[-1][0] == seen[-1][1] == 2020  # PDF, CSV and pack, weighted
    assert [done for done, _total in seen] == sorted(done for done, _total in seen)
    assert len({total for _done, total in seen}) == 1


# -- places a return must not go, and failures that leave nothing ------------------------------
def _nothing_recorded(session: PlanSession) -> None:
    assert Returns(session).returns() == []
    assert not any("monitoring return" in what for what in _history(session))


def test_an_existing_file_is_replaced_only_when_asked(session: PlanSession, out: Path) -> None:
    returns = Returns(session)
    prepared = returns.prepare(Q2, produced=TODAY)
    (out / "entries.csv").write_bytes(b"an older CSV")
    with pytest.raises(OutputExistsError) as info:
        returns.produce(prepared, _all(out))
    assert info.value.path == out / "entries.csv" and info.value.exit_code == 2
    assert sorted(p.name for p in out.iterdir()) == ["entries.csv"]
    assert (out / "entries.csv").read_bytes() == b"an older CSV"
    _nothing_recorded(session)
    returns.produce(prepared, _all(out), overwrite=True)
    assert (out / "entries.csv").read_bytes().startswith(b"\xef\xbb\xbfEntry,")
    assert stat.S_IMODE((out / "entries.csv").stat().st_mode) == 0o600


def test_a_plan_file_is_never_written_over(
    session: PlanSession, plan_path: Path, out: Path, template_file: Path
) -> None:
    returns = Returns(session)
    prepared = returns.prepare(Q2, produced=TODAY)
    other_plan = out / "someone-else.pdf"
    shutil.copyfile(template_file, other_plan)
    before = {p: p.read_bytes() for p in (plan_path, other_plan)}
    for target in (
        plan_path,
        other_plan,
        plan_path.with_name(plan_path.name + ".lock"),
        plan_path.with_name(plan_path.name + "-wal"),
    ):
        with pytest.raises(OutputTargetError, match="is a PHB Planner plan file") as info:
            returns.produce(prepared, ReturnOutputs(target), overwrite=True)
        assert info.value.exit_code == 2
    assert {p: p.read_bytes() for p in before} == before
    _nothing_recorded(session)


def test_earlier_returns_are_not_taken_for_plan_files(tmp_path: Path) -> None:
    page = 4096
    earlier = {
        "entries.csv": b"\xef\xbb\xbfEntry,Date\r\n" + b"1,2026-07-01\r\n" * 1000,
        "pack.zip": b"PK\x03\x04" + bytes(2 * page - 4),
        "return.pdf": b"%PDF-1.4\n" + bytes(2 * page - 9),
        "empty.pdf": b"",
    }
    for name, data in earlier.items():
        (tmp_path / name).write_bytes(data[: 2 * page] if len(data) > 2 * page else data)
        assert not looks_like_plan_file(tmp_path / name), name
    (tmp_path / "random.pdf").write_bytes(random.Random(1).randbytes(2 * page))
    (tmp_path / "copy.phbplan").write_bytes(b"")
    assert looks_like_plan_file(tmp_path / "random.pdf")  # whole pages of what looks encrypted
    assert looks_like_plan_file(tmp_path / "copy.phbplan")


def test_a_pipe_or_a_link_to_the_plan_is_never_written_over(
    session: PlanSession, plan_path: Path, out: Path
) -> None:
    returns = Returns(session)
    prepared = returns.prepare(Q2, produced=TODAY)
    pipe = out / "return.pdf"
    os.mkfifo(pipe)
    with pytest.raises(OutputTargetError, match="is a named pipe") as info:
        returns.produce(prepared, ReturnOutputs(pipe), overwrite=True)
    assert info.value.exit_code == 2
    link = out / "link.pdf"
    link.symlink_to(plan_path)
    before = plan_path.read_bytes()
    with pytest.raises(OutputTargetError, match="is a PHB Planner plan file"):
        returns.produce(prepared, ReturnOutputs(out / "r.pdf", link), overwrite=True)
    assert plan_path.read_bytes() == before and link.is_symlink()
    assert sorted(p.name for p in out.iterdir()) == ["link.pdf", "return.pdf"]
    _nothing_recorded(session)


def test_one_name_for_two_files_is_refused(session: PlanSession, out: Path) -> None:
    returns = Returns(session)
    with pytest.raises(OutputTargetError, match="was given for two of the files"):
        returns.produce(
            returns.prepare(Q2, produced=TODAY), ReturnOutputs(out / "x", out / "sub/../x")
        )
    assert list(out.iterdir()) == []


def test_a_missing_folder_is_explained_before_anything_is_made(
    session: PlanSession, out: Path
) -> None:
    returns = Returns(session)
    outputs = ReturnOutputs(out / "return.pdf", out / "entries.csv", out / "nowhere" / "p.zip")
    with pytest.raises(ReturnError) as info:
        returns.produce(returns.prepare(Q2, produced=TODAY), outputs)
    assert info.value.message == (
        f"The folder {out / 'nowhere'} does not exist. Choose another folder, or create it first."
    )
    assert list(out.iterdir()) == []
    _nothing_recorded(session)


def test_a_read_only_folder_leaves_nothing_behind(
    session: PlanSession, out: Path, read_only_folder: Path
) -> None:
    returns = Returns(session)
    outputs = ReturnOutputs(out / "return.pdf", out / "entries.csv", read_only_folder / "p.zip")
    with pytest.raises(OutputError, match="cannot write in the folder"):
        returns.produce(returns.prepare(Q2, produced=TODAY), outputs)
    assert list(out.iterdir()) == [] and list(read_only_folder.iterdir()) == []
    _nothing_recorded(session)


def test_a_full_disk_leaves_nothing_behind(
    session: PlanSession, out: Path, tiny_disk: Path
) -> None:
    (tiny_disk / "pack.zip").write_bytes(b"an earlier pack")
    returns = Returns(session)
    outputs = ReturnOutputs(out / "return.pdf", out / "entries.csv", tiny_disk / "pack.zip")
    with pytest.raises(
        OutputDiskFullError, match=r"not enough space on the disk for pack\.zip"
    ) as info:
        returns.produce(returns.prepare(Q2, produced=TODAY), outputs, overwrite=True)
    assert info.value.exit_code == 4  # as for every command that runs out of space
    assert list(out.iterdir()) == []
    assert [p.name for p in tiny_disk.iterdir()] == ["pack.zip"]
    assert (tiny_disk / "pack.zip").read_bytes() == b"an earlier pack"
    _nothing_recorded(session)


def test_a_receipt_too_big_for_the_pack_is_a_plain_message(
    session: PlanSession, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the records keep receipts of up to 20 MB and the pack takes 50 MB: lower the pack's limit
    monkeypatch.setattr(audit_pack, "MAX_RECEIPT_BYTES", 2_500)
    returns = Returns(session)
    with pytest.raises(PackError) as info:
        returns.produce(returns.prepare(Q2, produced=TODAY), _all(out))
    assert info.value.message.startswith("The receipt R0007-1 (wages.png) is ")
    assert "too big for the audit pack" in info.value.message
    assert list(out.iterdir()) == []
    _nothing_recorded(session)


def test_a_read_only_plan_file_makes_the_return_without_recording_it(
    filled: Path, tmp_path: Path, out: Path
) -> None:
    import subprocess

    if os.geteuid() != 0:
        pytest.skip("a read-only bind mount needs root")
    source = tmp_path / "src"
    source.mkdir()
    shutil.copyfile(filled, source / "plan.phbplan")
    target = tmp_path / "ro"
    target.mkdir()
    if subprocess.run(["mount", "--bind", str(source), str(target)]).returncode:
        pytest.skip("cannot bind-mount here")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(target)], check=True)
        with open_plan_file(target / "plan.phbplan", PASS, author="F", backup=False) as session:
            returns = Returns(session)
            produced = returns.produce(returns.prepare(Q2, produced=TODAY), _all(out))
            assert produced.record_id is None
            assert produced.notice.startswith("The return was made, but it could not be recorded")
            assert (out / "return.pdf").exists() and returns.returns() == []
    finally:
        subprocess.run(["umount", str(target)], capture_output=True)
