"""How faithful the stored text of every corpus PDF is to pdftotext's and PDFium's.

Run with -s to print the table. The floor is asserted where the two
references agree with each other; where they do not, one of them is wrong, and
our text must be no further from either than they are from each other.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from annotator.core.importing.base import ImportedDocument
from annotator.core.importing.pdf import import_pdf
from tests.conftest import SHARED_CORPUS
from tests.core.pdf_fidelity_fixtures import (
    REPLACEMENT,
    SOFT_HYPHEN,
    Comparison,
    compare,
    pdfium_text,
    pdftotext_text,
)
from tests.core.test_importing_pdf import PASSWORDS, SCANNED_PDFS

TOKEN_F1_FLOOR = 0.97
REFERENCES_AGREE = 0.97  # token F1 between pdftotext and PDFium
# every corpus PDF with pages (empty.pdf has none) and a text layer
FIDELITY_PDFS = sorted(
    path.name
    for path in (SHARED_CORPUS / "pdf").glob("*.pdf")
    if path.stat().st_size and path.name not in SCANNED_PDFS
)


@dataclass(frozen=True)
class Measure:
    """Our text against each reference, and the references against each other."""

    ours: str
    vs_poppler: Comparison
    vs_pdfium: Comparison
    pdfium_vs_poppler: Comparison  # the second reference read as if it were ours
    poppler_vs_pdfium: Comparison
    replacements: tuple[int, int, int]  # U+FFFD in ours, pdftotext's, PDFium's

    @property
    def references_agree(self) -> bool:
        return self.poppler_vs_pdfium.token_f1 >= REFERENCES_AGREE


@pytest.fixture(scope="module")
def measure(pdf_dir: Path) -> Callable[[str], Measure]:
    """Import (in process) and measure a corpus PDF once per module, by file name."""
    cache: dict[str, Measure] = {}

    def get(name: str) -> Measure:
        if name not in cache:
            path = pdf_dir / name
            password = PASSWORDS.get(name, "")
            document: ImportedDocument = import_pdf(
                path.read_bytes(), str(path), password=password or None, workers=0
            )
            poppler, pdfium = pdftotext_text(path, password), pdfium_text(path, password)
            cache[name] = Measure(
                ours=document.text,
                vs_poppler=compare(document.text, poppler),
                vs_pdfium=compare(document.text, pdfium),
                pdfium_vs_poppler=compare(pdfium, poppler),
                poppler_vs_pdfium=compare(poppler, pdfium),
                replacements=(
                    document.text.count(REPLACEMENT),
                    poppler.count(REPLACEMENT),
                    pdfium.count(REPLACEMENT),
                ),
            )
        return cache[name]

    return get


def test_fidelity_table(measure: Callable[[str], Measure]) -> None:
    """One row per PDF: token / 4-gram F1 against each reference and between them.

    glued and split: ours against pdftotext / PDFium, then (in brackets) the
    other reference against the same one, i.e. the references' own disagreement.
    """
    header = (
        f"{'PDF':44} {'poppler tok 4g':>14} {'pdfium tok 4g':>14} {'refs tok 4g':>12}"
        f" {'glued':>13} {'split':>13} {'shy':>3} {'fffd o/p/f':>12}"
    )
    rows = [header]
    for name in FIDELITY_PDFS:
        m = measure(name)
        glued = (
            f"{len(m.vs_poppler.glued)}/{len(m.vs_pdfium.glued)}"
            f" ({len(m.pdfium_vs_poppler.glued)}/{len(m.poppler_vs_pdfium.glued)})"
        )
        split = (
            f"{len(m.vs_poppler.split)}/{len(m.vs_pdfium.split)}"
            f" ({len(m.pdfium_vs_poppler.split)}/{len(m.poppler_vs_pdfium.split)})"
        )
        rows.append(
            f"{name:44} {m.vs_poppler.token_f1:6.3f} {m.vs_poppler.ngram_f1:6.3f}"
            f"  {m.vs_pdfium.token_f1:6.3f} {m.vs_pdfium.ngram_f1:6.3f}"
            f"  {m.poppler_vs_pdfium.token_f1:5.3f} {m.poppler_vs_pdfium.ngram_f1:5.3f}"
            f" {glued:>13} {split:>13} {m.ours.count(SOFT_HYPHEN):3d}"
            f" {'/'.join(map(str, m.replacements)):>12}"
            + ("" if m.references_agree else "  (references disagree)")
        )
    print("\n" + "\n".join(rows))
    assert len(rows) == len(FIDELITY_PDFS) + 1 >= 15


@pytest.mark.parametrize("name", FIDELITY_PDFS)
def test_token_f1_against_both_references(name: str, measure: Callable[[str], Measure]) -> None:
    m = measure(name)
    # where the references disagree, one of them is wrong: our text must then be no
    # further from either than they are from each other
    floor = TOKEN_F1_FLOOR if m.references_agree else m.poppler_vs_pdfium.token_f1
    assert m.vs_poppler.token_f1 >= floor, m.vs_poppler
    assert m.vs_pdfium.token_f1 >= floor, m.vs_pdfium


@pytest.mark.parametrize("name", FIDELITY_PDFS)
def test_no_more_glued_or_split_words_than_the_references_show(
    name: str, measure: Callable[[str], Measure]
) -> None:
    # the references' own disagreement (either way round) is the noise floor: a
    # word one of them glues or cuts wrongly shows up as ours being cut or glued
    m = measure(name)
    references = (m.pdfium_vs_poppler, m.poppler_vs_pdfium)
    glued_floor = max(len(r.glued) for r in references)
    split_floor = max(len(r.split) for r in references)
    for ours in (m.vs_poppler, m.vs_pdfium):
        assert len(ours.glued) <= glued_floor, ours.glued
        assert len(ours.split) <= split_floor, ours.split


@pytest.mark.parametrize("name", FIDELITY_PDFS)
def test_no_soft_hyphen_is_stored(name: str, measure: Callable[[str], Measure]) -> None:
    assert SOFT_HYPHEN not in measure(name).ours
