"""The window's actions, made in one place so menus, toolbars and tests share them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack


@dataclass(frozen=True)
class Actions:
    new_project: QAction
    open_project: QAction
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
    shortcuts: QAction
    about: QAction


def _action(parent: QObject, text: str, shortcut: QKeySequence | str | None, tip: str) -> QAction:
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setStatusTip(tip)
    action.setToolTip(tip)
    return action


def build_actions(parent: QObject, undo_stack: QUndoStack) -> Actions:
    undo = undo_stack.createUndoAction(parent, "&Undo")
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = undo_stack.createRedoAction(parent, "&Redo")
    redo.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z")])
    shortcuts = _action(
        parent,
        "&Keyboard Shortcuts…",
        "F1",
        "Every action of the window with its keys, searchable",
    )
    shortcuts.setShortcuts([QKeySequence("F1"), QKeySequence("Ctrl+/")])
    return Actions(
        new_project=_action(
            parent,
            "&New Project…",
            QKeySequence.StandardKey.New,
            "Create an empty project file and open it in place of this one",
        ),
        open_project=_action(
            parent,
            "&Open Project…",
            QKeySequence.StandardKey.Open,
            "Open another project file in place of this one",
        ),
        import_documents=_action(
            parent,
            "&Import Documents…",
            "Ctrl+I",
            "Add text, Markdown, web page, Word or PDF files to the project",
        ),
        import_folder=_action(
            parent,
            "Import &Folder…",
            "Ctrl+Shift+I",
            "Add every document in a folder and its subfolders to the project",
        ),
        import_annotations=_action(
            parent,
            "Import &Annotations…",
            "Ctrl+Alt+I",
            "Merge annotations from W3C or project JSON, REFI-QDA, doccano, Label Studio or "
            "brat files, after a preview of what changes",
        ),
        export=_action(
            parent,
            "&Export Annotations…",
            "Ctrl+E",
            "Write the annotations as W3C JSON, project JSON, REFI-QDA, coded segments, "
            "doccano, Label Studio or brat",
        ),
        restore_backup=_action(
            parent,
            "Restore from &Backup…",
            None,
            "Put an automatic backup in place of the project; the current state is backed up first",
        ),
        quit=_action(parent, "&Quit", QKeySequence.StandardKey.Quit, "Close Parallax"),
        undo=undo,
        redo=redo,
        delete_annotation=_action(
            parent,
            "&Delete Annotation",
            QKeySequence.StandardKey.Delete,
            "Delete the selected annotation",
        ),
        edit_note=_action(
            parent, "Edit &Note", "Ctrl+Shift+N", "Write a note on the selected annotation"
        ),
        pick_tags=_action(
            parent,
            "Tag Selection &As…",
            "Ctrl+T",
            "Find tags by typing part of a name or alias and apply them to the selection",
        ),
        new_tag=_action(parent, "&New Tag…", "Ctrl+Shift+T", "Add a tag to the codebook"),
        find=_action(
            parent,
            "&Search All Documents…",
            "Ctrl+Shift+F",
            "Find words and phrases in every document and note, ignoring case and accents",
        ),
        document_properties=_action(
            parent,
            "Document &Properties…",
            "Alt+Return",
            "Edit the title, language, outlet, URL, author and date of the current document",
        ),
        delete_document=_action(
            parent,
            "Delete Doc&ument…",
            None,
            "Remove the current document and its annotations from the project (undoable)",
        ),
        replace_text=_action(
            parent,
            "Replace Document &Text from File…",
            None,
            "Replace the current document's text with a new version from a file; its "
            "annotations follow their passages, and any that cannot be found are kept as "
            "orphans to review",
        ),
        review_orphans=_action(
            parent,
            "Review &Orphaned Annotations…",
            None,
            "List the annotations whose passage a replaced text no longer holds, to place "
            "or delete them",
        ),
        preferences=_action(
            parent,
            "&Preferences…",
            QKeySequence.StandardKey.Preferences,
            "Your name as coder and how selections behave",
        ),
        check_project=_action(
            parent,
            "&Check Project…",
            None,
            "Check the project file's pages and references, every annotation's offsets, "
            "orphaned annotations, the search index and the backups",
        ),
        shortcuts=shortcuts,
        about=_action(parent, "&About Parallax", None, "Version and licence"),
    )
