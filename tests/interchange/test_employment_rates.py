"""The employment rates files: the shipped ones are read, and a wrong one is refused with a
message that names the field."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

from phbplanner.domain.employment_rates import AgeBand, NoRatesError
from phbplanner.domain.money import Money
from phbplanner.domain.schedule import Frequency
from phbplanner.interchange.employment_rates import (
    FIELDS,
    RatesFileError,
    load_rates_file,
    load_rates_folder,
    parse_rates,
)
from phbplanner.paths import resource
from phbplanner.services.pa_costs import employment_rates

RATES = resource("rates")
FILE_2026 = RATES / "employment-2026-27.json"


def document() -> dict[str, Any]:
    return json.loads(FILE_2026.read_text("utf-8"))


def refused(doc: dict[str, Any], name: str = "employment-2026-27.json") -> RatesFileError:
    with pytest.raises(RatesFileError) as caught:
        parse_rates(json.dumps(doc), name)
    return caught.value


def test_the_shipped_2026_27_figures() -> None:
    rates = load_rates_file(FILE_2026)
    assert (rates.starts, rates.ends, rates.label) == (
        date(2026, 4, 6),
        date(2027, 4, 5),
        "2026/27",
    )
    assert rates.minimum_wage.in_force_from == date(2026, 4, 1)
    assert rates.minimum_wage.hourly == {
        AgeBand.AGE_21_PLUS: Money.parse("12.71"),
        AgeBand.AGE_18_TO_20: Money.parse("10.85"),
        AgeBand.AGE_16_TO_17: Money.parse("8.00"),
    }
    ni = rates.employer_ni
    assert (str(ni.rate_percent), ni.threshold_weekly, ni.threshold_yearly) == (
        "15", Money.parse("96"), Money.parse("5000"),
    )  # fmt: skip
    assert rates.employment_allowance == Money.parse("10500")
    pension = rates.pension
    assert (pension.trigger_yearly, pension.lower_yearly, pension.upper_yearly) == (
        Money.parse("10000"), Money.parse("6240"), Money.parse("50270"),
    )  # fmt: skip
    assert (pension.lower_weekly, str(pension.employer_percent)) == (Money.parse("120"), "3")
    sick = rates.sick_pay
    assert (sick.weekly_rate, str(sick.percent_of_earnings)) == (Money.parse("123.25"), "80")
    assert sick.lower_earnings_limit_weekly is None and sick.waiting_days == 0
    assert (str(rates.holiday_weeks), str(rates.holiday_percent)) == ("5.6", "12.07")
    assert rates.typical.payroll.frequency is Frequency.MONTHLY


def test_the_shipped_2025_26_figures_differ_where_the_law_changed() -> None:
    rates = load_rates_file(RATES / "employment-2025-26.json")
    assert rates.minimum_wage.hourly[AgeBand.AGE_21_PLUS] == Money.parse("12.21")
    assert rates.minimum_wage.hourly[AgeBand.AGE_18_TO_20] == Money.parse("10.00")
    assert rates.sick_pay.weekly_rate == Money.parse("118.75")
    assert rates.sick_pay.percent_of_earnings is None
    assert rates.sick_pay.lower_earnings_limit_weekly == Money.parse("125")
    assert rates.sick_pay.waiting_days == 3


@pytest.mark.parametrize("path", sorted(RATES.glob("employment-*.json")), ids=lambda p: p.name)
def test_every_figure_has_a_government_source(path: Path) -> None:
    rates = load_rates_file(path)
    statutory = [section for section in FIELDS if section != "typical_costs"]
    expected = {f"{section}.{key}" for section in statutory for key in FIELDS[section]}
    assert expected <= set(rates.sources)
    for field in expected:
        host = urlparse(rates.sources[field]).hostname or ""
        assert host.endswith("gov.uk"), (field, rates.sources[field])


def test_rates_are_chosen_by_date() -> None:
    book = employment_rates()
    assert [year.tax_year for year in book.years] == ["2025-26", "2026-27"]
    assert book.for_date(date(2026, 4, 5)).tax_year == "2025-26"
    assert book.for_date(date(2026, 4, 6)).tax_year == "2026-27"
    with pytest.raises(NoRatesError):
        book.for_date(date(2027, 4, 6))
    # The minimum wage changes on 1 April, inside the old tax year.
    assert book.minimum_wage_on(date(2026, 3, 31), AgeBand.AGE_21_PLUS) == (
        Money.parse("12.21"), date(2025, 4, 1),
    )  # fmt: skip
    assert book.minimum_wage_on(date(2026, 4, 1), AgeBand.AGE_21_PLUS) == (
        Money.parse("12.71"), date(2026, 4, 1),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("section", "key"), [(section, key) for section, keys in FIELDS.items() for key in keys]
)
def test_a_missing_field_is_refused_by_name(section: str, key: str) -> None:
    doc = document()
    del doc[section][key]
    error = refused(doc)
    assert error.problems == [
        f"The rates file employment-2026-27.json: {section}.{key} is missing."
    ]
    assert f"{section}.{key} is missing" in error.message


def test_a_missing_section_is_refused_by_name() -> None:
    doc = document()
    del doc["employer_ni"]
    assert refused(doc).problems == [
        "The rates file employment-2026-27.json: employer_ni is missing."
    ]


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (("employer_ni", "rate_percent", "fifteen"), "employer_ni.rate_percent", "a percentage"),
        (("employer_ni", "rate_percent", "150"), "employer_ni.rate_percent", "a percentage"),
        (("minimum_wage", "hourly_21_and_over", 12.71), "minimum_wage.hourly_21_and_over",
         "an amount in pounds in quotes"),
        (("minimum_wage", "hourly_18_to_20", "10.855"), "minimum_wage.hourly_18_to_20",
         "an amount in pounds"),
        (("minimum_wage", "in_force_from", "1 April"), "minimum_wage.in_force_from", "a date"),
        (("pension", "minimum_age", "22"), "pension.minimum_age", "a whole number"),
        (("sick_pay", "weekly_rate", None), "sick_pay.weekly_rate", "has no value"),
        (("employment_allowance", "care_and_support_employers", "yes"),
         "employment_allowance.care_and_support_employers", "true or false"),
    ],
)  # fmt: skip
def test_a_wrong_value_is_refused_by_name(
    change: tuple[str, str, Any], field: str, words: str
) -> None:
    section, key, value = change
    doc = document()
    doc[section][key]["value"] = value
    (problem,) = refused(doc).problems
    assert problem.startswith(f"The rates file employment-2026-27.json: {field} ")
    assert words in problem


def test_a_field_without_a_source_is_refused() -> None:
    doc = document()
    del doc["holiday"]["irregular_hours_percent"]["source"]
    (problem,) = refused(doc).problems
    assert "holiday.irregular_hours_percent has no source" in problem


def test_a_misspelt_field_is_named_twice_as_unknown_and_as_missing() -> None:
    doc = document()
    doc["pension"]["trigger_yaerly"] = doc["pension"].pop("trigger_yearly")
    problems = refused(doc).problems
    assert any("pension.trigger_yaerly is not a known field of pension" in p for p in problems)
    assert any("pension.trigger_yearly is missing" in p for p in problems)


def test_wrong_tax_year_dates_are_refused() -> None:
    doc = document()
    doc["ends"] = "2027-03-31"
    (problem,) = refused(doc).problems
    assert 'ends should be "2027-04-05"' in problem


def test_a_typical_cost_needs_a_frequency() -> None:
    doc = document()
    doc["typical_costs"]["payroll"]["frequency"] = "fortnightlyish"
    (problem,) = refused(doc).problems
    assert "typical_costs.payroll should have a frequency" in problem


def test_not_json_and_not_a_rates_file() -> None:
    with pytest.raises(RatesFileError, match="is not valid JSON"):
        parse_rates(b"{nope", "employment-2026-27.json")
    with pytest.raises(RatesFileError, match="is not an employment rates file"):
        parse_rates(b'{"format": "phbplanner-plan"}', "plan.json")


def test_a_file_named_for_another_year_is_refused(tmp_path: Path) -> None:
    shutil.copy(FILE_2026, tmp_path / "employment-2027-28.json")
    with pytest.raises(RatesFileError, match=r"should be called employment-2026-27\.json"):
        load_rates_folder(tmp_path)


def test_a_folder_without_rates_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RatesFileError, match="There are no employment rates files"):
        load_rates_folder(tmp_path)


def test_next_years_rates_are_a_data_change(tmp_path: Path) -> None:
    """Adding a tax year is adding a file: the calculation then uses it for its weeks."""
    for path in RATES.glob("employment-*.json"):
        shutil.copy(path, tmp_path / path.name)
    doc = document()
    doc.update(tax_year="2027-28", starts="2027-04-06", ends="2028-04-05")
    doc["minimum_wage"]["in_force_from"]["value"] = "2027-04-01"
    doc["minimum_wage"]["hourly_21_and_over"]["value"] = "13.21"
    (tmp_path / "employment-2027-28.json").write_text(json.dumps(doc), "utf-8")
    book = load_rates_folder(tmp_path)
    assert book.for_date(date(2027, 6, 1)).tax_year == "2027-28"
    assert book.minimum_wage_on(date(2027, 6, 1), AgeBand.AGE_21_PLUS) == (
        Money.parse("13.21"), date(2027, 4, 1),
    )  # fmt: skip
