"""File → Restore from Backup…: the project's backups listed, one put in place of the
project after a confirmation (the current state is backed up first; undo history cleared).

The restore runs off the UI thread under a window-modal progress dialog (``background``:
it takes seconds on a large project: a check, a copy, a backup first, the copy into the
project), which counts the pages copied and can cancel until the copy into the project
ends: SQLite then rolls that copy back, so a cancelled restore leaves the project as it was.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.backup_names import BackupError, BackupInfo
from desktop.core.project import ProjectService
from desktop.core.service_base import ProjectError
from desktop.ui import background, committed
from desktop.ui.backup_schedule import BackupSchedule
from desktop.ui.core_text import text_of
from desktop.ui.i18n import decimal, number, plural, translate
from desktop.ui.session import ProjectSession


def columns() -> tuple[str, ...]:
    """The list's column headers (a function: translated when asked, not at import)."""
    return (
        translate("RestoreDialog", "Taken"),
        translate("RestoreDialog", "Made"),
        translate("RestoreDialog", "Documents"),
        translate("RestoreDialog", "Annotations"),
        translate("RestoreDialog", "Tags"),
        translate("RestoreDialog", "Size"),
    )


class RestoreDialog(QDialog):
    def __init__(self, listed: list[BackupInfo], project: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RestoreDialog", "Restore from Backup"))
        self.resize(760, 420)
        self.listed = listed
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "RestoreDialog",
                "Backups of {project}, newest first. Restoring puts the chosen backup in "
                "place of the whole project; the current state is backed up first.",
            ).format(project=project)
            if listed
            else translate(
                "RestoreDialog",
                "There are no backups of {project} yet. One is made when the project opens, "
                "every 10 minutes while it changes, and when Parallax closes.",
            ).format(project=project)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget()
        headers = columns()
        self.tree.setHeaderLabels(list(headers))
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(translate("RestoreDialog", "Backups"))
        layout.addWidget(self.tree, 1)
        dimmed = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        for backup in listed:
            item = QTreeWidgetItem(self.tree, _row(backup))
            item.setData(0, Qt.ItemDataRole.UserRole, backup)
            for column in range(2, len(headers)):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            if backup.damaged:  # listed, never hidden, but it cannot be chosen
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setToolTip(1, text_of(backup.problem))
                for column in range(len(headers)):
                    item.setForeground(column, dimmed)
        header = self.tree.header()
        header.setStretchLastSection(False)  # the reason takes the room, the numbers stay close
        for column in range(len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(translate("RestoreDialog", "&Restore…"))
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
        damaged = translate("RestoreDialog", "damaged, cannot be restored: {problem}")
        return [backup.when(), damaged.format(problem=text_of(backup.problem)), "", "", "", ""]
    return [
        backup.when(),
        _reason(backup.reason),
        number(backup.documents),
        number(backup.annotations),
        number(backup.tags),
        _size(backup.size),
    ]


def _reason(reason: str) -> str:
    """Why a backup was made, in the interface's language: the file keeps the English
    words (the command line prints them too); one from a newer version shows as kept."""
    reasons = {
        "on opening": translate("RestoreDialog", "on opening"),
        "on closing": translate("RestoreDialog", "on closing"),
        "every 10 minutes": translate("RestoreDialog", "every 10 minutes"),
        "by hand": translate("RestoreDialog", "by hand"),
        "before restoring": translate("RestoreDialog", "before restoring"),
        "before upgrading": translate("RestoreDialog", "before upgrading"),
    }
    return reasons.get(reason, reason)


def _size(size: int) -> str:
    """'812 bytes', '172 KB', '104.9 MB' (decimal units, as file managers show them)."""
    if size < 1000:
        return plural(
            size, translate("RestoreDialog", "{n} byte"), translate("RestoreDialog", "{n} bytes")
        )
    if size < 1_000_000:
        return translate("RestoreDialog", "{size} KB").format(size=decimal(size / 1000, 0))
    return translate("RestoreDialog", "{size} MB").format(size=decimal(size / 1_000_000, 1))


def _step_labels() -> dict[str, str]:
    """What the progress dialog says at each step of ``backups.restore``."""
    return {
        "check": translate("RestoreDialog", "Checking the backup…"),
        "read": translate("RestoreDialog", "Reading the backup…"),
        "upgrade": translate("RestoreDialog", "Upgrading the backup to this version…"),
        "backup": translate("RestoreDialog", "Backing up the project as it is now…"),
        "restore": translate("RestoreDialog", "Putting the backup in place of the project…"),
        "verify": translate("RestoreDialog", "Checking the restored project…"),
    }


def _restore_in_thread(
    parent: QWidget, session: ProjectSession, chosen: BackupInfo
) -> BackupInfo | None:
    """Restore off the UI thread, under a progress dialog that can cancel. It uses the
    window's ``Backups`` (not a service of its own, as merge_flow's worker does): that one
    remembers the newest backup's change mark, and the schedule, which shares it, is paused
    meanwhile. Returns the backup of the state before, or None (failed or cancelled)."""
    labels = _step_labels()
    shown: list[str] = []

    service = session.service
    read: list[committed.Committed | None] = []  # the state after, read off the UI thread

    def work(progress: background.Progress) -> BackupInfo:
        def told(step: str, done: int, total: int) -> None:
            label = None if shown and shown[-1] == step else labels.get(step)
            shown.append(step)
            progress.step(label, done, total, final=step == "verify")

        before = service.backups.restore(chosen, told)
        read.append(committed.read_after(ProjectService(service.store, service.coder)))
        return before

    try:
        before = background.run(
            work,
            parent,
            title=translate("RestoreDialog", "Restore from Backup"),
            label=translate("RestoreDialog", "Restoring the backup of {when}…").format(
                when=chosen.when()
            ),
        )
    except background.Cancelled:
        session.message.emit(
            translate("RestoreDialog", "Restore cancelled: the project is as it was.")
        )
        return None
    except ProjectError as error:
        session.restore_failed(error)
        return None
    except Exception as error:  # a bug: say so, and read the project again
        failed = translate("RestoreDialog", "Restoring failed ({error}).").format(
            error=text_of(error)
        )
        session.restore_failed(BackupError(failed, replaced=True))
        return None
    session.restored(read[-1])
    return before


def restore_from_backup(
    parent: QWidget, session: ProjectSession, schedule: BackupSchedule
) -> BackupInfo | None:
    """List the backups, restore the chosen one after a confirmation; returns the backup
    of the state before, or None when nothing was restored."""
    if session.service.backups is None:  # the action is off for a shared project; in case
        from desktop.ui.shared_window import server_backups_text

        QMessageBox.information(
            parent, translate("RestoreDialog", "Restore from Backup"), server_backups_text()
        )
        return None
    with schedule.paused():  # a backup under way finishes first, and none starts meanwhile
        return _choose_and_restore(parent, session)


def _choose_and_restore(parent: QWidget, session: ProjectSession) -> BackupInfo | None:
    service = session.service
    dialog = RestoreDialog(service.backups.all(), service.info().name, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or (chosen := dialog.chosen()) is None:
        return None
    buttons = QMessageBox.StandardButton
    documents = plural(
        chosen.documents,
        translate("RestoreDialog", "{n} document"),
        translate("RestoreDialog", "{n} documents"),
    )
    annotations = plural(
        chosen.annotations,
        translate("RestoreDialog", "{n} annotation"),
        translate("RestoreDialog", "{n} annotations"),
    )
    answer = QMessageBox.question(
        parent,
        translate("RestoreDialog", "Restore from Backup"),
        translate(
            "RestoreDialog",
            "Restore the backup of {when} ({documents}, {annotations})?\n\n"
            "The current project is backed up first, so you can come back to it by restoring "
            "that backup. The undo history is cleared.",
        ).format(when=chosen.when(), documents=documents, annotations=annotations),
        buttons.Ok | buttons.Cancel,
        buttons.Cancel,
    )
    if answer != buttons.Ok:
        return None
    before = _restore_in_thread(parent, session, chosen)
    if before is not None:
        session.message.emit(
            translate(
                "RestoreDialog",
                "Restored the backup of {when}; the state before it was backed up ({before}). "
                "The undo history was cleared.",
            ).format(when=chosen.when(), before=before.when())
        )
    return before
