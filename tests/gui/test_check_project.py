"""Help → Check Project… in the real window."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow


def test_check_project_from_the_help_menu_shows_each_check(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = window.check_project()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20_000)
    tree = dialog.tree
    names = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert names[0] == "✔  Database pages" and names[-1].endswith("Backups")
    assert "Annotation offsets" in " ".join(names)
    assert dialog.heading.text().startswith(("No problems found", "Nothing is damaged"))
    dialog.close()
