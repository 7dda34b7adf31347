"""The Search dock: one box over every document and note; hits grouped by document, each
with its context, ticked for "Tag Results…".

A document may hold thousands of hits: the first ``FIRST_ROWS`` are listed at once, the
rest in batches between events (building 13,670 rows at once froze the window for a fifth
of a second). Ticks are kept as data (the passages unticked), so counting and tagging never
walk the rows, and cover rows not listed yet. The searches run in ``search_runner``."""

from __future__ import annotations

from collections import deque
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
from desktop.ui.i18n import number, plural, translate

HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # (document id, Hit) or ("note", annotation id, Hit)
MORE_ROLE = Qt.ItemDataRole.UserRole + 2  # on the "Show more" row
GROUP_ROLE = Qt.ItemDataRole.UserRole + 3  # on a document's row: its id
SHOWN_BEFORE = 40  # characters of context kept before a hit, so the hit itself shows
DELAY_MS = 300  # typing pauses this long before the search runs
FIRST_ROWS = 500  # hit rows listed with the results; the rest follow in batches of
BATCH_ROWS = 500  # this many, one batch per turn of the event loop (~10 ms each)
LAID_OUT = 300  # hits' texts kept laid out for drawing (a few screens of rows)
FREE_ROWS = 2_000  # rows of old results freed per turn of the event loop (~3 ms)
Place = tuple[int, int, int]  # document id, start, end: a passage as the results know it


def help_text() -> str:
    """How to write a query (the box's tooltip, and what the dock says before a search)."""
    return translate(
        "SearchDock",
        "Words are found in any case and without accents or diacritics (“duong” finds "
        "“đường”); all of them must be in a document. “Quoted words” must be together; "
        "a word ending in * finds every word it begins; -word leaves out documents with it.",
    )


class _HitDelegate(QStyledItemDelegate):
    """Draws a hit as its context with the matched words in bold, in any script."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._laid_out: dict[tuple[Hit, int, str], QTextDocument] = {}

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
        # Rows are drawn again each time more are listed: a hit's text is laid out once
        # (every row afresh took the list 20-35 ms a batch).
        key = (hit, rect.width(), option.font.key())  # type: ignore[attr-defined]
        document = self._laid_out.pop(key, None) or _rich_text(hit, option, rect.width())
        self._laid_out[key] = document  # the most recent last
        while len(self._laid_out) > LAID_OUT:
            del self._laid_out[next(iter(self._laid_out))]
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
    rerunRequested = Signal(str)  # the project changed: the same search again
    moreRequested = Signal(object)  # the SearchResults shown: locate another page
    hitChosen = Signal(int, int, int)  # document id, start, end
    noteChosen = Signal(int)  # annotation id
    # Ticked passages (document id, start, end), and the matching documents whose hits
    # are not listed yet (all of theirs count as ticked).
    tagRequested = Signal(list, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("SearchDock", "Search"), parent)
        self.setObjectName("searchDock")
        self.box = QLineEdit()
        self.box.setObjectName("searchBox")
        self.box.setPlaceholderText(translate("SearchDock", "Search all documents and notes"))
        self.box.setClearButtonEnabled(True)
        self.box.setAccessibleName(translate("SearchDock", "Search"))
        self.box.setToolTip(help_text())
        self.summary = QLabel(help_text())
        self.summary.setWordWrap(True)
        self.summary.setEnabled(False)
        self.tree = QTreeWidget()
        self.tree.setObjectName("searchResults")
        self.tree.setAccessibleName(translate("SearchDock", "Search results"))
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setItemDelegate(_HitDelegate(self.tree))
        # Alt+T is the Tag menu
        self.tag_button = QPushButton(translate("SearchDock", "Tag Re&sults…"))
        self.tag_button.setToolTip(
            translate("SearchDock", "Apply tags to every ticked result, as one step you can undo")
        )
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
        self.generation = 0  # counts clearings: results that come after one are not shown
        self._titles: dict[int, str] = {}
        self._unticked: set[Place] = set()  # listed or not yet: ticks are data
        # Documents whose hit rows are still to be listed: their row, hits, how many done.
        self._unlisted: deque[tuple[QTreeWidgetItem, DocumentHits, int]] = deque()
        self._filler = QTimer(self)
        self._filler.setSingleShot(True)
        self._filler.setInterval(0)
        self._filler.timeout.connect(lambda: self._list_rows(BATCH_ROWS))
        self._taken: list[QTreeWidgetItem] = []  # rows of old results, still to be freed
        self._freeing = QTimer(self)
        self._freeing.setSingleShot(True)
        self._freeing.setInterval(0)
        self._freeing.timeout.connect(self._free_taken)
        # Before a rerun: its query, the hits the user had unticked, documents listed.
        self._kept: tuple[str, set[Place], int] | None = None

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
            self.keep_ticks()
            self.rerunRequested.emit(self.results.query)

    def keep_ticks(self) -> None:
        """Remember the hits unticked and the documents listed for the search shown, for
        its results afresh (``show_results`` of the same query uses them)."""
        if self.results is not None:
            shown = (self.results.query, set(self._unticked), len(self.results.documents))
            self._kept = shown

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
        self.generation += 1
        self._unticked = set()
        self._stop_listing()
        self.tree.clear()
        self.summary.setText(help_text())
        self._update_button()

    def show_error(self, message: str) -> None:
        self.clear_results()
        self.summary.setText(message)

    def show_results(self, results: SearchResults, titles: dict[int, str]) -> None:
        """A new search's results, replacing what was shown."""
        self.results, self._titles = results, titles
        kept = self._kept if self._kept and self._kept[0] == results.query else None
        self._kept = None
        self._unticked = kept[1] if kept else set()
        self._stop_listing()
        self.tree.blockSignals(True)
        self._take_rows()
        self._add_documents(results.documents)
        if results.notes:
            count = number(len(results.notes))
            group = QTreeWidgetItem(
                [translate("SearchDock", "Notes  ({count})").format(count=count)]
            )
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            note_flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            where = translate("SearchDock", "In the note of an annotation in “{title}”")
            for note in results.notes:
                item = QTreeWidgetItem(group, [_plain(note.hit)])
                item.setFlags(note_flags)
                item.setData(0, HIT_ROLE, ("note", note.annotation_id, note.hit))
                item.setToolTip(0, where.format(title=titles.get(note.document_id, "?")))
            self.tree.addTopLevelItem(group)
            group.setExpanded(True)
        self._finish()

    def _take_rows(self) -> None:
        """Empty the tree for new results: the old rows are taken out now and freed a few
        thousand per event (``clear`` of 13,000 hit rows held the window 30-80 ms)."""
        taken = [self.tree.takeTopLevelItem(0) for _ in range(self.tree.topLevelItemCount())]
        self._taken.extend(taken)
        if self._taken:
            self._freeing.start()

    def _free_taken(self) -> None:
        freed = 0
        while self._taken and freed < FREE_ROWS:
            group = self._taken[-1]
            rows = group.childCount()
            for row in range(rows - 1, max(-1, rows - 1 - FREE_ROWS + freed), -1):
                group.takeChild(row)  # freed as it is dropped
            freed += rows - group.childCount()
            if not group.childCount():
                self._taken.pop()
                freed += 1
        if self._taken:
            self._freeing.start()

    def add_page(self, results: SearchResults) -> None:
        """The same search with more documents' hits located: list the new ones."""
        assert self.results is not None
        new = results.documents[len(self.results.documents) :]
        self.results = results
        self.tree.blockSignals(True)
        self._add_documents(new)
        self._finish()

    def _add_documents(self, documents: tuple[DocumentHits, ...]) -> None:
        """A row per document, ticked unless each of its hits is unticked; its hit rows
        are listed by ``_list_rows`` (signals blocked by the caller)."""
        self._drop_more_row()
        tickable = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
        at = self._document_rows()
        for found in documents:
            title = self._titles.get(found.document_id, "?")
            group = QTreeWidgetItem([f"{title}  ({len(found.hits)})"])
            group.setFlags(tickable | Qt.ItemFlag.ItemIsAutoTristate)
            group.setCheckState(0, Qt.CheckState.Checked)  # then as its hits are, once listed
            group.setData(0, GROUP_ROLE, found.document_id)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.insertTopLevelItem(at, group)
            group.setExpanded(True)
            at += 1
            self._unlisted.append((group, found, 0))
        if unlocated := self._unlocated():
            more = QTreeWidgetItem(
                [
                    translate("SearchDock", "Show results in {count} more documents…").format(
                        count=number(len(unlocated))
                    )
                ]
            )
            more.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            more.setData(0, MORE_ROLE, True)
            more.setToolTip(
                0, translate("SearchDock", "Their passages are tagged too by “Tag Results…”")
            )
            self.tree.insertTopLevelItem(at, more)
        self._list_rows(FIRST_ROWS)

    def _list_rows(self, budget: int) -> None:
        """List up to ``budget`` more hit rows; the rest after the next events."""
        flags = (
            Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        ticked, unticked = Qt.CheckState.Checked, Qt.CheckState.Unchecked
        blocked = self.tree.blockSignals(True)  # states as they are: no tick to count
        while self._unlisted and budget > 0:
            group, found, done = self._unlisted.popleft()
            document_id = found.document_id
            rows = []
            for hit in found.hits[done : done + budget]:
                item = QTreeWidgetItem([_plain(hit)])
                item.setFlags(flags)
                place = (document_id, hit.start, hit.end)
                item.setCheckState(0, unticked if place in self._unticked else ticked)
                item.setData(0, HIT_ROLE, (document_id, hit))
                item.setToolTip(0, f"{hit.before}{hit.match}{hit.after}")
                rows.append(item)
            group.addChildren(rows)  # its tick follows its hits' (auto-tristate)
            budget -= len(rows)
            if done + len(rows) < len(found.hits):
                self._unlisted.appendleft((group, found, done + len(rows)))
        self.tree.blockSignals(blocked)
        if self._unlisted:
            self._filler.start()

    def _stop_listing(self) -> None:
        self._filler.stop()
        self._unlisted.clear()

    def listing(self) -> bool:
        """Whether hit rows are still to be listed (they follow between events)."""
        return bool(self._unlisted)

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
        counted = plural(
            passages,
            translate("SearchDock", "{n} passage"),
            translate("SearchDock", "{n} passages"),
        )
        parts = []
        if documents and results.unlocated:
            first = translate(
                "SearchDock", "{passages} in the first {located} of {count} documents"
            )
            located, count = number(len(results.documents)), number(documents)
            parts.append(first.format(passages=counted, located=located, count=count))
        elif documents:
            parts.append(
                plural(
                    documents,
                    translate("SearchDock", "{passages} in {n} document"),
                    translate("SearchDock", "{passages} in {n} documents"),
                    passages=counted,
                )
            )
        if results.notes:
            notes = len(results.notes)
            one, many = translate("SearchDock", "{n} note"), translate("SearchDock", "{n} notes")
            parts.append(plural(notes, one, many))
        nothing = translate("SearchDock", "Nothing found for “{query}”.")
        self.summary.setText(" · ".join(parts) or nothing.format(query=results.query))
        self._update_button()

    def ticked_passages(self) -> list[Place]:
        """Every ticked hit of the documents located, listed yet or not."""
        if self.results is None:
            return []
        unticked = self._unticked
        return [
            place
            for found in self.results.documents
            for hit in found.hits
            if (place := (found.document_id, hit.start, hit.end)) not in unticked
        ]

    def _ticked(self, item: QTreeWidgetItem, _column: int) -> None:
        data = item.data(0, HIT_ROLE)
        if isinstance(data, tuple) and data[0] != "note":
            document_id, hit = data
            place = (document_id, hit.start, hit.end)
            if item.checkState(0) == Qt.CheckState.Unchecked:
                self._unticked.add(place)
            else:
                self._unticked.discard(place)
        elif (document_id := item.data(0, GROUP_ROLE)) is not None:
            self._group_ticked(document_id, item.checkState(0))
        self._toggled.append(item)
        self._recount.start()

    def _group_ticked(self, document_id: int, state: Qt.CheckState) -> None:
        """A document (un)ticked while its rows are still being listed: the rows to come
        follow it (those listed tell their own change)."""
        if state == Qt.CheckState.PartiallyChecked or not any(
            found.document_id == document_id for _, found, _ in self._unlisted
        ):
            return
        hits = next(f.hits for _, f, _ in self._unlisted if f.document_id == document_id)
        places = {(document_id, hit.start, hit.end) for hit in hits}
        if state == Qt.CheckState.Unchecked:
            self._unticked |= places
        else:
            self._unticked -= places

    def _clicked(self, item: QTreeWidgetItem, column: int) -> None:
        """A click opens a hit, unless it only ticked or unticked the hit's box (the click
        arrives after the box changed, before the count)."""
        if not any(changed is item for changed in self._toggled):
            self._choose(item, column)

    def _update_button(self) -> None:
        self._toggled.clear()
        count = len(self.ticked_passages())
        self.tag_button.setEnabled(count > 0 or bool(self._unlocated()))
        if self._unlocated() or not count:
            self.tag_button.setText(translate("SearchDock", "Tag Re&sults…"))
            return
        self.tag_button.setText(
            plural(
                count,
                translate("SearchDock", "Tag {n} Re&sult…"),
                translate("SearchDock", "Tag {n} Re&sults…"),
            )
        )

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
