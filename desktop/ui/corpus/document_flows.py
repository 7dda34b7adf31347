"""A document's properties and its deletion, as the user meets them: a dialog, a
confirmation that counts what goes, then the session's undoable change. The properties
dialog also opens the text editor (``text_flows``) to correct the text itself."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.records import DocumentInfo
from desktop.ui import dialogs
from desktop.ui.colours import error_style
from desktop.ui.corpus import text_flows
from desktop.ui.i18n import plural, translate
from desktop.ui.language_names import language_names
from desktop.ui.session import ProjectSession
from desktop.ui.text_util import language_label

# The languages offered first: the sample's and the issue's users'; any code can be typed.
LANGUAGES = ("id", "vi", "en", "tr", "ru", "hy", "az", "fa", "ar", "zh", "fr", "de", "es")
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def language_code(typed: str) -> str | None:
    """A language code from a code or a language's name (translated or English); "" for
    nothing typed."""
    typed = typed.strip()
    if not typed:
        return ""
    code = QLocale.codeToLanguage(typed.lower())
    if code not in (QLocale.Language.AnyLanguage, QLocale.Language.C):
        return typed.lower()
    folded = typed.casefold()
    for known, name in language_names().items():
        if name.casefold() == folded:
            return known
    for language in QLocale.Language:
        if QLocale.languageToString(language).casefold() == folded:
            found = QLocale.languageToCode(language)
            return found or None
    return None


class DocumentDialog(QDialog):
    """Edits title, language, outlet, URL, author and publication date of one document."""

    def __init__(self, document: DocumentInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentProperties")
        self.setWindowTitle(translate("DocumentDialog", "Document Properties"))
        self.document = document
        self.title = QLineEdit(document.title)
        self.language = QComboBox()
        self.language.setEditable(True)
        # Enter must not add the typed text as an item without a code (it was saved "None").
        self.language.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        codes = dict.fromkeys((document.language, *LANGUAGES)) if document.language else LANGUAGES
        for code in codes:
            self.language.addItem(language_label(code), code)
        self.language.setCurrentIndex(0 if document.language else -1)
        self.language.setEditText(language_label(document.language) if document.language else "")
        self.source = QLineEdit(document.source)
        self.url = QLineEdit(document.url)
        self.author = QLineEdit(document.author)
        self.published = QLineEdit(document.published)
        self.published.setPlaceholderText(translate("DocumentDialog", "YYYY-MM-DD", "date format"))
        for widget, name in (
            (self.title, translate("DocumentDialog", "Title")),
            (self.language, translate("DocumentDialog", "Language")),
            (self.source, translate("DocumentDialog", "Outlet")),
            (self.url, translate("DocumentDialog", "URL")),
            (self.author, translate("DocumentDialog", "Author")),
            (self.published, translate("DocumentDialog", "Published")),
        ):  # fmt: skip
            widget.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(translate("DocumentDialog", "&Title:"), self.title)
        form.addRow(translate("DocumentDialog", "&Language:"), self.language)
        form.addRow(translate("DocumentDialog", "&Outlet:"), self.source)
        form.addRow(translate("DocumentDialog", "&URL:"), self.url)
        form.addRow(translate("DocumentDialog", "&Author:"), self.author)
        form.addRow(translate("DocumentDialog", "&Published:"), self.published)
        self.facts = QLabel()
        self.facts.setEnabled(False)
        self.facts.setWordWrap(True)
        self.show_facts(document)
        form.addRow("", self.facts)
        self.error = QLabel()
        self.error.setStyleSheet(error_style(self.palette()))
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.edit_text = buttons.addButton(
            translate("DocumentDialog", "&Edit Text…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.edit_text.setToolTip(
            translate(
                "DocumentDialog", "Correct the text itself (an OCR error, a missing paragraph)"
            )
        )
        self.edit_text.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def show_facts(self, document: DocumentInfo) -> None:
        """The document as it now is (its text may have been replaced meanwhile)."""
        self.document = document
        orphans = document.orphan_count
        fields = {
            "characters": plural(
                document.length,
                translate("DocumentDialog", "{n} character"),
                translate("DocumentDialog", "{n} characters"),
            ),
            "annotations": plural(
                document.annotation_count,
                translate("DocumentDialog", "{n} annotation"),
                translate("DocumentDialog", "{n} annotations"),
            ),
            "orphans": " " + translate("DocumentDialog", "({count} orphaned)").format(count=orphans)
            if orphans
            else "",
            "date": f"{document.imported_at:%Y-%m-%d}",
            "file": document.original_filename,
        }
        if document.original_filename:
            facts = translate(
                "DocumentDialog",
                "{characters} · {annotations}{orphans} · imported {date} from {file}",
            )
        else:
            facts = translate(
                "DocumentDialog", "{characters} · {annotations}{orphans} · imported {date}"
            )
        self.facts.setText(facts.format(**fields))

    def language_code(self) -> str | None:
        """The chosen code ("" for none): from the list, or typed as a code ("tr"), a name
        ("Turkish") or both ("Turkish (tr)"); None when Qt knows no such language."""
        typed = self.language.currentText().strip()
        index = self.language.findText(typed, Qt.MatchFlag.MatchFixedString)
        if index >= 0 and isinstance(code := self.language.itemData(index), str):
            return code
        inside = re.search(r"\(([^)]+)\)\s*$", typed)
        return language_code(inside.group(1) if inside else typed)

    def values(self) -> dict[str, str]:
        return {
            "title": self.title.text(),
            "language": self.language_code() or "",
            "source": self.source.text(),
            "url": self.url.text(),
            "author": self.author.text(),
            "published": self.published.text().strip(),
        }

    def accept(self) -> None:
        problem = ""
        if not self.title.text().strip():
            problem = translate("DocumentDialog", "A document needs a title.")
        elif (date := self.published.text().strip()) and not DATE.fullmatch(date):
            problem = translate(
                "DocumentDialog",
                "“{date}” is not a date: write it as YYYY-MM-DD (or YYYY-MM, or YYYY).",
            ).format(date=date)
        elif self.language_code() is None:
            problem = translate(
                "DocumentDialog",
                "“{language}” is not a language Parallax knows: "
                "type a name (Vietnamese) or a code (vi).",
            ).format(language=self.language.currentText().strip())
        if problem:
            self.show_error(problem)
            return
        super().accept()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


def edit_properties(
    parent: QWidget, session: ProjectSession, document: DocumentInfo
) -> DocumentInfo | None:
    dialog = DocumentDialog(document, parent)
    dialog.edit_text.clicked.connect(lambda: _edit_text(dialog, session))
    while dialog.exec():
        changed = session.update_document(
            dialog.document, on_error=dialog.show_error, **dialog.values()
        )
        if changed is not None:
            return changed
    return None


def _edit_text(dialog: DocumentDialog, session: ProjectSession) -> None:
    replaced = text_flows.edit_text(dialog, session, dialog.document)
    if replaced and (now := session.document(dialog.document.id)) is not None:
        dialog.show_facts(now)


def delete(parent: QWidget, session: ProjectSession, document: DocumentInfo) -> bool:
    count = document.annotation_count
    uses = (
        plural(
            count,
            translate("DocumentDialog", "{n} annotation"),
            translate("DocumentDialog", "{n} annotations"),
        )
        if count
        else translate("DocumentDialog", "no annotations")
    )
    if not dialogs.confirm(
        parent,
        translate("DocumentDialog", "Delete Document"),
        translate(
            "DocumentDialog",
            "Delete “{title}” and its {annotations} from the project? You can undo this "
            "(Edit → Undo).",
        ).format(title=document.title, annotations=uses),
    ):
        return False
    return session.delete_document(document)
