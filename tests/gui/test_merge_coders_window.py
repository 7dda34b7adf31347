"""Importing another coder's W3C file in the real window: File → Import Annotations…,
the preview, then the Coders dock lists both coders with their own counts; undo leaves
only the user's."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QTableWidget
from pytestqt.qtbot import QtBot

from desktop.core.exporters import ml_formats, w3c
from desktop.core.project import ProjectService
from desktop.core.store import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import CODER_KEY

from .conftest import OpenWindow

TEXT = "Thổ Nhĩ Kỳ kêu gọi ngừng bắn 😀 ở Gaza.\nNga phản đối. Liên Hợp Quốc họp."
# ana's and binh's passages: "Thổ Nhĩ Kỳ" the same span and tag for both, "Gaza" the same
# span with another tag, "ngừng bắn 😀" inside binh's longer passage, "Nga" only ana's.
ANA = [("Thổ Nhĩ Kỳ", "Turkey"), ("ngừng bắn 😀", "Ceasefire"), ("Gaza", "Gaza"),
       ("Nga", "Russia")]  # fmt: skip
BINH = [("Thổ Nhĩ Kỳ", "Turkey"), ("kêu gọi ngừng bắn 😀", "Ceasefire"), ("Gaza", "Ceasefire")]
TAGS = [("Turkey", "actor"), ("Russia", "actor"), ("Ceasefire", "theme"), ("Gaza", "place")]


def _coded(path: Path, coder: str, work: list[tuple[str, str]]) -> Path:
    """A project of the one article (made apart: matched by its text), coded by ``coder``."""

    def fill(store: Store) -> None:
        service = ProjectService(store, coder=coder)
        service.initialise(coder)
        document = service.add_document("Bài báo", TEXT, language="vi")
        tags = {name: service.codebook.create_tag(name, kind).id for name, kind in TAGS}
        for words, tag in work:
            start = TEXT.index(words)
            service.create_annotation(document.id, start, start + len(words), [tags[tag]])

    Store.create(path, fill).close()
    return path


def _coders(window: MainWindow) -> list[tuple[str, str]]:
    model = window.coders.model
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def test_another_coders_w3c_file_lists_both_coders_with_their_counts(
    qtbot: QtBot, open_main_window: OpenWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    theirs = Store.open(_coded(tmp_path / "binh.parallax", "binh", BINH))
    path = tmp_path / "binh.json"
    w3c.export(ProjectService(theirs), path)
    theirs.close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(CODER_KEY, "ana")  # the window's user
    settings.sync()
    window = open_main_window(_coded(tmp_path / "ana.parallax", "ana", ANA))
    window.coders.show()
    window.coders.raise_()
    service = window.session.service
    ours = service.annotations()
    assert _coders(window) == [("ana (you)", "4")]

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.actions.import_annotations.trigger()
    qtbot.waitUntil(lambda: window.merge_run is not None, timeout=30_000)
    run = window.merge_run
    assert run is not None
    qtbot.waitUntil(lambda: run.preview is not None and run.preview.isVisible(), timeout=30_000)
    preview = run.preview
    assert preview is not None
    assert preview.tabs.tabText(0) == "Added (3)"  # "Thổ Nhĩ Kỳ" too: another coder's
    added = preview.tabs.widget(0)
    assert isinstance(added, QTableWidget)
    assert {added.item(r, 4).text() for r in range(added.rowCount())} == {"binh"}
    assert service.annotations() == ours  # the preview writes nothing
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not run.running(), timeout=30_000)
    qtbot.waitUntil(lambda: len(_coders(window)) == 2, timeout=30_000)

    assert _coders(window) == [("ana (you)", "4"), ("binh", "3")]
    assert [a for a in service.annotations() if a.coder == "ana"] == ours
    same = [a.coder for a in service.annotations() if a.quote == "Thổ Nhĩ Kỳ"]
    assert sorted(same) == ["ana", "binh"]

    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: len(_coders(window)) == 1, timeout=30_000)
    assert _coders(window) == [("ana (you)", "4")]
    assert service.annotations() == ours


def test_a_file_without_coders_is_shown_as_no_name_before_and_after(
    qtbot: QtBot, open_main_window: OpenWindow, tmp_path: Path
) -> None:
    """doccano names no coder: the preview says so, and the passages arrive under no name,
    not under the user's."""
    theirs = Store.open(_coded(tmp_path / "binh.parallax", "binh", BINH))
    path = tmp_path / "binh.jsonl"
    ml_formats.export_doccano(ProjectService(theirs), path)
    theirs.close()
    window = open_main_window(_coded(tmp_path / "ana.parallax", "ana", ANA))
    window.import_annotations(path)
    qtbot.waitUntil(lambda: window.merge_run is not None, timeout=30_000)
    run = window.merge_run
    assert run is not None
    qtbot.waitUntil(lambda: run.preview is not None and run.preview.isVisible(), timeout=30_000)
    preview = run.preview
    assert preview is not None
    # "Thổ Nhĩ Kỳ" with the same tag is taken for ana's: nothing in the file says otherwise.
    assert preview.tabs.tabText(0) == "Added (2)"
    assert "2 added annotations have no coder name" in preview.summary.text()
    added = preview.tabs.widget(0)
    assert isinstance(added, QTableWidget)
    assert {added.item(r, 4).text() for r in range(added.rowCount())} == {"(no name)"}
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not run.running(), timeout=30_000)
    qtbot.waitUntil(lambda: len(_coders(window)) == 2, timeout=30_000)
    assert _coders(window) == [("(no name)", "2"), ("ana", "4")]
