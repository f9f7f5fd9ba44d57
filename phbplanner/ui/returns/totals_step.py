"""The third step of "Send my records": the figures of the return before it is made — opening,
money in, money out, closing, the bank's figure and the difference — and, when the bank's
figure differs, a place to say why (printed on the return)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ...domain.schedule import format_date
from ...domain.text import translate
from ...services.returns import PreparedReturn
from .common import Figures, Step, wrapped


class TotalsStep(Step):
    """The figures of a prepared return (see the module's description)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ReturnsWindow", "The figures"), parent)
        self.intro = wrapped("", self.body)
        self.add(self.intro)
        self.empty = wrapped("", self.body, "subheading")
        self.empty.hide()
        self.add(self.empty)
        self.figures = Figures(self.body)
        self.add(self.figures)
        self.shown: dict[str, str] = {}
        self._rows: list[tuple[str, str, str]] = []
        self.buffer = wrapped("", self.body)
        self.add(self.buffer)
        self.note_label = QLabel(
            translate("ReturnsWindow", "Why the figures differ (optional; printed on the return)"),
            self.body,
        )
        self.note_label.setWordWrap(True)
        self.note = QLineEdit(self.body)
        self.note.setAccessibleName(translate("ReturnsWindow", "Why the figures differ"))
        self.note.setAccessibleDescription(
            translate("ReturnsWindow", "For example: a cheque of £40.00 not yet cleared")
        )
        # the example under the box, wrapping (as a grey example inside it, it was cut short at
        # large text sizes)
        self.note_example = QLabel(
            translate("ReturnsWindow", "For example: a cheque of £40.00 not yet cleared"),
            self.body,
        )
        self.note_example.setWordWrap(True)
        self.note_example.setProperty("role", "note")
        self.note.setMaxLength(300)
        self.note_label.setBuddy(self.note)
        self.add(self.note_label)
        self.add(self.note)
        self.add(self.note_example)
        self.finish()

    def _row(self, key: str, name: str, value: str) -> None:
        self._rows.append((key, name, value))

    def show_totals(self, prepared: PreparedReturn) -> None:
        """Show the figures of ``prepared``."""
        ret, totals = prepared.ret, prepared.totals
        period = prepared.period
        self._rows = []
        self.intro.setText(
            translate(
                "ReturnsWindow",
                "{account}, {period}. These are the figures the return will show; check them "
                "against your bank statement.",
            ).format(account=prepared.account.name, period=period.describe())
        )
        self.empty.setText(ret.empty_message())
        self.empty.setVisible(ret.is_empty)
        self._row(
            "opening",
            translate("ReturnsWindow", "Opening balance on {day}").format(
                day=format_date(period.start)
            ),
            totals.opening.format(),
        )
        self._row("money_in", translate("ReturnsWindow", "Money in"), totals.money_in.format())
        self._row("money_out", translate("ReturnsWindow", "Money out"), totals.money_out.format())
        self._row(
            "closing",
            translate("ReturnsWindow", "Closing balance on {day}").format(
                day=format_date(period.end)
            ),
            totals.closing.format(),
        )
        bank_name = translate("ReturnsWindow", "The bank's closing balance")
        difference_name = translate("ReturnsWindow", "The difference")
        if totals.bank_closing is None:
            self._row(
                "bank",
                bank_name,
                translate(
                    "ReturnsWindow",
                    "Not given: no balance from a bank statement is recorded for the last entry "
                    "of the period.",
                ),
            )
            self._row(
                "difference",
                difference_name,
                translate(
                    "ReturnsWindow",
                    "Not worked out. Compare the closing balance with your bank statement.",
                ),
            )
        else:
            self._row("bank", bank_name, totals.bank_closing.format())
            difference = totals.bank_difference
            if difference is None or difference.pence == 0:
                text = translate("ReturnsWindow", "None: the bank agrees with these records.")
            elif difference.pence > 0:
                text = translate(
                    "ReturnsWindow", "⚠ {amount} more at the bank than in these records."
                ).format(amount=difference.format())
            else:
                text = translate(
                    "ReturnsWindow", "⚠ {amount} less at the bank than in these records."
                ).format(amount=(-difference).format())
            self._row("difference", difference_name, text)
        self._row("entries", translate("ReturnsWindow", "Entries"), str(totals.entries))
        self._row(
            "receipts",
            translate("ReturnsWindow", "Receipts and other documents attached"),
            str(totals.receipts),
        )
        self._row(
            "without_receipt",
            translate("ReturnsWindow", "Payments without a receipt"),
            translate("ReturnsWindow", "{count} ({amount})").format(
                count=totals.without_receipt, amount=totals.without_receipt_total.format()
            )
            if totals.without_receipt
            else translate("ReturnsWindow", "None"),
        )
        self._row(
            "unassigned",
            translate("ReturnsWindow", "Entries not assigned to a plan line"),
            str(totals.unassigned) if totals.unassigned else translate("ReturnsWindow", "None"),
        )
        self._row("version", translate("ReturnsWindow", "Measured against"), ret.header.plan_label)
        self.figures.set_rows([(name, value) for _key, name, value in self._rows])
        self.shown = {key: value for key, _name, value in self._rows}
        self.buffer.setText(ret.buffer.message)
        differs = totals.bank_difference is not None and totals.bank_difference.pence != 0
        self.note_label.setVisible(differs)
        self.note.setVisible(differs)
        if not differs:
            self.note.clear()

    def bank_note(self) -> str:
        """What the person wrote about a difference from the bank's figure."""
        return self.note.text().strip()

    def value_of(self, key: str) -> str:
        """The figure shown for ``key`` (``opening``, ``money_in``, …)."""
        return self.shown.get(key, "")
