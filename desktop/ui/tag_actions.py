"""One QAction per tag: the same action serves the Tag menu, context menus and shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from desktop.core.records import TagInfo
from desktop.ui import mnemonics
from desktop.ui.i18n import translate
from desktop.ui.kinds import kind_title
from desktop.ui.swatches import swatch

KIND_ORDER = {"actor": 0, "theme": 1}


def kind_key(kind: str) -> tuple[int, str]:
    return (KIND_ORDER.get(kind, 2), kind.casefold())


class TagActions(QObject):
    triggered = Signal(int)  # tag id

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions: dict[int, QAction] = {}
        self._signature: tuple[tuple[int, str, str, str, str], ...] = ()
        self._tags: list[TagInfo] = []

    def update(self, tags: list[TagInfo]) -> bool:
        """Rebuild the actions if the codebook changed; True when it did."""
        signature = tuple((t.id, t.name, t.kind, t.colour, t.shortcut) for t in tags)
        if signature == self._signature:
            return False
        self._signature = signature
        self._tags = list(tags)
        for action in self._actions.values():
            action.deleteLater()
        self._actions = {}
        for tag in tags:
            action = QAction(swatch(tag.colour), tag.name.replace("&", "&&"), self)
            if tag.shortcut:
                action.setShortcut(QKeySequence(tag.shortcut))
            action.setToolTip(tag.description or tag.name)
            action.setStatusTip(
                translate("TagActions", "Tag the selected passage as {tag}").format(tag=tag.name)
            )
            action.triggered.connect(lambda _=False, tag_id=tag.id: self.triggered.emit(tag_id))
            self._actions[tag.id] = action
        return True

    def actions(self) -> list[QAction]:
        return list(self._actions.values())

    def fill(self, menu: QMenu) -> None:
        """Add one submenu per kind, in codebook order, each with a free mnemonic (the
        tags in them are reached by their own keys)."""
        kinds: dict[str, list[TagInfo]] = {}
        for tag in self._tags:
            kinds.setdefault(tag.kind, []).append(tag)
        for kind in sorted(kinds, key=kind_key):
            sub = menu.addMenu(kind_title(kind).replace("&", "&&"))
            for tag in kinds[kind]:
                sub.addAction(self._actions[tag.id])
        mnemonics.assign(menu)
