"""What every subcommand shares: exit statuses, one-line usage errors, checked values."""

from __future__ import annotations

import argparse
import re
from datetime import date
from typing import NoReturn

FAILED = 1  # the command ran and failed, in whole or in part (problems found, sources refused)
USAGE = 2  # the command could not start: unknown command or option, a missing file

EXIT_STATUSES = (
    "exit status: 0 done; 1 failed, in whole or in part (a source not imported, problems "
    "found, a damaged project); 2 a mistake in the command (unknown command or option, a "
    "bad value, a missing file)"
)

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class OneLineParser(argparse.ArgumentParser):
    """argparse whose mistakes are one line on stderr: what is wrong, where to read more."""

    def error(self, message: str) -> NoReturn:
        self.exit(USAGE, f"error: {message} (see '{self.prog} --help')\n")


def positive_int(value: str) -> int:
    """A count of at least 1 (a limit of 0 or -5 shows nothing: surely a slip)."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number")
    return number


def day(value: str) -> str:
    """A real calendar day written YYYY-MM-DD, kept as written."""
    try:
        if not _DAY.fullmatch(value):
            raise ValueError
        date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a day written YYYY-MM-DD (such as 2024-03-31)"
        ) from None
    return value
