"""The Annotations dock: a filterable list of every annotation over the inspector."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QItemSelection, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFrame,
    QHeaderView,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.records import AnnotationInfo, DocumentInfo, TagInfo
from desktop.ui.annotations.annotation_model import AnnotationTableModel
from desktop.ui.annotations.inspector import AnnotationInspector
from desktop.ui.i18n import translate


class AnnotationsDock(QDockWidget):
    annotationChosen = Signal(int)  # the user picked a row: show it in the reader

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("AnnotationsDock", "Annotations"), parent)
        self.setObjectName("annotationsDock")
        self.model = AnnotationTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(
            translate("AnnotationsDock", "Filter annotations by passage, tag, note…")
        )
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(translate("AnnotationsDock", "Filter annotations"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(translate("AnnotationsDock", "Annotations"))
        self.table.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves
        self.table.setMinimumHeight(140)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, 120)
        header.resizeSection(1, 220)
        header.resizeSection(2, 160)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.clicked.connect(lambda _index: self._choose_current())
        self.table.activated.connect(lambda _index: self._choose_current())
        self.inspector = AnnotationInspector()

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(4, 4, 4, 0)
        top_layout.addWidget(self.filter)
        top_layout.addWidget(self.table)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("annotationsSplitter")
        split.addWidget(top)
        # Scrolled, not squeezed: a narrow or short panel clipped the buttons and cut the
        # passage's lines through their letters.
        self.inspector_area = QScrollArea()
        self.inspector_area.setWidgetResizable(True)
        self.inspector_area.setFrameShape(QFrame.Shape.NoFrame)
        self.inspector_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls
        self.inspector_area.setWidget(self.inspector)
        split.addWidget(self.inspector_area)
        split.setStretchFactor(0, 1)
        split.setSizes([150, 350])
        self.setWidget(split)

    def set_data(
        self,
        annotations: list[AnnotationInfo],
        documents: list[DocumentInfo],
        tags: list[TagInfo],
    ) -> None:
        """Reload the list, keeping the selected annotation selected if it still exists."""
        selected = self.inspector.annotation.id if self.inspector.annotation else None
        self.table.selectionModel().blockSignals(True)
        self.model.set_data(annotations, documents, tags)
        self.table.selectionModel().blockSignals(False)
        if selected is not None and self.model.row_of(selected) >= 0:
            self.select(selected)
        else:
            self.inspector.show_annotation(None, None, self.model.tags)

    def update_annotations(
        self, before: Iterable[AnnotationInfo], after: Iterable[AnnotationInfo]
    ) -> None:
        """Some annotations changed: update their rows, and the inspector if it shows one."""
        after = list(after)
        self.model.update(before, after)
        shown = self.inspector.annotation
        if shown is None:
            return
        if self.model.row_of(shown.id) < 0:
            self._show(None)
        elif any(a.id == shown.id for a in after):
            self.select(shown.id)

    def set_tags(self, tags: list[TagInfo]) -> None:
        self.model.set_tags(tags)
        if self.inspector.annotation is not None:
            self._show(self.inspector.annotation)

    def select(self, annotation_id: int) -> None:
        """Select the row of ``annotation_id`` and show it in the inspector."""
        if self.model.row_of(annotation_id) < 0:
            return
        if not self._proxy_index(annotation_id).isValid():  # filtered out: show all again
            self.filter.clear()
        # Selecting may save a pending note and so reload the model: look rows up afresh.
        shown = self.inspector.annotation
        self.table.selectRow(self._proxy_index(annotation_id).row())
        index = self._proxy_index(annotation_id)
        if index.isValid():
            self.table.scrollTo(index)
        current = self.model.annotation_at(self.model.row_of(annotation_id))
        if shown is current or self.inspector.annotation is not current:
            self._show(current)  # unless the new selection has just shown it

    def _proxy_index(self, annotation_id: int) -> QModelIndex:
        row = self.model.row_of(annotation_id)
        if row < 0:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(row, 0))

    def current(self) -> AnnotationInfo | None:
        return self.inspector.annotation

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        self._show(self.model.annotation_at(self.proxy.mapToSource(indexes[0]).row()))

    def _show(self, annotation: AnnotationInfo | None) -> None:
        document = self.model.documents.get(annotation.document_id) if annotation else None
        self.inspector.show_annotation(annotation, document, self.model.tags)

    def _choose_current(self) -> None:
        if self.inspector.annotation is not None:
            self.annotationChosen.emit(self.inspector.annotation.id)
