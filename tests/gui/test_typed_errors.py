"""Typed core errors reach the user worded from their cause code and parameters, in English
and in French, without matching English text."""

from __future__ import annotations

import pickle
import re
import sqlite3
from pathlib import Path
from string import Formatter

import pytest

from annotator.core.errors import (
    AnnotatorError,
    BackupCause,
    CancelCause,
    Cancelled,
    Cause,
    CopyCause,
    EditCause,
    EditConflict,
    ExportCause,
    FaultCause,
    ImportCause,
    ImportFailure,
    ProjectCause,
    ProjectError,
    SearchCause,
    SearchQueryError,
    ServerCause,
)
from annotator.core.exporting import ExportFailure
from annotator.core.importing import import_source
from annotator.core.project import Project
from annotator.core.store.postgres.errors import ServerError
from annotator.gui import translations
from annotator.gui.cause_wordings import WORDINGS
from annotator.gui.messages import describe

SUBJECT = "/données/entretien 7.pdf"
KINDS: dict[type[Cause], type[AnnotatorError]] = {
    ImportCause: ImportFailure,
    ProjectCause: ProjectError,
    ExportCause: ExportFailure,
    EditCause: ProjectError,
    BackupCause: ProjectError,
    CopyCause: ProjectError,
    SearchCause: SearchQueryError,
    CancelCause: Cancelled,
    FaultCause: AnnotatorError,
    ServerCause: ServerError,
}
CAUSES = [cause for kind in KINDS for cause in kind]


def parameters(cause: Cause) -> dict[str, str]:
    """A distinct value for each {parameter} of the cause's English wording."""
    names = [name for _, name, _, _ in Formatter().parse(cause.value) if name]
    return {name: f"«{name}-{index}»" for index, name in enumerate(names, 1)}


def typed(cause: Cause) -> AnnotatorError:
    return KINDS[type(cause)].coded(SUBJECT, cause, **parameters(cause))


def test_every_cause_kind_is_enumerated() -> None:
    assert set(Cause.__subclasses__()) == set(KINDS)
    assert len(CAUSES) >= 140
    for kind in KINDS:  # two causes worded alike would be one member under two names
        assert len(kind.__members__) == len(list(kind)), kind.__name__


@pytest.mark.parametrize("cause", CAUSES, ids=lambda cause: f"{type(cause).__name__}.{cause.name}")
def test_the_window_wording_takes_the_same_parameters(cause: Cause) -> None:
    template, names = WORDINGS[cause]
    assert sorted(names) == sorted(parameters(cause))
    assert sorted(re.findall(r"%(\d)", template)) == [str(n) for n in range(1, len(names) + 1)]


@pytest.mark.parametrize("cause", CAUSES, ids=lambda cause: f"{type(cause).__name__}.{cause.name}")
def test_a_typed_error_is_worded_with_its_parameters_in_english(cause: Cause) -> None:
    error = typed(cause)
    assert error.code is cause and isinstance(error, KINDS[type(cause)])
    shown = describe(error)
    assert shown.startswith(f"{SUBJECT}: ") and not shown[len(SUBJECT) + 2].islower()
    for value in parameters(cause).values():
        assert value in str(error)  # the command line's English line
        assert value in shown
    assert "%1" not in shown and "{" not in shown


@pytest.mark.parametrize("cause", CAUSES, ids=lambda cause: f"{type(cause).__name__}.{cause.name}")
def test_a_typed_error_is_worded_with_its_parameters_in_french(qapp, cause: Cause) -> None:
    error = typed(cause)
    english = describe(error)
    installed = translations.install(qapp, "fr")
    try:
        french = describe(error)
    finally:
        translations.uninstall(qapp, installed)
    assert french != english, "no French translation"
    assert french.startswith(f"{SUBJECT}: ")
    for value in parameters(cause).values():
        assert value in french
    assert "%1" not in french and "{" not in french


def test_a_typed_error_crosses_processes_whole() -> None:
    error = ImportFailure.coded(SUBJECT, ImportCause.TOO_LARGE, size=812, limit=500)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is ImportFailure and copy.code is ImportCause.TOO_LARGE
    assert (copy.source, copy.params, str(copy)) == (SUBJECT, error.params, str(error))


def test_an_edit_conflict_crosses_processes_with_who_changed_what_and_when() -> None:
    conflict = EditConflict.of(
        EditCause.MEMO_CONFLICT_BY, {"memo": "theirs"}, edited_by="kira",
        edited_at="2026-12-06T18:00:00Z", by="kira", passage="« la modération »",
        updated="2026-12-06T18:00:00Z")
    copy = pickle.loads(pickle.dumps(conflict))
    assert type(copy) is EditConflict and copy.code is EditCause.MEMO_CONFLICT_BY
    assert (copy.current, copy.edited_by, copy.edited_at) == (
        {"memo": "theirs"}, "kira", "2026-12-06T18:00:00Z")
    assert str(copy) == str(conflict)


def test_an_untyped_error_is_still_translated_from_its_english_text(french) -> None:
    assert describe(AnnotatorError("download cancelled")) == "Téléchargement annulé."
    assert describe(ValueError("something nobody foresaw")) == "Something nobody foresaw"


def test_a_cancelled_operation_is_typed_by_its_name(french) -> None:
    stopped = pickle.loads(pickle.dumps(Cancelled("merge")))
    assert type(stopped) is Cancelled and stopped.code is CancelCause.MERGE
    assert (str(stopped), describe(stopped)) == ("merge cancelled", "Fusion annulée.")
    assert Cancelled().code is CancelCause.OPERATION


def test_real_failures_are_typed(french, tmp_path: Path) -> None:
    with pytest.raises(ImportFailure) as folder:
        import_source(str(tmp_path))
    assert folder.value.code is ImportCause.FOLDER
    assert describe(folder.value) == f"{tmp_path}: C'est un dossier, pas un fichier."

    newer = tmp_path / "newer.annot"
    Project.create(newer).close()
    with sqlite3.connect(newer) as connection:
        connection.execute("PRAGMA user_version = 99")
    with pytest.raises(ProjectError) as opening:
        Project.open(newer)
    assert opening.value.code is ProjectCause.TOO_NEW
    assert opening.value.params["version"] == "99"
    assert "99" in describe(opening.value) and str(newer) in describe(opening.value)


def test_edits_refused_by_the_core_are_typed(french, tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.annot") as project:
        parent = project.add_concept("Lieux")
        child = project.add_concept("Écoles", parent_id=parent.id)
        with pytest.raises(ProjectError) as moved:
            project.move_concept(parent.id, child.id)
        assert moved.value.code is EditCause.MOVED_UNDER_ITSELF
        assert str(moved.value) == "a concept cannot be moved under itself"
        assert describe(moved.value) == "Un concept ne peut pas être déplacé sous lui-même."
        with pytest.raises(ProjectError) as named:
            project.add_concept("écoles", parent_id=parent.id)
        assert str(named.value) == "there is already a concept named 'écoles' here"
        assert (
            describe(named.value)
            == "Il existe déjà un concept nommé «\u00a0écoles\u00a0» à cet endroit."
        )
        with pytest.raises(SearchQueryError) as search:
            project.search('"unclosed')
        assert search.value.code is SearchCause.QUOTE_NOT_CLOSED
        assert describe(search.value) == (
            "Recherche incompréhensible\u00a0: un guillemet (\") n'est pas fermé."
        )
