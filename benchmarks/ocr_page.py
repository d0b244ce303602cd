"""OCR of full scanned A4 pages: word accuracy and pages per second, printed.

    .venv/bin/python -m benchmarks.ocr_page [PAGES]

Each page is French prose typeset at 11 points and 300 dpi with DejaVu Serif,
turned by 1°, blurred and grainy (tests/core/ocr_fixtures.py), wrapped as an
image-only PDF and imported with the default worker processes and languages
(fra+eng). Not run in CI: OCR speed depends on the machine.
"""

from __future__ import annotations

import sys
import time

from annotator.core.importing.pdf import import_pdf
from tests.core.ocr_fixtures import FRENCH, degrade, pdf_of, typeset, word_accuracy


def main(page_count: int = 3) -> None:
    pages, expected = [], []
    for number in range(page_count):
        text = " ".join([FRENCH] * 4)
        image, words = typeset(text)
        pages.append(degrade(image, seed=number))
        expected.append(" ".join(word.text for word in words))
    data = pdf_of(pages)
    started = time.perf_counter()
    document = import_pdf(data, "ocr-benchmark.pdf")
    seconds = time.perf_counter() - started
    accuracies = []
    for number, want in enumerate(expected):
        page = document.pages[number]
        accuracies.append(word_accuracy(want, document.text[page.start : page.end]))
    words = sum(len(want.split()) for want in expected)
    print(
        f"{page_count} A4 pages, {words} words, languages {document.metadata['ocr']['languages']}"
    )
    mean = sum(accuracies) / len(accuracies)
    print(f"word accuracy: {min(accuracies):.2%} (worst page), {mean:.2%} (mean)")
    print(f"mean word confidence: {document.metadata['ocr']['confidence']}")
    print(f"{seconds:.1f} s: {page_count / seconds:.2f} pages per second")
    if document.warnings:
        print("warnings:", *document.warnings, sep="\n  ")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
