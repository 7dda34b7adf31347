"""The Compare dock: how each document treats each tag, in several views as tabs.

Views are refreshed from the session's committed state shortly after any change, and
only the one shown (the others when their tab is chosen), so coding stays fast.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QTabWidget, QWidget

from desktop.ui.compare.base import CompareData, CompareView
from desktop.ui.compare.charts_view import ChartsView
from desktop.ui.compare.cooccurrence_view import CooccurrenceView
from desktop.ui.compare.freed_later import FreedLater
from desktop.ui.compare.matrix_view import MatrixView
from desktop.ui.compare.passages_view import PassagesView
from desktop.ui.compare.strips_view import StripsView
from desktop.ui.i18n import translate

DELAY_MS = 60  # a burst of changes (undo of a batch, an import) refreshes once
LONGEST_DELAY_MS = 2000


class CompareDock(QDockWidget):
    passageChosen = Signal(int)  # an annotation to show in the reader
    message = Signal(str)  # a passing word for the status bar

    def __init__(self, data: Callable[[], CompareData], parent: QWidget | None = None) -> None:
        super().__init__(translate("CompareDock", "Compare"), parent)
        self.setObjectName("compareDock")
        self._data = data
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # Views scroll: their contents must not force the window taller or wider.
        self.tabs.setMinimumSize(240, 120)
        self.passages = PassagesView()
        self.views: list[CompareView] = []
        self._stale: set[int] = set()  # views (by tab index) whose data is out of date
        self.add_view(self.passages)
        self.matrix = MatrixView()
        self.cooccurrence = CooccurrenceView()
        self.strips = StripsView()
        self.charts = ChartsView()
        for view in (self.matrix, self.cooccurrence, self.strips, self.charts):
            self.add_view(view)
        self.setWidget(self.tabs)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._refresh_shown)
        self._freeing = FreedLater(self)
        self.tabs.currentChanged.connect(lambda _index: self._refresh_shown())
        self.visibilityChanged.connect(lambda shown: shown and self._refresh_shown())

    def add_view(self, view: CompareView) -> None:
        self._stale.add(len(self.views))
        self.views.append(view)
        self.tabs.addTab(view, view.title)
        view.passageChosen.connect(self.passageChosen)
        view.passagesChosen.connect(self._picked)

    def changed(self) -> None:
        """The project changed: every view is stale; the shown one refreshes soon."""
        self._stale = set(range(len(self.views)))
        if self.isVisible():
            self._timer.start()

    def refresh_now(self) -> None:
        self._stale = set(range(len(self.views)))
        self._refresh_shown()

    def _refresh_shown(self) -> None:
        index = self.tabs.currentIndex()
        if index < 0 or index not in self._stale or not self.isVisible():
            return
        self._stale.discard(index)
        started = time.perf_counter()
        view = self.views[index]
        old = view.drawn_data()
        view.refresh(self._data())
        self._freeing.take(old)  # not freed here: the annotations it alone held go in steps
        del old
        took = int((time.perf_counter() - started) * 1000)
        # On a large project a refresh takes a while: wait longer after each change, so
        # a coder tagging quickly is not held up by a refresh per tag.
        self._timer.setInterval(min(LONGEST_DELAY_MS, max(DELAY_MS, 3 * took)))

    def _picked(self, caption: str, annotation_ids: list[int]) -> None:
        """A view chose several passages (a matrix cell): list them in the Passages tab."""
        if not annotation_ids:  # an empty cell: nothing to list, and nothing has gone
            self.message.emit(
                translate("CompareDock", "No passages: {caption}.").format(caption=caption)
            )
            return
        self.passages.show_picked(caption, annotation_ids)
        self.tabs.setCurrentWidget(self.passages)
