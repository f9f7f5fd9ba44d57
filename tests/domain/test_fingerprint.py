"""Fingerprints: SHA-256 of canonical JSON, shown in groups of four."""

import hashlib

from phbplanner.domain.fingerprint import (
    canonical_json,
    fingerprint_of,
    format_fingerprint,
    normalise_fingerprint,
)
from phbplanner.domain.nhs import format_nhs_number, nhs_number_problem


def test_canonical_json_sorts_keys_and_has_no_spare_whitespace() -> None:
    assert canonical_json({"b": 1, "a": ["x", "Siân"]}) == '{"a":["x","Siân"],"b":1}'.encode()


def test_fingerprint_is_sha256_of_the_canonical_bytes() -> None:
    document = {"z": "Zoë", "a": 1}
    assert fingerprint_of(document) == hashlib.sha256(canonical_json(document)).hexdigest()
    assert fingerprint_of({"a": 1, "z": "Zoë"}) == fingerprint_of(document)


def test_groups_of_four_and_reading_it_back() -> None:
    digest = hashlib.sha256(b"x").hexdigest()
    shown = format_fingerprint(digest)
    groups = shown.split(" ")
    assert len(groups) == 16 and all(len(g) == 4 for g in groups)
    assert normalise_fingerprint(shown.upper()) == digest
    assert normalise_fingerprint(shown[:-1]) is None
    assert normalise_fingerprint("not a fingerprint") is None


def test_nhs_number_check_digit() -> None:
    assert nhs_number_problem("943 476 5919") is None
    assert nhs_number_problem("") is None
    assert nhs_number_problem("943 476 5918") is not None  # wrong check digit
    assert nhs_number_problem("943 476 591") is not None  # nine digits
    assert nhs_number_problem("943-476-591X") is not None
    assert format_nhs_number("9434765919") == "943 476 5919"
