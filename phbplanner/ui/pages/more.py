"""Risks, Contingency, Action plan, Who helped and Reviews."""

from __future__ import annotations

import dataclasses
from typing import Any

from ...domain.plan import Action, Helper, Level, Plan, ReviewRecord, Risk, new_id
from ...domain.readiness import Section
from ...domain.text import translate
from ...services.edits import Edit, SetSection
from ..controller import PlanController
from ..fields import Field, show_date
from ..form import SectionForm, grid_of
from ..listing import ListBinding, ListEditor
from .base import Page
from .consent import add_consent_records


def levels() -> list[tuple[Level, str]]:
    return [
        (Level.LOW, translate("Pages", "Low")),
        (Level.MEDIUM, translate("Pages", "Medium")),
        (Level.HIGH, translate("Pages", "High")),
    ]


def _label(choices: list[Any], value: object) -> str:
    return next((text for key, text in choices if key == value), "")


class RisksPage(Page):
    section = Section.RISKS
    slug = "risks"

    def __init__(self, controller: PlanController) -> None:
        super().__init__(
            controller,
            translate("Steps", "Risks"),
            translate("Pages", "What could go wrong, and what will we do about it?"),
            translate(
                "Pages",
                "For example: “My PA is ill and cannot come.” Less likely when: an agency "
                "covers. Who acts: my son phones the agency.",
            ),
        )
        level = levels()

        def fields(_plan: Plan) -> list[Field]:
            return [
                Field("risk", translate("Pages", "The risk"), "long", required=True),
                Field("likelihood", translate("Pages", "How likely"), "choice", choices=level),
                Field("impact", translate("Pages", "How serious"), "choice", choices=level),
                Field("mitigation", translate("Pages", "What makes it less likely or less bad"),
                      "long"),
                Field("who", translate("Pages", "Who acts")),
            ]  # fmt: skip

        binding = ListBinding(
            "risks",
            "r",
            lambda new_id: Risk(new_id),
            [
                (translate("Pages", "Risk"), lambda r, _p: r.risk),
                (translate("Pages", "How likely"), lambda r, _p: _label(level, r.likelihood)),
                (translate("Pages", "How serious"), lambda r, _p: _label(level, r.impact)),
                (translate("Pages", "What we will do"), lambda r, _p: r.mitigation),
                (translate("Pages", "Who acts"), lambda r, _p: r.who),
            ],
            fields,
            noun=translate("Pages", "a risk"),
        )
        self.list = ListEditor(
            controller, binding, translate("Pages", "Risks and how they are managed"), self.body,
            add_text=translate("Pages", "Add a risk…"),
        )  # fmt: skip
        self.add(self.list, 1)


class ContingencyPage(Page):
    section = Section.CONTINGENCY
    slug = "contingency"

    def __init__(self, controller: PlanController) -> None:
        super().__init__(
            controller,
            translate("Steps", "Crisis plan"),
            translate("Pages", "What should happen if things go wrong or I am in crisis?"),
            translate(
                "Pages",
                "For example: “If I stop answering the phone, call my sister Zoë.”",
            ),
        )
        fields = [
            Field("triggers", translate("Pages", "Signs that things are going wrong"), "long"),
            Field("what_should_happen", translate("Pages", "What should happen"), "long"),
            Field("who_to_contact", translate("Pages", "Who to contact"), "long"),
            Field("coping_strategies", translate("Pages", "What helps me cope"), "long"),
        ]
        self.form = SectionForm(controller, "contingency_plan", fields, self.body)
        self.add_layout(grid_of([e.box for e in self.form.editors.values()]))
        self.finish()


class ActionsPage(Page):
    section = Section.ACTIONS
    slug = "action-plan"

    def __init__(self, controller: PlanController) -> None:
        super().__init__(
            controller,
            translate("Steps", "Action plan"),
            translate("Pages", "Who will do what, and by when, to make my plan happen?"),
            translate("Pages", "For example: “Mum sets up the bank account by 30 April.”"),
        )

        def fields(_plan: Plan) -> list[Field]:
            return [
                Field("what", translate("Pages", "What needs doing"), "long", required=True),
                Field("who", translate("Pages", "Who does it")),
                Field("by_when", translate("Pages", "By when"), "date",
                      example=translate("Pages", "Day/month/year, like 30/04/2026")),
                Field("done", translate("Pages", "This is done"), "bool"),
            ]  # fmt: skip

        binding = ListBinding(
            "actions",
            "a",
            lambda new_id: Action(new_id),
            [
                (translate("Pages", "What"), lambda a, _p: a.what),
                (translate("Pages", "Who"), lambda a, _p: a.who),
                (translate("Pages", "By when"), lambda a, _p: show_date(a.by_when)),
                (
                    translate("Pages", "Done?"),
                    lambda a, _p: (
                        translate("Pages", "Done") if a.done else translate("Pages", "Not yet")
                    ),
                ),
            ],
            fields,
            noun=translate("Pages", "an action"),
        )
        self.list = ListEditor(
            controller, binding, translate("Pages", "Actions"), self.body,
            add_text=translate("Pages", "Add an action…"),
        )  # fmt: skip
        self.add(self.list, 1)


class HelpersPage(Page):
    section = Section.HELPERS
    slug = "who-helped"

    def __init__(self, controller: PlanController) -> None:
        super().__init__(
            controller,
            translate("Steps", "Who helped"),
            translate("Pages", "Who helped me make this plan?"),
            translate("Pages", "For example: my daughter; Sam from the peer network."),
        )

        def fields(_plan: Plan) -> list[Field]:
            return [
                Field("name", translate("Pages", "Name"), required=True),
                Field("role", translate("Pages", "How they helped or who they are")),
            ]

        binding = ListBinding(
            "helpers",
            "h",
            lambda new_id: Helper(new_id),
            [
                (translate("Pages", "Name"), lambda h, _p: h.name),
                (translate("Pages", "Role"), lambda h, _p: h.role),
            ],
            fields,
            noun=translate("Pages", "a helper"),
        )
        self.list = ListEditor(
            controller, binding, translate("Pages", "People who helped"), self.body,
            add_text=translate("Pages", "Add a person…"),
        )  # fmt: skip
        self.add(self.list, 1)
        self.subheading(translate("Pages", "My care coordinator"))
        coordinator = [
            Field("name", translate("Pages", "Care coordinator’s name")),
            Field("role", translate("Pages", "Their role"),
                  example=translate("Pages", "For example: PHB coordinator, ICB")),
            Field("contact", translate("Pages", "How to contact them")),
        ]  # fmt: skip
        self.coordinator = SectionForm(controller, "care_coordinator", coordinator, self.body)
        self.add_layout(grid_of([e.box for e in self.coordinator.editors.values()], 3))
        consent_choices: list[tuple[Any, str]] = [
            (None, translate("Pages", "Not asked yet")),
            (True, translate("Pages", "Yes, I agree to share this plan")),
            (False, translate("Pages", "No, I do not agree to share it")),
        ]
        consent = [
            Field(
                "consent",
                translate("Pages", "Do I agree to share this plan with the people involved?"),
                "choice",
                choices=consent_choices,
                get=lambda plan: plan.consent_to_share,
                put=lambda _plan, value: value,
            )
        ]
        self.consent = SectionForm(
            controller, "consent_to_share", consent, self.body, reader=lambda plan: plan
        )
        self.add(self.consent.box("consent"))
        self.consents = add_consent_records(self, controller)
        self.finish()


class ReviewRecords(ListBinding):
    """Reviews that have happened: kept inside the ``reviews`` section."""

    def all_items(self, plan: Plan) -> tuple[Any, ...]:
        return plan.reviews.records

    def _set(self, plan: Plan, records: list[Any]) -> list[Edit]:
        return [SetSection("reviews", dataclasses.replace(plan.reviews, records=tuple(records)))]

    def new_item(self, plan: Plan) -> Any:
        return ReviewRecord(new_id("rv", plan.reviews.records))

    def put(self, plan: Plan, item: Any, extras: dict[str, Any]) -> list[Edit]:
        records = list(plan.reviews.records)
        ids = [r.id for r in records]
        if item.id in ids:
            records[ids.index(item.id)] = item
        else:
            records.append(item)
        return self._set(plan, records)

    def remove(self, plan: Plan, item_id: str) -> list[Edit]:
        return self._set(plan, [r for r in plan.reviews.records if r.id != item_id])

    def move(self, plan: Plan, item_id: str, offset: int) -> list[Edit]:
        records = list(plan.reviews.records)
        ids = [r.id for r in records]
        position = ids.index(item_id)
        target = position + offset
        if not 0 <= target < len(records):
            return []
        records.insert(target, records.pop(position))
        return self._set(plan, records)


class ReviewsPage(Page):
    section = Section.REVIEWS
    slug = "reviews"

    def __init__(self, controller: PlanController) -> None:
        super().__init__(
            controller,
            translate("Steps", "Reviews"),
            translate("Pages", "When will we check how my plan is working?"),
            translate(
                "Pages",
                "The first review is within 3 months of the start, then at least once a year.",
            ),
        )
        intervals = [(m, translate("Pages", "Every {n} months").format(n=m)) for m in (3, 6, 12)]
        fields = [
            Field("first_review", translate("Pages", "Date of the first review"), "date",
                  example=translate("Pages", "Day/month/year, like 30/06/2026")),
            Field("interval_months", translate("Pages", "Then how often"), "choice",
                  choices=intervals),
        ]  # fmt: skip
        self.form = SectionForm(controller, "reviews", fields, self.body)
        self.add_layout(grid_of([e.box for e in self.form.editors.values()]))

        def record_fields(_plan: Plan) -> list[Field]:
            return [
                Field("date", translate("Pages", "Date of the review"), "date", required=True,
                      example=translate("Pages", "Day/month/year, like 30/06/2026")),
                Field("reviewer", translate("Pages", "Who reviewed it")),
                Field("working", translate("Pages", "What is working"), "long"),
                Field("not_working", translate("Pages", "What is not working"), "long"),
                Field("notes", translate("Pages", "Notes"), "long"),
            ]  # fmt: skip

        binding = ReviewRecords(
            "reviews",
            "rv",
            lambda new_id: ReviewRecord(new_id),
            [
                (translate("Pages", "Date"), lambda r, _p: show_date(r.date)),
                (translate("Pages", "Who reviewed it"), lambda r, _p: r.reviewer),
                (translate("Pages", "What is working"), lambda r, _p: r.working),
                (translate("Pages", "What is not working"), lambda r, _p: r.not_working),
            ],
            record_fields,
            noun=translate("Pages", "a review"),
        )
        self.list = ListEditor(
            controller, binding, translate("Pages", "Reviews that have happened"), self.body,
            add_text=translate("Pages", "Add a review…"),
        )  # fmt: skip
        self.add(self.list, 1)
