"""The cached fingerprint is byte-for-byte the interchange fingerprint."""

from __future__ import annotations

import dataclasses
from datetime import date

from phbplanner.domain.fingerprint import fingerprint_of
from phbplanner.domain.plan import Outcome, Plan, Strength
from phbplanner.interchange.plan_json import plan_document
from phbplanner.services.edits import MoveItem, PutItem, RemoveItem, SetSection, apply_edit
from phbplanner.services.fingerprints import FingerprintCache


def plan_fingerprint(plan: Plan) -> str:
    # Worked out from scratch every time (plan_fingerprint itself remembers recent plans).
    return fingerprint_of(plan_document(plan))


def test_matches_plan_fingerprint_through_edits(plan: Plan) -> None:
    cache = FingerprintCache()
    assert cache.fingerprint(Plan()) == plan_fingerprint(Plan())
    assert cache.fingerprint(plan) == plan_fingerprint(plan)
    edits = [
        SetSection("person", dataclasses.replace(plan.person, name="Nguyễn “Zoë” \\ \n 💡")),
        PutItem("strengths", Strength(id="x", text="Łukasz\u2028line")),
        PutItem("outcomes", Outcome(id="o9", title="Swim", target_date=date(2027, 1, 1)), 0),
        MoveItem("outcomes", "o9", 3),
        RemoveItem("strengths", "x"),
        SetSection("consent_to_share", None),
    ]
    for edit in edits:
        plan, _ = apply_edit(plan, edit)
        assert cache.fingerprint(plan) == plan_fingerprint(plan)


def test_matches_when_a_change_moves_the_plan_to_format_version_3_and_back(plan: Plan) -> None:
    from phbplanner.domain.plan import Employment
    from phbplanner.interchange.plan_json import document_version

    cache = FingerprintCache()
    assert cache.fingerprint(plan) == plan_fingerprint(plan)
    line = dataclasses.replace(plan.support_lines[0], group="pa.1")
    steps = [
        PutItem("support_lines", line),  # a group: version 3, every line with its group
        PutItem("employments", Employment("pa.1", name="Siân")),
        RemoveItem("employments", "pa.1"),
        PutItem("support_lines", dataclasses.replace(line, group="")),  # back to version 1
    ]
    versions = []
    for edit in steps:
        plan, _ = apply_edit(plan, edit)
        versions.append(document_version(plan))
        assert cache.fingerprint(plan) == plan_fingerprint(plan)
    assert versions == [3, 3, 3, 1]
