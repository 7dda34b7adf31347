"""The window's actions, made in one place so menus, toolbars and tests share them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from desktop.ui.i18n import translate


@dataclass(frozen=True)
class Actions:
    new_project: QAction
    open_project: QAction
    open_shared_project: QAction
    import_documents: QAction
    import_folder: QAction
    import_annotations: QAction
    export: QAction
    restore_backup: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    delete_annotation: QAction
    edit_note: QAction
    pick_tags: QAction
    find: QAction
    document_properties: QAction
    delete_document: QAction
    replace_text: QAction
    review_orphans: QAction
    new_tag: QAction
    preferences: QAction
    check_project: QAction
    agreement: QAction
    shortcuts: QAction
    about: QAction


def _action(parent: QObject, text: str, shortcut: QKeySequence | str | None, tip: str) -> QAction:
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setStatusTip(tip)
    action.setToolTip(tip)
    return action


def _standard(key: QKeySequence.StandardKey, fallback: str) -> QKeySequence | str:
    """The platform's key for ``key``; ``fallback`` where it has none (Linux has no key for
    Preferences, and no key for Quit on some platforms), the one GNOME and KDE apps use."""
    return key if QKeySequence.keyBindings(key) else fallback


def build_actions(parent: QObject, undo_stack: QUndoStack) -> Actions:
    undo = undo_stack.createUndoAction(parent, translate("Actions", "&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = undo_stack.createRedoAction(parent, translate("Actions", "&Redo"))
    redo.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z")])
    shortcuts = _action(
        parent,
        translate("Actions", "&Keyboard Shortcuts…"),
        "F1",
        translate("Actions", "Every action of the window with its keys, searchable"),
    )
    shortcuts.setShortcuts([QKeySequence("F1"), QKeySequence("Ctrl+/")])
    return Actions(
        new_project=_action(
            parent,
            translate("Actions", "&New Project…"),
            QKeySequence.StandardKey.New,
            translate("Actions", "Create an empty project file and open it in place of this one"),
        ),
        open_project=_action(
            parent,
            translate("Actions", "&Open Project…"),
            QKeySequence.StandardKey.Open,
            translate("Actions", "Open another project file in place of this one"),
        ),
        open_shared_project=_action(
            parent,
            translate("Actions", "Open &Shared Project…"),
            None,
            translate(
                "Actions",
                "Open a project shared on a PostgreSQL server in place of this one; other "
                "coders can edit it at the same time",
            ),
        ),
        import_documents=_action(
            parent,
            translate("Actions", "&Import Documents…"),
            "Ctrl+I",
            translate("Actions", "Add text, Markdown, web page, Word or PDF files to the project"),
        ),
        import_folder=_action(
            parent,
            translate("Actions", "Import &Folder…"),
            "Ctrl+Shift+I",
            translate(
                "Actions", "Add every document in a folder and its subfolders to the project"
            ),
        ),
        import_annotations=_action(
            parent,
            translate("Actions", "Import &Annotations…"),
            "Ctrl+Alt+I",
            translate(
                "Actions",
                "Merge annotations from W3C or project JSON, REFI-QDA, doccano, Label Studio or "
                "brat files, after a preview of what changes",
            ),
        ),
        export=_action(
            parent,
            translate("Actions", "&Export Annotations…"),
            "Ctrl+E",
            translate(
                "Actions",
                "Write the annotations as W3C JSON, project JSON, REFI-QDA, coded segments, "
                "doccano, Label Studio or brat",
            ),
        ),
        restore_backup=_action(
            parent,
            translate("Actions", "Restore from &Backup…"),
            None,
            translate(
                "Actions",
                "Put an automatic backup in place of the project; the current state is backed "
                "up first",
            ),
        ),
        quit=_action(
            parent,
            translate("Actions", "&Quit"),
            _standard(QKeySequence.StandardKey.Quit, "Ctrl+Q"),
            translate("Actions", "Close Parallax"),
        ),
        undo=undo,
        redo=redo,
        delete_annotation=_action(
            parent,
            translate("Actions", "&Delete Annotation"),
            QKeySequence.StandardKey.Delete,
            translate("Actions", "Delete the selected annotation"),
        ),
        edit_note=_action(
            parent,
            translate("Actions", "Edit &Note"),
            "Ctrl+Shift+N",
            translate("Actions", "Write a note on the selected annotation"),
        ),
        pick_tags=_action(
            parent,
            translate("Actions", "Tag Selection &As…"),
            "Ctrl+T",
            translate(
                "Actions",
                "Find tags by typing part of a name or alias and apply them to the selection",
            ),
        ),
        new_tag=_action(
            parent,
            translate("Actions", "&New Tag…"),
            "Ctrl+Shift+T",
            translate("Actions", "Add a tag to the codebook"),
        ),
        find=_action(
            parent,
            translate("Actions", "&Search All Documents…"),
            "Ctrl+Shift+F",
            translate(
                "Actions",
                "Find words and phrases in every document and note, ignoring case and accents",
            ),
        ),
        document_properties=_action(
            parent,
            translate("Actions", "Document &Properties…"),
            "Alt+Return",
            translate(
                "Actions",
                "Edit the title, language, outlet, URL, author and date of the current document",
            ),
        ),
        delete_document=_action(
            parent,
            translate("Actions", "Delete Doc&ument…"),
            None,
            translate(
                "Actions",
                "Remove the current document and its annotations from the project (undoable)",
            ),
        ),
        replace_text=_action(
            parent,
            translate("Actions", "Replace Document &Text from File…"),
            None,
            translate(
                "Actions",
                "Replace the current document's text with a new version from a file; its "
                "annotations follow their passages, and any that cannot be found are kept as "
                "orphans to review",
            ),
        ),
        review_orphans=_action(
            parent,
            translate("Actions", "Review &Orphaned Annotations…"),
            None,
            translate(
                "Actions",
                "List the annotations whose passage a replaced text no longer holds, to place "
                "or delete them",
            ),
        ),
        preferences=_action(
            parent,
            translate("Actions", "&Preferences…"),
            _standard(QKeySequence.StandardKey.Preferences, "Ctrl+,"),
            translate("Actions", "Your name as coder and how selections behave"),
        ),
        check_project=_action(
            parent,
            translate("Actions", "&Check Project…"),
            None,
            translate(
                "Actions",
                "Check the project file's pages and references, every annotation's offsets, "
                "orphaned annotations, the search index and the backups",
            ),
        ),
        agreement=_action(
            parent,
            translate("Actions", "&Agreement Between Coders…"),
            "Ctrl+Shift+G",
            translate(
                "Actions",
                "Compare coders' annotations: percent agreement, Cohen's κ and Krippendorff's "
                "α per tag, and their disagreements side by side",
            ),
        ),
        shortcuts=shortcuts,
        about=_action(
            parent,
            translate("Actions", "&About Parallax"),
            None,
            translate("Actions", "Version and licence"),
        ),
    )
