"""About me, What matters to me, My strengths, My community, My health and wellbeing."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout

from ...domain.plan import (
    CommunityKind,
    CommunityPlace,
    Need,
    Plan,
    Strength,
    StrengthKind,
)
from ...domain.readiness import Section
from ...domain.text import translate
from ..controller import PlanController
from ..fields import Field
from ..form import SectionForm, grid_of
from ..listing import ListBinding, ListEditor
from .base import Page


def strength_kinds() -> list[tuple[StrengthKind, str]]:
    return [
        (StrengthKind.CAN_DO, translate("Pages", "Something I can do myself")),
        (StrengthKind.ADMIRED, translate("Pages", "Something people like and admire about me")),
    ]


def community_kinds() -> list[tuple[CommunityKind, str]]:
    return [
        (CommunityKind.FEEL_GOOD, translate("Pages", "A place where I feel good")),
        (CommunityKind.MEMBER, translate("Pages", "Somewhere I am a member")),
        (CommunityKind.CUSTOMER, translate("Pages", "Somewhere I am a customer")),
        (CommunityKind.COULD_CONNECT, translate("Pages", "Where I could make new connections")),
    ]


def label_of(choices: list[tuple[object, str]], value: object) -> str:
    return next((text for key, text in choices if key == value), "")


class AboutMePage(Page):
    section = Section.ABOUT_ME
    slug = "about-me"

    def __init__(self, controller: PlanController) -> None:
        super().__init__(
            controller,
            translate("Steps", "About me"),
            translate("Pages", "Who am I, and what should people know about me?"),
            translate(
                "Pages",
                "For example: “I’m Siân. I love music and my dog, Bryn. "
                "Please speak to me, not to my mum.”",
            ),
        )
        person = [
            Field("name", translate("Pages", "My name")),
            Field(
                "preferred_name",
                translate("Pages", "What I like to be called"),
                example=translate("Pages", "For example: Siân, or Mr Nguyễn"),
            ),
            Field(
                "date_of_birth",
                translate("Pages", "My date of birth"),
                kind="date",
                example=translate("Pages", "Day/month/year, like 31/01/1970"),
            ),
            Field(
                "nhs_number",
                translate("Pages", "My NHS number (if I know it)"),
                kind="nhs",
                example=translate("Pages", "10 digits, like 943 476 5919"),
            ),
            Field("address", translate("Pages", "My address"), kind="long", lines=3),
            Field("phone", translate("Pages", "My phone number")),
            Field("email", translate("Pages", "My email address")),
            Field(
                "gp_practice",
                translate("Pages", "My GP practice"),
                example=translate("Pages", "For example: Riverside Surgery, Leeds"),
            ),
        ]
        self.person = SectionForm(controller, "person", person, self.body)
        self.add_layout(grid_of([e.box for e in self.person.editors.values()]))
        self.subheading(translate("Pages", "More about me"))
        about = [
            Field(
                "most_important",
                translate("Pages", "What is most important to me"),
                kind="long",
                example=translate("Pages", "For example: seeing my grandchildren every week"),
            ),
            Field(
                "people_important",
                translate("Pages", "People who are important to me"),
                kind="long",
            ),
            Field(
                "communication",
                translate("Pages", "How I communicate, and how to communicate with me"),
                kind="long",
                example=translate("Pages", "For example: give me time to answer; write it down"),
            ),
            Field("wellness", translate("Pages", "My wellness"), kind="long"),
            Field("please_do", translate("Pages", "Please do"), kind="long"),
            Field("please_dont", translate("Pages", "Please don’t"), kind="long"),
            Field(
                "how_to_support",
                translate("Pages", "How and when to support me"),
                kind="long",
            ),
            Field(
                "also_worth_knowing",
                translate("Pages", "Also worth knowing about me"),
                kind="long",
            ),
            Field(
                "supported_by",
                translate("Pages", "Who supported me to write this"),
                example=translate("Pages", "For example: my daughter, Zoë"),
            ),
            Field(
                "last_updated",
                translate("Pages", "Date last updated"),
                kind="date",
                example=translate("Pages", "Day/month/year, like 31/01/2026"),
            ),
        ]
        self.about = SectionForm(controller, "about_me", about, self.body)
        self.add_layout(grid_of([e.box for e in self.about.editors.values()]))
        self.finish()


class WhatMattersPage(Page):
    section = Section.WHAT_MATTERS
    slug = "what-matters-to-me"

    def __init__(self, controller: PlanController) -> None:
        super().__init__(
            controller,
            translate("Steps", "What matters to me"),
            translate("Pages", "What is important to me, and what is important for me?"),
            translate(
                "Pages",
                "Important to me: the people, places, routines and interests that make my life "
                "mine. Important for me: what keeps me healthy and safe.",
            ),
        )
        fields = [
            Field(
                "important_to_me",
                translate("Pages", "Important to me"),
                kind="long",
                lines=6,
                example=translate("Pages", "For example: chapel on Sundays, my garden, my cat"),
            ),
            Field(
                "important_for_me",
                translate("Pages", "Important for me"),
                kind="long",
                lines=6,
                example=translate("Pages", "For example: taking my insulin on time"),
            ),
            Field(
                "good_day",
                translate("Pages", "A good day for me"),
                kind="long",
                lines=5,
                example=translate("Pages", "For example: I get up late and go to the café"),
            ),
            Field(
                "bad_day",
                translate("Pages", "A bad day for me"),
                kind="long",
                lines=5,
                example=translate("Pages", "For example: I am in pain and stay in bed"),
            ),
        ]
        self.form = SectionForm(controller, "what_matters", fields, self.body)
        boxes = [e.box for e in self.form.editors.values()]
        for pair in (boxes[:2], boxes[2:]):
            row = QHBoxLayout()
            row.setSpacing(24)
            for box in pair:
                row.addWidget(box, 1)
            self.add_layout(row)
        self.finish()


class StrengthsPage(Page):
    section = Section.STRENGTHS
    slug = "my-strengths"

    def __init__(self, controller: PlanController) -> None:
        super().__init__(
            controller,
            translate("Steps", "My strengths"),
            translate("Pages", "What do people like about me, and what can I do myself?"),
            translate("Pages", "For example: “I’m a good listener.” “I can cook a simple meal.”"),
        )
        kinds = strength_kinds()

        def fields(_plan: Plan) -> list[Field]:
            return [
                Field("text", translate("Pages", "My strength"), kind="long", required=True),
                Field("kind", translate("Pages", "What kind of strength"), "choice", choices=kinds),
            ]

        binding = ListBinding(
            "strengths",
            "s",
            lambda new_id: Strength(new_id),
            [
                (translate("Pages", "Strength"), lambda s, _p: s.text),
                (translate("Pages", "Kind"), lambda s, _p: label_of(kinds, s.kind)),  # type: ignore[arg-type]
            ],
            fields,
            noun=translate("Pages", "a strength"),
        )
        self.list = ListEditor(
            controller, binding, translate("Pages", "My strengths"), self.body,
            add_text=translate("Pages", "Add a strength…"),
        )  # fmt: skip
        self.add(self.list, 1)


class CommunityPage(Page):
    section = Section.COMMUNITY
    slug = "my-community"

    def __init__(self, controller: PlanController) -> None:
        super().__init__(
            controller,
            translate("Steps", "My community"),
            translate("Pages", "Where do I feel good, belong, or could meet people?"),
            translate("Pages", "For example: the library, my walking group, the corner shop."),
        )
        kinds = community_kinds()

        def fields(_plan: Plan) -> list[Field]:
            return [
                Field("name", translate("Pages", "The place"), required=True),
                Field("kind", translate("Pages", "What it is to me"), "choice", choices=kinds),
                Field("notes", translate("Pages", "Anything else about it"), kind="long"),
            ]

        binding = ListBinding(
            "community",
            "c",
            lambda new_id: CommunityPlace(new_id),
            [
                (translate("Pages", "Place"), lambda c, _p: c.name),
                (translate("Pages", "What it is to me"), lambda c, _p: label_of(kinds, c.kind)),  # type: ignore[arg-type]
                (translate("Pages", "Notes"), lambda c, _p: c.notes),
            ],
            fields,
            noun=translate("Pages", "a place"),
        )
        self.list = ListEditor(
            controller, binding, translate("Pages", "Places in my community"), self.body,
            add_text=translate("Pages", "Add a place…"),
        )  # fmt: skip
        self.add(self.list, 1)


class HealthPage(Page):
    section = Section.HEALTH
    slug = "my-health-and-wellbeing"

    def __init__(self, controller: PlanController) -> None:
        super().__init__(
            controller,
            translate("Steps", "My health and wellbeing"),
            translate("Pages", "What health needs, worries or problems do I have?"),
            translate(
                "Pages",
                "In my own words, and the medical words if I know them. For example: "
                "“I get very tired after an hour” (chronic fatigue).",
            ),
        )

        def fields(_plan: Plan) -> list[Field]:
            return [
                Field(
                    "description",
                    translate("Pages", "The need, in my words"),
                    kind="long",
                    required=True,
                ),
                Field(
                    "clinical_terms",
                    translate("Pages", "Medical words for it (if known)"),
                    example=translate("Pages", "For example: type 2 diabetes"),
                ),
            ]

        binding = ListBinding(
            "needs",
            "n",
            lambda new_id: Need(new_id),
            [
                (translate("Pages", "In my words"), lambda n, _p: n.description),
                (translate("Pages", "Medical words"), lambda n, _p: n.clinical_terms),
            ],
            fields,
            noun=translate("Pages", "a need"),
        )
        self.list = ListEditor(
            controller, binding, translate("Pages", "My health needs"), self.body,
            add_text=translate("Pages", "Add a need…"),
        )  # fmt: skip
        self.add(self.list, 1)
