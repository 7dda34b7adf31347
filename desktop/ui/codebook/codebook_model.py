"""The codebook as a tree: kinds, then tags, then sub-tags."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from desktop.core.records import TagInfo
from desktop.ui.i18n import translate
from desktop.ui.kinds import kind_title
from desktop.ui.swatches import swatch
from desktop.ui.tag_actions import kind_key

Index = QModelIndex | QPersistentModelIndex
COLUMN_COUNT = 4  # tag, key, uses in the open documents, uses in the project
TAG_ID_ROLE = Qt.ItemDataRole.UserRole + 1
TAG_MIME = "application/x-parallax-tag"


class CodebookModel(QAbstractItemModel):
    """Internal ids (unsigned, as Qt keeps them): root 0, kind k ``2k + 1``, tag t ``2t``.

    Dragging a tag does not move rows here: the model asks for the move (``moveRequested``)
    and shows the codebook again once the session has saved it.
    """

    moveRequested = Signal(int, object, object)  # tag id, new parent id or None, position
    visibilityChanged = Signal()  # the set of tags hidden in the reader changed

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kinds: list[str] = []
        self._tags: dict[int, TagInfo] = {}
        self._children: dict[int, list[int]] = {}  # node id -> child node ids
        self._parent: dict[int, int] = {}  # node id -> parent node id (0 = root)
        self._open_counts: dict[int, int] = {}
        self.hidden: set[int] = set()  # tags not painted in the reader

    def set_tags(self, tags: list[TagInfo]) -> bool:
        """Show ``tags``; True when the tree was rebuilt, False when only rows changed."""
        hidden = self.hidden & {t.id for t in tags}  # a deleted tag is not hidden any more
        if hidden != self.hidden:
            self.hidden = hidden
            self.visibilityChanged.emit()
        same_shape = [t.id for t in tags] == list(self._tags) and all(
            self._tags[t.id].parent_id == t.parent_id and self._tags[t.id].kind == t.kind
            for t in tags
        )
        if same_shape:  # counts or looks changed: repaint just those rows
            changed = [t.id for t in tags if self._tags.get(t.id) != t]
            self._tags = {t.id: t for t in tags}
            self._rows_changed(changed)
            return False
        self.beginResetModel()
        self._tags = {t.id: t for t in tags}
        self._kinds = sorted({t.kind for t in tags}, key=kind_key)
        self._children = {0: [_kind_node(k) for k in range(len(self._kinds))]}
        self._parent = {node: 0 for node in self._children[0]}
        for tag in tags:
            if tag.parent_id in self._tags:
                owner = _tag_node(tag.parent_id)
            else:
                owner = _kind_node(self._kinds.index(tag.kind))
            self._children.setdefault(owner, []).append(_tag_node(tag.id))
            self._parent[_tag_node(tag.id)] = owner
        self.endResetModel()
        return True

    def _emit_subtree_changed(self, parent: QModelIndex) -> None:
        rows = self.rowCount(parent)
        if rows:
            self.dataChanged.emit(
                self.index(0, 0, parent), self.index(rows - 1, COLUMN_COUNT - 1, parent)
            )
            for row in range(rows):
                self._emit_subtree_changed(self.index(row, 0, parent))

    def set_open_counts(self, counts: dict[int, int]) -> None:
        """Uses of each tag in the documents open in the reader."""
        changed = [t for t in counts.keys() | self._open_counts.keys()
                   if counts.get(t, 0) != self._open_counts.get(t, 0)]  # fmt: skip
        self._open_counts = counts
        self._rows_changed(changed)

    def add_open_uses(self, change: Mapping[int, int]) -> None:
        """Some tags gained or lost uses in the open documents. Their totals changed as
        much, so their rows repaint when ``set_tags`` shows the new totals."""
        for tag_id, difference in change.items():
            self._open_counts[tag_id] = self._open_counts.get(tag_id, 0) + difference

    def _rows_changed(self, tag_ids: list[int]) -> None:
        """Repaint these tags' rows and the rows of their kinds (which sum them)."""
        kinds: set[int] = set()
        for tag_id in tag_ids:
            index = self.index_of_tag(tag_id)
            if index.isValid():
                self.dataChanged.emit(index, index.siblingAtColumn(COLUMN_COUNT - 1))
                kinds.add(self._kinds.index(self._tags[tag_id].kind))
        for kind in kinds:
            index = self.index(kind, 0)
            self.dataChanged.emit(index, index.siblingAtColumn(COLUMN_COUNT - 1))

    def tags_of_kind(self, kind: str) -> list[int]:
        return [t.id for t in self._tags.values() if t.kind == kind]

    def _check_state(self, tag_ids: list[int]) -> Qt.CheckState:
        hidden = sum(1 for t in tag_ids if t in self.hidden)
        if hidden == 0:
            return Qt.CheckState.Checked
        return Qt.CheckState.Unchecked if hidden == len(tag_ids) else Qt.CheckState.PartiallyChecked

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        kind = self.kind_at(index)
        tag = self.tag_at(index)
        ids = [tag.id] if tag is not None else self.tags_of_kind(kind or "")
        show = Qt.CheckState(value) == Qt.CheckState.Checked
        self.hidden = self.hidden - set(ids) if show else self.hidden | set(ids)
        self._emit_subtree_changed(QModelIndex())
        self.visibilityChanged.emit()
        return True

    def tag_at(self, index: Index) -> TagInfo | None:
        node = self._node(index)
        return self._tags.get(node // 2) if node and node % 2 == 0 else None

    def kind_at(self, index: Index) -> str | None:
        """The kind of a kind row or of a tag row."""
        node = self._node(index)
        if node % 2:
            return self._kinds[node // 2]
        tag = self.tag_at(index)
        return tag.kind if tag else None

    def index_of_tag(self, tag_id: int) -> QModelIndex:
        node = _tag_node(tag_id)
        parent_node = self._parent.get(node)
        if parent_node is None:
            return QModelIndex()
        return self.createIndex(self._children[parent_node].index(node), 0, node)

    # -- QAbstractItemModel -------------------------------------------------------------

    def _node(self, index: Index) -> int:
        return int(index.internalId()) if index.isValid() else 0

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        children = self._children.get(self._node(parent), [])
        if not (0 <= row < len(children) and 0 <= column < COLUMN_COUNT):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        owner = self._parent.get(self._node(index), 0)
        if owner == 0:
            return QModelIndex()
        grand = self._parent.get(owner, 0)
        return self.createIndex(self._children[grand].index(owner), 0, owner)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(self._node(parent), []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_titles()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemIsDropEnabled
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if self.tag_at(index) is not None:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    # -- drag and drop: reorder and re-parent -------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [TAG_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        tags = [t for t in (self.tag_at(i) for i in indexes) if t is not None]
        if tags:
            data.setData(TAG_MIME, str(tags[0].id).encode())
        return data

    def _drop_target(
        self, data: QMimeData, row: int, parent: Index
    ) -> tuple[TagInfo, int | None, int | None] | None:
        if not data.hasFormat(TAG_MIME):
            return None
        tag = self._tags.get(int(bytes(data.data(TAG_MIME).data()).decode()))
        if tag is None or not parent.isValid():
            return None
        node = self._node(parent)
        if node % 2:  # onto a kind: top level of that kind
            if self._kinds[node // 2] != tag.kind:
                return None
            parent_id = None
        else:
            target = self._tags[node // 2]
            if target.kind != tag.kind or target.id == tag.id:
                return None
            parent_id = target.id
        return tag, parent_id, (row if row >= 0 else None)

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return self._drop_target(data, row, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        target = self._drop_target(data, row, parent)
        if target is None:
            return False
        tag, parent_id, position = target
        if position is not None and parent_id == tag.parent_id:
            siblings = self._children.get(self._node(parent), [])
            if _tag_node(tag.id) in siblings[:position]:
                position -= 1  # the tag leaves its old place above the drop point
        self.moveRequested.emit(tag.id, parent_id, position)
        return False  # nothing for the view to remove: the codebook reloads

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node, column = self._node(index), index.column()
        if node % 2:
            kind = self._kinds[node // 2]
            if role == Qt.ItemDataRole.DisplayRole and column == 0:
                return kind_title(kind)
            if role == Qt.ItemDataRole.DisplayRole and column == 2:
                return sum(self._open_counts.get(t, 0) for t in self.tags_of_kind(kind))
            if role == Qt.ItemDataRole.DisplayRole and column == 3:
                return sum(t.count for t in self._tags.values() if t.kind == kind)
            if role == Qt.ItemDataRole.CheckStateRole and column == 0:
                return self._check_state(self.tags_of_kind(kind))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        tag = self._tags[node // 2]
        if role == Qt.ItemDataRole.DisplayRole:
            return (tag.name, tag.shortcut, self._open_counts.get(tag.id, 0), tag.count)[column]
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return self._check_state([tag.id])
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return swatch(tag.colour)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.StatusTipRole):
            return tag.description or tag.name
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == TAG_ID_ROLE:
            return tag.id
        return None


def column_titles() -> tuple[str, ...]:
    """The column headers, in the interface's language (looked up when shown)."""
    return (
        translate("CodebookModel", "Tag"),
        translate("CodebookModel", "Key"),
        translate("CodebookModel", "Open", "column: uses of the tag in the open documents"),
        translate("CodebookModel", "All", "column: uses of the tag in the whole project"),
    )


def _kind_node(k: int) -> int:
    return 2 * k + 1


def _tag_node(tag_id: int) -> int:
    return 2 * tag_id
