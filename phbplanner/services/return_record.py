"""The record of returns made: reading a row back, and saying how a copy made again differs.

A row of ``monitoring_return`` keeps what is needed to list a return and to make it again
identically: the period and account, when and by whom, the totals, and as options the production
date printed on it, large print, the language, the plan version (and its fingerprint) it was
measured against, the note on the bank's balance and which files were made. Rows are read back
tolerantly: a value that cannot be read falls back to a default rather than hiding the return.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from ..domain.money import Money
from ..domain.return_periods import ReturnPeriod
from ..domain.text import translate
from ..storage.return_queries import StoredReturn
from .return_values import PreparedReturn, RecordedReturn, ReturnOptions, ReturnTotals


def _json(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _when(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return datetime(1970, 1, 1, tzinfo=UTC)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def recorded_return(row: StoredReturn, account_names: Mapping[int | None, str]) -> RecordedReturn:
    """A stored row as a :class:`RecordedReturn` (``account_names``: the accounts by id)."""
    options = _json(row.options)
    produced_at = _when(row.produced_at)
    try:
        produced_on = date.fromisoformat(str(options.get("produced_on")))
    except ValueError:
        produced_on = produced_at.date()
    version = options.get("plan_version")
    if not isinstance(version, int) or isinstance(version, bool):
        version = None
    made = options.get("made")
    account = account_names.get(row.account_id) or translate("Returns", "(an account removed)")
    return RecordedReturn(
        id=row.id,
        period=ReturnPeriod(row.period_from, row.period_to),
        account_id=row.account_id,
        account_name=account,
        produced_at=produced_at,
        produced_on=produced_on,
        produced_by=row.produced_by,
        totals=ReturnTotals.from_json(_json(row.totals)),
        options=ReturnOptions(
            large_print=options.get("large_print") is True,
            language=str(options.get("language") or "en"),
        ),
        plan_version=version
        if isinstance(version, int) and not isinstance(version, bool)
        else None,
        plan_fingerprint=str(options.get("plan_fingerprint") or ""),
        pdf_sha256=row.pdf_sha256,
        made=tuple(str(m) for m in made) if isinstance(made, list) else ("pdf",),
        bank_note=str(options.get("bank_note") or ""),
    )


def _language_name(code: str) -> str:
    names = {"en": translate("Returns", "English"), "cy": translate("Returns", "Welsh")}
    return names.get(code, code)


def _amount(value: Money | None) -> str:
    return value.format() if value is not None else translate("Returns", "not known")


def differences_from(
    record: RecordedReturn, prepared: PreparedReturn, language: str | None
) -> tuple[str, ...]:
    """Plain sentences saying why a copy made again is not the same as the recorded return."""
    found: list[str] = []
    if language is not None and language != record.options.language:
        found.append(
            translate("Returns", "The return was made in {then}; this copy is in {now}.").format(
                then=_language_name(record.options.language), now=_language_name(language)
            )
        )
    fingerprint = prepared.ret.header.plan_fingerprint
    if record.plan_fingerprint and fingerprint != record.plan_fingerprint:
        found.append(
            translate(
                "Returns",
                "The plan version the return was measured against has changed since (it was a "
                "draft then).",
            )
        )
    now = prepared.totals
    then = record.totals
    figures = (
        (translate("Returns", "The opening balance"), then.opening, now.opening),
        (translate("Returns", "Money in"), then.money_in, now.money_in),
        (translate("Returns", "Money out"), then.money_out, now.money_out),
        (translate("Returns", "The closing balance"), then.closing, now.closing),
        (translate("Returns", "The bank's closing balance"), then.bank_closing, now.bank_closing),
    )
    for label, before, after in figures:
        if before != after:
            found.append(
                translate("Returns", "{what} was {then}; it is now {now}.").format(
                    what=label, then=_amount(before), now=_amount(after)
                )
            )
    counts = (
        (translate("Returns", "Entries"), then.entries, now.entries),
        (translate("Returns", "Receipts"), then.receipts, now.receipts),
        (translate("Returns", "Payments without a receipt"), then.without_receipt,
         now.without_receipt),
        (translate("Returns", "Entries not assigned to a plan line"), then.unassigned,
         now.unassigned),
    )  # fmt: skip
    for label, before_count, after_count in counts:
        if before_count != after_count:
            found.append(
                translate("Returns", "{what}: there were {then}; there are now {now}.").format(
                    what=label, then=before_count, now=after_count
                )
            )
    if not found:
        found.append(
            translate(
                "Returns",
                "The entries of the period, their receipts or what they were for have changed "
                "since the return was made. The totals are the same.",
            )
        )
    return tuple(found)
