"""Importing from the window: the menu's file dialog, a dropped folder, cancelling."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow

RUSSIAN = "Россия предложила провести переговоры между Арменией и Азербайджаном. " * 3
ARABIC = "دعت تركيا إلى وقف إطلاق النار واقترحت روسيا إجراء مفاوضات بين أرمينيا وأذربيجان. " * 3


def finished(qtbot: QtBot, window: MainWindow) -> QMessageBox:
    """The summary, once it is up and the views show what landed (they follow it over a
    few events)."""
    qtbot.waitUntil(lambda: window.import_run is not None and window.import_run.summary is not None,
                    timeout=60_000)  # fmt: skip
    qtbot.waitUntil(lambda: not window.refresh_pending())
    summary = window.import_run.summary  # type: ignore[union-attr]
    assert summary is not None and summary.isVisible()
    return summary


def test_import_documents_from_the_file_menu(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "ru.txt").write_bytes(RUSSIAN.encode("cp1251"))
    (tmp_path / "ar.html").write_text(
        f"<html lang='ar'><title>خبر</title><body><p>{ARABIC}</p></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "bad.docx").write_bytes(b"not a zip")
    chosen = [str(tmp_path / n) for n in ("ru.txt", "ar.html", "bad.docx")]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (chosen, ""))
    before = window.corpus.model.rowCount()
    window.actions.import_documents.trigger()
    # The cp1251 file's encoding is a guess: it is shown for checking first (the UTF-8
    # page is not), and accepted as guessed.
    qtbot.waitUntil(lambda: window.import_run is not None and window.import_run.review is not None,
                    timeout=60_000)  # fmt: skip
    review = window.import_run.review  # type: ignore[union-attr]
    assert review is not None
    assert [review.table.item(r, 0).text() for r in range(review.table.rowCount())] == ["ru.txt"]
    assert review.combo(0).currentText() == "cp1251"
    review.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    summary = finished(qtbot, window)
    assert "Imported 2 of 3 files." in summary.text()
    assert "1 could not be imported" in summary.text()
    assert "FAILED: bad.docx — is not a readable Word document" in summary.detailedText()
    assert summary.icon() == QMessageBox.Icon.Warning
    # The corpus lists them, and the first one is open in the reader.
    assert window.corpus.model.rowCount() == before + 2
    titles = {window.corpus.model.document_at(r).title for r in range(before, before + 2)}  # type: ignore[union-attr]
    assert titles == {"ru", "خبر"}
    arabic = next(d for d in window.session.documents() if d.title == "خبر")
    assert arabic.language == "ar"
    russian = next(d for d in window.session.documents() if d.title == "ru")
    assert window.reader.pane_for(russian.id) is not None
    assert window.session.service.document_text(russian.id) == RUSSIAN
    summary.accept()


def test_a_dropped_folder_is_imported_and_duplicates_are_skipped(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "one.txt").write_text(RUSSIAN, encoding="utf-8")
    (folder / "same.md").write_text(RUSSIAN, encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(folder))])
    drop = QDropEvent(
        QPointF(200, 200), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    window.dropEvent(drop)
    summary = finished(qtbot, window)
    assert "Imported 1 of 3 files." in summary.text()
    assert "1 already in the project, skipped." in summary.text()
    assert "1 not documents Parallax reads, skipped." in summary.text()
    assert summary.icon() == QMessageBox.Icon.Information
    assert [d.original_filename for d in window.session.documents()].count("one.txt") == 1
    summary.accept()


def test_cancelling_an_import_keeps_what_landed_and_says_so(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    names = {f"{n:03}.txt" for n in range(150)}
    for name in names:
        (folder / name).write_text(f"{RUSSIAN} {name}", encoding="utf-8")
    window.import_paths([folder])
    run = window.import_run
    assert run is not None
    # The user presses Cancel while the third file is being read.
    cancel = run.progress.findChild(QPushButton)
    run.job.progress.relay.moved.connect(  # type: ignore[union-attr]
        lambda label, done, *_: done == 2 and label.startswith("Reading") and cancel.click()
    )
    summary = finished(qtbot, window)
    imported = [d for d in window.session.documents() if d.original_filename in names]
    assert 2 <= len(imported) < 150
    assert f"Imported {len(imported)} of 150 files." in summary.text()
    assert f"Cancelled: {150 - len(imported)} files were not read." in summary.text()
    summary.accept()


def test_closing_the_window_during_an_import_stops_it_between_files(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(300):
        (folder / f"{n:03}.txt").write_text(f"{RUSSIAN} {n}", encoding="utf-8")
    window.import_paths([folder])
    run = window.import_run
    assert run is not None
    qtbot.waitUntil(lambda: run.progress.value() >= 1, timeout=30_000)
    window.close()  # must return: the import stops after the file it is reading
    assert not run.running()
    qtbot.wait(50)
    assert run.summary is None  # nothing pops up over a closed window
    stored = [d for d in window.session.service.documents() if d.original_filename[:3].isdigit()]
    assert 1 <= len(stored) < 300


def test_duplicates_are_skipped_unless_the_user_asks(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    (tmp_path / "one.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(ARABIC, encoding="utf-8")  # the same text again
    window.import_paths([tmp_path / "one.txt"])
    finished(qtbot, window).accept()
    count = window.corpus.model.rowCount()
    window.import_paths([tmp_path / "copy.txt"])
    summary = finished(qtbot, window)
    assert "1 already in the project, skipped." in summary.text()
    assert window.corpus.model.rowCount() == count
    again = summary.findChild(QPushButton, "importDuplicates")
    assert again is not None and again.text() == "Import the 1 Duplicate Anyway"
    first_run = window.import_run
    qtbot.mouseClick(again, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.import_run is not first_run, timeout=10_000)
    second = finished(qtbot, window)
    assert "Imported 1 of 1 files." in second.text()
    assert window.corpus.model.rowCount() == count + 1
    titles = [d.original_filename for d in window.session.documents()]
    assert titles.count("copy.txt") == 1 and titles.count("one.txt") == 1
