"""Undoable codebook edits, on the same pattern as the annotation commands."""

from __future__ import annotations

from desktop.core.records import MergeSnapshot, TagInfo, TagSnapshot
from desktop.ui.commands import CODEBOOK, Changes, Command, Host
from desktop.ui.i18n import translate


class CreateTag(Command):
    def __init__(self, tag: TagInfo, host: Host):
        super().__init__(
            translate("CodebookCommands", "Create tag “{name}”").format(name=tag.name), host
        )
        self._snapshot = TagSnapshot(tag=tag, annotation_ids=(), child_ids=(), aliases=())
        # Undo deletes it and keeps the full snapshot (with aliases) for redo.

    def _apply(self) -> Changes:
        self._service.codebook.restore_tag(self._snapshot)
        return None if self._snapshot.annotation_ids else CODEBOOK

    def _revert(self) -> Changes:
        self._snapshot = self._service.codebook.delete_tag(self._snapshot.tag.id)
        return None if self._snapshot.annotation_ids else CODEBOOK


Aliases = list[tuple[str, str]]


class UpdateTag(Command):
    """Rename, recolour, describe, re-key or re-alias: both states are whole tags."""

    def __init__(
        self,
        before: tuple[TagInfo, Aliases],
        after: tuple[TagInfo, Aliases],
        host: Host,
    ):
        super().__init__(
            translate("CodebookCommands", "Change tag “{name}”").format(name=before[0].name), host
        )
        self._before = before
        self._after = after

    def _set(self, state: tuple[TagInfo, Aliases]) -> None:
        tag, aliases = state
        self._service.codebook.update_tag(
            tag.id, name=tag.name, colour=tag.colour, description=tag.description,
            shortcut=tag.shortcut, aliases=aliases,
        )  # fmt: skip

    def _apply(self) -> Changes:
        self._set(self._after)
        return CODEBOOK

    def _revert(self) -> Changes:
        self._set(self._before)
        return CODEBOOK


class MoveTag(Command):
    def __init__(self, before: TagInfo, after: TagInfo, host: Host):
        super().__init__(
            translate("CodebookCommands", "Move tag “{name}”").format(name=before.name), host
        )
        self._before = before
        self._after = after

    def _apply(self) -> Changes:
        self._service.codebook.move_tag(self._after.id, self._after.parent_id, self._after.position)
        return CODEBOOK

    def _revert(self) -> Changes:
        self._service.codebook.move_tag(
            self._before.id, self._before.parent_id, self._before.position
        )
        return CODEBOOK


class DeleteTag(Command):
    def __init__(self, snapshot: TagSnapshot, host: Host):
        super().__init__(
            translate("CodebookCommands", "Delete tag “{name}”").format(name=snapshot.tag.name),
            host,
        )
        self._snapshot = snapshot

    def _apply(self) -> Changes:  # None: the session reloads
        self._snapshot = self._service.codebook.delete_tag(self._snapshot.tag.id)
        return None

    def _revert(self) -> Changes:
        self._service.codebook.restore_tag(self._snapshot)
        return None


class MergeTags(Command):
    def __init__(self, merge: MergeSnapshot, target_name: str, host: Host):
        super().__init__(
            translate("CodebookCommands", "Merge “{source}” into “{target}”").format(
                source=merge.source.tag.name, target=target_name
            ),
            host,
        )
        self._merge = merge

    def _apply(self) -> Changes:  # None: the session reloads
        self._merge = self._service.codebook.merge_tags(
            self._merge.source.tag.id, self._merge.target_id
        )
        return None

    def _revert(self) -> Changes:
        self._service.codebook.unmerge(self._merge)
        return None
