"""Details that make the app feel native: menu names read without mnemonic residue in
any language, the usual keys on every platform, context menus reachable by letter,
swatches a screen reader can name, and the licence in the About box."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QMenu,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.core.palette import PALETTE
from desktop.ui import dialogs
from desktop.ui.codebook.tag_dialog import TagDialog
from desktop.ui.corpus.corpus_model import GroupBy
from desktop.ui.main_window import MainWindow
from desktop.ui.mnemonics import mnemonic
from desktop.ui.preferences import PreferencesDialog
from desktop.ui.shortcuts_window import plain
from desktop.ui.text_util import language_name, short
from desktop.version import app_version
from tests.gui.conftest import OpenWindow, drag_select, pane_for_language, point_at
from tests.gui.test_translations import language  # noqa: F401  (the fixture)

ROOT = Path(__file__).resolve().parents[2]


def test_plain_drops_mnemonics_as_qt_does_where_they_are_hidden() -> None:
    assert plain("Mở dự án dùng chung… (&S)") == "Mở dự án dùng chung"
    assert plain("&Quit") == "Quit"
    assert plain("Tag Re&sults…") == "Tag Results"
    assert plain("Ceasefire && negotiation") == "Ceasefire & negotiation"
    assert plain("Save (&&S)") == "Save (&S)"


@pytest.mark.parametrize("language", ["vi"], indirect=True)
def test_the_shortcuts_window_names_actions_without_mnemonic_residue(
    request: pytest.FixtureRequest,
    language: str,  # noqa: F811  (the fixture imported above)
    open_main_window: OpenWindow,
    sample_path: Path,
) -> None:
    window = open_main_window(sample_path)
    # Names cached in Vietnamese would outlive the language: forget them afterwards.
    request.addfinalizer(language_name.cache_clear)
    shown = window.show_shortcuts()
    names = shown.shown_names()
    assert "Mở dự án dùng chung" in names, names
    residue = [n for n in names if re.search(r"\(&?\w\)$", n)]
    assert not residue, residue
    groups = [shown.tree.topLevelItem(i).text(0) for i in range(shown.tree.topLevelItemCount())]
    assert not [g for g in groups if re.search(r"\(&?\w\)", g)], groups
    shown.close()


def test_preferences_and_quit_have_keys_where_the_platform_gives_none(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Linux has no standard key for Preferences (nor, offscreen, for Quit): Ctrl+, and
    Ctrl+Q, as GNOME and KDE apps use, open the dialog and close the window."""
    native = QKeySequence.SequenceFormat.NativeText
    for action, standard, fallback in (
        (window.actions.preferences, QKeySequence.StandardKey.Preferences, "Ctrl+,"),
        (window.actions.quit, QKeySequence.StandardKey.Quit, "Ctrl+Q"),
    ):
        platform = QKeySequence.keyBindings(standard)
        expected = platform[0] if platform else QKeySequence(fallback)
        assert action.shortcut() == expected, action.shortcut().toString(native)
    seen: list[QWidget] = []

    def close_preferences() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        seen.append(dialog)
        dialog.reject()

    window.activateWindow()
    window.reader.panes()[0].view.setFocus()
    QTimer.singleShot(50, close_preferences)
    _press(qtbot, window, window.actions.preferences.shortcut())
    assert len(seen) == 1
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.reader.panes()[0].view.setFocus()
    _press(qtbot, window, window.actions.quit.shortcut())
    assert not window.isVisible()


def _press(qtbot: QtBot, window: MainWindow, key: QKeySequence) -> None:
    combination = key[0]
    qtbot.keyClick(window.focusWidget(), combination.key(), combination.keyboardModifiers())


def _check_mnemonics(menu: QMenu, path: str, skip: set[QAction]) -> int:
    """Every item of ``menu`` and its submenus has a letter no other item there has."""
    letters: dict[str, str] = {}
    checked = 0
    for action in menu.actions():
        if action.isSeparator() or action in skip:
            continue
        letter = mnemonic(action.text())
        assert letter is not None, f"{path} ▸ {action.text()!r} has no mnemonic"
        assert letter not in letters, f"{path}: {action.text()!r} and {letters[letter]!r}"
        letters[letter] = action.text()
        checked += 1
        if (sub := action.menu()) is not None:
            checked += _check_mnemonics(sub, f"{path} ▸ {plain(action.text())}", skip)
    return checked


def test_the_readers_menu_reaches_every_item_by_a_letter_of_its_own(
    qtbot: QtBot, window: MainWindow
) -> None:
    pane = pane_for_language(window, "id")
    session = window.session
    names = {t.id: t.name for t in session.tags()}
    annotation = next(
        a
        for a in session.annotations_in(pane.document_id)
        if len(a.tag_ids) > 1 and any("&" in names[t] for t in a.tag_ids)
    )
    drag_select(qtbot, pane, "Presiden Rusia Vladimir Putin")
    middle = pane.painter.offsets.to_qt((annotation.start + annotation.end) // 2)
    at = point_at(pane, middle)
    # As the view's contextMenuEvent does, short of opening the menu (a modal loop).
    menu = pane.view.createStandardContextMenu(at)
    pane.view.menuRequested.emit(menu, at)
    tags = set(window.tag_actions.actions())  # reached by their own keys, named by the user
    assert _check_mnemonics(menu, "reader", tags) > 6
    subs = {plain(a.text()): a.menu() for a in menu.actions() if a.menu() is not None}
    title = plain(f"Annotation “{short(annotation.quote, 32)}”")
    items = [a.text() for a in subs[title].actions()]
    assert "Edit &Note…" in items and "&Delete Annotation" in items, items
    removals = [plain(t) for t in items if plain(t).startswith("Remove Tag")]
    # A tag's own '&' is shown as written, not taken for a mnemonic.
    expected = {f"Remove Tag “{names[t]}”" for t in annotation.tag_ids}
    assert set(removals) == expected, removals
    remove = next(a for a in subs[title].actions() if "&" in plain(a.text()))
    remove.trigger()
    after = session.annotation(annotation.id)
    assert after is not None and len(after.tag_ids) == len(annotation.tag_ids) - 1


def test_the_corpus_and_codebook_menus_reach_every_item_by_a_letter(
    qtbot: QtBot, window: MainWindow
) -> None:
    corpus = window.corpus
    corpus.set_group_by(GroupBy.LANGUAGE)
    corpus.view.expandAll()
    document = window.reader.panes()[0].document_id
    corpus.view.setCurrentIndex(corpus.index_of_document(document))
    menu = corpus.list_menu()
    assert _check_mnemonics(menu, "corpus", set()) == 6  # open, 3 on the document, 2 groups
    assert _check_mnemonics(corpus.header_menu(), "corpus header", set()) == 1
    codebook = window.codebook
    turkey = next(t for t in window.session.tags() if t.name == "Turkey")
    codebook.select_tag(turkey.id)
    menu = codebook.context_menu()
    assert _check_mnemonics(menu, "codebook", set()) == 5
    edited: list[int] = []
    codebook.editRequested.connect(edited.append)
    QTimer.singleShot(50, _close_the_dialog)  # the window edits the tag in a dialog
    next(a for a in menu.actions() if a.text() == "&Edit…").trigger()
    assert edited == [turkey.id]
    assert codebook.edit_action.text() == "Edit…"  # the toolbar shows no mnemonic


def _close_the_dialog() -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QDialog)
    dialog.reject()


def test_every_colour_swatch_of_the_tag_dialog_has_a_name_to_say(
    qtbot: QtBot, window: MainWindow
) -> None:
    seen: list[TagDialog] = []

    def walk() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TagDialog)
        seen.append(dialog)
        dialog.reject()  # looked at once its loop is over: an assert here would hang it

    QTimer.singleShot(50, walk)
    window.actions.new_tag.trigger()
    [dialog] = seen
    buttons = dialog.findChildren(QAbstractButton)
    swatches = [b for b in buttons if b.toolTip() in PALETTE]
    assert len(swatches) == len(PALETTE)
    for button in swatches:
        assert button.accessibleName() == f"Colour {button.toolTip()}"
    swatches[4].click()
    assert dialog.colour == PALETTE[4]


def test_the_about_box_names_the_licence(qtbot: QtBot, window: MainWindow) -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    expected = declared["project"]["license"]
    assert dialogs.licence() == expected
    said: list[str] = []

    def read() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.reject()

    QTimer.singleShot(50, read)
    window.actions.about.trigger()
    [text] = said
    assert f"under the {expected} licence" in text and app_version() in text
    assert "licence" in window.actions.about.toolTip()
