"""Keeping the window's views in step with the committed project: the reader's panes, the
codebook, the corpus and Annotations lists, with hidden coders and hidden tags left out of
the reader and the Annotations list (the Compare views and exports keep all of them)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from desktop.core.records import AnnotationInfo, TagInfo
from desktop.ui.coders.coders_model import coder_label
from desktop.ui.delta import AnnotationDelta
from desktop.ui.reader import highlights

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.reader.document_pane import DocumentPane


class ViewRefresh:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.session = window.session
        self._deleted_panes: dict[int, int] = {}  # document id → where its pane was

    def shown(self, annotations: Iterable[AnnotationInfo]) -> list[AnnotationInfo]:
        """What the reader shows of these annotations: none of hidden coders or tags."""
        return highlights.without_hidden(
            self.session.shown(annotations), self.window.codebook.model.hidden
        )

    def shown_in(self, document_id: int) -> list[AnnotationInfo]:
        return self.shown(self.session.annotations_in(document_id))

    def fill_annotations_list(self) -> None:
        """The Annotations list afresh, in document order, hidden coders left out."""
        session = self.session
        documents, by_document = session.documents(), session.annotations_by_document()
        annotations = [a for d in documents for a in by_document.get(d.id, [])]
        self.window.annotations.set_data(session.shown(annotations), documents, session.tags())

    def refresh(self) -> None:
        """Show the committed state afresh (after a change the session could not describe)."""
        w, session = self.window, self.session
        tags = session.tags()
        documents = session.documents()
        by_document = session.annotations_by_document()
        annotations = [a for d in documents for a in by_document.get(d.id, [])]
        self.show_codebook(tags)
        w.corpus.model.set_documents(documents)
        w.annotations.set_data(session.shown(annotations), documents, tags)
        for place, pane in enumerate(w.reader.panes()):
            assert pane.document_id is not None
            if (document := session.document(pane.document_id)) is not None:
                if pane.document_info and pane.document_info.text_sha256 != document.text_sha256:
                    pane.replace_text(document, session.service.document_text(document.id))
                    w.suggestions.forget_document(document.id)
                pane.update_header(document)
            else:  # deleted: if an undo brings it back, so is its pane
                self._deleted_panes[pane.document_id] = place
                w.reader.close_document(pane.document_id)
        for document_id, place in list(self._deleted_panes.items()):
            if session.document(document_id) is not None:
                del self._deleted_panes[document_id]
                w.open_document(document_id)
                w.reader.move_pane(document_id, place - len(w.reader.panes()) + 1)
        self.repaint_readers()
        self.show_counts()

    def show_counts(self) -> None:
        """The codebook's counts in the open documents, and the search run again (its hits
        may be in a document that went, came, or has another text)."""
        self.count_open_uses()
        self.window.search.rerun()

    def repaint_readers(self) -> None:
        """Every pane shows its document's annotations afresh, hidden tags left out."""
        tags = self.session.tags()
        for pane in self.window.reader.panes():
            assert pane.document_id is not None
            pane.set_annotations(self.shown_in(pane.document_id), tags)
            self.say_hidden(pane)

    def say_hidden(self, pane: DocumentPane) -> None:
        """The pane's header says which coders are hidden and how many of their
        annotations in its document are not shown (orphans included: hidden all the same)."""
        hidden = self.session.hidden_coders
        if not hidden:
            pane.set_hidden_coders((), 0)
            return
        assert pane.document_id is not None
        count = sum(1 for a in self.session.annotations_in(pane.document_id) if a.coder in hidden)
        names = sorted((coder_label(c) for c in hidden), key=str.casefold)
        pane.set_hidden_coders(names, count)

    def annotations_edited(self, delta: AnnotationDelta) -> None:
        """Update every view for just the annotations one step changed."""
        w, session = self.window, self.session
        w.codebook.model.add_open_uses(delta.tag_uses(set(w.reader.open_document_ids())))
        w.codebook.set_tags(session.tags())  # repaints the rows whose counts changed
        w.corpus.model.set_documents(session.documents())
        w.annotations.update_annotations(delta.before, session.shown(delta.after))
        if {(a.id, a.note) for a in delta.before if a.note} != {
            (a.id, a.note) for a in delta.after if a.note
        }:
            w.search.rerun()  # a note hit may have gone, changed or appeared
        touched = delta.document_ids
        for pane in w.reader.panes():
            if pane.document_id in touched and (document := session.document(pane.document_id)):
                pane.update_header(document)
                self.say_hidden(pane)
                pane.update_annotations(
                    [a for a in delta.before if a.document_id == pane.document_id],
                    self.shown(a for a in delta.after if a.document_id == pane.document_id),
                )

    def hidden_coders_changed(self) -> None:
        """Coders were hidden or shown again: the reader and the Annotations list show the
        annotations of the others (the Compare views and exports keep all of them)."""
        self.fill_annotations_list()
        self.repaint_readers()

    def codebook_changed(self) -> None:
        """Tags were renamed, recoloured, re-keyed or moved; no annotation changed."""
        tags = self.session.tags()
        self.show_codebook(tags)
        self.window.annotations.set_tags(tags)
        for pane in self.window.reader.panes():
            pane.set_tags(tags)

    def show_codebook(self, tags: list[TagInfo]) -> None:
        w = self.window
        if w.tag_actions.update(tags):
            w.tag_menu.clear()
            w.tag_menu.addActions(w.tag_menu_head)
            w.tag_menu.addSeparator()
            w.tag_actions.fill(w.tag_menu)
        w.codebook.set_tags(tags)

    def count_open_uses(self) -> None:
        """Codebook counts for the documents open in the reader."""
        grouped = self.session.annotations_by_document()
        counts = Counter(
            tag_id
            for document_id in self.window.reader.open_document_ids()
            for annotation in grouped.get(document_id, [])
            for tag_id in annotation.tag_ids
        )
        self.window.codebook.model.set_open_counts(dict(counts))
