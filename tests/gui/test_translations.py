"""The window in French: complete catalogues, and no English left on screen.

A French translator is loaded into the test application for the tests that
need it and removed afterwards. Every text the window shows (labels, buttons,
actions, titles, placeholders, tooltips, accessible names) must come from a
finished French translation, or be the user's own data.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

from annotator import APP_NAME
from annotator.core.demo import build_demo
from annotator.core.paths import resources_dir
from annotator.gui import translations
from annotator.gui.export_dialog import ExportDialog
from annotator.gui.main_window import MainWindow
from annotator.gui.messages import user_message
from annotator.gui.preferences import LANGUAGE_NAMES, PreferencesDialog
from annotator.gui.settings import AppSettings
from annotator.gui.shortcuts_dialog import ShortcutsDialog, window_menus
from annotator.gui.welcome import WelcomeDialog

REPO = Path(__file__).resolve().parents[2]
CATALOGUES = resources_dir() / "translations"
PLACEHOLDER = re.compile(r"%L?n|%\d|%s|%d|\{\w+\}")


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    forms: tuple[str, ...]
    finished: bool


@cache
def catalogue(language: str) -> tuple[Entry, ...]:
    root = ET.parse(CATALOGUES / f"annotator_{language}.ts").getroot()
    entries = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = tuple(f.text or "" for f in translation.iter("numerusform")) or (
                translation.text or "",)
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            entries.append(Entry(name, message.findtext("source") or "", forms, finished))
    return tuple(entries)


def plain(text: str) -> str:
    """A text as compared: no accelerator marks, no trailing ellipsis or colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(".…:\u00a0 ")


class FrenchChecker:
    """Tells whether a shown text comes from the French catalogue (or is user data)."""

    def __init__(self, user_data: set[str]) -> None:
        entries = [e for e in catalogue("fr") if e.finished]
        self.english = {plain(e.source): e for e in entries}
        self.exact = {plain(form) for e in entries for form in e.forms}
        patterns = set()
        for form in (form for e in entries for form in e.forms):
            for part in [form, *self._segments(form)]:
                pieces = PLACEHOLDER.split(plain(part))
                if len(pieces) > 1 and re.search(r"[^\W\d_]", "".join(pieces)):
                    patterns.add(".*".join(re.escape(p) for p in pieces))
        self.patterns = [re.compile(p, re.DOTALL) for p in patterns]
        self.segments = {plain(s) for e in entries for f in e.forms for s in self._segments(f)}
        self.user_data = sorted((d for d in user_data if d.strip()), key=len, reverse=True)

    @staticmethod
    def _segments(text: str) -> list[str]:
        return [s for s in re.split(r"<[^>]+>|\n| — ", text) if s.strip()]

    def _known(self, text: str) -> bool:
        text = plain(text)
        return (not re.search(r"[^\W\d_]", text) or text in self.exact
                or text in self.segments or any(p.fullmatch(text) for p in self.patterns))

    def problem(self, text: str) -> str | None:
        """None if `text` is French (or data); else why not."""
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        if self._known(text):
            return None
        for value in self.user_data:  # whole words only: a coder may be called "A"
            text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", "§", text)
        if self._known(text):
            return None
        if all(self._known(segment) for segment in self._segments(text)):
            return None
        entry = self.english.get(plain(text))
        if entry is not None:
            return f"untranslated ({entry.context})"
        return "not from the catalogue (a text outside tr()?)"


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a user can see or hear under `root`."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget | QAction, what: str, text: str) -> None:
        if text and text.strip():
            found.append((f"{type(widget).__name__} {widget.objectName()} {what}", text))

    for widget in [root, *root.findChildren(QWidget)]:
        if qt_own(widget):
            continue
        add(widget, "title", widget.windowTitle() if widget.isWindow() or
            widget.inherits("QDockWidget") else "")
        add(widget, "tooltip", widget.toolTip())
        add(widget, "accessible name", widget.accessibleName())
        add(widget, "accessible description", widget.accessibleDescription())
        if isinstance(widget, QLabel):
            add(widget, "text", widget.text())
        if isinstance(widget, QAbstractButton):
            add(widget, "text", widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            add(widget, "placeholder", widget.placeholderText())
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(widget, "item", widget.itemText(index))
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget, "tab", widget.tabText(index))
        if isinstance(widget, QMenu):
            add(widget, "menu title", widget.title())
        if isinstance(widget, QTreeView | QTableView) and widget.model() is not None:
            model = widget.model()
            header = widget.header() if isinstance(widget, QTreeView) else (
                widget.horizontalHeader())
            for column in range(header.count()):
                add(widget, "header", str(model.headerData(
                    column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or ""))
                add(widget, "header tooltip", str(model.headerData(
                    column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) or ""))
    for action in root.findChildren(QAction):
        add(action, "text", action.text())
        add(action, "tooltip", action.toolTip())
        add(action, "status tip", action.statusTip())
    return found


def qt_own(widget: QWidget) -> bool:
    """Parts Qt makes and names itself (dock and tab buttons, standard OK/Cancel/Close):
    Qt's own French catalogue speaks for them."""
    name = widget.objectName()
    box = widget.parentWidget()
    standard = (isinstance(box, QDialogButtonBox) and isinstance(widget, QAbstractButton)
                and box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton)
    return standard or name.startswith("qt_") or name in ("ScrollLeftButton", "ScrollRightButton")


def untranslated(root: QWidget, checker: FrenchChecker) -> list[str]:
    return sorted({f"{where}: {text!r}: {why}" for where, text in shown_texts(root)
                   if (why := checker.problem(text)) is not None})


def user_data_of(window: MainWindow) -> set[str]:
    project = window.project
    data = {APP_NAME, Path(project.path).stem, window.settings.author}
    for summary in project.documents():
        document = project.document(summary.id)
        data |= {document.title, document.source}
        data |= {str(v) for v in document.metadata.values()}
    for concept in project.concepts():
        data |= {concept.name, project.concept_path(concept.id), concept.description or ""}
    for annotation in project.annotations():
        data |= {annotation.quote, annotation.memo, annotation.author}
    for action in window.window_actions.recent_menu.actions():
        data |= {action.text(), action.toolTip()}
    return data


# -- fixtures ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.annot"
    build_demo(path)
    return path


@pytest.fixture
def window(french, window: MainWindow, demo_file: Path, tmp_path: Path) -> MainWindow:
    project = tmp_path / "demo.annot"
    shutil.copy(demo_file, project)
    assert window.open_project(project)
    pdf = next(d for d in window.project.documents() if d.kind == "pdf")
    window.open_document(pdf.id)
    return window


@pytest.fixture
def checker(window: MainWindow) -> FrenchChecker:
    endonyms = set(LANGUAGE_NAMES.values())  # "English" stays English in the French window
    return FrenchChecker(user_data_of(window) | endonyms)


# -- the catalogues ------------------------------------------------------------------------
def test_the_french_catalogue_is_finished_and_keeps_every_placeholder() -> None:
    entries = catalogue("fr")
    assert len(entries) > 500
    unfinished = [e.source for e in entries if not e.finished or not all(e.forms)]
    assert unfinished == []
    for entry in entries:
        wanted = set(PLACEHOLDER.findall(entry.source)) - {"%n"}
        for form in entry.forms:
            assert wanted <= set(PLACEHOLDER.findall(form)), (entry.source, form)
        if "&" in entry.source.replace("&&", ""):
            assert all("&" in form for form in entry.forms), entry.source


def test_the_english_catalogue_gives_singular_and_plural() -> None:
    entries = catalogue("en")
    assert entries and all(e.finished and len(e.forms) == 2 for e in entries)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_compiled_catalogues_are_up_to_date(language: str, tmp_path: Path) -> None:
    """The .qm files are committed (no Qt tools at run time): they must match the .ts."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    compiled = tmp_path / f"annotator_{language}.qm"
    subprocess.run([str(lrelease), "-silent", str(CATALOGUES / f"annotator_{language}.ts"),
                    "-qm", str(compiled)], check=True)
    assert compiled.read_bytes() == (CATALOGUES / f"annotator_{language}.qm").read_bytes()


@pytest.mark.skipif(sys.platform == "win32", reason="the refresh script is a bash script")
def test_every_text_of_the_code_has_a_french_translation() -> None:
    result = subprocess.run([str(REPO / "packaging" / "translations"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# -- the window in French ----------------------------------------------------------------
def test_every_menu_and_action_of_the_menus_is_french(window: MainWindow) -> None:
    entries = [e for e in catalogue("fr") if e.finished]
    english = {e.source for e in entries}
    french = {form for e in entries for form in e.forms}
    menus = window_menus(window.menuBar().actions())
    assert [m.title() for m in menus] == ["&Fichier", "É&dition", "&Affichage", "A&ller",
                                          "Aid&e"]
    checked = 0
    pending = list(menus)
    while pending:
        menu = pending.pop()
        if menu is window.window_actions.recent_menu:  # the user's own project files
            continue
        for action in menu.actions():
            if action.isSeparator():
                continue
            if action.menu() is not None:
                pending.append(action.menu())
            text = action.text()
            assert text in french or any(
                re.fullmatch(re.escape(f).replace("%s", ".+"), text) for f in french), text
            assert text not in english or text in french, f"English in the menus: {text!r}"
            checked += 1
    assert checked > 40


def test_nothing_in_the_main_window_is_left_in_english(window: MainWindow,
                                                       checker: FrenchChecker) -> None:
    for dock in window.docks.values():  # every panel's empty and filled states
        dock.raise_()
    window.reader.set_page_mode(False)
    problems = untranslated(window, checker)
    assert problems == []
    assert window.docks["library"].windowTitle() == "Bibliothèque"
    assert window.reader.text_view.text_edit.accessibleName() == "Texte du document"


def test_the_check_sees_english_and_texts_outside_the_catalogue(window: MainWindow,
                                                               checker: FrenchChecker) -> None:
    assert len(shown_texts(window)) > 150
    probe = QLabel("Open project", window.library)
    assert checker.problem(probe.text()) == "untranslated (WindowActions)"
    probe.setToolTip("Drag documents here")
    assert any("Drag documents here" in p for p in untranslated(window, checker))
    probe.setText(f"Ouvrir un projet — {window.project.documents()[0].title}")
    assert checker.problem(probe.text()) is None


def test_dialogs_are_french(qtbot, window: MainWindow, checker: FrenchChecker) -> None:
    welcome = WelcomeDialog(window.settings, window)
    export = ExportDialog(window.project, window.current_document_id, window)
    sheet = ShortcutsDialog(window_menus(window.menuBar().actions()), window)
    preferences = PreferencesDialog(window.settings, window)
    for dialog in (welcome, export, sheet, preferences):
        qtbot.addWidget(dialog)
        assert untranslated(dialog, checker) == [], dialog.windowTitle()
    assert welcome.windowTitle() == f"Bienvenue dans {APP_NAME}"
    assert export.windowTitle() == "Exporter"
    cancel = export.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Annuler"  # Qt's own catalogue
    groups = [sheet.tree.topLevelItem(i).text(0) for i in range(sheet.tree.topLevelItemCount())]
    assert groups[:2] == ["Fichier", "Édition"] and "Vue texte" in groups
    assert ("Maj+F6", "Panneau précédent") in sheet.rows()  # key names in French too
    assert preferences.language.itemText(1) == LANGUAGE_NAMES["fr"]


def test_the_concept_deletion_question_is_french(window: MainWindow, monkeypatch) -> None:
    asked = []

    def question(_parent, title, text, *_args):
        asked.append((title, text))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    parent = next(c for c in window.project.concepts()
                  if sum(d.parent_id == c.id for d in window.project.concepts()) == 2)
    window.concepts_panel.select_concept(parent.id)
    assert not window.concepts_panel.delete_current()
    [(title, text)] = asked
    assert title == "Supprimer le concept"
    assert text.startswith(f"Supprimer «\u00a0{parent.name}\u00a0» et ses 2 sous-concepts\u00a0?")
    assert "Vous pourrez l'annuler avec Édition ▸ Annuler." in text


def test_an_edit_refused_by_the_core_is_explained_in_french(qtbot, window: MainWindow) -> None:
    existing = window.project.concepts()[0]
    with qtbot.waitSignal(window.editor.errorOccurred) as blocker:
        assert window.editor.add_concept(existing.name.upper()) is None
    name = existing.name.upper()
    expected = f"Il existe déjà un concept nommé «\u00a0{name}\u00a0» à cet endroit."
    assert blocker.args == [expected]
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None and box.text() == expected


def test_dates_and_numbers_follow_the_language(french) -> None:
    assert QLocale().language() == QLocale.Language.French
    assert QLocale().toString(1234) == "1\u202f234"


def test_a_bare_c_locale_gets_the_languages_dates(qapp, monkeypatch) -> None:
    before = QLocale()
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale.c()))
    installed = translations.install(qapp, "en")
    try:
        assert QLocale().language() == QLocale.Language.English
        written = QLocale().toString(QDate(2026, 12, 6), QLocale.FormatType.ShortFormat)
        assert written == "12/6/26", written
    finally:
        translations.uninstall(qapp, installed)
        QLocale.setDefault(before)


# -- choosing the language -------------------------------------------------------------------
def test_the_language_comes_from_the_environment_then_the_setting_then_the_system(
        tmp_path: Path, monkeypatch) -> None:
    settings = tmp_path / "settings.ini"
    monkeypatch.delenv(translations.ENV_VARIABLE, raising=False)
    assert translations.chosen_language(settings) == translations.system_language()
    translations.store_language("fr", settings)
    assert translations.chosen_language(settings) == "fr"
    monkeypatch.setenv(translations.ENV_VARIABLE, "en")
    assert translations.chosen_language(settings) == "en"
    monkeypatch.setenv(translations.ENV_VARIABLE, "klingon")  # unknown: ignored
    assert translations.chosen_language(settings) == "fr"
    translations.store_language("", settings)
    assert translations.stored_language(settings) == ""


def test_english_plurals_come_from_the_english_catalogue(qapp) -> None:
    installed = translations.install(qapp, "en")
    try:
        assert qapp.translate("AnnotationsPanel", "%n highlights", "", 1) == "1 highlight"
        thousands = qapp.translate("AnnotationsPanel", "%n highlights", "", 1234)
        assert thousands == f"{QLocale().toString(1234)} highlights"  # the locale's digits
    finally:
        translations.uninstall(qapp, installed)


def test_preferences_store_the_language_and_apply_name_and_size(qtbot, tmp_path: Path) -> None:
    settings = AppSettings(tmp_path / "settings.ini")
    dialog = PreferencesDialog(settings, settings_file=tmp_path / "settings.ini")
    qtbot.addWidget(dialog)
    assert not dialog.restart_note.isVisibleTo(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.restart_note.isVisibleTo(dialog)  # the language applies at next start
    dialog.author.setText("  Camille ")
    dialog.text_size.setValue(130)
    with qtbot.waitSignals([dialog.authorChanged, dialog.fontScaleChanged]):
        dialog.accept()
    assert translations.stored_language(tmp_path / "settings.ini") == "fr"
    assert settings.author == "Camille"
    assert settings.font_scale == pytest.approx(1.3)


def test_preferences_are_in_the_edit_menu_with_ctrl_comma(window: MainWindow) -> None:
    edit = window_menus(window.menuBar().actions())[1]
    [action] = [a for a in edit.actions() if a.shortcut().toString() == "Ctrl+,"]
    assert action.text() == "Pré&férences…"


# -- core messages at the window's edge --------------------------------------------------------
@pytest.mark.parametrize("core, shown", [
    ("Âge: 'douze' is not a number", "Âge: “douze” is not a number."),
    ("/data/scan.pdf: password required", "/data/scan.pdf: A password is required."),
    ("notes.html: not a PDF, web page or text file (looks like binary data)",
     "notes.html: Not a PDF, a web page or a text file (it looks like binary data)."),
    ("cannot understand this search: an empty phrase",
     "Cannot understand this search (an empty phrase)."),
    ("https://x.org/a: timed out after 30 s", "https://x.org/a: No answer after 30 s."),
    ("something nobody foresaw", "Something nobody foresaw"),
    ("rapport.pdf: something nobody foresaw", "rapport.pdf: something nobody foresaw"),
])
def test_core_messages_get_a_capital_and_their_details(core: str, shown: str) -> None:
    assert user_message(core) == shown


def test_core_messages_in_french(french) -> None:
    assert user_message("a.pdf: the file is empty") == "a.pdf: Le fichier est vide."
    assert user_message("https://x.org/a: HTTP 404 Not Found") == (
        "https://x.org/a: Erreur HTTP 404 (Not Found)")
    assert user_message("cannot understand this search: an empty phrase") == (
        "Recherche incompréhensible (an empty phrase).")
