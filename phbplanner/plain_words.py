"""How plain the English messages are: ``python -m phbplanner.plain_words``.

Reads every English message of the program from ``translations/phbplanner_en.ts`` (the file
``build_translations --update`` keeps in step with the code) and prints:

- the reading grade of all the messages together (Flesch–Kincaid: the school year in the US
  system; about 8 or less is what the NHS asks for, a reading age of 13–14);
- every sentence longer than :data:`MOST_WORDS` words;
- every message holding a word from :data:`AVOID`, with a plainer word.

``--check`` exits with 1 when any sentence is longer than :data:`MOST_WORDS` words (the test
``tests/test_plain_words.py`` does the same). Nothing here is shown to a user: it is a tool for
the people who write the messages, so its own output is not translated.
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

from .paths import CHECKOUT

#: The longest sentence a message may have, in words.
MOST_WORDS = 20

#: Words a person may not know, with what to say instead (matched as whole words, any case).
AVOID: dict[str, str] = {
    "contingency": "money kept back for emergencies (or: crisis plan)",
    "notional": "a budget the NHS holds and spends for you",
    "commissioning": "buying (by the NHS)",
    "commissioner": "the NHS body that pays",
    "utilise": "use",
    "utilize": "use",
    "facilitate": "help",
    "in order to": "to",
    "prior to": "before",
    "subsequently": "later",
    "aforementioned": "this",
    "remuneration": "pay",
    "expenditure": "spending",
    "reconcile": "check against",
    "reconciliation": "checking against the bank statement",
    "mandatory": "must",
    "invalid": "not right (say what is wrong)",
    "error": "problem",
    "fatal": "(say what happened)",
    "abort": "stop",
    "execute": "run",
    "parameter": "setting",
}

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]*\s+|\n+")
_WORD = re.compile(r"[A-Za-zÀ-ÿ’'£0-9][A-Za-zÀ-ÿ’'\-£0-9.,]*")
_TAG = re.compile(r"<[^>]+>")
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


@dataclass(frozen=True)
class Message:
    """One English message: where it is used (its context) and its text."""

    context: str
    text: str


def messages(ts_file: Path | None = None) -> list[Message]:
    """Every English message in the program, once each."""
    path = ts_file or CHECKOUT / "translations" / "phbplanner_en.ts"
    root = ElementTree.parse(path).getroot()
    found: dict[tuple[str, str], Message] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = message.findtext("source") or ""
            if text.strip():
                found[(name, text)] = Message(name, text)
    return list(found.values())


def plain_text(text: str) -> str:
    """The words a person reads: no markup, no accelerator marks, a placeholder as one word."""
    text = _TAG.sub(" ", text).replace("&&", "\u0000").replace("&", "").replace("\u0000", "&")
    return _PLACEHOLDER.sub("X", text)


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(plain_text(text)) if s.strip()]


def words(sentence: str) -> list[str]:
    return _WORD.findall(sentence)


def syllables(word: str) -> int:
    """An estimate, good enough for a reading grade over many sentences."""
    word = word.lower().strip("’'.,")
    if not word or not word[0].isalpha():
        return 1
    groups = re.findall(r"[aeiouy]+", word)
    count = len(groups)
    if word.endswith("e") and not word.endswith(("le", "ee")) and count > 1:
        count -= 1
    return max(1, count)


def reading_grade(texts: list[str]) -> float:
    """Flesch–Kincaid grade of ``texts`` taken together."""
    all_sentences = [s for text in texts for s in sentences(text) if words(s)]
    all_words = [w for s in all_sentences for w in words(s)]
    if not all_sentences or not all_words:
        return 0.0
    per_sentence = len(all_words) / len(all_sentences)
    per_word = sum(syllables(w) for w in all_words) / len(all_words)
    return 0.39 * per_sentence + 11.8 * per_word - 15.59


def long_sentences(found: list[Message], most: int = MOST_WORDS) -> list[tuple[Message, str]]:
    """(message, sentence) for every sentence of more than ``most`` words."""
    return [
        (message, sentence)
        for message in found
        for sentence in sentences(message.text)
        if len(words(sentence)) > most
    ]


def words_to_avoid(found: list[Message]) -> list[tuple[Message, str]]:
    """(message, word) for every word of :data:`AVOID` a message uses."""
    hits = []
    for message in found:
        text = plain_text(message.text).lower()
        for word in AVOID:
            if re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", text):
                hits.append((message, word))
    return hits


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m phbplanner.plain_words",
        allow_abbrev=False,
        description="How plain the program's English messages are.",
    )
    parser.add_argument(
        "--check", action="store_true", help=f"exit 1 if a sentence has over {MOST_WORDS} words"
    )
    args = parser.parse_args(argv)
    found = messages()
    texts = [m.text for m in found]
    count = sum(len(sentences(t)) for t in texts)
    print(f"{len(found)} messages, {count} sentences")
    print(f"Reading grade (Flesch-Kincaid): {reading_grade(texts):.1f} (aim: 8 or less)")
    long = long_sentences(found)
    print(f"Sentences over {MOST_WORDS} words: {len(long)}")
    for message, sentence in long:
        print(f"  [{message.context}] ({len(words(sentence))} words) {sentence}")
    avoid = words_to_avoid(found)
    print(f"Words to avoid: {len(avoid)}")
    for message, word in avoid:
        shown = plain_text(message.text).replace("\n", " ")
        print(f"  [{message.context}] “{word}” → {AVOID[word]}: {shown[:90]}")
    return 1 if args.check and long else 0


if __name__ == "__main__":
    sys.exit(main())
