"""What the coding shows: concept frequencies, co-occurrence, agreement between coders.

Load a snapshot with `load(project)`, narrow it with an `AnalysisFilter`, then
compute: `concept_frequencies`, `concept_matrix`, `cooccurrence`,
`agreement`. `merge_project` brings another coder's copy into a project.
"""

from annotator.core.analysis.agreement import Agreement, AgreementReport, agreement
from annotator.core.analysis.cooccurrence import CooccurrenceMatrix, PassagePair, cooccurrence
from annotator.core.analysis.data import CodingData, DocumentInfo, load
from annotator.core.analysis.filters import AnalysisFilter
from annotator.core.analysis.frequencies import (
    ConceptFrequency,
    ConceptMatrix,
    concept_frequencies,
    concept_matrix,
)
from annotator.core.analysis.merge import MergeReport, merge_project

__all__ = [
    "Agreement", "AgreementReport", "AnalysisFilter", "CodingData", "ConceptFrequency",
    "ConceptMatrix", "CooccurrenceMatrix", "DocumentInfo", "MergeReport", "PassagePair",
    "agreement", "concept_frequencies", "concept_matrix", "cooccurrence", "load",
    "merge_project",
]
