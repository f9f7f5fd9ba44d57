"""The one rule for every export (``services.exports.atomic_output``, issue 10.3 and 10.8):
never over a plan file, over an existing file only when allowed, private, whole or nothing,
and no ``.part`` file outlives the process that wrote it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from phbplanner.interchange.plan_json import dumps_plan
from phbplanner.services import exports
from phbplanner.services.exports import (
    OutputExistsError,
    OutputRefusedError,
    atomic_output,
    export_plan_json,
)
from phbplanner.services.files import create_plan_file, open_plan_file
from phbplanner.storage.lock import lock_path
from tests.storage.support import PASS, example_plan, sha


def _write(path: Path, data: bytes = b"new", *, overwrite: bool = False) -> None:
    with atomic_output(path, overwrite=overwrite) as stream:
        stream.write(data)


def test_a_new_export_is_private_and_whole(tmp_path: Path) -> None:
    out = tmp_path / "plan.json"
    fingerprint = export_plan_json(example_plan(), out)
    assert out.read_text("utf-8") == dumps_plan(example_plan())
    assert len(fingerprint) == 64
    assert out.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["plan.json"]


def test_an_existing_file_is_replaced_only_when_allowed(tmp_path: Path) -> None:
    out = tmp_path / "notes.txt"
    out.write_text("mine")
    out.chmod(0o644)
    with pytest.raises(OutputExistsError) as info:
        _write(out)
    assert info.value.exit_code == 2
    assert out.read_text() == "mine"
    _write(out, overwrite=True)
    assert out.read_bytes() == b"new"
    assert out.stat().st_mode & 0o777 == 0o600


@pytest.fixture
def plan_like(tmp_path: Path, template_file: Path) -> dict[str, Path]:
    """Files that are plans, or parts of plans, under names that do not say so."""
    whole = tmp_path / "backup-copy.pdf"
    shutil.copyfile(template_file, whole)
    cut = tmp_path / "cut.json"
    cut.write_bytes(template_file.read_bytes()[:10_000])  # cut short while copying
    wal = tmp_path / "plan.phbplan-wal"
    wal.write_bytes(os.urandom(32 + 2 * (24 + 4096)))  # what a WAL looks like: random pages
    link = tmp_path / "link.pdf"
    link.symlink_to(whole)
    return {"plan": whole, "cut-short plan": cut, "-wal": wal, "link to a plan": link}


@pytest.mark.parametrize("kind", ["plan", "cut-short plan", "-wal", "link to a plan"])
def test_a_plan_file_is_never_replaced(plan_like: dict[str, Path], kind: str) -> None:
    target = plan_like[kind]
    before = sha(target)
    with pytest.raises(OutputRefusedError, match="never replaces a plan"):
        _write(target, overwrite=True)
    assert sha(target) == before


def test_the_open_plan_itself_is_never_replaced(plan_file: Path) -> None:
    with open_plan_file(plan_file, PASS, author="T", backup=False) as session:
        before = sha(plan_file)
        with pytest.raises(OutputRefusedError):
            export_plan_json(session.plan, plan_file, overwrite=True)
        with pytest.raises(OutputRefusedError):
            export_plan_json(session.plan, session.path, overwrite=True)
        assert sha(plan_file) == before
        lock = lock_path(plan_file)
        export_plan_json(session.plan, lock.with_name("other.json"))
    assert sha(plan_file) == before


def test_things_that_are_not_files_are_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for target, words in (
        (tmp_path, "is a folder"),
        (Path("/dev/null"), "a device"),
        (fifo, "named pipe"),
    ):
        with pytest.raises(OutputRefusedError, match=words):
            _write(target, overwrite=True)
    assert Path("/dev/null").is_char_device() and fifo.is_fifo()
    with pytest.raises(exports.ExportError, match="does not exist"):
        _write(tmp_path / "missing" / "x.json")


def test_a_file_that_appears_meanwhile_is_not_replaced(tmp_path: Path) -> None:
    out = tmp_path / "plan.json"
    with pytest.raises(OutputExistsError), atomic_output(out) as stream:
        stream.write(b"the export")
        out.write_text("written by someone else meanwhile")
    assert out.read_text() == "written by someone else meanwhile"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.json"]


def test_a_plan_that_appears_meanwhile_is_not_replaced_even_when_allowed(
    tmp_path: Path, template_file: Path
) -> None:
    out = tmp_path / "plan.json"
    with pytest.raises(OutputRefusedError), atomic_output(out, overwrite=True) as stream:
        stream.write(b"the export")
        shutil.copyfile(template_file, out)
    assert sha(out) == sha(template_file)


HOLD_PART = """
import sys
from pathlib import Path
from phbplanner.services.exports import atomic_output
with atomic_output(Path(sys.argv[1])) as stream:
    stream.write(b"half")
    stream.flush()
    print("writing", flush=True)
    if sys.argv[2] == "wait":
        sys.stdin.readline()
    else:
        import os, signal
        os.kill(os.getpid(), signal.SIGKILL)  # killed in the middle of the export
"""


def _start(out: Path, how: str) -> subprocess.Popen[str]:
    root = str(Path(__file__).resolve().parents[2])
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_PART, str(out), how],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": root},
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "writing"
    return child


@pytest.mark.skipif(sys.platform == "win32", reason="flock")
def test_parts_of_killed_exports_are_removed_by_the_next_export_but_not_live_ones(
    tmp_path: Path,
) -> None:
    killed = _start(tmp_path / "a.json", "kill")
    killed.wait()
    left = list(tmp_path.glob(".phbplanner-export-*.part"))
    assert len(left) == 1
    assert left[0].stat().st_mode & 0o777 == 0o600  # plaintext, but private
    assert left[0].read_bytes() == b"half"
    foreign = tmp_path / ".holiday-video.mkv.part"  # a browser's download: not ours
    foreign.write_bytes(b"video")
    live = _start(tmp_path / "b.json", "wait")
    try:
        live_parts = set(tmp_path.glob(".phbplanner-export-*.part")) - set(left)
        assert len(live_parts) == 1
        export_plan_json(example_plan(), tmp_path / "c.json")
        names = {p.name for p in tmp_path.iterdir()}
        assert left[0].name not in names  # the dead one is gone
        assert live_parts.pop().name in names  # the live one is left alone
        assert foreign.name in names and "c.json" in names
    finally:
        assert live.stdin is not None
        live.stdin.write("\n")
        live.stdin.close()
        live.wait()
    assert json.loads((tmp_path / "c.json").read_text("utf-8"))["format"] == "phbplanner-plan"
    assert (tmp_path / "b.json").read_bytes() == b"half"
    assert not list(tmp_path.glob(".phbplanner-export-*"))


def test_a_long_output_name_needs_no_longer_temporary_name(tmp_path: Path) -> None:
    out = tmp_path / ("n" * 250 + ".json")  # 255 bytes: a temporary name from it would not fit
    export_plan_json(example_plan(), out)
    assert out.exists()


def test_exporting_from_another_plan_over_a_plan_is_refused(tmp_path: Path) -> None:
    one, two = tmp_path / "one.phbplan", tmp_path / "two.phbplan"
    create_plan_file(one, PASS, example_plan(), author="T").close()
    create_plan_file(two, PASS, example_plan(), author="T").close()
    before = sha(two)
    with pytest.raises(OutputRefusedError):
        export_plan_json(example_plan(), two, overwrite=True)
    assert sha(two) == before


def test_a_link_as_output_is_replaced_not_written_through(tmp_path: Path) -> None:
    target = tmp_path / "someone-elses.txt"
    target.write_text("theirs")
    link = tmp_path / "out.json"
    link.symlink_to(target)
    export_plan_json(example_plan(), link, overwrite=True)
    assert target.read_text() == "theirs"
    assert not link.is_symlink()
    assert json.loads(link.read_text("utf-8"))["format"] == "phbplanner-plan"


@pytest.mark.parametrize(
    "data",
    [
        "\ufeffDate,Amount\n01/02/2026,12.50\n".encode(),  # a CSV saved by Excel
        "Date,Amount\n01/02/2026,12.50\n".encode("utf-16"),  # with UTF-16's byte-order mark
        b"Date,Amount\n01/02/2026,12.50\n",
    ],
)
def test_a_text_file_with_a_byte_order_mark_is_not_taken_for_a_plan(
    tmp_path: Path, data: bytes
) -> None:
    from phbplanner.storage.engine import looks_like_plan_file

    path = tmp_path / "entries.csv"
    path.write_bytes(data)
    assert not looks_like_plan_file(path)
