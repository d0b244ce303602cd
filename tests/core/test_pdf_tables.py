"""Ruled tables in the PDF layout: wrapped cells read row by row, cell by cell."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest

from annotator.core.geometry import decode_boxes
from annotator.core.importing.pdf import import_pdf
from tests.core.test_importing_pdf import make_pdf, text_at

LEFT, RIGHT = 50, 560
COLUMNS = (50, 300, 380, 560)  # the vertical rules: action | date | who


def ruled_table(rows: list[tuple[list[str], list[str], list[str]]], *, rules: bool = True) -> bytes:
    """A table of wrapped cells, each row's cells top-aligned, rules between rows and cells."""
    content = text_at(LEFT, 740, "Plan of action, with dates and who answers for it", 12)
    y = 720.0
    for cells in rows:
        height = 12 * max(len(lines) for lines in cells) + 6
        if rules:
            content += b"%d %.1f %d 0.5 re f\n" % (LEFT, y, RIGHT - LEFT)
            for x in COLUMNS:
                content += b"0.5 w %d %.1f m %d %.1f l S\n" % (x, y, x, y - height)
        for x, lines in zip(COLUMNS, cells, strict=False):
            for k, line in enumerate(lines):
                if line:  # an empty line centres a cell in its row
                    content += text_at(x + 4, y - 12 - 12 * k, line)
        y -= height
    if rules:
        content += b"%d %.1f %d 0.5 re f\n" % (LEFT, y, RIGHT - LEFT)
    return content


ROWS = [
    (
        [
            "Encourage the citizens to take part in the",
            "month of cycling during all of May",
            "and to keep cycling.",
        ],
        ["Ongoing"],
        ["Head of active transport,", "leisure department"],
    ),
    (
        ["Put a map of the network online, with the", "cycle lanes and the footpaths."],
        ["2022"],
        ["Communications"],
    ),
    (  # a cell's title, then wider lines: still one cell, beside the row's others
        [
            "Staff",
            "A process that brings",
            "people, groups and experts of the field into the work.",
        ],
        ["", "2022"],
        ["", "Town council"],
    ),
    (
        ["Make users of the paths aware of safety."],
        ["2021-2023"],
        ["Police department, schools", "and local groups", "of the town"],
    ),
]


def test_cells_wrapped_over_several_lines_read_row_by_row() -> None:
    document = import_pdf(make_pdf([ruled_table(ROWS)]), "plan.pdf", workers=0)
    # cells of one line side by side read as one line, as a row of short cells does
    assert document.text.split("\n") == [
        "Plan of action, with dates and who answers for it",
        *ROWS[0][0],
        "Ongoing",
        *ROWS[0][2],
        *ROWS[1][0],
        "2022 Communications",
        *ROWS[2][0],
        "2022 Town council",
        *ROWS[3][0],
        "2021-2023",
        *ROWS[3][2],
    ]
    assert len(decode_boxes(document.pages[0].boxes)) == len(document.text)


def test_a_grid_of_one_line_cells_reads_line_by_line() -> None:
    rows = [
        ("Alabama", "18,870", "Montgomery"),
        ("Alaska", "209", "Juneau"),
        ("Arizona", "2,303", "Phoenix"),
    ]
    content = b""
    y = 720
    for cells in rows * 2:  # a rule every second row only, as zebra tables have
        for x in COLUMNS:
            content += b"0.5 w %d %d m %d %d l S\n" % (x, y + 2, x, y - 26)
        content += b"%d %d %d 0.5 re f\n" % (LEFT, y + 2, RIGHT - LEFT)
        for x, cell in zip(COLUMNS, cells, strict=False):
            content += text_at(x + 4, y - 10, cell)
        y -= 14
    document = import_pdf(make_pdf([content]), "grid.pdf", workers=0)
    assert document.text.split("\n") == [" ".join(cells) for cells in rows * 2]


def test_an_underlined_word_does_not_cut_a_paragraph() -> None:
    lines = [
        "The report was read by the board and its",
        "members, then sent to the town for a vote.",
    ]
    content = b"".join(text_at(72, 700 - 12 * k, line) for k, line in enumerate(lines))
    content += b"72 698 30 0.5 re f\n"  # under "The" of the first line
    document = import_pdf(make_pdf([content]), "underlined.pdf", workers=0)
    assert document.text == "\n".join(lines)


@pytest.fixture(scope="module")
def chelsea_page_27(pdf_dir: Path) -> str:
    reader = pypdf.PdfReader(pdf_dir / "chelsea_pdta.pdf")
    writer = pypdf.PdfWriter()
    writer.add_page(reader.pages[26])
    data = io.BytesIO()
    writer.write(data)
    return import_pdf(data.getvalue(), "page27.pdf", workers=0).text


def test_a_real_plan_of_action_reads_each_action_with_its_date_and_people(
    chelsea_page_27: str,
) -> None:
    # each action (a bullet wrapped over lines) is followed by its own schedule and
    # the people responsible, not by the next action
    expected = (
        "• Encourager les citoyens à participer au Défi du\n"
        "mois du vélo pendant tout le mois de mai et à\n"
        "continuer de rouler à vélo le reste de l’année.\n"
        "En continu\n"
        "Responsable du transport actif, service des loisirs\n"
        "• Intégrer à nos événements"
    )
    assert expected in chelsea_page_27
    assert "Promotion\nPromouvoir le projet, en faire la publicité et\nle faire connaître.\n" in (
        chelsea_page_27
    )
    assert "vélo/auto…)\n2021-2023\n$\nResponsable du transport actif" in chelsea_page_27
