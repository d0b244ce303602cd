"""The window's language: which translations to load, and where the choice is kept.

The choice is "" (follow the system), "fr" or "en". The environment variable
ANNOTATOR_LANGUAGE overrides the stored choice (screenshots, tests, support).
English is the language of the code; its catalogue only holds plural forms.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from annotator.core.paths import resources_dir, user_data_dir

ENV_VARIABLE = "ANNOTATOR_LANGUAGE"
SETTINGS_KEY = "language"
SUPPORTED = ("fr", "en")
FALLBACK = "en"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # lupdate finds texts by this name
    """Mark `text` for translation in `context` and return it unchanged.

    Qt's own marker does the same, but its type stub returns `object`.
    """
    return text


def translations_dir() -> Path:
    return resources_dir() / "translations"


def qt_translations_dir() -> Path:
    """Qt's own catalogues (standard buttons and dialogs), in a source tree or a bundle."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def _settings(settings_file: Path | None) -> QSettings:
    path = settings_file or user_data_dir() / "settings.ini"  # the file AppSettings uses
    return QSettings(str(path), QSettings.Format.IniFormat)


def stored_language(settings_file: Path | None = None) -> str:
    """The language chosen in Preferences: "" for the system's, else a code of SUPPORTED."""
    value = str(_settings(settings_file).value(SETTINGS_KEY, "") or "")
    return value if value in SUPPORTED else ""


def store_language(code: str, settings_file: Path | None = None) -> None:
    if code not in ("", *SUPPORTED):
        raise ValueError(f"unsupported language {code!r}")
    settings = _settings(settings_file)
    settings.setValue(SETTINGS_KEY, code)
    settings.sync()


def system_language() -> str:
    """The first supported language among the system's preferred ones, else English."""
    for tag in QLocale.system().uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED:
            return code
    return FALLBACK


def chosen_language(settings_file: Path | None = None) -> str:
    """The language to show: the environment's override, the stored choice, or the system's."""
    override = os.environ.get(ENV_VARIABLE, "").strip().lower()
    if override in SUPPORTED:
        return override
    return stored_language(settings_file) or system_language()


def install(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Load the app's catalogue and Qt's for `language` (default: the chosen one).

    Dates and numbers follow the language too, unless it is the system's own
    (then the system's regional settings are kept; the bare "C" locale of a
    minimal system has none, and would write a date as "6 12 2026"). Returns the
    translators installed, for `uninstall`.
    """
    language = language or chosen_language()
    if system_language() != language or QLocale.system().language() == QLocale.Language.C:
        QLocale.setDefault(QLocale(language))
    installed = []
    for name, folder in (("annotator", translations_dir()), ("qtbase", qt_translations_dir())):
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(QLocale.system())
