"""PDF import on PDFs that Qt writes in the test: a text layer, and pages without one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from pytestqt.qtbot import QtBot

from desktop.core.importers.base import ImportFailure
from desktop.core.importers.reading import read_file

LINES = ["Thổ Nhĩ Kỳ kêu gọi ngừng bắn", "Nga đề nghị đàm phán ở Moskva"]


def make_pdf(path: Path, pages: list[list[str]], *, title: str = "", image: bool = False) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Parallax tests")
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A5), QPageLayout.Orientation.Portrait,
                    QMarginsF(15, 15, 15, 15))
    )  # fmt: skip
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 11))
    for number, lines in enumerate(pages):
        if number:
            writer.newPage()
        if image:  # a "scan": pixels only, no text layer
            picture = QImage(400, 200, QImage.Format.Format_RGB32)
            picture.fill(QColor("white"))
            painter.drawImage(QRectF(0, 0, 2000, 1000), picture)
        for row, line in enumerate(lines):
            painter.drawText(QRectF(0, row * 400, 6000, 400), Qt.AlignmentFlag.AlignLeft, line)
    painter.end()


def test_a_pdf_text_layer_is_imported_page_by_page(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    make_pdf(path, [LINES, ["Trang hai: Azerbaijan và Armenia"]], title="Báo cáo Karabakh")
    found = read_file(path)
    assert found.text == "\n".join([*LINES, "Trang hai: Azerbaijan và Armenia"])
    assert found.title == "Báo cáo Karabakh"
    assert found.published.startswith(str(QDateTime.currentDateTime().date().year()))
    assert found.language == "vi"


def test_a_pdf_without_a_text_layer_is_refused_with_the_reason(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "scan.pdf"
    make_pdf(path, [[], []], image=True)
    with pytest.raises(ImportFailure, match="no text layer"):
        read_file(path)
