"""The plain word that some coders' annotations are hidden, with a button to show all:
peers' annotations missing from view without notice would mislead a reader."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.ui.coders.coders_model import coder_label
from desktop.ui.i18n import number, plural, translate
from desktop.ui.session import ProjectSession


class HiddenCodersNotice(QWidget):
    """Shown while any coder is hidden; follows the session by itself."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.label = QLabel()
        self.show_all_button = QPushButton(translate("HiddenCodersNotice", "Show all"))
        self.show_all_button.setToolTip(
            translate("HiddenCodersNotice", "Show every coder's annotations again")
        )
        self.show_all_button.setAccessibleName(
            translate("HiddenCodersNotice", "Show all coders' annotations")
        )
        self.show_all_button.clicked.connect(lambda: session.set_hidden_coders(()))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.show_all_button)
        for changed in (
            session.hiddenCodersChanged, session.annotationsChanged, session.annotationsEdited,
            session.textReplaced,
        ):  # fmt: skip
            changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        hidden = self.session.hidden_coders
        self.setVisible(bool(hidden))
        if not hidden:
            return
        text = plural(
            len(hidden),
            translate("HiddenCodersNotice", "⚠ Hiding {n} coder's annotations ({total})"),
            translate("HiddenCodersNotice", "⚠ Hiding {n} coders' annotations ({total})"),
            total=number(self.session.hidden_count()),
        )
        self.label.setText(text)
        names = ", ".join(sorted((coder_label(c) for c in hidden), key=str.casefold))
        self.label.setToolTip(
            translate(
                "HiddenCodersNotice",
                "Hidden in the reader and the Annotations list: {coders}. Nothing is deleted; "
                "exports, analysis and agreement use every annotation.",
            ).format(coders=names)
        )
        self.label.setAccessibleName(text)
