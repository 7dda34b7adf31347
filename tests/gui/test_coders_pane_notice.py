"""Each reader pane says plainly when coders are hidden: how many, and how many of their
annotations in that pane's document are not shown, with a button that shows them again;
it follows hiding and showing, new and deleted annotations, and a reopened project."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.project import ProjectService
from desktop.core.store import Store
from desktop.ui.coders.coders_model import CODER_ROLE
from desktop.ui.main_window import MainWindow
from desktop.ui.reader.document_pane import DocumentPane

from .conftest import OpenWindow

TEXT = "".join(chr(ord("a") + i % 26) for i in range(100))
# (coder, document, start, end): ana 2 + 1, ben 3 + 0, cleo 1 + 2.
SPANS = (
    ("ana", 0, 0, 10), ("ana", 0, 20, 30), ("ana", 1, 0, 10),
    ("ben", 0, 40, 50), ("ben", 0, 60, 70), ("ben", 0, 80, 90),
    ("cleo", 0, 5, 15), ("cleo", 1, 30, 40), ("cleo", 1, 50, 60),
)  # fmt: skip


def _project(path: Path) -> Path:
    def fill(store: Store) -> None:
        service = ProjectService(store, coder="ana")
        service.initialise("Hidden")
        documents = [service.add_document(f"Doc {n}", TEXT, language="en") for n in (1, 2)]
        tag = service.codebook.create_tag("Minister", "actor")
        for coder, document, start, end in SPANS:
            service.create_annotation(documents[document].id, start, end, [tag.id], coder=coder)

    Store.create(path, fill).close()
    return path


def _panes(window: MainWindow) -> list[DocumentPane]:
    for document in window.session.documents():
        window.open_document(document.id)
    panes = sorted(window.reader.panes(), key=lambda p: p.title.text())
    assert [p.title.text() for p in panes] == ["Doc 1", "Doc 2"]
    return panes


def _toggle(qtbot: QtBot, window: MainWindow, coder: str) -> None:
    window.coders.show()
    table, model = window.coders.table, window.coders.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(CODER_ROLE) == coder)
    table.setFocus()
    table.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(table, Qt.Key.Key_Space)


def _said(pane: DocumentPane) -> str | None:
    """The pane's hidden-coders strip as the user sees it; None while it is not shown."""
    label, button = pane.hidden_coders_label, pane.show_coders_button
    if not label.isVisibleTo(pane):
        assert not button.isVisibleTo(pane)
        return None
    assert button.isVisibleTo(pane)
    return pane.hidden_coders_label.text()


def _painted_coders(pane: DocumentPane) -> set[str]:
    pane.painter.finish()
    return {a.coder for a in pane.painter.passages}


def test_each_pane_says_how_many_hidden_passages_and_shows_them_again(
    qtbot: QtBot, open_main_window: OpenWindow, tmp_path: Path
) -> None:
    window = open_main_window(_project(tmp_path / "hidden.parallax"))
    first, second = _panes(window)
    assert _said(first) is None and _said(second) is None

    _toggle(qtbot, window, "ben")
    assert _said(first) == "⚠ 1 coder hidden (3 passages in this document)"
    assert _said(second) == "⚠ 1 coder hidden (0 passages in this document)"
    assert "ben" in first.hidden_coders_label.toolTip()
    assert _painted_coders(first) == {"ana", "cleo"}

    _toggle(qtbot, window, "cleo")
    assert _said(first) == "⚠ 2 coders hidden (4 passages in this document)"
    assert _said(second) == "⚠ 2 coders hidden (2 passages in this document)"
    assert _painted_coders(second) == {"ana"}

    # Annotations change: the counts follow (one step, then a whole refresh by undo).
    session = window.session
    cleo = next(a for a in session.annotations_in(second.document_id or 0) if a.coder == "cleo")
    session.delete_annotation(cleo)
    assert _said(second) == "⚠ 2 coders hidden (1 passage in this document)"
    assert _said(first) == "⚠ 2 coders hidden (4 passages in this document)"
    session.undo_stack.undo()
    assert _said(second) == "⚠ 2 coders hidden (2 passages in this document)"

    # The pane's own button shows every coder again, in every pane and the status bar.
    qtbot.mouseClick(second.show_coders_button, Qt.MouseButton.LeftButton)
    assert session.hidden_coders == frozenset()
    assert _said(first) is None and _said(second) is None
    assert not window.coders_notice.isVisibleTo(window)
    assert _painted_coders(first) == {"ana", "ben", "cleo"}
    assert _painted_coders(second) == {"ana", "cleo"}


def test_a_pane_opened_while_coders_are_hidden_says_so(
    qtbot: QtBot, open_main_window: OpenWindow, tmp_path: Path
) -> None:
    path = _project(tmp_path / "hidden.parallax")
    window = open_main_window(path)
    _toggle(qtbot, window, "cleo")
    window.close()

    again = open_main_window(path)  # cleo stays hidden (remembered per project)
    assert again.session.hidden_coders == {"cleo"}
    first, second = _panes(again)
    assert _said(first) == "⚠ 1 coder hidden (1 passage in this document)"
    assert _said(second) == "⚠ 1 coder hidden (2 passages in this document)"
