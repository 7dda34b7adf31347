"""The Search dock: one box over every document and note; hits grouped by document, each
with its context, ticked for "Tag Results…"."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.search import DocumentHits, Hit, SearchResults
from desktop.core.wording import counted

HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # (document id, Hit) or ("note", annotation id, Hit)
MORE_ROLE = Qt.ItemDataRole.UserRole + 2  # on the "Show more" row
GROUP_ROLE = Qt.ItemDataRole.UserRole + 3  # on a document's row: its id
SHOWN_BEFORE = 40  # characters of context kept before a hit, so the hit itself shows
DELAY_MS = 300  # typing pauses this long before the search runs
HELP = (
    "Words are found in any case and without accents or diacritics (“duong” finds "
    "“đường”); all of them must be in a document. “Quoted words” must be together; "
    "a word ending in * finds every word it begins; -word leaves out documents with it."
)


class _HitDelegate(QStyledItemDelegate):
    """Draws a hit as its context with the matched words in bold, in any script."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        hit = _hit_of(index)
        if hit is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""  # type: ignore[attr-defined]
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget else None
        if style is None:
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
        document = _rich_text(hit, option, rect.width())
        painter.save()
        painter.setClipRect(rect)
        painter.translate(rect.left(), rect.top() + (rect.height() - document.size().height()) / 2)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = option.state & QStyle.StateFlag.State_Selected  # type: ignore[attr-defined]
        role = (
            option.palette.ColorRole.HighlightedText if selected else option.palette.ColorRole.Text
        )  # type: ignore[attr-defined]
        context.palette.setColor(option.palette.ColorRole.Text, option.palette.color(role))  # type: ignore[attr-defined]
        context.clip = QRectF(0, 0, rect.width(), rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 6))  # type: ignore[attr-defined]


def _hit_of(index: QModelIndex | QPersistentModelIndex) -> Hit | None:
    data = index.data(HIT_ROLE)
    return data[-1] if isinstance(data, tuple) else None


def _rich_text(hit: Hit, option: QStyleOptionViewItem, width: int) -> QTextDocument:
    """The hit in the row's width: context before takes at most a third, the context after
    what is left, so the whole line fits and the hit shows in either direction (a
    right-to-left line laid out wider than the row showed only its far end)."""
    font = option.font  # type: ignore[attr-defined]
    metrics = QFontMetrics(font)
    bold = QFont(font)
    bold.setBold(True)
    before = metrics.elidedText(
        hit.before[-SHOWN_BEFORE:].lstrip(), Qt.TextElideMode.ElideLeft, max(0, width // 3)
    )
    left = (
        width - metrics.horizontalAdvance(before) - QFontMetrics(bold).horizontalAdvance(hit.match)
    )
    after = metrics.elidedText(hit.after, Qt.TextElideMode.ElideRight, max(0, left - 4))
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(
        f"<span style='white-space:pre'>{escape(before)}<b><u>{escape(hit.match)}</u></b>"
        f"{escape(after)}</span>"
    )
    document.setTextWidth(width)
    return document


def _plain(hit: Hit) -> str:
    return f"{hit.before[-SHOWN_BEFORE:]}[{hit.match}]{hit.after}"


class SearchDock(QDockWidget):
    searchRequested = Signal(str)
    moreRequested = Signal(object)  # the SearchResults shown: locate another page
    hitChosen = Signal(int, int, int)  # document id, start, end
    noteChosen = Signal(int)  # annotation id
    # Ticked passages (document id, start, end), and the matching documents whose hits
    # are not listed yet (all of theirs count as ticked).
    tagRequested = Signal(list, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Search", parent)
        self.setObjectName("searchDock")
        self.box = QLineEdit()
        self.box.setObjectName("searchBox")
        self.box.setPlaceholderText("Search all documents and notes")
        self.box.setClearButtonEnabled(True)
        self.box.setAccessibleName("Search")
        self.box.setToolTip(HELP)
        self.summary = QLabel(HELP)
        self.summary.setWordWrap(True)
        self.summary.setEnabled(False)
        self.tree = QTreeWidget()
        self.tree.setObjectName("searchResults")
        self.tree.setAccessibleName("Search results")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setItemDelegate(_HitDelegate(self.tree))
        self.tag_button = QPushButton("Tag Re&sults…")  # Alt+T is the Tag menu
        self.tag_button.setToolTip("Apply tags to every ticked result, as one step you can undo")
        self.tag_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.tag_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.box)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.setWidget(body)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.run)
        self.box.textEdited.connect(self._typed)
        self.box.returnPressed.connect(self.run)
        self.box.installEventFilter(self)  # Down goes to the results, Esc clears
        self.tree.itemActivated.connect(self._choose)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemChanged.connect(self._ticked)
        # Unticking a document unticks each of its hits: count once, after all of them
        # (counting per change took 27 s for a document with 3,000 hits).
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(0)
        self._recount.timeout.connect(self._update_button)
        self._toggled: list[QTreeWidgetItem] = []  # boxes changed since the last count
        self.tag_button.clicked.connect(
            lambda: self.tagRequested.emit(self.ticked_passages(), list(self._unlocated()))
        )
        self.results: SearchResults | None = None
        self._titles: dict[int, str] = {}
        # Before a rerun: its query, the hits the user had unticked, documents listed.
        self._kept: tuple[str, set[tuple[int, int, int]], int] | None = None

    # -- running ------------------------------------------------------------------------

    def run(self) -> None:
        self._timer.stop()
        query = self.box.text().strip()
        if not query:
            self.clear_results()
            return
        self.searchRequested.emit(query)

    @property
    def shown_query(self) -> str:
        return self.results.query if self.results else ""

    def rerun(self) -> None:
        """The project changed: show the results of the same search afresh, with the
        same hits unticked and as many documents listed."""
        if self.results is not None:
            self._kept = (self.results.query, set(self._unticked()), len(self.results.documents))
            self.searchRequested.emit(self.results.query)

    def listed_documents(self, query: str) -> int:
        """How many documents' hits to list for ``query`` (as many as before a rerun)."""
        return self._kept[2] if self._kept and self._kept[0] == query else 0

    def _typed(self, _text: str) -> None:
        self._timer.start()
        self.tag_button.setEnabled(False)  # the results shown are not this query's yet

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key == Qt.Key.Key_Down and self.tree.topLevelItemCount():
                self.tree.setFocus(Qt.FocusReason.TabFocusReason)
                if self.tree.currentItem() is None:
                    self.tree.setCurrentItem(self.tree.topLevelItem(0))
                return True
            if key == Qt.Key.Key_Escape and self.box.text():
                self.box.clear()
                self.clear_results()
                return True
        return super().eventFilter(watched, event)

    def _unlocated(self) -> tuple[int, ...]:
        return self.results.unlocated if self.results else ()

    def focus_box(self) -> None:
        self.show()
        self.raise_()
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    # -- showing ------------------------------------------------------------------------

    def clear_results(self) -> None:
        self.results = None
        self.tree.clear()
        self.summary.setText(HELP)
        self._update_button()

    def show_error(self, message: str) -> None:
        self.clear_results()
        self.summary.setText(message)

    def show_results(self, results: SearchResults, titles: dict[int, str]) -> None:
        """A new search's results, replacing what was shown."""
        self.results, self._titles = results, titles
        unticked = self._kept[1] if self._kept and self._kept[0] == results.query else set()
        self._kept = None
        self.tree.blockSignals(True)
        self.tree.clear()
        self._add_documents(results.documents, unticked)
        if results.notes:
            group = QTreeWidgetItem([f"Notes  ({len(results.notes)})"])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for note in results.notes:
                item = QTreeWidgetItem(group, [_plain(note.hit)])
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setData(0, HIT_ROLE, ("note", note.annotation_id, note.hit))
                title = titles.get(note.document_id, "?")
                item.setToolTip(0, f"In the note of an annotation in “{title}”")
            self.tree.addTopLevelItem(group)
            group.setExpanded(True)
        self._finish()

    def add_page(self, results: SearchResults) -> None:
        """The same search with more documents' hits located: list the new ones."""
        assert self.results is not None
        new = results.documents[len(self.results.documents) :]
        self.results = results
        self.tree.blockSignals(True)
        self._add_documents(new)
        self._finish()

    def _add_documents(
        self,
        documents: tuple[DocumentHits, ...],
        unticked: set[tuple[int, int, int]] = frozenset(),  # type: ignore[assignment]
    ) -> None:
        self._drop_more_row()
        tickable = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
        at = self._document_rows()
        for found in documents:
            title = self._titles.get(found.document_id, "?")
            group = QTreeWidgetItem([f"{title}  ({len(found.hits)})"])
            group.setFlags(tickable | Qt.ItemFlag.ItemIsAutoTristate)
            group.setCheckState(0, Qt.CheckState.Checked)
            group.setData(0, GROUP_ROLE, found.document_id)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for hit in found.hits:
                item = QTreeWidgetItem(group, [_plain(hit)])
                flags = tickable | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
                item.setFlags(flags)
                place = (found.document_id, hit.start, hit.end)
                item.setCheckState(
                    0, Qt.CheckState.Unchecked if place in unticked else Qt.CheckState.Checked
                )
                item.setData(0, HIT_ROLE, (found.document_id, hit))
                item.setToolTip(0, f"{hit.before}{hit.match}{hit.after}")
            self.tree.insertTopLevelItem(at, group)
            group.setExpanded(True)
            at += 1
        if unlocated := self._unlocated():
            more = QTreeWidgetItem([f"Show results in {len(unlocated)} more documents…"])
            more.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            more.setData(0, MORE_ROLE, True)
            more.setToolTip(0, "Their passages are tagged too by “Tag Results…”")
            self.tree.insertTopLevelItem(at, more)

    def _document_rows(self) -> int:
        """How many top rows are documents (notes and "more" come after them)."""
        count = 0
        while count < self.tree.topLevelItemCount():
            if self.tree.topLevelItem(count).data(0, GROUP_ROLE) is None:
                break
            count += 1
        return count

    def _drop_more_row(self) -> None:
        for row in range(self.tree.topLevelItemCount()):
            if self.tree.topLevelItem(row).data(0, MORE_ROLE):
                self.tree.takeTopLevelItem(row)
                return

    def _finish(self) -> None:
        self.tree.blockSignals(False)
        results = self.results
        assert results is not None
        passages, documents = results.hit_count, len(results.document_ids)
        parts = []
        if documents and results.unlocated:
            located = len(results.documents)
            parts.append(
                f"{counted(passages, 'passage')} in the first {located} of {documents:,} documents"
            )
        elif documents:
            parts.append(f"{counted(passages, 'passage')} in {counted(documents, 'document')}")
        if results.notes:
            parts.append(counted(len(results.notes), "note"))
        self.summary.setText(" · ".join(parts) or f"Nothing found for “{results.query}”.")
        self._update_button()

    def ticked_passages(self) -> list[tuple[int, int, int]]:
        return self._passages(Qt.CheckState.Checked)

    def _unticked(self) -> list[tuple[int, int, int]]:
        return self._passages(Qt.CheckState.Unchecked)

    def _passages(self, state: Qt.CheckState) -> list[tuple[int, int, int]]:
        passages = []
        for top in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(top)
            for row in range(group.childCount()):
                item = group.child(row)
                data = item.data(0, HIT_ROLE)
                if item.checkState(0) == state and data[0] != "note":
                    document_id, hit = data
                    passages.append((document_id, hit.start, hit.end))
        return passages

    def _ticked(self, item: QTreeWidgetItem, _column: int) -> None:
        self._toggled.append(item)
        self._recount.start()

    def _clicked(self, item: QTreeWidgetItem, column: int) -> None:
        """A click opens a hit, unless it only ticked or unticked the hit's box (the click
        arrives after the box changed, before the count)."""
        if not any(changed is item for changed in self._toggled):
            self._choose(item, column)

    def _update_button(self) -> None:
        self._toggled.clear()
        count = len(self.ticked_passages())
        self.tag_button.setEnabled(count > 0 or bool(self._unlocated()))
        if self._unlocated():
            self.tag_button.setText("Tag Re&sults…")
            return
        self.tag_button.setText(f"Tag {counted(count, 'Re&sult')}…" if count else "Tag Re&sults…")

    def _choose(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        if item.data(0, MORE_ROLE) and self.results is not None:
            self.moreRequested.emit(self.results)
            return
        data = item.data(0, HIT_ROLE)
        if not isinstance(data, tuple):
            return
        if data[0] == "note":
            self.noteChosen.emit(data[1])
        else:
            document_id, hit = data
            self.hitChosen.emit(document_id, hit.start, hit.end)
