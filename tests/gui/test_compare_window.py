"""The Compare dock in the real window: passages by tag side by side, live as tags change,
and a click that takes the reader to the passage."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.core.exporters.formats import BY_NAME
from desktop.ui.compare.passages_view import ANNOTATION_ROLE, PassageColumn
from desktop.ui.main_window import MainWindow
from tests.gui.conftest import drag_select, pane_for_language


def columns(window: MainWindow) -> dict[str, PassageColumn]:
    return {c.heading.text(): c for c in window.compare.passages.column_widgets()}


def quotes(column: PassageColumn) -> list[str]:
    return [column.list.item(i).toolTip().split("\n", 1)[1] for i in range(column.list.count())]


def choose(window: MainWindow, *names: str) -> None:
    ids = [t.id for t in window.session.tags() if t.name in names]
    window.compare.passages.choose_tags(ids)


def test_passages_by_tag_side_by_side_follow_the_coding(qtbot: QtBot, window: MainWindow) -> None:
    dock = window.compare
    dock.show()
    dock.refresh_now()
    choose(window, "Lavrov")
    shown = columns(window)
    titles = [window.session.document(i).title for i in window.reader.open_document_ids()]  # type: ignore[union-attr]
    assert list(shown) == titles  # one column per open document, in reader order
    indonesian, vietnamese = (shown[t] for t in titles)
    service = window.session.service
    lavrov_id = next(t.id for t in service.tags() if t.name == "Lavrov")
    in_indonesian = service.annotations(pane_for_language(window, "id").document_id)
    expected = [a.quote for a in in_indonesian if lavrov_id in a.tag_ids]
    assert quotes(indonesian) == expected and expected
    # The Vietnamese report has no passage tagged Lavrov: the column says so plainly.
    assert vietnamese.list.isHidden() and vietnamese.none.text() == "No passage tagged Lavrov here."

    # Tagging a passage in the Vietnamese pane shows up in its column.
    lavrov = next(t for t in window.session.tags() if t.name == "Lavrov")
    pane = pane_for_language(window, "vi")
    drag_select(qtbot, pane, "Nagorno-Karabakh")
    window.tag_selection(lavrov.id)
    qtbot.waitUntil(lambda: quotes(columns(window)[titles[1]]) == ["Nagorno-Karabakh"])
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: columns(window)[titles[1]].list.isHidden())

    # A click on a passage selects it in its pane.
    column = columns(window)[titles[0]]
    item = column.list.item(0)
    rect = column.list.visualItemRect(item)
    qtbot.mouseClick(column.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    annotation = window.session.annotation(item.data(ANNOTATION_ROLE))
    assert annotation is not None
    reader_pane = window.reader.pane_for(annotation.document_id)
    assert reader_pane is not None
    assert reader_pane.selection_span() == (annotation.start, annotation.end)
    assert window.annotations.current().id == annotation.id  # type: ignore[union-attr]


def test_columns_per_language_and_empty_states(qtbot: QtBot, window: MainWindow) -> None:
    dock = window.compare
    dock.show()
    dock.refresh_now()
    view = dock.passages
    choose(window, "Turkey", "Russia")
    view.split.setCurrentIndex(view.split.findText("Languages"))
    assert sorted(columns(window)) == ["id", "vi"]
    assert "Turkey or Russia" in view.caption.text() or "Russia or Turkey" in view.caption.text()
    for pane in window.reader.panes():
        window.reader.close_document(pane.document_id)  # type: ignore[arg-type]
    view.split.setCurrentIndex(view.split.findText("Open documents"))
    qtbot.waitUntil(lambda: view.empty.isVisible())
    assert "No document is open" in view.empty.text()


def test_a_rendered_passages_view_is_not_blank(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.compare.show()
    window.compare.refresh_now()
    choose(window, "Armenia")
    image = window.compare.grab().toImage()
    image.save(str(tmp_path / "passages.png"))
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 5


def test_export_coded_segments_from_the_file_menu(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "segments"  # no suffix: the format's is added
    csv_filter = BY_NAME["csv"].label
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), csv_filter))
    window.actions.export.trigger()
    rows = list(
        csv.DictReader(out.with_suffix(".csv").read_text(encoding="utf-8-sig").splitlines())
    )
    uses = sum(len(a.tag_ids) for a in window.session.service.annotations())
    assert len(rows) == uses and {"quote", "tag_name", "document_title"} <= set(rows[0])
    assert window.statusBar().currentMessage().startswith(f"Exported {uses} coded segments")


def test_a_strip_mark_clicked_in_the_window_shows_its_passage(
    qtbot: QtBot, window: MainWindow
) -> None:
    dock = window.compare
    dock.show()
    dock.tabs.setCurrentWidget(dock.strips)
    annotation = window.session.annotations_in(pane_for_language(window, "vi").document_id)[0]
    canvas = dock.strips.canvas
    qtbot.waitUntil(lambda: not canvas.mark_rect(annotation.id).isEmpty())
    rect = canvas.mark_rect(annotation.id)
    dock.strips.scroll_area.ensureVisible(int(rect.center().x()), int(rect.center().y()))
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    pane = window.reader.pane_for(annotation.document_id)
    assert pane is not None
    shown = window.annotations.current()
    assert shown is not None and pane.selection_span() == (shown.start, shown.end)
    assert shown.document_id == annotation.document_id
    # Charts draw the open documents' figures.
    dock.tabs.setCurrentWidget(dock.charts)
    qtbot.waitUntil(lambda: bool(dock.charts.canvas.series()))


def test_every_view_renders_the_sample_project(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A PNG of each Compare view on the sample project, checked for content (and kept
    under the test's folder for a person to look at)."""
    dock = window.compare
    dock.show()
    window.resizeDocks([dock], [420], Qt.Orientation.Vertical)
    titles = []
    for view in dock.views:
        dock.tabs.setCurrentWidget(view)
        qtbot.wait(80)  # the refresh after a tab change
        image = view.grab().toImage()
        image.save(str(tmp_path / f"compare-{view.title.lower()}.png"))
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 5)
            for y in range(0, image.height(), 5)
        }
        assert len(colours) > 8, f"the {view.title} view looks blank"
        titles.append(view.title)
    assert titles[:1] == ["Passages"] and {"Strips", "Charts"} <= set(titles)


def matrix_cell(window: MainWindow, tag_name: str, document_id: int) -> QModelIndex:
    tag = next(t for t in window.session.tags() if t.name == tag_name)
    model = window.compare.matrix.panel.view.model()
    return model.index_of(("tag", tag.id), ("document", document_id))  # type: ignore[attr-defined, no-any-return]


def test_tagging_updates_the_open_matrix_and_a_cell_leads_to_its_passages(
    qtbot: QtBot, window: MainWindow
) -> None:
    dock = window.compare
    dock.show()
    dock.tabs.setCurrentWidget(dock.matrix)
    pane = pane_for_language(window, "vi")
    document_id = pane.document_id
    assert document_id is not None
    qtbot.waitUntil(lambda: dock.matrix.panel.showing_table())
    assert matrix_cell(window, "Lavrov", document_id).data() == "·"  # none yet
    lavrov = next(t for t in window.session.tags() if t.name == "Lavrov")
    drag_select(qtbot, pane, "Nagorno-Karabakh")
    window.tag_selection(lavrov.id)
    qtbot.waitUntil(lambda: matrix_cell(window, "Lavrov", document_id).data() == "1")
    created = window.annotations.current()
    assert created is not None
    # Its cell lists that one passage, and the passage leads to the reader.
    table = dock.matrix.panel.view
    index = matrix_cell(window, "Lavrov", document_id)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )
    assert dock.tabs.currentWidget() is dock.passages
    (column,) = dock.passages.column_widgets()
    assert column.list.count() == 1 and column.list.item(0).data(ANNOTATION_ROLE) == created.id
    pane.view.setTextCursor(QTextCursor(pane.view.document()))  # clear the selection
    item = column.list.item(0)
    qtbot.mouseClick(
        column.list.viewport(), Qt.MouseButton.LeftButton,
        pos=column.list.visualItemRect(item).center(),
    )  # fmt: skip
    assert pane.selection_span() == (created.start, created.end)


def test_the_matrix_by_keyboard_and_an_empty_cell_lists_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    dock = window.compare
    dock.show()
    dock.tabs.setCurrentWidget(dock.matrix)
    table = dock.matrix.panel.view
    qtbot.waitUntil(lambda: dock.matrix.panel.showing_table())
    table.setFocus(Qt.FocusReason.TabFocusReason)
    assert table.heat.value(table.currentIndex()) is not None  # landed on a number
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() > 1
    # Lavrov in the Vietnamese report: an empty cell; Enter lists nothing, says so.
    pane = pane_for_language(window, "vi")
    assert pane.document_id is not None
    table.setCurrentIndex(matrix_cell(window, "Lavrov", pane.document_id))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert dock.tabs.currentWidget() is dock.matrix
    assert window.statusBar().currentMessage().startswith("No passages")
    # Tab leaves the table.
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()


def test_the_passages_view_keeps_an_empty_choice(qtbot: QtBot, window: MainWindow) -> None:
    dock = window.compare
    dock.show()
    dock.refresh_now()
    view = dock.passages
    view.choose_tags([])
    window.session.reload()  # any change
    qtbot.wait(100)
    assert "Choose one or more tags" in view.empty.text()
