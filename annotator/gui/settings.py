"""The user's settings, kept in an INI file in the user data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from annotator.core.paths import user_data_dir

MAX_RECENT = 10


class AppSettings:
    """Typed access to the few things the app remembers between runs."""

    def __init__(self, path: Path | None = None) -> None:
        path = path or user_data_dir() / "settings.ini"
        self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    def recent_projects(self) -> list[str]:
        value = self._qsettings.value("recent_projects", [])
        if isinstance(value, str):  # QSettings gives one path back as a string
            paths = [value]
        else:
            paths = [str(p) for p in value] if isinstance(value, list | tuple) else []
        return [p for p in paths if p.startswith("postgresql://") or Path(p).exists()]

    def add_recent_project(self, path: str | Path) -> None:
        """Remember a project file, or a server project's address without its password."""
        from annotator.core.store.postgres.location import is_server_location, without_password

        if is_server_location(path):
            resolved = without_password(str(path))
        else:
            resolved = str(Path(path).resolve())
        paths = [resolved] + [p for p in self.recent_projects() if p != resolved]
        self._qsettings.setValue("recent_projects", paths[:MAX_RECENT])

    @property
    def author(self) -> str:
        from annotator.core.project import default_author  # the project modules load later

        return str(self._qsettings.value("author", "") or default_author())

    @author.setter
    def author(self, name: str) -> None:
        self._qsettings.setValue("author", name.strip())

    @property
    def has_author(self) -> bool:
        """Whether the user ever gave (or confirmed) a coder name."""
        return bool(self._qsettings.value("author", ""))

    @property
    def welcome_shown(self) -> bool:
        return self._qsettings.value("welcome_shown", "false") == "true"

    @welcome_shown.setter
    def welcome_shown(self, shown: bool) -> None:
        self._qsettings.setValue("welcome_shown", "true" if shown else "false")

    @property
    def font_scale(self) -> float:
        return float(str(self._qsettings.value("font_scale", 1.0)))

    @font_scale.setter
    def font_scale(self, factor: float) -> None:
        self._qsettings.setValue("font_scale", factor)

    @property
    def ocr_languages(self) -> str:
        """Tesseract languages for scanned PDF pages ("fra+eng"); "" turns OCR off."""
        from annotator.core.importing.ocr_languages import DEFAULT_OCR_LANGUAGES

        return str(self._qsettings.value("ocr_languages", DEFAULT_OCR_LANGUAGES) or "")

    @ocr_languages.setter
    def ocr_languages(self, languages: str) -> None:
        self._qsettings.setValue("ocr_languages", languages)

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        return self._qsettings.value("geometry"), self._qsettings.value("window_state")

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self._qsettings.setValue("geometry", geometry)
        self._qsettings.setValue("window_state", state)

    def sync(self) -> None:
        self._qsettings.sync()
