"""Excluded categories have reasons; keyword warnings match whole words only."""

import pytest

from phbplanner.domain.categories import (
    EXCLUDED,
    Category,
    category_label,
    exclusion_reason,
    keyword_warnings,
)


def test_every_category_has_a_label_and_only_excluded_ones_a_reason() -> None:
    for category in Category:
        assert category_label(category)
        assert (exclusion_reason(category) is not None) == (category in EXCLUDED)


def test_the_excluded_categories_of_the_spec() -> None:
    assert {c.value for c in EXCLUDED} == {
        "alcohol", "tobacco", "gambling", "debt_repayment", "illegal", "emergency_care",
        "gp_services", "dental_services", "nhs_commissioned",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "keywords"),
    [
        ("Wine for the party", ["wine"]),
        ("Lottery tickets and a LOAN repayment", ["lottery", "loan"]),
        ("Credit card bill", ["credit card"]),
        ("Cigarettes", ["cigarettes"]),
        ("Winery tour by minibus", []),
        ("Betterment course", []),
        ("Gingerbread baking class", []),
        ("Personal assistant for walks", []),
    ],
)
def test_keyword_warnings(text: str, keywords: list[str]) -> None:
    assert [w.keyword for w in keyword_warnings(text)] == keywords


def test_warning_names_the_category_it_looks_like() -> None:
    (warning,) = keyword_warnings("Bingo night")
    assert warning.category is Category.GAMBLING
