"""The import's rules on plain values: duplicates, possible matches and suggestions."""

from __future__ import annotations

import dataclasses
from datetime import date

from phbplanner.domain.ledger import Purpose
from phbplanner.domain.money import Money
from phbplanner.interchange.bank import StatementRow
from phbplanner.interchange.bank.values import base_key
from phbplanner.services.import_rules import (
    DuplicateReason,
    Source,
    Suggester,
    Suggestion,
    in_order,
    match_rows,
    payee_key,
)
from phbplanner.storage.import_rows import NearbyEntry
from tests.storage.support import example_plan


def _row(
    day: int, pence: int, text: str, *, n: int = 1, ref: str = "", line: int = 2
) -> StatementRow:
    when = date(2026, 5, day)
    key = f"{base_key(when, Money(pence), '', text)}#{n}"
    return StatementRow(line, when, Money(pence), "", text, ref, None, key)


def _entry(
    entry_id: int, day: int, pence: int, payee: str = "", description: str = "", *,
    import_id: int | None = None, key: str = "", ref: str = "",
) -> NearbyEntry:  # fmt: skip
    return NearbyEntry(entry_id, date(2026, 5, day), pence, payee, description, ref, import_id, key)


def test_same_date_amount_and_text_is_a_duplicate_counting_repeats() -> None:
    coffee = "COSTA COFFEE"
    rows = [_row(3, -350, coffee, n=1), _row(3, -350, coffee, n=2), _row(3, -350, coffee, n=3)]
    imported = [
        _entry(10, 3, -350, "", coffee, import_id=1, key=rows[0].key),
        _entry(11, 3, -350, "", coffee, import_id=1, key=rows[1].key),
    ]
    found = match_rows(rows, imported)
    assert [m.duplicate_of for m in found] == [10, 11, None]
    assert found[0].reason is DuplicateReason.SAME_ROW
    # the third coffee is new; it is not even a possible match (both entries are taken)
    assert found[2].possible_match is None


def test_an_entry_typed_by_hand_with_the_same_text_is_a_duplicate() -> None:
    # typed as payee "Costa Coffee", the bank writes "COSTA-COFFEE" in its description
    found = match_rows([_row(3, -350, "COSTA-COFFEE")], [_entry(7, 3, -350, "Costa Coffee")])
    assert found[0].duplicate_of == 7


def test_no_date_tolerance_for_duplicates_but_a_possible_match_is_shown() -> None:
    typed = _entry(7, 2, -1200, "Tesco")
    found = match_rows([_row(4, -1200, "TESCO STORES 3297")], [typed])
    assert found[0].duplicate_of is None
    assert found[0].possible_match == 7
    # five days away is too far even to be shown
    assert match_rows([_row(7, -1200, "TESCO")], [typed])[0].possible_match is None
    # a different amount is never a match
    assert match_rows([_row(2, -1201, "TESCO")], [typed])[0].possible_match is None


def test_each_entry_is_a_possible_match_for_one_row_only_the_closest() -> None:
    typed = _entry(7, 5, -1000, "Taxi to hydrotherapy")
    rows = [_row(3, -1000, "CHESTER CARS", line=2), _row(5, -1000, "CHESTER CARS", line=3)]
    # both are within four days; the row of the same day is the closer
    assert [m.possible_match for m in match_rows(rows, [typed])] == [None, 7]
    # an exact duplicate is never offered as a possible match of another row
    same = _entry(8, 5, -1000, "Chester Cars")
    assert [(m.duplicate_of, m.possible_match) for m in match_rows(rows, [same])] == [
        (None, None), (8, None),
    ]  # fmt: skip


def test_an_edited_imported_entry_still_matches_by_what_the_bank_wrote() -> None:
    row = _row(3, -2500, "CHESTER CARS LTD")
    edited = _entry(5, 3, -2500, "Chester Cars (taxi)", "to hydrotherapy", import_id=2, key=row.key)
    assert match_rows([row], [edited])[0].duplicate_of == 5


def test_the_same_bank_reference_is_a_duplicate_when_it_can_be_trusted() -> None:
    earlier = _entry(9, 3, -999, "", "AMAZON MKTPLACE PENDING", import_id=1, key="x#1",
                     ref="tx_00009X7")  # fmt: skip
    # the posted row has a new description and date, but the bank's id and amount are the same
    row = _row(5, -999, "AMAZON MARKETPLACE", ref="tx_00009X7")
    found = match_rows([row], [earlier])
    assert (found[0].duplicate_of, found[0].reason) == (9, DuplicateReason.SAME_REFERENCE)
    # not when the amount differs
    assert (
        match_rows([_row(5, -998, "AMAZON", ref="tx_00009X7")], [earlier])[0].duplicate_of is None
    )
    # not when the reference is repeated in the file (a payer's words, not the bank's id)
    twice = [
        _row(5, -999, "A", ref="tx_00009X7", line=2),
        _row(6, -999, "B", ref="tx_00009X7", line=3),
    ]
    assert [m.duplicate_of for m in match_rows(twice, [earlier])] == [None, None]
    # not a reference without a digit ("RENT"), nor one typed by hand on an entry
    rent = _entry(9, 3, -999, "", "X", import_id=1, key="x#1", ref="RENT")
    assert match_rows([_row(5, -999, "Y", ref="RENT")], [rent])[0].duplicate_of is None
    typed = dataclasses.replace(earlier, import_id=None)
    assert match_rows([row], [typed])[0].duplicate_of is None


def test_payee_key_drops_numbers_dates_and_punctuation() -> None:
    assert payee_key("CARD PAYMENT TO TESCO STORES 3297 ON 12 AUG") == payee_key(
        "Card payment to Tesco Stores 5521 on 3 Sep"
    )
    assert payee_key("Siân's Café, Bangor") == "siân café bangor"


def test_rows_are_put_oldest_first_keeping_the_order_within_a_day() -> None:
    a, b, c = _row(3, -1, "A", line=4), _row(3, -2, "B", line=3), _row(1, -3, "C", line=2)
    # newest first in the file: C is oldest; within 3 May, B happened before A
    assert [r.description for r in in_order([a, b, c], newest_first=True)] == ["C", "B", "A"]
    assert [r.description for r in in_order([c, b, a], newest_first=False)] == ["C", "B", "A"]


def _suggester(last: dict[str, tuple[str, str | None, str, int]]) -> Suggester:
    return Suggester(example_plan(), last)


def test_suggestion_repeats_the_payee_s_last_assignment() -> None:
    suggest = _suggester({
        "SIAN JONES PA": ("plan_line", "s2", "2026-04-30", 40),
        "TESCO STORES 3297": ("plan_line", "s9", "2026-04-02", 12),
        "GONE LTD": ("plan_line", "s99", "2026-04-02", 13),
    }).suggest  # fmt: skip
    assert suggest("SIAN JONES PA", False) == Suggestion(Purpose.PLAN_LINE, "s2", Source.HISTORY)
    # the same words without the shop number
    assert suggest("TESCO STORES 5521", False).line_id == "s9"
    # a line the plan no longer has is not suggested
    assert suggest("GONE LTD", False).source is Source.NONE


def test_a_budget_payment_suggested_only_for_money_in() -> None:
    suggest = _suggester({"CHESHIRE ICB": ("budget_payment", None, "2026-04-01", 1)}).suggest
    assert suggest("CHESHIRE ICB", True).purpose is Purpose.BUDGET_PAYMENT
    assert suggest("CHESHIRE ICB", False).purpose is Purpose.UNASSIGNED


def test_money_in_from_the_icb_or_council_is_a_budget_payment() -> None:
    suggest = _suggester({}).suggest
    for text in ("NHS CHESHIRE PHB", "WREXHAM COUNTY BOROUGH COUNCIL", "ICB DIRECT PAYMENT",
                 "CHESHIRE AND MERSEYSIDE", "Integrated Care Board"):  # fmt: skip
        found = suggest(text, True)
        assert (found.purpose, found.source) == (Purpose.BUDGET_PAYMENT, Source.FUNDER), text
    # money out to them, or money in from someone else, is not
    assert suggest("NHS PRESCRIPTION", False).purpose is Purpose.UNASSIGNED
    assert suggest("CHESHIRE PAYROLL CO-OP REFUND", True).purpose is Purpose.UNASSIGNED


def test_money_out_to_one_line_s_provider_suggests_that_line() -> None:
    suggest = _suggester({}).suggest
    assert suggest("CHESTER CARS LTD 0151", False) == Suggestion(
        Purpose.PLAN_LINE, "s5", Source.PROVIDER
    )
    # Rhian is the PA of two lines: no guess between them
    assert suggest("RHIAN PRITCHARD", False).source is Source.NONE
    # history wins over the provider
    history = _suggester({"CHESTER CARS LTD": ("plan_line", "s3", "2026-05-01", 3)}).suggest
    assert history("CHESTER CARS LTD", False).line_id == "s3"
