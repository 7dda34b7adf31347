"""Replacing a document's text, as the user meets it: a new version read from a file, or
the text corrected in an editor; then a review of where each annotation will go, and
only then the change (one undo step)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.importers import reading
from desktop.core.importers.base import ImportFailure
from desktop.core.project import TextReplacement
from desktop.core.records import DocumentInfo, TagInfo
from desktop.core.wording import counted
from desktop.ui.corpus.import_flow import FILTER
from desktop.ui.session import ProjectSession
from desktop.ui.text_util import short

# What the review lists: the passages that did not simply stay or follow their quote.
OUTCOMES = (
    ("position", "stay in place"),
    ("exact", "found by their quote"),
    ("fuzzy", "found approximately"),
    ("orphan", "cannot be placed (become orphans)"),
)
LISTED = {"fuzzy": "Found approximately", "orphan": "Cannot be placed"}


class _Busy:
    """A busy cursor while the window waits (planning 150,000 characters with 500
    annotations takes milliseconds; reading a long PDF may take seconds)."""

    def __enter__(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_: object) -> None:
        QApplication.restoreOverrideCursor()


class TextEditor(QDialog):
    """The document's text in a plain editor, to correct it (an OCR error, a missing
    paragraph); nothing changes until the review that follows is accepted."""

    def __init__(self, document: DocumentInfo, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("textEditor")
        self.setWindowTitle(f"Edit Text — {document.title}")
        hint = QLabel(
            "Correct the text, then choose Review Changes: Parallax shows where each "
            "annotation will go before anything is changed."
        )
        hint.setWordWrap(True)
        # A plain-text editor lays out long texts lazily: a whole book stays usable.
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("textEditorBody")
        self.editor.setAccessibleName("Document text")
        self.editor.setPlainText(text)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.review = buttons.addButton("&Review Changes…", QDialogButtonBox.ButtonRole.AcceptRole)
        self.review.setDefault(False)  # Enter types a line break
        self.review.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(760, 620)

    def text(self) -> str:
        # Raw: plain text would turn no-break spaces into spaces behind the user's back.
        return self.editor.document().toRawText().replace("\u2029", "\n")


class ReplacementReview(QDialog):
    """Counts of where the annotations go, and the approximate and lost ones listed
    (quote before → passage after), before the text is replaced."""

    def __init__(
        self,
        document: DocumentInfo,
        plan: TextReplacement,
        tags: list[TagInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("replacementReview")
        self.setWindowTitle(f"Replace Text — {document.title}")
        counts = plan.counts()
        heading = QLabel(
            f"Replace the text of <b>{escape(document.title)}</b> "
            f"({plan.old_length:,} characters) with the new one ({len(plan.text):,}): "
            f"“{escape(short(plan.text, 90))}”"
        )
        heading.setWordWrap(True)
        if plan.placed:
            lines = [
                f"<b>{counts[method]:,}</b> {what}"
                for method, what in OUTCOMES
                if counts[method] or method != "fuzzy"
            ]
            told = f"Of its {counted(len(plan.placed), 'annotation')}:<br>" + "<br>".join(lines)
        else:
            told = "The document has no annotations."
        self.summary = QLabel(told)
        self.summary.setObjectName("replacementCounts")
        self.summary.setWordWrap(True)
        names = {t.id: t.name for t in tags}
        listed = [item for item in plan.placed if item.method in LISTED]
        self.listing = QTableWidget(len(listed), 4)
        self.listing.setObjectName("replacementListing")
        self.listing.setAccessibleName("Annotations found approximately or not found")
        self.listing.setHorizontalHeaderLabels(["Outcome", "Passage before", "Passage now", "Tags"])
        self.listing.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.listing.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.listing.verticalHeader().hide()
        self.listing.setWordWrap(True)  # a whole sentence reads better than an elided one
        for row, item in enumerate(listed):
            annotation = item.annotation
            now = (
                "— (kept as an orphan, to place or delete)"
                if item.method == "orphan"
                else f"“{short(plan.passage(item), 200)}” ({item.score:.0f}% alike)"
            )
            cells = (
                LISTED[item.method],
                f"“{short(annotation.quote, 200)}”",
                now,
                ", ".join(names[t] for t in annotation.tag_ids if t in names) or "No tags",
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.listing.setItem(row, column, cell)
        header = self.listing.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((120, 250, 250)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.listing.resizeRowsToContents()
        self.listing.setHidden(not listed)
        kept = "Orphans keep their quote, tags and note and are listed for review. "
        after = QLabel((kept if counts["orphan"] else "") + "You can undo this (Edit → Undo).")
        after.setWordWrap(True)
        after.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.replace = buttons.addButton("&Replace", QDialogButtonBox.ButtonRole.AcceptRole)
        self.replace.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.listing, 1)
        layout.addWidget(after)
        layout.addWidget(buttons)
        self.resize(820, 500 if listed else 300)


def review_and_replace(
    parent: QWidget, session: ProjectSession, document: DocumentInfo, text: str
) -> bool:
    """Show where each annotation would go; replace the text if the user agrees."""
    refused: list[str] = []
    with _Busy():
        plan = session.plan_text(document, text, on_error=refused.append)
    if plan is None:
        QMessageBox.information(parent, "Text Not Replaced", "\n".join(refused))
        return False
    if not ReplacementReview(document, plan, session.tags(), parent).exec():
        return False
    with _Busy():
        return session.replace_text(document, text) is not None


def replace_from_file(
    parent: QWidget, session: ProjectSession, document: DocumentInfo, settings: QSettings
) -> bool:
    """Pick a file holding a new version of the document, read it as an import would,
    and replace the text after the review."""
    folder = str(settings.value("import/folder", ""))
    name, _ = QFileDialog.getOpenFileName(
        parent, f"Replace the text of “{document.title}” with", folder, FILTER
    )
    if not name:
        return False
    path = Path(name)
    settings.setValue("import/folder", str(path.parent))
    try:
        with _Busy():  # the document's language: detection would only cost time
            found = reading.read_file(path, language=document.language or None)
    except (ImportFailure, OSError) as error:
        QMessageBox.warning(parent, "Cannot Read File", f"{path.name} {error}.\n\n({path})")
        return False
    except RecursionError:  # pathologically nested markup
        QMessageBox.warning(parent, "Cannot Read File", f"{path.name} is nested too deeply.")
        return False
    return review_and_replace(parent, session, document, found.text)


def edit_text(parent: QWidget, session: ProjectSession, document: DocumentInfo) -> bool:
    """Correct the document's text in an editor, then review and replace."""
    editor = TextEditor(document, session.service.document_text(document.id), parent)
    while editor.exec():
        if review_and_replace(editor, session, document, editor.text()):
            return True
    return False
