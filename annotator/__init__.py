"""Annotator: highlight, tag and export passages of PDFs and web articles."""

# The same as pyproject.toml's (a test keeps them equal): reading it from the installed
# package's metadata would import importlib.metadata, a twentieth of the window's start.
__version__ = "0.1.0"

APP_NAME = "Annotator"
PROJECT_SUFFIX = ".annot"
