"""The plan's support lines for employing a PA, and recalculating them when the rates change.

A calculation becomes one line per kind of cost, linked to the same outcomes. Their costs follow
the costing rule exactly (``costing.cost_line`` gives the calculation's figures to the penny):

- **wages**: a weekly line, unit cost = the hourly rate, quantity = the hours a week;
- **insurance, payroll, DBS, training, recruitment**: the amount on its own schedule (every year,
  every month, once…), as the calculation counted it;
- **holiday pay, employer's National Insurance (only what the Employment Allowance does not
  cover), pension, sickness cover**: percentages that are rarely a whole number of pence a week,
  so each is one line for the whole period (``once``, on the first week), for exactly the
  calculated amount.

Lines of one PA are recognised by their ids: ``pa.<key>.<kind>`` (``pa.1.wages``,
``pa.1.holiday``…), and share the group ``pa.<key>`` (``SupportLine.group``, also the id of the
plan's :class:`~phbplanner.domain.plan.Employment` holding the calculator's inputs).
:func:`replace_pa_lines` swaps in a new calculation's figures, keeping what the person changed
by hand (description, provider, outcomes, how the money is managed, and any notes written below
the working).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal

from .categories import Category
from .employment import ExtraCost, PACosts, PAInputs
from .employment_words import EXTRA_KINDS, LineKind
from .money import ZERO
from .plan import Management, SupportLine
from .schedule import Frequency, Schedule
from .text import translate

PREFIX = "pa"
_KEY = re.compile(r"^[A-Za-z0-9_-]{1,40}$")
_ID = re.compile(r"^pa\.([A-Za-z0-9_-]{1,40})\.([a-z_]+)$")
#: Between the working the calculator writes in a line's notes and the person's own notes.
NOTES_BREAK = "\n\n"

#: The category of each kind of line.
CATEGORIES: dict[LineKind, Category] = {
    LineKind.WAGES: Category.PERSONAL_ASSISTANT,
    LineKind.HOLIDAY: Category.PERSONAL_ASSISTANT,
    LineKind.CONTINGENCY: Category.PERSONAL_ASSISTANT,
    LineKind.EMPLOYER_NI: Category.EMPLOYER_COSTS,
    LineKind.PENSION: Category.EMPLOYER_COSTS,
    LineKind.INSURANCE: Category.EMPLOYER_COSTS,
    LineKind.PAYROLL: Category.EMPLOYER_COSTS,
    LineKind.DBS: Category.EMPLOYER_COSTS,
    LineKind.TRAINING: Category.EMPLOYER_COSTS,
    LineKind.RECRUITMENT: Category.EMPLOYER_COSTS,
}
#: The order lines are created in (the order a council's PA budget lists them).
ORDER = (
    LineKind.WAGES, LineKind.HOLIDAY, LineKind.EMPLOYER_NI, LineKind.PENSION,
    LineKind.INSURANCE, LineKind.PAYROLL, LineKind.DBS, LineKind.TRAINING,
    LineKind.RECRUITMENT, LineKind.CONTINGENCY,
)  # fmt: skip


# -- ids -----------------------------------------------------------------------------------------
def pa_group_id(key: str) -> str:
    """The group of the PA with ``key``'s lines (and the id of its employment): ``pa.1``."""
    if not _KEY.match(key):
        raise ValueError(f"a PA key is 1-40 letters, digits, '-' or '_', not {key!r}")
    return f"{PREFIX}.{key}"


def key_of_group(group: str) -> str | None:
    """The PA key of a group made by the calculator (``pa.1`` → ``1``), or ``None``."""
    prefix, dot, key = group.partition(".")
    return key if prefix == PREFIX and dot and _KEY.match(key) else None


def pa_line_id(key: str, kind: LineKind) -> str:
    """The id of ``kind``'s line for the PA with ``key``: ``pa.1.wages``."""
    if not _KEY.match(key):
        raise ValueError(f"a PA key is 1-40 letters, digits, '-' or '_', not {key!r}")
    return f"{PREFIX}.{key}.{kind.value}"


def parse_pa_line_id(line_id: str) -> tuple[str, LineKind] | None:
    """The PA key and kind of a calculator-made line id, or ``None`` for any other line."""
    match = _ID.match(line_id)
    if match is None or match.group(2) not in LineKind.__members__.values():
        return None
    return match.group(1), LineKind(match.group(2))


def new_pa_key(lines: Iterable[SupportLine], groups: Iterable[str] = ()) -> str:
    """The next free PA key ("1", "2", …) among the lines of a plan (and ``groups`` already
    used, such as the ids of the plan's employments)."""
    taken = {found[0] for line in lines if (found := parse_pa_line_id(line.id))}
    taken |= {key for group in groups if (key := key_of_group(group)) is not None}
    taken |= {key for line in lines if (key := key_of_group(line.group)) is not None}
    number = 1
    while str(number) in taken:
        number += 1
    return str(number)


@dataclass(frozen=True)
class PAGroup:
    """The lines of one PA in a plan, by kind."""

    key: str
    lines: dict[LineKind, SupportLine]


def pa_groups(lines: Iterable[SupportLine]) -> dict[str, PAGroup]:
    """Every PA's lines in a plan, keyed by PA key, in the order they first appear."""
    groups: dict[str, PAGroup] = {}
    for line in lines:
        found = parse_pa_line_id(line.id)
        if found is not None:
            key, kind = found
            groups.setdefault(key, PAGroup(key, {})).lines[kind] = line
    return groups


# -- making the lines ----------------------------------------------------------------------------
def _description(kind: LineKind, name: str) -> str:
    texts = {
        LineKind.WAGES: translate("PACosts", "Wages for {name}"),
        LineKind.HOLIDAY: translate("PACosts", "Holiday pay for {name}"),
        LineKind.EMPLOYER_NI: translate("PACosts", "Employer's National Insurance for {name}"),
        LineKind.PENSION: translate("PACosts", "Workplace pension for {name} (employer's part)"),
        LineKind.INSURANCE: translate("PACosts", "Employer's liability insurance"),
        LineKind.PAYROLL: translate("PACosts", "Payroll service for {name}"),
        LineKind.DBS: translate("PACosts", "DBS check for {name}"),
        LineKind.TRAINING: translate("PACosts", "Training for {name}"),
        LineKind.RECRUITMENT: translate("PACosts", "Recruiting {name}"),
        LineKind.CONTINGENCY: translate("PACosts", "Sick pay cover for {name}"),
    }
    return texts[kind].format(name=name)


def _working(costs: PACosts, kind: LineKind) -> str:
    """The notes the calculator writes: the working, and which tax years' rates it used."""
    years = translate("PACosts", " and ").join(part.rates.label for part in costs.parts)
    line = costs.line(kind)
    working = line.explanation if line is not None else ""
    if kind is LineKind.EMPLOYER_NI:
        allowance = costs.line(LineKind.EMPLOYMENT_ALLOWANCE)
        if allowance is not None:
            working += " " + allowance.explanation
    return translate("PACosts", "{working} (Worked out with the rates for {years}.)").format(
        working=working, years=years
    )


def pa_support_lines(
    costs: PACosts,
    key: str,
    *,
    outcomes: tuple[str, ...] = (),
    management: Management | None = None,
) -> tuple[SupportLine, ...]:
    """The plan lines for a calculation: one per kind of cost that is not £0.00.

    ``key`` tells this PA's lines apart from another's (see :func:`new_pa_key`); ``outcomes``
    and ``management`` are given to every line.
    """
    inputs = costs.inputs
    name = inputs.display_name()
    provider = inputs.name.strip()
    once = Schedule(Frequency.ONCE, costs.first_week)
    made: list[SupportLine] = []
    for kind in ORDER:
        if kind is LineKind.WAGES:
            unit, quantity = inputs.hourly_rate, costs.hours_per_week
            schedule = Schedule(Frequency.WEEKLY, inputs.first_day)
        elif kind in EXTRA_KINDS:
            extra = costs.extras[kind]
            unit, quantity = extra.amount, Decimal(1)
            schedule = Schedule(extra.frequency, costs.first_week)
        else:
            unit = costs.ni_payable if kind is LineKind.EMPLOYER_NI else costs.amount(kind)
            quantity, schedule = Decimal(1), once
        if unit.pence <= 0 or costs.amount(kind).pence <= 0:
            continue
        who = {
            LineKind.WAGES: provider,
            LineKind.HOLIDAY: provider,
            LineKind.CONTINGENCY: provider,
            LineKind.EMPLOYER_NI: translate("PACosts", "HM Revenue and Customs"),
        }.get(kind, "")
        made.append(
            SupportLine(
                id=pa_line_id(key, kind),
                description=_description(kind, name),
                provider=who,
                category=CATEGORIES[kind],
                unit_cost=unit,
                quantity=quantity,
                schedule=schedule,
                management=management,
                outcomes=outcomes,
                notes=_working(costs, kind),
                group=pa_group_id(key),
            )
        )
    return tuple(made)


# -- recalculating -------------------------------------------------------------------------------
def inputs_from_group(group: PAGroup, template: PAInputs | None = None) -> PAInputs:
    """The inputs that made a PA's lines, as far as the lines tell them.

    The name, hourly rate, hours, first day and the amounts of insurance, payroll, DBS,
    training and recruitment come from the lines; the rest (age band, the Employment
    Allowance, pension opt-out, sickness weeks) cannot be read back and come from
    ``template`` — the window asks the person again.
    """
    base = template or PAInputs()

    def extra(kind: LineKind) -> ExtraCost:
        line = group.lines.get(kind)
        if line is None:  # the person took it out (or it was £0.00)
            return ExtraCost(ZERO, Frequency.ONCE)
        return ExtraCost(line.unit_cost, line.schedule.frequency)

    base = replace(
        base,
        insurance=extra(LineKind.INSURANCE),
        payroll=extra(LineKind.PAYROLL),
        dbs=extra(LineKind.DBS),
        training=extra(LineKind.TRAINING),
        recruitment=extra(LineKind.RECRUITMENT),
    )
    wages = group.lines.get(LineKind.WAGES)
    if wages is None:
        return base
    return replace(
        base,
        name=wages.provider or base.name,
        hourly_rate=wages.unit_cost,
        hours_per_week=wages.quantity,
        pattern=None,
        weeks_per_year=Decimal(52),  # the line holds the hours already averaged over the year
        first_day=wages.schedule.first,
    )


@dataclass(frozen=True)
class LineChanges:
    """The plan's support lines after a recalculation, and which ids changed."""

    lines: tuple[SupportLine, ...]
    added: tuple[str, ...]
    updated: tuple[str, ...]
    removed: tuple[str, ...]

    @property
    def changed(self) -> bool:
        """True when the recalculation changed anything."""
        return bool(self.added or self.updated or self.removed)


def _persons_notes(notes: str) -> str:
    """What the person wrote below the calculator's working (kept on recalculation)."""
    _, sep, rest = notes.partition(NOTES_BREAK)
    return rest if sep else ""


def replace_pa_lines(
    lines: tuple[SupportLine, ...],
    key: str,
    new_lines: tuple[SupportLine, ...],
    *,
    old_name: str | None = None,
) -> LineChanges:
    """Put a new calculation's lines for PA ``key`` in place of the old ones.

    A kind already in the plan keeps its place and what the person set (description,
    provider, outcomes, management, their own notes) and takes the new unit cost, quantity,
    schedule, working and group. New kinds go after the PA's last line, linked to the outcomes
    and management of the PA's wages line; kinds no longer needed (say, National Insurance now
    covered by the allowance) are removed. With ``old_name`` (the PA's name the lines were made
    with), a description or provider the person left as the calculator wrote it follows a new
    name.
    """
    old = pa_groups(lines).get(key, PAGroup(key, {})).lines
    new = {kind: line for line in new_lines if (kind := _kind_of(line, key)) is not None}
    anchor = old.get(LineKind.WAGES) or next(iter(old.values()), None)
    result: list[SupportLine] = []
    updated: list[str] = []
    removed: list[str] = []
    last_index = -1
    for line in lines:
        found = parse_pa_line_id(line.id)
        if found is None or found[0] != key:
            result.append(line)
            continue
        kind = found[1]
        if kind not in new:
            removed.append(line.id)
            continue
        fresh = new[kind]
        own = _persons_notes(line.notes)
        description, provider = line.description, line.provider
        if old_name is not None:
            old_display = old_name.strip() or translate("PACosts", "your PA")
            if description == _description(kind, old_display):
                description = fresh.description
            if provider and provider == old_name.strip():
                provider = fresh.provider
        merged = replace(
            line,
            description=description,
            provider=provider,
            unit_cost=fresh.unit_cost,
            quantity=fresh.quantity,
            schedule=fresh.schedule,
            notes=fresh.notes + (NOTES_BREAK + own if own else ""),
            group=fresh.group,
        )
        if merged != line:
            updated.append(line.id)
        result.append(merged)
        last_index = len(result) - 1
    additions = [line for kind, line in new.items() if kind not in old]
    if anchor is not None:
        additions = [
            replace(line, outcomes=anchor.outcomes, management=anchor.management)
            for line in additions
        ]
    at = last_index + 1 if last_index >= 0 else len(result)
    result[at:at] = additions
    return LineChanges(
        lines=tuple(result),
        added=tuple(line.id for line in additions),
        updated=tuple(updated),
        removed=tuple(removed),
    )


def _kind_of(line: SupportLine, key: str) -> LineKind:
    found = parse_pa_line_id(line.id)
    if found is None or found[0] != key:
        raise ValueError(f"{line.id} is not a line of PA {key}")
    return found[1]


__all__ = [
    "CATEGORIES",
    "NOTES_BREAK",
    "ORDER",
    "LineChanges",
    "PAGroup",
    "inputs_from_group",
    "key_of_group",
    "new_pa_key",
    "pa_group_id",
    "pa_groups",
    "pa_line_id",
    "pa_support_lines",
    "parse_pa_line_id",
    "replace_pa_lines",
]
