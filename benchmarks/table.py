"""One row per figure, its target check, and the printed table."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

COLUMNS = ("figure", "measured", "baseline (same run)", "ratio", "target", "met?")


@dataclass(frozen=True)
class Row:
    """A measured figure; `target` is (kind, limit) with kind one of:

    "max": measured <= limit; "max_ratio": measured / baseline <= limit;
    "min_ratio": measured / baseline >= limit; "" (no target, shown for context).
    """

    figure: str
    measured: float | None
    unit: str
    baseline: float | None = None
    target_kind: str = ""
    target: float = 0.0
    note: str = ""
    error: str = ""

    @property
    def ratio(self) -> float | None:
        if self.measured is None or not self.baseline:
            return None
        return self.measured / self.baseline

    @property
    def met(self) -> bool | None:
        if self.measured is None or not self.target_kind:
            return None
        if self.target_kind == "max":
            return self.measured <= self.target
        ratio = self.ratio
        if ratio is None:
            return None
        return ratio <= self.target if self.target_kind == "max_ratio" else ratio >= self.target

    def target_text(self) -> str:
        if self.target_kind == "max":
            return f"≤ {self.target:g} {self.unit}"
        if self.target_kind == "max_ratio":
            return f"≤ {self.target:g}× baseline"
        if self.target_kind == "min_ratio":
            return f"≥ {self.target:g}× baseline"
        return "—"

    def cells(self) -> tuple[str, ...]:
        if self.error:
            return (self.figure, "FAILED", "", "", self.target_text(), "no")
        measured = "—" if self.measured is None else f"{_number(self.measured)} {self.unit}"
        baseline = "—" if self.baseline is None else f"{_number(self.baseline)} {self.unit}"
        ratio = "—" if self.ratio is None else f"{self.ratio:.2f}×"
        met = {True: "yes", False: "NO", None: "—"}[self.met]
        return (self.figure, measured, baseline, ratio, self.target_text(), met)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Row:
        return cls(**data)


def _number(value: float) -> str:
    if value == 0:
        return "0"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    if abs(value) >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def render(rows: list[Row]) -> str:
    """A plain-text table, then the notes (what each figure is exactly, and details)."""
    lines = [COLUMNS, *(row.cells() for row in rows)]
    widths = [max(len(line[i]) for line in lines) for i in range(len(COLUMNS))]

    def format_line(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    out = [format_line(lines[0]),
           "|" + "|".join("-" * (w + 2) for w in widths) + "|",
           *(format_line(line) for line in lines[1:])]
    notes = [f"- {row.figure}: {row.error or row.note}" for row in rows if row.note or row.error]
    if notes:
        out += ["", "Notes:", *notes]
    return "\n".join(out)
