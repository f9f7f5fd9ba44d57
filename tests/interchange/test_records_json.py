"""Interchange JSON carries the spending records (format version 2), and v1 files stay readable."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from referencing import Registry, Resource

from phbplanner.domain.documents import DocumentKind
from phbplanner.domain.ledger import Account, Entry, PaymentMethod, Purpose, Split
from phbplanner.domain.money import Money
from phbplanner.domain.records import DocumentRecord, Records
from phbplanner.interchange.document import full_document, parse_document
from phbplanner.interchange.errors import NotAPlanError, PlanFormatError
from phbplanner.interchange.plan_json import plan_document, plan_fingerprint
from phbplanner.interchange.records_schema import document_schema
from tests.storage.support import example_plan

ROOT = Path(__file__).resolve().parents[2]
PNG = b"\x89PNG\r\n\x1a\n" + b"receipt 42" + bytes(20)


def records() -> Records:
    account = Account("Direct payment account", opening_balance=Money(125_000),
                      opening_date=date(2026, 4, 1), id=1)  # fmt: skip
    entries = (
        Entry(
            date(2026, 4, 2),
            Money(210_000),
            payee="NHS ICB",
            purpose=Purpose.BUDGET_PAYMENT,
            account_id=1,
            id=1,
            bank_balance=Money(335_000),
            reconciled=True,
        ),
        Entry(
            date(2026, 4, 7),
            Money(-45_600),
            payee="Łukasz Nowak",
            description="Wages, week 1",
            purpose=Purpose.PLAN_LINE,
            method=PaymentMethod.BANK_TRANSFER,
            account_id=1,
            id=2,
            splits=(Split("s1", Money(-40_000), "Walks"), Split("s2", Money(-5_600), "Home")),
        ),
        Entry(
            date(2026, 4, 9),
            Money(-1_250),
            payee='=HYPERLINK("x")',
            purpose=Purpose.PLAN_LINE,
            line_id="s3",
            line_description="Swimming",
            account_id=1,
            id=3,
            notes="Zoë's",
        ),
    )
    document = DocumentRecord(
        id=1, kind=DocumentKind.PAYSLIP, filename="payslip.png", mime="image/png", size=len(PNG),
        sha256=hashlib.sha256(PNG).hexdigest(), entries=(2, 3), details={"net_pay": "400.00"},
        data=PNG,
    )  # fmt: skip
    return Records((account,), entries, (document,))


def _schema_check(document: dict[str, Any]) -> None:
    reviews = json.loads((ROOT / "resources/schema/reviews-part.schema.json").read_text("utf-8"))
    registry = Registry().with_resource(reviews["$id"], Resource.from_contents(reviews))
    jsonschema.Draft202012Validator(document_schema(), registry=registry).validate(document)


def test_records_round_trip_with_and_without_bytes() -> None:
    plan, kept = example_plan(), records()
    document = json.loads(json.dumps(full_document(plan, kept, with_attachments=True)))
    assert document["version"] == 2
    _schema_check(document)
    read = parse_document(document)
    assert read.plan == plan and read.records == kept
    listed = json.loads(json.dumps(full_document(plan, kept)))
    assert "data" not in listed["attachments"][0]
    assert parse_document(listed).records.attachments[0].data is None


def test_a_plan_alone_is_still_version_1_and_its_fingerprint_ignores_records() -> None:
    plan = example_plan()
    assert full_document(plan) == plan_document(plan)
    assert plan_document(plan)["version"] == 1
    with_records = full_document(plan, records())
    assert parse_document(with_records).plan == plan
    assert plan_fingerprint(parse_document(with_records).plan) == plan_fingerprint(plan)
    _schema_check(plan_document(plan))


def test_shipped_v2_schema_is_up_to_date() -> None:
    shipped = json.loads((ROOT / "resources/schema/plan-v2.schema.json").read_text("utf-8"))
    assert shipped == document_schema(2), (
        "run .venv/bin/python -m phbplanner.interchange.records_schema "
        "resources/schema/plan-v2.schema.json"
    )


def test_records_in_a_version_1_document_are_refused_by_name() -> None:
    document = full_document(example_plan(), records())
    document["version"] = 1
    with pytest.raises(PlanFormatError) as info:
        parse_document(document)
    paths = {p.path for p in info.value.problems}
    assert {"accounts", "entries", "attachments"} <= paths


def _bad(change: Any) -> list[str]:
    document = json.loads(
        json.dumps(full_document(example_plan(), records(), with_attachments=True))
    )
    change(document)
    with pytest.raises(PlanFormatError) as info:
        parse_document(document)
    assert not isinstance(info.value, NotAPlanError)
    return [str(p) for p in info.value.problems]


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        (lambda d: d["entries"][1].update(amount="-45.605"), "entries[1].amount", "2"),
        (lambda d: d["entries"][1].update(amount="£1,2,3"), "entries[1].amount", ""),
        (lambda d: d["entries"][0].update(date="2026-02-30"), "entries[0].date", "real date"),
        (
            lambda d: d["entries"][1]["splits"][0].update(amount="-1.00"),
            "entries[1].splits",
            "add up",
        ),
        (lambda d: d["entries"][2].update(account=9), "entries[2].account", "account"),
        (lambda d: d["entries"][2].update(purpose="refund"), "entries[2].line", "plan line"),
        (lambda d: d["entries"].append(dict(d["entries"][0])), "entries[3].id", "twice"),
        (
            lambda d: d["attachments"][0].update(entries=[2, 99]),
            "attachments[0].entries[1]",
            "entry",
        ),
        (
            lambda d: d["attachments"][0].update(data=base64.b64encode(b"not the same").decode()),
            "attachments[0].data",
            "",
        ),
        (lambda d: d["attachments"][0].update(data="***"), "attachments[0].data", "base64"),
        (lambda d: d["entries"][0].update(surprise=1), "entries[0].surprise", "not a field"),
        (lambda d: d["entries"][0].update(reconciled="yes"), "entries[0].reconciled", "true"),
        (lambda d: d.update(entries={"a": 1}), "entries", "list"),
        (lambda d: d["entries"][0].update(payee="\ud800"), "entries[0].payee", ""),
    ],
)
def test_bad_records_are_named_by_path(change: Any, path: str, words: str) -> None:
    problems = _bad(change)
    assert any(p.startswith(path) and words in p for p in problems), problems


def test_hostile_sizes_are_refused_plainly() -> None:
    def huge(d: dict[str, Any]) -> None:
        d["entries"][0]["payee"] = "x" * 20_001

    assert any("20000" in p or "20,000" in p for p in _bad(huge))

    def many(d: dict[str, Any]) -> None:
        d["entries"] = [copy.deepcopy(d["entries"][0]) for _ in range(10_001)]

    assert any("10000" in p or "10,000" in p for p in _bad(many))
