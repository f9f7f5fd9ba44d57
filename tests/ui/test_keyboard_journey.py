"""A whole new plan made with the keyboard alone, then found again in the file."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from phbplanner.domain.money import Money
from phbplanner.domain.plan import (
    CommunityKind,
    Level,
    Management,
    OutcomeStatus,
    PaymentSchedule,
    StrengthKind,
)
from phbplanner.ui.window import MainWindow

from .conftest import PASSPHRASE, focused, press, read_plan, tab_to, type_text, when_dialog_opens

DOWN, SPACE, TAB = Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_Tab

# What to do in each field: text to type, or keys to press (after Tab has reached the field).
Steps = list[tuple[str, str | list[Qt.Key]]]


def fill(widgets: dict[str, QWidget], steps: Steps) -> None:
    for name, action in steps:
        tab_to(widgets[name])
        if isinstance(action, str):
            type_text(action)
        else:
            for key in action:
                press(key)


def add_item(editor: Any, steps: Steps) -> None:
    """Press the list's Add button, fill the dialog with Tab and typing, press Save."""

    def in_dialog(dialog: Any) -> None:
        fill({e.spec.name: e.widget for e in dialog.editors}, steps)
        tab_to(dialog.save_button)
        press(SPACE)

    tab_to(editor.buttons["add"])
    when_dialog_opens(in_dialog)
    press(SPACE)


def add_paid_support(editor: Any, steps: Steps) -> None:
    """ "Add paid support…", then "Something else…" (the first choice), then fill the form."""

    def in_form(dialog: Any) -> None:
        fill({e.spec.name: e.widget for e in dialog.editors}, steps)
        tab_to(dialog.save_button)
        press(SPACE)

    def choose(dialog: Any) -> None:
        assert dialog.other_button.hasFocus()  # the everyday choice is where the keyboard is
        when_dialog_opens(in_form)
        press(SPACE)

    tab_to(editor.buttons["add"])
    when_dialog_opens(choose)
    press(SPACE)


def next_page(window: MainWindow) -> None:
    tab_to(window.journey.next)
    press(SPACE)


def form(page: Any, attr: str = "form") -> dict[str, QWidget]:
    return {name: e.widget for name, e in getattr(page, attr).editors.items()}


def test_whole_journey_by_keyboard(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "an.phbplan"
    start = window.start
    # -- the start screen -------------------------------------------------------------------
    start.example_button.setFocus()  # where the window opens
    fill(
        {"name": start.name, "path": start.path, "pass": start.passphrase, "again": start.confirm},
        [("name", "Nguyễn Văn An"), ("path", str(path)), ("pass", PASSPHRASE),
         ("again", PASSPHRASE)],
    )  # fmt: skip
    assert "strong" in start.strength.text()
    assert not start.remember.isEnabled()  # no keyring here, and it says why
    assert start.remember_reason.isVisible() and start.remember_reason.text()
    tab_to(start.create_button)
    with qtbot.waitSignal(window.plan_opened, timeout=15000):
        press(SPACE)
    journey = window.journey
    pages = {page.slug: page for page in journey.pages}
    assert journey.steps.hasFocus() or focused() is not None

    # 1 About me
    fill(form(pages["about-me"], "person"), [
        ("preferred_name", "An"), ("date_of_birth", "05/11/1959"),
        ("nhs_number", "9434765919"), ("address", "1 Station Road, Leeds"),
        ("phone", "0113 496 0000"), ("gp_practice", "Riverside Surgery"),
    ])  # fmt: skip
    fill(form(pages["about-me"], "about"), [
        ("most_important", "My grandchildren"), ("communication", "Speak slowly"),
        ("please_do", "Knock first"), ("please_dont", "Rush me"),
    ])  # fmt: skip
    next_page(window)
    # 2 What matters to me
    fill(form(pages["what-matters-to-me"]), [
        ("important_to_me", "Gardening"), ("important_for_me", "My insulin"),
        ("good_day", "Sun and tea"), ("bad_day", "Pain and rain"),
    ])  # fmt: skip
    next_page(window)
    # 3 My strengths
    add_item(pages["my-strengths"].list, [("text", "I am patient"), ("kind", [DOWN])])
    next_page(window)
    # 4 My relationships
    add_item(pages["my-relationships"].list, [
        ("name", "Zoë"), ("relationship", "Daughter"), ("what_they_do", "Shopping"),
        ("how_often", "Saturdays"),
    ])  # fmt: skip
    next_page(window)
    # 5 My community
    add_item(pages["my-community"].list, [
        ("name", "Library"), ("kind", [DOWN]), ("notes", "Tuesday club"),
    ])  # fmt: skip
    next_page(window)
    # 6 My health and wellbeing
    add_item(pages["my-health-and-wellbeing"].list, [
        ("description", "Tired after walking"), ("clinical_terms", "Heart failure"),
    ])  # fmt: skip
    next_page(window)
    # 7 My outcomes
    add_item(pages["my-outcomes"].list, [
        ("title", "Walk to the park"), ("why_it_matters", "Fresh air"),
        ("success_looks_like", "I get there twice a week"), ("importance", [DOWN]),
        ("target_date", "31/12/2026"), ("status", [DOWN]),
    ])  # fmt: skip
    next_page(window)
    # 8 My support: one paid line and one unpaid, each helping the outcome
    support = pages["my-support"]
    add_paid_support(support.paid, [
        ("description", "Personal assistant"), ("provider", "Ana"), ("unit_cost", "14.50"),
        ("quantity", "6"), ("management", [DOWN]), ("outcomes", [SPACE]),
    ])  # fmt: skip
    add_item(support.unpaid, [
        ("who", "Neighbour"), ("what", "Lifts"), ("when", "Fridays"), ("outcomes", [SPACE]),
    ])  # fmt: skip
    next_page(window)
    # 9 My budget
    fill(form(pages["my-budget"]), [
        ("indicative", "18000"), ("set_by", "West Yorkshire ICB"),
        ("period_start", "01/04/2026"), ("period_end", "31/03/2027"),
        ("contingency_amount", "500"), ("holder", "Zoë"), ("payment_schedule", [DOWN]),
        ("how_worked_out", "Assessment"), ("management_summary", "Direct payment"),
    ])  # fmt: skip
    remaining = pages["my-budget"].figures["remaining"].text()
    assert "left" in remaining
    next_page(window)
    # 10 Risks
    add_item(pages["risks"].list, [
        ("risk", "PA is ill"), ("likelihood", [DOWN]), ("impact", [DOWN, DOWN]),
        ("mitigation", "Agency covers"), ("who", "Zoë"),
    ])  # fmt: skip
    next_page(window)
    # 11 Contingency
    fill(form(pages["contingency"]), [
        ("triggers", "Not answering"), ("what_should_happen", "Visit"),
        ("who_to_contact", "Zoë"), ("coping_strategies", "Music"),
    ])  # fmt: skip
    next_page(window)
    # 12 Action plan
    add_item(pages["action-plan"].list, [
        ("what", "Open bank account"), ("who", "Zoë"), ("by_when", "30/04/2026"),
        ("done", [SPACE]),
    ])  # fmt: skip
    next_page(window)
    # 13 Who helped
    helpers = pages["who-helped"]
    add_item(helpers.list, [("name", "Sam"), ("role", "Peer volunteer")])
    fill(form(helpers, "coordinator"), [
        ("name", "Pat Jones"), ("role", "PHB coordinator"), ("contact", "0113 496 0001"),
    ])  # fmt: skip
    fill(form(helpers, "consent"), [("consent", [DOWN])])
    next_page(window)
    # 14 Reviews
    reviews = pages["reviews"]
    fill(form(reviews), [("first_review", "30/06/2026"), ("interval_months", [Qt.Key.Key_Up])])
    add_item(reviews.list, [
        ("date", "01/07/2026"), ("reviewer", "Pat"), ("working", "Walks"),
        ("not_working", "Evenings"),
    ])  # fmt: skip

    # Every step now says it has been started (in words, not only by its icon)
    for row in range(journey.model.rowCount()):
        words = journey.model.data(journey.model.index(row), Qt.ItemDataRole.AccessibleTextRole)
        assert "not started" not in words
    assert "All changes saved" in window.saved_label.text()
    press(Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # close the plan
    assert window.controller is None

    plan = read_plan(path)
    p = plan.person
    assert (
        p.name,
        p.preferred_name,
        p.date_of_birth,
        p.nhs_number,
        p.address,
        p.phone,
        p.gp_practice,
    ) == (
        "Nguyễn Văn An",
        "An",
        date(1959, 11, 5),
        "943 476 5919",
        "1 Station Road, Leeds",
        "0113 496 0000",
        "Riverside Surgery",
    )
    a = plan.about_me
    assert (a.most_important, a.communication, a.please_do, a.please_dont) == (
        "My grandchildren", "Speak slowly", "Knock first", "Rush me")  # fmt: skip
    w = plan.what_matters
    assert (w.important_to_me, w.important_for_me, w.good_day, w.bad_day) == (
        "Gardening", "My insulin", "Sun and tea", "Pain and rain")  # fmt: skip
    assert [(s.text, s.kind) for s in plan.strengths] == [("I am patient", StrengthKind.ADMIRED)]
    assert [
        (r.name, r.ring, r.relationship, r.what_they_do, r.how_often) for r in plan.relationships
    ] == [("Zoë", 1, "Daughter", "Shopping", "Saturdays")]
    assert [(c.name, c.kind, c.notes) for c in plan.community] == [
        ("Library", CommunityKind.MEMBER, "Tuesday club")]  # fmt: skip
    assert [(n.description, n.clinical_terms) for n in plan.needs] == [
        ("Tired after walking", "Heart failure")]  # fmt: skip
    (outcome,) = plan.outcomes
    assert (outcome.title, outcome.why_it_matters, outcome.success_looks_like,
            outcome.importance, outcome.target_date, outcome.status) == (
        "Walk to the park", "Fresh air", "I get there twice a week", 10, date(2026, 12, 31),
        OutcomeStatus.AGREED)  # fmt: skip
    (line,) = plan.support_lines
    assert (line.description, line.provider, line.unit_cost, line.quantity, line.management,
            line.outcomes) == ("Personal assistant", "Ana", Money(1450), Decimal("6"),
                               Management.NOTIONAL, (outcome.id,))  # fmt: skip
    (unpaid,) = plan.unpaid_support
    assert (unpaid.who, unpaid.what, unpaid.when, unpaid.outcomes) == (
        "Neighbour", "Lifts", "Fridays", (outcome.id,))  # fmt: skip
    b = plan.budget
    assert (b.indicative, b.set_by, b.period_start, b.period_end, b.contingency.amount,
            b.holder, b.payment_schedule, b.how_worked_out, b.management_summary) == (
        Money(1_800_000), "West Yorkshire ICB", date(2026, 4, 1), date(2027, 3, 31),
        Money(50_000), "Zoë", PaymentSchedule.MONTHLY, "Assessment", "Direct payment")  # fmt: skip
    assert [(r.risk, r.likelihood, r.impact, r.mitigation, r.who) for r in plan.risks] == [
        ("PA is ill", Level.MEDIUM, Level.HIGH, "Agency covers", "Zoë")]  # fmt: skip
    c = plan.contingency_plan
    assert (c.triggers, c.what_should_happen, c.who_to_contact, c.coping_strategies) == (
        "Not answering", "Visit", "Zoë", "Music")  # fmt: skip
    assert [(x.what, x.who, x.by_when, x.done) for x in plan.actions] == [
        ("Open bank account", "Zoë", date(2026, 4, 30), True)]  # fmt: skip
    assert [(h.name, h.role) for h in plan.helpers] == [("Sam", "Peer volunteer")]
    assert (
        plan.care_coordinator.name,
        plan.care_coordinator.role,
        plan.care_coordinator.contact,
    ) == ("Pat Jones", "PHB coordinator", "0113 496 0001")
    assert plan.consent_to_share is True
    assert (plan.reviews.first_review, plan.reviews.interval_months) == (date(2026, 6, 30), 6)
    assert [(r.date, r.reviewer, r.working, r.not_working) for r in plan.reviews.records] == [
        (date(2026, 7, 1), "Pat", "Walks", "Evenings")]  # fmt: skip
