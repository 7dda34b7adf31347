"""File → Restore from Backup…: the project's backups listed, one put in place of the
project after a confirmation (the current state is backed up first; undo history cleared).

The restore runs in a thread of its own under a window-modal progress dialog (it takes
seconds on a large project: a backup first, a check, the copy), so the window repaints."""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.backups import BackupError, BackupInfo, Backups
from desktop.core.service_base import ProjectError
from desktop.core.wording import counted, file_size
from desktop.ui.backup_schedule import BackupSchedule
from desktop.ui.session import ProjectSession

COLUMNS = ("Taken", "Made", "Documents", "Annotations", "Tags", "Size")


class RestoreDialog(QDialog):
    def __init__(self, listed: list[BackupInfo], project: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restore from Backup")
        self.resize(760, 420)
        self.listed = listed
        layout = QVBoxLayout(self)
        intro = QLabel(
            f"Backups of {project}, newest first. Restoring puts the chosen backup in place "
            "of the whole project; the current state is backed up first."
            if listed
            else f"There are no backups of {project} yet. One is made when the project "
            "opens, every 10 minutes while it changes, and when Parallax closes."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(list(COLUMNS))
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName("Backups")
        layout.addWidget(self.tree, 1)
        dimmed = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        for backup in listed:
            item = QTreeWidgetItem(self.tree, _row(backup))
            item.setData(0, Qt.ItemDataRole.UserRole, backup)
            for column in range(2, len(COLUMNS)):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            if backup.damaged:  # listed, never hidden, but it cannot be chosen
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setToolTip(1, backup.problem)
                for column in range(len(COLUMNS)):
                    item.setForeground(column, dimmed)
        header = self.tree.header()
        header.setStretchLastSection(False)  # the reason takes the room, the numbers stay close
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton("&Restore…")
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.tree.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(self.chosen() is not None)
        )
        self.tree.itemDoubleClicked.connect(lambda *_: self.chosen() and self.accept())
        if readable := [i for i in range(len(listed)) if not listed[i].damaged]:
            self.tree.setCurrentItem(self.tree.topLevelItem(readable[0]))

    def chosen(self) -> BackupInfo | None:
        item = self.tree.currentItem()
        if item is None or not item.isSelected():
            return None
        found = item.data(0, Qt.ItemDataRole.UserRole)
        return found if isinstance(found, BackupInfo) and not found.damaged else None


def _row(backup: BackupInfo) -> list[str]:
    if backup.damaged:
        return [backup.when(), f"damaged, cannot be restored: {backup.problem}", "", "", "", ""]
    return [
        backup.when(),
        backup.reason,
        f"{backup.documents:,}",
        f"{backup.annotations:,}",
        f"{backup.tags:,}",
        file_size(backup.size),
    ]


class _Worker(QObject):
    """Restores in its thread. It uses the window's ``Backups`` (not a service of its own,
    as merge_flow's worker does): that one remembers the newest backup's change mark, and
    the schedule, which shares it, is paused meanwhile."""

    done = Signal(object)  # the BackupInfo of the state before
    failed = Signal(object)  # a ProjectError

    def __init__(self, backups: Backups, chosen: BackupInfo) -> None:
        super().__init__()
        self.backups = backups
        self.chosen = chosen

    @Slot()
    def run(self) -> None:
        try:
            self.done.emit(self.backups.restore(self.chosen))
        except ProjectError as error:
            self.failed.emit(error)
        except Exception as error:  # a bug must not leave the progress dialog up for good
            self.failed.emit(BackupError(f"Restoring failed ({error}).", replaced=True))


class _Outcome(QObject):
    """Receives the worker's answer in the UI thread and ends the wait."""

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.loop = loop
        self.before: BackupInfo | None = None
        self.error: ProjectError | None = None

    @Slot(object)
    def done(self, before: BackupInfo) -> None:
        self.before = before
        self.loop.quit()

    @Slot(object)
    def failed(self, error: ProjectError) -> None:
        self.error = error
        self.loop.quit()


def _restore_in_thread(
    parent: QWidget, session: ProjectSession, chosen: BackupInfo
) -> BackupInfo | None:
    progress = QProgressDialog(f"Restoring the backup of {chosen.when()}…", "", 0, 0, parent)
    progress.setWindowTitle("Restore from Backup")
    progress.setCancelButton(None)  # one transaction: nothing to stop halfway
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    loop = QEventLoop()
    outcome = _Outcome(loop)
    thread = QThread()
    worker = _Worker(session.service.backups, chosen)
    worker.moveToThread(thread)
    worker.done.connect(outcome.done)
    worker.failed.connect(outcome.failed)
    thread.started.connect(worker.run)
    thread.start()
    progress.setValue(0)
    loop.exec()
    thread.quit()
    thread.wait()
    progress.reset()
    if outcome.error is not None:
        session.restore_failed(outcome.error)
        return None
    session.restored()
    return outcome.before


def restore_from_backup(
    parent: QWidget, session: ProjectSession, schedule: BackupSchedule
) -> BackupInfo | None:
    """List the backups, restore the chosen one after a confirmation; returns the backup
    of the state before, or None when nothing was restored."""
    with schedule.paused():  # a backup under way finishes first, and none starts meanwhile
        return _choose_and_restore(parent, session)


def _choose_and_restore(parent: QWidget, session: ProjectSession) -> BackupInfo | None:
    service = session.service
    dialog = RestoreDialog(service.backups.all(), service.info().name, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or (chosen := dialog.chosen()) is None:
        return None
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent,
        "Restore from Backup",
        f"Restore the backup of {chosen.when()} "
        f"({counted(chosen.documents, 'document')}, "
        f"{counted(chosen.annotations, 'annotation')})?\n\n"
        "The current project is backed up first, so you can come back to it by restoring "
        "that backup. The undo history is cleared.",
        buttons.Ok | buttons.Cancel,
        buttons.Cancel,
    )
    if answer != buttons.Ok:
        return None
    before = _restore_in_thread(parent, session, chosen)
    if before is not None:
        session.message.emit(
            f"Restored the backup of {chosen.when()}; the state before it was backed up "
            f"({before.when()}). The undo history was cleared."
        )
    return before
