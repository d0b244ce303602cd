"""Live updates: a commit in one Project reaches another opened on the same server
project within a second, as the Change its window would publish; one's own commits
are not heard back; a listener survives a server restart."""

from __future__ import annotations

import queue
import time

from annotator.core.changes import Change
from annotator.core.project import Project
from tests.core.conftest import text_document

WITHIN = 1.0  # seconds: the live-update target


class Heard:
    """The Changes a listener reported, to wait on."""

    def __init__(self) -> None:
        self.changes: queue.Queue[Change] = queue.Queue()
        self.states: queue.Queue[bool] = queue.Queue()

    def next(self, timeout: float = WITHIN) -> Change:
        return self.changes.get(timeout=timeout)


def _listening(project: Project, heard: Heard):
    listener = project.listener(heard.changes.put, heard.states.put)
    assert listener is not None
    listener.start()
    assert listener.wait_listening(5)
    return listener


def test_an_edit_reaches_the_other_project_within_a_second(server_url: str) -> None:
    with Project.open(server_url) as mine, Project.open(server_url) as theirs:
        document = mine.add_document(text_document()).document
        theme = mine.add_concept("Thème")
        heard_mine, heard_theirs = Heard(), Heard()
        listeners = [_listening(mine, heard_mine), _listening(theirs, heard_theirs)]
        try:
            started = time.monotonic()
            passage = theirs.annotate(document.id, 0, 5, [theme.id])
            change = heard_mine.next()
            assert time.monotonic() - started < WITHIN
            assert change.annotations == {passage.id}
            assert change.documents == {document.id} and change.concepts == {theme.id}
            assert mine.annotation(passage.id).concept_ids == (theme.id,)

            theirs.delete_annotation(passage.id)
            assert heard_mine.next().annotations == {passage.id}
            mine.update_concept(theme.id, name="Thèmes")
            assert heard_theirs.next().codebook
            assert [c.name for c in theirs.concepts()] == ["Thèmes"]
            # nothing of one's own came back: announcements arrive in commit order, so
            # the next thing each hears is the other's next edit
            other = theirs.annotate(document.id, 1, 3)
            assert heard_mine.next().annotations == {other.id}
            mine.update_concept(theme.id, description="le sujet")
            assert heard_theirs.next() == Change(codebook=True)
        finally:
            for listener in listeners:
                listener.stop()


def test_a_rolled_back_edit_is_not_announced(server_url: str) -> None:
    with Project.open(server_url) as mine, Project.open(server_url) as theirs:
        document = mine.add_document(text_document()).document
        heard = Heard()
        listener = _listening(mine, heard)
        try:
            try:
                with theirs.batch():
                    theirs.annotate(document.id, 0, 5)
                    raise RuntimeError("the coder's machine fails mid-edit")
            except RuntimeError:
                pass
            theirs.annotate(document.id, 6, 9)
            change = heard.next()
            (only,) = change.annotations
            assert theirs.annotation(only).start == 6
        finally:
            listener.stop()


def test_after_a_server_restart_the_listener_and_the_project_carry_on(
    cluster, server_url: str
) -> None:
    with Project.open(server_url) as mine, Project.open(server_url) as theirs:
        document = mine.add_document(text_document()).document
        heard = Heard()
        listener = _listening(mine, heard)
        try:
            cluster.restart()
            assert heard.states.get(timeout=5) is False
            assert heard.states.get(timeout=10) is True
            assert heard.next(timeout=5) == Change.everything()  # read all: some was missed
            passage = theirs.annotate(document.id, 0, 5)  # connects again by itself
            assert heard.next().annotations == {passage.id}
            assert mine.annotation(passage.id).anchor.quote == "Le my"
        finally:
            listener.stop()
