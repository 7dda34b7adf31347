"""The steps of the views' reload after much changed at once and was read off the UI thread
(a merge, documents imported), for ``StagedRefresh.reload``: all in one, they took the
window about a second with 20,000 annotations (each pane's highlights, the lists).

Each reader pane is a step, then the codebook, the corpus, the Annotations list, and the
codebook's counts and the search. Each step reads the session when it runs, so a change
made meanwhile (a passage tagged) is shown too. A pane is given only the annotations that
differ from those it shows: documents imported leave its highlights as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from shiboken6 import isValid

from desktop.core.records import AnnotationInfo, TagInfo

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.reader.document_pane import DocumentPane
    from desktop.ui.view_refresh import ViewRefresh

# More annotations than this share of a pane's changed: it is repainted whole.
WHOLE_SHARE = 0.25


def steps(window: MainWindow, views: ViewRefresh) -> list[Callable[[], None]] | None:
    """The reload in steps, one per event; None when a pane's document went or its text
    changed (not by a merge nor an import): every view is then refreshed at once."""
    session = window.session
    panes = window.reader.panes()
    for pane in panes:
        assert pane.document_id is not None
        document = session.document(pane.document_id)
        if document is None or (
            pane.document_info is not None
            and pane.document_info.text_sha256 != document.text_sha256
        ):
            return None
    w = window

    def codebook() -> None:
        views.show_codebook(session.tags())

    def corpus() -> None:
        w.corpus.model.set_documents(session.documents())

    panes_first = [lambda pane=pane: _pane(window, views, pane) for pane in panes]
    return [*panes_first, codebook, corpus, views.fill_annotations_list, views.show_counts]


def _pane(window: MainWindow, views: ViewRefresh, pane: DocumentPane) -> None:
    if not isValid(pane) or pane.document_id is None:
        return  # closed meanwhile
    session = window.session
    if window.reader.pane_for(pane.document_id) is not pane:
        return
    document = session.document(pane.document_id)
    if document is None:  # deleted meanwhile: that step refreshed the views itself
        return
    pane.update_header(document)
    views.say_hidden(pane)
    show(pane, views.shown_in(document.id), session.tags())


def show(pane: DocumentPane, annotations: Sequence[AnnotationInfo], tags: list[TagInfo]) -> None:
    """``pane`` shows ``annotations`` and the colours of ``tags``, repainting only what
    differs from what it shows (all of it when much does)."""
    shown = {a.id: a for a in pane.annotations}
    wanted = {a.id: a for a in annotations}
    # Compared once each (20,000 comparisons take ~25 ms): new or changed, then gone.
    after = [a for i, a in wanted.items() if shown.get(i) != a]
    before = [shown[a.id] for a in after if a.id in shown]
    before += [a for i, a in shown.items() if i not in wanted]
    if len(before) + len(after) > WHOLE_SHARE * max(len(shown), len(wanted), 1):
        pane.set_annotations(annotations, tags)
        return
    pane.set_tags(tags)  # repaints the passages whose tags changed colour
    if before or after:
        pane.update_annotations(before, after)
