"""What evidence each kind of spending needs: the rule behind the "no receipt" markers.

Councils and ICBs ask for evidence that fits the payment (``docs/pa-costs.md``):

- **wages** — a payslip *and* a timesheet: a PA's wages, holiday pay and sick pay cover, and
  any line of the category "Personal assistant (PA)";
- **agency** — an invoice: home care agencies, therapy, short breaks, account or management
  fees;
- **purchase** — a receipt or an invoice: equipment, technology, transport, activities,
  courses, wellbeing, help at home;
- **an employer's costs** and **insurance** — a receipt, an invoice or a certificate (the
  insurance certificate, a DBS or training certificate): the category "Employer costs" and a
  PA's payroll, DBS, training, recruitment and insurance lines;
- **HMRC, pension** — any document (the payroll's summary, a payslip, a statement): a PA's
  employer's National Insurance and pension lines;
- **anything else** — any document: other lines, payments not yet assigned, and lines the
  plan no longer has.

Money in needs none, and neither does a bank charge (the statement shows it). A payment split
between lines needs what each of its lines needs. A PA's lines are known by their ids
(``pa.<key>.<kind>``), everything else by its category.

Storage asks the same in SQL (``storage.ledger_queries``) from :func:`evidence_rules`: a
payment with nothing attached always lacks evidence; one for a line with a stricter rule lacks
it until every requirement is met.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from .categories import Category
from .documents import DocumentKind
from .employment_plan import line_kind
from .employment_words import LineKind
from .ledger import Purpose
from .plan import Plan, SupportLine
from .text import translate


class SpendingKind(StrEnum):
    """What kind of spending a payment is, for the evidence it needs."""

    WAGES = "wages"
    AGENCY = "agency"
    PURCHASE = "purchase"
    EMPLOYER = "employer"
    INSURANCE = "insurance"
    HMRC = "hmrc"
    PENSION = "pension"
    OTHER = "other"


#: One requirement: any one of these kinds of document meets it.
Requirement = frozenset[DocumentKind]

ANY_DOCUMENT: Requirement = frozenset(DocumentKind)
RECEIPT_OR_INVOICE: Requirement = frozenset({DocumentKind.RECEIPT, DocumentKind.INVOICE})

#: What each kind of spending needs: every requirement, each met by any of its kinds.
NEEDS: dict[SpendingKind, tuple[Requirement, ...]] = {
    SpendingKind.WAGES: (frozenset({DocumentKind.PAYSLIP}), frozenset({DocumentKind.TIMESHEET})),
    SpendingKind.AGENCY: (frozenset({DocumentKind.INVOICE}),),
    SpendingKind.PURCHASE: (RECEIPT_OR_INVOICE,),
    SpendingKind.EMPLOYER: (RECEIPT_OR_INVOICE | {DocumentKind.CERTIFICATE},),
    SpendingKind.INSURANCE: (RECEIPT_OR_INVOICE | {DocumentKind.CERTIFICATE},),
    SpendingKind.HMRC: (ANY_DOCUMENT,),
    SpendingKind.PENSION: (ANY_DOCUMENT,),
    SpendingKind.OTHER: (ANY_DOCUMENT,),
}

_BY_CATEGORY: dict[Category, SpendingKind] = {
    Category.PERSONAL_ASSISTANT: SpendingKind.WAGES,
    Category.HOME_CARE_AGENCY: SpendingKind.AGENCY,
    Category.THERAPY: SpendingKind.AGENCY,
    Category.SHORT_BREAKS: SpendingKind.AGENCY,
    Category.MANAGEMENT_FEES: SpendingKind.AGENCY,
    Category.EQUIPMENT: SpendingKind.PURCHASE,
    Category.TECHNOLOGY: SpendingKind.PURCHASE,
    Category.TRANSPORT: SpendingKind.PURCHASE,
    Category.ACTIVITIES: SpendingKind.PURCHASE,
    Category.EDUCATION: SpendingKind.PURCHASE,
    Category.WELLBEING: SpendingKind.PURCHASE,
    Category.HOUSEHOLD_SUPPORT: SpendingKind.PURCHASE,
    Category.EMPLOYER_COSTS: SpendingKind.EMPLOYER,
}

_BY_PA_KIND: dict[LineKind, SpendingKind] = {
    LineKind.WAGES: SpendingKind.WAGES,
    LineKind.HOLIDAY: SpendingKind.WAGES,
    LineKind.CONTINGENCY: SpendingKind.WAGES,
    LineKind.EMPLOYER_NI: SpendingKind.HMRC,
    LineKind.PENSION: SpendingKind.PENSION,
    LineKind.INSURANCE: SpendingKind.INSURANCE,
    LineKind.PAYROLL: SpendingKind.EMPLOYER,
    LineKind.DBS: SpendingKind.EMPLOYER,
    LineKind.TRAINING: SpendingKind.EMPLOYER,
    LineKind.RECRUITMENT: SpendingKind.EMPLOYER,
}


def spending_kind(line: SupportLine | None) -> SpendingKind:
    """The kind of spending a plan line is (``OTHER`` for no line, or one the plan lost)."""
    if line is None:
        return SpendingKind.OTHER
    made = line_kind(line)
    if made is not None and made in _BY_PA_KIND:
        return _BY_PA_KIND[made]
    return _BY_CATEGORY.get(line.category, SpendingKind.OTHER)


def evidence_rules(plan: Plan) -> dict[str, SpendingKind]:
    """The kind of spending of every plan line whose evidence is more than "any document"
    (lines not listed need any document)."""
    rules: dict[str, SpendingKind] = {}
    for line in plan.support_lines:
        kind = spending_kind(line)
        if NEEDS[kind] != NEEDS[SpendingKind.OTHER]:
            rules[line.id] = kind
    return rules


@dataclass(frozen=True, slots=True)
class PaymentFacts:
    """What the evidence rule needs to know of one entry."""

    amount_pence: int
    purpose: str
    line_ids: tuple[str, ...]  # its plan line, or its split parts' lines
    attached: frozenset[DocumentKind]


def needs_evidence(amount_pence: int, purpose: str) -> bool:
    """Whether a payment needs any evidence: money out that is not a bank charge."""
    return amount_pence < 0 and purpose != Purpose.BANK_CHARGE.value


def requirements(facts: PaymentFacts, rules: Mapping[str, SpendingKind]) -> list[Requirement]:
    """Every requirement the entry must meet (none for money in or a bank charge)."""
    if not needs_evidence(facts.amount_pence, facts.purpose):
        return []
    kinds = {rules.get(line_id, SpendingKind.OTHER) for line_id in facts.line_ids}
    if not kinds:
        kinds = {SpendingKind.OTHER}
    found: list[Requirement] = []
    for kind in sorted(kinds):
        for requirement in NEEDS[kind]:
            if requirement not in found:
                found.append(requirement)
    return found


def missing_evidence(facts: PaymentFacts, rules: Mapping[str, SpendingKind]) -> list[Requirement]:
    """The requirements the documents attached do not meet yet (empty: the evidence is
    complete, or none is needed)."""
    return [need for need in requirements(facts, rules) if not need & facts.attached]


def _one_of(requirement: Requirement) -> str:
    if requirement == ANY_DOCUMENT:
        return translate("Evidence", "a receipt or other document")
    names = {
        DocumentKind.RECEIPT: translate("Evidence", "a receipt"),
        DocumentKind.INVOICE: translate("Evidence", "an invoice"),
        DocumentKind.TIMESHEET: translate("Evidence", "a timesheet"),
        DocumentKind.PAYSLIP: translate("Evidence", "a payslip"),
        DocumentKind.STATEMENT: translate("Evidence", "a statement"),
        DocumentKind.CERTIFICATE: translate("Evidence", "a certificate"),
        DocumentKind.OTHER: translate("Evidence", "a document"),
    }
    ordered = [names[kind] for kind in DocumentKind if kind in requirement]
    if len(ordered) == 1:
        return ordered[0]
    return translate("Evidence", "{first} or {last}").format(
        first=translate("Evidence", ", ").join(ordered[:-1]), last=ordered[-1]
    )


def evidence_words(needs: Iterable[Requirement]) -> str:
    """What is still needed, in words: "a payslip and a timesheet", "an invoice"."""
    parts = [_one_of(requirement) for requirement in needs]
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0]
    return translate("Evidence", "{first} and {last}").format(
        first=translate("Evidence", ", ").join(parts[:-1]), last=parts[-1]
    )


def spending_kind_label(kind: SpendingKind) -> str:
    """A plain-English name for a kind of spending."""
    return {
        SpendingKind.WAGES: translate("Evidence", "Wages"),
        SpendingKind.AGENCY: translate("Evidence", "An agency or service"),
        SpendingKind.PURCHASE: translate("Evidence", "Something bought"),
        SpendingKind.EMPLOYER: translate("Evidence", "An employer's cost"),
        SpendingKind.INSURANCE: translate("Evidence", "Insurance"),
        SpendingKind.HMRC: translate("Evidence", "Tax and National Insurance (HMRC)"),
        SpendingKind.PENSION: translate("Evidence", "Pension"),
        SpendingKind.OTHER: translate("Evidence", "Anything else"),
    }[kind]


__all__ = [
    "ANY_DOCUMENT",
    "NEEDS",
    "PaymentFacts",
    "Requirement",
    "SpendingKind",
    "evidence_rules",
    "evidence_words",
    "missing_evidence",
    "needs_evidence",
    "requirements",
    "spending_kind",
    "spending_kind_label",
]
