"""Categories of support, the ones a personal health budget may not buy, and keyword warnings."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from .text import translate


class Category(StrEnum):
    """What kind of thing a paid support line buys."""

    PERSONAL_ASSISTANT = "personal_assistant"
    HOME_CARE_AGENCY = "home_care_agency"
    THERAPY = "therapy"
    EQUIPMENT = "equipment"
    TRANSPORT = "transport"
    ACTIVITIES = "activities"
    EDUCATION = "education"
    SHORT_BREAKS = "short_breaks"
    WELLBEING = "wellbeing"
    HOUSEHOLD_SUPPORT = "household_support"
    TECHNOLOGY = "technology"
    EMPLOYER_COSTS = "employer_costs"
    MANAGEMENT_FEES = "management_fees"
    OTHER = "other"
    # What the money may not buy (SPEC §3)
    ALCOHOL = "alcohol"
    TOBACCO = "tobacco"
    GAMBLING = "gambling"
    DEBT_REPAYMENT = "debt_repayment"
    ILLEGAL = "illegal"
    EMERGENCY_CARE = "emergency_care"
    GP_SERVICES = "gp_services"
    DENTAL_SERVICES = "dental_services"
    NHS_COMMISSIONED = "nhs_commissioned"


EXCLUDED: frozenset[Category] = frozenset(
    {
        Category.ALCOHOL,
        Category.TOBACCO,
        Category.GAMBLING,
        Category.DEBT_REPAYMENT,
        Category.ILLEGAL,
        Category.EMERGENCY_CARE,
        Category.GP_SERVICES,
        Category.DENTAL_SERVICES,
        Category.NHS_COMMISSIONED,
    }
)


def category_label(category: Category) -> str:
    """The plain-English name of a category."""
    labels = {
        Category.PERSONAL_ASSISTANT: translate("Category", "Personal assistant (PA)"),
        Category.HOME_CARE_AGENCY: translate("Category", "Home care agency"),
        Category.THERAPY: translate("Category", "Therapy"),
        Category.EQUIPMENT: translate("Category", "Equipment"),
        Category.TRANSPORT: translate("Category", "Transport"),
        Category.ACTIVITIES: translate("Category", "Activities and hobbies"),
        Category.EDUCATION: translate("Category", "Courses and learning"),
        Category.SHORT_BREAKS: translate("Category", "Short breaks"),
        Category.WELLBEING: translate("Category", "Health and wellbeing"),
        Category.HOUSEHOLD_SUPPORT: translate("Category", "Help around the home"),
        Category.TECHNOLOGY: translate("Category", "Technology"),
        Category.EMPLOYER_COSTS: translate("Category", "Employer costs (payroll, insurance)"),
        Category.MANAGEMENT_FEES: translate("Category", "Account or management fees"),
        Category.OTHER: translate("Category", "Something else"),
        Category.ALCOHOL: translate("Category", "Alcohol"),
        Category.TOBACCO: translate("Category", "Tobacco"),
        Category.GAMBLING: translate("Category", "Gambling"),
        Category.DEBT_REPAYMENT: translate("Category", "Paying off debt"),
        Category.ILLEGAL: translate("Category", "Anything illegal"),
        Category.EMERGENCY_CARE: translate("Category", "Emergency care"),
        Category.GP_SERVICES: translate("Category", "Core GP services"),
        Category.DENTAL_SERVICES: translate("Category", "Core dental services"),
        Category.NHS_COMMISSIONED: translate("Category", "Services the NHS already provides"),
    }
    return labels[category]


def exclusion_reason(category: Category) -> str | None:
    """Why a personal health budget may not pay for ``category`` (``None`` when it may)."""
    reasons = {
        Category.ALCOHOL: translate(
            "Category", "A personal health budget cannot be spent on alcohol."
        ),
        Category.TOBACCO: translate(
            "Category", "A personal health budget cannot be spent on tobacco."
        ),
        Category.GAMBLING: translate(
            "Category", "A personal health budget cannot be spent on gambling."
        ),
        Category.DEBT_REPAYMENT: translate(
            "Category", "A personal health budget cannot be used to pay off debts."
        ),
        Category.ILLEGAL: translate(
            "Category", "A personal health budget cannot be spent on anything illegal."
        ),
        Category.EMERGENCY_CARE: translate(
            "Category",
            "Emergency care is provided by the NHS in the usual way, not from a personal health "
            "budget.",
        ),
        Category.GP_SERVICES: translate(
            "Category", "Core GP services are provided by the NHS in the usual way."
        ),
        Category.DENTAL_SERVICES: translate(
            "Category", "Core dental services are provided by the NHS in the usual way."
        ),
        Category.NHS_COMMISSIONED: translate(
            "Category",
            "Services the NHS already provides for everyone (such as planned surgery) are not "
            "paid for from a personal health budget.",
        ),
    }
    return reasons.get(category)


@dataclass(frozen=True, slots=True)
class KeywordWarning:
    """A word in a description that looks like something the budget may not buy."""

    keyword: str
    category: Category


# Whole words (and simple plurals) that suggest an excluded category. Matching is by word so
# "winery tour" or "betterment" do not trip it, and the person can dismiss a warning with a reason.
_KEYWORDS: dict[Category, tuple[str, ...]] = {
    Category.ALCOHOL: ("alcohol", "wine", "beer", "lager", "cider", "spirits", "vodka", "whisky",
                       "whiskey", "gin", "rum", "booze", "pub crawl"),
    Category.TOBACCO: ("tobacco", "cigarette", "cigarettes", "cigar", "cigars", "vape", "vapes",
                       "vaping", "e-cigarette"),
    Category.GAMBLING: ("lottery", "betting", "bet", "bets", "casino", "bingo", "gambling",
                        "scratchcard", "scratchcards", "bookmaker", "bookies", "poker"),
    Category.DEBT_REPAYMENT: ("loan", "loans", "debt", "debts", "overdraft", "credit card",
                              "arrears", "payday"),
    Category.EMERGENCY_CARE: ("a&e", "ambulance", "emergency department"),
    Category.GP_SERVICES: ("gp appointment", "gp consultation", "prescription charge"),
    Category.DENTAL_SERVICES: ("dentist", "dental check-up", "dental checkup"),
}  # fmt: skip

_CATEGORY_OF: dict[str, Category] = {
    word: category for category, words in _KEYWORDS.items() for word in words
}
# One alternation, longest words first, so each description is scanned once.
_PATTERN = re.compile(
    r"(?<![\w&-])("
    + "|".join(re.escape(word) for word in sorted(_CATEGORY_OF, key=len, reverse=True))
    + r")(?![\w&-])",
    re.IGNORECASE,
)


def keyword_warnings(text: str) -> list[KeywordWarning]:
    """Words in ``text`` that look like an excluded category, in order of appearance."""
    found: list[KeywordWarning] = []
    seen: set[str] = set()
    for match in _PATTERN.finditer(text):
        word = match.group(1).lower()
        if word not in seen:
            seen.add(word)
            found.append(KeywordWarning(word, _CATEGORY_OF[word]))
    return found
