"""Plain words: no sentence of the English messages is longer than 20 words (the program's
own messages, from every layer; ``python -m phbplanner.plain_words`` measures them)."""

from __future__ import annotations

import pytest

from phbplanner import plain_words
from phbplanner.plain_words import MOST_WORDS, long_sentences, messages, reading_grade


def test_no_sentence_is_longer_than_20_words() -> None:
    found = sorted(f"{m.context}\t{s}" for m, s in long_sentences(messages()))
    assert not found, f"sentences over {MOST_WORDS} words (split them):\n" + "\n".join(found)


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
    assert plain_words.main(["--check"]) == 0  # (no long sentence: see the first test)
