"""Format version 3 (support line groups, employments) beside versions 1 and 2: the lowest
version that holds a document is written, so plans without either keep their bytes and
fingerprints; a later field in an older document is refused by name."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from phbplanner.domain.ledger import Account
from phbplanner.domain.plan import Plan
from phbplanner.domain.records import Records
from phbplanner.interchange.document import full_document, parse_document
from phbplanner.interchange.plan_json import (
    PlanFormatError,
    document_version,
    dumps_plan,
    loads_plan,
    parse_plan,
    plan_document,
)

ROOT = Path(__file__).resolve().parents[2]
VERSION_1_FILES = [
    ROOT / "resources" / "example-plan.json",
    *sorted((ROOT / "tests" / "storage" / "fixtures").glob("schema-v*.json")),
]


@pytest.mark.parametrize("path", VERSION_1_FILES, ids=lambda p: p.name)
def test_plans_without_groups_or_employments_are_still_version_1_byte_for_byte(
    path: Path,
) -> None:
    text = path.read_text("utf-8")
    plan = loads_plan(text)
    assert document_version(plan) == 1
    assert dumps_plan(plan) == dumps_plan(loads_plan(dumps_plan(plan)))
    document = plan_document(plan)
    assert document["version"] == 1 and "employments" not in document
    assert all("group" not in line for line in document["support_lines"])
    if json.loads(text).get("version") == 1 and path.parent.name == "fixtures":
        assert dumps_plan(plan) == text  # written by the program before version 3 existed


def _document(version: int, **parts: object) -> dict[str, object]:
    return {"format": "phbplanner-plan", "version": version, **parts}


@pytest.mark.parametrize("version", [1, 2])
def test_a_later_field_in_an_older_document_is_refused_by_name(version: int) -> None:
    with pytest.raises(PlanFormatError) as caught:
        parse_plan(
            _document(
                version,
                support_lines=[{"id": "s1", "group": "pa.1"}],
                employments=[{"id": "pa.1", "name": "Anna"}],
            )
        )
    assert sorted(str(problem) for problem in caught.value.problems) == [
        f"employments: is not a field of format version {version}: it came in version 3",
        f"support_lines[0].group: is not a field of format version {version}: it came in version 3",
    ]


def test_a_version_3_document_is_read_and_written_back_whole() -> None:
    document = _document(
        3,
        support_lines=[{"id": "pa.1.wages", "group": "pa.1"}, {"id": "s2"}],
        employments=[
            {"name": "Anna", "hourly_rate": "12.71", "hours_per_week": "15",
             "pattern": None, "insurance": {"amount": "90.00", "frequency": "annually"}},
        ],
    )  # fmt: skip
    plan = parse_plan(document)
    assert plan.employments[0].id.startswith("pa.")  # an id given out, like a group
    written = plan_document(plan)
    assert written["version"] == 3
    assert [line["group"] for line in written["support_lines"]] == ["pa.1", ""]
    assert written["employments"][0]["insurance"] == {"amount": "90.00", "frequency": "annually"}
    assert loads_plan(dumps_plan(plan)) == plan


def test_a_version_3_document_using_nothing_new_is_written_as_version_1() -> None:
    plan = parse_plan(_document(3, support_lines=[{"id": "s1", "group": ""}], employments=[]))
    assert plan_document(plan)["version"] == 1


@pytest.mark.parametrize(
    ("group", "ok"), [("pa.1", True), ("g-2_x", True), ("pa 1", False), ("pa/1", False)]
)
def test_a_group_is_letters_digits_and_a_few_signs(group: str, ok: bool) -> None:
    document = _document(3, support_lines=[{"id": "s1", "group": group}])
    if ok:
        assert parse_plan(document).support_lines[0].group == group
    else:
        with pytest.raises(PlanFormatError, match=r"support_lines\[0\]\.group"):
            parse_plan(document)


def test_a_document_with_records_and_a_pa_is_version_3_and_read_back_whole() -> None:
    plan = parse_plan(
        _document(3, support_lines=[{"id": "pa.1.wages", "group": "pa.1"}],
                  employments=[{"id": "pa.1", "name": "Anna"}])
    )  # fmt: skip
    records = Records(
        accounts=(Account("Direct payment account", opening_date=date(2026, 4, 1), id=1),)
    )
    document = full_document(plan, records)
    assert document["version"] == 3 and document["accounts"]
    assert full_document(Plan(), records)["version"] == 2  # the records alone need only 2
    assert parse_document(document).plan == plan
