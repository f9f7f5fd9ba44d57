"""Read and check the employment rates files (``resources/rates/employment-YYYY-YY.json``).

Each file holds one tax year. Every figure is an object ``{"value": …, "source": "https://…"}``
(with an optional ``"note"``), so each can be traced to the page it came from. A file with a
missing, misspelt or wrong field is refused with a message naming the field; nothing is guessed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from ..domain.employment_rates import (
    AgeBand,
    EmployerNI,
    EmploymentRates,
    MinimumWage,
    Pension,
    RatesBook,
    SickPay,
    TypicalCost,
    TypicalCosts,
)
from ..domain.errors import PHBError
from ..domain.money import Money
from ..domain.schedule import Frequency
from ..domain.text import translate

FORMAT = "phbplanner-employment-rates"
VERSION = 1
MAX_FILE_BYTES = 1024 * 1024
FILE_PATTERN = "employment-*.json"

_MONEY = re.compile(r"^\d{1,9}(\.\d{1,2})?$")
_NUMBER = re.compile(r"^\d{1,6}(\.\d{1,4})?$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TAX_YEAR = re.compile(r"^(\d{4})-(\d{2})$")

#: Every section and the fields it must have (in the order they are checked).
FIELDS: dict[str, tuple[str, ...]] = {
    "minimum_wage": ("in_force_from", "hourly_21_and_over", "hourly_18_to_20", "hourly_16_to_17"),
    "employer_ni": (
        "rate_percent", "secondary_threshold_weekly", "secondary_threshold_yearly",
        "under_21_threshold_weekly", "under_21_threshold_yearly",
    ),
    "employment_allowance": ("yearly", "care_and_support_employers"),
    "pension": (
        "trigger_yearly", "trigger_weekly", "qualifying_lower_yearly", "qualifying_upper_yearly",
        "qualifying_lower_weekly", "qualifying_upper_weekly", "employer_minimum_percent",
        "minimum_age",
    ),
    "sick_pay": (
        "weekly_rate", "percent_of_earnings", "lower_earnings_limit_weekly", "waiting_days",
    ),
    "holiday": ("weeks_a_year", "irregular_hours_percent"),
    "typical_costs": (
        "insurance", "payroll", "dbs", "training", "recruitment", "sick_weeks_a_year",
    ),
}  # fmt: skip
_TOP = {"format", "version", "tax_year", "starts", "ends", "checked", *FIELDS}
_TYPICAL_WITH_FREQUENCY = {"insurance", "payroll", "dbs", "training", "recruitment"}

T = TypeVar("T")


class RatesFileError(PHBError):
    """A rates file is missing, unreadable or wrong; ``problems`` lists every reason found."""

    exit_code = 1

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        first = problems[0] if problems else ""
        if len(problems) > 1:
            first += " " + translate("EmploymentRates", "(and {count} more problems)").format(
                count=len(problems) - 1
            )
        super().__init__(first)


class _Reader:
    """Walks one rates document, collecting problems that name the file and the field."""

    def __init__(self, doc: dict[str, Any], name: str) -> None:
        self.doc = doc
        self.name = name
        self.problems: list[str] = []
        self.sources: dict[str, str] = {}

    def problem(self, field: str, text: str, **values: Any) -> None:
        message = translate("EmploymentRates", "The rates file {file}: {field} {problem}")
        self.problems.append(
            message.format(file=self.name, field=field, problem=text.format(**values))
        )

    # -- fields ---------------------------------------------------------------------------------
    def entry(self, section: str, key: str) -> dict[str, Any] | None:
        """The ``{"value", "source"}`` object of a field, its source recorded; None if broken."""
        where = f"{section}.{key}"
        part = self.doc.get(section)
        if not isinstance(part, dict):
            return None  # reported once for the whole section
        if key not in part:
            self.problem(where, translate("EmploymentRates", "is missing."))
            return None
        item = part[key]
        if not isinstance(item, dict) or "value" not in item:
            self.problem(
                where,
                translate(
                    "EmploymentRates",
                    'should be an object with a "value" and a "source" (the gov.uk page).',
                ),
            )
            return None
        allowed = {"value", "source", "note"}
        if key in _TYPICAL_WITH_FREQUENCY and section == "typical_costs":
            allowed.add("frequency")
        for extra in sorted(set(item) - allowed):
            self.problem(
                where,
                translate("EmploymentRates", 'has "{name}", which is not a known part of a field.'),
                name=extra,
            )
        source = item.get("source")
        if not isinstance(source, str) or not source.startswith("https://"):
            self.problem(
                where,
                translate(
                    "EmploymentRates",
                    'has no source: give the page it comes from, starting "https://".',
                ),
            )
        else:
            self.sources[where] = source
        return item

    def _typed(
        self,
        section: str,
        key: str,
        convert: Callable[[Any], T | None],
        expected: str,
        *,
        optional: bool = False,
    ) -> T | None:
        item = self.entry(section, key)
        if item is None:
            return None
        value = item["value"]
        if value is None:
            if not optional:
                self.problem(
                    f"{section}.{key}",
                    translate("EmploymentRates", "has no value; it should be {expected}."),
                    expected=expected,
                )
            return None
        result = convert(value)
        if result is None:
            self.problem(
                f"{section}.{key}",
                translate("EmploymentRates", "should be {expected}, not {value}."),
                expected=expected,
                value=json.dumps(value, ensure_ascii=False)[:40],
            )
        return result

    def money(self, section: str, key: str, *, optional: bool = False) -> Money | None:
        expected = translate("EmploymentRates", 'an amount in pounds in quotes, like "12.71"')
        return self._typed(section, key, _money, expected, optional=optional)

    def percent(self, section: str, key: str, *, optional: bool = False) -> Decimal | None:
        expected = translate("EmploymentRates", 'a percentage from 0 to 100 in quotes, like "15"')
        return self._typed(section, key, _percent, expected, optional=optional)

    def number(self, section: str, key: str, high: int) -> Decimal | None:
        expected = translate("EmploymentRates", 'a number from 0 to {high} in quotes, like "5.6"')
        return self._typed(section, key, lambda v: _number(v, high), expected.format(high=high))

    def whole(self, section: str, key: str, high: int) -> int | None:
        expected = translate("EmploymentRates", "a whole number from 0 to {high}").format(high=high)
        return self._typed(section, key, lambda v: _whole(v, high), expected)

    def day(self, section: str, key: str) -> date | None:
        expected = translate("EmploymentRates", 'a date in quotes, like "2026-04-01"')
        return self._typed(section, key, _day, expected)

    def flag(self, section: str, key: str) -> bool | None:
        expected = translate("EmploymentRates", "true or false")
        return self._typed(section, key, lambda v: v if isinstance(v, bool) else None, expected)

    def typical(self, key: str) -> TypicalCost | None:
        amount = self.money("typical_costs", key)
        part = self.doc.get("typical_costs")
        item = part.get(key) if isinstance(part, dict) else None
        if not isinstance(item, dict):
            return None
        frequency = item.get("frequency")
        if frequency not in {f.value for f in Frequency}:
            self.problem(
                f"typical_costs.{key}",
                translate("EmploymentRates", "should have a frequency, one of: {choices}."),
                choices=", ".join(f.value for f in Frequency),
            )
            return None
        return TypicalCost(amount, Frequency(frequency)) if amount is not None else None

    # -- the whole document ---------------------------------------------------------------------
    def sections(self) -> None:
        for key in sorted(set(self.doc) - _TOP):
            self.problem(
                key,
                translate(
                    "EmploymentRates", "is not a known part of a rates file (is it misspelt?)."
                ),
            )
        for section, keys in FIELDS.items():
            part = self.doc.get(section)
            if not isinstance(part, dict):
                self.problem(section, translate("EmploymentRates", "is missing."))
                continue
            for key in sorted(set(part) - set(keys)):
                self.problem(
                    f"{section}.{key}",
                    translate(
                        "EmploymentRates", "is not a known field of {section} (is it misspelt?)."
                    ),
                    section=section,
                )

    def tax_year(self) -> tuple[str, date, date] | None:
        label, starts, ends = self.doc.get("tax_year"), self.doc.get("starts"), self.doc.get("ends")
        match = _TAX_YEAR.match(label) if isinstance(label, str) else None
        if match is None:
            self.problem("tax_year", translate("EmploymentRates", 'should be like "2026-27".'))
            return None
        year = int(match.group(1))
        if int(match.group(2)) != (year + 1) % 100:
            self.problem("tax_year", translate("EmploymentRates", 'should be like "2026-27".'))
            return None
        wanted = (date(year, 4, 6), date(year + 1, 4, 5))
        for field, value, expect in (("starts", starts, wanted[0]), ("ends", ends, wanted[1])):
            if _day(value) != expect:
                self.problem(
                    field,
                    translate("EmploymentRates", 'should be "{date}" for the tax year {year}.'),
                    date=expect.isoformat(),
                    year=label,
                )
        return match.group(0), wanted[0], wanted[1]


def _money(value: Any) -> Money | None:
    if isinstance(value, str) and _MONEY.match(value):
        return Money.parse(value)
    return None


def _percent(value: Any) -> Decimal | None:
    return _number(value, 100)


def _number(value: Any, high: int) -> Decimal | None:
    if isinstance(value, str) and _NUMBER.match(value):
        number = Decimal(value)
        return number if number <= high else None
    return None


def _whole(value: Any, high: int) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= high:
        return value
    return None


def _day(value: Any) -> date | None:
    if isinstance(value, str) and _DATE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def parse_rates(data: bytes | str, name: str) -> EmploymentRates:
    """Read one tax year's rates from the text of a rates file called ``name``.

    Raises :class:`RatesFileError` naming every missing or wrong field.
    """
    try:
        doc = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        message = translate("EmploymentRates", "The rates file {file} is not valid JSON ({error}).")
        raise RatesFileError([message.format(file=name, error=exc)]) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        message = translate("EmploymentRates", "The file {file} is not an employment rates file.")
        raise RatesFileError([message.format(file=name)])
    if doc.get("version") != VERSION:
        message = translate(
            "EmploymentRates",
            "The rates file {file} is version {version}; this program reads version {known}.",
        )
        raise RatesFileError([message.format(file=name, version=doc.get("version"), known=VERSION)])
    r = _Reader(doc, name)
    r.sections()
    year = r.tax_year()
    mw_from = r.day("minimum_wage", "in_force_from")
    hourly = {
        AgeBand.AGE_21_PLUS: r.money("minimum_wage", "hourly_21_and_over"),
        AgeBand.AGE_18_TO_20: r.money("minimum_wage", "hourly_18_to_20"),
        AgeBand.AGE_16_TO_17: r.money("minimum_wage", "hourly_16_to_17"),
    }
    ni_rate = r.percent("employer_ni", "rate_percent")
    ni_weekly = r.money("employer_ni", "secondary_threshold_weekly")
    ni_yearly = r.money("employer_ni", "secondary_threshold_yearly")
    ni_u21_weekly = r.money("employer_ni", "under_21_threshold_weekly")
    ni_u21_yearly = r.money("employer_ni", "under_21_threshold_yearly")
    allowance = r.money("employment_allowance", "yearly")
    r.flag("employment_allowance", "care_and_support_employers")
    trigger_yearly = r.money("pension", "trigger_yearly")
    trigger_weekly = r.money("pension", "trigger_weekly")
    lower_yearly = r.money("pension", "qualifying_lower_yearly")
    upper_yearly = r.money("pension", "qualifying_upper_yearly")
    lower_weekly = r.money("pension", "qualifying_lower_weekly")
    upper_weekly = r.money("pension", "qualifying_upper_weekly")
    pension_percent = r.percent("pension", "employer_minimum_percent")
    pension_age = r.whole("pension", "minimum_age", 100)
    ssp_rate = r.money("sick_pay", "weekly_rate")
    ssp_percent = r.percent("sick_pay", "percent_of_earnings", optional=True)
    ssp_limit = r.money("sick_pay", "lower_earnings_limit_weekly", optional=True)
    ssp_waiting = r.whole("sick_pay", "waiting_days", 7)
    holiday_weeks = r.number("holiday", "weeks_a_year", 52)
    holiday_percent = r.percent("holiday", "irregular_hours_percent")
    insurance, payroll, dbs = r.typical("insurance"), r.typical("payroll"), r.typical("dbs")
    training, recruitment = r.typical("training"), r.typical("recruitment")
    sick_weeks = r.number("typical_costs", "sick_weeks_a_year", 52)
    if "checked" in doc and _day(doc["checked"]) is None:
        r.problem("checked", translate("EmploymentRates", 'should be a date like "2026-12-02".'))
    if (
        year is not None
        and mw_from is not None
        and not (date(year[1].year - 1, 4, 6) < mw_from <= year[1])
    ):
        r.problem(
            "minimum_wage.in_force_from",
            translate("EmploymentRates", "should be in the year before {date}."),
            date=year[1].isoformat(),
        )
    if r.problems:
        raise RatesFileError(r.problems)
    # Every value is present here: the reader reported anything missing above.
    p = _present
    return EmploymentRates(
        tax_year=p(year)[0],
        starts=p(year)[1],
        ends=p(year)[2],
        minimum_wage=MinimumWage(p(mw_from), {band: p(v) for band, v in hourly.items()}),
        employer_ni=EmployerNI(
            p(ni_rate), p(ni_weekly), p(ni_yearly), p(ni_u21_weekly), p(ni_u21_yearly)
        ),
        employment_allowance=p(allowance),
        pension=Pension(
            trigger_yearly=p(trigger_yearly),
            trigger_weekly=p(trigger_weekly),
            lower_yearly=p(lower_yearly),
            upper_yearly=p(upper_yearly),
            lower_weekly=p(lower_weekly),
            upper_weekly=p(upper_weekly),
            employer_percent=p(pension_percent),
            minimum_age=p(pension_age),
        ),
        sick_pay=SickPay(p(ssp_rate), ssp_percent, ssp_limit, p(ssp_waiting)),
        holiday_weeks=p(holiday_weeks),
        holiday_percent=p(holiday_percent),
        typical=TypicalCosts(
            p(insurance), p(payroll), p(dbs), p(training), p(recruitment), p(sick_weeks)
        ),
        sources=r.sources,
    )


def _present(value: T | None) -> T:
    assert value is not None
    return value


def load_rates_file(path: Path) -> EmploymentRates:
    """Read one rates file; :class:`RatesFileError` if it cannot be read or is wrong."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        message = translate("EmploymentRates", "Cannot read the rates file {file}: {reason}.")
        raise RatesFileError([message.format(file=path, reason=exc.strerror or exc)]) from None
    if len(data) > MAX_FILE_BYTES:
        message = translate("EmploymentRates", "The rates file {file} is too large to be one.")
        raise RatesFileError([message.format(file=path.name)])
    rates = parse_rates(data, path.name)
    expected = f"employment-{rates.tax_year}.json"
    if path.name != expected:
        message = translate(
            "EmploymentRates",
            "The rates file {file} holds the tax year {year}, so it should be called {expected}.",
        )
        raise RatesFileError(
            [message.format(file=path.name, year=rates.tax_year, expected=expected)]
        )
    return rates


def load_rates_folder(folder: Path) -> RatesBook:
    """Every tax year's rates in ``folder`` (files ``employment-YYYY-YY.json``)."""
    paths = sorted(folder.glob(FILE_PATTERN)) if folder.is_dir() else []
    if not paths:
        message = translate("EmploymentRates", "There are no employment rates files in {folder}.")
        raise RatesFileError([message.format(folder=folder)])
    years = [load_rates_file(path) for path in paths]
    try:
        return RatesBook(years)
    except ValueError as exc:  # two files for overlapping years
        message = translate("EmploymentRates", "The rates files in {folder} overlap: {reason}.")
        raise RatesFileError([message.format(folder=folder, reason=exc)]) from None


__all__ = [
    "FIELDS",
    "FORMAT",
    "VERSION",
    "RatesFileError",
    "load_rates_file",
    "load_rates_folder",
    "parse_rates",
]
