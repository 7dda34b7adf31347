"""Help → Keyboard Shortcuts…: every action of the window with its keys, found by typing.

The list is read from the window's own actions each time it is shown (menus in menu-bar
order, then the actions that live only on a panel), so it can never disagree with what
the keys do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.folding import fold
from desktop.ui.i18n import translate


@dataclass(frozen=True)
class Entry:
    group: str  # "File", "Tag ▸ Actors", "Codebook panel"
    name: str  # as shown, without the mnemonic's '&'
    keys: str  # in the platform's own notation; "" when it has none
    description: str


# A mnemonic written apart, as Chinese, Japanese and Vietnamese catalogues do: "Mở… (&S)".
_APART = re.compile(r"\s*\(&[^&]\)")


def plain(text: str) -> str:
    """A menu text as read where mnemonics are hidden (as Qt's removeMnemonics does): a
    "(&X)" written apart dropped with the space before it, any other '&' dropped, '&&'
    back to '&', no '…'."""
    parts = text.split("&&")
    return "&".join(_APART.sub("", p).replace("&", "") for p in parts).strip().rstrip("…").strip()


def _keys(sequences: list[QKeySequence]) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(s.toString(native) for s in sequences if not s.isEmpty())


def _describe(action: QAction) -> str:
    tip = action.statusTip() or action.toolTip()
    return "" if plain(tip) == plain(action.text()) else tip  # Qt's default tip is the text


def menu_entries(menu: QMenu, group: str, seen: set[int]) -> list[Entry]:
    """The actions under ``menu``, submenus after their parent's own items."""
    found: list[Entry] = []
    below: list[Entry] = []
    for action in menu.actions():
        if action.isSeparator() or not action.text():
            continue
        if (sub := action.menu()) is not None:
            if sub.property("listsFiles"):  # recent projects: files, not actions
                seen.update(id(a) for a in sub.actions())
                continue
            below += menu_entries(sub, f"{group} ▸ {plain(action.text())}", seen)
            continue
        seen.add(id(action))
        found.append(
            Entry(group, plain(action.text()), _keys(action.shortcuts()), _describe(action))
        )
    return found + below


def _panel(widget: QWidget | None) -> str:
    while widget is not None and not isinstance(widget, QDockWidget):
        widget = widget.parentWidget()
    if widget is None:
        return translate("ShortcutsWindow", "Window")
    return translate("ShortcutsWindow", "{panel} panel").format(panel=plain(widget.windowTitle()))


def entries(window: QMainWindow) -> list[Entry]:
    """Every action the user can reach in ``window``: its menus, then the rest by panel."""
    seen: set[int] = set()
    found: list[Entry] = []
    for top in window.menuBar().actions():
        if (menu := top.menu()) is not None:
            found += menu_entries(menu, plain(top.text()), seen)
    for action in window.findChildren(QAction):
        if id(action) in seen or action.isSeparator() or action.menu() is not None:
            continue
        holders = [w for w in action.associatedObjects() if isinstance(w, QWidget)]
        if not action.text() or not holders or isinstance(holders[0], QMenu):
            continue  # a context menu's passing item, or one Qt keeps for itself
        found.append(
            Entry(
                _panel(holders[0]),
                plain(action.text()),
                _keys(action.shortcuts()),
                _describe(action),
            )
        )
    for shortcut in window.findChildren(QShortcut):
        if shortcut.whatsThis():  # keys that act within one list: said in their own words
            parent = shortcut.parent()
            where = _panel(parent if isinstance(parent, QWidget) else None)
            found.append(Entry(where, shortcut.whatsThis(), _keys([shortcut.key()]), ""))
    return found


class ShortcutsWindow(QDialog):
    """Lists ``entries(window)`` grouped by menu or panel; typing filters the list."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(translate("ShortcutsWindow", "Keyboard Shortcuts"))
        self.resize(820, 560)
        self._window = window
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("ShortcutsWindow", "Find an action or a key"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("ShortcutsWindow", "Find an action or a key"))
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [
                translate("ShortcutsWindow", "Action"),
                translate("ShortcutsWindow", "Keys"),
                translate("ShortcutsWindow", "What it does"),
            ]
        )
        self.tree.setAccessibleName(translate("ShortcutsWindow", "Keyboard shortcuts"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.empty = QLabel(translate("ShortcutsWindow", "No action matches."))
        self.empty.setEnabled(False)
        self.empty.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._filter)
        self.reload()

    def reload(self) -> None:
        """Read the window's actions afresh (tags and panels change)."""
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for entry in entries(self._window):
            group = groups.get(entry.group)
            if group is None:
                group = groups[entry.group] = QTreeWidgetItem(self.tree, [entry.group])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item = QTreeWidgetItem(group, [entry.name, entry.keys, entry.description])
            item.setToolTip(2, entry.description)
        self.tree.expandAll()
        for column in (0, 1):
            self.tree.resizeColumnToContents(column)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        """Show the actions whose name, keys, description or menu hold every word typed."""
        words = fold(text).split()
        shown = 0
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            visible = 0
            for i in range(group.childCount()):
                item = group.child(i)
                haystack = fold(" ".join([group.text(0), *(item.text(c) for c in range(3))]))
                match = all(word in haystack for word in words)
                item.setHidden(not match)
                visible += match
            group.setHidden(visible == 0)
            shown += visible
        self.empty.setVisible(shown == 0)

    def shown_names(self) -> list[str]:
        """The actions listed now (for tests and for reading aloud)."""
        return [
            item.text(0)
            for g in range(self.tree.topLevelItemCount())
            if not (group := self.tree.topLevelItem(g)).isHidden()
            for i in range(group.childCount())
            if not (item := group.child(i)).isHidden()
        ]

    def showEvent(self, event: QShowEvent) -> None:
        self.reload()
        self.search.setFocus()
        super().showEvent(event)
