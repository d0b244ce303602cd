"""Measuring stored PDF text against reference extractors (poppler's pdftotext, PDFium).

Scores are over lower-cased `\\w+` tokens: token F1 compares the bags of tokens
(what was read), 4-gram F1 the bags of runs of four consecutive tokens (in
what order it was read). Glued and split words are counted against one
reference's vocabulary, and the same counts between the two references tell
how much of that is the references' own disagreement.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium

SOFT_HYPHEN = "\u00ad"
REPLACEMENT = "\ufffd"
NONCHARACTER = "\ufffe"
_TOKEN = re.compile(r"\w+")
MIN_PART = 2  # letters; shorter pieces ("a", "s") would make almost any word "glued"


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens, after dropping soft hyphens (which only mark a break)."""
    return _TOKEN.findall(text.replace(SOFT_HYPHEN, "").lower())


def bag_f1(ours: Counter[object], reference: Counter[object]) -> float:
    """F1 of two bags (multisets): shared items over ours (precision) and theirs (recall)."""
    if not ours and not reference:
        return 1.0
    shared = sum((ours & reference).values())
    if not shared:
        return 0.0
    precision = shared / sum(ours.values())
    recall = shared / sum(reference.values())
    return 2 * precision * recall / (precision + recall)


def token_f1(ours: list[str], reference: list[str]) -> float:
    return bag_f1(Counter(ours), Counter(reference))


def ngram_f1(ours: list[str], reference: list[str], n: int = 4) -> float:
    def grams(words: list[str]) -> Counter[object]:
        return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))

    return bag_f1(grams(ours), grams(reference))


def _splits(word: str, vocabulary: set[str]) -> bool:
    """Whether `word` is a concatenation of two or more vocabulary words."""
    reachable = [True] + [False] * len(word)
    for end in range(MIN_PART, len(word) + 1):
        for start in range(0, end - MIN_PART + 1):
            if reachable[start] and (start or end < len(word)) and word[start:end] in vocabulary:
                reachable[end] = True
                break
    return reachable[len(word)]


def glued_words(ours: list[str], reference: list[str]) -> list[str]:
    """Our distinct tokens that the reference never has but spells as 2+ of its own."""
    vocabulary = set(reference)
    return sorted(
        word
        for word in set(ours) - vocabulary
        if len(word) >= 2 * MIN_PART and not word.isdigit() and _splits(word, vocabulary)
    )


def split_words(ours: str, reference: list[str]) -> list[str]:
    """Our adjacent tokens, one unknown to the reference, that join into its word.

    Counted when white space parts them, or a hyphen ending a line (a word
    the typesetter cut and we left cut); a hyphen within a line ("IEEE-754",
    kept whole where the references drop a line-end hyphen) writes out a
    compound, not a split word.
    """
    vocabulary = set(reference)
    text = ours.replace(SOFT_HYPHEN, "").lower()
    found: set[str] = set()
    previous: re.Match[str] | None = None
    for match in _TOKEN.finditer(text):
        if previous is not None and _splits_a_word(text[previous.end() : match.start()]):
            a, b = previous.group(), match.group()
            unknown = a not in vocabulary or b not in vocabulary
            if unknown and a + b in vocabulary and not (a + b).isdigit():
                found.add(f"{a} {b}")
        previous = match
    return sorted(found)


def _splits_a_word(separator: str) -> bool:
    if separator.isspace():
        return True
    return separator[:1] in "-\u2010" and separator[1:].isspace() and "\n" in separator


@dataclass(frozen=True)
class Comparison:
    """One text measured against one reference."""

    token_f1: float
    ngram_f1: float
    glued: list[str]
    split: list[str]


def compare(ours: str, reference: str) -> Comparison:
    a, b = tokens(ours), tokens(reference)
    return Comparison(token_f1(a, b), ngram_f1(a, b), glued_words(a, b), split_words(ours, b))


# -- the references ---------------------------------------------------------------------


@cache
def pdftotext_text(path: Path, password: str = "") -> str:
    """poppler's text of the whole PDF (its reading-order mode), pages split by form feeds."""
    if shutil.which("pdftotext") is None:
        raise RuntimeError("pdftotext (poppler-utils) is not installed")
    command = ["pdftotext", "-enc", "UTF-8", "-q"]
    if password:
        command += ["-upw", password]
    done = subprocess.run([*command, str(path), "-"], capture_output=True, check=False, timeout=60)
    return done.stdout.decode("utf-8", errors="replace").replace("\f", "\n\n")


@cache
def pdfium_text(path: Path, password: str = "") -> str:
    """PDFium's text of the whole PDF, page after page."""
    document = pdfium.PdfDocument(path.read_bytes(), password=password or None)
    try:
        pages = []
        for page in document:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
        text = "\n\n".join(pages).replace("\r\n", "\n").replace("\r", "\n")
        # PDFium marks a hyphen it took for a line-end break as U+FFFE and joins
        # the lines; drop the mark, as pdftotext drops such hyphens
        return text.replace(NONCHARACTER, "")
    finally:
        document.close()
