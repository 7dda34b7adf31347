"""Checking guessed encodings before an import: plain text and web pages whose encoding
Parallax could not be sure of are listed with the guess, each overridable, and a preview
of the selected file decoded the chosen way shows whether it reads right."""

from __future__ import annotations

import codecs
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.importers import reading
from desktop.core.importers.base import ImportFailure
from desktop.core.importers.plain import EncodingGuess
from desktop.ui.colours import error_style
from desktop.ui.core_text import failure_of, text_of
from desktop.ui.i18n import plural, translate

# Offered after the guess: the encodings older files in the app's languages come in.
COMMON = [
    "utf-8", "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256",
    "cp1257", "cp1258", "iso-8859-1", "iso-8859-2", "iso-8859-5", "iso-8859-6",
    "iso-8859-7", "iso-8859-8", "iso-8859-9", "iso-8859-13", "iso-8859-15", "koi8-r",
    "koi8-u", "mac-roman", "gb18030", "big5", "shift_jis", "euc-jp", "euc-kr", "utf-16",
    "utf-16-le", "utf-16-be",
]  # fmt: skip


def _codec(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name


def choices(guess: str) -> list[str]:
    """The guess first (spelled as in the common list when it is one of them), then the
    other common encodings."""
    same = [name for name in COMMON if _codec(name) == _codec(guess)]
    first = same[0] if same else guess
    return [first, *(name for name in COMMON if name != first)]


class EncodingReview(QDialog):
    """Accepted, ``encodings()`` gives the encoding chosen for each listed file."""

    def __init__(
        self,
        files: Sequence[tuple[Path, EncodingGuess]],
        parent: QWidget | None = None,
        preview: Callable[[Path, str], str] = reading.preview,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("encodingReview")
        self.setWindowTitle(translate("EncodingReview", "Check encodings"))
        self._files = list(files)
        self._preview = preview
        self._shown: dict[tuple[Path, str], tuple[str, str]] = {
            (path, _codec(guess.encoding)): (guess.preview, "") for path, guess in self._files
        }
        self._errors: dict[int, str] = {}
        count = len(self._files)
        intro = QLabel(
            plural(
                count,
                translate(
                    "EncodingReview",
                    "Parallax is not sure how this file encodes its text. Check the preview "
                    "of each; if it reads wrongly, choose another encoding.",
                ),
                translate(
                    "EncodingReview",
                    "Parallax is not sure how these {n} files encode their text. Check the "
                    "preview of each; if it reads wrongly, choose another encoding.",
                ),
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(count, 3)
        self.table.setHorizontalHeaderLabels(
            [
                translate("EncodingReview", "File"),
                translate("EncodingReview", "Encoding"),
                translate("EncodingReview", "Guessed from"),
            ]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self._rows_of: dict[QObject, int] = {}
        for row, (path, guess) in enumerate(self._files):
            name = QTableWidgetItem(path.name)
            name.setToolTip(str(path))
            self.table.setItem(row, 0, name)
            combo = QComboBox()
            combo.setEditable(True)  # any encoding Python knows can be typed
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.setAccessibleName(
                translate("EncodingReview", "Encoding of {file}").format(file=path.name)
            )
            combo.addItems(choices(guess.encoding))
            combo.currentIndexChanged.connect(lambda _=0, r=row: self._changed(r))
            line = combo.lineEdit()
            if line is not None:
                line.editingFinished.connect(lambda r=row: self._changed(r))
                line.installEventFilter(self)  # Enter takes the typed name, not the dialog
                self._rows_of[line] = row
            self.table.setCellWidget(row, 1, combo)
            self.table.setItem(row, 2, QTableWidgetItem(text_of(guess.basis)))
        self.table.currentCellChanged.connect(lambda row, *_: self._show(row))
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("encodingPreview")
        self.preview.setAccessibleName(translate("EncodingReview", "Preview"))
        self.preview.setReadOnly(True)
        self.error = QLabel()
        self.error.setObjectName("encodingError")
        self.error.setStyleSheet(error_style(self.palette()))
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("EncodingReview", "Import", "button: import the files")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(translate("EncodingReview", "Preview of the selected file:")))
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(720, 560)
        if self._files:
            self.table.setCurrentCell(0, 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched in self._rows_of
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)  # type: ignore[attr-defined]
        ):
            self._changed(self._rows_of[watched])
            return True
        return super().eventFilter(watched, event)

    def combo(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, 1)
        assert isinstance(widget, QComboBox)
        return widget

    def encodings(self) -> dict[Path, str]:
        return {
            path: self.combo(row).currentText().strip() for row, (path, _) in enumerate(self._files)
        }

    def _changed(self, row: int) -> None:
        if self.table.currentRow() != row:
            self.table.setCurrentCell(row, 0)  # shows it
        else:
            self._show(row)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self._files):
            return
        path = self._files[row][0]
        encoding = self.combo(row).currentText().strip()
        key = (path, _codec(encoding))
        if not encoding:
            self._shown[key] = (
                "",
                translate("EncodingReview", "{file}: choose an encoding.").format(file=path.name),
            )
        elif key not in self._shown:
            try:
                self._shown[key] = (self._preview(path, encoding), "")
            except ImportFailure as error:
                self._shown[key] = ("", failure_of(path.name, error))
        text, error = self._shown[key]
        self.preview.setPlainText(text)
        self.error.setText(error)
        self.error.setVisible(bool(error))
        if error:
            self._errors[row] = error
        else:
            self._errors.pop(row, None)
        # A file that cannot be read as chosen would only fail: fix it before importing.
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not self._errors)
