"""Hostile and broken inputs, generated here, given to the importers from the CLI and the window."""
