"""The PA cost calculation, against figures worked out by hand (the arithmetic is in comments).

Every example uses the shipped 2025/26 and 2026/27 rates. Pence are kept exact until each line
is rounded once, half up, so the comments keep every decimal too.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from phbplanner.domain.employment import (
    ExtraCost,
    LineKind,
    PACosts,
    PACostsInputError,
    calculate_pa_costs,
)
from phbplanner.domain.employment_rates import AgeBand, NoRatesError
from phbplanner.domain.money import Money
from phbplanner.domain.schedule import Frequency

from .employment_rates import SPANNING, pa, shipped_rates

TAX_YEAR_2026 = (date(2026, 4, 6), date(2027, 4, 5))  # a Monday; 53 Mondays up to 5 April 2027


def costs_of(inputs: object, period: tuple[date, date] = SPANNING) -> PACosts:
    return calculate_pa_costs(inputs, period[0], period[1], shipped_rates())  # type: ignore[arg-type]


def amounts(costs: PACosts) -> dict[str, str]:
    return {line.kind.value: line.amount.to_str() for line in costs.lines}


def codes(costs: PACosts) -> list[str]:
    return [warning.code for warning in costs.warnings]


def test_15_hours_at_the_living_wage_across_6_april() -> None:
    costs = costs_of(pa("12.71", "15"))
    # Weeks: Wednesdays from 1 April 2026 to 31 March 2027 = 53; 1 April 2026 is in 2025/26.
    assert costs.weeks == 53
    assert [(p.rates.tax_year, p.weeks) for p in costs.parts] == [("2025-26", 1), ("2026-27", 52)]
    # A week: wages 15 × 12.71 = 190.65; + 12.07% holiday = 190.65 × 1.1207 = 213.661455
    assert costs.parts[1].week_pay == Decimal("21366.1455")  # pence
    assert amounts(costs) == {
        "wages": "10104.45",  # 15 × 12.71 × 53 = 10,104.45
        "holiday": "1219.61",  # 12.07% × 10,104.45 = 1,219.607115
        # 15% × (213.661455 − 96) = 17.64921825 a week × 53 = 935.40856725
        "employer_ni": "935.41",
        "employment_allowance": "-935.41",  # claimed, and far below £10,500 a tax year
        # 213.661455 × 52 = 11,110.40 a year > 10,000: 3% × (213.661455 − 120) = 2.80984365
        # a week × 53 = 148.92171345
        "pension": "148.92",
        "insurance": "100.00",  # typical: £100 every year, once in the period
        "payroll": "180.00",  # typical: £15 every month × 12
        "dbs": "65.00",  # typical: once
        "training": "100.00",  # typical: every year
        "recruitment": "50.00",  # typical: once
        # SSP for 2 weeks a year: 2025/26 flat £118.75 (pay is above the £125 limit):
        # 118.75 × 2 × 1 ÷ 52 = 4.5673…; 2026/27 the lower of £123.25 and 80% × 213.66 = 170.93:
        # 123.25 × 2 × 52 ÷ 52 = 246.50; together 251.0673…
        "contingency": "251.07",
    }
    # 10,104.45 + 1,219.61 + 935.41 − 935.41 + 148.92 + 100 + 180 + 65 + 100 + 50 + 251.07
    assert costs.total == Money.parse("12219.05")
    assert costs.total == Money.total(line.amount for line in costs.lines)
    assert costs.ni_payable == Money(0)
    assert costs.warnings == ()


def test_30_hours_at_the_living_wage_across_6_april() -> None:
    costs = costs_of(pa("12.71", "30"))
    # A week: 30 × 12.71 = 381.30 wages; × 1.1207 = 427.32291 pay
    assert amounts(costs) == {
        "wages": "20208.90",  # 381.30 × 53
        "holiday": "2439.21",  # 12.07% × 20,208.90 = 2,439.21423
        "employer_ni": "2634.02",  # 15% × (427.32291 − 96) = 49.6984365 × 53 = 2,634.0171345
        "employment_allowance": "-2634.02",
        "pension": "488.64",  # 3% × (427.32291 − 120) = 9.2196873 × 53 = 488.6434269
        "insurance": "100.00",
        "payroll": "180.00",
        "dbs": "65.00",
        "training": "100.00",
        "recruitment": "50.00",
        "contingency": "251.07",  # SSP is capped at the flat rate both years, as at 15 hours
    }
    assert costs.total == Money.parse("23882.82")


def test_18_to_20_rate_no_employer_ni_under_21_and_no_automatic_pension() -> None:
    costs = costs_of(pa("10.85", "15", age_band=AgeBand.AGE_18_TO_20))
    # A week: 15 × 10.85 = 162.75 wages; × 1.1207 = 182.393925 pay — under the £967 a week
    # below which employers pay no NI for under-21s, and no automatic enrolment under 22.
    assert amounts(costs) == {
        "wages": "8625.75",  # 162.75 × 53
        "holiday": "1041.13",  # 12.07% × 8,625.75 = 1,041.128025
        "employer_ni": "0.00",
        "pension": "0.00",
        "insurance": "100.00",
        "payroll": "180.00",
        "dbs": "65.00",
        "training": "100.00",
        "recruitment": "50.00",
        "contingency": "251.07",
    }
    assert costs.total == Money.parse("10412.95")
    ni = costs.line(LineKind.EMPLOYER_NI)
    assert ni is not None and "under 21" in ni.explanation and "£967.00" in ni.explanation
    # If Anna asks to join a pension the employer must pay in: 182.393925 × 52 = 9,484.48 a
    # year is above £6,240; 3% × (182.393925 − 120) = 1.87181775 × 53 = 99.20634075
    assert codes(costs) == ["pension_opt_in"]
    assert "£99.21" in costs.warnings[0].message


def test_18_to_20_at_last_years_rate_is_warned_with_the_gap() -> None:
    costs = costs_of(pa("10.00", "15", age_band=AgeBand.AGE_18_TO_20))
    warning = costs.warnings[0]
    assert warning.code == "below_minimum_wage"
    # £10.85 from 1 April 2026 − £10.00 = £0.85
    assert "£0.85 below" in warning.message
    assert "£10.85 an hour from 1 April 2026" in warning.message
    assert "aged 18 to 20" in warning.message


def test_minimum_wage_checked_by_the_date_it_changes_not_the_tax_year() -> None:
    # £12.21 was the 2025 rate. Wednesdays 4 March to 1 April 2026 are all in the 2025/26 tax
    # year, but the £12.71 rate is in force from 1 April 2026, so the last week is under it.
    costs = costs_of(pa("12.21", "15"), (date(2026, 3, 4), date(2026, 4, 3)))
    assert [p.rates.tax_year for p in costs.parts] == ["2025-26"]
    below = [w for w in costs.warnings if w.code == "below_minimum_wage"]
    assert len(below) == 1
    assert "£0.50 below" in below[0].message and "1 April 2026" in below[0].message
    # The same rate in March alone is the minimum wage then: no warning.
    march = costs_of(pa("12.21", "15"), (date(2026, 3, 4), date(2026, 3, 31)))
    assert "below_minimum_wage" not in codes(march)


def test_employment_allowance_on_and_off() -> None:
    claimed = costs_of(pa("12.71", "15"))
    not_claimed = costs_of(pa("12.71", "15", employment_allowance=False))
    assert not_claimed.line(LineKind.EMPLOYMENT_ALLOWANCE) is None
    assert not_claimed.amount(LineKind.EMPLOYER_NI) == Money.parse("935.41")
    assert not_claimed.ni_payable == Money.parse("935.41")
    # Without the allowance the budget pays the NI: 12,219.05 + 935.41
    assert not_claimed.total == Money.parse("13154.46")
    assert claimed.total == Money.parse("12219.05")
    assert codes(not_claimed) == ["ni_not_covered"]
    assert "£935.41" in not_claimed.warnings[0].message
    allowance = claimed.line(LineKind.EMPLOYMENT_ALLOWANCE)
    assert allowance is not None and "costs the budget nothing" in allowance.explanation


def test_employment_allowance_covers_at_most_10500_a_tax_year() -> None:
    # 60 hours × £40 = £2,400 a week; × 1.1207 = £2,689.68 pay;
    # NI 15% × (2,689.68 − 96) = 389.052 a week × 53 Mondays = 20,619.756
    costs = costs_of(pa("40.00", "60"), TAX_YEAR_2026)
    assert costs.amount(LineKind.EMPLOYER_NI) == Money.parse("20619.76")
    assert costs.amount(LineKind.EMPLOYMENT_ALLOWANCE) == -Money.parse("10500.00")
    assert costs.ni_payable == Money.parse("10119.76")
    # Pay above the upper limit: pension on 967 − 120 = 847 a week: 3% × 847 × 53 = 1,346.73
    assert costs.amount(LineKind.PENSION) == Money.parse("1346.73")
    assert codes(costs) == ["ni_partly_covered", "long_hours"]
    assert "£10,119.76" in costs.warnings[0].message


def test_allowance_shared_with_other_employees_is_a_warning() -> None:
    costs = costs_of(pa("12.71", "15", only_employee=False))
    assert codes(costs) == ["allowance_shared"]
    assert costs.total == Money.parse("12219.05")  # still claimed for this PA


def test_pension_trigger_crossed_and_not() -> None:
    # 13.5 hours: 13.5 × 12.71 = 171.585 wages; × 1.1207 = 192.2953095 pay;
    # × 52 = 9,999.36 a year: not more than £10,000 → not enrolled automatically.
    under = costs_of(pa("12.71", "13.5"), TAX_YEAR_2026)
    assert under.amount(LineKind.PENSION) == Money(0)
    assert codes(under) == ["pension_opt_in"]
    # 13.51 hours: 171.7121 wages; × 1.1207 = 192.43975047 pay; × 52 = 10,006.87 → enrolled:
    # 3% × (192.43975047 − 120) = 2.1731925141 a week × 53 = 115.1792032473
    over = costs_of(pa("12.71", "13.51"), TAX_YEAR_2026)
    assert over.amount(LineKind.PENSION) == Money.parse("115.18")
    assert codes(over) == []
    line = over.line(LineKind.PENSION)
    assert line is not None and "3% × (£192.44 − £120.00) × 53 weeks" in line.explanation


def test_pension_opt_out_is_honoured_and_warned() -> None:
    costs = costs_of(pa("12.71", "15", pension_opt_out=True))
    assert costs.amount(LineKind.PENSION) == Money(0)
    assert codes(costs) == ["pension_opt_out"]
    assert "Only Anna can choose to opt out, after being enrolled." in costs.warnings[0].message


def test_fewer_weeks_a_year_average_the_hours() -> None:
    costs = costs_of(pa("12.71", "15", weeks_per_year=Decimal(46)))
    # 15 × 46 ÷ 52 = 13.269… → 13.27 hours a week; 13.27 × 12.71 × 53 = 8,939.0701
    assert costs.hours_per_week == Decimal("13.27")
    wages = costs.line(LineKind.WAGES)
    assert wages is not None and wages.amount == Money.parse("8939.07")
    assert "15 hours a week for 46 weeks a year, averaged over 52 weeks" in wages.explanation


def test_a_weekly_pattern_is_its_total_hours() -> None:
    pattern = tuple(Decimal(h) for h in ("3", "0", "4", "0", "3", "0", "0"))
    costs = costs_of(pa("12.71", "0", pattern=pattern))
    wages = costs.line(LineKind.WAGES)
    assert wages is not None and wages.amount == Money.parse("6736.30")  # 10 × 12.71 × 53
    assert "Monday 3 hours, Wednesday 4 hours, Friday 3 hours" in wages.explanation


def test_one_tax_year_shows_one_formula() -> None:
    costs = costs_of(pa("12.71", "15"), TAX_YEAR_2026)
    ni = costs.line(LineKind.EMPLOYER_NI)
    assert ni is not None
    assert ni.explanation.endswith("15% × (£213.66 − £96.00) × 53 weeks")
    assert "2026/27:" not in ni.explanation


def test_sick_pay_before_and_after_april_2026() -> None:
    # 5 hours × £12.21 = 61.05; × 1.1207 = 68.418735 a week: under the £125 lower earnings
    # limit of 2025/26, so no SSP then.
    before = costs_of(pa("12.21", "5"), (date(2025, 4, 7), date(2025, 6, 29)))
    assert before.amount(LineKind.CONTINGENCY) == Money(0)
    # From 6 April 2026 everyone gets SSP: 5 × 12.71 = 63.55; × 1.1207 = 71.220485;
    # 80% = 56.976388 a week; × 2 weeks ÷ 52 × 12 weeks = 26.2968
    after = costs_of(pa("12.71", "5"), (date(2026, 4, 6), date(2026, 6, 28)))
    assert after.weeks == 12
    assert after.amount(LineKind.CONTINGENCY) == Money.parse("26.30")


def test_under_21_pay_above_the_upper_secondary_threshold_pays_ni() -> None:
    # 40 × £25 = £1,000; × 1.1207 = 1,120.70 a week; 15% × (1,120.70 − 967) = 23.055 × 4
    costs = costs_of(
        pa("25.00", "40", age_band=AgeBand.AGE_18_TO_20), (date(2026, 4, 6), date(2026, 5, 3))
    )
    assert costs.amount(LineKind.EMPLOYER_NI) == Money.parse("92.22")


def test_entered_costs_replace_the_typical_ones() -> None:
    costs = costs_of(
        pa(
            "12.71", "15",
            insurance=ExtraCost(Money.parse("85.50"), Frequency.ANNUALLY),
            payroll=ExtraCost(Money.parse("45.00"), Frequency.QUARTERLY),
            dbs=ExtraCost(Money(0), Frequency.ONCE),
            recruitment=ExtraCost(Money(0), Frequency.ONCE),
            sick_weeks_a_year=Decimal(0),
        )
    )  # fmt: skip
    assert costs.amount(LineKind.INSURANCE) == Money.parse("85.50")
    assert costs.amount(LineKind.PAYROLL) == Money.parse("180.00")  # 4 quarters × 45
    assert costs.amount(LineKind.DBS) == Money(0)
    assert costs.amount(LineKind.CONTINGENCY) == Money(0)
    insurance = costs.line(LineKind.INSURANCE)
    assert insurance is not None and "typical" not in insurance.explanation


def test_no_insurance_is_warned() -> None:
    costs = costs_of(pa("12.71", "15", insurance=ExtraCost(Money(0), Frequency.ANNUALLY)))
    assert codes(costs) == ["no_insurance"]


def test_a_pa_starting_later_is_costed_from_their_first_day() -> None:
    costs = costs_of(pa("12.71", "15", first_day=date(2026, 9, 7)))
    # Mondays 7 September 2026 to 29 March 2027: 30 weeks; 15 × 12.71 × 30 = 5,719.50
    assert costs.weeks == 30 and costs.first_week == date(2026, 9, 7)
    assert costs.amount(LineKind.WAGES) == Money.parse("5719.50")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"hourly_rate": Money(0)}, "hourly_rate"),
        ({"hours_per_week": Decimal(-5)}, "hours_per_week"),
        ({"hours_per_week": Decimal("169")}, "hours_per_week"),
        ({"hours_per_week": Decimal("7.125")}, "hours_per_week"),
        ({"weeks_per_year": Decimal(53)}, "weeks_per_year"),
        ({"pattern": (Decimal(25),) * 7}, "pattern"),
        ({"sick_weeks_a_year": Decimal(-1)}, "sick_weeks_a_year"),
        ({"insurance": ExtraCost(Money(-1), Frequency.ONCE)}, "insurance"),
        ({"first_day": date(2027, 5, 1)}, "first_day"),
    ],
)
def test_inputs_that_cannot_be_costed_are_refused_by_field(
    changes: dict[str, object], field: str
) -> None:
    with pytest.raises(PACostsInputError) as caught:
        costs_of(pa(**changes))  # type: ignore[arg-type]
    assert [problem.field for problem in caught.value.problems] == [field]
    assert caught.value.message  # a sentence for people


def test_a_period_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(PACostsInputError) as caught:
        costs_of(pa(), (date(2027, 4, 1), date(2026, 4, 1)))
    assert caught.value.problems[0].field == "period"


def test_dates_with_no_rates_say_which_rates_exist() -> None:
    with pytest.raises(NoRatesError) as caught:
        costs_of(pa(), (date(2030, 4, 1), date(2031, 3, 31)))
    assert "1 April 2030" in caught.value.message
    assert "6 April 2025 to 5 April 2027" in caught.value.message
