"""View → Agreement Between Coders…: choose coders, compute off the UI thread, read the
table, open a disagreement in the reader, export the table."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
)
from pytestqt.qtbot import QtBot

from desktop.core import agreement_table
from desktop.core.project import ProjectService
from desktop.core.store import Store
from desktop.ui import shortcuts_window
from desktop.ui.agreement.agreement_dialog import AgreementDialog
from desktop.ui.agreement.table_model import ALPHA, KAPPA, PERCENT, SPECIFIC, TAG, UNITS
from desktop.ui.i18n import decimal
from desktop.ui.main_window import MainWindow

from .conftest import OpenWindow

TEXT = (
    "The minister spoke first. Then the union answered at length about wages, "
    "and the crowd listened all."
)
assert len(TEXT) == 100


def _project(path: Path, third_coder: bool = False) -> Path:
    """Two coders (three with ``third_coder``) on one 100-character document:
    "Minister" (actor): ana [0, 20), ben [10, 30), cleo [0, 20);
    "Wages" (theme): ana [40, 60) only — a disagreement on passages."""

    def fill(store: Store) -> None:
        service = ProjectService(store, coder="ana")
        service.initialise("Agreement")
        document = service.add_document("Speech", TEXT, language="en")
        minister = service.codebook.create_tag("Minister", "actor")
        wages = service.codebook.create_tag("Wages", "theme")
        service.create_annotation(document.id, 0, 20, [minister.id], coder="ana")
        service.create_annotation(document.id, 40, 60, [wages.id], coder="ana")
        service.create_annotation(document.id, 10, 30, [minister.id], coder="ben")
        if third_coder:
            service.create_annotation(document.id, 0, 20, [minister.id], coder="cleo")

    Store.create(path, fill).close()
    return path


def _open_view(window: MainWindow) -> AgreementDialog:
    view_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "View"
    )
    assert window.actions.agreement in view_menu.actions()
    listed = [e for e in shortcuts_window.entries(window) if e.name == "Agreement Between Coders"]
    assert [(e.group, e.keys) for e in listed] == [("View", "Ctrl+Shift+G")]
    window.actions.agreement.trigger()
    view = window.agreement_view
    assert view is not None and view.isVisible()
    return view


def _cell(table: QTableView, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole):
    model = table.model()
    return model.data(model.index(row, column), role)


def _compute(qtbot: QtBot, view: AgreementDialog) -> None:
    assert view.compute_button.isEnabled()
    qtbot.mouseClick(view.compute_button, Qt.MouseButton.LeftButton)
    assert view.result is not None


def _check_coders(view: AgreementDialog, wanted: set[str]) -> None:
    coders = view.choices.coders
    for row in range(coders.count()):
        item = coders.item(row)
        on = item.data(Qt.ItemDataRole.UserRole + 1) in wanted
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def test_two_coders_table_matches_the_core_and_hand_figures(
    open_main_window: OpenWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    window = open_main_window(_project(tmp_path / "two.parallax"))
    view = _open_view(window)
    coders = [view.choices.coders.item(r).text() for r in range(view.choices.coders.count())]
    assert coders == ["ana (2 annotations)", "ben (1 annotation)"]
    _compute(qtbot, view)

    table = view.table
    assert table.model().rowCount() == 3  # Minister, Wages, All tags
    assert [_cell(table, r, TAG) for r in range(3)] == ["Minister", "Wages", "All tags"]
    # By hand, characters of "Minister": both 10, ana only 10, ben only 10, neither 70:
    # agreement 80/100; κ = (0.8 − 0.68) / (1 − 0.68) = 0.375; specific 2·10/40 = 50 %.
    assert _cell(table, 0, UNITS) == "100"
    assert _cell(table, 0, PERCENT) == decimal(80.0, 1)
    assert _cell(table, 0, KAPPA) == decimal(0.375, 3)
    assert _cell(table, 0, SPECIFIC) == decimal(50.0, 1)

    service = window.session.service
    tags = [t.id for t in service.tags()]
    expected = agreement_table.compute(
        service, ["ana", "ben"], [d.id for d in service.documents()], tags
    )
    for row, figures in enumerate([*expected.tags, expected.overall]):
        for level, shown in (("characters", figures.characters), ("passages", figures.passages)):
            view.level.setCurrentIndex(view.level.findData(level))
            assert _cell(table, row, UNITS) == str(shown.units)
            for column, value, digits, scale in (
                (PERCENT, shown.percent, 1, 100), (SPECIFIC, shown.specific, 1, 100),
                (KAPPA, shown.kappa, 3, 1), (ALPHA, shown.alpha, 3, 1),
            ):  # fmt: skip
                text = "—" if value is None else decimal(value * scale, digits)
                assert _cell(table, row, column) == text, (level, row, column)

    # On passages, "Minister" matched (overlap 10 ≥ half of 20) and both gave it; the
    # "Wages" passage is a unit neither gave "Minister" to: perfect agreement, κ = 1.
    view.level.setCurrentIndex(view.level.findData("passages"))
    assert _cell(table, 0, KAPPA) == decimal(1.0, 3)

    # "Minister" alone: one matched passage both gave it, no variation at all, so κ and α
    # are undefined, and say why.
    view.choices.some_tags.setChecked(True)
    for item in view.choices.tags.findItems("Wages", Qt.MatchFlag.MatchRecursive):
        item.setCheckState(0, Qt.CheckState.Unchecked)
    _compute(qtbot, view)
    assert [_cell(table, r, TAG) for r in range(2)] == ["Minister", "All tags"]
    assert _cell(table, 0, UNITS) == "1"
    assert _cell(table, 0, KAPPA) == _cell(table, 0, ALPHA) == "—"
    assert "same value" in _cell(table, 0, KAPPA, Qt.ItemDataRole.ToolTipRole)
    assert _cell(table, 0, PERCENT) == decimal(100.0, 1)


def test_a_disagreement_opens_in_the_reader_with_the_passage_selected(
    open_main_window: OpenWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    window = open_main_window(_project(tmp_path / "two.parallax"))
    view = _open_view(window)
    _compute(qtbot, view)
    view.table.selectRow(1)  # "Wages": the list shows its disagreements only
    passages = view.passages
    model = passages.model()
    assert model.rowCount() == 1
    assert "Wages" in view.passages_label.text()
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row == ["Speech", "Wages", " ".join(TEXT[40:60].split()), "(none)"]
    document_id = window.session.documents()[0].id
    window.reader.close_document(document_id)  # the passage opens where no pane shows it
    assert window.reader.pane_for(document_id) is None

    index = model.index(0, 2)
    passages.scrollTo(index)
    rect = passages.visualRect(index)
    qtbot.mouseClick(passages.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.reader.pane_for(document_id) is None  # a click only selects
    qtbot.mouseDClick(
        passages.viewport(), Qt.MouseButton.LeftButton, pos=passages.visualRect(index).center()
    )
    pane = window.reader.pane_for(document_id)
    assert pane is not None
    assert pane.selection_span() == (40, 60)

    pane.view.setTextCursor(QTextCursor(pane.view.document()))
    assert pane.selection_span() is None
    passages.setFocus()
    passages.setCurrentIndex(model.index(0, 3))  # ben has none there: ana's passage shows
    qtbot.keyClick(passages, Qt.Key.Key_Return)
    assert pane.selection_span() == (40, 60)


def test_three_coders_have_no_kappa_and_say_why(
    open_main_window: OpenWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    window = open_main_window(_project(tmp_path / "three.parallax", third_coder=True))
    view = _open_view(window)
    _compute(qtbot, view)
    assert view.result is not None and view.result.coders == ("ana", "ben", "cleo")
    last = view.table.model().rowCount() - 1
    assert _cell(view.table, last, KAPPA) == "—"
    assert "exactly two coders" in _cell(view.table, last, KAPPA, Qt.ItemDataRole.ToolTipRole)
    assert _cell(view.table, last, ALPHA) != "—"
    headers = [
        view.passages.model().headerData(c, Qt.Orientation.Horizontal)
        for c in range(view.passages.model().columnCount())
    ]
    assert headers == ["Document", "Tag", "ana", "ben", "cleo"]


def test_fewer_than_two_coders_cannot_compute(open_main_window: OpenWindow, tmp_path: Path) -> None:
    window = open_main_window(_project(tmp_path / "two.parallax"))
    view = _open_view(window)
    assert view.compute_button.isEnabled()
    _check_coders(view, {"ana"})
    assert not view.compute_button.isEnabled()
    assert "at least two coders" in view.problem.text()
    assert view.compute() is None and view.result is None
    _check_coders(view, {"ana", "ben"})
    assert view.compute_button.isEnabled()
    view.choices.some_tags.setChecked(True)
    for row in range(view.choices.tags.topLevelItemCount()):
        view.choices.tags.topLevelItem(row).setCheckState(0, Qt.CheckState.Unchecked)
    assert not view.compute_button.isEnabled()
    assert "at least one tag" in view.problem.text()


def test_the_table_exports_as_csv(
    open_main_window: OpenWindow, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_main_window(_project(tmp_path / "two.parallax"))
    view = _open_view(window)
    assert not view.export_button.isEnabled()  # nothing computed yet
    _compute(qtbot, view)
    target = tmp_path / "out" / "agreement"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    written = target.with_suffix(".csv")
    assert written.read_bytes() == agreement_table.table_csv(view.result, window.session.tags())
    lines = written.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("kind,tag,parent,characters_units")
    assert lines[1].startswith("actor,Minister,,100,80.0,50.0,0.375,")
    assert lines[-1].startswith(",all tags,")


def test_an_export_that_fails_names_the_file(
    open_main_window: OpenWindow, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_main_window(_project(tmp_path / "two.parallax"))
    view = _open_view(window)
    _compute(qtbot, view)
    target = tmp_path / "missing-folder" / "agreement.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: said.append(text))
    assert view.export_csv() is False
    assert said and str(target) in said[0]
    assert not target.exists()


def test_the_view_remembers_its_size(open_main_window: OpenWindow, tmp_path: Path) -> None:
    path = _project(tmp_path / "two.parallax")
    window = open_main_window(path)
    view = _open_view(window)
    view.resize(700, 500)
    view.close()
    again = AgreementDialog(window.session, window.settings, window)
    assert (again.width(), again.height()) == (700, 500)
    again.deleteLater()


def test_reopening_keeps_the_choices_and_a_change_is_said(
    open_main_window: OpenWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    window = open_main_window(_project(tmp_path / "three.parallax", third_coder=True))
    view = _open_view(window)
    _check_coders(view, {"ana", "ben"})
    _compute(qtbot, view)
    assert view.result is not None and view.result.coders == ("ana", "ben")
    document = window.session.documents()[0]
    wages = next(t for t in window.session.tags() if t.name == "Wages")
    window.session.service.coder = "dora"  # a new coder's annotation, made in the window
    assert window.session.tag_passage(document.id, 70, 80, [wages.id]) is not None
    assert "changed" in view.status.text()
    view.close()
    _open_view(window)
    listed = {
        view.choices.coders.item(r).data(Qt.ItemDataRole.UserRole + 1): view.choices.coders.item(
            r
        ).checkState()
        for r in range(view.choices.coders.count())
    }
    checked, unchecked = Qt.CheckState.Checked, Qt.CheckState.Unchecked
    assert listed == {"ana": checked, "ben": checked, "cleo": unchecked, "dora": checked}


def test_computing_runs_off_the_ui_thread_and_can_be_cancelled(
    open_main_window: OpenWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_main_window(_project(tmp_path / "two.parallax"))
    view = _open_view(window)
    threads: list[threading.Thread] = []
    go = threading.Event()
    measured = agreement_table.compute

    def slow(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        go.wait(10)  # until the user has pressed Cancel
        return measured(*args, **kwargs)

    monkeypatch.setattr(agreement_table, "compute", slow)

    def cancel() -> None:
        dialog = view.findChild(QProgressDialog, "backgroundProgress")
        button = dialog.findChild(QPushButton) if dialog is not None else None
        if dialog is None or not dialog.isVisible() or button is None:
            QTimer.singleShot(20, cancel)
            return
        button.click()

    QTimer.singleShot(20, cancel)
    assert view.compute() is None  # it returns once cancelled, the work abandoned
    go.set()
    assert threads and threads[0] is not threading.main_thread()
    assert view.result is None and not view.export_button.isEnabled()
    assert view.status.text() == "Cancelled: nothing was computed."
    threads[0].join(10)
