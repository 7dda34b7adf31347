"""The Coders dock: each coder's annotations shown or hidden in the reader and the
Annotations list (a view state, never a deletion), said plainly while any are hidden, and
remembered per project."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.project import ProjectService
from desktop.core.store import Store
from desktop.ui.coders.coders_model import CODER_ROLE
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import CODER_KEY
from desktop.ui.reader.document_pane import DocumentPane

from .conftest import OpenWindow, drag_select

TEXT = (
    "The minister spoke first. Then the union answered at length about wages, "
    "and the crowd listened all."
)
ANA = [(0, 20), (40, 60)]  # "The minister spoke f", "d at length about wa"
BEN = [(76, 90)]  # "he crowd liste"


def _project(path: Path) -> Path:
    """One document; ana made two annotations, ben one, apart from each other's."""

    def fill(store: Store) -> None:
        service = ProjectService(store)
        service.initialise("Coders")
        document = service.add_document("Speech", TEXT, language="en")
        minister = service.codebook.create_tag("Minister", "actor", colour="#E41A1C")
        for start, end in ANA:
            service.create_annotation(document.id, start, end, [minister.id], coder="ana")
        for start, end in BEN:
            service.create_annotation(document.id, start, end, [minister.id], coder="ben")

    Store.create(path, fill).close()
    return path


def _open(open_main_window: OpenWindow, path: Path, tmp_path: Path) -> MainWindow:
    # The window's settings file (see conftest): the user codes as "ana".
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(CODER_KEY, "ana")
    settings.sync()
    window = open_main_window(path)
    window.coders.show()
    window.coders.raise_()
    return window


def _pane(window: MainWindow) -> DocumentPane:
    pane = window.reader.panes()[0]
    pane.painter.finish()
    return pane


def _highlighted(pane: DocumentPane, start: int, end: int) -> bool:
    page = pane.view.palette().color(pane.view.backgroundRole())
    return all(pane.background_at(i) != page for i in range(start, end))


def _listed_coders(window: MainWindow) -> list[str]:
    model = window.annotations.model
    return sorted(model.annotation_at(row).coder for row in range(model.rowCount()))


def _toggle_by_keyboard(qtbot: QtBot, window: MainWindow, coder: str) -> None:
    table, model = window.coders.table, window.coders.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(CODER_ROLE) == coder)
    table.setFocus()
    table.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(table, Qt.Key.Key_Space)


def test_hiding_a_coder_by_keyboard_hides_their_annotations_only_from_view(
    qtbot: QtBot, open_main_window: OpenWindow, tmp_path: Path
) -> None:
    path = _project(tmp_path / "coders.parallax")
    window = _open(open_main_window, path, tmp_path)
    dock, notice = window.coders, window.coders_notice
    assert (
        window.coders.toggleViewAction()
        in next(
            a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "View"
        ).actions()
    )
    model = dock.model
    rows = [
        (model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 0).data(
            Qt.ItemDataRole.CheckStateRole))
        for r in range(model.rowCount())
    ]  # fmt: skip
    checked = Qt.CheckState.Checked
    assert rows == [("ana (you)", "2", checked), ("ben", "1", checked)]
    assert not notice.isVisibleTo(window) and not dock.notice.isVisibleTo(dock)
    pane = _pane(window)
    assert _highlighted(pane, *BEN[0]) and _highlighted(pane, *ANA[0])
    assert _listed_coders(window) == ["ana", "ana", "ben"]

    _toggle_by_keyboard(qtbot, window, "ben")

    assert window.session.hidden_coders == {"ben"}
    assert model.index(1, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    pane = _pane(window)
    assert {a.coder for a in pane.painter.passages} == {"ana"}
    assert not any(_highlighted(pane, i, i + 1) for i in range(*BEN[0]))
    assert _highlighted(pane, *ANA[0]) and _highlighted(pane, *ANA[1])
    assert _listed_coders(window) == ["ana", "ana"]
    for shown in (notice, dock.notice):
        assert shown.isVisibleTo(window)
        assert shown.label.text() == "⚠ Hiding 1 coder's annotations (1)"
    # A view state only: the project still holds every annotation, counts too.
    assert sorted(a.coder for a in window.session.service.annotations()) == ["ana", "ana", "ben"]
    assert model.index(1, 1).data() == "1"

    _toggle_by_keyboard(qtbot, window, "ana")  # both hidden: the plural, and the sum
    assert notice.label.text() == "⚠ Hiding 2 coders' annotations (3)"
    assert _listed_coders(window) == []

    qtbot.mouseClick(notice.show_all_button, Qt.MouseButton.LeftButton)
    assert window.session.hidden_coders == frozenset()
    assert not notice.isVisibleTo(window)
    pane = _pane(window)
    assert _highlighted(pane, *BEN[0]) and _highlighted(pane, *ANA[0])
    assert _listed_coders(window) == ["ana", "ana", "ben"]


def test_hidden_coders_are_remembered_per_project_with_the_notice(
    qtbot: QtBot, open_main_window: OpenWindow, tmp_path: Path
) -> None:
    path = _project(tmp_path / "coders.parallax")
    window = _open(open_main_window, path, tmp_path)
    _toggle_by_keyboard(qtbot, window, "ben")
    window.close()

    again = open_main_window(path)
    assert again.session.hidden_coders == {"ben"}
    assert again.coders_notice.isVisibleTo(again)
    assert again.coders_notice.label.text() == "⚠ Hiding 1 coder's annotations (1)"
    pane = _pane(again)
    assert not any(_highlighted(pane, i, i + 1) for i in range(*BEN[0]))
    assert _listed_coders(again) == ["ana", "ana"]
    states = {
        index.data(CODER_ROLE): index.data(Qt.ItemDataRole.CheckStateRole)
        for index in (again.coders.model.index(r, 0) for r in range(2))
    }
    assert states == {"ana": Qt.CheckState.Checked, "ben": Qt.CheckState.Unchecked}


def test_tagging_while_your_own_coder_is_hidden_shows_you_again(
    qtbot: QtBot, open_main_window: OpenWindow, tmp_path: Path
) -> None:
    path = _project(tmp_path / "coders.parallax")
    window = _open(open_main_window, path, tmp_path)
    _toggle_by_keyboard(qtbot, window, "ana")
    _toggle_by_keyboard(qtbot, window, "ben")
    assert window.session.hidden_coders == {"ana", "ben"}
    pane = _pane(window)
    start, end = drag_select(qtbot, pane, "Then the union")
    minister = window.session.tags()[0]
    said: list[str] = []  # every message: a timed backup's own may follow this one
    window.statusBar().messageChanged.connect(said.append)
    window.tag_selection(minister.id)

    # ana's work is in view again, ana's earlier annotations with it; ben stays hidden.
    assert window.session.hidden_coders == {"ben"}
    pane = _pane(window)
    assert _highlighted(pane, start, end) and _highlighted(pane, *ANA[0])
    assert _listed_coders(window) == ["ana", "ana", "ana"]
    assert window.coders.model.index(0, 1).data() == "3"
    assert window.coders_notice.label.text() == "⚠ Hiding 1 coder's annotations (1)"
    QApplication.processEvents()  # the word follows the step's own "Tagged …"
    assert any("shown again" in message for message in said)


def test_a_hidden_coders_annotation_changed_elsewhere_stays_hidden_and_counts_follow(
    qtbot: QtBot, open_main_window: OpenWindow, tmp_path: Path
) -> None:
    path = _project(tmp_path / "coders.parallax")
    window = _open(open_main_window, path, tmp_path)
    session = window.session
    _toggle_by_keyboard(qtbot, window, "ben")
    ben = next(a for a in session.service.annotations() if a.coder == "ben")
    wages = session.create_tag("Wages", "theme")
    assert wages is not None
    session.add_tags(ben, [wages.id])  # as from the Compare views, which list everyone
    assert session.hidden_coders == {"ben"}
    pane = _pane(window)
    assert {a.coder for a in pane.painter.passages} == {"ana"}
    assert _listed_coders(window) == ["ana", "ana"]

    ana = next(a for a in session.service.annotations() if a.coder == "ana")
    session.delete_annotation(ana)
    assert window.coders.model.index(0, 1).data() == "1"
    session.undo_stack.undo()  # ana's own annotation back: ana was never hidden
    assert window.coders.model.index(0, 1).data() == "2"
    assert _listed_coders(window) == ["ana", "ana"]
    assert window.coders_notice.label.text() == "⚠ Hiding 1 coder's annotations (1)"
