"""The views' refresh after a document's text was replaced (or put back), one view per event:
together they took the window 100-200 ms with 20,000 annotations."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from shiboken6 import isValid

from desktop.ui import staged_reload
from desktop.ui.view_refresh import ViewRefresh

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.reader.document_pane import DocumentPane


class StagedRefresh(QObject):
    def __init__(self, window: MainWindow, views: ViewRefresh) -> None:
        super().__init__(window)
        self.window = window
        self.views = views
        # What a replaced text's refresh still has to do, one step per event.
        self._steps: list[Callable[[], None]] = []
        self._reloading = False  # a reload's steps are among them
        self._held: list[DocumentPane] = []  # panes not drawn until their highlights are
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    def text_replaced(self, document_id: int, text: str) -> None:
        """A document's text was replaced (or put back): its pane takes the new text and
        the annotations' places now, and shows them with what is in view highlighted at the
        next event; the other views follow, one per event. Each step reads the session when
        it runs, so a change made meanwhile is shown too; until the list's turn, a row
        chosen there is looked up afresh (``show_annotation``)."""
        while (self._held or self._reloading) and self._steps:  # due before this one's
            self._step()
        w, views, session = self.window, self.views, self.window.session
        w.suggestions.forget_document(document_id)
        pane = w.reader.pane_for(document_id)
        first: list[Callable[[], None]] = []
        if pane is not None and (document := session.document(document_id)) is not None:
            replaced = (
                pane.document_info is None or pane.document_info.text_sha256 != document.text_sha256
            )
            if replaced:
                # Setting a long text and painting its highlights took the window 50-100 ms
                # in one go: they are painted at the next event, and the view is not drawn
                # in between (no frame shows the new text without them).
                self._hold(pane)
                pane.replace_text(document, text)
            pane.update_header(document)
            pane.set_annotations(views.shown_in(document_id), session.tags(), paint=not replaced)

            def highlight(pane: DocumentPane = pane) -> None:
                if w.reader.pane_for(document_id) is pane:  # not closed meanwhile
                    pane.painter.resume()
                self._release()

            if replaced:
                first.append(highlight)
        w.orphans.refresh()  # its list, if open (a few rows), with the pane's header
        w.compare.changed()  # it refreshes on a timer of its own

        def lists() -> None:
            views.show_codebook(session.tags())
            w.corpus.model.set_documents(session.documents())
            w.coders.model.reload()  # orphans counted (one query)

        self._steps = [*first, lists, views.fill_annotations_list, views.show_counts]
        self._timer.start()

    def reload(self) -> None:
        """Much changed at once and was read off the UI thread (a merge, documents
        imported): every view shows it over a few events, the reader's panes first
        (``staged_reload``)."""
        if self._reloading:
            self._steps = []  # this one shows every view afresh
        while self._steps:  # what a replaced text had still to show
            self._step()
        steps = staged_reload.steps(self.window, self.views)
        if steps is None:
            self.views.refresh()
            return
        self._steps, self._reloading = steps, True
        self._timer.start()

    def _hold(self, pane: DocumentPane) -> None:
        """Keep ``pane``'s text from being drawn until ``_release``."""
        pane.view.viewport().setUpdatesEnabled(False)
        self._held.append(pane)

    def _release(self) -> None:
        """Draw the held panes again (each is redrawn whole)."""
        held, self._held = self._held, []
        for pane in held:
            if isValid(pane):  # not deleted meanwhile
                pane.view.viewport().setUpdatesEnabled(True)

    def pending(self) -> bool:
        """Some view has still to show a replaced text."""
        return bool(self._steps)

    def _step(self) -> None:
        if self._steps:
            self._steps.pop(0)()
        if not self._steps:
            self._timer.stop()
            self._reloading = False
