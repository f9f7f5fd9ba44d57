"""How statements, imports and reconciliations are put into words (one place, so they agree).

Never colour alone: every state is written out, with a ✓ or ⚠ sign where it helps.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from ...domain.balance import BalanceCheck
from ...domain.ledger import Purpose, purpose_label
from ...domain.money import Money
from ...domain.schedule import format_date
from ...domain.text import translate
from ...services.import_preview import ImportPreview, ImportRow, RowStatus
from ...services.import_rules import Source
from ...services.imports import ImportResult

TICK = "✓"
WARNING = "⚠"
#: Below this, a detected bank is asked about before the rows are trusted (HSBC's files have no
#: headings, Santander's CSV headings could be anyone's: both are detected at 0.6).
SURE_ENOUGH = 0.7


def money_words(pence: int) -> str:
    """“£1,500.00 in” or “£25.00 out” (never a bare sign or a colour)."""
    amount = Money(abs(pence)).format()
    if pence < 0:
        return translate("Statements", "{amount} out").format(amount=amount)
    return translate("Statements", "{amount} in").format(amount=amount)


def balance_words(pence: int | None) -> str:
    """The bank's balance after a row: “balance £1,234.00”, “balance £12.00 overdrawn”, or ""."""
    if pence is None:
        return ""
    if pence < 0:
        return translate("Statements", "balance {amount} overdrawn").format(
            amount=Money(-pence).format()
        )
    return translate("Statements", "balance {amount}").format(amount=Money(pence).format())


def when_words(moment: datetime) -> str:
    """“2 December 2026 at 09:14”, in this computer's time."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return translate("Statements", "{date} at {time}").format(
        date=format_date(local.date()), time=local.strftime("%H:%M")
    )


def short_when(moment: datetime) -> str:
    """“02/12/2026 09:14”, in this computer's time (for a table cell)."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return local.strftime("%d/%m/%Y %H:%M")


def needs_confirming(preview: ImportPreview) -> bool:
    """True when the bank was detected without being sure (HSBC's files have no headings)."""
    statement = preview.statement
    return (
        preview.settings == "detected"
        and statement.file_format == "csv"
        and statement.bank != "generic"
        and statement.confidence < SURE_ENOUGH
    )


def detection_words(preview: ImportPreview) -> str:
    """How the statement was read, and how sure that is, in plain words."""
    statement = preview.statement
    bank = statement.bank_name
    if statement.file_format == "ofx":
        return translate(
            "Statements",
            "This is an OFX file. It says what it holds, so there is no bank to choose.",
        )
    if statement.file_format == "qif":
        return translate(
            "Statements",
            "This is a QIF file. It says what it holds, so there is no bank to choose.",
        )
    if statement.file_format == "txt":
        return translate("Statements", "This is a text statement from Santander.")
    if preview.settings == "remembered":
        if preview.mapping is not None:
            return translate(
                "Statements",
                "Read with the columns you gave for this account's last statement.",
            )
        return translate(
            "Statements", "Read as a statement from {bank}, like this account's last statement."
        ).format(bank=bank)
    if preview.settings == "chosen":
        if preview.mapping is not None:
            return translate("Statements", "Read with the columns you gave.")
        return translate("Statements", "Read as a statement from {bank}, as you chose.").format(
            bank=bank
        )
    if statement.bank == "generic":
        return translate(
            "Statements",
            "We could not tell which bank this is from, but its headings say which column is "
            "what. Check the rows, or choose the bank.",
        )
    if statement.confidence >= 0.95:
        return translate(
            "Statements", "This is a statement from {bank}: its headings match exactly."
        ).format(bank=bank)
    if statement.confidence >= SURE_ENOUGH:
        return translate(
            "Statements", "This looks like a statement from {bank}: most of its headings match."
        ).format(bank=bank)
    if statement.bank == "hsbc":
        return translate(
            "Statements",
            "This may be a statement from HSBC. HSBC files have no headings, so we cannot be "
            "sure. Please say whether it is, or choose its bank.",
        )
    return translate(
        "Statements",
        "This may be a statement from {bank}, but its headings could be from another bank too. "
        "Please say whether it is, or choose its bank.",
    ).format(bank=bank)


def source_words(source: Source) -> str:
    """Why a row was given its suggestion."""
    words = {
        Source.HISTORY: translate("Statements", "what this payee's payments were for before"),
        Source.FUNDER: translate("Statements", "money in from the ICB or council"),
        Source.PROVIDER: translate("Statements", "the plan line this payee provides"),
        Source.NONE: "",
    }
    return words[source]


def purpose_words(purpose: Purpose, line_id: str | None, lines: Mapping[str, str]) -> str:
    """What an entry is for: the plan line's description, or the purpose in words."""
    if purpose is Purpose.PLAN_LINE:
        if line_id is None:
            return purpose_label(Purpose.UNASSIGNED)
        return lines.get(line_id) or line_id
    return purpose_label(purpose)


def status_words(row: ImportRow) -> str:
    """What happens to a row, short (for the table)."""
    if row.status is RowStatus.DUPLICATE:
        return translate("Statements", "Already in your records (entry {id})").format(
            id=row.duplicate_of
        )
    if row.status is RowStatus.LEFT_OUT:
        return translate("Statements", "Left out: {reason}").format(reason=row.reason)
    if row.possible_match is not None:
        return f"{WARNING} " + translate(
            "Statements", "New, but may be entry {id} typed before"
        ).format(id=row.possible_match)
    if row.warning:
        return f"{WARNING} " + translate("Statements", "New ({warning})").format(
            warning=row.warning
        )
    return f"{TICK} " + translate("Statements", "New")


def statement_check_words(check: BalanceCheck | None) -> str:
    """The statement's own balances checked against its own amounts."""
    if check is None:
        return translate(
            "Statements",
            "This statement gives no balances, so its rows cannot be checked against them.",
        )
    if check.ok:
        return f"{TICK} " + translate(
            "Statements", "The statement's own balances add up on every row."
        )
    return f"{WARNING} " + translate(
        "Statements",
        "The statement's own balances do not add up. {why} The file may be missing rows, or the "
        "amounts were read with the wrong sign. Check the bank or the columns.",
    ).format(why=_why(check))


def records_check_words(check: BalanceCheck | None, *, done: bool) -> str:
    """The account's records against the bank's balances: after the import (``done``) or as
    they would be after it; "" when the statement gives no balances."""
    if check is None:
        return ""
    if check.ok:
        if done:
            text = translate(
                "Statements", "Your records now agree with every balance the bank gives."
            )
        else:
            text = translate(
                "Statements",
                "After the import your records will agree with every balance the bank gives.",
            )
        return f"{TICK} " + text
    if done:
        text = translate("Statements", "Your records do not agree with the bank: {why}")
    else:
        text = translate(
            "Statements", "After the import your records would not agree with the bank: {why}"
        )
    return f"{WARNING} " + text.format(why=_why(check))


def _why(check: BalanceCheck) -> str:
    return check.mismatch.message() if check.mismatch is not None else ""


def count_words(count: int, one: str, many: str, **values: object) -> str:
    """``one`` when ``count`` is 1, else ``many``; ``{count}`` and ``values`` filled in after
    translating."""
    return (one if count == 1 else many).format(count=f"{count:,}", **values)


def result_words(result: ImportResult, account: str, file_name: str) -> list[str]:
    """What an import did, sentence by sentence."""
    said = [
        count_words(
            result.imported,
            translate("Statements", "1 row of {name} was imported into {account}."),
            translate("Statements", "{count} rows of {name} were imported into {account}."),
            name=file_name,
            account=account,
        )
    ]
    if result.duplicates:
        said.append(
            count_words(
                result.duplicates,
                translate("Statements", "1 row was in your records already, so it was skipped."),
                translate(
                    "Statements", "{count} rows were in your records already, so they were skipped."
                ),
            )
        )
    if result.left_out:
        said.append(
            count_words(
                result.left_out,
                translate("Statements", "1 row was left out."),
                translate("Statements", "{count} rows were left out."),
            )
        )
    if result.problems:
        said.append(
            count_words(
                len(result.problems),
                translate(
                    "Statements",
                    "1 row could not be read and was not imported; it is listed in the "
                    "import's record.",
                ),
                translate(
                    "Statements",
                    "{count} rows could not be read and were not imported; they are listed in "
                    "the import's record.",
                ),
            )
        )
    if result.balance_check is not None:
        said.append(records_check_words(result.balance_check, done=True))
    said.append(
        translate(
            "Statements",
            "Changed your mind? Undo (Ctrl+Z) takes the whole import out again, and so does "
            "“Undo this import” in the list of imports.",
        )
    )
    return said
