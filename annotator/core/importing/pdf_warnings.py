"""What a PDF import tells the user about text it could not read or read by OCR, and
about a metadata title it set aside."""

from __future__ import annotations

from annotator.core.importing.ocr_languages import OcrChoice
from annotator.core.importing.pdf_metadata import PdfTitle
from annotator.core.importing.pdf_ocr import LOW_CONFIDENCE
from annotator.core.importing.pdf_protocol import PageResult

LITTLE_TEXT_PER_PAGE = 40  # characters; a page of prose holds thousands
OCR_OFF = "OCR is turned off"


def no_text_warning(why: str) -> str:
    """The warning for a PDF without any text, `why` it was not read by OCR."""
    return (
        f"This PDF has no text layer (scanned?) and {why}, "
        "so its pages can be viewed but no text can be highlighted"
    )


def pages_phrase(numbers: list[int]) -> str:
    """ "page 4" or "pages 2, 5, 9" (the first ten, then "…")."""
    shown = ", ".join(str(n) for n in numbers[:10]) + (", …" if len(numbers) > 10 else "")
    return f"page {shown}" if len(numbers) == 1 else f"pages {shown}"


def _why_unread(choice: OcrChoice, whole: bool) -> str:
    if choice.setup is not None:
        return (
            "no image on its pages is large enough for OCR"
            if whole
            else "no image on them is large enough for OCR"
        )
    if choice.unavailable:
        return f"OCR is not available ({choice.unavailable})"
    return OCR_OFF


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def pdf_warnings(text: str, results: list[PageResult], choice: OcrChoice) -> tuple[str, ...]:
    """Warnings about pages without text, failed pages, undecodable glyphs and OCR."""
    warnings: list[str] = []
    failed = [r for r in results if r.error]
    ocred = [r for r in results if r.ocr_confidences is not None]
    ocr_failed = [r for r in results if r.ocr_error]
    unread = [
        r.index + 1
        for r in results
        if not r.text
        and r.has_images
        and not r.error
        and r.ocr_confidences is None
        and not r.ocr_error
    ]
    if not text.strip() and not ocred and not ocr_failed:
        warnings.append(no_text_warning(_why_unread(choice, whole=True)))
    elif unread:
        warnings.append(
            f"{pages_phrase(unread)} of {len(results)} without a text layer (scanned?) and "
            f"{_why_unread(choice, whole=False)}, so their text cannot be highlighted"
        )
    elif not ocred and len(text.strip()) < LITTLE_TEXT_PER_PAGE * len(results):
        warnings.append(
            f"very little text was found ({len(text.strip())} characters on "
            f"{len(results)} page{'s' if len(results) > 1 else ''}): the PDF may be scanned "
            "or use fonts whose text cannot be read, so only that text can be searched and "
            "highlighted"
        )
    if ocred:
        warnings.extend(_ocr_warnings(ocred, len(results), choice))
    rejected = [r for r in results if r.ocr_rejected is not None]
    if rejected:
        languages = choice.setup.languages if choice.setup else ""
        confidence = _mean([r.ocr_rejected or 0.0 for r in rejected])
        warnings.append(
            f"OCR ({languages}) could not read {pages_phrase([r.index + 1 for r in rejected])} "
            f"reliably ({confidence:.0f}%), so their own text is kept"
        )
    if ocr_failed:
        numbers = [r.index + 1 for r in ocr_failed]
        warnings.append(
            f"OCR failed on {pages_phrase(numbers)} ({ocr_failed[0].ocr_error}), "
            "so their own text is kept"
        )
    if failed:
        numbers = [r.index + 1 for r in failed]
        warnings.append(
            f"{pages_phrase(numbers)} could not be read and left empty ({failed[0].error})"
        )
    undecodable = sum(r.undecodable for r in results)
    if undecodable == 1:
        warnings.append(
            "1 character could not be decoded (a font without a Unicode map) "
            "and appears as \ufffd"
        )
    elif undecodable:
        warnings.append(
            f"{undecodable} characters could not be decoded (fonts without a Unicode map) "
            "and appear as \ufffd"
        )
    return tuple(warnings)


def title_warnings(title: PdfTitle) -> tuple[str, ...]:
    """The warning naming the metadata Title set aside, so the user can restore it."""
    if not title.set_aside:
        return ()
    origin = "the heading of page 1" if title.from_heading else "the file name"
    return (
        f'the PDF\'s own title "{title.set_aside}" does not match the text of its first '
        f"pages and was set aside: the title comes from {origin}",
    )


def _ocr_warnings(ocred: list[PageResult], total: int, choice: OcrChoice) -> list[str]:
    languages = choice.setup.languages if choice.setup else ""
    warnings: list[str] = []
    empty = [r.index + 1 for r in ocred if not r.ocr_confidences]
    if empty:
        warnings.append(
            f"no text layer (scanned?) on {pages_phrase(empty)} of {total}, and OCR "
            f"({languages}) found no text there either: they can be viewed but not highlighted"
        )
    doubtful = [
        r for r in ocred if r.ocr_confidences and _mean(list(r.ocr_confidences)) < LOW_CONFIDENCE
    ]
    if doubtful:
        words = [c for r in doubtful for c in r.ocr_confidences or ()]
        warnings.append(
            f"OCR ({languages}) read {pages_phrase([r.index + 1 for r in doubtful])} with low "
            f"confidence ({_mean(words):.0f}%): the text may be wrong; check that the "
            "document's language is among the OCR languages in the preferences"
        )
    if choice.missing:
        warnings.append(
            f"no OCR language data for {'+'.join(choice.missing)}: the scanned pages were "
            f"read with {languages} only"
        )
    return warnings


def ocr_metadata(results: list[PageResult], choice: OcrChoice) -> dict[str, object] | None:
    """metadata["ocr"]: the languages, the pages read by OCR and their mean word confidence."""
    ocred = [r for r in results if r.ocr_confidences is not None]
    if not ocred or choice.setup is None:
        return None
    words = [c for r in ocred for c in r.ocr_confidences or ()]
    return {
        "languages": choice.setup.languages,
        "pages": [r.index + 1 for r in ocred],
        "confidence": round(_mean(words), 1),
    }
