"""The Search dock's searches, run off the UI thread.

Locating hits scans each document's text: the 13,670 hits of a search in a 1,000,000-
character document take 0.15 s and more on a busy machine. A search runs in a thread of
its own (``background``) while the window keeps answering; the dock is filled when it ends.

One search at a time: one asked for meanwhile (typing on) runs next, and the results it
replaces are not shown; a change to the project meanwhile reruns what is shown afterwards.
A rerun after a change runs at once, on the UI thread, when the results shown are few (it
costs milliseconds and the dock is current when the change's handlers return, as before);
otherwise just after those handlers, in the thread (an event loop inside them could let the
user start another change halfway through this one).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer
from shiboken6 import isValid

from desktop.core.project import ProjectError
from desktop.core.search import DocumentHits, SearchResults, SearchService
from desktop.ui import background
from desktop.ui.core_text import text_of
from desktop.ui.search_dock import SearchDock
from desktop.ui.session import ProjectSession

T = TypeVar("T")
HOLD_MS = 100  # the user's input waits this long for a search; then it is answered
INLINE_RERUN_HITS = 500  # a rerun of results this small runs at once on the UI thread


class SearchRunner(QObject):
    """Runs the searches the dock asks for and shows their results in it."""

    def __init__(
        self, session: ProjectSession, dock: SearchDock, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.dock = dock
        self._lock = threading.Lock()  # the search service keeps texts: one thread at a time
        self._busy = False  # a search (or a page) is running; others wait their turn
        self._asked: str | None = None  # a search asked for meanwhile: the newest only
        self._stale = False  # the project changed meanwhile: rerun what is shown
        self._later = QTimer(self)  # a large rerun, once the change's handlers are done
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(lambda: self._run(None))
        dock.searchRequested.connect(self.search)
        dock.rerunRequested.connect(self.rerun)
        dock.moreRequested.connect(self.more)

    def search(self, query: str) -> None:
        """Search for ``query`` and show the results (after the search running, if any)."""
        self._run(query)

    def rerun(self, query: str) -> None:
        """The project changed: the search shown, afresh (see the module's note)."""
        shown = self.dock.results
        if self._busy:
            self._stale = True
        elif shown is not None and shown.hit_count <= INLINE_RERUN_HITS:
            self._show(self._search_here(query), self.dock.generation)
        else:
            self._later.start()

    def more(self, results: SearchResults) -> None:
        """List another page of the documents matching the search shown."""
        if self._busy:
            return  # the list is about to be replaced
        service = self.session.service.search
        self._busy = True
        try:
            page = self._in_thread(lambda: service.next_page(results))
            if isValid(self.dock) and self.dock.results is results:
                if isinstance(page, ProjectError):
                    self.dock.show_error(text_of(page))
                else:
                    self.dock.add_page(page)
        finally:
            self._busy = False
        self._next()

    def locate(self, query: str, document_ids: Sequence[int]) -> list[DocumentHits]:
        """Every hit of ``query`` in these documents (to tag those not listed yet)."""
        service = self.session.service.search
        waiting, self._busy = self._busy, True  # a rerun asked for meanwhile waits its turn
        try:
            found = self._in_thread(lambda: service.locate(query, document_ids))
        finally:
            self._busy = waiting
        if not waiting:
            self._next()
        if isinstance(found, ProjectError):
            raise found
        return found

    def _run(self, query: str | None) -> None:
        """Search for ``query`` (None: rerun the search shown), then whatever was asked
        for meanwhile."""
        if self._busy:
            if query is None:
                self._stale = True
            else:
                self._asked = query
            return
        self._later.stop()
        if query is None:
            query = self.dock.shown_query
            if not query:
                return  # cleared meanwhile
            self.dock.keep_ticks()
        generation = self.dock.generation
        self._busy = True
        try:
            found = self._search_in_thread(query)
        finally:
            self._busy = False
        if self._asked is None:  # else superseded: its results are not shown
            self._show(found, generation)
        self._next()

    def _next(self) -> None:
        if self._asked is not None:
            asked, self._asked, self._stale = self._asked, None, False
            self._run(asked)  # a search begun after the change reads it
        elif self._stale:
            self._stale = False
            self._run(None)

    def _show(self, found: SearchResults | ProjectError, generation: int) -> None:
        if not isValid(self.dock) or self.dock.generation != generation:
            return  # the window went, or the results were cleared meanwhile
        if isinstance(found, ProjectError):
            self.dock.show_error(text_of(found))
        else:
            self.dock.show_results(found, {d.id: d.title for d in self.session.documents()})

    def _search_here(self, query: str) -> SearchResults | ProjectError:
        listed = self.dock.listed_documents(query)
        try:
            with self._lock:
                return _searched(self.session.service.search, query, listed)
        except ProjectError as error:
            return error

    def _search_in_thread(self, query: str) -> SearchResults | ProjectError:
        service = self.session.service.search  # asked now: a restore puts in another
        listed = self.dock.listed_documents(query)
        return self._in_thread(lambda: _searched(service, query, listed))

    def _in_thread(self, work: Callable[[], T]) -> T | ProjectError:
        """``work`` in a thread, the window answering meanwhile; its result, or the
        ProjectError that stopped it. (A text replaced meanwhile needs nothing here: the
        service keeps each text with its hash and reads it again once that changed.)"""

        def locked(_progress: background.Progress) -> T:
            with self._lock:
                return work()

        try:
            return background.run(locked, hold_ms=HOLD_MS)
        except ProjectError as error:
            return error


def _searched(service: SearchService, query: str, listed: int) -> SearchResults:
    """``query``'s results with at least ``listed`` documents located (as many as the dock
    listed before a rerun)."""
    results = service.search(query)
    while len(results.documents) < listed and results.unlocated:
        results = service.next_page(results)
    return results
