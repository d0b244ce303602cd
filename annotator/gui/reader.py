"""The reader in the window's centre: one document in a page view or a text view."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Document, Page
from annotator.core.project import Project
from annotator.gui.viewers.base import Highlight
from annotator.gui.viewers.pdf_view import PdfView
from annotator.gui.viewers.text_view import TextView

Viewer = TextView | PdfView


class ElidedLabel(QLabel):
    """A one-line label that shrinks with "…" instead of pushing its neighbours away."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)  # a title is data, never markup
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(80, super().sizeHint().height())

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._full = text
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(0, self.width() - 16)
        super().setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                                      width))


class Reader(QWidget):
    """Shows the current document; PDFs can switch between page and text view."""

    selectionChanged = Signal()
    annotationActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: Document | None = None
        # A PDF shown as pages gets its text view only when that is first shown: laying
        # out a long PDF's text takes about 0.1 s a user waiting for page 1 need not wait.
        self._text_pending: tuple[Document, list[Page]] | None = None
        self._highlights: dict[int, Highlight] = {}  # by annotation id
        self.text_view = TextView(self)
        self.pdf_view = PdfView(self)
        self.pdf_view.start_renderer()  # its library loads now, with the project opening
        self._stack = QStackedWidget(self)
        self._placeholder = QLabel(self.tr(
            "Open a document from the library on the left,\n"
            "or import PDFs and web pages with File ▸ Import (Ctrl+I)."))
        self._placeholder.setWordWrap(True)
        self._placeholder.setStyleSheet("color: palette(mid); font-size: 13pt;")
        self._placeholder.setMargin(40)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (self._placeholder, self.pdf_view, self.text_view):
            self._stack.addWidget(widget)
        for view in (self.text_view, self.pdf_view):
            view.selectionChanged.connect(self.selectionChanged)
            view.annotationActivated.connect(self.annotationActivated)

        self.toolbar = QToolBar(self.tr("Reader"), self)
        self.toolbar.setObjectName("readerToolbar")
        self._title = ElidedLabel(self)
        self._title.setStyleSheet("font-weight: 600; padding: 0 8px;")
        self.toolbar.addWidget(self._title)
        self.page_action = QAction(self.tr("Page view"), self, checkable=True)
        self.page_action.setToolTip(self.tr("Show the PDF pages (Ctrl+Shift+P)"))
        self.page_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.text_action = QAction(self.tr("Text view"), self, checkable=True)
        self.text_action.setToolTip(self.tr("Show the document as reflowed text (Ctrl+Shift+T)"))
        self.text_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        group = QActionGroup(self)
        for action in (self.page_action, self.text_action):
            group.addAction(action)
            self.toolbar.addAction(action)
        self.page_action.triggered.connect(lambda: self.set_page_mode(True))
        self.text_action.triggered.connect(lambda: self.set_page_mode(False))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self._stack)
        self._update_toggle()

    # -- showing ------------------------------------------------------------------
    @property
    def viewer(self) -> Viewer:
        return self.pdf_view if self._stack.currentWidget() is self.pdf_view else self.text_view

    @property
    def in_page_mode(self) -> bool:
        return self._stack.currentWidget() is self.pdf_view

    def show_document(self, project: Project, document: Document, *, page_mode: bool = True,
                      position: int = 0) -> None:
        self.document = document
        self._title.setText(document.title)
        self._title.setToolTip(document.source)
        # the page view reads a page's character boxes when it first needs them
        pages = project.pages(document.id, boxes=False) if document.kind == "pdf" else []
        if pages:
            document_id = document.id
            self.pdf_view.show_document(
                document, pages, project.original_bytes(document_id),
                boxes_of=lambda number: _boxes_or_none(project, document_id, number))
        self._highlights = {}
        # pages of a PDF opened with a password cannot be drawn (the password is not kept)
        can_draw = bool(pages) and not document.metadata.get("encrypted")
        if can_draw and page_mode:
            self._text_pending = (document, pages)
        else:
            self._text_pending = None
            self.text_view.show_document(document, pages)
        self._stack.setCurrentWidget(self.pdf_view if can_draw and page_mode else self.text_view)
        self._update_toggle()
        self.viewer.set_position(position)

    def clear(self) -> None:
        self.document = None
        self._text_pending = None
        self._highlights = {}
        self._title.setText("")
        self._stack.setCurrentWidget(self._placeholder)
        self._update_toggle()

    def set_page_mode(self, page_mode: bool) -> None:
        """Switch views keeping the reading position."""
        if self.document is None or self.document.kind != "pdf":
            return
        if page_mode == self.in_page_mode:
            return
        position = self.viewer.position()
        selection = self.viewer.selection()
        if not page_mode:
            self._build_text_view()
        self._stack.setCurrentWidget(self.pdf_view if page_mode else self.text_view)
        self.viewer.set_position(position)
        if selection:
            self.viewer.select_range(*selection)
        self._update_toggle()

    def _build_text_view(self) -> None:
        if self._text_pending is not None:
            document, pages = self._text_pending
            self._text_pending = None
            self.text_view.show_document(document, pages)
            self.text_view.set_highlights(list(self._highlights.values()))

    def _update_toggle(self) -> None:
        is_pdf = self.document is not None and self.document.kind == "pdf"
        for action in (self.page_action, self.text_action):
            action.setVisible(is_pdf)
        self.page_action.setChecked(self.in_page_mode)
        self.text_action.setChecked(not self.in_page_mode)

    # -- delegating to the current view ---------------------------------------------
    def set_highlights(self, highlights: list[Highlight]) -> None:
        self._highlights = {h.annotation_id: h for h in highlights}
        if self._text_pending is None:
            self.text_view.set_highlights(highlights)
        if self.document is not None and self.document.kind == "pdf":
            self.pdf_view.set_highlights(highlights)

    def patch_highlights(self, changed: list[Highlight], removed: list[int]) -> None:
        """Some highlights changed or went; the others are drawn as they were."""
        for annotation_id in removed:
            self._highlights.pop(annotation_id, None)
        self._highlights.update((h.annotation_id, h) for h in changed)
        if self._text_pending is None:
            self.text_view.patch_highlights(changed, removed)
        if self.document is not None and self.document.kind == "pdf":
            self.pdf_view.patch_highlights(changed, removed)

    def selection(self) -> tuple[int, int] | None:
        return self.viewer.selection() if self.document else None

    def clear_selection(self) -> None:
        self.viewer.clear_selection()

    def reveal(self, start: int, end: int) -> None:
        self.viewer.reveal(start, end, flash=True)

    def position(self) -> int:
        return self.viewer.position() if self.document else 0


def _boxes_or_none(project: Project, document_id: int, number: int) -> bytes | None:
    """A page's character boxes; None while the server of a server project is away (the
    page is drawn without its highlights until the connection is back)."""
    from annotator.core.store.postgres.errors import ServerAway

    try:
        return project.page_boxes(document_id, number)
    except ServerAway:
        return None
