"""The Agreement view with three coders or more: each pair of coders for the tag row
chosen, the coder least in step named, the disagreements narrowed to a pair, the pairs in
the CSV export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QTableView
from pytestqt.qtbot import QtBot

from desktop.core import agreement_table
from desktop.core.project import ProjectService
from desktop.core.store import Store
from desktop.ui.agreement.agreement_dialog import AgreementDialog
from desktop.ui.agreement.pairs_model import DISAGREEMENTS, KAPPA, PAIR, PERCENT, UNITS
from desktop.ui.i18n import decimal
from desktop.ui.main_window import MainWindow

from .conftest import OpenWindow

TEXT = "".join(chr(ord("a") + i % 26) for i in range(100))


def _project(path: Path) -> Path:
    """One 100-character document. "Minister": ana and ben [0, 20), cleo [50, 70) — cleo
    out of step with both; "Wages": ana, ben and cleo [80, 90). dan [0, 20) "Minister" is
    a fourth coder, left unchosen."""

    def fill(store: Store) -> None:
        service = ProjectService(store, coder="ana")
        service.initialise("Pairs")
        document = service.add_document("Speech", TEXT, language="en")
        minister = service.codebook.create_tag("Minister", "actor")
        wages = service.codebook.create_tag("Wages", "theme")
        for coder, start, end, tag in (
            ("ana", 0, 20, minister), ("ben", 0, 20, minister), ("cleo", 50, 70, minister),
            ("ana", 80, 90, wages), ("ben", 80, 90, wages), ("cleo", 80, 90, wages),
            ("dan", 0, 20, minister),
        ):  # fmt: skip
            service.create_annotation(document.id, start, end, [tag.id], coder=coder)

    Store.create(path, fill).close()
    return path


def _open_view(window: MainWindow) -> AgreementDialog:
    window.actions.agreement.trigger()
    view = window.agreement_view
    assert view is not None and view.isVisible()
    return view


def _choose_coders(view: AgreementDialog, wanted: set[str]) -> None:
    coders = view.choices.coders
    for row in range(coders.count()):
        item = coders.item(row)
        on = item.data(Qt.ItemDataRole.UserRole + 1) in wanted
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def _compute(qtbot: QtBot, view: AgreementDialog) -> None:
    assert view.compute_button.isEnabled()
    qtbot.mouseClick(view.compute_button, Qt.MouseButton.LeftButton)
    assert view.result is not None


def _click_row(qtbot: QtBot, table: QTableView, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _column(table: QTableView, column: int) -> list[str]:
    model = table.model()
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_three_coders_show_each_pair_for_the_chosen_tag(
    open_main_window: OpenWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    window = open_main_window(_project(tmp_path / "pairs.parallax"))
    view = _open_view(window)
    _choose_coders(view, {"ana", "ben", "cleo"})
    _compute(qtbot, view)
    assert view.result is not None and view.result.coders == ("ana", "ben", "cleo")
    assert view.pairs_box.isVisible() and view.pair_filter.isVisible()

    _click_row(qtbot, view.table, 0)  # "Minister"
    assert view.pairs_label.text() == "&Pairs of coders on “Minister”:"
    pairs = view.pairs_table
    assert _column(pairs, PAIR) == ["ana – ben", "ana – cleo", "ben – cleo"]
    # Characters, by hand: ana–ben 20 (1,1) and 80 (0,0): 100 %, κ 1; ana–cleo 20 (1,0),
    # 20 (0,1), 60 (0,0): 60 %, p_e = 0.2·0.2 + 0.8·0.8 = 0.68, κ = −0.08/0.32 = −0.25.
    assert _column(pairs, UNITS) == ["100", "100", "100"]
    assert _column(pairs, PERCENT) == [decimal(100.0, 1), decimal(60.0, 1), decimal(60.0, 1)]
    assert _column(pairs, KAPPA) == [decimal(1.0, 3), decimal(-0.25, 3), decimal(-0.25, 3)]
    assert _column(pairs, DISAGREEMENTS) == ["0", "2", "2"]
    assert "cleo" in view.pairs_note.text()  # least in step: mean 60 % against 80 %
    # The main table keeps α over all three and no κ.
    assert view.model.data(view.model.index(0, 4)) == "—"

    # Passages: groups {ana, ben [0,20)}, {cleo [50,70)}, {all [80,90) "Wages"}: for
    # "Minister" ana–cleo agree on 1 of 3, κ = (1/3 − 5/9)/(4/9) = −0.5.
    view.level.setCurrentIndex(view.level.findData("passages"))
    assert _column(pairs, UNITS) == ["3", "3", "3"]
    assert _column(pairs, PERCENT)[1] == decimal(100 / 3, 1)
    assert _column(pairs, KAPPA)[1] == decimal(-0.5, 3)

    # A pair chosen: the disagreements narrow to it, and the filter says which.
    _click_row(qtbot, pairs, 1)
    assert view.pair_filter.currentText() == "ana – cleo"
    assert view.disagreements.count() == 2
    assert view.passages_label.text() == "Di&sagreements on “Minister” (2):"
    for row in range(view.disagreements.count()):
        found = view.disagreements.disagreement_at(row)
        assert found is not None and found.gave[0] != found.gave[2]
    bold = [
        bool(font and font.bold())
        for font in (
            view.disagreements.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
            for c in range(view.disagreements.columnCount())
        )
    ]
    assert bold == [False, False, True, False, True]  # Document, Tag, ana, ben, cleo
    _click_row(qtbot, pairs, 0)
    assert view.pair_filter.currentText() == "ana – ben"
    assert view.disagreements.count() == 0
    # "All coders" in the filter: every disagreement again, no pair selected.
    view.pair_filter.setCurrentIndex(0)
    assert view.disagreements.count() == 2
    assert not pairs.selectionModel().hasSelection()
    view.pair_filter.setCurrentIndex(3)  # ben – cleo, from the filter: the table follows
    assert pairs.currentIndex().row() == 2

    # All tags: the pairs pooled over both tags; the filter stays on its pair.
    _click_row(qtbot, view.table, view.model.rowCount() - 1)
    assert view.pairs_label.text() == "&Pairs of coders, all tags:"
    assert _column(pairs, UNITS) == ["6", "6", "6"]
    assert _column(pairs, DISAGREEMENTS) == ["0", "2", "2"]
    assert view.pair_filter.currentText() == "ben – cleo"
    assert pairs.currentIndex().row() == 2

    # Two coders: the main table is the pair; no pairs shown.
    _choose_coders(view, {"ana", "ben"})
    _compute(qtbot, view)
    assert not view.pairs_box.isVisible() and not view.pair_filter.isVisible()
    assert view.disagreements.pair is None


def test_the_csv_export_holds_the_pairs(
    open_main_window: OpenWindow, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_main_window(_project(tmp_path / "pairs.parallax"))
    view = _open_view(window)
    _choose_coders(view, {"ana", "ben", "cleo"})
    _compute(qtbot, view)
    target = tmp_path / "agreement.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[3].startswith(",all tags,")
    assert lines[4] == ""
    assert lines[5] == ",".join(agreement_table.PAIRS_HEADER)
    assert lines[6].startswith("actor,Minister,,ana,ben,100,100.0,100.0,1.0,")
    assert lines[7].startswith("actor,Minister,,ana,cleo,100,60.0,0.0,-0.25,")
    assert lines[7].endswith(",2")
    assert len(lines) == 6 + 9
