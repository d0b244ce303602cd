"""Full-text search across every document and memo, hits shown in context."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QShowEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import AnnotatorError, SearchQueryError
from annotator.core.model import SearchHit
from annotator.core.search import parse_query, term_pattern
from annotator.core.store.postgres.errors import ServerAway
from annotator.core.textfold import fold
from annotator.gui.editor import Editor
from annotator.gui.messages import describe
from annotator.gui.panels.local_keys import LocalKeys
from annotator.gui.server_reads import waits_for_server

SEARCH_LIMIT = 200
TYPING_DELAY_MS = 300
MIN_TYPED_CHARS = 3
HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the SearchHit of a row
HTML_ROLE = Qt.ItemDataRole.UserRole + 2  # its snippet as rich text
HEADING_ROLE = Qt.ItemDataRole.UserRole + 3  # True on the first hit of a document
_BRACKETED = re.compile(r"\[([^\[\]]+)\]")


def snippet_html(snippet: str, query: str = "") -> str:
    """The snippet HTML-escaped, with its hit (wrapped in [ ] by the core) in bold.

    The text around a hit may hold brackets of its own ("[1]"), so the bracketed
    part matching one of the query's terms wins; failing that, the first one.
    """
    candidates = list(_BRACKETED.finditer(snippet))
    if not candidates:
        return html.escape(snippet)
    try:
        patterns = [term_pattern(t) for t in parse_query(query).terms if not t.negated]
    except SearchQueryError:
        patterns = []
    chosen = next((m for m in candidates
                   if any(p.fullmatch(fold(m.group(1))) for p in patterns)), candidates[0])
    return (html.escape(snippet[:chosen.start()]) + "<b>" + html.escape(chosen.group(1))
            + "</b>" + html.escape(snippet[chosen.end():]))


def error_color(palette: QPalette) -> QColor:
    """A red that reads well on the palette's window colour, light or dark."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ff7b72") if dark else QColor("#b3261e")


class HitDelegate(QStyledItemDelegate):
    """A hit: the document title on the first hit of each document, then the snippet."""

    MARGIN_X, MARGIN_Y, SPACING = 10, 6, 3

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = self._width(option)
        height = self._document(option, index, width).size().height()
        if index.data(HEADING_ROLE) or index.data(HIT_ROLE).in_memo:
            height += QFontMetrics(self._bold(option.font)).height() + self.SPACING
        return QSize(width, int(height) + 2 * self.MARGIN_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        painter.save()
        if opt.widget is not None:
            opt.widget.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)
        painter.setPen(opt.palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(opt.rect.left() + self.MARGIN_X, opt.rect.bottom(),
                         opt.rect.right() - self.MARGIN_X, opt.rect.bottom())
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        hint_role = (QPalette.ColorRole.HighlightedText if selected
                     else QPalette.ColorRole.PlaceholderText)
        hit: SearchHit = index.data(HIT_ROLE)
        rect = opt.rect.adjusted(self.MARGIN_X, self.MARGIN_Y, -self.MARGIN_X, -self.MARGIN_Y)
        y = rect.top()
        if index.data(HEADING_ROLE) or hit.in_memo:
            bold = self._bold(opt.font)
            metrics = QFontMetrics(bold)
            memo_label = self.tr("in memo") if hit.in_memo else ""
            italic = QFont(opt.font)
            italic.setItalic(True)
            memo_width = QFontMetrics(italic).horizontalAdvance(memo_label) + 8
            if index.data(HEADING_ROLE):
                painter.setFont(bold)
                painter.setPen(opt.palette.color(text_role))
                title = metrics.elidedText(hit.document_title, Qt.TextElideMode.ElideRight,
                                           rect.width() - memo_width)
                painter.drawText(rect.left(), y + metrics.ascent(), title)
            if memo_label:
                painter.setFont(italic)
                painter.setPen(opt.palette.color(hint_role))
                painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                                 memo_label)
            y += metrics.height() + self.SPACING
        document = self._document(opt, index, rect.width() + 2 * self.MARGIN_X)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(text_role))
        painter.translate(rect.left(), y)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
                  width: int) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        document.setHtml(index.data(HTML_ROLE) or "")
        document.setTextWidth(max(width - 2 * self.MARGIN_X, 40))
        return document

    @staticmethod
    def _bold(font: QFont) -> QFont:
        bold = QFont(font)
        bold.setBold(True)
        return bold

    @staticmethod
    def _width(option: QStyleOptionViewItem) -> int:
        viewport = getattr(option.widget, "viewport", None)
        return max(viewport().width(), 120) if viewport is not None else option.rect.width()


class SearchPanel(QWidget):
    """Click or Enter on a hit emits `hitActivated(document_id, start, end)`."""

    hitActivated = Signal(int, int, int)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._query = ""  # the last query that ran without error
        self._stale = False
        self.setAccessibleName(self.tr("Search"))

        self._field = QLineEdit(self)
        self._field.setPlaceholderText(
            self.tr('Search all documents — words, "phrases", prefix*, OR, NOT'))
        self._field.setAccessibleName(self.tr("Search all documents"))
        self._field.setToolTip(self.tr(
            'Words match without regard to case or accents; "quotes" match a phrase, '
            "commun* matches every word starting with commun; OR, NOT combine terms."))
        self._field.setClearButtonEnabled(True)
        self._error = QLabel(self)
        self._error.setWordWrap(True)
        self._error.setTextFormat(Qt.TextFormat.PlainText)
        self._error.hide()
        self._count = QLabel(self)
        self._count.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self._list = QListWidget(self)
        self._list.setAccessibleName(self.tr("Search results"))
        self._list.setAccessibleDescription(self.tr(
            "Enter opens the document at the hit; F6 moves to the next panel"))
        self._list.setItemDelegate(HitDelegate(self._list))
        self._list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self._empty = QLabel(self)
        self._empty.setWordWrap(True)
        self._empty.setTextFormat(Qt.TextFormat.PlainText)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setMargin(16)
        self._empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._empty)
        self._stack.addWidget(self._list)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.setSpacing(4)
        layout.addWidget(self._field)
        layout.addWidget(self._error)
        layout.addWidget(self._count)
        layout.addWidget(self._stack, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_DELAY_MS)
        self._timer.timeout.connect(self._run_typed)

        list_keys = LocalKeys(self)
        list_keys.bind("Return", self._activate_current)
        list_keys.bind("Enter", self._activate_current)
        list_keys.watch(self._list)
        field_keys = LocalKeys(self)
        field_keys.bind("Down", self._enter_results)
        field_keys.watch(self._field)

        self._field.textEdited.connect(self._typed)
        self._field.returnPressed.connect(self.run_search)
        self._list.clicked.connect(self._activate_current)
        editor.documentsChanged.connect(self._rerun)
        editor.annotationsChanged.connect(self._rerun)
        self._show_hits([])

    # -- public API ---------------------------------------------------------------
    def focus_search(self, text: str | None = None) -> None:
        """Focus the search field; with `text`, search for it at once."""
        if text:
            self._field.setText(" ".join(text.split()))
            self.run_search()
        self._field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._field.selectAll()

    @waits_for_server
    def run_search(self) -> None:
        """Search for what the field holds now (once the server is back, when the server of
        a server project is away: the hits shown meanwhile stay, under a note)."""
        self._timer.stop()
        query = self._field.text().strip()
        if not query:
            self._query = ""
            self._set_error("")
            self._show_hits([])
            return
        try:
            hits = self._editor.project.search(query, limit=SEARCH_LIMIT)
        except ServerAway:
            raise  # waits_for_server: searched again once the server is back
        except AnnotatorError as exc:  # SearchQueryError: the message says what is wrong
            self._query = ""
            self._set_error(describe(exc))
            self._show_hits([], empty_text="")
            return
        self._query = query
        self._set_error("")
        self._show_hits(hits)

    def waiting_for_server(self) -> None:
        """The server is away: the hits stay, the note says they wait (waits_for_server)."""
        self._set_error(self.tr("Waiting for the server to search again…"), error=False)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._stale:
            self._rerun()

    # -- internals ------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        if len(text.strip()) >= MIN_TYPED_CHARS:
            self._timer.start()
        else:
            self._timer.stop()
            if not text.strip():
                self.run_search()

    def _run_typed(self) -> None:
        if len(self._field.text().strip()) >= MIN_TYPED_CHARS:
            self.run_search()

    def _rerun(self) -> None:
        """Search again after an edit, so hits never point at stale offsets."""
        if not self.isVisible():  # a dock tab behind another catches up when shown
            self._stale = True
            return
        self._stale = False
        if self._query and self._field.text().strip() == self._query:
            row, scroll = self._list.currentRow(), self._list.verticalScrollBar().value()
            self.run_search()
            if 0 <= row < self._list.count():
                self._list.setCurrentRow(row)
            self._list.verticalScrollBar().setValue(scroll)

    def _set_error(self, message: str, *, error: bool = True) -> None:
        palette = self._error.palette()
        palette.setColor(QPalette.ColorRole.WindowText, error_color(self.palette()) if error
                         else self.palette().color(QPalette.ColorRole.PlaceholderText))
        self._error.setPalette(palette)
        self._error.setText(message[:1].upper() + message[1:])
        self._error.setVisible(bool(message))

    def _show_hits(self, hits: list[SearchHit], empty_text: str | None = None) -> None:
        first_seen: dict[int, int] = {}
        for position, hit in enumerate(hits):
            first_seen.setdefault(hit.document_id, position)
        ordered = sorted(hits, key=lambda h: first_seen[h.document_id])  # stable
        self._list.clear()
        previous = None
        for hit in ordered:
            item = QListWidgetItem(hit.snippet.replace("[", "").replace("]", ""))
            item.setData(HIT_ROLE, hit)
            body = snippet_html(hit.snippet, self._query)
            item.setData(HTML_ROLE, f"<i>{body}</i>" if hit.in_memo else body)
            item.setData(HEADING_ROLE, hit.document_id != previous)
            previous = hit.document_id
            self._list.addItem(item)
        self._stack.setCurrentWidget(self._list if hits else self._empty)
        self._count.setText(self._count_text(len(hits), len(first_seen)) if hits else "")
        self._count.setVisible(bool(hits))
        if empty_text is not None:
            self._empty.setText(empty_text)
        elif self._query:
            self._empty.setText(self.tr("No matches for %1").replace("%1", self._query))
        else:
            self._empty.setText(self.tr(
                "Type at least three letters, or press Enter.\n\n"
                "communaute finds “Communauté”\n"
                '"community manager" finds the phrase\n'
                "modér* finds modérer, modération\n"
                "moderation NOT forum leaves out forums"))

    def _count_text(self, hits: int, documents: int) -> str:
        if hits == 1:
            text = self.tr("1 hit in 1 document")
        elif documents == 1:
            text = self.tr("%n hits in 1 document", "", hits)
        else:
            text = self.tr("%n hits in %1 documents", "", hits).replace("%1", str(documents))
        if hits >= SEARCH_LIMIT:
            text += " " + self.tr("(showing the first %n)", "", SEARCH_LIMIT)
        return text

    def _enter_results(self) -> None:
        if self._list.count():
            self._list.setFocus(Qt.FocusReason.TabFocusReason)
            if self._list.currentRow() < 0:
                self._list.setCurrentRow(0)

    def _activate_current(self) -> None:
        item = self._list.currentItem()
        if item is not None:
            hit: SearchHit = item.data(HIT_ROLE)
            self.hitActivated.emit(hit.document_id, hit.start, hit.end)
