"""The Matrix and Co-occurrence views on a project counted by hand: the cells shown, the
switches, the passages a click lists, the CSV written, the empty states."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.core.project import ProjectService
from desktop.core.store import Store
from desktop.ui.compare.base import CompareData
from desktop.ui.compare.cooccurrence_view import CooccurrenceView, no_pairs
from desktop.ui.compare.heat import (
    INDENT,
    HeatTableView,
    contrast,
    no_documents,
    no_tags,
    shade,
    tag_tree,
)
from desktop.ui.compare.matrix_view import MatrixView

# Three documents: One (100 characters, id, Kompas), Two (50, vi, Tuổi Trẻ), Three (10,
# no language, Kompas). Tags: actors Turkey (A) with its sub-tag Ankara (K) and Russia (B),
# theme Ceasefire (T). Passages, in each document's reading order:
#   One    [0,10) A T   [5,20) A   [30,40) B T   [35,45) B K   [90,100) no tag
#   Two    [0,10) A     [0,10) B T (another annotation, same span)   [40,50) T
#   Three  none
# Created out of reading order, so that ids and reading order differ.
PASSAGES = (
    ("D1", 30, 40, "BT"), ("D2", 40, 50, "T"), ("D1", 0, 10, "AT"), ("D1", 90, 100, ""),
    ("D1", 5, 20, "A"), ("D2", 0, 10, "A"), ("D1", 35, 45, "BK"), ("D2", 0, 10, "BT"),
)  # fmt: skip
ROWS = ["Actors", "Turkey", INDENT + "Ankara", "Russia", "Themes", "Ceasefire", "All tags"]


@pytest.fixture
def project(empty_store: Store) -> tuple[ProjectService, dict[str, int]]:
    service = ProjectService(empty_store)
    ids = {
        "D1": service.add_document("One", "a" * 100, language="id", source="Kompas").id,
        "D2": service.add_document("Two", "b" * 50, language="vi", source="Tuổi Trẻ").id,
        "D3": service.add_document("Three", "c" * 10, language="", source="Kompas").id,
    }
    codebook = service.codebook
    ids["A"] = codebook.create_tag("Turkey", "actor", colour="#d62728").id
    ids["B"] = codebook.create_tag("Russia", "actor", colour="#1f77b4").id
    ids["T"] = codebook.create_tag("Ceasefire", "theme", colour="#2ca02c").id
    ids["K"] = codebook.create_tag("Ankara", "actor", colour="#ff7f0e", parent_id=ids["A"]).id
    for number, (document, start, end, tags) in enumerate(PASSAGES):
        annotation = service.create_annotation(ids[document], start, end, [ids[t] for t in tags])
        ids[f"{document}:{start}-{end}:{tags}"] = annotation.id
        ids[f"#{number}"] = annotation.id
    return service, ids


def data_of(service: ProjectService) -> CompareData:
    return CompareData(
        tuple(service.documents()), tuple(service.tags()), tuple(service.annotations())
    )


def grid(view: HeatTableView) -> list[list[str]]:
    """Row label, then each cell, as displayed."""
    model = view.model()
    vertical = Qt.Orientation.Vertical
    return [
        [
            model.headerData(r, vertical, Qt.ItemDataRole.DisplayRole),
            *(model.index(r, c).data() for c in range(model.columnCount())),
        ]
        for r in range(model.rowCount())
    ]


def headers(view: HeatTableView) -> list[str]:
    model = view.model()
    horizontal = Qt.Orientation.Horizontal
    return [model.headerData(c, horizontal) for c in range(model.columnCount())]


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not offered"
    combo.setCurrentIndex(index)


def click(qtbot: QtBot, view: HeatTableView, row: int, column: int) -> QModelIndex:
    index = view.model().index(row, column)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    return index


def shown(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.resize(760, 380)
    widget.show()
    qtbot.waitExposed(widget)


def save_png(widget: QWidget, path: Path) -> None:
    """Render offscreen; the picture must hold more than one colour."""
    assert widget.grab().save(str(path))
    image = QImage(str(path))
    assert not image.isNull() and image.width() > 100 and image.height() > 100
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, 80, 2)}
    assert len(colours) > 3


# -- matrix ---------------------------------------------------------------------------------


def test_matrix_passages_by_document(
    qtbot: QtBot, qtmodeltester: ModelTester, project: tuple[ProjectService, dict[str, int]]
) -> None:
    service, _ = project
    view = MatrixView()
    shown(qtbot, view)
    view.refresh(data_of(service))
    assert view.panel.showing_table()
    table = view.panel.view
    qtmodeltester.check(table.model())
    assert headers(table) == ["One", "Two", "Three", "Total"]
    assert grid(table) == [
        ["Actors", "", "", "", ""],
        ["Turkey", "2", "1", "·", "3"],
        [INDENT + "Ankara", "1", "·", "·", "1"],
        ["Russia", "2", "1", "·", "3"],
        ["Themes", "", "", "", ""],
        ["Ceasefire", "2", "2", "·", "4"],
        ["All tags", "4", "3", "·", "7"],  # the untagged passage is not counted
    ]
    vertical = Qt.Orientation.Vertical
    model = table.model()
    assert model.headerData(0, vertical, Qt.ItemDataRole.FontRole).bold()  # "Actors"
    assert model.headerData(1, vertical, Qt.ItemDataRole.DecorationRole) is not None  # swatch
    tooltip = model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "One" in tooltip and "100 characters" in tooltip and "Kompas" in tooltip
    alignment = Qt.AlignmentFlag(model.index(1, 0).data(Qt.ItemDataRole.TextAlignmentRole))
    assert alignment & Qt.AlignmentFlag.AlignRight
    # Heat: the largest cell is the darkest, a zero and the totals are not shaded.
    white = QColor("#ffffff")
    light = model.index(1, 1).data(Qt.ItemDataRole.BackgroundRole)  # 1
    dark = model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole)  # 2, the maximum
    assert contrast(dark, white) > contrast(light, white) > 1.0
    assert model.index(1, 2).data(Qt.ItemDataRole.BackgroundRole) is None  # zero
    total = model.index(1, 3).data(Qt.ItemDataRole.BackgroundRole)
    assert total == view.palette().color(QPalette.ColorRole.AlternateBase)


def test_matrix_coverage_and_groupings_through_the_combos(
    qtbot: QtBot, project: tuple[ProjectService, dict[str, int]]
) -> None:
    service, _ = project
    view = MatrixView()
    shown(qtbot, view)
    view.refresh(data_of(service))
    table = view.panel.view
    choose(view.measure_combo, "Coverage %")
    assert grid(table) == [
        ["Actors", "", "", "", ""],
        ["Turkey", "20.0 %", "20.0 %", "·", "18.8 %"],  # 30 of 160 characters
        [INDENT + "Ankara", "10.0 %", "·", "·", "6.2 %"],
        ["Russia", "15.0 %", "20.0 %", "·", "15.6 %"],
        ["Themes", "", "", "", ""],
        ["Ceasefire", "20.0 %", "40.0 %", "·", "25.0 %"],
        ["All tags", "35.0 %", "40.0 %", "·", "34.4 %"],  # 55 of 160
    ]
    choose(view.columns_combo, "Languages")
    assert view.measure_combo.currentText() == "Coverage %"  # one switch keeps the other
    assert headers(table) == ["Indonesian (id)", "Vietnamese (vi)", "No language", "Total"]
    assert grid(table)[1] == ["Turkey", "20.0 %", "20.0 %", "·", "18.8 %"]
    choose(view.measure_combo, "Passages")
    assert grid(table)[-1] == ["All tags", "4", "3", "·", "7"]
    choose(view.columns_combo, "Outlets")
    assert headers(table) == ["Kompas", "Tuổi Trẻ", "Total"]
    assert grid(table) == [
        ["Actors", "", "", ""],
        ["Turkey", "2", "1", "3"],
        [INDENT + "Ankara", "1", "·", "1"],
        ["Russia", "2", "1", "3"],
        ["Themes", "", "", ""],
        ["Ceasefire", "2", "2", "4"],
        ["All tags", "4", "3", "7"],
    ]
    choose(view.measure_combo, "Coverage %")
    assert grid(table)[1][1] == "18.2 %"  # 20 of Kompas's 110 characters
    tooltip = table.model().headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "2 documents" in tooltip and "110 characters" in tooltip and "Three" in tooltip


def test_clicking_a_cell_lists_its_passages_in_reading_order(
    qtbot: QtBot, project: tuple[ProjectService, dict[str, int]]
) -> None:
    service, ids = project
    view = MatrixView()
    shown(qtbot, view)
    view.refresh(data_of(service))
    table = view.panel.view
    chosen: list[tuple[str, list[int]]] = []
    view.passagesChosen.connect(lambda caption, found: chosen.append((caption, found)))

    click(qtbot, table, 1, 0)  # Turkey in One
    assert chosen[-1] == ("Turkey in One", [ids["D1:0-10:AT"], ids["D1:5-20:A"]])
    assert table.currentIndex() == table.model().index(1, 0)
    click(qtbot, table, 5, 3)  # Ceasefire, total: One's in order, then Two's
    assert chosen[-1] == (
        "Ceasefire in all documents",
        [ids["D1:0-10:AT"], ids["D1:30-40:BT"], ids["D2:0-10:BT"], ids["D2:40-50:T"]],
    )
    click(qtbot, table, 6, 1)  # all tags in Two: the same span twice, by id
    assert chosen[-1] == (
        "Tagged passages in Two",
        [*sorted([ids["D2:0-10:A"], ids["D2:0-10:BT"]]), ids["D2:40-50:T"]],
    )
    count = len(chosen)
    click(qtbot, table, 0, 0)  # a kind's heading has no passages
    click(qtbot, table, 1, 2)  # an empty cell: an empty list
    assert len(chosen) == count + 1 and chosen[-1] == ("Turkey in Three", [])

    choose(view.columns_combo, "Languages")
    click(qtbot, table, 3, 0)  # Russia in Indonesian: [30,40) then [35,45)
    assert chosen[-1] == ("Russia in Indonesian (id)", [ids["D1:30-40:BT"], ids["D1:35-45:BK"]])
    # Enter on the current cell chooses it too.
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert chosen[-1][0] == "Russia in Indonesian (id)" and len(chosen) == count + 3


def test_matrix_csv_writes_the_numbers_shown(
    qtbot: QtBot,
    project: tuple[ProjectService, dict[str, int]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    service, _ = project
    view = MatrixView()
    shown(qtbot, view)
    view.refresh(data_of(service))
    path = tmp_path / "matrix.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    choose(view.columns_combo, "Languages")
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert path.read_text(encoding="utf-8-sig").splitlines() == [
        "kind,tag,parent,id,vi,No language,total",
        "actor,Turkey,,2,1,0,3",
        "actor,Ankara,Turkey,1,0,0,1",
        "actor,Russia,,2,1,0,3",
        "theme,Ceasefire,,2,2,0,4",
        ",all tags,,4,3,0,7",
    ]
    choose(view.measure_combo, "Coverage %")
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1] == "actor,Turkey,,20.0,20.0,0.0,18.75" and lines[-1].endswith(",34.38")


def test_a_failed_export_names_the_file(
    qtbot: QtBot,
    project: tuple[ProjectService, dict[str, int]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    service, _ = project
    view = MatrixView()
    shown(qtbot, view)
    view.refresh(data_of(service))
    path = tmp_path / "missing folder" / "matrix.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    reported: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *a: reported.append(text)
    )
    assert view.export() is False
    assert len(reported) == 1 and str(path) in reported[0]
    assert not path.exists()


def test_refresh_keeps_choices_and_the_selected_cell(
    qtbot: QtBot, project: tuple[ProjectService, dict[str, int]]
) -> None:
    service, ids = project
    view = MatrixView()
    shown(qtbot, view)
    view.refresh(data_of(service))
    table = view.panel.view
    choose(view.columns_combo, "Outlets")
    click(qtbot, table, 3, 1)  # Russia in Tuổi Trẻ
    resets: list[bool] = []
    table.model().modelReset.connect(lambda: resets.append(True))
    view.refresh(data_of(service))  # the same project, read again: nothing redrawn
    assert resets == [] and grid(table)[3] == ["Russia", "2", "1", "3"]
    # A new tag above Russia moves its row; the selection follows the tag.
    armenia = service.codebook.create_tag("Armenia", "actor")
    service.codebook.move_tag(armenia.id, None, 0)
    service.create_annotation(ids["D2"], 20, 30, [ids["B"]])
    view.refresh(data_of(service))
    assert view.columns_combo.currentText() == "Outlets"
    russia = next(r for r, row in enumerate(grid(table)) if row[0] == "Russia")
    assert russia == 4 and grid(table)[russia] == ["Russia", "2", "2", "4"]
    assert table.currentIndex() == table.model().index(russia, 1)
    assert table.selectionModel().isSelected(table.model().index(russia, 1))


def test_matrix_empty_states(qtbot: QtBot, project: tuple[ProjectService, dict[str, int]]) -> None:
    service, ids = project
    view = MatrixView()
    shown(qtbot, view)
    view.refresh(CompareData((), (), ()))
    assert not view.panel.showing_table() and view.panel.message.text() == no_documents()
    assert not view.export_button.isEnabled() and view.export() is False
    data = data_of(service)
    view.refresh(replace(data, tags=()))
    assert view.panel.message.text() == no_tags() and not view.panel.showing_table()
    view.refresh(data)
    assert view.panel.showing_table() and view.export_button.isEnabled()
    # A tag gone from the codebook (its passages may still name it) loses its row.
    without = replace(data, tags=tuple(t for t in data.tags if t.id != ids["B"]))
    view.refresh(without)
    assert [row[0] for row in grid(view.panel.view)] == [
        "Actors", "Turkey", INDENT + "Ankara", "Themes", "Ceasefire", "All tags",
    ]  # fmt: skip
    # Deleted for real: its sub-tag takes its place, the others keep their counts.
    service.codebook.delete_tag(ids["A"])
    view.refresh(data_of(service))
    rows = grid(view.panel.view)
    assert [row[0] for row in rows] == [
        "Actors", "Ankara", "Russia", "Themes", "Ceasefire", "All tags",
    ]  # fmt: skip
    assert rows[1] == ["Ankara", "1", "·", "·", "1"]
    assert rows[-1] == ["All tags", "3", "2", "·", "5"]  # passages tagged only Turkey went
    for tag in service.tags():
        service.codebook.delete_tag(tag.id)
    view.refresh(data_of(service))
    assert view.panel.message.text() == no_tags()


def test_matrix_renders(
    qtbot: QtBot, project: tuple[ProjectService, dict[str, int]], tmp_path: Path
) -> None:
    service, _ = project
    view = MatrixView()
    shown(qtbot, view)
    view.refresh(data_of(service))
    click(qtbot, view.panel.view, 5, 1)
    save_png(view, tmp_path / "matrix.png")
    shutil.copyfile(tmp_path / "matrix.png", "/tmp/compare_matrix.png")


# -- co-occurrence --------------------------------------------------------------------------


def test_cooccurrence_per_scope(
    qtbot: QtBot, qtmodeltester: ModelTester, project: tuple[ProjectService, dict[str, int]]
) -> None:
    service, _ = project
    view = CooccurrenceView()
    shown(qtbot, view)
    view.refresh(data_of(service))
    table = view.panel.view
    qtmodeltester.check(table.model())
    assert (view.rows_combo.currentText(), view.columns_combo.currentText()) == (
        "Actors",
        "Themes",
    )
    scopes = [view.scope_combo.itemText(i) for i in range(view.scope_combo.count())]
    assert [s for s in scopes if s] == [
        "Whole corpus", "One", "Two", "Three",
        "Language: Indonesian (id)", "Language: Vietnamese (vi)", "No language",
        "Outlet: Kompas", "Outlet: Tuổi Trẻ",
    ]  # fmt: skip
    assert headers(table) == ["Ceasefire"]
    assert grid(table) == [["Turkey", "1"], [INDENT + "Ankara", "·"], ["Russia", "2"]]
    choose(view.scope_combo, "Two")
    assert grid(table) == [["Turkey", "·"], [INDENT + "Ankara", "·"], ["Russia", "1"]]
    choose(view.scope_combo, "Outlet: Kompas")
    assert grid(table) == [["Turkey", "1"], [INDENT + "Ankara", "·"], ["Russia", "1"]]
    choose(view.scope_combo, "Three")
    assert not view.panel.showing_table() and view.panel.message.text() == no_pairs()
    assert not view.export_button.isEnabled()
    # Actors × actors: a tag never with itself (the diagonal is blank and inert).
    choose(view.scope_combo, "Whole corpus")
    choose(view.columns_combo, "Actors")
    assert view.rows_combo.currentText() == "Actors"
    assert headers(table) == ["Turkey", "Ankara", "Russia"]
    assert grid(table) == [
        ["Turkey", "", "·", "·"],
        [INDENT + "Ankara", "·", "", "1"],
        ["Russia", "·", "1", ""],
    ]
    assert not table.model().flags(table.model().index(0, 0)) & Qt.ItemFlag.ItemIsEnabled


def test_cooccurrence_click_and_csv(
    qtbot: QtBot,
    project: tuple[ProjectService, dict[str, int]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    service, ids = project
    view = CooccurrenceView()
    shown(qtbot, view)
    view.refresh(data_of(service))
    table = view.panel.view
    chosen: list[tuple[str, list[int]]] = []
    view.passagesChosen.connect(lambda caption, found: chosen.append((caption, found)))
    click(qtbot, table, 2, 0)
    assert chosen == [("Russia with Ceasefire", [ids["D1:30-40:BT"], ids["D2:0-10:BT"]])]
    choose(view.scope_combo, "Language: Vietnamese (vi)")
    click(qtbot, table, 2, 0)
    assert chosen[-1] == ("Russia with Ceasefire in Vietnamese (vi)", [ids["D2:0-10:BT"]])
    path = tmp_path / "co.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    choose(view.scope_combo, "Whole corpus")
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert path.read_text(encoding="utf-8-sig").splitlines() == [
        ",Ceasefire", "Turkey,1", "Ankara,0", "Russia,2",
    ]  # fmt: skip
    # The same table the other way round.
    choose(view.rows_combo, "Themes")
    choose(view.columns_combo, "Actors")
    assert headers(table) == ["Turkey", "Ankara", "Russia"]
    assert grid(table) == [["Ceasefire", "1", "·", "2"]]
    click(qtbot, table, 0, 0)
    assert chosen[-1] == ("Ceasefire with Turkey", [ids["D1:0-10:AT"]])


def test_cooccurrence_keeps_choices_and_empty_states(
    qtbot: QtBot, project: tuple[ProjectService, dict[str, int]]
) -> None:
    service, ids = project
    view = CooccurrenceView()
    shown(qtbot, view)
    view.refresh(CompareData((), (), ()))
    assert view.panel.message.text() == no_documents() and not view.rows_combo.isEnabled()
    data = data_of(service)
    view.refresh(replace(data, tags=()))
    assert view.panel.message.text() == no_tags()
    view.refresh(data)
    choose(view.scope_combo, "Outlet: Kompas")
    choose(view.rows_combo, "Themes")
    choose(view.columns_combo, "Actors")
    service.create_annotation(ids["D3"], 0, 5, [ids["T"], ids["B"]])
    view.refresh(data_of(service))
    assert view.scope_combo.currentText() == "Outlet: Kompas"
    assert (view.rows_combo.currentText(), view.columns_combo.currentText()) == (
        "Themes",
        "Actors",
    )
    assert grid(view.panel.view) == [["Ceasefire", "1", "·", "2"]]
    # Every actor deleted: the kind is no longer offered, actors × themes falls back.
    for tag in ("K", "A", "B"):
        service.codebook.delete_tag(ids[tag])
    view.refresh(data_of(service))
    assert [view.rows_combo.itemText(i) for i in range(view.rows_combo.count())] == ["Themes"]
    assert view.panel.message.text() == "No passage carries two theme tags."


def test_cooccurrence_renders(
    qtbot: QtBot, project: tuple[ProjectService, dict[str, int]], tmp_path: Path
) -> None:
    service, _ = project
    view = CooccurrenceView()
    shown(qtbot, view)
    view.refresh(data_of(service))
    choose(view.columns_combo, "Actors")
    save_png(view, tmp_path / "cooccurrence.png")
    shutil.copyfile(tmp_path / "cooccurrence.png", "/tmp/compare_cooccurrence.png")


# -- shared pieces --------------------------------------------------------------------------


@pytest.mark.parametrize("dark", [False, True])
def test_heat_shades_stay_readable(dark: bool) -> None:
    palette = QPalette()
    colours: dict[QPalette.ColorRole, str] = {
        QPalette.ColorRole.Base: "#1e1e1e" if dark else "#ffffff",
        QPalette.ColorRole.Text: "#e6e6e6" if dark else "#000000",
        QPalette.ColorRole.Highlight: "#3d7fd6" if dark else "#308cc6",
        QPalette.ColorRole.HighlightedText: "#ffffff",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    previous: QColor | None = None
    for step in range(1, 11):
        background, text = shade(palette, step / 10)
        assert contrast(background, text) >= 4.5
        if previous is not None:  # each step further from the base
            base = palette.color(QPalette.ColorRole.Base)
            assert contrast(background, base) > contrast(previous, base)
        previous = background


def test_sub_tags_follow_their_parent(project: tuple[ProjectService, dict[str, int]]) -> None:
    service, ids = project
    deeper = service.codebook.create_tag("Erdoğan", "actor", parent_id=ids["K"])
    actors = [t for t in service.tags() if t.kind == "actor"]
    assert [(t.name, depth) for t, depth in tag_tree(actors)] == [
        ("Turkey", 0), ("Ankara", 1), ("Erdoğan", 2), ("Russia", 0),
    ]  # fmt: skip
    assert deeper.parent_id == ids["K"]
    assert tag_tree(actors[1:2]) == [(actors[1], 0)]  # its parent not listed: top level
    # A parent cycle (never written by the codebook) still shows both tags.
    one, two = (
        replace(actors[0], parent_id=actors[3].id),
        replace(actors[3], parent_id=actors[0].id),
    )
    assert tag_tree([one, two]) == [(one, 0), (two, 0)]
