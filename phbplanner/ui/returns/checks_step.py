"""The second step of "Send my records": the checks of the period in plain words, each with what
to do about it — and that the return can still be sent."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ...domain.return_checks import PeriodCheck
from ...domain.text import translate
from ...services.returns import PreparedReturn
from .common import Step, wrapped

#: A sign beside each check, so that it never depends on colour alone.
SIGN = "⚠"


def what_to_do(code: str) -> str:
    """What the person can do about a check (by its stable code); empty when nothing."""
    advice = {
        "balance_mismatch": translate(
            "ReturnsWindow",
            "Compare the entries with the bank statement for the period. Look for a payment that "
            "is missing, recorded twice or has the wrong amount. If the difference is expected (a "
            "cheque not yet cleared, say), write why on the next step.",
        ),
        "balance_check": translate(
            "ReturnsWindow",
            "On My spending, look at the entries around those dates beside the bank statement. A "
            "payment may be missing, recorded twice or have the wrong amount.",
        ),
        "payment_missing": translate(
            "ReturnsWindow",
            "Look at the bank statement. If the money did arrive, record it on My spending as a "
            "budget payment received. If it did not, tell the ICB or council.",
        ),
        "unassigned": translate(
            "ReturnsWindow", "On My spending, choose the plan line each of these entries paid for."
        ),
        "split_mismatch": translate(
            "ReturnsWindow",
            "On My spending, change the split so that its parts add up to the amount paid.",
        ),
        "receipts_missing": translate(
            "ReturnsWindow",
            "If you have the receipts, attach them to the payments on My spending. If one is "
            "lost, tell the ICB or council. The bank statement or an email can help show what was "
            "bought.",
        ),
        "outside_budget_period": translate(
            "ReturnsWindow",
            "That is allowed. Make sure these are the dates the ICB or council asked for.",
        ),
    }
    return advice.get(code, "")


class CheckCard(QFrame):
    """One check: the sign and what was found, then what to do."""

    def __init__(self, number: int, count: int, check: PeriodCheck, parent: QWidget) -> None:
        super().__init__(parent)
        self.check = check
        self.setObjectName("return_check")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        title = translate("ReturnsWindow", "{sign} To look at ({number} of {count})").format(
            sign=SIGN, number=number, count=count
        )
        self.title = wrapped(title, self, "subheading")
        layout.addWidget(self.title)
        self.found = wrapped(check.message, self)
        layout.addWidget(self.found)
        advice = what_to_do(check.code)
        self.advice: QLabel | None = None
        if advice:
            self.advice = wrapped(
                translate("ReturnsWindow", "What to do: {advice}").format(advice=advice), self
            )
            layout.addWidget(self.advice)
        self.setAccessibleName(title)
        self.setAccessibleDescription(f"{check.message} {advice}".strip())


class ChecksStep(Step):
    """The checks of a prepared return (see the module's description)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ReturnsWindow", "The checks"), parent)
        self.intro = wrapped("", self.body)
        self.add(self.intro)
        self.holder = QWidget(self.body)
        self.cards_layout = QVBoxLayout(self.holder)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout.setSpacing(10)
        self.add(self.holder)
        self.notes = wrapped("", self.body)
        self.add(self.notes)
        self.still = wrapped("", self.body, "subheading")
        self.add(self.still)
        self.finish()
        self.cards: list[CheckCard] = []

    def show_checks(self, prepared: PreparedReturn) -> None:
        """Show the checks of ``prepared`` (and its notes)."""
        for card in self.cards:
            card.hide()
            card.deleteLater()
        self.cards = []
        checks = prepared.checks
        count = len(checks)
        if not checks:
            self.set_heading(translate("ReturnsWindow", "The checks found nothing to look at"))
            found = [
                translate(
                    "ReturnsWindow",
                    "No budget payment is missing, every entry is assigned to a plan line and "
                    "every payment has its receipt.",
                )
            ]
            if prepared.ret.bank_closing is not None:
                found.append(
                    translate(
                        "ReturnsWindow", "The bank's closing balance agrees with these records."
                    )
                )
            self.intro.setText(" ".join(found))
            self.still.setText(translate("ReturnsWindow", "The return is ready to make."))
        else:
            heading = (
                translate("ReturnsWindow", "1 thing to look at before you send it")
                if count == 1
                else translate("ReturnsWindow", "{count} things to look at before you send it")
            )
            self.set_heading(heading.format(count=count))
            self.intro.setText(
                translate(
                    "ReturnsWindow",
                    "The checks compare the records of {period} with the bank's figures, the "
                    "plan and the receipts.",
                ).format(period=prepared.period.describe())
            )
            for number, check in enumerate(checks, start=1):
                card = CheckCard(number, count, check, self.holder)
                self.cards_layout.addWidget(card)
                self.cards.append(card)
            self.still.setText(
                translate(
                    "ReturnsWindow",
                    "You can still send the return. The checks are printed on its first page, "
                    "so the ICB or council sees them too. To fix something first, close this, "
                    "make the change on My spending and come back.",
                )
            )
        self.notes.setText("\n".join(prepared.notes))
        self.notes.setVisible(bool(prepared.notes))
