"""Annotator: highlight, tag and export passages of PDFs and web articles."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("annotator")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0"

APP_NAME = "Annotator"
PROJECT_SUFFIX = ".annot"
