"""The rules of a statement import that need no file: duplicates and suggestions.

Plain functions over the statement's rows and the few facts storage gives (the entries already
in the account near those dates, and each payee's last assignment), so they are tested alone
and the import service stays a thin transaction around them. docs/statement-import.md says
why each rule is what it is.

**Duplicates.** A row is already in the records when an entry of the account has the same date,
amount and text (the bank reader's normalised key: NFKC, case-folded, punctuation and spacing
collapsed, payee and description together) — counted, so a statement with two identical £3.50
coffees on one day adds the second when only one is there. No date tolerance for this rule:
the bank writes the same date for the same payment in every download, and a tolerance would
silently drop a genuine second payment (the complaint users of other programs make most). A
row with the same *bank reference* as an imported entry is also already there, when the
reference can be trusted as the bank's own id: unique within the file, at least 4 characters
with a digit, the same amount, and dated within :data:`REFERENCE_DAYS` (a pending payment's
date can move by a few days when it is posted; some banks' "reference" column is the payer's
words, repeated every month, so a reference alone is never enough). A row with the same amount
as an entry within :data:`MATCH_DAYS` days that matched nothing else is a *possible match* —
shown, never skipped: typically the same payment typed by hand before the statement came.

**Suggestions.** A row gets what its payee's last assigned entry was for (the exact payee, else
the same words without numbers, dates and punctuation: "TESCO STORES 3297" and "TESCO STORES
5521" are one payee); else money in whose words name the funder — "ICB", "NHS", "CCG",
"council", "borough", "integrated care", "direct payment", "health budget", or every
distinctive word of the plan's ``budget.set_by`` — is a budget payment received; else money out
whose words include every distinctive word of exactly one plan line's provider is that line.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Protocol

from ..domain.ledger import Purpose
from ..domain.money import Money
from ..domain.plan import Plan
from ..interchange.bank.model import StatementRow
from ..interchange.bank.values import base_key
from ..storage.import_rows import NearbyEntry

#: A reference match may be this many days from the entry's date (pending → posted).
REFERENCE_DAYS = 7
#: A possible match (shown, never skipped) may be this many days away (card payments post late).
MATCH_DAYS = 4

FUNDER_WORDS = frozenset({"icb", "nhs", "ccg", "council", "borough", "phb"})
FUNDER_PHRASES = (("integrated", "care"), ("direct", "payment"), ("direct", "payments"),
                  ("health", "budget"))  # fmt: skip
#: Words too common to tell one funder or provider from another.
COMMON_WORDS = frozenset({
    "the", "and", "of", "for", "ltd", "limited", "plc", "llp", "cic", "inc", "company", "co",
    "op", "uk", "group", "trust", "board", "care", "integrated", "health", "nhs", "icb", "ccg",
    "council", "services", "service", "partnership",
})  # fmt: skip
_MONTHS = frozenset({
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december",
})  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")


class Dated(Protocol):
    """Anything with a date (a statement row, a row of a preview)."""

    @property
    def date(self) -> date: ...


class DuplicateReason(StrEnum):
    """Why a row is already in the records."""

    SAME_ROW = "same_row"  # same date, amount and text
    SAME_REFERENCE = "same_reference"  # the bank's own id for it


@dataclass(frozen=True, slots=True)
class Match:
    """What the duplicate check found for one row."""

    duplicate_of: int | None = None
    reason: DuplicateReason | None = None
    possible_match: int | None = None


def words(text: str) -> list[str]:
    """The words of a payee or description: letters only, case-folded, no numbers or dates."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return [w for w in _WORD.findall(text.casefold()) if len(w) > 1 and w not in _MONTHS]


def payee_key(text: str) -> str:
    """A payee compared loosely: "TESCO STORES 3297 12AUG" → "tesco stores"."""
    return " ".join(words(text))


# -- duplicates -------------------------------------------------------------------------------
def _split_key(key: str) -> tuple[str, int]:
    base, mark, count = key.rpartition("#")
    if mark and count.isdigit():
        return base, int(count)
    return key, 1


def _trusted_reference(reference: str) -> bool:
    text = reference.strip()
    return len(text) >= 4 and any(ch.isdigit() for ch in text)


def match_rows(rows: Sequence[StatementRow], nearby: Sequence[NearbyEntry]) -> list[Match]:
    """For each of ``rows`` (any order), whether it is already in the records, and a possible
    match. ``nearby`` are the account's entries within :data:`REFERENCE_DAYS` of the rows'
    dates, in (date, id) order."""
    wanted = {(row.date, row.amount.pence) for row in rows}
    by_base: dict[str, list[int]] = {}
    for entry in nearby:
        if entry.import_id is not None and "#" in entry.dup_key:
            base = _split_key(entry.dup_key)[0]  # what the bank wrote, even if edited since
        elif (entry.date, entry.amount_pence) in wanted:
            base = base_key(entry.date, Money(entry.amount_pence), entry.payee, entry.description)
        else:
            continue
        by_base.setdefault(base, []).append(entry.id)
    used: set[int] = set()
    found: list[Match] = []
    for row in rows:
        base, count = _split_key(row.key)
        same = by_base.get(base, [])
        if count <= len(same):
            used.add(same[count - 1])
            found.append(Match(same[count - 1], DuplicateReason.SAME_ROW))
        else:
            found.append(Match())
    _match_references(rows, nearby, found, used)
    _possible_matches(rows, nearby, found, used)
    return found


def _match_references(
    rows: Sequence[StatementRow], nearby: Sequence[NearbyEntry], found: list[Match],
    used: set[int],
) -> None:  # fmt: skip
    counts: dict[str, int] = {}
    for row in rows:
        if row.reference.strip():
            counts[row.reference.strip()] = counts.get(row.reference.strip(), 0) + 1
    by_reference: dict[str, list[NearbyEntry]] = {}
    for entry in nearby:
        if entry.import_id is not None and entry.reference.strip():
            by_reference.setdefault(entry.reference.strip(), []).append(entry)
    if not by_reference:
        return
    for index, row in enumerate(rows):
        reference = row.reference.strip()
        if found[index].duplicate_of is not None or counts.get(reference) != 1:
            continue
        if not _trusted_reference(reference):
            continue
        for entry in by_reference.get(reference, []):
            if (
                entry.id not in used
                and entry.amount_pence == row.amount.pence
                and abs((entry.date - row.date).days) <= REFERENCE_DAYS
            ):
                used.add(entry.id)
                found[index] = Match(entry.id, DuplicateReason.SAME_REFERENCE)
                break


def _possible_matches(
    rows: Sequence[StatementRow], nearby: Sequence[NearbyEntry], found: list[Match],
    used: set[int],
) -> None:  # fmt: skip
    """Pair rows with entries of the same amount within :data:`MATCH_DAYS`, closest first;
    each entry and each row at most once."""
    by_amount: dict[int, list[NearbyEntry]] = {}
    for entry in nearby:
        if entry.id not in used:
            by_amount.setdefault(entry.amount_pence, []).append(entry)
    if not by_amount:
        return
    pairs = []
    for index, row in enumerate(rows):
        if found[index].duplicate_of is not None:
            continue
        for entry in by_amount.get(row.amount.pence, []):
            gap = abs((entry.date - row.date).days)
            if gap <= MATCH_DAYS:
                pairs.append((gap, index, entry.id))
    taken: set[int] = set()
    for _gap, index, entry_id in sorted(pairs):
        if entry_id not in taken and found[index].possible_match is None:
            taken.add(entry_id)
            found[index] = Match(possible_match=entry_id)


# -- suggestions ------------------------------------------------------------------------------
class Source(StrEnum):
    """Where a suggestion came from."""

    HISTORY = "history"  # the payee's last assignment
    FUNDER = "funder"  # money in from the ICB or council: a budget payment
    PROVIDER = "provider"  # the plan line whose provider is the payee
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Suggestion:
    """What a row is suggested to be for, and why."""

    purpose: Purpose = Purpose.UNASSIGNED
    line_id: str | None = None
    source: Source = Source.NONE


NO_SUGGESTION = Suggestion()


def _distinctive(text: str) -> frozenset[str]:
    return frozenset(w for w in words(text) if len(w) > 2 and w not in COMMON_WORDS)


class Suggester:
    """Suggestions for the rows of one statement, from the records and the plan."""

    def __init__(self, plan: Plan, last: Mapping[str, tuple[str, str | None, str, int]]) -> None:
        """``last`` maps each payee to its last assignment: ``(purpose, line, date, id)``."""
        self._lines = {line.id for line in plan.support_lines}
        self._exact: dict[str, tuple[str, str | None]] = {}
        loose: dict[str, tuple[str, int, str, str | None]] = {}
        for payee, (purpose, line_id, when, entry_id) in last.items():
            self._exact[payee] = (purpose, line_id)
            key = payee_key(payee)
            if key and (key not in loose or (when, entry_id) > loose[key][:2]):
                loose[key] = (when, entry_id, purpose, line_id)
        self._loose = {key: (value[2], value[3]) for key, value in loose.items()}
        self._funder = _distinctive(plan.budget.set_by)
        providers: dict[str, set[str]] = {}
        for support in plan.support_lines:
            marks = _distinctive(support.provider)
            if marks:
                providers.setdefault(" ".join(sorted(marks)), set()).add(support.id)
        # a provider with several lines (a PA for walks and at home) suggests none of them
        self._providers = [
            (frozenset(key.split()), next(iter(ids))) for key, ids in providers.items()
            if len(ids) == 1
        ]  # fmt: skip
        self._cache: dict[tuple[str, bool], Suggestion] = {}

    def suggest(self, payee: str, money_in: bool) -> Suggestion:
        """The suggestion for a row whose payee text is ``payee``."""
        cached = self._cache.get((payee, money_in))
        if cached is None:
            cached = self._suggest(payee, money_in)
            self._cache[(payee, money_in)] = cached
        return cached

    def _suggest(self, payee: str, money_in: bool) -> Suggestion:
        found = self._exact.get(payee) or self._loose.get(payee_key(payee))
        if found is not None:
            usable = self._usable(found[0], found[1], money_in)
            if usable is not None:
                return usable
        row_words = set(words(payee))
        if money_in and self.is_funder(row_words):
            return Suggestion(Purpose.BUDGET_PAYMENT, None, Source.FUNDER)
        if not money_in:
            matches = [line for marks, line in self._providers if marks <= row_words]
            if len(matches) == 1:
                return Suggestion(Purpose.PLAN_LINE, matches[0], Source.PROVIDER)
        return NO_SUGGESTION

    def is_funder(self, row_words: set[str]) -> bool:
        """Whether these words name the ICB or council that pays the budget."""
        if row_words & FUNDER_WORDS:
            return True
        if any(set(phrase) <= row_words for phrase in FUNDER_PHRASES):
            return True
        return bool(self._funder) and self._funder <= row_words

    def _usable(self, purpose_text: str, line: str | None, money_in: bool) -> Suggestion | None:
        try:
            purpose = Purpose(purpose_text)
        except ValueError:
            return None
        if purpose in (Purpose.BUDGET_PAYMENT, Purpose.REFUND) and not money_in:
            return None  # money in last time, money out now: not the same kind of thing
        if purpose is Purpose.PLAN_LINE:
            if line not in self._lines:
                return None  # the plan no longer has that line
            return Suggestion(purpose, line, Source.HISTORY)
        if purpose is Purpose.UNASSIGNED:
            return None
        return Suggestion(purpose, None, Source.HISTORY)


def in_order(rows: Sequence[StatementRow], newest_first: bool) -> list[StatementRow]:
    """The rows oldest first, in the order they happened (the order they are stored, so the
    bank's balances on rows of one day follow each other)."""
    ordered = list(reversed(rows)) if newest_first else list(rows)
    return sorted(ordered, key=lambda row: row.date)


def dates_of(rows: Sequence[Dated]) -> tuple[date, date] | None:
    """The first and last date of ``rows``."""
    if not rows:
        return None
    return min(row.date for row in rows), max(row.date for row in rows)
