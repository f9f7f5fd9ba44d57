"""The consent record: kept in the plan (format version 2), read, written, stored, fingerprinted
and printed — and a plan without one is exactly the version 1 document it always was."""

from __future__ import annotations

import dataclasses
import io
import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from phbplanner.domain.plan import ConsentRecord, Plan
from phbplanner.interchange.plan_json import (
    VERSION,
    NotAPlanError,
    PlanFormatError,
    dumps_plan,
    load_plan_file,
    loads_plan,
    parse_plan,
    plan_document,
    plan_fingerprint,
)
from phbplanner.services.edits import PutItem
from phbplanner.services.files import create_plan_file, open_plan_file
from phbplanner.services.fingerprints import FingerprintCache

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "resources" / "schema"
EXAMPLE = ROOT / "resources" / "example-plan.json"
PASS = "correct horse battery 42"
RECORD = ConsentRecord(
    "cs1",
    helper="Sam Patel",
    helper_role="peer support volunteer",
    what="My plan and my spending records",
    shared_with="My care coordinator and the ICB",
    agreed_on=date(2026, 5, 1),
)


def _schema(version: int) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        json.loads((SCHEMAS / f"plan-v{version}.schema.json").read_text("utf-8"))
    )


def _with_consent() -> Plan:
    return dataclasses.replace(load_plan_file(EXAMPLE), consents=(RECORD,))


def test_a_plan_without_consent_records_is_still_a_version_1_document() -> None:
    plan = load_plan_file(EXAMPLE)
    document = plan_document(plan)
    assert document["version"] == 1 and "consents" not in document
    _schema(1).validate(document)
    # the plan's sections exactly as the shipped example has them (written before consents)
    shipped = json.loads(EXAMPLE.read_text("utf-8"))
    written = json.loads(dumps_plan(plan))
    assert {k: shipped[k] for k in written if k != "version"} == {
        k: v for k, v in written.items() if k != "version"
    }


def test_a_consent_record_makes_it_version_2_and_round_trips() -> None:
    plan = _with_consent()
    document = plan_document(plan)
    assert document["version"] == 2
    assert document["consents"] == [
        {
            "id": "cs1",
            "helper": "Sam Patel",
            "helper_role": "peer support volunteer",
            "what": "My plan and my spending records",
            "shared_with": "My care coordinator and the ICB",
            "agreed_on": "2026-05-01",
        }
    ]
    _schema(2).validate(document)
    with pytest.raises(jsonschema.ValidationError):
        _schema(1).validate(document)  # an older program's schema refuses it…
    assert loads_plan(dumps_plan(plan)) == plan
    assert plan_fingerprint(plan) != plan_fingerprint(load_plan_file(EXAMPLE))  # …it is signed


def test_version_1_refuses_consent_records_by_name_and_a_later_version_is_newer() -> None:
    document = plan_document(_with_consent())
    document["version"] = 1
    with pytest.raises(PlanFormatError) as info:
        parse_plan(document)
    assert [str(p) for p in info.value.problems] == [
        "consents: is not a field of format version 1: it came in version 2"
    ]
    document["version"] = 3  # a version 3 document may hold them too (3 added the PA's parts)
    assert parse_plan(document) == _with_consent()
    document["version"] = VERSION + 1
    with pytest.raises(NotAPlanError, match="newer version of PHB Planner"):
        parse_plan(document)


def test_entry_rules_apply_to_consent_records() -> None:
    document = plan_document(_with_consent())
    document["consents"][0]["agreed_on"] = "2099-01-01"
    document["consents"].append({"id": "cs1"})
    with pytest.raises(PlanFormatError) as info:
        parse_plan(document, today=date(2026, 6, 1))
    problems = [str(p) for p in info.value.problems]
    assert any(p.startswith("consents[0].agreed_on") and "future" in p for p in problems)
    assert any(p.startswith("consents[1].id") for p in problems)


def test_kept_in_the_file_and_changed_one_record_at_a_time(tmp_path: Path) -> None:
    path = tmp_path / "plan.phbplan"
    with create_plan_file(path, PASS, _with_consent(), author="Sam", supporter=True) as session:
        second = dataclasses.replace(RECORD, id="cs2", helper="Ann", helper_role="daughter")
        session.apply(PutItem("consents", second))
        assert session.history()[0].what == "Added consent record “Ann”"
        assert session.history()[0].section == "consents"
        cache = FingerprintCache()
        cache.fingerprint(session.plan)  # the first plan: worked out whole
        changed = dataclasses.replace(
            session.plan, consents=(*session.plan.consents, dataclasses.replace(second, id="cs3"))
        )
        assert cache.fingerprint(changed) == plan_fingerprint(changed)  # the quick way agrees
        assert session.version.fingerprint == plan_fingerprint(session.plan)
    with open_plan_file(path, PASS, author="T", backup=False) as again:
        assert [c.helper for c in again.plan.consents] == ["Sam Patel", "Ann"]


def test_printed_in_who_helped() -> None:
    from phbplanner.reports.plan_pdf import build_plan_pdf
    from tests.reports.pdf_plans import draft_version
    from tests.reports.pdftext import flat, page_texts

    plan = _with_consent()
    out = io.BytesIO()
    build_plan_pdf(plan, draft_version(plan_fingerprint(plan)), out, produced=date(2026, 6, 1))
    text = flat(" ".join(page_texts(out.getvalue())))
    assert "What I agreed to share, and with whom" in text
    assert "Sam Patel (peer support volunteer)" in text
    assert "My care coordinator and the ICB" in text and "1 May 2026" in text
