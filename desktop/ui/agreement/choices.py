"""The left side of the Agreement view: which coders, documents and tags to compare.

Lists are checkable; documents and tags are "all" unless the user switches to "only the
checked ones". Tags are grouped by kind as in the codebook, a sub-tag after its parent
and named with it, so checking a kind checks every tag of it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from desktop.core.records import AnnotationInfo, DocumentInfo, TagInfo
from desktop.ui.i18n import plural, translate
from desktop.ui.kinds import kind_title
from desktop.ui.tag_actions import kind_key

ID_ROLE = Qt.ItemDataRole.UserRole + 1
MINIMUM_CODERS = 2


def coder_label(coder: str) -> str:
    """A coder as listed: annotations made without a name in the preferences have none."""
    return coder or translate("AgreementView", "(no name)")


def tags_in_codebook_order(tags: Sequence[TagInfo]) -> list[tuple[str, list[TagInfo]]]:
    """(kind, its tags) in the codebook's order: kinds as the codebook sorts them, each
    tag followed by its sub-tags."""
    by_parent: dict[int | None, list[TagInfo]] = {}
    known = {t.id for t in tags}
    for tag in sorted(tags, key=lambda t: t.position):
        by_parent.setdefault(tag.parent_id if tag.parent_id in known else None, []).append(tag)
    grouped: dict[str, list[TagInfo]] = {}

    def walk(tag: TagInfo) -> None:
        grouped.setdefault(tag.kind, []).append(tag)
        for child in by_parent.get(tag.id, []):
            walk(child)

    for tag in by_parent.get(None, []):
        walk(tag)
    return [(kind, grouped[kind]) for kind in sorted(grouped, key=kind_key)]


def tag_path(tag: TagInfo, by_id: dict[int, TagInfo]) -> str:
    """A tag's name after its parents' ("Parent ▸ Child"): unique enough to tell apart."""
    names = [tag.name]
    seen = {tag.id}
    while tag.parent_id is not None and tag.parent_id in by_id and tag.parent_id not in seen:
        tag = by_id[tag.parent_id]
        seen.add(tag.id)
        names.append(tag.name)
    return " ▸ ".join(reversed(names))


class ChoicePanel(QWidget):
    """Coders, documents and tags to compare; ``changed`` whenever a choice does."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        coders_label = QLabel(translate("AgreementView", "C&oders (at least two):"))
        self.coders = QListWidget()
        self.coders.setObjectName("agreementCoders")
        self.coders.setAccessibleName(translate("AgreementView", "Coders to compare"))
        coders_label.setBuddy(self.coders)
        layout.addWidget(coders_label)
        layout.addWidget(self.coders, 1)

        self.all_documents = QRadioButton(translate("AgreementView", "All &documents"))
        self.some_documents = QRadioButton(
            translate("AgreementView", "Only the &checked documents:")
        )
        self.documents = QListWidget()
        self.documents.setObjectName("agreementDocuments")
        self.documents.setAccessibleName(translate("AgreementView", "Documents to compare"))
        self._pair(self.all_documents, self.some_documents, self.documents)
        layout.addWidget(self.all_documents)
        layout.addWidget(self.some_documents)
        layout.addWidget(self.documents, 2)

        self.all_tags = QRadioButton(translate("AgreementView", "All &tags"))
        self.some_tags = QRadioButton(translate("AgreementView", "Only the chec&ked tags:"))
        self.tags = QTreeWidget()
        self.tags.setObjectName("agreementTags")
        self.tags.setHeaderHidden(True)
        self.tags.setAccessibleName(translate("AgreementView", "Tags to compare"))
        self._pair(self.all_tags, self.some_tags, self.tags)
        layout.addWidget(self.all_tags)
        layout.addWidget(self.some_tags)
        layout.addWidget(self.tags, 3)

        self.coders.itemChanged.connect(lambda _: self.changed.emit())
        self.documents.itemChanged.connect(lambda _: self.changed.emit())
        self.tags.itemChanged.connect(lambda *_: self.changed.emit())
        self._tags: list[TagInfo] = []
        self._known_coders: set[str] = set()

    def _pair(self, everything: QRadioButton, some: QRadioButton, chooser: QWidget) -> None:
        group = QButtonGroup(self)
        group.addButton(everything)
        group.addButton(some)
        everything.setChecked(True)
        chooser.setEnabled(False)
        some.toggled.connect(chooser.setEnabled)
        some.toggled.connect(lambda _: self.changed.emit())

    # -- filling ------------------------------------------------------------------------

    def fill(
        self,
        annotations: Sequence[AnnotationInfo],
        documents: Sequence[DocumentInfo],
        tags: Sequence[TagInfo],
    ) -> None:
        """Show the project's coders, documents and tags; what was checked stays checked
        (a new coder, document or tag comes checked)."""
        was = self._checked(self.coders)
        counts = Counter(a.coder for a in annotations)
        blocked = self.blockSignals(True)
        self.coders.clear()
        for coder in sorted(counts):
            text = plural(
                counts[coder],
                translate("AgreementView", "{coder} ({n} annotation)"),
                translate("AgreementView", "{coder} ({n} annotations)"),
                coder=coder_label(coder),
            )
            checked = was is None or coder in was or coder not in self._known_coders
            self._add(self.coders, text, coder, checked)
        self._known_coders = set(counts)

        was_documents = self._checked(self.documents)
        known_documents = {
            self.documents.item(r).data(ID_ROLE) for r in range(self.documents.count())
        }
        self.documents.clear()
        for document in documents:
            checked = (
                was_documents is None
                or document.id in was_documents
                or document.id not in known_documents
            )
            self._add(self.documents, document.title, document.id, checked)

        was_tags = set(self.tag_ids(checked_only=True))
        known = {t.id for t in self._tags}
        self.tags.clear()
        self._tags = list(tags)
        by_id = {t.id: t for t in tags}
        for kind, kind_tags in tags_in_codebook_order(tags):
            group = QTreeWidgetItem([kind_title(kind)])
            group.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsAutoTristate
            )
            self.tags.addTopLevelItem(group)
            for tag in kind_tags:
                item = QTreeWidgetItem([tag_path(tag, by_id)])
                item.setData(0, ID_ROLE, tag.id)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsSelectable
                )
                on = tag.id not in known or tag.id in was_tags
                item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                group.addChild(item)
        self.tags.expandAll()
        self.blockSignals(blocked)
        self.changed.emit()

    @staticmethod
    def _add(view: QListWidget, text: str, key: object, checked: bool) -> None:
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, key)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsSelectable
        )
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        view.addItem(item)

    @staticmethod
    def _checked(view: QListWidget) -> set[object] | None:
        """The keys checked, None before the list was ever filled."""
        if view.count() == 0:
            return None
        return {
            view.item(row).data(ID_ROLE)
            for row in range(view.count())
            if view.item(row).checkState() == Qt.CheckState.Checked
        }

    # -- reading ------------------------------------------------------------------------

    def coder_names(self) -> list[str]:
        return sorted(str(c) for c in self._checked(self.coders) or ())

    def document_ids(self) -> list[int]:
        rows = [self.documents.item(r) for r in range(self.documents.count())]
        every = self.all_documents.isChecked()
        return [
            int(item.data(ID_ROLE))
            for item in rows
            if every or item.checkState() == Qt.CheckState.Checked
        ]

    def tag_ids(self, checked_only: bool = False) -> list[int]:
        every = self.all_tags.isChecked() and not checked_only
        found: list[int] = []
        iterator = QTreeWidgetItemIterator(self.tags)
        while (item := iterator.value()) is not None:
            key = item.data(0, ID_ROLE)
            if key is not None and (every or item.checkState(0) == Qt.CheckState.Checked):
                found.append(int(key))
            iterator += 1
        return found

    def problem(self) -> str:
        """Why nothing can be computed yet ("" when it can)."""
        if len(self.coder_names()) < MINIMUM_CODERS:
            return translate(
                "AgreementView",
                "Check at least two coders: agreement is measured between coders.",
            )
        if not self.document_ids():
            return translate("AgreementView", "Check at least one document.")
        if not self.tag_ids():
            return translate("AgreementView", "Check at least one tag.")
        return ""

    def summary(self) -> str:
        """What is chosen, in a line."""
        return translate("AgreementView", "{coders}, {documents}, {tags}").format(
            coders=plural(
                len(self.coder_names()),
                translate("AgreementView", "{n} coder"),
                translate("AgreementView", "{n} coders"),
            ),
            documents=plural(
                len(self.document_ids()),
                translate("AgreementView", "{n} document"),
                translate("AgreementView", "{n} documents"),
            ),
            tags=plural(
                len(self.tag_ids()),
                translate("AgreementView", "{n} tag"),
                translate("AgreementView", "{n} tags"),
            ),
        )
