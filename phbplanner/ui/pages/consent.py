"""Consent records on "Who helped": who was helping, their role, what the person agreed to share
and with whom, and the date — kept in the plan (the ``consents`` part, format version 2) and
printed in the PDF's "Who helped me make this plan"."""

from __future__ import annotations

from datetime import date

from ...domain.plan import ConsentRecord, Plan
from ...domain.text import translate
from ..controller import PlanController
from ..fields import Field, show_date
from ..listing import ListBinding, ListEditor
from .base import Page


def _fields(_plan: Plan) -> list[Field]:
    day = translate("Pages", "Day/month/year, like 30/06/2026")
    return [
        Field("helper", translate("Pages", "Who is helping me"), required=True,
              example=translate("Pages", "For example: Sam Patel, from the peer network")),
        Field("helper_role", translate("Pages", "Their role"),
              example=translate("Pages", "For example: peer support volunteer")),
        Field("what", translate("Pages", "What I agree to share"), "long", required=True,
              example=translate("Pages", "For example: my plan and my spending records")),
        Field("shared_with", translate("Pages", "Who I agree to share it with"), "long",
              required=True,
              example=translate("Pages", "For example: my care coordinator and the ICB")),
        Field("agreed_on", translate("Pages", "The date I agreed"), "date", required=True,
              example=day),
    ]  # fmt: skip


def add_consent_records(page: Page, controller: PlanController) -> ListEditor:
    """Add the consent records' heading, note and list to a page; return the list."""
    page.subheading(translate("Pages", "What I agreed to share, and with whom"))
    page.note(
        translate(
            "Pages",
            "Each time someone helps me with my plan, we write down what I agree to share. We "
            "also write down who it is shared with, and the date.",
        )
    )
    binding = ListBinding(
        "consents",
        "cs",
        lambda new_id: ConsentRecord(new_id, agreed_on=date.today()),
        [
            (translate("Pages", "Date"), lambda c, _p: show_date(c.agreed_on)),
            (translate("Pages", "Who was helping"), lambda c, _p: _helper(c)),
            (translate("Pages", "What I agreed to share"), lambda c, _p: c.what),
            (translate("Pages", "Shared with"), lambda c, _p: c.shared_with),
        ],
        _fields,
        noun=translate("Pages", "a consent record"),
    )
    editor = ListEditor(
        controller, binding, translate("Pages", "Consent records"), page.body,
        add_text=translate("Pages", "Record consent…"),
    )  # fmt: skip
    page.add(editor, 1)
    return editor


def _helper(record: ConsentRecord) -> str:
    if record.helper and record.helper_role:
        return translate("Pages", "{name} ({role})").format(
            name=record.helper, role=record.helper_role
        )
    return record.helper or record.helper_role
