"""A separate process that writes to a project, for the crash and concurrency tests.

    python child.py annotate PROJECT DOCUMENT_ID CONCEPT_ID TAG COUNT
        annotates one passage after another (COUNT of them, 0 = until killed) and
        prints "<id> <memo>" once each write has returned;
    python child.py import PROJECT FILE
        reads FILE, prints "writing" just before storing it and "done" after.

Both print "ready" once started, then wait for a line on standard input before
they open the project: a test can start the next child while one is running.
"""

from __future__ import annotations

import sys

from annotator.core.project import Project

PASSAGE = 12


def passage(index: int, length: int) -> tuple[int, int]:
    """Where the index-th passage goes: spread over the text, always inside it."""
    start = (index * 37) % (length - PASSAGE)
    return start, start + PASSAGE


def wait_for_go() -> None:
    print("ready", flush=True)
    sys.stdin.readline()


def annotate(path: str, document_id: int, concept_id: int, tag: str, count: int) -> None:
    wait_for_go()
    with Project.open(path, author=tag) as project:
        length = len(project.document(document_id).text)
        index = 0
        while count == 0 or index < count:
            start, end = passage(index, length)
            memo = f"{tag}-{index}"
            annotation = project.annotate(document_id, start, end, [concept_id], memo=memo)
            print(annotation.id, memo, flush=True)
            index += 1


def import_file(path: str, source: str) -> None:
    from annotator.core.importing import import_source

    imported = import_source(source)
    wait_for_go()
    with Project.open(path) as project:
        print("writing", flush=True)
        project.add_document(imported)
        print("done", flush=True)


if __name__ == "__main__":
    mode, *args = sys.argv[1:]
    if mode == "annotate":
        annotate(args[0], int(args[1]), int(args[2]), args[3], int(args[4]))
    elif mode == "import":
        import_file(args[0], args[1])
    else:
        sys.exit(f"unknown mode {mode}")
