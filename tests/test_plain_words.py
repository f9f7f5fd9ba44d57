"""Plain words: no sentence of the English messages is longer than 20 words.

The sentences written before this test are listed in ``plain_words_long.txt`` until they are
rewritten: a new long sentence fails, and so does a listed one that is gone (take it off).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from phbplanner import plain_words
from phbplanner.plain_words import MOST_WORDS, long_sentences, messages, reading_grade

KNOWN = Path(__file__).with_name("plain_words_long.txt")


def _known() -> set[str]:
    lines = KNOWN.read_text(encoding="utf-8").splitlines()
    return {line for line in lines if line and not line.startswith("#")}


def _found() -> set[str]:
    return {f"{m.context}\t{s}" for m, s in long_sentences(messages())}


def test_no_new_sentence_is_longer_than_20_words() -> None:
    new = sorted(_found() - _known())
    assert not new, f"sentences over {MOST_WORDS} words (split them):\n" + "\n".join(new)


def test_the_list_of_long_sentences_only_shrinks() -> None:
    gone = sorted(_known() - _found())
    assert not gone, f"rewritten: take these off {KNOWN.name}:\n" + "\n".join(gone)


def test_a_long_sentence_is_found_and_a_short_one_is_not() -> None:
    long = plain_words.Message("T", "One two three four five six seven eight nine ten eleven "
                               "twelve thirteen fourteen fifteen sixteen seventeen eighteen "
                               "nineteen twenty twenty-one. Short one.")  # fmt: skip
    short = plain_words.Message("T", "Save the {name} plan. Open it with &Open.")
    assert [s for _m, s in long_sentences([long, short])] == [long.text.split(". ")[0] + "."]


def test_the_reading_grade_is_plain() -> None:
    grade = reading_grade([m.text for m in messages()])
    assert 0 < grade <= 8, grade


def test_the_command_prints_the_figures(capsys: pytest.CaptureFixture[str]) -> None:
    assert plain_words.main([]) == 0
    out = capsys.readouterr().out
    assert "Reading grade (Flesch-Kincaid)" in out and "Sentences over 20 words" in out
    assert plain_words.main(["--check"]) == (1 if _found() else 0)
