"""Help → Check Project…: the project's health (``core/health.py``), checked off the UI
thread (a full integrity check reads every page) and shown check by check."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import health
from desktop.core.project import ProjectService
from desktop.ui import background
from desktop.ui.core_text import text_of
from desktop.ui.i18n import translate

MARKS = {"ok": "✔", "warning": "⚠", "problem": "✖"}


class HealthDialog(QDialog):
    def __init__(
        self,
        service: ProjectService,
        parent: QWidget,
        backups: health.BackupLister | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("HealthDialog", "Check Project"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        store = service.store
        self.heading = QLabel(
            translate("HealthDialog", "Checking {file}…").format(file=Path(store.location).name)
        )
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        layout.addWidget(self.busy)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [translate("HealthDialog", "Check", "noun"), translate("HealthDialog", "Result")]
        )
        self.tree.setColumnWidth(0, 230)
        self.tree.setAccessibleName(translate("HealthDialog", "Checks"))
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.result: health.Health | None = None
        self.interrupt = health.Interrupt()
        self.job = background.Job(lambda _: health.check(store, backups, self.interrupt))
        self.job.ended.connect(self._ended)

    def stop(self) -> None:
        """Stop a check still running (the window closes) and wait for its thread, so
        that its connection is back in the pool before the project is closed."""
        self.interrupt.stop()
        self.job.wait(timeout=10)

    def _ended(self) -> None:
        try:
            found: object = self.job.result()
        except Exception as error:  # shown to the user, not lost
            found = error
        self._show(found)

    def _show(self, found: object) -> None:
        self.busy.hide()
        if not isinstance(found, health.Health):
            self.heading.setText(
                translate("HealthDialog", "The check could not run: {error}").format(
                    error=text_of(found)
                )
            )
            return
        self.result = found
        self.heading.setText(text_of(found.heading()))
        for check in found.checks:
            summary = text_of(check.summary)
            item = QTreeWidgetItem([f"{MARKS[check.verdict]}  {text_of(check.name)}", summary])
            item.setToolTip(1, summary)
            for detail in check.details:
                child = QTreeWidgetItem(["", text_of(detail)])
                child.setToolTip(1, text_of(detail))
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            item.setExpanded(check.verdict != "ok")
        self.tree.resizeColumnToContents(0)
