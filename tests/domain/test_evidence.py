"""The evidence each kind of spending needs: wages a payslip and a timesheet, an agency an
invoice, a purchase a receipt (or invoice), anything else any document."""

from __future__ import annotations

from dataclasses import replace

import pytest

from phbplanner.domain.categories import Category
from phbplanner.domain.documents import DocumentKind
from phbplanner.domain.employment import calculate_pa_costs
from phbplanner.domain.employment_lines import pa_support_lines
from phbplanner.domain.evidence import (
    PaymentFacts,
    SpendingKind,
    evidence_rules,
    evidence_words,
    missing_evidence,
    spending_kind,
)
from phbplanner.domain.plan import Plan

from .employment_rates import SPANNING, pa, shipped_rates
from .plans import line, ready_plan

D = DocumentKind


def _plan_with_pa() -> Plan:
    costs = calculate_pa_costs(pa("12.71", "15"), *SPANNING, shipped_rates())
    return replace(
        ready_plan(),
        support_lines=(
            line("agency", category=Category.HOME_CARE_AGENCY),
            line("chair", category=Category.EQUIPMENT),
            line("misc", category=Category.OTHER),
            line("ownpa", category=Category.PERSONAL_ASSISTANT),
            *pa_support_lines(costs, "1"),
        ),
    )


def test_the_kind_of_spending_comes_from_the_pa_lines_kind_then_the_category() -> None:
    plan = _plan_with_pa()
    kinds = {item.id: spending_kind(item) for item in plan.support_lines}
    assert kinds["pa.1.wages"] is kinds["pa.1.holiday"] is kinds["ownpa"] is SpendingKind.WAGES
    assert kinds["pa.1.contingency"] is SpendingKind.WAGES  # sick pay cover pays a person
    assert kinds["pa.1.insurance"] is SpendingKind.INSURANCE
    assert kinds["pa.1.payroll"] is kinds["pa.1.dbs"] is SpendingKind.EMPLOYER
    assert kinds["chair"] is SpendingKind.PURCHASE
    assert kinds["agency"] is SpendingKind.AGENCY and kinds["misc"] is SpendingKind.OTHER
    assert spending_kind(None) is SpendingKind.OTHER
    rules = evidence_rules(plan)
    assert "misc" not in rules  # any document will do: not listed


def _facts(lines: tuple[str, ...], *kinds: DocumentKind, pence: int = -5000) -> PaymentFacts:
    return PaymentFacts(pence, "plan_line", lines, frozenset(kinds))


@pytest.mark.parametrize(
    ("lines", "attached", "needed"),
    [
        (("pa.1.wages",), (), "a payslip and a timesheet"),
        (("pa.1.wages",), (D.PAYSLIP,), "a timesheet"),
        (("pa.1.wages",), (D.RECEIPT,), "a payslip and a timesheet"),
        (("pa.1.wages",), (D.PAYSLIP, D.TIMESHEET), ""),
        (("agency",), (D.RECEIPT,), "an invoice"),
        (("agency",), (D.INVOICE,), ""),
        (("chair",), (), "a receipt or an invoice"),
        (("chair",), (D.INVOICE,), ""),
        (("chair",), (D.OTHER,), "a receipt or an invoice"),
        (("pa.1.insurance",), (D.CERTIFICATE,), ""),
        (("pa.1.dbs",), (D.CERTIFICATE,), ""),  # an employer's cost: a DBS certificate
        (("pa.1.payroll",), (), "a receipt, an invoice or a certificate"),
        (("chair",), (D.CERTIFICATE,), "a receipt or an invoice"),
        (("misc",), (D.OTHER,), ""),
        (("misc",), (), "a receipt or other document"),
        (("gone",), (D.STATEMENT,), ""),  # a line the plan no longer has: any document
        (("chair", "pa.1.wages"), (D.RECEIPT, D.PAYSLIP), "a timesheet"),  # a split
    ],
)
def test_what_is_still_missing(
    lines: tuple[str, ...], attached: tuple[DocumentKind, ...], needed: str
) -> None:
    rules = evidence_rules(_plan_with_pa())
    assert evidence_words(missing_evidence(_facts(lines, *attached), rules)) == needed


def test_money_in_and_bank_charges_need_nothing() -> None:
    rules = evidence_rules(_plan_with_pa())
    assert missing_evidence(_facts(("pa.1.wages",), pence=5000), rules) == []
    charge = PaymentFacts(-500, "bank_charge", (), frozenset())
    assert missing_evidence(charge, rules) == []
    unassigned = PaymentFacts(-500, "unassigned", (), frozenset())
    assert evidence_words(missing_evidence(unassigned, rules)) == "a receipt or other document"
