"""Write an export under a temporary name beside its destination, then rename it into place."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from annotator.core.errors import AnnotatorError, ExportCause


class ExportFailure(AnnotatorError):
    """An export could not be written; names the destination and the cause."""


@contextmanager
def atomic_path(destination: Path) -> Iterator[Path]:
    """A fresh temporary path in the destination's folder, renamed over it if the block succeeds.

    If the block raises (an error, a cancel), the temporary file is removed and
    an existing file at `destination` is left as it was.
    """
    destination = Path(destination)
    temp = destination.with_name(f".{destination.name}.{secrets.token_hex(6)}.part")
    try:
        # created with the usual permissions (0o666 less the umask), unlike mkstemp's 0o600
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except OSError as error:
        raise _failure(destination, error) from error
    try:
        yield temp
        os.replace(temp, destination)
    except BaseException as error:
        temp.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise _failure(destination, error) from error
        raise


@contextmanager
def atomic_file(
    destination: Path, mode: str = "wb", encoding: str | None = None, newline: str | None = None
) -> Iterator[IO[Any]]:
    """An open temporary file that becomes `destination` once the block succeeds."""
    with (
        atomic_path(destination) as temp,
        open(temp, mode, encoding=encoding, newline=newline) as f,  # closed before the rename
    ):
        yield f
        f.flush()
        os.fsync(f.fileno())


def _failure(destination: Path, error: OSError) -> ExportFailure:
    return ExportFailure.coded(
        str(destination), ExportCause.CANNOT_WRITE, detail=error.strerror or error
    )
