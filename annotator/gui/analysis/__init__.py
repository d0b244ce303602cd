"""The Analysis window: what the coding shows (frequencies, co-occurrence, coders, charts)."""

from annotator.gui.analysis.window import AnalysisWindow

__all__ = ["AnalysisWindow"]
