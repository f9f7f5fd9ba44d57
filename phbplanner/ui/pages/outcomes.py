"""My outcomes and My support (paid lines and unpaid support)."""

from __future__ import annotations

import dataclasses
from typing import Any

from ...domain.categories import EXCLUDED, Category, category_label
from ...domain.money import Money
from ...domain.plan import (
    Outcome,
    OutcomeStatus,
    Plan,
    SupportLine,
    UnpaidSupport,
)
from ...domain.readiness import Section
from ...domain.schedule import Frequency, frequency_label
from ...domain.text import translate
from ...services.edits import Edit, PutItem
from ..controller import PlanController
from ..costed.feed import feed_for
from ..costed.lines_editor import SupportLinesEditor
from ..costed.lines_model import management_choices as managements
from ..costed.lines_model import representative_meaning
from ..fields import Field, show_date
from ..listing import ListBinding, ListEditor
from .base import Page


def statuses() -> list[tuple[OutcomeStatus, str]]:
    return [
        (OutcomeStatus.PROPOSED, translate("Pages", "Proposed")),
        (OutcomeStatus.AGREED, translate("Pages", "Agreed")),
        (OutcomeStatus.IN_PROGRESS, translate("Pages", "In progress")),
        (OutcomeStatus.ACHIEVED, translate("Pages", "Achieved")),
        (OutcomeStatus.NO_LONGER_WANTED, translate("Pages", "No longer wanted")),
    ]


def _label(choices: list[Any], value: object) -> str:
    return next((text for key, text in choices if key == value), "")


def support_keys(plan: Plan) -> list[tuple[str, str]]:
    """Every paid line and unpaid support as (key, words): keys ``paid:ID`` / ``unpaid:ID``."""
    keys = [
        (f"paid:{line.id}", translate("Pages", "Paid: {what}").format(what=line.description))
        for line in plan.support_lines
    ]
    keys += [
        (
            f"unpaid:{help.id}",
            translate("Pages", "Unpaid: {who} – {what}").format(who=help.who, what=help.what),
        )
        for help in plan.unpaid_support
    ]
    return keys


def served_by(plan: Plan, outcome_id: str) -> tuple[str, ...]:
    keys = [f"paid:{line.id}" for line in plan.support_lines if outcome_id in line.outcomes]
    keys += [f"unpaid:{help.id}" for help in plan.unpaid_support if outcome_id in help.outcomes]
    return tuple(keys)


def served_by_words(plan: Plan, outcome_id: str) -> str:
    words = dict(support_keys(plan))
    chosen = [words[key] for key in served_by(plan, outcome_id)]
    return "; ".join(chosen) if chosen else translate("Pages", "Nothing yet")


class OutcomeBinding(ListBinding):
    """Outcomes; saving one also links or unlinks the support that serves it."""

    def put(self, plan: Plan, item: Any, extras: dict[str, Any]) -> list[Edit]:
        edits: list[Edit] = [PutItem("outcomes", item)]
        if "served_by" not in extras:
            return edits
        chosen = set(extras["served_by"])
        for line in plan.support_lines:
            want = f"paid:{line.id}" in chosen
            if want != (item.id in line.outcomes):
                ids = (
                    (*line.outcomes, item.id)
                    if want
                    else tuple(o for o in line.outcomes if o != item.id)
                )
                edits.append(PutItem("support_lines", dataclasses.replace(line, outcomes=ids)))
        for help in plan.unpaid_support:
            want = f"unpaid:{help.id}" in chosen
            if want != (item.id in help.outcomes):
                ids = (
                    (*help.outcomes, item.id)
                    if want
                    else tuple(o for o in help.outcomes if o != item.id)
                )
                edits.append(PutItem("unpaid_support", dataclasses.replace(help, outcomes=ids)))
        return edits


class OutcomesPage(Page):
    section = Section.OUTCOMES
    slug = "my-outcomes"

    def __init__(self, controller: PlanController) -> None:
        super().__init__(
            controller,
            translate("Steps", "My outcomes"),
            translate("Pages", "What do I want to achieve, and how will I know I have?"),
            translate(
                "Pages",
                "For example: “I want to go swimming twice a week, because it eases my pain. "
                "I’ll know it’s working when I can walk to the shop.”",
            ),
        )
        status_choices = statuses()
        importance = [(None, translate("Pages", "Not said yet"))] + [
            (n, str(n)) for n in range(10, 0, -1)
        ]

        def fields(plan: Plan) -> list[Field]:
            return [
                Field(
                    "title",
                    translate("Pages", "What I want to achieve"),
                    required=True,
                    example=translate("Pages", "For example: go swimming twice a week"),
                ),
                Field("why_it_matters", translate("Pages", "Why it matters to me"), "long"),
                Field(
                    "success_looks_like",
                    translate("Pages", "What success looks like (how I and others will know)"),
                    "long",
                ),
                Field(
                    "importance",
                    translate("Pages", "How important it is (10 is the most important)"),
                    "choice",
                    choices=importance,
                ),
                Field(
                    "target_date",
                    translate("Pages", "When I hope to achieve it"),
                    "date",
                    example=translate("Pages", "Day/month/year, like 31/12/2026"),
                ),
                Field(
                    "status",
                    translate("Pages", "Where it stands"),
                    "choice",
                    choices=status_choices,
                ),
                Field(
                    "served_by",
                    translate("Pages", "Support that helps with it (tick all that apply)"),
                    "multi",
                    choices=support_keys(plan),
                    get=lambda o: served_by(plan, o.id),
                    extra={"detached": True},
                ),
            ]

        binding = OutcomeBinding(
            "outcomes",
            "o",
            lambda new_id: Outcome(new_id),
            [
                (translate("Pages", "Outcome"), lambda o, _p: o.title),
                (
                    translate("Pages", "Importance"),
                    lambda o, _p: "" if o.importance is None else str(o.importance),
                ),
                (translate("Pages", "Target date"), lambda o, _p: show_date(o.target_date)),
                (translate("Pages", "Status"), lambda o, _p: _label(status_choices, o.status)),
                (translate("Pages", "Helped by"), lambda o, p: served_by_words(p, o.id)),
            ],
            fields,
            noun=translate("Pages", "an outcome"),
        )
        self.list = ListEditor(
            controller, binding, translate("Pages", "My outcomes"), self.body,
            add_text=translate("Pages", "Add an outcome…"),
        )  # fmt: skip
        self.add(self.list, 1)


def outcome_choices(plan: Plan) -> list[tuple[str, str]]:
    return [(o.id, o.title or o.id) for o in plan.outcomes]


def outcome_words(plan: Plan, ids: tuple[str, ...]) -> str:
    titles = {o.id: o.title for o in plan.outcomes}
    chosen = [titles[i] for i in ids if i in titles]
    return "; ".join(chosen) if chosen else translate("Pages", "None yet")


def _schedule(attr: str) -> tuple[Any, Any]:
    def get(line: SupportLine) -> Any:
        return getattr(line.schedule, attr)

    def put(line: SupportLine, value: Any) -> SupportLine:
        schedule = dataclasses.replace(line.schedule, **{attr: value})
        return dataclasses.replace(line, schedule=schedule)

    return get, put


def _money_or_zero(line: SupportLine, value: Money | None) -> SupportLine:
    return dataclasses.replace(line, unit_cost=value or Money(0))


class SupportPage(Page):
    section = Section.SUPPORT
    slug = "my-support"

    def __init__(self, controller: PlanController) -> None:
        super().__init__(
            controller,
            translate("Steps", "My support"),
            translate("Pages", "What support will help me, paid and unpaid?"),
            translate(
                "Pages",
                "For example: a personal assistant 6 hours a week (paid). And my neighbour "
                "driving me to the shops on Fridays (unpaid).",
            ),
        )
        frequencies = [(f, frequency_label(f)) for f in Frequency]
        # excluded kinds stay in the list (an old line may use one) but say they cannot be paid
        categories = [
            (c, category_label(c) if c not in EXCLUDED else
             translate("Pages", "{kind} (cannot be paid for)").format(kind=category_label(c)))
            for c in Category
        ]  # fmt: skip
        manage = managements()
        first_get, first_put = _schedule("first")
        last_get, last_put = _schedule("last")
        freq_get, freq_put = _schedule("frequency")

        def line_fields(plan: Plan) -> list[Field]:
            return [
                Field("description", translate("Pages", "What it is"), required=True,
                      example=translate("Pages", "For example: personal assistant")),
                Field("provider", translate("Pages", "Who provides it"),
                      example=translate("Pages", "An organisation, or a PA’s name")),
                Field("category", translate("Pages", "Kind of support"), "choice",
                      choices=categories),
                Field("unit_cost", translate("Pages", "Unit cost"), "money",
                      example=translate("Pages", "In pounds, like 12.50"),
                      put=_money_or_zero),
                Field("quantity", translate("Pages", "How many each time"), "decimal",
                      example=translate("Pages", "For example: 6 (hours)"),
                      put=lambda line, v: dataclasses.replace(line, quantity=v or 1)),
                Field("frequency", translate("Pages", "How often"), "choice",
                      choices=frequencies, get=freq_get, put=freq_put),
                Field("first", translate("Pages", "First date (empty: the start of the budget)"),
                      "date", get=first_get, put=first_put),
                Field("last", translate("Pages", "Last date (if it ends early)"), "date",
                      get=last_get, put=last_put),
                Field("management", translate("Pages", "Who holds the money for it"), "choice",
                      example=representative_meaning(), choices=manage),
                Field("outcomes", translate("Pages", "Outcomes it helps with (tick all)"),
                      "multi", choices=outcome_choices(plan)),
                Field("notes", translate("Pages", "Notes"), "long"),
            ]  # fmt: skip

        # Paid support: the costed table (inline editing, sorting, details, warnings) with the
        # same form as a dialog for adding a line or changing every field at once.
        self.paid = SupportLinesEditor(feed_for(controller), self.body, form=line_fields)
        self.add(self.paid, 1)

        def unpaid_fields(plan: Plan) -> list[Field]:
            return [
                Field("who", translate("Pages", "Who"), required=True),
                Field("what", translate("Pages", "What they do"), "long"),
                Field("when", translate("Pages", "When"),
                      example=translate("Pages", "For example: Friday mornings")),
                Field("outcomes", translate("Pages", "Outcomes it helps with (tick all)"),
                      "multi", choices=outcome_choices(plan)),
            ]  # fmt: skip

        unpaid = ListBinding(
            "unpaid_support",
            "u",
            lambda new_id: UnpaidSupport(new_id),
            [
                (translate("Pages", "Who"), lambda u, _p: u.who),
                (translate("Pages", "What they do"), lambda u, _p: u.what),
                (translate("Pages", "When"), lambda u, _p: u.when),
                (translate("Pages", "Helps with"), lambda u, p: outcome_words(p, u.outcomes)),
            ],
            unpaid_fields,
            noun=translate("Pages", "unpaid support"),
        )
        self.unpaid = ListEditor(
            controller, unpaid, translate("Pages", "Unpaid support"), self.body,
            add_text=translate("Pages", "Add unpaid support…"),
        )  # fmt: skip
        self.add(self.unpaid, 1)
