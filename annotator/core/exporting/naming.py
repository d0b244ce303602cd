"""Which export format a typed file name asks for, and the name a format is written to.

A name's extension decides what programs make of a file: an Excel workbook saved as
projet.qdpx makes NVivo fail. So a name ending in another format's extension chooses
that format, and a name with no extension, or one no format writes, gets the chosen
format's own extension added.
"""

from __future__ import annotations

from pathlib import Path

from annotator.core.exporting import FORMATS, ExportFormat

# Extensions that are not a format's own but name what it writes: a web annotation
# file is JSON, an HTML report opens as .htm, and the annotated PDFs (a folder) are PDFs.
ALIASES = {".json": "webannotation", ".htm": "html", ".pdf": "pdf"}


def _owners() -> dict[str, str]:
    owners: dict[str, str] = {}
    for chosen in FORMATS.values():  # the first format to claim an extension owns it
        if chosen.suffix:
            owners.setdefault(chosen.suffix, chosen.name)
    for suffix, name in ALIASES.items():
        if name in FORMATS:
            owners.setdefault(suffix, name)
    return owners


OWNERS = _owners()


def owner_of(suffix: str) -> str | None:
    """The format an extension (".QDPX" or ".qdpx") belongs to, or None for an unknown one."""
    return OWNERS.get(suffix.lower())


def accepts(chosen: ExportFormat, suffix: str) -> bool:
    """Whether the format writes what a file with this extension should hold."""
    suffix = suffix.lower()
    return bool(suffix) and (
        suffix in (chosen.suffix, *chosen.other_suffixes) or OWNERS.get(suffix) == chosen.name
    )


def format_for(chosen_name: str, typed: Path) -> str:
    """The format to export in: the one the name's extension belongs to when the chosen
    one does not write such files, else the chosen one. A folder format is never chosen
    from a file name (a name ending in .pdf is refused instead, see `folder_owner`)."""
    chosen = FORMATS[chosen_name]
    owner = owner_of(typed.suffix)
    if owner is None or FORMATS[owner].folder or accepts(chosen, typed.suffix):
        return chosen_name
    return owner


def folder_owner(typed: Path) -> ExportFormat | None:
    """The folder format whose files the name looks like (a name ending in .pdf): no
    export can write a single file under that name."""
    owner = owner_of(typed.suffix)
    return FORMATS[owner] if owner is not None and FORMATS[owner].folder else None


def stem(typed: Path) -> str:
    """The name without a known extension: "rapport.csv" -> "rapport", "rapport.v2" stays."""
    return typed.stem if owner_of(typed.suffix) else typed.name


def resolved(chosen_name: str, typed: Path) -> Path:
    """Where the chosen format writes for a typed name: a folder's name as typed; a file's
    name with the format's extension added unless it already ends in one it writes."""
    chosen = FORMATS[chosen_name]
    if chosen.folder or accepts(chosen, typed.suffix) or not typed.name:
        return typed
    return typed.with_name(typed.name + chosen.suffix)


def suggested_name(project_stem: str, chosen_name: str) -> str:
    """The project's name with the format's extension; the format's name is added where
    another format owns that extension (the codebook table's .csv) or there is none."""
    chosen = FORMATS[chosen_name]
    if chosen.suffix and owner_of(chosen.suffix) == chosen.name:
        return project_stem + chosen.suffix
    return f"{project_stem}-{chosen.name}{chosen.suffix}"
