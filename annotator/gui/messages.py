"""Core error messages (and reports) in the user's language.

A typed core error (one with a cause code, see annotator.core.errors) is worded
by `describe` from its code and parameters. The rest still arrive as English
sentences, most of them "<file or address>: <cause>", as do the texts that travel
as strings (import warnings, reports, a failed link's reason kept in the project):
`user_message` finds the cause among the known ones, translates it with its
details (names, numbers, system messages) kept, and leaves the file or address in
front untouched. An unknown message comes back as it is, with a capital first letter.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from annotator.core.errors import AnnotatorError, Cause, ExportCause, ImportCause, ProjectCause
from annotator.gui.translations import QT_TRANSLATE_NOOP

CONTEXT = "Messages"
_LOST = r"this change was not saved; your earlier work is safe"

# (the cause as the core words it, the translatable sentence; %1, %2… are its groups)
_RULES: tuple[tuple[str, str], ...] = (
    # concepts and edits
    (r"there is already a concept named (?:'(.+)'|\"(.+)\") here",
     QT_TRANSLATE_NOOP("Messages", "There is already a concept named “%1” here.")),
    (r"a concept needs a name", QT_TRANSLATE_NOOP("Messages", "A concept needs a name.")),
    (r"a concept name cannot contain '/'",
     QT_TRANSLATE_NOOP("Messages", "A concept name cannot contain “/”.")),
    (r"a concept cannot be moved under itself",
     QT_TRANSLATE_NOOP("Messages", "A concept cannot be moved under itself.")),
    (r"cannot merge a concept into itself",
     QT_TRANSLATE_NOOP("Messages", "A concept cannot be merged into itself.")),
    (r"cannot merge a concept into one of its own sub-concepts",
     QT_TRANSLATE_NOOP("Messages",
                       "A concept cannot be merged into one of its own sub-concepts.")),
    (r"(.+) already has sub-concepts named (.+)",
     QT_TRANSLATE_NOOP("Messages", "“%1” already has sub-concepts named %2.")),
    (r"passage (\d+)-(\d+) is outside the document \(0-(\d+)\)",
     QT_TRANSLATE_NOOP("Messages",
                       "The passage %1–%2 is outside the document (0–%3): it may have "
                       "changed elsewhere.")),
    (r"no document with id (\d+)",
     QT_TRANSLATE_NOOP("Messages", "This document is no longer in the project (%1).")),
    (r"no concept with id (\d+)",
     QT_TRANSLATE_NOOP("Messages", "This concept is no longer in the project (%1).")),
    (r"no annotation with id (\d+)",
     QT_TRANSLATE_NOOP("Messages", "This highlight is no longer in the project (%1).")),
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
    # searching
    (r"cannot understand this search: a quote \(\"\) is not closed",
     QT_TRANSLATE_NOOP("Messages", "Cannot understand this search: a quote (\") is not closed.")),
    (r"cannot understand this search: (.+) needs a term before it",
     QT_TRANSLATE_NOOP("Messages", "Cannot understand this search: %1 needs a word before it.")),
    (r"cannot understand this search: nothing after (.+)",
     QT_TRANSLATE_NOOP("Messages", "Cannot understand this search: nothing after %1.")),
    (r"cannot understand this search: (.+)",
     QT_TRANSLATE_NOOP("Messages", "Cannot understand this search (%1).")),
    # project files
    (r"no such project file", QT_TRANSLATE_NOOP("Messages", "No such project file.")),
    (r"is a folder, not a project file",
     QT_TRANSLATE_NOOP("Messages", "This is a folder, not a project file.")),
    (r"made by a newer version of Annotator \(project format (\d+), this version knows up "
     r"to (\d+)\); please update Annotator",
     QT_TRANSLATE_NOOP("Messages",
                       "Made by a newer version of Annotator (project format %1; this "
                       "version knows up to %2). Please update Annotator.")),
    (r"not an Annotator project \(the file is empty\)",
     QT_TRANSLATE_NOOP("Messages", "Not an Annotator project (the file is empty).")),
    (r"not an Annotator project, or a damaged one \((.+)\)",
     QT_TRANSLATE_NOOP("Messages", "Not an Annotator project, or a damaged one (%1).")),
    (r"not an Annotator project",
     QT_TRANSLATE_NOOP("Messages", "Not an Annotator project.")),
    (r"needs an upgrade but is read-only",
     QT_TRANSLATE_NOOP("Messages",
                       "This project needs an upgrade, but the file is read-only.")),
    (r"already exists", QT_TRANSLATE_NOOP("Messages", "This file already exists.")),
    (r"the file or its folder is read-only, so changes cannot be saved",
     QT_TRANSLATE_NOOP("Messages",
                       "The file or its folder is read-only, so changes cannot be saved.")),
    (r"cannot create the file here \((.+)\)",
     QT_TRANSLATE_NOOP("Messages", "The file cannot be created here (%1).")),
    (r"another program keeps the file busy; try again \((.+)\)",
     QT_TRANSLATE_NOOP("Messages", "Another program keeps the file busy; try again (%1).")),
    (r"cannot be opened \((.+)\)",
     QT_TRANSLATE_NOOP("Messages", "The file cannot be opened (%1).")),
    (rf"the disk is full: {_LOST}\. Free some space and try again",
     QT_TRANSLATE_NOOP("Messages",
                       "The disk is full: this change was not saved; your earlier work is "
                       "safe. Free some space and try again.")),
    (rf"the project is read-only: {_LOST}\. Save a copy elsewhere to keep working",
     QT_TRANSLATE_NOOP("Messages",
                       "The project is read-only: this change was not saved; your earlier "
                       "work is safe. Save a copy elsewhere to keep working.")),
    (rf"another program kept the file busy for (\d+) s: {_LOST}\. Try again",
     QT_TRANSLATE_NOOP("Messages",
                       "Another program kept the file busy for %1 s: this change was not "
                       "saved; your earlier work is safe. Try again.")),
    (rf"the file could not be written \((.+)\): {_LOST}",
     QT_TRANSLATE_NOOP("Messages",
                       "The file could not be written (%1): this change was not saved; "
                       "your earlier work is safe.")),
    (r"the project file is damaged \((.+)\): this change was not saved\. "
     r"Run 'annotator check' on it or restore a backup",
     QT_TRANSLATE_NOOP("Messages",
                       "The project file is damaged (%1): this change was not saved. Run "
                       "“annotator check” on it or restore a backup.")),
    (r"the project file is damaged \((.+)\)",
     QT_TRANSLATE_NOOP("Messages", "The project file is damaged (%1).")),
    # backups and copies
    (r"no backups yet \(they go in (.+)\)",
     QT_TRANSLATE_NOOP("Messages", "No backups yet (they go in %1).")),
    (r"this backup is damaged too \((.+)\)",
     QT_TRANSLATE_NOOP("Messages", "This backup is damaged too (%1).")),
    (r"the backup could not be put in place \((.+)\)",
     QT_TRANSLATE_NOOP("Messages", "The backup could not be put in place (%1).")),
    (r"choose another place than the project itself",
     QT_TRANSLATE_NOOP("Messages", "Choose another place than the project itself.")),
    (r"the copy could not be written \((.+)\)",
     QT_TRANSLATE_NOOP("Messages", "The copy could not be written (%1).")),
    # exporting
    (r"no Path column in the first row \(expected a header like (.+)\)",
     QT_TRANSLATE_NOOP("Messages",
                       "No Path column in the first row (expected a header like %1).")),
    # document variables (the variable's name stays in front)
    (r"(?:'(.+)'|\"(.+)\") is not a number",
     QT_TRANSLATE_NOOP("Messages", "“%1” is not a number.")),
    (r"(?:'(.+)'|\"(.+)\") is not a date written YYYY-MM-DD",
     QT_TRANSLATE_NOOP("Messages", "“%1” is not a date written YYYY-MM-DD.")),
    (r"(?:'(.+)'|\"(.+)\") is not yes or no",
     QT_TRANSLATE_NOOP("Messages", "“%1” is not yes or no.")),
    (r"(?:'(.+)'|\"(.+)\") is not one of its categories \((.+)\)",
     QT_TRANSLATE_NOOP("Messages", "“%1” is not one of its categories (%2).")),
    (r"a variable needs a name", QT_TRANSLATE_NOOP("Messages", "A variable needs a name.")),
    (r"there is already a variable named (?:'(.+)'|\"(.+)\")",
     QT_TRANSLATE_NOOP("Messages", "There is already a variable named “%1”.")),
    (r"a category needs its list of choices",
     QT_TRANSLATE_NOOP("Messages", "A category needs its list of choices.")),
    # document sets
    (r"a set needs a name", QT_TRANSLATE_NOOP("Messages", "A set needs a name.")),
    (r"there is already a set named (?:'(.+)'|\"(.+)\")",
     QT_TRANSLATE_NOOP("Messages", "There is already a set named “%1”.")),
    (r"no variable names in the first row \(expected a header like Document,Age,Site\)",
     QT_TRANSLATE_NOOP("Messages", "No variable names in the first row (expected a header "
                       "such as Document,Age,Site).")),
    (r"not a readable XLSX workbook \((.+)\)",
     QT_TRANSLATE_NOOP("Messages", "Not a readable XLSX workbook (%1).")),
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


# cause code -> (the translatable sentence, the parameters that fill its %1, %2…)
_TYPED: dict[Cause, tuple[str, tuple[str, ...]]] = {
    # importing
    ImportCause.EMPTY_FILE: (QT_TRANSLATE_NOOP("Messages", "The file is empty."), ()),
    ImportCause.FILE_NOT_FOUND: (QT_TRANSLATE_NOOP("Messages", "File not found."), ()),
    ImportCause.FOLDER: (QT_TRANSLATE_NOOP("Messages", "This is a folder, not a file."), ()),
    ImportCause.NOT_REGULAR_FILE: (QT_TRANSLATE_NOOP("Messages", "Not a regular file."), ()),
    ImportCause.TOO_LARGE: (
        QT_TRANSLATE_NOOP("Messages", "The file is too large (%1 MB; the limit is %2 MB)."),
        ("size", "limit")),
    ImportCause.PERMISSION_DENIED: (
        QT_TRANSLATE_NOOP("Messages", "Permission denied: the file cannot be read."), ()),
    ImportCause.UNREADABLE: (
        QT_TRANSLATE_NOOP("Messages", "The file cannot be read (%1)."), ("detail",)),
    ImportCause.BINARY: (
        QT_TRANSLATE_NOOP("Messages",
                          "Not a PDF, a web page or a text file (it looks like binary data)."),
        ()),
    ImportCause.NO_TEXT: (QT_TRANSLATE_NOOP("Messages", "The file contains no text."), ()),
    ImportCause.EMPTY_RESPONSE: (
        QT_TRANSLATE_NOOP("Messages", "The server sent an empty response."), ()),
    ImportCause.PAGE_TOO_LARGE: (
        QT_TRANSLATE_NOOP("Messages", "The web page is larger than %1 MB."), ("limit",)),
    ImportCause.NO_ARTICLE: (
        QT_TRANSLATE_NOOP("Messages", "No readable text was found in the web page."), ()),
    ImportCause.NOT_A_WEB_PAGE: (
        QT_TRANSLATE_NOOP("Messages", "Not a readable web page (%1)."), ("detail",)),
    ImportCause.NOT_A_PDF: (
        QT_TRANSLATE_NOOP("Messages", "Not a PDF file (it does not start with %PDF-)."), ()),
    ImportCause.PDF_NO_PAGES: (
        QT_TRANSLATE_NOOP("Messages",
                          "The PDF has no pages; the file may be truncated or damaged."), ()),
    ImportCause.PDF_NO_PAGE_READ: (
        QT_TRANSLATE_NOOP("Messages", "No page of the PDF could be read (%1)."), ("detail",)),
    ImportCause.PDF_READER_FAILED: (
        QT_TRANSLATE_NOOP("Messages", "The PDF reader failed (%1)."), ("detail",)),
    ImportCause.PDF_ENCRYPTION: (
        QT_TRANSLATE_NOOP("Messages", "This PDF's encryption is not supported (%1)."),
        ("detail",)),
    ImportCause.PDF_DAMAGED: (
        QT_TRANSLATE_NOOP("Messages", "Not a readable PDF; the file may be damaged (%1)."),
        ("detail",)),
    ImportCause.PDF_TOO_SLOW: (
        QT_TRANSLATE_NOOP("Messages",
                          "Reading the PDF took too long (more than %1 s); the file may be "
                          "damaged or too complex."),
        ("seconds",)),
    ImportCause.PDF_READER_NOT_STARTED: (
        QT_TRANSLATE_NOOP("Messages", "The PDF reader could not be started (%1)."),
        ("detail",)),
    ImportCause.PDF_READER_STOPPED: (
        QT_TRANSLATE_NOOP("Messages", "The PDF reader stopped unexpectedly."), ()),
    ImportCause.PDF_READER_EXITED: (
        QT_TRANSLATE_NOOP("Messages",
                          "The PDF reader stopped unexpectedly (exit code %1); the file may be "
                          "damaged."),
        ("code",)),
    ImportCause.PASSWORD_REQUIRED: (QT_TRANSLATE_NOOP("Messages", "A password is required."), ()),
    ImportCause.WRONG_PASSWORD: (QT_TRANSLATE_NOOP("Messages", "The password is wrong."), ()),
    # downloading (the same causes also come back as text, kept with a link that failed)
    ImportCause.NOT_HTTP: (
        QT_TRANSLATE_NOOP("Messages", "Only http:// and https:// addresses can be downloaded."),
        ()),
    ImportCause.NO_HOST: (
        QT_TRANSLATE_NOOP("Messages", "Not a valid web address (no host name)."), ()),
    ImportCause.BAD_ADDRESS: (
        QT_TRANSLATE_NOOP("Messages", "Not a valid web address (%1)."), ("detail",)),
    ImportCause.DOWNLOAD_TOO_LARGE: (
        QT_TRANSLATE_NOOP("Messages", "Larger than %1 MB."), ("limit",)),
    ImportCause.CONNECTION_CLOSED: (
        QT_TRANSLATE_NOOP("Messages", "The connection closed before the download finished."),
        ()),
    ImportCause.HTTP_STATUS: (
        QT_TRANSLATE_NOOP("Messages", "HTTP %1 %2"), ("code", "phrase")),
    ImportCause.SECURE_CONNECTION_FAILED: (
        QT_TRANSLATE_NOOP("Messages", "The secure connection to %1 failed (%2)."),
        ("host", "detail")),
    ImportCause.UNKNOWN_HOST: (
        QT_TRANSLATE_NOOP("Messages", "Could not connect: unknown host %1 (%2)."),
        ("host", "detail")),
    ImportCause.CANNOT_CONNECT: (
        QT_TRANSLATE_NOOP("Messages", "Could not connect to %1 (%2)."), ("host", "detail")),
    ImportCause.TIMED_OUT: (
        QT_TRANSLATE_NOOP("Messages", "No answer after %1 s."), ("seconds",)),
    ImportCause.TOO_MANY_REDIRECTS: (
        QT_TRANSLATE_NOOP("Messages", "Too many redirections (more than %1)."), ("limit",)),
    ImportCause.REDIRECTED_AWAY: (
        QT_TRANSLATE_NOOP("Messages", "Redirected to %1, which is not a web address."),
        ("address",)),
    # reading lists of links
    ImportCause.NO_LINKS: (
        QT_TRANSLATE_NOOP("Messages",
                          "No web addresses (http:// or https://) were found in this file."),
        ()),
    ImportCause.NOT_A_LINK_LIST: (
        QT_TRANSLATE_NOOP("Messages",
                          "Not a list of links: expected a bookmarks export, a text or CSV file "
                          "of web addresses, or a saved web page."),
        ()),
    ImportCause.LINK_LIST_TOO_LARGE: (
        QT_TRANSLATE_NOOP("Messages", "Too large for a list of links (more than %1 MB)."),
        ("limit",)),
    ImportCause.NOT_HTML: (
        QT_TRANSLATE_NOOP("Messages", "Not a readable HTML file (%1)."), ("detail",)),
    # project files
    ProjectCause.NOT_FOUND: (QT_TRANSLATE_NOOP("Messages", "No such project file."), ()),
    ProjectCause.FOLDER: (
        QT_TRANSLATE_NOOP("Messages", "This is a folder, not a project file."), ()),
    ProjectCause.TOO_NEW: (
        QT_TRANSLATE_NOOP("Messages",
                          "Made by a newer version of Annotator (project format %1; this "
                          "version knows up to %2). Please update Annotator."),
        ("version", "known")),
    ProjectCause.NOT_A_PROJECT: (QT_TRANSLATE_NOOP("Messages", "Not an Annotator project."), ()),
    ProjectCause.EMPTY_FILE: (
        QT_TRANSLATE_NOOP("Messages", "Not an Annotator project (the file is empty)."), ()),
    ProjectCause.NOT_A_PROJECT_OR_DAMAGED: (
        QT_TRANSLATE_NOOP("Messages", "Not an Annotator project, or a damaged one (%1)."),
        ("detail",)),
    ProjectCause.NEEDS_UPGRADE: (
        QT_TRANSLATE_NOOP("Messages", "This project needs an upgrade, but the file is read-only."),
        ()),
    ProjectCause.EXISTS: (QT_TRANSLATE_NOOP("Messages", "This file already exists."), ()),
    ProjectCause.READ_ONLY: (
        QT_TRANSLATE_NOOP("Messages",
                          "The file or its folder is read-only, so changes cannot be saved."),
        ()),
    ProjectCause.CANNOT_CREATE: (
        QT_TRANSLATE_NOOP("Messages", "The file cannot be created here (%1)."), ("detail",)),
    ProjectCause.BUSY: (
        QT_TRANSLATE_NOOP("Messages", "Another program keeps the file busy; try again (%1)."),
        ("detail",)),
    ProjectCause.CANNOT_OPEN: (
        QT_TRANSLATE_NOOP("Messages", "The file cannot be opened (%1)."), ("detail",)),
    # exporting
    ExportCause.NOT_A_FOLDER: (
        QT_TRANSLATE_NOOP("Messages", "Not a folder (annotated PDFs are written into a folder)."),
        ()),
    ExportCause.NO_HIGHLIGHTED_PDF: (
        QT_TRANSLATE_NOOP("Messages", "No PDF in the selection has highlights to export."), ()),
    ExportCause.CANNOT_CREATE_FOLDER: (
        QT_TRANSLATE_NOOP("Messages", "The folder cannot be created (%1)."), ("detail",)),
    ExportCause.NOT_A_PDF: (
        QT_TRANSLATE_NOOP("Messages", "Not a PDF, so it has no pages to highlight."), ()),
    ExportCause.PDF_PROTECTED: (
        QT_TRANSLATE_NOOP("Messages",
                          "The PDF is password-protected; highlights cannot be added to it."),
        ()),
    ExportCause.PDF_NOT_ANNOTATABLE: (
        QT_TRANSLATE_NOOP("Messages", "The PDF cannot be annotated (%1)."), ("detail",)),
    ExportCause.EMPTY_CODEBOOK: (
        QT_TRANSLATE_NOOP("Messages", "The codebook is empty: there is nothing to export."), ()),
    ExportCause.CANNOT_WRITE: (
        QT_TRANSLATE_NOOP("Messages", "The file cannot be written (%1)."), ("detail",)),
}


def describe(error: BaseException) -> str:
    """An error for the user, in their language: by cause code and parameters when it has
    them, else by its English text (`user_message`)."""
    if not isinstance(error, AnnotatorError) or error.code is None:
        return user_message(str(error))
    template, names = _TYPED[error.code]
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
