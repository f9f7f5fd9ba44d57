"""The PA calculator's questions: who the PA is, their rate and hours, and the costs of being
an employer — read into :class:`~phbplanner.domain.employment_model.PAInputs`, with each answer's
problem shown beside it in plain English."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.employment_model import ExtraCost, PAInputs, input_problems
from ...domain.employment_rates import AgeBand, RatesBook
from ...domain.employment_words import EXTRA_KINDS, LineKind, day_name
from ...domain.errors import PHBError
from ...domain.money import Money
from ...domain.plan import Management, Plan, WeeklyHours
from ...domain.schedule import Frequency, frequency_label
from ...domain.text import translate
from ...services.pa_plan import in_circle
from ..fields import Field, FieldEditor, Problem
from ..theme import set_role
from .lines_model import management_choices, representative_meaning

#: How often each of the other costs is paid (as ``phbplanner pa-costs`` takes them).
EXTRA_FREQUENCIES = {
    LineKind.INSURANCE: Frequency.ANNUALLY,
    LineKind.PAYROLL: Frequency.MONTHLY,
    LineKind.DBS: Frequency.ONCE,
    LineKind.TRAINING: Frequency.ANNUALLY,
    LineKind.RECRUITMENT: Frequency.ONCE,
}
DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _age_choices() -> list[tuple[AgeBand, str]]:
    return [
        (AgeBand.AGE_21_PLUS, translate("PACalculator", "21 or over")),
        (AgeBand.AGE_18_TO_20, translate("PACalculator", "18 to 20")),
        (AgeBand.AGE_16_TO_17, translate("PACalculator", "16 or 17")),
    ]


class PAAnswers(QWidget):
    """The calculator's questions, one under another. ``changed`` after every change."""

    changed = Signal()

    def __init__(
        self, plan: Plan, rates: RatesBook | None, *, new: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.rates = rates
        #: a new PA (asks for outcomes and management) rather than one already in the plan
        self.new = new
        self.form = QVBoxLayout(self)
        self.form.setSpacing(6)
        self.editors: dict[str, FieldEditor] = {}
        self._build(self, plan)
        self.form.addStretch(1)

    # -- building the answers ----------------------------------------------------------------
    def _heading(self, parent: QWidget, text: str) -> None:
        label = QLabel(text, parent)
        label.setWordWrap(True)
        set_role(label, "subheading")
        self.form.addWidget(label)

    def _field(self, parent: QWidget, spec: Field) -> FieldEditor:
        editor = FieldEditor(spec, parent)
        self.form.addWidget(editor.box)
        if spec.kind == "bool" and spec.example:
            # A tick box cannot wrap its words: a short label, and the explanation below it.
            note = QLabel(spec.example, editor.box)
            note.setWordWrap(True)
            note.setProperty("role", "example")
            layout = editor.box.layout()
            if layout is not None:
                layout.addWidget(note)
        self.editors[spec.name] = editor
        widget = editor.widget
        if hasattr(widget, "textChanged"):
            widget.textChanged.connect(lambda _text: self.changed.emit())
        editor.committed.connect(lambda: self.changed.emit())
        editor.committed.connect(lambda name=spec.name: self.check_one(name))
        return editor

    def _build(self, parent: QWidget, plan: Plan) -> None:
        start = plan.budget.period_start
        year = None
        if self.rates is not None and start is not None:
            try:
                year = self.rates.for_date(start)
            except PHBError:
                year = None
        self._heading(parent, translate("PACalculator", "About your PA"))
        name_label = QLabel(translate("PACalculator", "Their name"), parent)
        name_label.setWordWrap(True)
        self.name = QComboBox(parent)
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        people = sorted({p.name.strip() for p in plan.relationships if p.name.strip()})
        self.name.addItems(people)
        self.name.setCurrentIndex(-1)
        self.name.setEditText("")
        self.name.setAccessibleName(name_label.text())
        name_example = translate(
            "PACalculator", "Choose someone from your relationship circle, or type a new name."
        )
        self.name.setAccessibleDescription(name_example)
        name_label.setBuddy(self.name)
        self.name.editTextChanged.connect(self._name_changed)
        self.form.addWidget(name_label)
        self.form.addWidget(self.name)
        hint = QLabel(name_example, parent)
        hint.setWordWrap(True)
        hint.setProperty("role", "example")
        self.form.addWidget(hint)
        self.add_person = QCheckBox(
            translate("PACalculator", "Add them to my relationship circle"), parent
        )
        self.add_person.setAccessibleName(self.add_person.text())
        self.add_person.setChecked(True)
        self.add_person.hide()
        self.form.addWidget(self.add_person)

        minimum = ""
        if self.rates is not None and start is not None:
            found = self.rates.minimum_wage_on(start, AgeBand.AGE_21_PLUS)
            if found is not None:
                minimum = translate(
                    "PACalculator",
                    "In pounds, like 12.71. The least anyone aged 21 or over may be paid is "
                    "{rate} an hour.",
                ).format(rate=found[0].format())
        self._field(parent, Field(
            "hourly_rate", translate("PACalculator", "Hourly rate"), "money",
            example=minimum or translate("PACalculator", "In pounds, like 12.71"),
        ))  # fmt: skip
        self._field(parent, Field(
            "age_band", translate("PACalculator", "How old they are (for the minimum wage)"),
            "choice", choices=_age_choices(),
        ))  # fmt: skip

        self._heading(parent, translate("PACalculator", "Their hours"))
        self.same_hours = QRadioButton(translate("PACalculator", "The same hours every week"))
        self.by_day = QRadioButton(translate("PACalculator", "Different hours on different days"))
        for button in (self.same_hours, self.by_day):
            button.setParent(parent)
            button.setAccessibleName(button.text())
            self.form.addWidget(button)
        self.hours_mode = QButtonGroup(self)
        self.hours_mode.addButton(self.same_hours)
        self.hours_mode.addButton(self.by_day)
        self.same_hours.setChecked(True)
        self.same_hours.toggled.connect(self._hours_mode_changed)
        self._field(parent, Field(
            "hours_per_week", translate("PACalculator", "Hours a week"), "decimal",
            example=translate("PACalculator", "For example: 15, or 7.5"),
        ))  # fmt: skip
        for index, day in enumerate(DAYS):
            self._field(parent, Field(
                day, translate("PACalculator", "Hours on {day}").format(day=day_name(index)),
                "decimal",
            ))  # fmt: skip
        self._field(parent, Field(
            "weeks_per_year", translate("PACalculator", "Weeks a year they work"), "decimal",
            example=translate(
                "PACalculator",
                "52 if they work all year round: their holiday pay is worked out on top.",
            ),
        ))  # fmt: skip
        self.editors["weeks_per_year"].set_value(Decimal(52))
        self._field(parent, Field(
            "first_day",
            translate("PACalculator", "Their first day (empty: the start of the budget)"),
            "date", example=translate("PACalculator", "For example: 06/04/2026"),
        ))  # fmt: skip

        self._heading(parent, translate("PACalculator", "Being an employer"))
        self._field(parent, Field(
            "other_employees", translate("PACalculator", "I employ other people too"), "bool",
        ))  # fmt: skip
        self._field(parent, Field(
            "employment_allowance", translate("PACalculator", "Claim the Employment Allowance"),
            "bool",
            example=translate(
                "PACalculator",
                "It pays the employer's National Insurance, up to £10,500 a tax year. People "
                "who employ a PA with a direct payment can claim it.",
            ),
        ))  # fmt: skip
        self.editors["employment_allowance"].set_value(True)
        self._field(parent, Field(
            "pension_opt_out", translate("PACalculator", "They opted out of the pension"),
            "bool",
            example=translate(
                "PACalculator",
                "Only the PA can opt out of the workplace pension, after being enrolled.",
            ),
        ))  # fmt: skip

        self._heading(parent, translate("PACalculator", "Other costs of being an employer"))
        note = QLabel(
            translate(
                "PACalculator",
                "Leave a box empty to use a typical amount. Put in your own quotes if you "
                "have them.",
            ),
            parent,
        )
        note.setWordWrap(True)
        note.setProperty("role", "note")
        self.form.addWidget(note)
        labels = {
            LineKind.INSURANCE: translate("PACalculator", "Employer's liability insurance, a year"),
            LineKind.PAYROLL: translate("PACalculator", "Payroll service, a month"),
            LineKind.DBS: translate("PACalculator", "DBS check, once"),
            LineKind.TRAINING: translate("PACalculator", "Training, a year"),
            LineKind.RECRUITMENT: translate("PACalculator", "Recruitment, once"),
        }
        for kind in EXTRA_KINDS:
            typical = getattr(year.typical, kind.value).amount if year is not None else None
            example = (
                translate("PACalculator", "Empty: a typical {amount} {how_often}.").format(
                    amount=typical.format(), how_often=frequency_label(EXTRA_FREQUENCIES[kind])
                )
                if typical is not None
                else ""
            )
            self._field(parent, Field(kind.value, labels[kind], "money", example=example))
        self._field(parent, Field(
            "sick_weeks", translate("PACalculator", "Weeks of sick pay to allow for, a year"),
            "decimal", example=translate("PACalculator", "Empty: 2 weeks, a usual allowance."),
        ))  # fmt: skip

        if self.new:
            self._heading(parent, translate("PACalculator", "In your plan"))
            self._field(parent, Field(
                "outcomes", translate("PACalculator", "Outcomes it helps with (tick all)"),
                "multi", choices=[(o.id, o.title or o.id) for o in plan.outcomes],
            ))  # fmt: skip
            self._field(parent, Field(
                "management", translate("PACalculator", "Who holds the money for it"),
                "choice", example=representative_meaning(), choices=management_choices(),
            ))  # fmt: skip
            self.editors["management"].set_value(Management.DIRECT_PAYMENT)
        else:
            kept = QLabel(
                translate(
                    "PACalculator",
                    "The lines keep the outcomes they help with, who holds the money, and "
                    "anything you changed in their words.",
                ),
                parent,
            )
            kept.setWordWrap(True)
            kept.setProperty("role", "note")
            self.form.addWidget(kept)
        self._hours_mode_changed()

    # -- showing answers -----------------------------------------------------------------------
    def show_answers(self, inputs: PAInputs) -> None:
        """Fill the answers in from ``inputs`` (a PA already in the plan)."""
        self.name.setEditText(inputs.name)
        values: dict[str, Any] = {
            "hourly_rate": inputs.hourly_rate,
            "age_band": inputs.age_band,
            "hours_per_week": inputs.hours_per_week if inputs.pattern is None else None,
            "weeks_per_year": inputs.weeks_per_year,
            "first_day": inputs.first_day,
            "other_employees": not inputs.only_employee,
            "employment_allowance": inputs.employment_allowance,
            "pension_opt_out": inputs.pension_opt_out,
            "sick_weeks": inputs.sick_weeks_a_year,
        }
        for kind in EXTRA_KINDS:
            cost: ExtraCost | None = getattr(inputs, kind.value)
            values[kind.value] = cost.amount if cost is not None else None
        if inputs.pattern is not None:
            self.by_day.setChecked(True)
            for day, hours in zip(DAYS, inputs.pattern, strict=False):
                values[day] = hours
        for name, value in values.items():
            self.editors[name].set_value(value)
        self._hours_mode_changed()

    def _hours_mode_changed(self, *_: object) -> None:
        by_day = self.by_day.isChecked()
        self.editors["hours_per_week"].box.setVisible(not by_day)
        for day in DAYS:
            self.editors[day].box.setVisible(by_day)
        self.changed.emit()

    def _name_changed(self, text: str) -> None:
        new_person = self.new and bool(text.strip()) and not in_circle(self.plan, text)
        self.add_person.setVisible(new_person)
        self.changed.emit()

    def state(self) -> tuple[object, ...]:
        """What is on screen (to tell whether anything was changed)."""
        return (
            self.name.currentText(),
            self.by_day.isChecked(),
            self.add_person.isChecked(),
            *(editor.state() for editor in self.editors.values()),
        )

    # -- reading the answers -------------------------------------------------------------------
    def value(self, name: str) -> Any:
        """The value of one answer (raises ``Problem`` when it cannot be read)."""
        return self.editors[name].value()

    def read(self) -> tuple[PAInputs | None, dict[str, str]]:
        """The answers as inputs, or the problems of the answers that cannot be read, by field."""
        problems: dict[str, str] = {}
        values: dict[str, Any] = {}
        wanted = ["hourly_rate", "age_band", "weeks_per_year", "first_day", "other_employees",
                  "employment_allowance", "pension_opt_out", "sick_weeks",
                  *(kind.value for kind in EXTRA_KINDS)]  # fmt: skip
        wanted += list(DAYS) if self.by_day.isChecked() else ["hours_per_week"]
        for name in wanted:
            try:
                values[name] = self.value(name)
            except Problem as exc:
                problems[name] = str(exc)
        if problems:
            return None, problems
        extras: dict[str, Any] = {
            kind.value: (
                ExtraCost(values[kind.value], EXTRA_FREQUENCIES[kind])
                if values[kind.value] is not None
                else None
            )
            for kind in EXTRA_KINDS
        }
        pattern = None
        if self.by_day.isChecked():
            pattern = WeeklyHours(*(values[day] or Decimal(0) for day in DAYS)).days()
        inputs = PAInputs(
            name=self.name.currentText().strip(),
            hourly_rate=values["hourly_rate"] or Money(0),
            hours_per_week=Decimal(0) if pattern else values["hours_per_week"] or Decimal(0),
            pattern=pattern,
            weeks_per_year=values["weeks_per_year"] or Decimal(0),
            age_band=values["age_band"],
            only_employee=not values["other_employees"],
            employment_allowance=values["employment_allowance"],
            pension_opt_out=values["pension_opt_out"],
            first_day=values["first_day"],
            sick_weeks_a_year=values["sick_weeks"],
            **extras,
        )
        return inputs, problems

    def domain_problems(self, inputs: PAInputs) -> dict[str, str]:
        """The calculation's own problems with the answers, by the field that shows them."""
        start, end = self.plan.budget.period_start, self.plan.budget.period_end
        if start is None or end is None:
            return {}
        found: dict[str, str] = {}
        for problem in input_problems(inputs, start, end):
            name = {"pattern": "monday", "sick_weeks_a_year": "sick_weeks"}.get(
                problem.field, problem.field
            )
            if name == "hours_per_week" and self.by_day.isChecked():
                name = "monday"
            found.setdefault(name, problem.message)
        return found

    def check_one(self, name: str) -> None:
        """Show the problem of one answer beside it, once the person has left it."""
        editor = self.editors[name]
        ok, _value = editor.checked_value()
        if not ok or editor.box.isHidden():
            return
        inputs, _problems = self.read()
        if inputs is not None:
            editor.show_problem(self.domain_problems(inputs).get(name))

    def show_problems(self, problems: dict[str, str]) -> list[str]:
        """Show each problem beside its answer (clearing the others); return the problems that
        belong to no answer, and put the keyboard on the first answer to fix."""
        for name, editor in self.editors.items():
            editor.show_problem(problems.get(name))
        first = next((name for name in self.editors if name in problems), None)
        if first is not None:
            self.editors[first].widget.setFocus()
        return [message for name, message in problems.items() if name not in self.editors]

    def outcomes(self) -> tuple[str, ...]:
        """The outcomes ticked (a new PA only)."""
        return tuple(self.value("outcomes")) if self.new else ()

    def management(self) -> Management | None:
        """Who holds the money for the PA's lines (a new PA only)."""
        return self.value("management") if self.new else None

    def new_person(self) -> bool:
        """True when the PA should be added to the relationship circle."""
        return not self.add_person.isHidden() and self.add_person.isChecked()

    def name_text(self) -> str:
        """The PA's name as typed."""
        return self.name.currentText().strip()
