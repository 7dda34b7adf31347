"""Help → Check Project…: the project's health (``core/health.py``), checked off the UI
thread (a full integrity check reads every page) and shown check by check."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
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
from desktop.ui.i18n import translate

MARKS = {"ok": "✔", "warning": "⚠", "problem": "✖"}


class _Relay(QObject):
    done = Signal(object)  # health.Health, or the exception that stopped the check


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
            translate("HealthDialog", "Checking {file}…").format(file=store.path.name)
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
        self._relay = _Relay()  # not a child: the thread may outlive a closed dialog
        self._relay.done.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.interrupt = health.Interrupt()
        self._thread = self._start(lambda: health.check(store, backups, self.interrupt))

    def stop(self) -> None:
        """Stop a check still running (the window closes) and wait for its thread, so
        that its connection is back in the pool before the project is closed."""
        self.interrupt.stop()
        self._thread.join(timeout=10)

    def _start(self, work: Callable[[], health.Health]) -> threading.Thread:
        def run() -> None:
            try:
                found: object = work()
            except Exception as error:  # shown to the user, not lost
                found = error
            with contextlib.suppress(RuntimeError):  # the dialog was closed meanwhile
                self._relay.done.emit(found)

        thread = threading.Thread(target=run, name="check-project", daemon=True)
        thread.start()
        return thread

    def _show(self, found: object) -> None:
        self.busy.hide()
        if not isinstance(found, health.Health):
            self.heading.setText(
                translate("HealthDialog", "The check could not run: {error}").format(error=found)
            )
            return
        self.result = found
        self.heading.setText(found.report().splitlines()[0])
        for check in found.checks:
            item = QTreeWidgetItem([f"{MARKS[check.verdict]}  {check.name}", check.summary])
            item.setToolTip(1, check.summary)
            for detail in check.details:
                child = QTreeWidgetItem(["", detail])
                child.setToolTip(1, detail)
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            item.setExpanded(check.verdict != "ok")
        self.tree.resizeColumnToContents(0)
