"""The codebook service: tags, their kinds, hierarchy, colours, shortcuts and aliases.

Every change is validated before anything is written and runs in one transaction; a
refused change writes nothing. Destructive changes return a snapshot that the matching
``restore_…`` call puts back exactly (same ids, links and aliases), which is what undo uses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import delete, func
from sqlmodel import Session, col, select

from desktop.core.messages import QT_TRANSLATE_NOOP
from desktop.core.model import Annotation, AnnotationTag, Dismissal, Document, Tag, TagAlias
from desktop.core.project_store import ProjectStore
from desktop.core.records import AliasInfo, MergeSnapshot, TagInfo, TagSnapshot
from desktop.core.service_base import ProjectError, record, writing

COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")


def clean_name(name: str, what: str = QT_TRANSLATE_NOOP("Codebook", "A tag")) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        unnamed = QT_TRANSLATE_NOOP(
            "Codebook", "{what} needs a name that is not empty or only spaces."
        )
        raise ProjectError(unnamed.format(what=what))
    return cleaned


def clean_colour(colour: str) -> str:
    if not COLOUR.fullmatch(colour.strip()):
        wrong = QT_TRANSLATE_NOOP(
            "Codebook", "{colour} is not a colour; use the form #RRGGBB, e.g. #E41A1C."
        )
        raise ProjectError(wrong.format(colour=repr(colour)))
    return colour.strip().upper()


def _clean_aliases(aliases: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    wanted: list[tuple[str, str]] = []
    for text, language in aliases:
        pair = (clean_name(text, QT_TRANSLATE_NOOP("Codebook", "An alias")), language.strip())
        if any(t.casefold() == pair[0].casefold() and lang == pair[1] for t, lang in wanted):
            twice = QT_TRANSLATE_NOOP("Codebook", "“{alias}” is listed twice as an alias.")
            raise ProjectError(twice.format(alias=pair[0]))
        wanted.append(pair)
    return wanted


class CodebookService:
    def __init__(self, store: ProjectStore) -> None:
        self.store = store

    # -- reading --------------------------------------------------------------------------

    def tags(self) -> list[TagInfo]:
        with self.store.read() as session:
            counts = dict(
                session.exec(
                    select(AnnotationTag.tag_id, func.count()).group_by(col(AnnotationTag.tag_id))
                ).all()
            )
            rows = session.exec(select(Tag).order_by(col(Tag.kind), col(Tag.position), col(Tag.id)))
            return [record(TagInfo, row, count=counts.get(row.id or 0, 0)) for row in rows]

    def tag(self, tag_id: int) -> TagInfo:
        with self.store.read() as session:
            return self._info(session, self._get(session, tag_id))

    def aliases(self, tag_id: int | None = None) -> list[AliasInfo]:
        with self.store.read() as session:
            query = select(TagAlias).order_by(col(TagAlias.tag_id), col(TagAlias.id))
            if tag_id is not None:
                query = query.where(TagAlias.tag_id == tag_id)
            return [record(AliasInfo, row) for row in session.exec(query)]

    # -- helpers ------------------------------------------------------------------------

    @staticmethod
    def _get(session: Session, tag_id: int) -> Tag:
        row = session.get(Tag, tag_id)
        if row is None:
            raise ProjectError(QT_TRANSLATE_NOOP("Codebook", "That tag no longer exists."))
        return row

    @staticmethod
    def _info(session: Session, row: Tag) -> TagInfo:
        count = session.exec(select(func.count()).where(AnnotationTag.tag_id == row.id)).one()
        return record(TagInfo, row, count=count)

    @staticmethod
    def _check_name_free(session: Session, name: str, kind: str, exclude: int | None) -> None:
        query = select(Tag.id, Tag.name).where(Tag.kind == kind)
        for tag_id, existing in session.exec(query):
            if tag_id != exclude and existing.casefold() == name.casefold():
                article = "an" if kind[:1] in "aeiou" else "a"
                raise ProjectError(f"There is already {article} {kind} tag named “{existing}”.")

    @staticmethod
    def _check_shortcut_free(session: Session, shortcut: str, exclude: int | None) -> None:
        if not shortcut:
            return
        for tag_id, name in session.exec(select(Tag.id, Tag.name).where(Tag.shortcut == shortcut)):
            if tag_id != exclude:
                taken = QT_TRANSLATE_NOOP("Codebook", "The key {shortcut} already tags “{name}”.")
                raise ProjectError(taken.format(shortcut=shortcut, name=name))

    @staticmethod
    def _check_parent(
        session: Session, tag_id: int | None, parent_id: int | None, kind: str
    ) -> None:
        """A parent must exist, be of the same kind, and not be the tag or its descendant."""
        seen: set[int] = set()
        current = parent_id
        while current is not None:
            if current == tag_id:
                raise ProjectError(
                    QT_TRANSLATE_NOOP(
                        "Codebook", "A tag cannot be placed inside itself or its own sub-tags."
                    )
                )
            if current in seen:  # pragma: no cover - a cycle the database should never hold
                raise ProjectError("The codebook's hierarchy is inconsistent.")
            seen.add(current)
            parent = session.get(Tag, current)
            if parent is None:
                raise ProjectError(
                    QT_TRANSLATE_NOOP("Codebook", "The chosen parent tag no longer exists.")
                )
            if parent.kind != kind:
                raise ProjectError(
                    f"A {kind} tag cannot go inside “{parent.name}”, which is a {parent.kind} tag."
                )
            current = parent.parent_id

    @staticmethod
    def _siblings(session: Session, kind: str, parent_id: int | None) -> list[Tag]:
        query = select(Tag).where(Tag.kind == kind)
        query = query.where(
            col(Tag.parent_id).is_(None) if parent_id is None else Tag.parent_id == parent_id
        )
        return list(session.exec(query.order_by(col(Tag.position), col(Tag.id))))

    # -- creating and editing -------------------------------------------------------------

    def create_tag(
        self,
        name: str,
        kind: str,
        *,
        colour: str = "#808080",
        description: str = "",
        shortcut: str = "",
        parent_id: int | None = None,
        uuid: str | None = None,
        aliases: Sequence[tuple[str, str]] = (),
    ) -> TagInfo:
        name = clean_name(name)
        wanted = _clean_aliases(aliases)
        kind = clean_name(kind, "A kind").lower()
        colour = clean_colour(colour)
        with writing(self.store) as session:
            self._check_name_free(session, name, kind, None)
            self._check_shortcut_free(session, shortcut, None)
            self._check_parent(session, None, parent_id, kind)
            row = Tag(
                name=name,
                kind=kind,
                colour=colour,
                description=description.strip(),
                shortcut=shortcut,
                parent_id=parent_id,
                position=len(self._siblings(session, kind, parent_id)),
            )
            if uuid:
                row.uuid = uuid
            session.add(row)
            session.flush()
            assert row.id is not None
            self._replace_aliases(session, row.id, wanted)
            return self._info(session, row)

    def update_tag(
        self,
        tag_id: int,
        *,
        name: str | None = None,
        colour: str | None = None,
        description: str | None = None,
        shortcut: str | None = None,
        aliases: Sequence[tuple[str, str]] | None = None,
    ) -> TagInfo:
        """Rename, recolour, describe, re-key or re-alias a tag, all or nothing."""
        wanted = None if aliases is None else _clean_aliases(aliases)
        with writing(self.store) as session:
            row = self._get(session, tag_id)
            if name is not None:
                name = clean_name(name)
                self._check_name_free(session, name, row.kind, tag_id)
                row.name = name
            if colour is not None:
                row.colour = clean_colour(colour)
            if description is not None:
                row.description = description.strip()
            if shortcut is not None:
                self._check_shortcut_free(session, shortcut, tag_id)
                row.shortcut = shortcut
            session.add(row)
            session.flush()
            if wanted is not None:
                self._replace_aliases(session, tag_id, wanted)
            return self._info(session, row)

    def move_tag(self, tag_id: int, parent_id: int | None, position: int | None = None) -> TagInfo:
        """Re-parent a tag (None: top level of its kind) and place it among its siblings."""
        with writing(self.store) as session:
            row = self._get(session, tag_id)
            self._check_parent(session, tag_id, parent_id, row.kind)
            old_parent = row.parent_id
            self._place(session, row.kind, parent_id, [row], at=position)
            if old_parent != parent_id:
                self._place(session, row.kind, old_parent)
            return self._info(session, row)

    # -- deleting and merging -------------------------------------------------------------

    def _place(
        self,
        session: Session,
        kind: str,
        parent_id: int | None,
        insert: Sequence[Tag] = (),
        at: int | None = None,
    ) -> None:
        """Number a level's tags 0, 1, 2…, putting ``insert`` at ``at`` (default: the end)."""
        moving = {t.id for t in insert}
        level = [t for t in self._siblings(session, kind, parent_id) if t.id not in moving]
        place = len(level) if at is None else max(0, min(at, len(level)))
        level[place:place] = list(insert)
        for index, tag in enumerate(level):
            tag.parent_id = parent_id
            tag.position = index
            session.add(tag)
        session.flush()

    def _snapshot(self, session: Session, row: Tag) -> TagSnapshot:
        linked = session.exec(
            select(AnnotationTag.annotation_id).where(AnnotationTag.tag_id == row.id)
        ).all()
        children = self._siblings(session, row.kind, row.id)
        aliases = session.exec(select(TagAlias).where(TagAlias.tag_id == row.id)).all()
        dismissed = session.exec(select(Dismissal).where(Dismissal.tag_id == row.id)).all()
        return TagSnapshot(
            tag=self._info(session, row),
            annotation_ids=tuple(sorted(linked)),
            child_ids=tuple(c.id for c in children if c.id is not None),  # in their order
            aliases=tuple(record(AliasInfo, a) for a in aliases),
            dismissals=tuple((d.document_id, d.start, d.end) for d in dismissed),
        )

    def _remove(self, session: Session, row: Tag, children_to: int | None) -> TagSnapshot:
        """Delete ``row``; its sub-tags go under ``children_to`` (or take its place)."""
        snapshot = self._snapshot(session, row)
        children = [self._get(session, c) for c in snapshot.child_ids]
        kind, parent_id, position = row.kind, row.parent_id, row.position
        # Move the sub-tags out here rather than leave it to ON DELETE SET NULL, which the
        # session's copies of them would not see.
        for child in children:
            child.parent_id = children_to if children_to is not None else parent_id
            session.add(child)
        session.flush()
        session.delete(row)
        session.flush()
        if children_to is None:
            self._place(session, kind, parent_id, children, at=position)
        else:
            self._place(session, kind, parent_id)
            self._place(session, kind, children_to, children)
        return snapshot

    def delete_tag(self, tag_id: int) -> TagSnapshot:
        """Delete a tag and its links; its sub-tags take its place in the codebook."""
        with writing(self.store) as session:
            return self._remove(session, self._get(session, tag_id), None)

    def restore_tag(self, snapshot: TagSnapshot) -> TagInfo:
        """Undo a delete: the tag comes back with its id, place, links, sub-tags, aliases
        and dismissed suggestions."""
        with writing(self.store) as session:
            return self._restore(session, snapshot)

    def _restore(self, session: Session, snapshot: TagSnapshot) -> TagInfo:
        tag = snapshot.tag
        self._check_name_free(session, tag.name, tag.kind, tag.id)
        self._check_shortcut_free(session, tag.shortcut, tag.id)
        parent = tag.parent_id if tag.parent_id and session.get(Tag, tag.parent_id) else None
        row = Tag(
            id=tag.id, uuid=tag.uuid, name=tag.name, kind=tag.kind, parent_id=parent,
            colour=tag.colour, description=tag.description, shortcut=tag.shortcut,
        )  # fmt: skip
        session.add(row)
        session.flush()
        children = [c for c in (session.get(Tag, i) for i in snapshot.child_ids) if c]
        levels = {(c.kind, c.parent_id) for c in children}
        self._place(session, tag.kind, parent, [row], at=tag.position)
        self._place(session, tag.kind, tag.id, children)
        for kind, level in levels:
            self._place(session, kind, level)
        self._link(session, tag.id, snapshot.annotation_ids)
        for alias in snapshot.aliases:  # fresh ids: nothing refers to alias rows
            session.add(TagAlias(tag_id=tag.id, text=alias.text, language=alias.language))
        documents = set(session.exec(select(Document.id)))
        for document_id, start, end in snapshot.dismissals:
            if document_id in documents:
                session.add(Dismissal(document_id=document_id, tag_id=tag.id, start=start, end=end))
        session.flush()
        return self._info(session, self._get(session, tag.id))

    @staticmethod
    def _link(session: Session, tag_id: int, annotation_ids: Sequence[int]) -> None:
        existing = set(
            session.exec(select(Annotation.id).where(col(Annotation.id).in_(annotation_ids)))
        )
        for annotation_id in annotation_ids:
            if annotation_id in existing:
                session.add(AnnotationTag(annotation_id=annotation_id, tag_id=tag_id))

    def merge_tags(self, source_id: int, target_id: int) -> MergeSnapshot:
        """Move every annotation of ``source`` to ``target`` (no duplicates), then delete it."""
        if source_id == target_id:
            raise ProjectError(QT_TRANSLATE_NOOP("Codebook", "A tag cannot be merged into itself."))
        with writing(self.store) as session:
            source = self._get(session, source_id)
            target = self._get(session, target_id)
            already = set(
                session.exec(
                    select(AnnotationTag.annotation_id).where(AnnotationTag.tag_id == target_id)
                )
            )
            linked = session.exec(
                select(AnnotationTag.annotation_id).where(AnnotationTag.tag_id == source_id)
            ).all()
            moved = tuple(sorted(a for a in linked if a not in already))
            # Sub-tags follow to the target when it is of their kind.
            snapshot = self._remove(
                session, source, target_id if target.kind == source.kind else None
            )
            self._link(session, target_id, moved)
            session.flush()
            return MergeSnapshot(source=snapshot, target_id=target_id, moved=moved)

    def unmerge(self, merge: MergeSnapshot) -> TagInfo:
        """Undo a merge: the source comes back and the target loses the links it gained,
        in one transaction (if the source cannot come back, the target keeps them)."""
        with writing(self.store) as session:
            if merge.moved:
                session.execute(
                    delete(AnnotationTag).where(
                        col(AnnotationTag.tag_id) == merge.target_id,
                        col(AnnotationTag.annotation_id).in_(merge.moved),
                    )
                )
            return self._restore(session, merge.source)

    @staticmethod
    def _replace_aliases(session: Session, tag_id: int, wanted: list[tuple[str, str]]) -> None:
        """A tag's aliases become ``wanted``; they are edited with the tag, as one list."""
        for row in session.exec(select(TagAlias).where(TagAlias.tag_id == tag_id)).all():
            session.delete(row)
        session.flush()
        session.add_all(TagAlias(tag_id=tag_id, text=t, language=lang) for t, lang in wanted)
        session.flush()
