"""The Coders dock: the project's coders with their counts, each with a box that shows or
hides their annotations in the reader and the Annotations list (Space toggles it).

Hiding is a view state kept by the session and remembered per project; nothing is deleted,
and exports, analysis, agreement and the Compare views still use every annotation.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.coders import remembered
from desktop.ui.coders.coders_model import CodersModel
from desktop.ui.coders.hidden_notice import HiddenCodersNotice
from desktop.ui.delta import AnnotationDelta
from desktop.ui.i18n import translate
from desktop.ui.session import ProjectSession


class CodersDock(QDockWidget):
    def __init__(
        self,
        session: ProjectSession,
        settings: QSettings,
        project_uuid: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("CodersDock", "Coders"), parent)
        self.setObjectName("codersDock")
        self.session = session
        self._settings, self._project_uuid = settings, project_uuid
        self.model = CodersModel(session, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("CodersDock", "Coders"))
        self.table.setAccessibleDescription(
            translate("CodersDock", "Space shows or hides the current coder's annotations.")
        )
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        hint = QLabel(
            translate(
                "CodersDock",
                "Untick a coder to hide their annotations in the reader and the "
                "Annotations list. Nothing is deleted; exports and agreement use all.",
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.notice = HiddenCodersNotice(session)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        layout.addWidget(self.notice)
        self.setWidget(body)

        session.annotationsChanged.connect(self.model.reload)
        # A replaced text: reloaded by the window's ``StagedRefresh``, after the text's pane.
        session.annotationsEdited.connect(self._edited)
        session.hiddenCodersChanged.connect(self._remember)
        self.model.reload()
        # As the project was left; a coder no longer in it is not hidden any more.
        kept = remembered.hidden_coders(settings, project_uuid) & set(self.model.coders())
        session.set_hidden_coders(kept)

    def _edited(self, delta: AnnotationDelta) -> None:
        self.model.update(delta.before, delta.after)

    def _remember(self) -> None:
        remembered.remember(self._settings, self._project_uuid, self.session.hidden_coders)
