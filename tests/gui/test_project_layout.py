"""Each project opens as it was left: window, docks, splitter, synchronised scrolling and
the documents open, in pane order; a project seen the first time gets the last layout."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.core.project import ProjectService
from desktop.core.store import Store
from desktop.ui.main_window import MainWindow
from tests.gui.conftest import OpenWindow


def _titles(window: MainWindow) -> list[str]:
    return [p.document_info.title for p in window.reader.panes() if p.document_info]


def test_documents_reopen_in_the_order_they_were_left(
    qtbot: QtBot, open_main_window: OpenWindow, sample_path: Path
) -> None:
    first = open_main_window(sample_path)
    before = _titles(first)
    assert len(before) == 2
    first.reader.move_pane(first.reader.panes()[0].document_id, 1)  # type: ignore[arg-type]
    first.reader.set_synchronised(True)
    first.close()
    second = open_main_window(sample_path)
    assert _titles(second) == before[::-1]
    assert second.reader.synchronised
    assert second.reader.sync_action.isChecked()
    # Closing every pane is remembered too: the project opens with none.
    for pane in second.reader.panes():
        second.reader.close_document(pane.document_id)  # type: ignore[arg-type]
    second.close()
    third = open_main_window(sample_path)
    assert third.reader.panes() == []
    assert third.reader._stack.currentWidget() is third.reader.empty


def test_each_project_keeps_its_own_layout(
    qtbot: QtBot, open_main_window: OpenWindow, sample_path: Path, tmp_path: Path
) -> None:
    other_path = tmp_path / "other.parallax"
    Store.create(other_path, lambda s: ProjectService(s).initialise("Other")).close()

    sample = open_main_window(sample_path)
    sample.codebook.hide()
    vi = sample.reader.panes()[1]
    sample.reader.close_document(vi.document_id)  # type: ignore[arg-type]
    kept = _titles(sample)
    sample.close()

    # Seen the first time: the layout the window was last closed with.
    other = open_main_window(other_path)
    assert other.codebook.isHidden()
    other.codebook.show()
    other.annotations.hide()
    other.reader.set_synchronised(True)
    other.close()

    again = open_main_window(sample_path)
    assert again.codebook.isHidden()
    assert not again.annotations.isHidden()
    assert not again.reader.synchronised
    assert _titles(again) == kept
    again.close()

    other_again = open_main_window(other_path)
    assert not other_again.codebook.isHidden()
    assert other_again.annotations.isHidden()
    assert other_again.reader.synchronised


def test_a_deleted_document_is_left_out_and_the_rest_open(
    qtbot: QtBot, open_main_window: OpenWindow, sample_path: Path
) -> None:
    first = open_main_window(sample_path)
    gone, stays = first.reader.panes()
    gone_id, stays_title = gone.document_id, stays.document_info.title  # type: ignore[union-attr]
    # Deleted behind the window's back (another tool, a restored backup): the saved
    # list still names it.
    first.session.service.delete_document(gone_id)  # type: ignore[arg-type]
    first.close()
    second = open_main_window(sample_path)
    assert _titles(second) == [stays_title]
