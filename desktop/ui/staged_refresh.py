"""The views' refresh after a document's text was replaced (or put back), one view per event:
together they took the window 100-200 ms with 20,000 annotations."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from desktop.ui.view_refresh import ViewRefresh

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class StagedRefresh(QObject):
    def __init__(self, window: MainWindow, views: ViewRefresh) -> None:
        super().__init__(window)
        self.window = window
        self.views = views
        # What a replaced text's refresh still has to do, one step per event.
        self._steps: list[Callable[[], None]] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    def text_replaced(self, document_id: int, text: str) -> None:
        """A document's text was replaced (or put back): its pane shows the new text with
        what is in view highlighted now; the other views follow, one per event. Each step
        reads the session when it runs, so a change made meanwhile is shown too; until the
        list's turn, a row chosen there is looked up afresh (``show_annotation``)."""
        w, views, session = self.window, self.views, self.window.session
        w.suggestions.forget_document(document_id)
        pane = w.reader.pane_for(document_id)
        if pane is not None and (document := session.document(document_id)) is not None:
            if pane.document_info is None or pane.document_info.text_sha256 != document.text_sha256:
                pane.replace_text(document, text)
            pane.update_header(document)
            pane.set_annotations(views.shown_in(document_id), session.tags())
        w.orphans.refresh()  # its list, if open (a few rows), with the pane's header
        w.compare.changed()  # it refreshes on a timer of its own

        def lists() -> None:
            views.show_codebook(session.tags())
            w.corpus.model.set_documents(session.documents())

        def rest() -> None:
            views.count_open_uses()
            w.search.rerun()  # hits in the text that went, or came back

        self._steps = [lists, views.fill_annotations_list, rest]
        self._timer.start()

    def pending(self) -> bool:
        """Some view has still to show a replaced text."""
        return bool(self._steps)

    def _step(self) -> None:
        if self._steps:
            self._steps.pop(0)()
        if not self._steps:
            self._timer.stop()
