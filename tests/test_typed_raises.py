"""The core raises its errors typed (a cause code and parameters), never as an English
sentence that the window could only translate by matching text."""

from __future__ import annotations

import ast
from pathlib import Path

from annotator.core import errors

CORE = Path(__file__).resolve().parent.parent / "annotator" / "core"
# Raise sites allowed to keep a sentence, with why.
ALLOWED = {
    # its argument names the operation stopped ("import", "merge"…), which picks its cause
    "Cancelled": "*",
}


def _error_names() -> set[str]:
    """The names of AnnotatorError and all its subclasses defined in the core."""
    import annotator.core.exporting  # noqa: F401 (defines ExportFailure)
    import annotator.core.sets  # noqa: F401 (defines SetError)
    import annotator.core.variables  # noqa: F401 (defines VariableError)

    found, pending = set(), [errors.AnnotatorError]
    while pending:
        kind = pending.pop()
        found.add(kind.__name__)
        pending.extend(kind.__subclasses__())
    return found


def _worded(node: ast.expr) -> bool:
    """A str literal, an f-string, or text glued from them."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    return isinstance(node, ast.BinOp) and (_worded(node.left) or _worded(node.right))


def _sentence_raises() -> list[str]:
    names = _error_names()
    found = []
    for path in sorted(CORE.rglob("*.py")):
        relative = path.relative_to(CORE).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            function = node.exc.func
            if not isinstance(function, ast.Name) or function.id not in names:
                continue  # ValueError, TypeError… are bugs, and .coded(...) is typed
            arguments = [*node.exc.args, *(k.value for k in node.exc.keywords)]
            if not any(_worded(argument) for argument in arguments):
                continue
            if ALLOWED.get(function.id) in ("*", relative):
                continue
            found.append(f"{relative}:{node.lineno}: {ast.unparse(node.exc)[:90]}")
    return found


def test_the_scan_sees_every_error_class_and_a_sentence_raise() -> None:
    names = _error_names()
    assert {"ImportFailure", "ProjectError", "VariableError", "SetError", "ExportFailure"} <= names
    sample = ast.parse('raise ProjectError(f"no concept with id {n}")').body[0]
    assert isinstance(sample, ast.Raise) and isinstance(sample.exc, ast.Call)
    assert _worded(sample.exc.args[0])


def test_no_core_error_is_raised_as_an_english_sentence() -> None:
    assert _sentence_raises() == []
