"""File → Open Shared Project…: the address asked for, and the project opened off the UI thread.

Connecting may wait on the network up to the core's connect timeout (5 s), so it runs in a
``background`` job under a progress dialog the user can cancel (what was opened meanwhile is
closed again). A refusal is one message box with the core's words, and nothing is tried
again by itself; the window's own project stays as it was. An empty database is offered as
the home of a new shared project, named after the database.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.project import ProjectService
from desktop.core.shared_store import (
    EmptyDatabaseError,
    SharedProjectError,
    SharedStore,
    database_name,
)
from desktop.ui import background
from desktop.ui.core_text import text_of
from desktop.ui.i18n import translate
from desktop.ui.recent_projects import recent

PLACEHOLDER = "postgresql://user@host:5432/database"


class SharedAddressDialog(QDialog):
    """Asks for a shared project's address; the password is never asked for here."""

    def __init__(self, parent: QWidget | None, address: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("sharedAddressDialog")
        self.setWindowTitle(translate("SharedAddressDialog", "Open Shared Project"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate("SharedAddressDialog", "&Address of a project shared on a PostgreSQL server:")
        )
        layout.addWidget(intro)
        self.address = QLineEdit(address)
        self.address.setPlaceholderText(PLACEHOLDER)
        self.address.setAccessibleName(translate("SharedAddressDialog", "Address"))
        intro.setBuddy(self.address)
        layout.addWidget(self.address)
        form = QLabel(
            translate(
                "SharedAddressDialog",
                "Of the form {form} (the port is 5432 when left out).",
            ).format(form=PLACEHOLDER.replace("5432", "port"))
        )
        form.setWordWrap(True)
        layout.addWidget(form)
        password = QLabel(
            translate(
                "SharedAddressDialog",
                "The password comes from your ~/.pgpass file or the PGPASSWORD variable; "
                "Parallax never stores it.",
            )
        )
        password.setWordWrap(True)
        layout.addWidget(password)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.address.textChanged.connect(self._typed)
        self._typed()

    def _typed(self) -> None:
        opening = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        opening.setEnabled(bool(self.address.text().strip()))

    def chosen(self) -> str:
        return self.address.text().strip()


def ask_address(parent: QWidget, settings: QSettings) -> str | None:
    """The address the user typed, or None when they cancelled; offered: the newest shared
    project opened before (remembered without password)."""
    last = next((p for p in recent(settings) if isinstance(p, str)), "")
    dialog = SharedAddressDialog(parent, last)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen():
        return None
    return dialog.chosen()


def _connecting(work: Any, parent: QWidget, label: str, *, cancellable: bool = True) -> SharedStore:
    """``work()`` (which opens a store) off the UI thread, under a progress dialog with Cancel;
    a store opened after the user cancelled is closed there, never left open."""

    def body(progress: background.Progress) -> SharedStore:
        store: SharedStore = work()
        if progress.cancelled:
            store.close()
            raise background.Cancelled
        return store

    title = translate("SharedAddressDialog", "Open Shared Project")
    return background.run(
        body, parent, title=title, label=label, cancellable=cancellable, abandon=cancellable
    )


def open_shared(parent: QWidget, address: str) -> SharedStore | None:
    """The shared project at ``address``, opened; None when it was refused (the user has
    been told why), cancelled, or an empty database was not to be used."""
    label = translate("SharedAddressDialog", "Connecting to the server…")
    title = translate("SharedAddressDialog", "Cannot open the shared project")
    try:
        return _connecting(lambda: SharedStore.open(address), parent, label)
    except background.Cancelled:
        return None
    except EmptyDatabaseError as error:
        return _offer_new(parent, address, error)
    except SharedProjectError as error:
        QMessageBox.warning(parent, title, text_of(error))
        return None


def _offer_new(parent: QWidget, address: str, error: EmptyDatabaseError) -> SharedStore | None:
    database = database_name(address)
    answer = QMessageBox.question(
        parent,
        translate("SharedAddressDialog", "Empty database"),
        translate("SharedAddressDialog", "Start a new shared project in {database}?").format(
            database=database
        )
        + "\n\n"
        + text_of(error),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None

    def create() -> SharedStore:
        def fill(store: SharedStore) -> None:
            ProjectService(store).initialise(store.default_name)

        return SharedStore.create(address, fill)

    label = translate("SharedAddressDialog", "Setting up the shared project…")
    try:
        # One transaction, over in a moment: not stopped halfway.
        return _connecting(create, parent, label, cancellable=False)
    except background.Cancelled:
        return None
    except SharedProjectError as other:
        QMessageBox.warning(
            parent,
            translate("SharedAddressDialog", "Cannot create the shared project"),
            text_of(other),
        )
        return None
