"""Issue 10.17 and 10.19 (JSON): each hostile or odd file gets a plain reason and a documented
exit code from every command that reads it — never a traceback, never a 10 MB message."""

from __future__ import annotations

import codecs
import json
from pathlib import Path
from typing import Any

import pytest

from phbplanner.cli import main
from phbplanner.interchange.plan_json import (
    NotAPlanError,
    PlanFormatError,
    dumps_plan,
    load_plan_file,
    loads_plan,
    looks_like_plan_json,
)

PASS = "correct horse battery 42"


@pytest.fixture
def example(example_plan_path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(example_plan_path.read_text("utf-8"))
    return document


def _text(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False)


def _with(document: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    copy: dict[str, Any] = json.loads(json.dumps(document))
    target: Any = copy
    keys = path.split(".")
    for key in keys[:-1]:
        target = target[int(key)] if key.isdigit() else target[key]
    target[int(keys[-1]) if keys[-1].isdigit() else keys[-1]] = value
    return copy


def _cases(document: dict[str, Any]) -> dict[str, tuple[bytes, int, str]]:
    """name → (file bytes, exit code, words the reason must hold)."""
    plain = _text(document)
    marker = '"person": {"name": "'
    assert marker in plain
    deep_value = "[" * 985 + "]" * 985
    return {
        "lone surrogate, escaped": (
            json.dumps(_with(document, "person.name", "Siân \ud800")).encode(),  # "\ud800"
            1,
            "person.name: contains a broken character (\\ud800)",
        ),
        "lone surrogate, raw bytes": (
            plain.replace(marker, marker + "\udc80", 1)
            .encode("utf-8", "surrogateescape")
            .replace(b"\x80", b"\xed\xa0\x80", 1),
            4,
            "not UTF-8 text",
        ),
        "integer of 4,400 digits": (
            plain.replace('"interval_months": 12', '"interval_months": ' + "9" * 4400).encode(),
            1,
            "reviews.interval_months: 99999",
        ),
        "nested 985 levels": (
            plain.replace(marker, '"person": {"x": ' + deep_value + ', "name": "', 1).encode(),
            4,
            "nested too deeply",
        ),
        "nested 100,000 levels": (
            ('{"person": ' + "[" * 100_000 + "]" * 100_000 + "}").encode(),
            4,
            "nested too deeply",
        ),
        "budget period in year 9999": (
            _text(_with(document, "budget.period_end", "9999-12-31")).encode(),
            1,
            'budget.period_end: "9999-12-31" is outside the years 1900 to 2200',
        ),
        "a dangling id of 10 MB": (
            _text(_with(document, "support_lines.0.outcomes", ["o" * 10_000_000])).encode(),
            1,
            "is not the id of an outcome in this plan",
        ),
        "UTF-16 without a byte-order mark": (plain.encode("utf-16-le"), 4, ""),
    }


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", ["check", "summary", "new"])
def test_every_command_gives_a_plain_reason_and_a_documented_exit_code(
    command: str,
    example: dict[str, Any],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PHBPLANNER_PASSPHRASE", PASS)
    for name, (data, code, words) in _cases(example).items():
        source = tmp_path / "plan.json"
        source.write_bytes(data)
        target = tmp_path / "new.phbplan"
        args = ["new", str(target), "--from", str(source)] if command == "new" else [command]
        if command != "new":
            args.append(str(source))
        got, _, err = _run(capsys, *args)
        assert got == code, (name, got, err[:300])
        assert "Traceback" not in err and not target.exists(), name
        assert words in err, (name, err[:300])
        assert len(err) < 2_000, (name, len(err))
        assert all(line.startswith("phbplanner: ") for line in err.splitlines()), (name, err)


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (b"", "utf-8"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
def test_every_command_reads_the_same_encodings(
    bom: bytes,
    codec: str,
    example_plan_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plan = load_plan_file(example_plan_path)
    source = tmp_path / "plan.json"
    source.write_bytes(bom + dumps_plan(plan).encode(codec))
    assert loads_plan(source.read_bytes()) == plan
    assert _run(capsys, "check", str(source))[0] == 0
    code, out, _ = _run(capsys, "summary", str(source))
    assert code == 0 and "Siân Pritchard" in out
    monkeypatch.setenv("PHBPLANNER_PASSPHRASE", PASS)
    assert _run(capsys, "new", str(tmp_path / "a.phbplan"), "--from", str(source))[0] == 0


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (codecs.BOM_UTF32_LE + "{}".encode("utf-32-le"), "UTF-32"),
        ('{"format": "phbplanner-plan"}'.encode("utf-16-le"), "without a byte-order mark"),
        (codecs.BOM_UTF16_LE + b"{\x00\x00\xd8", "not valid UTF-16"),
        (b'{"a": "\xff"}', "line 1"),
        (b"\xef\xbb\xbf\xef\xbb\xbf{}", "not valid JSON"),
        (b"x" * (50 * 1024 * 1024 + 1), "too large"),
    ],
)
def test_unreadable_encodings_are_refused_with_a_reason(data: bytes, words: str) -> None:
    with pytest.raises(NotAPlanError) as caught:
        loads_plan(data)
    assert words in str(caught.value)
    assert caught.value.exit_code == 4


def test_a_plan_file_is_not_mistaken_for_json(tmp_path: Path) -> None:
    # An encrypted plan starts with random bytes; only text that opens an object is JSON.
    assert looks_like_plan_json(b'\n  {"format": "phbplanner-plan"')
    assert looks_like_plan_json(codecs.BOM_UTF16_LE + "{".encode("utf-16-le"))
    assert not looks_like_plan_json(b"{\x8a\x01\xf3\x99 random salt bytes \x00\x17")
    assert not looks_like_plan_json(b"SQLite format 3\x00")


def test_values_in_messages_are_cut_and_made_printable(example: dict[str, Any]) -> None:
    document = _with(example, "outcomes.0.status", "\x1b]0;hello\x07" + "z" * 5000)
    with pytest.raises(PlanFormatError) as caught:
        loads_plan(_text(document))
    message = str(caught.value.problems[0])
    assert "\x1b" not in message and "\x07" not in message
    assert "\\x1b" in message and "…" in message
    assert len(message) < 200


def test_unknown_keys_of_any_size_are_named_briefly(example: dict[str, Any]) -> None:
    document = _with(example, "person", {**example["person"], "k" * 100_000: 1, "\ud800": 2})
    text = _text(document).encode("utf-8", "surrogatepass")
    with pytest.raises(PlanFormatError) as caught:
        loads_plan(text.decode("utf-8", "surrogatepass"))
    messages = [str(problem) for problem in caught.value.problems]
    assert all(len(m) < 200 for m in messages), messages
    assert any(m.startswith("person.\\ud800:") for m in messages), messages
