"""Checking guessed encodings before an import: the review lists the unsure files, the
preview follows the chosen encoding, OK imports as chosen and Cancel imports nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from desktop.core import text as textmod
from desktop.ui.colours import error_style
from desktop.ui.corpus.encoding_review import EncodingReview
from desktop.ui.main_window import MainWindow

RUSSIAN = "Россия предложила провести переговоры между Арменией и Азербайджаном. " * 6
LAVROV = "Министр иностранных дел Сергей Лавров призвал стороны прекратить огонь. " * 6


def review_of(qtbot: QtBot, window: MainWindow) -> EncodingReview:
    def shown() -> bool:
        run = window.import_run
        return run is not None and run.review is not None and run.review.isVisible()

    qtbot.waitUntil(shown, timeout=60_000)
    review = window.import_run.review  # type: ignore[union-attr]
    assert review is not None
    return review


def listed(review: EncodingReview) -> list[tuple[str, str]]:
    return [
        (review.table.item(row, 0).text(), review.combo(row).currentText())
        for row in range(review.table.rowCount())
    ]


def test_encodings_are_checked_and_chosen_before_importing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    cyrillic = RUSSIAN.encode("cp1251")
    koi8 = LAVROV.encode("koi8-r")
    (folder / "a-1251.txt").write_bytes(cyrillic)
    (folder / "b-koi8.txt").write_bytes(koi8)
    (folder / "c-utf8.txt").write_text(RUSSIAN + "UTF-8", encoding="utf-8")  # certain
    window.import_paths([folder])
    review = review_of(qtbot, window)
    assert review.objectName() == "encodingReview"
    assert listed(review) == [("a-1251.txt", "cp1251"), ("b-koi8.txt", "koi8-r")]
    preview = review.findChild(QPlainTextEdit, "encodingPreview")
    error = review.findChild(QLabel, "encodingError")
    ok = review.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert preview is not None and error is not None
    assert preview.toPlainText() == RUSSIAN[:300]
    assert error.isHidden() and ok.isEnabled()

    # Picking UTF-8 for the cp1251 file: it is not valid UTF-8, and the red line says where.
    first = review.combo(0)
    first.setCurrentIndex(first.findText("utf-8"))
    assert not error.isHidden() and error.styleSheet() == error_style(review.palette())
    assert error.text().startswith("a-1251.txt is not valid utf-8: byte 0xD0 at offset 0")
    assert preview.toPlainText() == "" and not ok.isEnabled()
    first.setCurrentIndex(first.findText("cp1251"))
    assert error.isHidden() and ok.isEnabled()
    assert preview.toPlainText() == RUSSIAN[:300]

    # Typing another encoding for the KOI8-R file: it becomes the selected one, and its
    # preview shows the text as that encoding reads it.
    second = review.combo(1)
    assert second.lineEdit() is not None
    second.lineEdit().selectAll()
    qtbot.keyClicks(second.lineEdit(), "iso-8859-5")
    qtbot.keyClick(second.lineEdit(), Qt.Key.Key_Return)
    assert review.isVisible()  # Enter took the typed name; it did not import yet
    assert review.table.currentRow() == 1
    assert preview.toPlainText() == textmod.normalise(koi8.decode("iso-8859-5"))[:300]
    assert preview.toPlainText() != LAVROV[:300]

    ok.click()
    qtbot.waitUntil(lambda: window.import_run.summary is not None, timeout=60_000)  # type: ignore[union-attr]
    summary = window.import_run.summary  # type: ignore[union-attr]
    assert summary is not None and "Imported 3 of 3 files." in summary.text()
    assert "read as iso-8859-5" in summary.detailedText()
    documents = {d.original_filename: d for d in window.session.documents()}
    text = window.session.service.document_text
    assert text(documents["a-1251.txt"].id) == RUSSIAN
    assert text(documents["b-koi8.txt"].id) == textmod.normalise(koi8.decode("iso-8859-5"))
    assert text(documents["c-utf8.txt"].id) == RUSSIAN + "UTF-8"
    summary.accept()


def test_cancelling_the_review_imports_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    (tmp_path / "ru.txt").write_bytes(RUSSIAN.encode("cp1251"))
    (tmp_path / "lavrov.txt").write_bytes(LAVROV.encode("koi8-r"))
    (tmp_path / "sure.txt").write_text(LAVROV, encoding="utf-8")
    before = window.session.service.documents()
    done: list[list[object]] = []
    window.import_paths([tmp_path / "ru.txt", tmp_path / "lavrov.txt", tmp_path / "sure.txt"])
    run = window.import_run
    assert run is not None
    run.done.connect(done.append)
    review = review_of(qtbot, window)
    assert [name for name, _ in listed(review)] == ["ru.txt", "lavrov.txt"]
    assert run.running()  # the window sees the import as still going
    review.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not run.running(), timeout=10_000)
    assert done == [[]]
    assert run.summary is None
    assert window.session.service.documents() == before
    assert not any(box.isVisible() for box in window.findChildren(QMessageBox))
