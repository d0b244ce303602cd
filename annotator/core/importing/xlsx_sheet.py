"""The first sheet of an XLSX workbook as rows of values, read with the standard library.

Enough for tables a researcher fills in a spreadsheet: text (shared, inline or
formula results), numbers, booleans, and dates, recognised by their cell's
number format (Excel keeps a date as a number of days). Merged cells, rich
formatting and other sheets are ignored.
"""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path, PurePosixPath
from xml.etree.ElementTree import Element

from defusedxml import ElementTree

from annotator.core.errors import ImportCause, ImportFailure

Value = str | float | bool | date | None
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
OFFICE_RELATIONSHIP = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
# Excel's built-in number formats that show dates
DATE_FORMATS = frozenset({14, 15, 16, 17, 22, *range(27, 37), *range(50, 59)})
_CELL = re.compile(r"([A-Z]+)(\d+)")
_QUOTED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')


def read_first_sheet(path: Path) -> list[list[Value]]:
    """Rows of the workbook's first sheet, each as long as its last filled cell."""
    try:
        with zipfile.ZipFile(path) as book:
            names = set(book.namelist())
            workbook = _xml(book, "xl/workbook.xml")
            strings = _shared_strings(book) if "xl/sharedStrings.xml" in names else []
            dates = _date_styles(book) if "xl/styles.xml" in names else set()
            sheet = _xml(book, _first_sheet_path(book, workbook))
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as error:
        raise ImportFailure.coded(path.name, ImportCause.NOT_XLSX, detail=error) from error
    except OSError as error:
        raise ImportFailure.coded(
            path.name, ImportCause.UNREADABLE, detail=error.strerror or error
        ) from error
    properties = workbook.find(f"{MAIN}workbookPr")
    epoch = (
        datetime(1904, 1, 1)
        if properties is not None and properties.get("date1904") in ("1", "true")
        else datetime(1899, 12, 30)
    )
    rows: list[list[Value]] = []
    for row in sheet.iter(f"{MAIN}row"):
        number = int(row.get("r") or len(rows) + 1)
        while len(rows) < number - 1:
            rows.append([])
        cells: list[Value] = []
        for cell in row.findall(f"{MAIN}c"):
            match = _CELL.fullmatch(cell.get("r") or "")
            column = _column_index(match.group(1)) if match else len(cells)
            cells += [None] * (column - len(cells))
            cells.append(_value(cell, strings, dates, epoch))
        while cells and cells[-1] in (None, ""):
            cells.pop()
        rows.append(cells)
    return rows


def _xml(book: zipfile.ZipFile, name: str) -> Element:
    return ElementTree.fromstring(book.read(name))


def _first_sheet_path(book: zipfile.ZipFile, workbook: Element) -> str:
    sheet = workbook.find(f"{MAIN}sheets/{MAIN}sheet")
    if sheet is None:
        raise KeyError("the workbook has no sheet")
    relation = sheet.get(OFFICE_RELATIONSHIP)
    for link in _xml(book, "xl/_rels/workbook.xml.rels").iter(f"{RELATIONSHIPS}Relationship"):
        if link.get("Id") == relation:
            target = link.get("Target") or ""
            if target.startswith("/"):
                return target.lstrip("/")
            return str(PurePosixPath("xl") / target)
    raise KeyError(f"sheet {relation} is not in the workbook")


def _shared_strings(book: zipfile.ZipFile) -> list[str]:
    return [
        "".join(text.text or "" for text in item.iter(f"{MAIN}t"))
        for item in _xml(book, "xl/sharedStrings.xml").findall(f"{MAIN}si")
    ]


def _date_styles(book: zipfile.ZipFile) -> set[int]:
    """Indexes of the cell styles whose number format shows a date."""
    styles = _xml(book, "xl/styles.xml")
    custom = {
        int(f.get("numFmtId") or 0): f.get("formatCode") or "" for f in styles.iter(f"{MAIN}numFmt")
    }
    found = set()
    formats = styles.find(f"{MAIN}cellXfs")
    for index, style in enumerate([] if formats is None else formats.findall(f"{MAIN}xf")):
        number_format = int(style.get("numFmtId") or 0)
        code = _QUOTED.sub("", custom.get(number_format, "")).casefold()
        if number_format in DATE_FORMATS or ("d" in code or "y" in code):
            found.add(index)
    return found


def _value(cell: Element, strings: list[str], dates: set[int], epoch: datetime) -> Value:
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        return "".join(t.text or "" for t in cell.iter(f"{MAIN}t"))
    raw = cell.findtext(f"{MAIN}v")
    if raw is None:
        return None
    if kind == "s":
        return strings[int(raw)]
    if kind == "b":
        return raw == "1"
    if kind in ("str", "e"):
        return raw
    if kind == "d":
        return date.fromisoformat(raw[:10])
    number = float(raw)
    if int(cell.get("s") or 0) in dates:
        return (epoch + timedelta(days=number)).date()
    return number


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1
