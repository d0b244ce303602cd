"""File ▸ Export…: choose a format, the documents and concepts, and where to write."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.exporting import FORMATS, ExportFormat, ExportSelection, naming
from annotator.core.exporting.codebook import Codebook
from annotator.core.exporting.refi_names import repeated_names
from annotator.core.project import Project
from annotator.gui.export_pickers import (
    ConceptChooser,
    DocumentChooser,
    FormatChooser,
    format_entries,
)

# Kept in the project: each project tends to be exported in the same format.
FORMAT_SETTING = "export.format"


@dataclass(frozen=True)
class ExportRequest:
    """One export to run: the format's registry name, where to write, what to include."""

    format_name: str
    destination: Path
    selection: ExportSelection | None
    options: Mapping[str, Any] = field(default_factory=dict)  # the format's keyword options


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def starting_folder(project: Project, recent: Path | None) -> Path:
    """Where an export is suggested: the folder last exported to in this session, else the
    project file's own folder (a server project has none), else the documents folder."""
    if recent is not None and recent.is_dir():
        return recent
    if isinstance(project.location, Path):
        folder = project.path.resolve().parent
        if folder.is_dir() and os.access(folder, os.W_OK):
            return folder
    return documents_folder()


class ExportDialog(QDialog):
    """Collects an ExportRequest; the caller runs it once the dialog is accepted."""

    def __init__(
        self,
        project: Project,
        current_document_id: int | None = None,
        parent: QWidget | None = None,
        recent_folder: Path | None = None,
    ) -> None:
        """`recent_folder`: where the user last exported in this session, if anywhere."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.setObjectName("exportDialog")
        self.project = project
        self._folder = starting_folder(project, recent_folder)
        self._confirmed: Path | None = None  # a path whose replacement the user approved
        self.formats = FormatChooser(self.tr("Format"), format_entries(), self)
        self.format_buttons = self.formats.buttons
        self.format_note = self.formats.note

        documents = project.documents()
        self.documents = DocumentChooser(documents, current_document_id, self)
        self.concepts = ConceptChooser(project.concepts(), project.concept_usage(), self)
        self.scope_note = QLabel(self)
        self.scope_note.setWordWrap(True)
        self.scope_note.setObjectName("exportScopeNote")
        choices = QVBoxLayout()
        choices.addWidget(self.documents, 1)
        choices.addWidget(self.concepts, 1)
        choices.addWidget(self.scope_note)
        self.raw_check = QCheckBox(
            self.tr(
                "Keep every cell exactly as stored (no ' before text a spreadsheet would "
                "run as a formula)"
            ),
            self,
        )
        self.raw_check.setObjectName("exportRaw")
        self.raw_check.setToolTip(
            self.tr(
                "Only for a program that reads the file as data: a spreadsheet opening it could "
                "run a cell such as =HYPERLINK(…) as a formula."
            )
        )
        choices.addWidget(self.raw_check)
        self._add_separator_choice(choices)
        self._add_refi_options(choices, Codebook(project.concepts()))

        self.destination_edit = QLineEdit(self)
        self.destination_edit.setObjectName("exportDestination")
        self.destination_edit.setAccessibleName(self.tr("Export to"))
        self.choose_button = QPushButton(self.tr("&Choose…"), self)
        self.destination_label = QLabel(self.tr("&Save as:"), self)
        self.destination_label.setBuddy(self.destination_edit)
        where = QHBoxLayout()
        where.addWidget(self.destination_label)
        where.addWidget(self.destination_edit, 1)
        where.addWidget(self.choose_button)
        # Says when the name chose the format, or which extension is added to it.
        self.name_note = QLabel(self)
        self.name_note.setObjectName("exportNameNote")
        self.name_note.setWordWrap(True)

        self.problem = QLabel(self)
        self.problem.setObjectName("exportProblem")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.problem, 1)
        bottom.addWidget(self.buttons)

        columns = QHBoxLayout()
        columns.addWidget(self.formats)
        columns.addLayout(choices, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(where)
        layout.addWidget(self.name_note)
        layout.addLayout(bottom)

        self.formats.chosen.connect(self._format_chosen)
        self.documents.changed.connect(self._update_state)
        self.concepts.changed.connect(self._update_state)
        self.destination_edit.textChanged.connect(self._name_edited)
        self.choose_button.clicked.connect(self.choose_destination)
        self.buttons.accepted.connect(self._accept_if_ready)
        self.buttons.rejected.connect(self.reject)

        remembered = project.setting(FORMAT_SETTING)
        # The format the user picked, and the one exported: another when the typed name
        # ends in an extension of that other format's.
        self._picked = remembered if remembered in FORMATS else next(iter(self.format_buttons))
        self._format = self._picked
        self._following_name = False  # the format is being changed to follow the name
        self.format_buttons[self._format].setChecked(True)
        self.destination_edit.setText(str(self.suggested_destination(self._format)))
        self.resize(860, 580)

    # -- what was chosen ---------------------------------------------------------------
    @property
    def chosen_format(self) -> ExportFormat:
        return FORMATS[self._format]

    def set_format(self, name: str) -> None:
        self.format_buttons[name].setChecked(True)

    def selection(self) -> ExportSelection | None:
        if self.chosen_format.whole_project or (
            self.documents.everything and self.concepts.everything
        ):
            return None
        return ExportSelection(
            document_ids=None if self.documents.everything else self.documents.ticked_ids(),
            concept_ids=None if self.concepts.everything else self.concepts.ticked_ids(),
        )

    def typed_destination(self) -> Path:
        """The path typed; a bare name goes into the suggested folder, not the working one."""
        path = Path(self.destination_edit.text().strip()).expanduser()
        return path if path.is_absolute() else self._folder / path

    def destination(self) -> Path:
        """The typed name, with the format's extension added unless it ends in one."""
        return naming.resolved(self._format, self.typed_destination())

    def _add_separator_choice(self, layout: QVBoxLayout) -> None:
        """Comma or semicolon: a spreadsheet whose decimal mark is a comma (French Excel)
        reads semicolons, so that is the default where the locale writes 1,5."""
        self.separator_label = QLabel(self.tr("Separator:"), self)
        self.separator_combo = QComboBox(self)
        self.separator_combo.setObjectName("exportSeparator")
        self.separator_combo.addItem(self.tr("comma"), ",")
        self.separator_combo.addItem(self.tr("semicolon"), ";")
        self.separator_combo.setCurrentIndex(1 if QLocale().decimalPoint() == "," else 0)
        self.separator_label.setBuddy(self.separator_combo)
        row = QHBoxLayout()
        row.addWidget(self.separator_label)
        row.addWidget(self.separator_combo)
        row.addStretch(1)
        layout.addLayout(row)

    def _add_refi_options(self, layout: QVBoxLayout, codebook: Codebook) -> None:
        """NVivo's positions, and names several concepts share (which QualCoder cannot take)."""
        self.nvivo_check = QCheckBox(
            self.tr("For NVivo: count positions in UTF-16 units, as NVivo does"), self
        )
        self.nvivo_check.setObjectName("exportForNvivo")
        self.nvivo_check.setToolTip(
            self.tr(
                "NVivo counts an emoji as two characters; other programs count it as one. "
                "A file made for one puts passages after the first emoji on the wrong words "
                "in the other."
            )
        )
        layout.addWidget(self.nvivo_check)
        repeated = repeated_names(codebook)
        self.names_warning = QLabel(self)
        self.names_warning.setObjectName("exportNamesWarning")
        self.names_warning.setWordWrap(True)
        if repeated:
            name, ids = next(iter(repeated.items()))
            self.names_warning.setText(
                self.tr(
                    "%s names are shared by several concepts (e.g. “%s”: %s): QualCoder needs "
                    "unique names."
                )
                % (len(repeated), name, ", ".join(codebook.path(i) for i in ids[:3]))
            )
        self.qualify_check = QCheckBox(self.tr("Qualify the shared names as"), self)
        self.qualify_check.setObjectName("exportQualifyNames")
        self.qualify_style = QComboBox(self)
        self.qualify_style.setObjectName("exportQualifyStyle")
        self.qualify_style.addItem(self.tr("Parent/Child"), "path")
        self.qualify_style.addItem(self.tr("Child (Parent)"), "parent")
        self.qualify_check.toggled.connect(self.qualify_style.setEnabled)
        self.qualify_style.setEnabled(False)
        qualify = QHBoxLayout()
        qualify.addWidget(self.qualify_check)
        qualify.addWidget(self.qualify_style)
        qualify.addStretch(1)
        layout.addWidget(self.names_warning)
        layout.addLayout(qualify)
        self._names_shared = bool(repeated)

    def options(self) -> dict[str, Any]:
        """The chosen format's keyword options, as the dialog sets them."""
        accepted = self.chosen_format.options
        options: dict[str, Any] = {}
        if "raw" in accepted and self.raw_check.isChecked():
            options["raw"] = True
        if "separator" in accepted:
            options["separator"] = self.separator_combo.currentData()
        if "positions" in accepted and self.nvivo_check.isChecked():
            options["positions"] = "utf16"
        if "qualify_names" in accepted and self.qualify_check.isChecked():
            options["qualify_names"] = self.qualify_style.currentData()
        return options

    def request(self) -> ExportRequest:
        return ExportRequest(self._format, self.destination(), self.selection(), self.options())

    # -- the destination -----------------------------------------------------------------
    def suggested_destination(self, name: str) -> Path:
        return self._folder / naming.suggested_name(self.project.path.stem, name)

    def _retarget(self, old: str, new: str) -> None:
        """Follow a change of format: a suggested name is replaced, a typed one keeps its stem."""
        text = self.destination_edit.text().strip()
        if not text or Path(text) == self.suggested_destination(old):
            target = self.suggested_destination(new)
        else:
            path = Path(text)
            target = path.with_name(naming.stem(path) + FORMATS[new].suffix)
        self.destination_edit.setText(str(target))

    def choose_destination(self) -> None:
        current = self.destination()
        chosen = self.chosen_format
        if chosen.folder:
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the annotated PDFs"), str(current.parent)
            )
            if folder:
                self.destination_edit.setText(folder)
            return
        patterns = " ".join(f"*{suffix}" for suffix in (chosen.suffix, *chosen.other_suffixes))
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export as"),
            str(current),
            f"{self.formats.label(self._format)} ({patterns})",
        )
        if path:
            if not Path(path).suffix:
                path += chosen.suffix
            self._confirmed = Path(path)  # the file dialog asked before replacing
            self.destination_edit.setText(path)

    # -- state ------------------------------------------------------------------------------
    def _format_chosen(self, name: str) -> None:
        if self._following_name:
            self._format = name
            return
        self._picked = name
        if name != self._format:
            old, self._format = self._format, name
            self._retarget(old, name)
        self._update_state()

    def _name_edited(self) -> None:
        """A name ending in another format's extension (projet.qdpx) chooses that format,
        visibly, so that no file holds one format under another's extension."""
        wanted = naming.format_for(self._picked, self.typed_destination())
        if wanted != self._format:
            self._following_name = True
            try:
                self.format_buttons[wanted].setChecked(True)
            finally:
                self._following_name = False
        self._update_state()

    def _update_state(self) -> None:
        chosen = self.chosen_format
        for chooser in (self.documents, self.concepts):
            chooser.setEnabled(not chosen.whole_project)
        if chosen.whole_project:
            note = self.tr(
                "A REFI-QDA file always carries the whole project — every document, "
                "concept and highlight — so that another program can take over "
                "the work: the choices above do not apply."
            )
        elif chosen.folder:
            note = self.tr(
                "Only PDF documents are exported: one annotated copy of each, "
                "named after the document, in the folder below."
            )
        else:
            note = ""
        self.scope_note.setText(note)
        self.scope_note.setVisible(bool(note))
        self.raw_check.setVisible("raw" in chosen.options)
        self.nvivo_check.setVisible("positions" in chosen.options)
        for widget in (self.separator_label, self.separator_combo):
            widget.setVisible("separator" in chosen.options)
        shared = self._names_shared and "qualify_names" in chosen.options
        for part in (self.names_warning, self.qualify_check, self.qualify_style):
            part.setVisible(shared)
        self.destination_label.setText(
            self.tr("&Folder:") if chosen.folder else self.tr("&Save as:")
        )
        self.name_note.setText(self._name_note())
        self.name_note.setVisible(bool(self.name_note.text()))
        problem = self._problem()
        self.problem.setText(problem)
        self.export_button.setEnabled(not problem)

    def _name_note(self) -> str:
        """What the dialog made of the typed name, when it is not the name as typed."""
        text = self.destination_edit.text().strip()
        typed = self.typed_destination()
        if not text or naming.folder_owner(typed):
            return ""
        notes = []
        if self._format != self._picked:
            notes.append(
                self.tr("The format was changed to “%s” to match the extension %s.")
                % (self.formats.label(self._format), typed.suffix)
            )
        if self.destination() != Path(text).expanduser():
            notes.append(self.tr("The export will be saved as %s.") % self.destination())
        return " ".join(notes)

    def _problem(self) -> str:
        """Why Export cannot run yet, or "" when it can."""
        if not self.chosen_format.whole_project:
            if not self.documents.everything and not self.documents.ticked_ids():
                return self.tr("Tick at least one document.")
            if not self.concepts.everything and not self.concepts.ticked_ids():
                return self.tr("Tick at least one concept.")
        if not self.destination_edit.text().strip():
            return self.tr("Choose where to save the export.")
        typed = self.typed_destination()
        folder_format = naming.folder_owner(typed)
        if folder_format is None:
            return ""
        if folder_format.name == self._format:
            return self.tr("%s are written into a folder: give a folder name, without %s.") % (
                self.formats.label(self._format),
                typed.suffix,
            )
        return self.tr(
            "A name ending in %s cannot hold a “%s” export. For “%s”, choose that "
            "format: they are written into a folder."
        ) % (typed.suffix, self.formats.label(self._format), self.formats.label(folder_format.name))

    def _accept_if_ready(self) -> None:
        if self._problem():
            return
        target = self.destination()
        chosen = self.chosen_format
        home = target.parent  # must exist: the file's folder, or the one holding the PDF folder
        if chosen.folder and target.exists() and not target.is_dir():
            self._refuse(
                self.tr("%s is a file: annotated PDFs are written into a folder.") % target
            )
            return
        if not chosen.folder and target.is_dir():
            self._refuse(self.tr("%s is a folder: give a file name.") % target)
            return
        if not home.is_dir():
            self._refuse(self.tr("The folder %s does not exist.") % home)
            return
        if not chosen.folder and target.exists() and target != self._confirmed:
            answer = QMessageBox.question(
                self,
                self.tr("Replace the file?"),
                self.tr("%s already exists. Replace it?") % target.name,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.project.set_setting(FORMAT_SETTING, self._format)
        self.accept()

    def _refuse(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Cannot export there"), message)
