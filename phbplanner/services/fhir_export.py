"""Export a plan as a FHIR R4 bundle (``phbplanner export FILE --format fhir --output OUT.json``).

The bundle is built in memory first (so a plan that cannot be exported changes nothing on disk),
then written atomically: the file appears whole at ``out_path`` or not at all.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from ..domain.plan import Plan
from ..domain.versions import VersionInfo
from ..interchange.fhir import OutcomeReview, dumps_bundle
from .exports import atomic_output, with_fingerprint


def export_plan_fhir(
    plan: Plan,
    version: VersionInfo,
    out_path: Path,
    *,
    latest_reviews: Mapping[str, OutcomeReview] | None = None,
    overwrite: bool = False,
) -> Path:
    """Write the FHIR R4 ``Bundle`` of ``plan`` as ``version`` to ``out_path`` (UTF-8 JSON)
    atomically; return the path.

    ``latest_reviews`` (outcome id → what its latest review found) sets each reviewed Goal's
    achievement status. Raises :class:`~phbplanner.services.exports.ExportError` with a
    plain-English message when the file cannot be written; ``out_path`` is then left as it was.
    An existing file is replaced only with ``overwrite``; a plan file never.
    """
    version = with_fingerprint(plan, version)
    data = dumps_bundle(plan, version, latest_reviews=latest_reviews).encode("utf-8")
    with atomic_output(out_path, overwrite=overwrite) as stream:
        stream.write(data)
    return out_path
