"""Writing the FHIR bundle of a plan held in a real encrypted file, atomically."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from phbplanner.domain.versions import Agreement
from phbplanner.interchange.fhir import OutcomeReview, ReviewedStatus, dumps_bundle
from phbplanner.services.exports import ExportError
from phbplanner.services.fhir_export import export_plan_fhir
from phbplanner.services.files import open_plan_file
from tests.interchange.fhir_check import one, resources, validated
from tests.storage.support import PASS


def test_export_writes_the_bundle_of_the_open_plan(plan_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan-fhir.json"
    with open_plan_file(plan_file, PASS, author="Jo", backup=False) as session:
        plan, version = session.plan, session.version
        assert export_plan_fhir(plan, version, out) == out
        expected = dumps_bundle(plan, version).encode("utf-8")
    data = out.read_bytes()
    assert data == expected
    document, _ = validated(data.decode("utf-8"))
    care_plan = one(document, "CarePlan")
    assert care_plan["status"] == "draft"
    assert care_plan["identifier"][0]["value"] == version.fingerprint
    assert len(resources(document, "Goal")) == 3
    assert not list(tmp_path.glob(".*.part"))  # no temporary file left behind


def test_an_agreed_version_exports_as_an_active_plan(plan_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "agreed.json"
    with open_plan_file(plan_file, PASS, author="Jo", backup=False) as session:
        agreed = session.agree(
            Agreement(person_name="Siân Pritchard", agreed_on=date(2026, 3, 25),
                      coordinator_name="Grace Okafor")
        )  # fmt: skip
        reviews = {"o1": OutcomeReview(date(2026, 6, 30), ReviewedStatus.IN_PROGRESS)}
        export_plan_fhir(session.version_plan(agreed.number), agreed, out, latest_reviews=reviews)
    document, _ = validated(out.read_text(encoding="utf-8"))
    assert one(document, "CarePlan")["status"] == "active"
    goal = resources(document, "Goal")[0]
    assert goal["achievementStatus"]["coding"][0]["code"] == "in-progress"


def test_a_failed_export_leaves_nothing_half_written(plan_file: Path, tmp_path: Path) -> None:
    with open_plan_file(plan_file, PASS, author="Jo", backup=False) as session:
        plan, version = session.plan, session.version
    with pytest.raises(ExportError, match="does not exist"):
        export_plan_fhir(plan, version, tmp_path / "no such folder" / "out.json")
    # A folder in the way: the replace fails, the folder is untouched and no temporary file stays.
    blocker = tmp_path / "out.json"
    blocker.mkdir()
    (blocker / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ExportError):
        export_plan_fhir(plan, version, blocker)
    assert (blocker / "keep.txt").read_text(encoding="utf-8") == "mine"
    assert not list(tmp_path.glob(".*.part"))
    # An existing export is kept unless replacing it is asked for; then it is replaced whole.
    target = tmp_path / "earlier.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(ExportError, match="already a file"):
        export_plan_fhir(plan, version, target)
    assert target.read_text(encoding="utf-8") == "old"
    export_plan_fhir(plan, version, target, overwrite=True)
    validated(target.read_text(encoding="utf-8"))
