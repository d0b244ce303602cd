"""Core error messages (and reports) in the user's language.

A core error is typed (see annotator.core.errors): `describe` words it from its
cause code and parameters. What travels as text instead (import warnings, reports,
a failed link's reason kept in the project, a cancelled operation, the server
backend's errors) goes through `user_message`, which finds the cause among the
known ones, translates it with its details (names, numbers, system messages) kept,
and leaves the file or address in front untouched. An unknown message comes back
as it is, with a capital first letter.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from annotator.core.errors import AnnotatorError
from annotator.gui.cause_wordings import WORDINGS
from annotator.gui.translations import QT_TRANSLATE_NOOP

CONTEXT = "Messages"

# (the cause as the core words it, the translatable sentence; %1, %2… are its groups)
_RULES: tuple[tuple[str, str], ...] = (
    # importing
    (r"the file is empty", QT_TRANSLATE_NOOP("Messages", "The file is empty.")),
    (r"password required", QT_TRANSLATE_NOOP("Messages", "A password is required.")),
    (r"wrong password", QT_TRANSLATE_NOOP("Messages", "The password is wrong.")),
    (r"not a PDF, web page or text file \(looks like binary data\)",
     QT_TRANSLATE_NOOP("Messages",
                       "Not a PDF, a web page or a text file (it looks like binary data).")),
    (r"this is a folder, not a file",
     QT_TRANSLATE_NOOP("Messages", "This is a folder, not a file.")),
    (r"file not found", QT_TRANSLATE_NOOP("Messages", "File not found.")),
    (r"not a regular file", QT_TRANSLATE_NOOP("Messages", "Not a regular file.")),
    (r"the file is too large \((.+) MB; the limit is (.+) MB\)",
     QT_TRANSLATE_NOOP("Messages", "The file is too large (%1 MB; the limit is %2 MB).")),
    (r"permission denied: the file cannot be read",
     QT_TRANSLATE_NOOP("Messages", "Permission denied: the file cannot be read.")),
    (r"the file cannot be read \((.+)\)",
     QT_TRANSLATE_NOOP("Messages", "The file cannot be read (%1).")),
    (r"the server sent an empty response",
     QT_TRANSLATE_NOOP("Messages", "The server sent an empty response.")),
    (r"the web page is larger than (.+) MB",
     QT_TRANSLATE_NOOP("Messages", "The web page is larger than %1 MB.")),
    (r"no readable text found in the web page",
     QT_TRANSLATE_NOOP("Messages", "No readable text was found in the web page.")),
    (r"not a readable web page \((.+)\)",
     QT_TRANSLATE_NOOP("Messages", "Not a readable web page (%1).")),
    (r"the file contains no text",
     QT_TRANSLATE_NOOP("Messages", "The file contains no text.")),
    (r"not a PDF file \(it does not start with %PDF-\)",
     QT_TRANSLATE_NOOP("Messages", "Not a PDF file (it does not start with %PDF-).")),
    (r"the PDF has no pages; the file may be truncated or damaged",
     QT_TRANSLATE_NOOP("Messages",
                       "The PDF has no pages; the file may be truncated or damaged.")),
    (r"no page of the PDF could be read \((.+)\)",
     QT_TRANSLATE_NOOP("Messages", "No page of the PDF could be read (%1).")),
    (r"the PDF reader failed \((.+)\)",
     QT_TRANSLATE_NOOP("Messages", "The PDF reader failed (%1).")),
    (r"this PDF's encryption is not supported \((.+)\)",
     QT_TRANSLATE_NOOP("Messages", "This PDF's encryption is not supported (%1).")),
    (r"not a readable PDF; the file may be damaged \((.+)\)",
     QT_TRANSLATE_NOOP("Messages", "Not a readable PDF; the file may be damaged (%1).")),
    (r"reading the PDF took too long \(more than (.+) s\); "
     r"the file may be damaged or too complex",
     QT_TRANSLATE_NOOP("Messages",
                       "Reading the PDF took too long (more than %1 s); the file may be "
                       "damaged or too complex.")),
    (r"the PDF reader could not be started \((.+)\)",
     QT_TRANSLATE_NOOP("Messages", "The PDF reader could not be started (%1).")),
    (r"reading the PDF used too much memory(.*); the file may be damaged or too complex",
     QT_TRANSLATE_NOOP("Messages",
                       "Reading the PDF used too much memory%1; the file may be damaged or "
                       "too complex.")),
    (r"the PDF reader stopped unexpectedly \(exit code (.+)\); the file may be damaged",
     QT_TRANSLATE_NOOP("Messages",
                       "The PDF reader stopped unexpectedly (exit code %1); the file may be "
                       "damaged.")),
    (r"the PDF reader stopped unexpectedly",
     QT_TRANSLATE_NOOP("Messages", "The PDF reader stopped unexpectedly.")),
    # warnings of an import that went through
    (r"no character encoding declared: read as (.+)",
     QT_TRANSLATE_NOOP("Messages", "No character encoding declared: read as %1.")),
    (r"some bytes could not be decoded and show as \ufffd",
     QT_TRANSLATE_NOOP("Messages", "Some bytes could not be decoded and show as \ufffd.")),
    (r"1 character could not be decoded and shows as \ufffd",
     QT_TRANSLATE_NOOP("Messages", "1 character could not be decoded and shows as \ufffd.")),
    (r"(\d+) characters could not be decoded and show as \ufffd",
     QT_TRANSLATE_NOOP("Messages", "%1 characters could not be decoded and show as \ufffd.")),
    (r"the article extraction library is unavailable: imported the page's readable text, "
     r"which may include menus and other page chrome",
     QT_TRANSLATE_NOOP("Messages",
                       "The article extraction library is unavailable: the page's readable "
                       "text was imported, and it may include menus and other page chrome.")),
    # scanned PDF pages and text recognition (OCR)
    (r"This PDF has no text layer \(scanned\?\) and OCR is turned off, so its pages can be "
     r"viewed but no text can be highlighted",
     QT_TRANSLATE_NOOP("Messages",
                       "This PDF has no text layer (scanned?) and text recognition (OCR) is "
                       "turned off in the preferences: its pages can be viewed, but no text can "
                       "be highlighted.")),
    (r"This PDF has no text layer \(scanned\?\) and no image on its pages is large enough for "
     r"OCR, so its pages can be viewed but no text can be highlighted",
     QT_TRANSLATE_NOOP("Messages",
                       "This PDF has no text layer (scanned?) and no image on its pages is large "
                       "enough for text recognition (OCR): its pages can be viewed, but no text "
                       "can be highlighted.")),
    (r"This PDF has no text layer \(scanned\?\) and OCR is not available \((.+)\), so its "
     r"pages can be viewed but no text can be highlighted",
     QT_TRANSLATE_NOOP("Messages",
                       "This PDF has no text layer (scanned?) and text recognition (OCR) is not "
                       "available (%1): its pages can be viewed, but no text can be "
                       "highlighted.")),
    (r"pages? ([\d, …]+) of (\d+) without a text layer \(scanned\?\) and OCR is turned off, "
     r"so their text cannot be highlighted",
     QT_TRANSLATE_NOOP("Messages",
                       "No text layer (scanned?) on page(s) %1 of %2, and text recognition (OCR) "
                       "is turned off in the preferences: their text cannot be highlighted.")),
    (r"pages? ([\d, …]+) of (\d+) without a text layer \(scanned\?\) and no image on them is "
     r"large enough for OCR, so their text cannot be highlighted",
     QT_TRANSLATE_NOOP("Messages",
                       "No text layer (scanned?) on page(s) %1 of %2, and no image on them is "
                       "large enough for text recognition (OCR): their text cannot be "
                       "highlighted.")),
    (r"pages? ([\d, …]+) of (\d+) without a text layer \(scanned\?\) and OCR is not available "
     r"\((.+)\), so their text cannot be highlighted",
     QT_TRANSLATE_NOOP("Messages",
                       "No text layer (scanned?) on page(s) %1 of %2, and text recognition (OCR) "
                       "is not available (%3): their text cannot be highlighted.")),
    (r"no text layer \(scanned\?\) on pages? ([\d, …]+) of (\d+), and OCR \(([\w+]+)\) found "
     r"no text there either: they can be viewed but not highlighted",
     QT_TRANSLATE_NOOP("Messages",
                       "Page(s) %1 of %2 have no text layer (scanned?), and text recognition "
                       "(OCR, %3) found no text there either: they can be viewed but not "
                       "highlighted.")),
    (r"OCR \(([\w+]+)\) read pages? ([\d, …]+) with low confidence \((\d+)%\): the text may "
     r"be wrong; check that the document's language is among the OCR languages in the "
     r"preferences",
     QT_TRANSLATE_NOOP("Messages",
                       "Text recognition (OCR, %1) read page(s) %2 with low confidence (%3%): "
                       "the text may be wrong. Check that the document's language is among the "
                       "OCR languages in the preferences.")),
    (r"OCR \(([\w+]+)\) could not read pages? ([\d, …]+) reliably \((\d+)%\), so their own "
     r"text is kept",
     QT_TRANSLATE_NOOP("Messages",
                       "Text recognition (OCR, %1) could not read page(s) %2 reliably (%3%): "
                       "their own text is kept.")),
    (r"OCR failed on pages? ([\d, …]+) \((.+)\), so their own text is kept",
     QT_TRANSLATE_NOOP("Messages",
                       "Text recognition (OCR) failed on page(s) %1 (%2): their own text is "
                       "kept.")),
    (r"no OCR language data for ([\w+]+): the scanned pages were read with ([\w+]+) only",
     QT_TRANSLATE_NOOP("Messages",
                       "No OCR language data for %1: the scanned pages were read with %2 "
                       "only.")),
    (r"cannot read scanned pages: (.+)",
     QT_TRANSLATE_NOOP("Messages", "Cannot read scanned pages: %1.")),
    (r"pages? ([\d, …]+) could not be read and left empty \((.+)\)",
     QT_TRANSLATE_NOOP("Messages", "Page(s) %1 could not be read and were left empty (%2).")),
    (r"1 character could not be decoded \(a font without a Unicode map\) and appears as "
     r"\ufffd",
     QT_TRANSLATE_NOOP("Messages",
                       "1 character could not be decoded (a font without a Unicode map) and "
                       "appears as \ufffd.")),
    (r"(\d+) characters could not be decoded \(fonts without a Unicode map\) and appear as "
     r"\ufffd",
     QT_TRANSLATE_NOOP("Messages",
                       "%1 characters could not be decoded (fonts without a Unicode map) and "
                       "appear as \ufffd.")),
    (r"the PDF's own title \"(.+)\" does not match the text of its first pages and was set "
     r"aside: the title comes from the heading of page 1",
     QT_TRANSLATE_NOOP("Messages",
                       "The PDF's own title, “%1”, does not match the text of its first pages "
                       "and was set aside: the title was taken from the heading of page 1.")),
    (r"the PDF's own title \"(.+)\" does not match the text of its first pages and was set "
     r"aside: the title comes from the file name",
     QT_TRANSLATE_NOOP("Messages",
                       "The PDF's own title, “%1”, does not match the text of its first pages "
                       "and was set aside: the file name was taken as the title.")),
    # downloading
    (r"only http:// and https:// addresses can be downloaded",
     QT_TRANSLATE_NOOP("Messages", "Only http:// and https:// addresses can be downloaded.")),
    (r"not a valid web address \(no host name\)",
     QT_TRANSLATE_NOOP("Messages", "Not a valid web address (no host name).")),
    (r"not a valid web address \((.+)\)",
     QT_TRANSLATE_NOOP("Messages", "Not a valid web address (%1).")),
    (r"larger than (.+) MB", QT_TRANSLATE_NOOP("Messages", "Larger than %1 MB.")),
    (r"the connection closed before the download finished",
     QT_TRANSLATE_NOOP("Messages", "The connection closed before the download finished.")),
    (r"secure connection to (.+) failed \((.+)\)",
     QT_TRANSLATE_NOOP("Messages", "The secure connection to %1 failed (%2).")),
    (r"could not connect: unknown host (.+) \((.+)\)",
     QT_TRANSLATE_NOOP("Messages", "Could not connect: unknown host %1 (%2).")),
    (r"could not connect to (.+) \((.+)\)",
     QT_TRANSLATE_NOOP("Messages", "Could not connect to %1 (%2).")),
    (r"timed out after (.+) s",
     QT_TRANSLATE_NOOP("Messages", "No answer after %1 s.")),
    (r"too many redirects \(more than (\d+)\)",
     QT_TRANSLATE_NOOP("Messages", "Too many redirections (more than %1).")),
    (r"redirected to (.+), which is not a web address",
     QT_TRANSLATE_NOOP("Messages", "Redirected to %1, which is not a web address.")),
    (r"HTTP (\d+) (.*)", QT_TRANSLATE_NOOP("Messages", "HTTP %1 %2")),
    # searching a server project (its errors are not typed yet)
    (r"cannot understand this search: (.+)",
     QT_TRANSLATE_NOOP("Messages", "Cannot understand this search (%1).")),
    # values a sheet refused, kept in its report as text (the variable's name stays in front)
    (r"(?:'(.+)'|\"(.+)\") is not a number",
     QT_TRANSLATE_NOOP("Messages", "“%1” is not a number.")),
    (r"(?:'(.+)'|\"(.+)\") is not a date written YYYY-MM-DD",
     QT_TRANSLATE_NOOP("Messages", "“%1” is not a date written YYYY-MM-DD.")),
    (r"(?:'(.+)'|\"(.+)\") is not yes or no",
     QT_TRANSLATE_NOOP("Messages", "“%1” is not yes or no.")),
    (r"(?:'(.+)'|\"(.+)\") is not one of its categories \((.+)\)",
     QT_TRANSLATE_NOOP("Messages", "“%1” is not one of its categories (%2).")),
    # reports of long work that went through
    (r"(\d+) documents added, (\d+) already here; (\d+) concepts added; (\d+) passages added, "
     r"(\d+) already here; (\d+) passages could not be placed",
     QT_TRANSLATE_NOOP("Messages",
                       "%1 documents added, %2 already here; %3 concepts added; %4 passages "
                       "added, %5 already here; %6 passages could not be placed.")),
    (r"(\d+) documents added, (\d+) already here; (\d+) concepts added; (\d+) passages added, "
     r"(\d+) already here",
     QT_TRANSLATE_NOOP("Messages",
                       "%1 documents added, %2 already here; %3 concepts added; %4 passages "
                       "added, %5 already here.")),
    (r"(\d+) concepts added, (\d+) updated, (\d+) unchanged; (\d+) notes",
     QT_TRANSLATE_NOOP("Messages",
                       "%1 concepts added, %2 updated, %3 unchanged; %4 notes.")),
    (r"(\d+) documents, (\d+) concepts and (\d+) annotations added; (\d+) items skipped",
     QT_TRANSLATE_NOOP("Messages",
                       "%1 documents, %2 concepts and %3 highlights added; %4 items left out.")),
    # long work stopped by the user
    (r"download cancelled", QT_TRANSLATE_NOOP("Messages", "Download cancelled.")),
    (r"(?:REFI-QDA )?import cancelled", QT_TRANSLATE_NOOP("Messages", "Import cancelled.")),
    (r"export cancelled", QT_TRANSLATE_NOOP("Messages", "Export cancelled.")),
    (r"merge cancelled", QT_TRANSLATE_NOOP("Messages", "Merge cancelled.")),
    (r"operation cancelled", QT_TRANSLATE_NOOP("Messages", "Cancelled.")),
)

# A cause starts the message or follows "<file or address>: ".
_COMPILED = tuple((re.compile(rf"(?:^|(?<=: ))(?:{pattern})$", re.DOTALL), template)
                  for pattern, template in _RULES)




def describe(error: BaseException) -> str:
    """An error for the user, in their language: by cause code and parameters when it has
    them, else by its English text (`user_message`)."""
    if not isinstance(error, AnnotatorError) or error.code is None:
        return user_message(str(error))
    template, names = WORDINGS[error.code]
    sentence = _filled(QCoreApplication.translate(CONTEXT, template),
                       [error.params[name] for name in names])
    return f"{error.subject}: {sentence}" if error.subject else sentence


def user_message(error_text: str) -> str:
    """`error_text` from the core, translated when its cause is a known one."""
    text = error_text.strip()
    for pattern, template in _COMPILED:
        match = pattern.search(text)
        if match is None:
            continue
        sentence = QCoreApplication.translate(CONTEXT, template)
        groups = [group for group in match.groups() if group is not None]
        return text[:match.start()] + _filled(sentence, groups)
    return _capitalised(text)


def _filled(sentence: str, groups: list[str]) -> str:
    """%1, %2… replaced by the message's details, in one pass."""
    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return groups[number - 1] if 0 < number <= len(groups) else match.group(0)

    return re.sub(r"%(\d)", value, sentence)


def _capitalised(text: str) -> str:
    """A capital first letter, unless the message starts with a file or address."""
    first_word = text.split(":", 1)[0]
    if not text or not text[0].islower() or re.search(r"[./\\]", first_word):
        return text
    return text[0].upper() + text[1:]
