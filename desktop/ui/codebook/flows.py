"""Codebook editing as the user meets it: dialogs, confirmations with counts, then the
session's undoable change. Kept out of the main window, which only wires these up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from desktop.core.records import TagInfo
from desktop.ui import dialogs
from desktop.ui.codebook.tag_dialog import TagDialog
from desktop.ui.codebook.tag_picker import TagPicker
from desktop.ui.i18n import plural, translate
from desktop.ui.kinds import kind_noun
from desktop.ui.session import ProjectSession


def new_tag(parent: QWidget, session: ProjectSession, kind: str = "actor") -> TagInfo | None:
    dialog = TagDialog(session.tags(), None, kind, parent)
    while dialog.exec():
        v = dialog.values()
        created = session.create_tag(
            str(v["name"]), str(v["kind"]), colour=str(v["colour"]),
            description=str(v["description"]), shortcut=str(v["shortcut"]),
            parent_id=v["parent_id"] if isinstance(v["parent_id"], int) else None,
            aliases=dialog.alias_pairs(), on_error=dialog.show_error,
        )  # fmt: skip
        if created is not None:
            return created
    return None


def edit_tag(parent: QWidget, session: ProjectSession, tag: TagInfo) -> TagInfo | None:
    aliases = session.service.codebook.aliases(tag.id)
    dialog = TagDialog(session.tags(), tag, tag.kind, parent, aliases)
    while dialog.exec():
        v = dialog.values()
        changed = session.update_tag(
            tag, name=str(v["name"]), colour=str(v["colour"]),
            description=str(v["description"]), shortcut=str(v["shortcut"]),
            aliases=dialog.alias_pairs(), on_error=dialog.show_error,
        )  # fmt: skip
        if changed is not None:
            return changed
    return None


def _uses(count: int) -> str:
    return plural(
        count,
        translate("CodebookFlows", "{n} annotation"),
        translate("CodebookFlows", "{n} annotations"),
    )


def delete_tag(parent: QWidget, session: ProjectSession, tag: TagInfo) -> bool:
    if tag.count and not dialogs.confirm(
        parent,
        translate("CodebookFlows", "Delete Tag"),
        translate(
            "CodebookFlows",
            "“{name}” is used by {uses}. Deleting it removes it from "
            "them (the annotations themselves stay). You can undo this.",
        ).format(name=tag.name, uses=_uses(tag.count)),
    ):
        return False
    return session.delete_tag(tag)


def merge_tag(parent: QWidget, session: ProjectSession, tag: TagInfo) -> bool:
    """Ask which tag of the same kind to merge ``tag`` into, with the counts, then merge."""
    targets = [t for t in session.tags() if t.kind == tag.kind and t.id != tag.id]
    if not targets:
        QMessageBox.information(
            parent,
            translate("CodebookFlows", "Merge Tag"),
            translate("CodebookFlows", "There is no other {kind} tag.").format(
                kind=kind_noun(tag.kind)
            ),
        )
        return False
    labels = [f"{t.name}  ({_uses(t.count)})" for t in targets]
    label, ok = QInputDialog.getItem(
        parent,
        translate("CodebookFlows", "Merge Tag"),
        translate("CodebookFlows", "Merge “{name}” ({uses}) into:").format(
            name=tag.name, uses=_uses(tag.count)
        ),
        labels,
        0,
        False,
    )
    if not ok:
        return False
    target = targets[labels.index(label)]
    if not dialogs.confirm(
        parent,
        translate("CodebookFlows", "Merge Tag"),
        translate(
            "CodebookFlows",
            "Move the {uses} of “{name}” to “{target}” and delete “{name}”? "
            "Passages that already carry both keep one. You can undo this.",
        ).format(uses=_uses(tag.count), name=tag.name, target=target.name),
        default_ok=True,
    ):
        return False
    return session.merge_tags(tag, target)


def pick_and_apply(
    parent: QWidget, session: ProjectSession, document_id: int, start: int, end: int
) -> TagPicker:
    """Open the type-ahead picker for a selected passage; it applies what the user picks."""
    picker = TagPicker(session.tags(), session.service.codebook.aliases(), parent)
    picker.chosen.connect(lambda ids: session.tag_passage(document_id, start, end, ids))
    picker.createRequested.connect(
        lambda name, kind, ticked: session.create_tag_and_apply(
            name, kind, document_id, start, end, ticked
        )
    )
    picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    picker.open()
    return picker


def pick_for_passages(
    parent: QWidget, session: ProjectSession, passages: list[tuple[int, int, int]]
) -> TagPicker:
    """The picker for many passages at once (search results): one undo step."""
    picker = TagPicker(session.tags(), session.service.codebook.aliases(), parent)
    picker.setWindowTitle(
        plural(
            len(passages),
            translate("CodebookFlows", "Tag {n} Passage"),
            translate("CodebookFlows", "Tag {n} Passages"),
        )
    )
    picker.chosen.connect(lambda ids: session.tag_passages(passages, ids))
    picker.createRequested.connect(
        lambda name, kind, ticked: session.create_tag_and_tag_passages(name, kind, passages, ticked)
    )
    picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    picker.open()
    return picker
