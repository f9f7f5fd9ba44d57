"""The FHIR JSON writer: decimals exactly as written, never a float, valid JSON always."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from phbplanner.interchange.fhir_json import FhirJsonError, dumps_fhir


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("1234.50"), "1234.50"),
        (Decimal("0.10"), "0.10"),
        (Decimal("-12.00"), "-12.00"),
        (Decimal("2.5"), "2.5"),
        (Decimal("5"), "5"),
        (Decimal("1E+3"), "1000"),  # never an exponent
        (Decimal("0.000001"), "0.000001"),
        (Decimal("999999999.99"), "999999999.99"),
    ],
)
def test_decimals_are_written_with_exactly_their_digits(value: Decimal, text: str) -> None:
    assert dumps_fhir({"value": value}) == '{\n  "value": ' + text + "\n}\n"
    read = json.loads(dumps_fhir([value]), parse_float=Decimal)[0]
    assert read == value


def test_other_values_and_layout() -> None:
    document = {"resourceType": "Patient", "active": True, "deceasedBoolean": False,
                "multipleBirthInteger": 2, "name": [{"text": "Siân \"Sî\" Nguyễn\n"}],
                "contact": [], "meta": {}}  # fmt: skip
    text = dumps_fhir(document)
    assert json.loads(text) == document
    assert text.startswith('{\n  "resourceType": "Patient",\n  "active": true,')
    assert '"Siân \\"Sî\\" Nguyễn\\n"' in text  # escaped as JSON, letters kept as they are
    assert text.endswith("}\n")


@pytest.mark.parametrize(
    "bad",
    [1.5, Decimal("NaN"), Decimal("Infinity"), {1: "x"}, {"when": object()}, None],
)
def test_what_cannot_be_written_exactly_is_refused(bad: Any) -> None:
    with pytest.raises(FhirJsonError):
        dumps_fhir({"value": [bad]})


_scalars = (
    st.text(max_size=20)
    | st.integers(-(10**12), 10**12)
    | st.booleans()
    | st.decimals(allow_nan=False, allow_infinity=False, places=2, max_value=10**9,
                  min_value=-(10**9))
)  # fmt: skip
_documents = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=20,
)  # fmt: skip


@settings(derandomize=True, deadline=None, max_examples=200)
@given(_documents)
def test_any_document_reads_back_the_same(document: Any) -> None:
    text = dumps_fhir(document)
    assert json.loads(text, parse_float=Decimal) == document
    assert dumps_fhir(document) == text
