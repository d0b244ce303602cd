"""How the window words each typed core error: a French-translatable sentence per cause
code (annotator.core.causes), with the parameters that fill its %1, %2… in order.

The sentences live in the "Messages" translation context; annotator.gui.messages.describe
uses them.
"""

from __future__ import annotations

from annotator.core.causes import (
    BackupCause,
    CancelCause,
    Cause,
    CopyCause,
    EditCause,
    ExportCause,
    FaultCause,
    ImportCause,
    ProjectCause,
    SearchCause,
)
from annotator.gui.server_wordings import SERVER_WORDINGS
from annotator.gui.translations import QT_TRANSLATE_NOOP

# cause code -> (the translatable sentence, the parameters that fill its %1, %2…)
WORDINGS: dict[Cause, tuple[str, tuple[str, ...]]] = {
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
    ImportCause.SCANNED_PAGES_UNREADABLE: (
        QT_TRANSLATE_NOOP("Messages", "Cannot read scanned pages: %1."), ("detail",)),
    ImportCause.PDF_OUT_OF_MEMORY: (
        QT_TRANSLATE_NOOP("Messages",
                          "Reading the PDF used too much memory%1; the file may be damaged or "
                          "too complex."),
        ("amount",)),
    # sheets
    ImportCause.NO_PATH_COLUMN: (
        QT_TRANSLATE_NOOP("Messages",
                          "No Path column in the first row (expected a header such as "
                          "Path,Description,Colour,Shortcut)."),
        ()),
    ImportCause.NO_VARIABLE_NAMES: (
        QT_TRANSLATE_NOOP("Messages", "No variable names in the first row (expected a header "
                          "such as Document,Age,Site)."),
        ()),
    ImportCause.NOT_XLSX: (
        QT_TRANSLATE_NOOP("Messages", "Not a readable XLSX workbook (%1)."), ("detail",)),
    # REFI-QDA projects and codebooks
    ImportCause.ARCHIVE_TOO_MANY_FILES: (
        QT_TRANSLATE_NOOP("Messages", "The archive holds %1 files, more than %2."),
        ("count", "limit")),
    ImportCause.ARCHIVE_PATH_TRAVERSAL: (
        QT_TRANSLATE_NOOP("Messages",
                          "Refused: the archive member “%1” points outside the archive (path "
                          "traversal)."),
        ("member",)),
    ImportCause.MEMBER_MISSING: (QT_TRANSLATE_NOOP("Messages", "Not in the archive."), ()),
    ImportCause.MEMBER_ENCRYPTED: (
        QT_TRANSLATE_NOOP("Messages", "Encrypted archive members cannot be read."), ()),
    ImportCause.MEMBER_TOO_LARGE: (
        QT_TRANSLATE_NOOP("Messages", "Too large (%1 MB; the limit is %2 MB)."),
        ("size", "limit")),
    ImportCause.MEMBER_ZIP_BOMB: (
        QT_TRANSLATE_NOOP("Messages", "Refused: it expands %1 times (a zip bomb?)."), ("ratio",)),
    ImportCause.ARCHIVE_TOO_LARGE: (
        QT_TRANSLATE_NOOP("Messages", "Refused: the archive expands to more than %1 GB."),
        ("limit",)),
    ImportCause.MEMBER_DAMAGED: (
        QT_TRANSLATE_NOOP("Messages", "Damaged in the archive (%1)."), ("detail",)),
    ImportCause.MEMBER_UNPACKING_FAILED: (
        QT_TRANSLATE_NOOP("Messages", "Cannot be unpacked (%1)."), ("detail",)),
    ImportCause.NOT_A_ZIP: (
        QT_TRANSLATE_NOOP("Messages", "Not a readable zip archive (%1)."), ("detail",)),
    ImportCause.REFI_TOO_LARGE: (
        QT_TRANSLATE_NOOP("Messages", "Too large for a REFI-QDA file (%1 MB)."), ("size",)),
    ImportCause.XML_ENTITIES: (
        QT_TRANSLATE_NOOP("Messages",
                          "Refused: the XML declares entities (a possible entity-expansion "
                          "attack)."),
        ()),
    ImportCause.XML_OUTSIDE_RESOURCES: (
        QT_TRANSLATE_NOOP("Messages", "Refused: the XML refers to outside resources (%1)."),
        ("detail",)),
    ImportCause.XML_MALFORMED: (
        QT_TRANSLATE_NOOP("Messages", "Not well-formed XML (%1)."), ("detail",)),
    ImportCause.NOT_A_REFI_PROJECT_ROOT: (
        QT_TRANSLATE_NOOP("Messages", "Not a REFI-QDA project (its root is <%1>)."), ("root",)),
    ImportCause.NOT_A_REFI_CODEBOOK: (
        QT_TRANSLATE_NOOP("Messages", "Not a REFI-QDA codebook (its root is <%1>)."), ("root",)),
    ImportCause.NOT_A_REFI_PROJECT: (
        QT_TRANSLATE_NOOP("Messages",
                          "Not a REFI-QDA project: neither a .qdpx archive nor QDA-XML."),
        ()),
    ImportCause.NO_REFI_PROJECT: (
        QT_TRANSLATE_NOOP("Messages", "No project (.qde file) in the archive."), ()),
    ImportCause.SEVERAL_REFI_PROJECTS: (
        QT_TRANSLATE_NOOP("Messages",
                          "Several projects in the archive (%1): cannot tell which one to "
                          "import."),
        ("names",)),
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
    ProjectCause.DISK_FULL: (
        QT_TRANSLATE_NOOP("Messages",
                          "The disk is full: this change was not saved; your earlier work is "
                          "safe. Free some space and try again."),
        ()),
    ProjectCause.SAVE_READ_ONLY: (
        QT_TRANSLATE_NOOP("Messages",
                          "The project is read-only: this change was not saved; your earlier "
                          "work is safe. Save a copy elsewhere to keep working."),
        ()),
    ProjectCause.SAVE_BUSY: (
        QT_TRANSLATE_NOOP("Messages",
                          "Another program kept the file busy for %1 s: this change was not "
                          "saved; your earlier work is safe. Try again."),
        ("seconds",)),
    ProjectCause.SAVE_FAILED: (
        QT_TRANSLATE_NOOP("Messages",
                          "The file could not be written (%1): this change was not saved; "
                          "your earlier work is safe."),
        ("detail",)),
    ProjectCause.SAVE_DAMAGED: (
        QT_TRANSLATE_NOOP("Messages",
                          "The project file is damaged (%1): this change was not saved. Run "
                          "“annotator check” on it or restore a backup."),
        ("detail",)),
    ProjectCause.DAMAGED: (
        QT_TRANSLATE_NOOP("Messages", "The project file is damaged (%1)."), ("detail",)),
    ProjectCause.MERGE_INTO_ITSELF: (
        QT_TRANSLATE_NOOP("Messages", "A project cannot be merged into itself."), ()),
    # edits of the project's contents
    EditCause.NO_DOCUMENT: (
        QT_TRANSLATE_NOOP("Messages", "This document is no longer in the project (%1)."),
        ("id",)),
    EditCause.NO_CONCEPT: (
        QT_TRANSLATE_NOOP("Messages", "This concept is no longer in the project (%1)."),
        ("id",)),
    EditCause.NO_ANNOTATION: (
        QT_TRANSLATE_NOOP("Messages", "This highlight is no longer in the project (%1)."),
        ("id",)),
    EditCause.NO_MISSING_SOURCE: (
        QT_TRANSLATE_NOOP("Messages", "This missing source is no longer in the project (%1)."),
        ("id",)),
    EditCause.NO_VARIABLE: (
        QT_TRANSLATE_NOOP("Messages", "This variable is no longer in the project (%1)."),
        ("id",)),
    EditCause.NO_SET: (
        QT_TRANSLATE_NOOP("Messages", "This set is no longer in the project (%1)."), ("id",)),
    EditCause.NOT_A_RANGE: (
        QT_TRANSLATE_NOOP("Messages", "The passage %1–%2 is not a range of the document."),
        ("start", "end")),
    EditCause.OUTSIDE_DOCUMENT: (
        QT_TRANSLATE_NOOP("Messages",
                          "The passage %1–%2 is outside the document (0–%3): it may have "
                          "changed elsewhere."),
        ("start", "end", "length")),
    EditCause.NO_WORD_TO_AUTOCODE: (
        QT_TRANSLATE_NOOP("Messages", "Cannot autocode this selection: it holds no word."), ()),
    EditCause.BAD_KEY: (
        QT_TRANSLATE_NOOP("Messages", "A concept's key must be one of %1."), ("keys",)),
    EditCause.KEY_TAKEN: (
        QT_TRANSLATE_NOOP("Messages", "The key %1 already applies the concept “%2”."),
        ("key", "concept")),
    EditCause.MOVED_UNDER_ITSELF: (
        QT_TRANSLATE_NOOP("Messages", "A concept cannot be moved under itself."), ()),
    EditCause.MERGED_INTO_ITSELF: (
        QT_TRANSLATE_NOOP("Messages", "A concept cannot be merged into itself."), ()),
    EditCause.MERGED_INTO_SUB_CONCEPT: (
        QT_TRANSLATE_NOOP("Messages",
                          "A concept cannot be merged into one of its own sub-concepts."),
        ()),
    EditCause.SUB_CONCEPTS_CLASH: (
        QT_TRANSLATE_NOOP("Messages", "“%1” already has sub-concepts named %2."),
        ("concept", "names")),
    EditCause.CONCEPT_NAME_EMPTY: (QT_TRANSLATE_NOOP("Messages", "A concept needs a name."), ()),
    EditCause.CONCEPT_NAME_SLASH: (
        QT_TRANSLATE_NOOP("Messages", "A concept name cannot contain “/”."), ()),
    EditCause.CONCEPT_NAME_TAKEN: (
        QT_TRANSLATE_NOOP("Messages", "There is already a concept named “%1” here."), ("name",)),
    EditCause.NOT_YES_OR_NO: (
        QT_TRANSLATE_NOOP("Messages", "“%1” is not yes or no."), ("value",)),
    EditCause.NOT_A_CATEGORY: (
        QT_TRANSLATE_NOOP("Messages", "“%1” is not one of its categories (%2)."),
        ("value", "choices")),
    EditCause.NOT_A_NUMBER: (QT_TRANSLATE_NOOP("Messages", "“%1” is not a number."), ("value",)),
    EditCause.NOT_FINITE: (QT_TRANSLATE_NOOP("Messages", "%1 is not a number."), ("value",)),
    EditCause.NOT_A_DATE: (
        QT_TRANSLATE_NOOP("Messages", "“%1” is not a date written YYYY-MM-DD."), ("value",)),
    EditCause.VARIABLE_NAME_EMPTY: (
        QT_TRANSLATE_NOOP("Messages", "A variable needs a name."), ()),
    EditCause.VARIABLE_NAME_TAKEN: (
        QT_TRANSLATE_NOOP("Messages", "There is already a variable named “%1”."), ("name",)),
    EditCause.UNKNOWN_VARIABLE_TYPE: (
        QT_TRANSLATE_NOOP("Messages", "Unknown type “%1” (one of %2)."), ("type", "types")),
    EditCause.CATEGORY_NEEDS_CHOICES: (
        QT_TRANSLATE_NOOP("Messages", "A category needs its list of choices."), ()),
    EditCause.CHOICES_ONLY_FOR_CATEGORY: (
        QT_TRANSLATE_NOOP("Messages", "Only a category has a list of choices."), ()),
    EditCause.SET_NAME_EMPTY: (QT_TRANSLATE_NOOP("Messages", "A set needs a name."), ()),
    EditCause.SET_NAME_TAKEN: (
        QT_TRANSLATE_NOOP("Messages", "There is already a set named “%1”."), ("name",)),
    EditCause.MEMO_CONFLICT: (
        QT_TRANSLATE_NOOP("Messages",
                          "The memo of the passage “%1” was changed elsewhere at %2, after "
                          "you opened it: your memo was not saved."),
        ("passage", "updated")),
    EditCause.CONCEPT_CONFLICT: (
        QT_TRANSLATE_NOOP("Messages",
                          "The concept “%1” was changed elsewhere after you opened it: your "
                          "change was not saved."),
        ("name",)),
    EditCause.MEMO_CONFLICT_BY: (
        QT_TRANSLATE_NOOP("Messages",
                          "%1 changed the memo of the passage “%2” at %3, after you opened it: "
                          "your memo was not saved."),
        ("by", "passage", "updated")),
    EditCause.CONCEPT_CONFLICT_BY: (
        QT_TRANSLATE_NOOP("Messages",
                          "%1 changed the concept “%2” at %3, after you opened it: your change "
                          "was not saved."),
        ("by", "name", "updated")),
    # backups
    BackupCause.CANNOT_WRITE: (
        QT_TRANSLATE_NOOP("Messages", "Backups cannot be written there (%1)."), ("detail",)),
    BackupCause.NONE_YET: (
        QT_TRANSLATE_NOOP("Messages", "No backups yet (they go in %1)."), ("folder",)),
    BackupCause.NO_SUCH_BACKUP: (
        QT_TRANSLATE_NOOP("Messages", "No such backup of %1."), ("project",)),
    BackupCause.BACKUP_DAMAGED: (
        QT_TRANSLATE_NOOP("Messages", "This backup is damaged too (%1)."), ("detail",)),
    BackupCause.CANNOT_RESTORE: (
        QT_TRANSLATE_NOOP("Messages", "The backup could not be put in place (%1)."),
        ("detail",)),
    BackupCause.SAME_PLACE: (
        QT_TRANSLATE_NOOP("Messages", "Choose another place than the project itself."), ()),
    BackupCause.COPY_FAILED: (
        QT_TRANSLATE_NOOP("Messages", "The copy could not be written (%1)."), ("detail",)),
    # copies to another file or server
    CopyCause.FOLDER: (
        QT_TRANSLATE_NOOP("Messages", "This is a folder, not a project file."), ()),
    CopyCause.EXISTS: (
        QT_TRANSLATE_NOOP("Messages", "This file already exists (use --force to replace it)."),
        ()),
    CopyCause.NOT_EMPTY: (
        QT_TRANSLATE_NOOP("Messages",
                          "It already holds a project (%1); use --force to replace it."),
        ("contents",)),
    CopyCause.INCOMPLETE: (
        QT_TRANSLATE_NOOP("Messages", "The copy is incomplete (%1)."), ("detail",)),
    CopyCause.NO_PLACE: (
        QT_TRANSLATE_NOOP("Messages",
                          "It cannot be copied whole: the destination has no place for %1. "
                          "Update Annotator or the server (annotator server init)."),
        ("tables",)),
    CopyCause.NO_COLUMN: (
        QT_TRANSLATE_NOOP("Messages",
                          "The table %1 has no column %2. Update Annotator or the server "
                          "(annotator server init)."),
        ("table", "columns")),
    # searching
    SearchCause.QUOTE_NOT_CLOSED: (
        QT_TRANSLATE_NOOP("Messages", "Cannot understand this search: a quote (\") is not closed."),
        ()),
    SearchCause.NO_TERM_BEFORE: (
        QT_TRANSLATE_NOOP("Messages", "Cannot understand this search: %1 needs a word before it."),
        ("operator",)),
    SearchCause.NOTHING_AFTER: (
        QT_TRANSLATE_NOOP("Messages", "Cannot understand this search: nothing after %1."),
        ("operator",)),
    SearchCause.NOT_UNDERSTOOD: (
        QT_TRANSLATE_NOOP("Messages", "Cannot understand this search (%1)."), ("detail",)),
    # long work stopped by the user
    CancelCause.OPERATION: (QT_TRANSLATE_NOOP("Messages", "Cancelled."), ()),
    CancelCause.IMPORT: (QT_TRANSLATE_NOOP("Messages", "Import cancelled."), ()),
    CancelCause.REFI_IMPORT: (QT_TRANSLATE_NOOP("Messages", "Import cancelled."), ()),
    CancelCause.DOWNLOAD: (QT_TRANSLATE_NOOP("Messages", "Download cancelled."), ()),
    CancelCause.EXPORT: (QT_TRANSLATE_NOOP("Messages", "Export cancelled."), ()),
    CancelCause.MERGE: (QT_TRANSLATE_NOOP("Messages", "Merge cancelled."), ()),
    FaultCause.UNEXPECTED: (QT_TRANSLATE_NOOP("Messages", "Unexpected error (%1)."), ("detail",)),
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
    ExportCause.UNKNOWN_FORMAT: (
        QT_TRANSLATE_NOOP("Messages", "Unknown export format “%1” (known: %2)."),
        ("format", "known")),
    ExportCause.UNKNOWN_OPTION: (
        QT_TRANSLATE_NOOP("Messages", "The %1 format has no option “%2”."), ("format", "option")),
    # server projects
    **SERVER_WORDINGS,
}
