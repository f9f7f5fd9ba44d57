"""Splitting a statement's text into CSV records, each with the physical line it starts on.

The standard ``csv`` module does the splitting, strictly: a quote that is opened and never
closed is a problem with its line number, not a silently merged row. A field longer than
:data:`~.decode.MAX_FIELD_CHARS` refuses the whole file straight away.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from ...domain.text import translate
from .decode import MAX_FIELD_CHARS, field_too_long
from .model import RowProblem

DELIMITERS = (",", ";", "\t", "|")


class Record:
    """One CSV record: the line it starts on and its fields, as written."""

    __slots__ = ("fields", "line")  # a plain class: made once per row, so kept cheap

    def __init__(self, line: int, fields: list[str]) -> None:
        self.line = line
        self.fields = fields

    @property
    def blank(self) -> bool:
        """True for an empty line or one whose fields are all empty."""
        return not "".join(self.fields).strip(" \t\u00a0")


def sniff_delimiter(text: str) -> str:
    """The delimiter of a CSV text: the one that splits its first lines most consistently."""
    sample = [line for line in text[:20_000].splitlines()[:30] if line.strip()]
    if not sample:
        return ","
    best, best_score = ",", 0.0
    for delimiter in DELIMITERS:
        counts = [_fields_in(line, delimiter) for line in sample]
        common = max(set(counts), key=counts.count)
        if common < 2:
            continue
        score = counts.count(common) / len(counts) * (1 + min(common, 10) / 100)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _fields_in(line: str, delimiter: str) -> int:
    try:
        return len(next(csv.reader([line], delimiter=delimiter)))
    except (csv.Error, StopIteration):
        return 0


def records(text: str, delimiter: str, problems: list[RowProblem]) -> Iterator[Record]:
    """Every record of ``text`` in order; unreadable lines are added to ``problems``."""
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', strict=True
    )
    previous = 0
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            start = previous + 1
            message = str(error)
            if "field larger than field limit" in message:
                raise field_too_long(start) from None
            if "unexpected end of data" in message or "EOF" in message:
                problems.append(
                    RowProblem(
                        start,
                        translate(
                            "BankImport",
                            'a quote (") opened on this line is never closed, so the rest of '
                            "the file could not be read",
                        ),
                    )
                )
                return
            problems.append(
                RowProblem(
                    start,
                    translate(
                        "BankImport",
                        "the quotes on this line are not written the way CSV needs, so it "
                        "could not be read",
                    ),
                )
            )
            previous = reader.line_num
            continue
        start = previous + 1
        previous = reader.line_num
        for field in fields:
            if len(field) > MAX_FIELD_CHARS:
                raise field_too_long(start)
        yield Record(start, fields)
