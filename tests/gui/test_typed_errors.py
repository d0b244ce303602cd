"""Typed core errors reach the user worded from their cause code and parameters, in English
and in French, without matching English text."""

from __future__ import annotations

import pickle
import sqlite3
from pathlib import Path
from string import Formatter

import pytest

from annotator.core.errors import (
    AnnotatorError,
    Cause,
    ExportCause,
    ImportCause,
    ImportFailure,
    ProjectCause,
    ProjectError,
)
from annotator.core.exporting import ExportFailure
from annotator.core.importing import import_source
from annotator.core.project import Project
from annotator.gui import translations
from annotator.gui.messages import describe

SUBJECT = "/données/entretien 7.pdf"
KINDS: dict[type[Cause], type[AnnotatorError]] = {
    ImportCause: ImportFailure,
    ProjectCause: ProjectError,
    ExportCause: ExportFailure,
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
    assert len(CAUSES) >= 40


@pytest.mark.parametrize("cause", CAUSES, ids=lambda cause: cause.name)
def test_a_typed_error_is_worded_with_its_parameters_in_english(cause: Cause) -> None:
    error = typed(cause)
    assert error.code is cause and isinstance(error, KINDS[type(cause)])
    shown = describe(error)
    assert shown.startswith(f"{SUBJECT}: ") and shown[len(SUBJECT) + 2].isupper()
    for value in parameters(cause).values():
        assert value in str(error)  # the command line's English line
        assert value in shown
    assert "%1" not in shown and "{" not in shown


@pytest.mark.parametrize("cause", CAUSES, ids=lambda cause: cause.name)
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


def test_a_typed_error_crosses_processes_whole() -> None:
    error = ImportFailure.coded(SUBJECT, ImportCause.TOO_LARGE, size=812, limit=500)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is ImportFailure and copy.code is ImportCause.TOO_LARGE
    assert (copy.source, copy.params, str(copy)) == (SUBJECT, error.params, str(error))


def test_an_untyped_error_is_still_translated_from_its_english_text(french) -> None:
    assert describe(ProjectError("no concept with id 3")) == (
        "Ce concept n'est plus dans le projet (3)."
    )
    assert describe(ValueError("something nobody foresaw")) == "Something nobody foresaw"


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
