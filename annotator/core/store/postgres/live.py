"""Live updates: the other coders' commits, heard on the project's channel.

Every committed write on a server project is announced (schema version 2) with
the writer's backend pid and the ids it touched. A ChangeListener holds a
connection of its own, LISTENs in a thread, and hands each batch of others'
announcements to a callback as one core.changes.Change: the same event a window
publishes for its own edits, so its views patch themselves the same way. The
announcements of one's own connection are skipped: those edits were applied when
they were made. A lost connection is retried; when it is back, the views are told
to read everything again (announcements made meanwhile were not heard).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable
from typing import Any

import psycopg

from annotator.core.changes import Change
from annotator.core.store.postgres.connection import open_connection
from annotator.core.store.postgres.schema import CHANGES_CHANNEL

POLL_SECONDS = 0.1  # how long a wait for announcements lasts before looking again


def change_of(payload: dict[str, Any]) -> Change:
    """The Change one announcement stands for."""
    kind = payload.get("k")
    if kind == "annotation":
        if payload.get("all"):
            return Change(all_annotations=True)
        return Change.of_annotations(
            payload.get("a") or (), payload.get("d") or (), payload.get("c") or ()
        )
    if kind == "codebook":
        return Change(codebook=True, all_annotations=bool(payload.get("all")))
    if kind == "document":
        return Change(document_list=True, all_annotations=bool(payload.get("all")))
    if kind == "other":
        return Change(document_list=True)
    return Change.everything()  # a whole copy, or an announcement this version does not know


def merged(changes: Iterable[Change]) -> Change:
    """One Change covering all of these (views then patch once per batch)."""
    annotations: set[int] = set()
    documents: set[int] = set()
    concepts: set[int] = set()
    document_list = codebook = all_annotations = False
    for change in changes:
        annotations |= change.annotations
        documents |= change.documents
        concepts |= change.concepts
        document_list |= change.document_list
        codebook |= change.codebook
        all_annotations |= change.all_annotations
    return Change(
        frozenset(annotations),
        frozenset(documents),
        frozenset(concepts),
        document_list,
        codebook,
        all_annotations,
    )


class ChangeListener:
    """Hears others' commits on a server project and reports them as Changes.

    `own_pid` answers the backend pid of the project's own connection (it changes
    when that connection is made again); `on_change` and `on_connected` are called
    from the listener's thread.
    """

    def __init__(
        self,
        url: str,
        own_pid: Callable[[], int],
        on_change: Callable[[Change], None],
        on_connected: Callable[[bool], None] = lambda connected: None,
        *,
        retry_seconds: float = 0.5,
    ) -> None:
        self._url = url
        self._own_pid = own_pid
        self._on_change = on_change
        self._on_connected = on_connected
        self._retry = retry_seconds
        self._stop = threading.Event()
        self._listening = threading.Event()
        self._thread = threading.Thread(target=self._run, name="annotator-live", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wait_listening(self, timeout: float) -> bool:
        """Whether the listener is connected and listening (within `timeout` seconds)."""
        return self._listening.wait(timeout)

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    def _run(self) -> None:
        lost = False
        while not self._stop.is_set():
            try:
                conn = open_connection(
                    self._url, autocommit=True, application_name="annotator-live"
                )
            except psycopg.Error:
                if not lost:
                    lost = True
                    self._on_connected(False)
                self._stop.wait(self._retry)
                continue
            try:
                conn.execute(f"LISTEN {CHANGES_CHANNEL}")
                self._listening.set()
                if lost:
                    lost = False
                    self._on_connected(True)
                    self._on_change(Change.everything())  # what was said meanwhile is lost
                self._listen(conn)
            except psycopg.Error:
                self._listening.clear()
                lost = True
                self._on_connected(False)
                self._stop.wait(self._retry)
            finally:
                conn.close()

    def _listen(self, conn: psycopg.Connection[Any]) -> None:
        while not self._stop.is_set():
            heard = [n.payload for n in conn.notifies(timeout=POLL_SECONDS)]
            if not heard:
                continue
            own = self._own_pid()
            changes = []
            for text in heard:
                try:
                    payload = json.loads(text)
                except ValueError:
                    payload = {}
                if payload.get("p") != own:
                    changes.append(change_of(payload))
            if changes:
                self._on_change(merged(changes))
