"""Words, hyphens, accents and orientation in the PDF layout, on glyphs placed by hand."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from annotator.core.geometry import EMPTY_BOX, decode_boxes
from annotator.core.importing.pdf import import_pdf
from annotator.core.importing.pdf_layout import PdfChar, layout_page
from tests.core.test_importing_pdf import make_pdf, text_at

SIZE = 10.0
WIDTH = 5.0  # every letter is this wide here


def line(
    words: Iterable[str], *, top: float = 100.0, word_gap: float, letter_gap: float = 0.0
) -> list[PdfChar]:
    """Glyphs of one line, no space glyphs: words `word_gap` apart, letters `letter_gap`."""
    chars: list[PdfChar] = []
    x = 50.0
    for w, word in enumerate(words):
        if w:
            x += word_gap - letter_gap
        for letter in word:
            chars.append(PdfChar(letter, x, top, x + WIDTH, top + SIZE, size=SIZE))
            x += WIDTH + letter_gap
    return chars


def text_of(chars: list[PdfChar]) -> str:
    text, boxes, _ = layout_page(chars, 600, 800)
    assert len(boxes) == len(text)
    return text


# -- word breaks ------------------------------------------------------------------------


def test_tex_inter_word_gaps_of_a_fifth_of_the_size_separate_words() -> None:
    # tracemonkey.pdf set "traditional compilers" 0.196 font sizes apart, no space glyph
    words = ["traditional", "compilers", "need", "to", "emit"]
    assert text_of(line(words, word_gap=0.18 * SIZE)) == "traditional compilers need to emit"


def test_kerning_within_words_does_not_split_them() -> None:
    assert text_of(line(["kerned", "word"], word_gap=0.3 * SIZE, letter_gap=0.04 * SIZE)) == (
        "kerned word"
    )


def test_letter_spaced_line_breaks_only_at_its_wider_gaps() -> None:
    # tracked by 0.15 font sizes: each gap is wider than an untracked word space would need
    words = ["SPACED", "OUT", "TITLE"]
    assert text_of(line(words, word_gap=0.45 * SIZE, letter_gap=0.15 * SIZE)) == (
        "SPACED OUT TITLE"
    )


def test_a_space_glyph_drawn_over_touching_letters_is_not_a_word_break() -> None:
    # issue6127.pdf draws its spaces from another layer, over "R" of "ASSURE"
    chars = line(["ASSURE"], word_gap=0)
    r = chars[4]
    chars.append(PdfChar(" ", r.x0 + 1, r.top - 1, r.x0 + 4, r.bottom - 1, size=SIZE))
    assert text_of(chars) == "ASSURE"


def test_on_a_line_that_draws_spaces_figures_drawn_a_digit_at_a_time_stay_whole() -> None:
    chars = line(["Date:"], word_gap=0)
    x = chars[-1].x1
    chars.append(PdfChar(" ", x, 100, x + 2.8, 110, size=SIZE))
    x += 2.8
    for digit in "03/25/2016":  # each glyph placed on its own, 1.2 points apart
        chars.append(PdfChar(digit, x, 100, x + WIDTH, 110, size=SIZE))
        x += WIDTH + 1.2
    assert text_of(chars) == "Date: 03/25/2016"


def test_a_raised_footnote_number_is_a_word_of_its_own() -> None:
    chars = line(["AFM"], word_gap=0)
    x = chars[-1].x1
    for digit in "14":
        chars.append(PdfChar(digit, x, 97, x + 3, 103, size=6))
        x += 3
    assert text_of(chars) == "AFM 14"


def test_a_dotless_i_under_a_separate_diaeresis_composes() -> None:
    # TeX draws "naïve" as n, a, "¨" (starting left of the letter it sits on), dotless ı, v, e
    chars = line(["na"], word_gap=0)
    x = chars[-1].x1
    chars.append(PdfChar("¨", x - 0.5, 100, x + 3.5, 103, size=SIZE))
    chars.append(PdfChar("ı", x, 100, x + 3, 110, size=SIZE))
    chars += [
        PdfChar(c, x + 3 + k * WIDTH, 100, x + 3 + (k + 1) * WIDTH, 110)
        for c, k in (("v", 0), ("e", 1))
    ]
    text, boxes, _ = layout_page(chars, 600, 800)
    assert text == "naïve"
    assert boxes[2] == (x - 0.5, 100, x + 3.5, 110)  # the letter's box and its accent's


# -- hyphens at line ends ---------------------------------------------------------------


def two_lines(first: list[str], second: list[str], *, extra: list[str] | None = None) -> str:
    chars = line(first, word_gap=2.5) + line(second, top=112, word_gap=2.5)
    if extra:
        chars += line(extra, top=200, word_gap=2.5)
    return text_of(chars)


def test_a_word_hyphenated_at_a_line_end_is_joined_without_its_hyphen() -> None:
    chars = line(["Il", "faut", "défi-"], word_gap=2.5) + line(
        ["nir", "ce", "mot."], top=112, word_gap=2.5
    )
    text, boxes, _ = layout_page(chars, 600, 800)
    assert text == "Il faut définir ce mot."
    solid = [box for box in boxes if box != EMPTY_BOX]
    assert len(solid) == len(text.replace(" ", ""))  # the hyphen and the line break give nothing
    i_box, n_box = boxes[text.index("nir") - 1], boxes[text.index("nir")]
    assert n_box[1] > i_box[1]  # "i" from the first line, "n" from the second


def test_capitalised_or_numeric_parts_keep_their_hyphen() -> None:
    assert two_lines(["Jean-"], ["Pierre", "came"]) == "Jean-Pierre came"
    assert two_lines(["from", "2015-"], ["2016", "on"]) == "from 2015-2016 on"


def test_the_page_itself_decides_between_compound_and_cut_word() -> None:
    compound = two_lines(["community-"], ["management"], extra=["community-management", "again"])
    assert compound.startswith("community-management\n")
    cut = two_lines(["the", "Trace-"], ["Monkey", "VM"], extra=["TraceMonkey", "again"])
    assert cut.startswith("the TraceMonkey VM\n")


def test_a_hyphen_standing_alone_or_before_a_non_letter_keeps_the_line_break() -> None:
    assert two_lines(["items", "-"], ["next", "line"]) == "items -\nnext line"
    assert two_lines(["well-"], ["(said)"]) == "well-\n(said)"


def test_soft_hyphens_give_no_character() -> None:
    chars = line(["défi\u00ad"], word_gap=2.5) + line(
        ["nir", "in\u00adside"], top=112, word_gap=2.5
    )
    assert text_of(chars) == "définir inside"


# -- orientation ------------------------------------------------------------------------

LINES = ["The first line of text", "then the second line", "and the third one."]


@pytest.mark.parametrize(
    "transform",
    [
        b"",
        b"-1 0 0 1 612 0 cm",  # mirrored left to right
        b"1 0 0 -1 0 792 cm",  # mirrored top to bottom
        b"-1 0 0 -1 612 792 cm",  # upside down
        b"0 1 -1 0 800 0 cm",  # turned a quarter
    ],
)
def test_mirrored_and_turned_pages_read_in_line_order(transform: bytes) -> None:
    body = b"".join(text_at(72, 700 - 14 * row, text) for row, text in enumerate(LINES))
    read_as_drawn(b"q " + transform + b"\n" + body + b"Q")


@pytest.mark.parametrize(
    "transform",
    [
        b"",  # upside down: the lines go up the page
        b"1 0 0 -1 0 792 cm",  # the page's y axis turned down first, as some writers do
    ],
)
def test_text_of_negative_font_size_reads_in_line_order(transform: bytes) -> None:
    # a negative size turns each glyph half a turn, which the text matrix does not show
    body = b"".join(
        b"BT /F1 -10 Tf 540 %d Td (%s) Tj ET\n" % (100 + 14 * row, text.encode())
        for row, text in enumerate(LINES)
    )
    read_as_drawn(b"q " + transform + b"\n" + body + b"Q")


@pytest.mark.parametrize(
    ("size", "matrix", "origin", "step"),
    [
        (10, b"1 0 0 1", (540, 700), (0, -14)),  # each line drawn leftwards, mirrored
        (10, b"-1 0 0 1", (72, 700), (0, -14)),  # mirrored twice (text matrix, scaling)
        (-10, b"1 0 0 1", (72, 100), (0, 14)),  # and a negative size: upside down, mirrored
        (10, b"0 1 -1 0", (100, 700), (14, 0)),  # turned a quarter: runs down, mirrored
    ],
)
def test_text_of_negative_horizontal_scaling_reads_in_line_order(
    size: int, matrix: bytes, origin: tuple[int, int], step: tuple[int, int]
) -> None:
    # Tz -100 mirrors each glyph and its advance, which the text matrix does not show
    body = b"".join(
        b"BT /F1 %d Tf %s %d %d Tm -100 Tz (%s) Tj 100 Tz ET\n"
        % (size, matrix, origin[0] + step[0] * row, origin[1] + step[1] * row, text.encode())
        for row, text in enumerate(LINES)
    )
    read_as_drawn(body)


def read_as_drawn(content: bytes) -> None:
    document = import_pdf(make_pdf([content]), "t.pdf", workers=0)
    assert document.text == "\n".join(LINES)
    page = document.pages[0]
    boxes = decode_boxes(page.boxes)
    assert len(boxes) == len(document.text)
    assert all(0 <= b[0] <= b[2] <= page.width and 0 <= b[1] <= b[3] <= page.height for b in boxes)


# -- tables and columns -----------------------------------------------------------------


def test_a_table_of_wide_columns_reads_row_by_row() -> None:
    # each column is wider than a fifth of the page, as text columns are, but its
    # cells (names, dates, counts) do not run on from line to line as prose does
    rows = [
        ("Alabama state office, Montgomery", "03/25/2016", "18,870 checks"),
        ("Alaska regional desk, Anchorage", "04/02/2016", "6,112 checks"),
        ("Arizona main office, Phoenix", "04/19/2016", "22,650 checks"),
        ("Arkansas county desk, Little Rock", "05/01/2016", "9,301 checks"),
    ] * 2
    content = text_at(60, 740, "Background checks by state and office, with the date", 12)
    for row, cells in enumerate(rows):
        for x, cell in zip((60, 300, 460), cells, strict=True):
            content += text_at(x, 700 - 13 * row, cell)
    document = import_pdf(make_pdf([content]), "table.pdf", workers=0)
    lines = document.text.split("\n")
    assert lines[1:] == [" ".join(cells) for cells in rows]


def test_dates_set_with_character_spacing_in_a_table_stay_whole() -> None:
    # a report's date column set with 3 points of character spacing (Tc), the year's
    # last two digits drawn as a kerned pair: read as "0 3 / 2 5 / 2 0 16" before
    rows = [
        ("Alabama office", "03/25/20", "16", "18,870"),
        ("Alaska desk", "04/02/20", "16", "6,112"),
        ("Arizona office", "11/19/20", "15", "22,650"),
    ]
    content = text_at(60, 740, "Checks by office and date", 12)
    for row, (office, date, year, count) in enumerate(rows):
        y = 700 - 13 * row
        content += text_at(60, y, office)
        content += b"BT /F1 10 Tf 3 Tc 250 %d Td [(%s) 300 (%s)] TJ 0 Tc ET\n" % (
            y,
            date.encode(),
            year.encode(),
        )
        content += text_at(420, y, count)
    # digits of a rating scale, alike but 8 points apart, are cells, not one figure
    content += b"BT /F1 10 Tf 8 Tc 60 600 Td (12345) Tj 0 Tc ET\n"
    document = import_pdf(make_pdf([content]), "dates.pdf", workers=0)
    assert document.text.split("\n") == [
        "Checks by office and date",
        *(f"{office} {date}{year} {count}" for office, date, year, count in rows),
        "1 2 3 4 5",
    ]


def test_fake_bold_copies_offset_in_proportion_to_a_large_size_are_dropped() -> None:
    # a 24-point heading drawn twice, 2 points apart: without deduplication its letters
    # double ("FFaakkee") and its spaces, covered by the copies, no longer part words
    content = b"".join(
        text_at(72 + dx, 700, "Fake bold heading, all still text", 24) for dx in (0, 2)
    )
    document = import_pdf(make_pdf([content]), "bold.pdf", workers=0)
    assert document.text == "Fake bold heading, all still text"


def test_a_diagonal_watermark_is_read_apart_from_the_lines_it_crosses() -> None:
    body = [f"Body line {row} of the report, in ordinary words." for row in range(40)]
    content = b"".join(text_at(72, 700 - 12 * row, line) for row, line in enumerate(body))
    content += b"BT /F1 60 Tf 0.7071 0.7071 -0.7071 0.7071 150 250 Tm (CONFIDENTIEL) Tj ET\n"
    content += b"BT /F1 30 Tf 0.866 -0.5 0.5 0.866 100 600 Tm (NE PAS DIFFUSER) Tj ET\n"
    document = import_pdf(make_pdf([content]), "watermark.pdf", workers=0)
    assert document.text == "\n".join([*body, "CONFIDENTIEL", "NE PAS DIFFUSER"])
    assert len(decode_boxes(document.pages[0].boxes)) == len(document.text)
