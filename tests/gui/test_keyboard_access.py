"""Keyboard access: every action in a menu with a mnemonic of its own, no two actions on
one key, and Help → Keyboard Shortcuts listing them all, read from the actions."""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.mnemonics import mnemonic, with_mnemonic
from desktop.ui.shortcuts_window import ShortcutsWindow, plain


def _menus(menu: QMenu, path: str) -> list[tuple[str, QMenu]]:
    found = [(path, menu)]
    for action in menu.actions():
        if (sub := action.menu()) is not None:
            found += _menus(sub, f"{path} ▸ {plain(action.text())}")
    return found


def _all_menus(window: MainWindow) -> list[tuple[str, QMenu]]:
    found = []
    for top in window.menuBar().actions():
        assert top.menu() is not None
        found += _menus(top.menu(), plain(top.text()))
    return found


def test_menus_reach_every_action_with_a_mnemonic_of_its_own(window: MainWindow) -> None:
    tags = set(window.tag_actions.actions())  # reached by their own keys; named by the user
    top = [mnemonic(a.text()) for a in window.menuBar().actions()]
    assert None not in top and len(set(top)) == len(top), top
    reachable: set[QAction] = set()
    for path, menu in _all_menus(window):
        letters: dict[str, str] = {}
        for action in menu.actions():
            if action.isSeparator():
                continue
            reachable.add(action)
            if action in tags or (menu.property("listsFiles") and not action.isEnabled()):
                continue  # "No recent projects" is never chosen
            letter = mnemonic(action.text())
            assert letter is not None, f"{path} ▸ {action.text()} has no mnemonic"
            assert letter not in letters, f"{path}: {action.text()} and {letters[letter]}"
            letters[letter] = action.text()
    for field in dataclasses.fields(window.actions):
        assert getattr(window.actions, field.name) in reachable, field.name
    reader = window.reader
    for action in (reader.sync_action, reader.move_back_action, reader.move_forward_action):
        assert action in reachable
    for dock in (window.corpus, window.search, window.suggestions, window.codebook):
        assert dock.toggleViewAction() in reachable
    assert set(window.appearance.actions.values()) <= reachable
    assert tags <= reachable


def test_no_two_actions_share_a_key(window: MainWindow) -> None:
    holders: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            if not key.isEmpty():
                holders[key.toString()].append(action.text())
    for shortcut in window.findChildren(QShortcut):
        holders[shortcut.key().toString()].append(shortcut.whatsThis())
    assert not {key: names for key, names in holders.items() if len(names) > 1}
    assert {"Ctrl+N", "Ctrl+O", "F1", "Ctrl+/"} <= holders.keys()


def test_panel_mnemonics_never_shadow_the_menu_bar(window: MainWindow) -> None:
    """Alt+letter on a button or a label's buddy works window-wide while it is shown: a
    letter the menu bar uses too would make both keys do nothing (Qt finds it ambiguous)."""
    seen: dict[str, str] = {mnemonic(a.text()) or "": a.text() for a in window.menuBar().actions()}
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QLabel):
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        letter = mnemonic(widget.text())
        if letter is None:
            continue
        assert letter not in seen, f"{widget.text()!r} and {seen[letter]!r} share Alt+{letter}"
        seen[letter] = widget.text()


def test_assigned_mnemonics_prefer_word_initials() -> None:
    taken = {"S"}
    assert with_mnemonic("Search", taken) == "S&earch"
    assert with_mnemonic("Code book", taken) == "&Code book"
    assert with_mnemonic("Cc", {"C"}) == "Cc"  # no free letter: left without one
    assert mnemonic("Ceasefire && negotiation") is None
    assert mnemonic("Tag Re&sults…") == "S"


def _open_with(qtbot: QtBot, window: MainWindow, key: QKeySequence) -> ShortcutsWindow:
    window.activateWindow()
    window.reader.panes()[0].view.setFocus()
    combination = key[0]
    qtbot.keyClick(window.focusWidget(), combination.key(), combination.keyboardModifiers())
    shown = window.shortcuts_window
    assert shown is not None
    qtbot.waitUntil(shown.isVisible)
    return shown


def test_f1_lists_every_menu_action_with_its_keys_and_finds_by_typing(
    qtbot: QtBot, window: MainWindow
) -> None:
    shown = _open_with(qtbot, window, QKeySequence("F1"))
    groups = [shown.tree.topLevelItem(i).text(0) for i in range(shown.tree.topLevelItemCount())]
    assert groups[:5] == ["File", "Edit", "Tag", "Tag ▸ Actors", "Tag ▸ Themes"]
    assert {"View", "View ▸ Appearance", "Help", "Codebook panel", "Suggestions panel"} <= set(
        groups
    )
    assert "File ▸ Open Recent" not in groups  # files, not actions
    rows = {
        shown.tree.topLevelItem(g).child(i).text(0): shown.tree.topLevelItem(g).child(i)
        for g in range(shown.tree.topLevelItemCount())
        for i in range(shown.tree.topLevelItem(g).childCount())
    }
    for _path, menu in _all_menus(window):
        if menu.property("listsFiles"):
            continue
        for action in menu.actions():
            if not action.isSeparator() and action.menu() is None:
                assert plain(action.text()) in rows, action.text()
    native = QKeySequence.SequenceFormat.NativeText
    assert rows["Export Annotations"].text(1) == QKeySequence("Ctrl+E").toString(native)
    assert rows["Keyboard Shortcuts"].text(1) == "F1, " + QKeySequence("Ctrl+/").toString(native)
    assert rows["Turkey"].text(1) == "3"
    assert "relative position" in rows["Synchronise Scrolling"].text(2)
    assert "Accept the current suggestion (in the list)" in rows
    # Typing finds by name, by key and by description, ignoring case and accents.
    qtbot.keyClicks(shown.search, "SYNC")
    assert shown.shown_names() == ["Synchronise Scrolling"]
    shown.search.setText("ctrl+shift+i")
    assert shown.shown_names() == ["Import Folder"]
    shown.search.setText("erdogan")
    assert shown.shown_names() == ["Erdoğan"]
    shown.search.setText("no such thing")
    assert shown.shown_names() == [] and shown.empty.isVisible()
    shown.close()
    # Ctrl+/ opens it too, the list read afresh.
    assert _open_with(qtbot, window, QKeySequence("Ctrl+/")) is shown


def test_the_list_follows_the_codebook(qtbot: QtBot, window: MainWindow) -> None:
    turkey = next(t for t in window.session.tags() if t.name == "Turkey")
    shown = window.show_shortcuts()
    shown.search.setText("turkey")
    assert shown.shown_names() == ["Turkey"]
    aliases = [(a.text, a.language) for a in window.session.service.codebook.aliases(turkey.id)]
    window.session.update_tag(
        turkey,
        name="Türkiye",
        colour=turkey.colour,
        description=turkey.description,
        shortcut=turkey.shortcut,
        aliases=aliases,
    )
    shown.close()
    shown = window.show_shortcuts()
    shown.search.setText("turkiye")
    assert shown.shown_names() == ["Türkiye"]
    [row] = shown.tree.findItems("Türkiye", Qt.MatchFlag.MatchRecursive)
    assert row.text(1) == turkey.shortcut == "3"
