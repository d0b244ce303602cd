"""Concepts by the values of a document variable: passages and share of text per value.

Each value of the variable is a column gathering the documents that have it,
in the value's order (numbers by size, dates by time, yes before no,
categories in their list's order); documents without a value make a last
column, "(no value)". Counts and characters covered are the documents' own,
summed, so a column's coverage is the share of its documents' text.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Literal

from annotator.core.analysis.data import CodingData
from annotator.core.analysis.frequencies import ConceptMatrix, concept_frequencies, concept_matrix
from annotator.core.analysis.tables import Table, frequency_table, matrix_table
from annotator.core.variables import Variable, typed

NO_VALUE = "value:"  # the column of documents without a value
NO_VALUE_LABEL = "(no value)"


def variable_matrix(
    data: CodingData,
    variable: Variable,
    values: dict[int, str],
    *,
    include_children: bool = False,
) -> ConceptMatrix:
    """Concepts by values of `variable`; `values` maps document id -> its value."""
    by_document = concept_matrix(data, by="document", include_children=include_children)
    column = {d: f"value:{values[d]}" if d in values else NO_VALUE for d in data.documents}
    labels = {key: key.removeprefix("value:") or NO_VALUE_LABEL for key in column.values()}
    lengths: dict[str, int] = defaultdict(int)
    counts: dict[tuple[int, str], int] = defaultdict(int)
    covered: dict[tuple[int, str], int] = defaultdict(int)
    for document in data.documents.values():
        key = column[document.id]
        source = f"document:{document.id}"
        lengths[key] += document.length
        for concept_id in by_document.concept_ids:
            counts[(concept_id, key)] += by_document.count(concept_id, source)
            covered[(concept_id, key)] += by_document.covered.get((concept_id, source), 0)
    ordered = sorted(
        (k for k in labels if k != NO_VALUE),
        key=lambda key: _order(variable, key.removeprefix("value:")),
    )
    if NO_VALUE in labels:
        ordered.append(NO_VALUE)
    return ConceptMatrix(
        concept_ids=data.concept_ids,
        columns=tuple(ordered),
        labels=labels,
        counts={k: n for k, n in counts.items() if n},
        covered=dict(covered),
        lengths=dict(lengths),
    )


def variable_tables(
    data: CodingData,
    *,
    variable: Variable,
    values: dict[int, str],
    figures: Literal["count", "coverage"],
    include_children: bool,
) -> tuple[Table, Table]:
    """The concepts table and the concepts-by-values table, as the analysis window's
    worker process builds them (see worker.frequency_tables)."""
    frequencies = concept_frequencies(data, include_children=include_children)
    matrix = variable_matrix(data, variable, values, include_children=include_children)
    return frequency_table(data, frequencies), matrix_table(data, matrix, figures)


def _order(variable: Variable, value: str) -> tuple:
    if variable.type == "category":
        choices = variable.choices
        return (choices.index(value) if value in choices else len(choices), value)
    if variable.type == "boolean":
        return (not typed(variable, value), value)
    return (typed(variable, value), value)
