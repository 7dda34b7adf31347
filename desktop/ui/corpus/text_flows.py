"""Replacing a document's text, as the user meets it: a new version read from a file, or
the text corrected in an editor; then a review of where each annotation will go, and
only then the change (one undo step).

Reading the file, planning where each annotation goes and the replacement itself run off
the UI thread under a progress dialog (``background``): re-anchoring 10,000 annotations in
1,000,000 characters takes seconds. Reading and planning change nothing and can be
cancelled at once (the planning counts the annotations it has placed); the replacement is
one transaction and runs to its end, as its undo and redo do (``ReplaceText``). The window
then shows the new text in its pane at once and the other views over the next events
(``ProjectSession.text_replaced``)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from desktop.core.project import ProjectError, ProjectService, TextChange, TextReplacement
from desktop.core.records import DocumentInfo, TagInfo
from desktop.ui import background, committed
from desktop.ui.core_text import failure_of, text_of
from desktop.ui.corpus import import_flow
from desktop.ui.i18n import number, plural, translate
from desktop.ui.session import ProjectSession
from desktop.ui.text_commands import ReplaceText
from desktop.ui.text_util import short

FIT_ROWS = 40  # rows of the review's listing fitted to their text per event


def outcomes() -> tuple[tuple[str, str], ...]:
    """How the review counts each way an annotation was placed (method, words)."""
    return (
        ("position", translate("ReplacementReview", "stay in place")),
        ("exact", translate("ReplacementReview", "found by their quote")),
        ("fuzzy", translate("ReplacementReview", "found approximately")),
        ("orphan", translate("ReplacementReview", "cannot be placed (become orphans)")),
    )


def listed() -> dict[str, str]:
    """What the review lists: the passages that did not simply stay or follow their quote."""
    return {
        "fuzzy": translate("ReplacementReview", "Found approximately"),
        "orphan": translate("ReplacementReview", "Cannot be placed"),
    }


class TextEditor(QDialog):
    """The document's text in a plain editor, to correct it (an OCR error, a missing
    paragraph); nothing changes until the review that follows is accepted."""

    def __init__(self, document: DocumentInfo, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("textEditor")
        self.setWindowTitle(
            translate("ReplacementReview", "Edit Text — {title}").format(title=document.title)
        )
        hint = QLabel(
            translate(
                "ReplacementReview",
                "Correct the text, then choose Review Changes: Parallax shows where each "
                "annotation will go before anything is changed.",
            )
        )
        hint.setWordWrap(True)
        # A plain-text editor lays out long texts lazily: a whole book stays usable.
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("textEditorBody")
        self.editor.setAccessibleName(translate("ReplacementReview", "Document text"))
        self.editor.setPlainText(text)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.review = buttons.addButton(
            translate("ReplacementReview", "&Review Changes…"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
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
        self.setWindowTitle(
            translate("ReplacementReview", "Replace Text — {title}").format(title=document.title)
        )
        counts = plan.counts()
        heading = QLabel(
            translate(
                "ReplacementReview",
                "Replace the text of <b>{title}</b> ({old} characters) with the new one "
                "({new}): “{start}”",
            ).format(
                title=escape(document.title),
                old=number(plan.old_length),
                new=number(len(plan.text)),
                start=escape(short(plan.text[:1000], 90)),  # not the whole text split
            )
        )
        heading.setWordWrap(True)
        if plan.placed:
            lines = [
                translate("ReplacementReview", "<b>{count}</b> {outcome}").format(
                    count=number(counts[method]), outcome=what
                )
                for method, what in outcomes()
                if counts[method] or method != "fuzzy"
            ]
            of_its = plural(
                len(plan.placed),
                translate("ReplacementReview", "Of its {n} annotation:"),
                translate("ReplacementReview", "Of its {n} annotations:"),
            )
            told = of_its + "<br>" + "<br>".join(lines)
        else:
            told = translate("ReplacementReview", "The document has no annotations.")
        self.summary = QLabel(told)
        self.summary.setObjectName("replacementCounts")
        self.summary.setWordWrap(True)
        names = {t.id: t.name for t in tags}
        words = listed()
        shown = [item for item in plan.placed if item.method in words]
        self.listing = QTableWidget(len(shown), 4)
        self.listing.setObjectName("replacementListing")
        self.listing.setAccessibleName(
            translate("ReplacementReview", "Annotations found approximately or not found")
        )
        self.listing.setHorizontalHeaderLabels(
            [
                translate("ReplacementReview", "Outcome"),
                translate("ReplacementReview", "Passage before"),
                translate("ReplacementReview", "Passage now"),
                translate("ReplacementReview", "Tags"),
            ]
        )
        self.listing.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.listing.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.listing.verticalHeader().hide()
        self.listing.setWordWrap(True)  # a whole sentence reads better than an elided one
        kept_as_orphan = translate("ReplacementReview", "— (kept as an orphan, to place or delete)")
        alike = translate("ReplacementReview", "“{passage}” ({score}% alike)")
        no_tags = translate("ReplacementReview", "No tags")
        for row, item in enumerate(shown):
            annotation = item.annotation
            now = (
                kept_as_orphan
                if item.method == "orphan"
                else alike.format(passage=short(plan.passage(item), 200), score=f"{item.score:.0f}")
            )
            cells = (
                words[item.method],
                f"“{short(annotation.quote, 200)}”",
                now,
                ", ".join(names[t] for t in annotation.tag_ids if t in names) or no_tags,
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
        # Rows fit their wrapped text a batch per event: all at once took the window
        # 30-60 ms for 330 rows, before the dialog could even show.
        self._fitted = 0
        self._fitting = QTimer(self)
        self._fitting.setInterval(0)
        self._fitting.timeout.connect(self._fit_rows)
        self._fitting.start()
        self.listing.setHidden(not shown)
        kept = translate(
            "ReplacementReview",
            "Orphans keep their quote, tags and note and are listed for review. ",
        )
        undo = translate("ReplacementReview", "You can undo this (Edit → Undo).")
        after = QLabel((kept if counts["orphan"] else "") + undo)
        after.setWordWrap(True)
        after.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.replace = buttons.addButton(
            translate("ReplacementReview", "&Replace"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.replace.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.listing, 1)
        layout.addWidget(after)
        layout.addWidget(buttons)
        self.resize(820, 500 if shown else 300)

    def _fit_rows(self) -> None:
        rows = self.listing.rowCount()
        end = min(rows, self._fitted + FIT_ROWS)
        for row in range(self._fitted, end):
            self.listing.resizeRowToContents(row)
        self._fitted = end
        if end >= rows:
            self._fitting.stop()


def review_and_replace(
    parent: QWidget, session: ProjectSession, document: DocumentInfo, text: str
) -> bool:
    """Show where each annotation would go; replace the text if the user agrees."""
    store, coder = session.service.store, session.service.coder

    counting = translate("ReplacementReview", "Placing annotations… {done} of {total}")

    def plan(progress: background.Progress) -> TextReplacement:
        def placed(done: int, total: int) -> None:  # raises Cancelled once cancelled
            told = counting.format(done=number(done), total=number(total))
            progress.step(told, done, total)

        # A service of its own: the window's keeps caches that only the UI thread touches.
        with committed.kept_uncollected():
            service = ProjectService(store, coder)
            return service.plan_text_replacement(document.id, text, progress=placed)

    try:
        planned = background.run(
            plan,
            parent,
            title=translate("ReplacementReview", "Replace Text"),
            label=translate(
                "ReplacementReview", "Finding where each annotation of “{title}” goes…"
            ).format(title=short(document.title, 60)),
            abandon=True,  # nothing is changed yet: the plan is simply dropped
        )
    except background.Cancelled:
        return False
    except ProjectError as error:
        QMessageBox.information(
            parent, translate("ReplacementReview", "Text Not Replaced"), text_of(error)
        )
        return False
    if not ReplacementReview(document, planned, session.tags(), parent).exec():
        return False
    return _replace(parent, session, document, text)


def _replace(parent: QWidget, session: ProjectSession, document: DocumentInfo, text: str) -> bool:
    """Replace the text in one transaction, off the UI thread (it plans again, inside the
    transaction, and cannot stop halfway), then record it as one undo step."""
    store, coder = session.service.store, session.service.coder

    read: list[committed.Committed | None] = []  # the state after, read off the UI thread

    def replace(_progress: background.Progress) -> TextChange:
        with committed.kept_uncollected():
            service = ProjectService(store, coder)
            change = service.replace_text(document.id, text)
            read.append(committed.read_after(service))
            return change

    try:
        change = background.run(
            replace,
            parent,
            title=translate("ReplacementReview", "Replace Text"),
            label=translate("ReplacementReview", "Replacing the text of “{title}”…").format(
                title=short(document.title, 60)
            ),
            cancellable=False,
        )
    except ProjectError as error:
        session.report(text_of(error))
        return False
    step = ReplaceText(change, document.title, session, _outermost(parent))
    session.text_replaced(document.id, change.plan.text, read[-1], step)
    orphans = len(change.orphans)
    session.message.emit(
        plural(
            orphans,
            translate(
                "ReplacementReview",
                "Replaced the text of “{title}”: {n} annotation could not be placed.",
            ),
            translate(
                "ReplacementReview",
                "Replaced the text of “{title}”: {n} annotations could not be placed.",
            ),
            title=document.title,
        )
        if orphans
        else translate("ReplacementReview", "Replaced the text of “{title}”.").format(
            title=document.title
        )
    )
    return True


def _outermost(widget: QWidget) -> QWidget:
    """The main window under ``widget`` (an editor dialog, gone long before an undo)."""
    while (above := widget.parentWidget()) is not None:
        widget = above
    return widget


def replace_from_file(
    parent: QWidget, session: ProjectSession, document: DocumentInfo, settings: QSettings
) -> bool:
    """Pick a file holding a new version of the document, read it as an import would,
    and replace the text after the review."""
    folder = str(settings.value("import/folder", ""))
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("ReplacementReview", "Replace the text of “{title}” with").format(
            title=document.title
        ),
        folder,
        import_flow.file_filter(),
    )
    if not name:
        return False
    path = Path(name)
    settings.setValue("import/folder", str(path.parent))
    cannot = translate("ReplacementReview", "Cannot Read File")
    try:
        found = background.run(
            # The document's language: detection would only cost time.
            lambda _progress: reading.read_file(path, language=document.language or None),
            parent,
            title=translate("ReplacementReview", "Replace Text"),
            label=translate("ReplacementReview", "Reading {name}…").format(name=path.name),
            abandon=True,
        )
    except background.Cancelled:
        return False
    except (ImportFailure, OSError) as error:
        QMessageBox.warning(parent, cannot, f"{failure_of(path.name, error)}\n\n({path})")
        return False
    except RecursionError:  # pathologically nested markup
        QMessageBox.warning(
            parent,
            cannot,
            translate("ReplacementReview", "{name} is nested too deeply.").format(name=path.name),
        )
        return False
    return review_and_replace(parent, session, document, found.text)


def edit_text(parent: QWidget, session: ProjectSession, document: DocumentInfo) -> bool:
    """Correct the document's text in an editor, then review and replace."""
    editor = TextEditor(document, session.service.document_text(document.id), parent)
    while editor.exec():
        if review_and_replace(editor, session, document, editor.text()):
            return True
    return False
