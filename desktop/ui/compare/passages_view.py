"""Passages by tag, side by side: one column per document (or language, or outlet), each
listing in reading order the passages carrying the chosen tags. An empty column says so:
that a report never mentions an actor is a finding."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import analysis
from desktop.core.records import AnnotationInfo, TagInfo
from desktop.ui.compare.base import CompareData, CompareView
from desktop.ui.i18n import number, plural, translate
from desktop.ui.kinds import kind_heading
from desktop.ui.swatches import swatch
from desktop.ui.text_util import short

ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 1
CONTEXT = 40  # characters of the stored context shown around a quote
COLUMN_WIDTH = 300
# Side by side is for reading: beyond these a list is built for nobody, and building it
# froze the window (1,000 columns: 2 s per change; 100,000 passages: 4 s).
MAX_COLUMNS = 40
MAX_PASSAGES = 300
BATCH = 25  # wrapped items laid out per turn of the event loop (~1 ms each batch)


def splits() -> dict[str, str]:
    """What a column can stand for: names (in the interface's language) and keys."""
    return {
        translate("PassagesView", "Open documents"): "open",
        translate("PassagesView", "All documents"): "document",
        translate("PassagesView", "Languages"): "language",
        translate("PassagesView", "Outlets"): "source",
    }


def _passages(count: int) -> str:
    return plural(
        count, translate("PassagesView", "{n} passage"), translate("PassagesView", "{n} passages")
    )


def _either(names: list[str]) -> str:
    """'a', 'a or b', 'a or b or c': the tags a passage may carry."""
    if not names:
        return ""
    either = names[0]
    for name in names[1:]:
        either = translate("PassagesView", "{tags} or {tag}").format(tags=either, tag=name)
    return either


def _column_label(data: CompareData, column: analysis.Column, split: str) -> str:
    """A column's heading: the group of documents without a language or an outlet is
    named in the interface's language."""
    if split in ("language", "source") and column.document_ids:
        first = data.document(column.document_ids[0])
        if first is not None and not getattr(first, split):
            if split == "language":
                return translate("PassagesView", "No language")
            return translate("PassagesView", "No outlet")
    return column.label


def _right_to_left(language: str) -> bool:
    return bool(language) and (QLocale(language).textDirection() == Qt.LayoutDirection.RightToLeft)


class PassageColumn(QFrame):
    """One document's (or group's) passages, or a plain statement that there are none."""

    def __init__(self, title: str, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel(title)
        self.heading.setWordWrap(True)
        self.heading.setToolTip(tooltip)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.count = QLabel()
        self.count.setEnabled(False)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(
            translate("PassagesView", "Passages in {title}").format(title=title)
        )
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        # Wrapped items are measured one by one: 300 in a column held the window 30 ms
        # after every change. In batches, the events between them are answered.
        self.list.setLayoutMode(QListWidget.LayoutMode.Batched)
        self.list.setBatchSize(BATCH)
        self.none = QLabel()
        self.none.setWordWrap(True)
        self.none.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.count)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.none, 1)
        self.setMinimumWidth(COLUMN_WIDTH)
        self._shown: tuple[object, ...] = ()  # what the list shows, to skip an equal refill

    def show_passages(
        self, passages: list[AnnotationInfo], tags: dict[int, TagInfo], absent: str, rtl: bool
    ) -> None:
        rows = []
        for annotation in passages[:MAX_PASSAGES]:
            names = ", ".join(tags[t].name for t in annotation.tag_ids if t in tags)
            before = " ".join(annotation.prefix[-CONTEXT:].split())  # one line of context
            after = " ".join(annotation.suffix[:CONTEXT].split())
            text = f"…{before} “{annotation.quote}” {after}…\n{names}"
            if annotation.note:
                text += f" — {short(annotation.note, 200)}"
            first = next((tags[t] for t in annotation.tag_ids if t in tags), None)
            colour = first.colour if first is not None else None
            rows.append((text, annotation.id, f"{names}\n{annotation.quote}", colour))
        shown = (tuple(rows), len(passages), absent, rtl)
        if shown == self._shown:  # a change elsewhere: this list stays as it is (no layout)
            return
        self._shown = shown
        self.list.clear()
        self.list.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        for text, annotation_id, tooltip, colour in rows:
            item = QListWidgetItem(text, self.list)
            item.setData(ANNOTATION_ROLE, annotation_id)
            item.setToolTip(tooltip)
            if colour is not None:
                item.setIcon(swatch(colour))
        if len(passages) > MAX_PASSAGES:
            more = QListWidgetItem(
                translate(
                    "PassagesView", "… and {count} more (see the Annotations panel or the matrix)"
                ).format(count=number(len(passages) - MAX_PASSAGES)),
                self.list,
            )
            more.setFlags(Qt.ItemFlag.NoItemFlags)
        self.count.setText(_passages(len(passages)))
        self.list.setVisible(bool(passages))
        self.none.setVisible(not passages)
        self.none.setText(absent)


class PassagesView(CompareView):
    @property
    def title(self) -> str:
        return translate("PassagesView", "Passages")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: CompareData | None = None
        self._chosen: set[int] = set()  # tag ids ticked by the user
        self._picked: tuple[str, list[int]] | None = None  # passages sent by another view
        self._started = False  # the first refresh picks a tag; later ones keep the choice
        self._listed: tuple[object, ...] = ()  # what the tags menu lists
        self.tags_button = QToolButton()
        self.tags_button.setText(translate("PassagesView", "Tags…"))
        self.tags_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tags_button.setAccessibleName(translate("PassagesView", "Tags to compare"))
        self.tags_menu = QMenu(self.tags_button)
        self.tags_button.setMenu(self.tags_menu)
        self.split = QComboBox()
        self.split.setAccessibleName(translate("PassagesView", "One column per"))
        for label, key in splits().items():
            self.split.addItem(label, key)
        self.split.currentIndexChanged.connect(lambda _i: self._leave_picked())
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.back = QPushButton(translate("PassagesView", "Back to Tags"))
        self.back.clicked.connect(self._leave_picked)
        self.back.hide()
        controls = QHBoxLayout()
        controls.addWidget(QLabel(translate("PassagesView", "Passages with")))
        controls.addWidget(self.tags_button)
        controls.addWidget(QLabel(translate("PassagesView", "One column per")))
        controls.addWidget(self.split)
        controls.addWidget(self.back)
        controls.addStretch(1)
        self.columns = QWidget()
        self.columns_layout = QHBoxLayout(self.columns)
        self.columns_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.columns)
        # Tab goes from the controls straight to the columns' lists, not to a nameless stop.
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(controls)
        layout.addWidget(self.caption)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.empty, 1)

    # -- input --------------------------------------------------------------------------

    def refresh(self, data: CompareData) -> None:
        self._data = data
        present = {t.id for t in data.tags}
        self._chosen &= present  # a deleted tag is no longer chosen
        if not self._started and data.tags:  # start with the most used tag
            self._chosen = {max(data.tags, key=lambda t: t.count).id}
            self._started = True
        self._fill_menu(data)
        self._redraw()

    def choose_tags(self, tag_ids: list[int]) -> None:
        self._chosen = set(tag_ids)
        self._leave_picked()

    def show_picked(self, caption: str, annotation_ids: list[int]) -> None:
        """Show the passages another view chose (a matrix cell), until Back is pressed."""
        self._picked = (caption, annotation_ids)
        self._redraw()

    def _leave_picked(self) -> None:
        self._picked = None
        self._redraw()

    def _fill_menu(self, data: CompareData) -> None:
        listed = tuple(
            (t.id, t.kind, t.name, t.count, t.colour, t.id in self._chosen) for t in data.tags
        )
        if listed == self._listed:  # rebuilding ~20 actions held the window 6-9 ms a change
            return
        self._listed = listed
        self.tags_menu.clear()
        for kind in data.kinds():
            self.tags_menu.addSection(kind_heading(kind))
            for tag in data.tags_of_kind(kind):
                action = QAction(swatch(tag.colour), f"{tag.name}  ({tag.count})", self.tags_menu)
                action.setCheckable(True)
                action.setChecked(tag.id in self._chosen)
                action.toggled.connect(lambda on, t=tag.id: self._toggle(t, on))
                self.tags_menu.addAction(action)

    def _toggle(self, tag_id: int, on: bool) -> None:
        (self._chosen.add if on else self._chosen.discard)(tag_id)
        self._leave_picked()  # the controls speak of tags: show the tags' passages

    # -- output -------------------------------------------------------------------------

    def _clear_columns(self) -> None:
        while self.columns_layout.count():
            item = self.columns_layout.takeAt(0)
            if (widget := item.widget()) is not None:
                widget.setParent(None)  # gone from view now, freed later
                widget.deleteLater()

    def _redraw(self) -> None:
        data = self._data
        self.back.setVisible(self._picked is not None)
        if data is None or self._picked is not None:
            self._clear_columns()
        if data is None:
            return
        tags = {t.id: t for t in data.tags}
        names = [tags[t].name for t in sorted(self._chosen, key=lambda t: tags[t].position)]
        label = ", ".join(names).replace("&", "&&")  # a lone & would underline a mnemonic
        self.tags_button.setText(label or translate("PassagesView", "Choose tags…"))
        problem = ""
        if not data.documents:
            problem = translate("PassagesView", "No documents in the project yet.")
        elif not data.tags:
            problem = translate("PassagesView", "No tags in the codebook yet.")
        elif not self._chosen and self._picked is None:
            problem = translate(
                "PassagesView", "Choose one or more tags to compare their passages."
            )
        self.empty.setText(problem)
        self.empty.setVisible(bool(problem))
        self.scroll.setVisible(not problem)
        if problem:
            self._clear_columns()
            self.caption.clear()
            return
        if self._picked is not None:
            self._draw_picked(data, tags)
            return
        split = str(self.split.currentData())
        if split == "open":
            shown = [d for i in data.open_ids if (d := data.document(i)) is not None]
            columns = analysis.columns(shown)
            if not shown:
                self._clear_columns()
                self.empty.setText(
                    translate(
                        "PassagesView",
                        "No document is open in the reader: open some, or choose All documents.",
                    )
                )
                self.empty.show()
                self.scroll.hide()
                return
        else:
            columns = data.columns(split)  # type: ignore[arg-type]
        cut = len(columns) - MAX_COLUMNS
        columns = columns[:MAX_COLUMNS]
        ids = [d for c in columns for d in c.document_ids]
        found = analysis.passages_with(data.annotations_in(ids), self._chosen, ids)
        what = _either(names)
        caption = translate("PassagesView", "Passages tagged {tags}, in reading order.").format(
            tags=what
        )
        if cut > 0:
            caption += " " + translate(
                "PassagesView",
                "Showing the first {shown} of {total} columns: choose Languages or Outlets, "
                "or open the documents you want, to see them all.",
            ).format(shown=MAX_COLUMNS, total=number(MAX_COLUMNS + cut))
        self.caption.setText(caption)
        headings = []
        for column in columns:
            heading = _column_label(data, column, split)
            characters = plural(
                column.length,
                translate("PassagesView", "{heading} · {n} character"),
                translate("PassagesView", "{heading} · {n} characters"),
                heading=heading,
            )
            headings.append((heading, characters))
        widgets = self.column_widgets()
        # The same columns as shown: each is kept and refills only if its passages changed
        # (building the columns anew after every change held the window 20-60 ms).
        if [w.heading.text() for w in widgets] != [heading for heading, _ in headings]:
            self._clear_columns()
            widgets = []
            for heading, characters in headings:
                widget = PassageColumn(heading, characters)
                widget.list.itemActivated.connect(self._chosen_item)
                widget.list.itemClicked.connect(self._chosen_item)
                self.columns_layout.addWidget(widget)
                widgets.append(widget)
            self.columns_layout.addStretch(1)
        absent = translate("PassagesView", "No passage tagged {tags} here.").format(tags=what)
        for column, widget, (_, characters) in zip(columns, widgets, headings, strict=True):
            widget.heading.setToolTip(characters)  # a replaced text's length changes
            passages = [a for d in column.document_ids for a in found[d]]
            single = (
                data.document(column.document_ids[0]) if len(column.document_ids) == 1 else None
            )
            rtl = _right_to_left(single.language) if single else False
            widget.show_passages(passages, tags, absent, rtl)

    def _draw_picked(self, data: CompareData, tags: dict[int, TagInfo]) -> None:
        assert self._picked is not None
        caption, ids = self._picked
        wanted = set(ids)
        by_document: dict[int, list[AnnotationInfo]] = {}
        for annotation in data.annotations:
            if annotation.id in wanted:
                by_document.setdefault(annotation.document_id, []).append(annotation)
        if len(by_document) <= MAX_COLUMNS:
            shown = translate("PassagesView", "{caption}: {passages}.")
        else:
            shown = translate(
                "PassagesView", "{caption}: {passages} (the first {count} documents)."
            )
        self.caption.setText(
            shown.format(caption=caption, passages=_passages(len(wanted)), count=MAX_COLUMNS)
        )
        if not by_document:
            widget = PassageColumn(caption, caption)
            gone = translate("PassagesView", "These passages are no longer in the project.")
            widget.show_passages([], tags, gone, False)
            self.columns_layout.addWidget(widget)
        for document_id, passages in list(by_document.items())[:MAX_COLUMNS]:
            document = data.document(document_id)
            title = document.title if document else "?"
            widget = PassageColumn(title, title)
            passages.sort(key=lambda a: (a.start, a.end, a.id))
            widget.show_passages(
                passages, tags, "", _right_to_left(document.language) if document else False
            )
            widget.list.itemActivated.connect(self._chosen_item)
            widget.list.itemClicked.connect(self._chosen_item)
            self.columns_layout.addWidget(widget)
        self.columns_layout.addStretch(1)

    def _chosen_item(self, item: QListWidgetItem) -> None:
        annotation_id = item.data(ANNOTATION_ROLE)
        if isinstance(annotation_id, int):
            self.passageChosen.emit(annotation_id)

    def column_widgets(self) -> list[PassageColumn]:
        return [
            w
            for i in range(self.columns_layout.count())
            if isinstance(w := self.columns_layout.itemAt(i).widget(), PassageColumn)
        ]
