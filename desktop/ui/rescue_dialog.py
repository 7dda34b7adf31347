"""At start-up, a damaged project: what is wrong and the newest intact backup, offered
(Restore Backup / Quit); then plainly what was done and what was lost."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core import recovery
from desktop.ui.core_text import text_of
from desktop.ui.i18n import translate


def offer_rescue(
    path: Path, problem: str, parent: QWidget | None = None
) -> recovery.Recovered | None:
    """Ask, then move the damaged file at ``path`` aside and restore; None when the user
    quits or nothing could be restored (they were told where the file went)."""
    # Asked here, so a backup this project got at another path (moved, or a copy) may be
    # offered when none of its own is intact; the offer says whose it may be.
    rescue = recovery.find_rescue(path, problem, elsewhere=True)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("RescueDialog", "Project damaged"))
    box.setText(
        translate("RescueDialog", "The project {file} is damaged and cannot be opened.").format(
            file=path.name
        )
    )
    box.setInformativeText(text_of(rescue.offer()))
    act = box.addButton(
        translate("RescueDialog", "&Restore Backup")
        if rescue.good
        else translate("RescueDialog", "&Move Aside"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(translate("RescueDialog", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(act)
    box.exec()
    if box.clickedButton() is not act:
        return None
    try:
        rescued = recovery.recover(rescue)
    except recovery.RecoveryError as error:
        QMessageBox.critical(parent, translate("RescueDialog", "Project damaged"), text_of(error))
        return None
    if rescued.store is None:
        shown = text_of(rescued.message)
        QMessageBox.warning(parent, translate("RescueDialog", "Project damaged"), shown)
        return None
    shown = text_of(rescued.message)
    QMessageBox.information(parent, translate("RescueDialog", "Backup restored"), shown)
    return rescued
