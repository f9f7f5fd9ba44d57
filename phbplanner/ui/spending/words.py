"""How the spending records are put into words on the page (one place, so they agree)."""

from __future__ import annotations

from collections.abc import Mapping

from ...domain.alerts import Alert, AlertCode
from ...domain.ledger import Purpose, purpose_label
from ...domain.money import Money
from ...domain.text import translate
from ...services.ledger_view import PageRow

#: A sign in front of words that need attention (never colour alone).
WARNING = "⚠"
TICK = "✓"


def alert_title(alert: Alert) -> str:
    """An alert in a few words ("Money is building up"), for the line above every workspace;
    the whole message is on the page and in the line's tooltip."""
    titles = {
        AlertCode.LINE_OVERSPENT: translate("AlertTitle", "Some spending is more than planned"),
        AlertCode.BELOW_BUFFER: translate("AlertTitle", "The money kept back is running low"),
        AlertCode.SURPLUS: translate("AlertTitle", "Money is building up"),
        AlertCode.PAYMENT_MISSING: translate("AlertTitle", "A budget payment has not arrived"),
        AlertCode.RECEIPTS_MISSING: translate("AlertTitle", "Some payments have no receipt"),
        AlertCode.MONEY_RUNS_OUT: translate("AlertTitle", "The money may run out"),
        AlertCode.BALANCE_MISMATCH: translate(
            "AlertTitle", "The balance does not match the bank's"
        ),
    }
    return titles.get(alert.code, alert.message)


def totals_words(count: int, money_in: int, money_out: int) -> str:
    """“12 entries: £240.00 in, £1,120.50 out” (``money_out`` in pence, ≤ 0)."""
    if count == 1:
        text = translate("Spending", "1 entry: {money_in} in, {money_out} out")
    else:
        text = translate("Spending", "{count} entries: {money_in} in, {money_out} out")
    return text.format(
        count=f"{count:,}",
        money_in=Money(money_in).format(),
        money_out=Money(-money_out).format(),
    )


def purpose_words(value: str) -> str:
    """A purpose stored as text, in words (tolerant of values from a newer program)."""
    try:
        return purpose_label(Purpose(value))
    except ValueError:
        return purpose_label(Purpose.UNASSIGNED)


def line_words(row: PageRow, names: Mapping[str, str]) -> str:
    """What an entry pays for: the plan line's description, “Split (2 lines)”, or the purpose."""
    if row.split_parts:
        return translate("Spending", "Split ({count} lines)").format(count=row.split_parts)
    if row.purpose == Purpose.PLAN_LINE.value:
        if row.line_ref is None:
            return purpose_label(Purpose.UNASSIGNED)
        return names.get(row.line_ref) or row.line_description or row.line_ref
    return purpose_words(row.purpose)


def needs_receipt(row: PageRow) -> bool:
    """Whether a row should have a receipt (money out that is not a bank charge)."""
    return row.amount_pence < 0 and row.purpose != Purpose.BANK_CHARGE.value


def receipt_words(row: PageRow) -> str:
    """“Yes”, “Yes (2)”, “⚠ Missing” or “Not needed” — in words, not colour alone."""
    if row.attachment_count == 1:
        return translate("Spending", "Yes")
    if row.attachment_count > 1:
        return translate("Spending", "Yes ({count})").format(count=row.attachment_count)
    if needs_receipt(row):
        return f"{WARNING} " + translate("Spending", "Missing")
    return translate("Spending", "Not needed")


def reconciled_words(reconciled: bool) -> str:
    """“✓ Yes” or “No”."""
    return f"{TICK} " + translate("Spending", "Yes") if reconciled else translate("Spending", "No")


def balance_words(pence: int) -> str:
    """“£2,310.45 in the account” or “£12.00 overdrawn”."""
    if pence < 0:
        return translate("Spending", "{amount} overdrawn").format(amount=Money(-pence).format())
    return translate("Spending", "{amount} in the account").format(amount=Money(pence).format())
