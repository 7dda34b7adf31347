"""The project service: one method per user action, one transaction per method.

The UI and the CLI call this and get frozen records back. A method returns only after
its transaction has been committed, so whatever the caller then shows as done is on disk.
"""

from __future__ import annotations

import contextlib
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import fields, replace
from datetime import UTC, datetime

from sqlalchemy import delete, false, func
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from desktop.core import annotation_rows, replacing
from desktop.core import text as textmod
from desktop.core.anchoring import Progress
from desktop.core.backups import BackupInfo, Backups
from desktop.core.codebook import CodebookService
from desktop.core.coders import CoderCount, coder_counts
from desktop.core.messages import QT_TRANSLATE_NOOP
from desktop.core.model import (
    Annotation,
    AnnotationTag,
    Dismissal,
    Document,
    Meta,
    Tag,
    new_uuid,
    utcnow,
)
from desktop.core.project_store import ProjectStore
from desktop.core.records import (
    AnnotationInfo,
    DocumentInfo,
    DocumentSnapshot,
    ProjectInfo,
    Tagging,
    TagInfo,
)
from desktop.core.replacing import TextChange, TextReplacement
from desktop.core.search import SearchService
from desktop.core.service_base import (
    ConflictError,
    DuplicateDocumentError,
    NotSavedError,
    ProjectError,
    aware,
    record,
    table,
    writing,
)
from desktop.core.store import Store
from desktop.core.suggestions import SuggestionService

__all__ = [
    "ConflictError", "DuplicateDocumentError", "NotSavedError", "ProjectError", "ProjectService",
    "TextChange", "TextReplacement",
]  # fmt: skip


# Listing reads plain columns, not ORM objects: several times faster for long lists.
TEXTS_KEPT = 8  # document texts kept in memory (a long one is a few megabytes)
# SQLite's length() counts code points in text, as Python does.
_DOCUMENT_COLUMNS = (
    *(col(getattr(Document, f.name)) for f in fields(DocumentInfo)
      if f.name not in ("length", "annotation_count", "orphan_count")),
    func.length(Document.text).label("length"),
)  # fmt: skip
_DOCUMENT = table(Document).c

NO_DOCUMENT = QT_TRANSLATE_NOOP("Project", "There is no document {document} in this project.")


class ProjectService:
    def __init__(self, store: ProjectStore, coder: str = "") -> None:
        self.store = store
        self.coder = coder
        self.codebook = CodebookService(store)
        self.suggestions = SuggestionService(store)
        self.search = SearchService(store)
        # A project file's own backups; a shared project's are its server's (pg_dump).
        self.backups = Backups(store) if isinstance(store, Store) else None
        # Recently used texts by document id, each with its hash (which says it is current).
        self._texts: OrderedDict[int, tuple[str, str]] = OrderedDict()

    # -- transactions -------------------------------------------------------------------

    def _writing(self) -> contextlib.AbstractContextManager[Session]:
        return writing(self.store)

    # -- project ----------------------------------------------------------------------

    def info(self) -> ProjectInfo:
        with self.store.read() as session:
            return self.info_in(session)

    def info_in(self, session: Session) -> ProjectInfo:
        """``info()`` read in ``session``: an export reads everything in one transaction."""
        meta = {m.key: m.value for m in session.exec(select(Meta))}
        return ProjectInfo(
            uuid=meta.get("uuid", ""),
            name=meta.get("name") or self.store.default_name,
            path=self.store.location,
            created_at=aware(datetime.fromisoformat(meta["created_at"]))
            if "created_at" in meta
            else datetime.fromtimestamp(0, UTC),
        )

    def restore_backup(self, backup: BackupInfo) -> BackupInfo:
        """Put a backup in place of the whole project (backups.restore: the current state
        is backed up first, and returned); texts kept from before are forgotten."""
        if self.backups is None:
            raise ProjectError(
                QT_TRANSLATE_NOOP("Project", "A shared project's backups are its server's.")
            )
        try:
            return self.backups.restore(backup)
        finally:
            self.forget_texts()  # a failed restore may have changed the project too

    def forget_texts(self) -> None:
        """The project's content was replaced (a restore): texts kept from before go."""
        self._texts.clear()
        self.search = SearchService(self.store)  # it keeps folded texts by document id

    def initialise(self, name: str, project_uuid: str | None = None) -> None:
        """Give a new project its identity (name, uuid, creation time)."""
        with self._writing() as session:
            for key, value in (
                ("name", name),
                ("uuid", project_uuid or new_uuid()),
                ("created_at", utcnow().isoformat()),
            ):
                session.merge(Meta(key=key, value=value))

    # -- documents ----------------------------------------------------------------------

    def add_document(
        self,
        title: str,
        text: str,
        *,
        language: str = "",
        source: str = "",
        url: str = "",
        author: str = "",
        published: str = "",
        original_filename: str = "",
        uuid: str | None = None,
        allow_duplicate: bool = True,
    ) -> DocumentInfo:
        """Add a document; with ``allow_duplicate`` False, a text already in the project
        (same normalised text) is refused with ``DuplicateDocumentError``."""
        body = textmod.normalise(text)
        digest = textmod.sha256(body)
        with self._writing() as session:
            if not allow_duplicate:
                same = session.exec(
                    select(Document.title).where(Document.text_sha256 == digest)
                ).first()
                if same is not None:
                    raise DuplicateDocumentError(same)
            # After the last one, whatever was deleted before (a count could collide).
            last = session.exec(select(func.max(Document.position))).one()
            position = 0 if last is None else last + 1
            row = Document(
                title=title.strip() or original_filename or "Untitled",
                language=language,
                source=source,
                url=url,
                author=author,
                published=published,
                text=body,
                text_sha256=digest,
                original_filename=original_filename,
                position=position,
            )
            if uuid:
                row.uuid = uuid
            session.add(row)
            session.flush()
            return record(DocumentInfo, row, length=len(body), annotation_count=0, orphan_count=0)

    def documents(self) -> list[DocumentInfo]:
        return self._documents()

    def document(self, document_id: int) -> DocumentInfo:
        found = self._documents(document_id)
        if not found:
            raise ProjectError(NO_DOCUMENT.format(document=document_id))
        return found[0]

    def _documents(self, document_id: int | None = None) -> list[DocumentInfo]:
        """Documents with their lengths and annotation counts, their texts left unread.
        Orphans are counted apart: ``WHERE orphan`` reads their small index (model), where a
        count of a condition in the same query read every annotation's row (0.16 s at 100,000)."""
        counts = select(Annotation.document_id, func.count()).group_by(col(Annotation.document_id))
        orphans = counts.where(col(Annotation.orphan))
        query = sa_select(*_DOCUMENT_COLUMNS).order_by(col(Document.position), col(Document.id))
        if document_id is not None:
            counts = counts.where(Annotation.document_id == document_id)
            orphans = orphans.where(Annotation.document_id == document_id)
            query = query.where(col(Document.id) == document_id)
        with self.store.read() as session:
            counted = dict(session.exec(counts).all())
            orphaned = dict(session.exec(orphans).all())
            rows = session.execute(query).all()
        return [
            record(
                DocumentInfo,
                row,
                annotation_count=counted.get(row.id, 0),
                orphan_count=orphaned.get(row.id, 0),
            )
            for row in rows
        ]

    def document_text(self, document_id: int) -> str:
        with self.store.read() as session:
            return self._text_in(session, document_id)

    def _text_in(self, session: Session, document_id: int) -> str:
        """A document's text, read once and then kept: re-reading a long one would cost
        each annotation milliseconds. Its hash is asked in ``session`` every time, so a
        text replaced (here or by another service on the project) is read afresh, and a
        deleted document is noticed."""
        digest = (
            session.connection()
            .execute(sa_select(_DOCUMENT.text_sha256).where(_DOCUMENT.id == document_id))
            .scalar()
        )
        if digest is None:
            self._texts.pop(document_id, None)
            raise ProjectError(NO_DOCUMENT.format(document=document_id))
        kept = self._texts.get(document_id)
        if kept is None or kept[0] != digest:
            body = session.exec(select(Document.text).where(Document.id == document_id)).one()
            kept = (digest, body)
        self._keep_text(document_id, *kept)
        return kept[1]

    def _keep_text(self, document_id: int, digest: str, body: str) -> None:
        self._texts[document_id] = (digest, body)
        self._texts.move_to_end(document_id)
        while len(self._texts) > TEXTS_KEPT:
            self._texts.popitem(last=False)

    def update_document(
        self,
        document_id: int,
        *,
        title: str,
        language: str,
        source: str,
        url: str,
        author: str,
        published: str,
    ) -> DocumentInfo:
        """Change a document's properties (its text is replaced by ``replace_text``)."""
        title = " ".join(title.split())
        if not title:
            raise ProjectError(QT_TRANSLATE_NOOP("Project", "A document needs a title."))
        with self._writing() as session:
            row = session.get(Document, document_id)
            if row is None:
                raise ProjectError(NO_DOCUMENT.format(document=document_id))
            row.title, row.language, row.source = title, language.strip(), source.strip()
            row.url, row.author, row.published = url.strip(), author.strip(), published.strip()
            session.add(row)
        return self.document(document_id)

    def delete_document(self, document_id: int) -> DocumentSnapshot:
        """Delete a document with its annotations; returns what it was, to restore it."""
        before = self.document(document_id)
        annotations = tuple(self.annotations(document_id))
        with self._writing() as session:
            row = session.get(Document, document_id)
            if row is None:
                raise ProjectError(NO_DOCUMENT.format(document=document_id))
            dismissals = tuple(
                (d.tag_id, d.start, d.end)
                for d in session.exec(select(Dismissal).where(Dismissal.document_id == document_id))
            )
            snapshot = DocumentSnapshot(before, row.text, annotations, dismissals)
            if len(annotations) != len(  # changed between the reads: do not lose any
                session.exec(
                    select(Annotation.id).where(Annotation.document_id == document_id)
                ).all()
            ):
                raise ProjectError(
                    QT_TRANSLATE_NOOP(
                        "Project", "The document changed while it was being deleted; try again."
                    )
                )
            session.delete(row)
        self._texts.pop(document_id, None)
        self.search.forget(document_id)
        return snapshot

    def restore_document(self, snapshot: DocumentSnapshot) -> DocumentInfo:
        """Bring back a deleted document under its id, with its annotations and dismissals."""
        info = snapshot.document
        with self._writing() as session:
            if session.get(Document, info.id) is None:
                row = Document(
                    id=info.id, uuid=info.uuid, title=info.title, language=info.language,
                    source=info.source, url=info.url, author=info.author,
                    published=info.published, text=snapshot.text,
                    text_sha256=info.text_sha256, original_filename=info.original_filename,
                    imported_at=info.imported_at, position=info.position,
                )  # fmt: skip
                session.add(row)
                session.flush()
                tags = set(session.exec(select(Tag.id)).all())
                for annotation in snapshot.annotations:
                    annotation_rows.restore(session, annotation, tags)
                for tag_id, start, end in snapshot.dismissals:
                    if tag_id in tags:
                        session.add(
                            Dismissal(document_id=info.id, tag_id=tag_id, start=start, end=end)
                        )
                session.flush()
        return self.document(info.id)

    # -- tags ---------------------------------------------------------------------------

    def tags(self) -> list[TagInfo]:
        """The codebook with usage counts (see ``self.codebook`` for editing it)."""
        return self.codebook.tags()

    def coders(self) -> list[CoderCount]:
        """The project's coders with their annotation counts, by name."""
        return coder_counts(self.store)

    # -- annotations --------------------------------------------------------------------

    def annotations(self, document_id: int | None = None) -> list[AnnotationInfo]:
        """Every annotation (or a document's), orphans included, in reading order."""
        with self.store.read() as session:
            return annotation_rows.read(session, document_id)

    def annotation(self, annotation_id: int) -> AnnotationInfo:
        with self.store.read() as session:
            return annotation_rows.load(session, annotation_id)

    @staticmethod
    def _check_tags(session: Session, tag_ids: Sequence[int]) -> None:
        tag = table(Tag).c
        query = sa_select(tag.id).where(tag.id.in_(tag_ids))
        found = set(session.connection().execute(query).scalars())
        missing = set(tag_ids) - found
        if missing:
            raise ProjectError(QT_TRANSLATE_NOOP("Project", "A tag you chose no longer exists."))

    def create_annotation(
        self,
        document_id: int,
        start: int,
        end: int,
        tag_ids: Sequence[int] = (),
        *,
        note: str = "",
        coder: str | None = None,
        uuid: str | None = None,
    ) -> AnnotationInfo:
        with self._writing() as session:
            self._check_tags(session, tag_ids)
            return self._create_in(session, document_id, start, end, tag_ids, note, coder, uuid)

    def _create_in(
        self,
        session: Session,
        document_id: int,
        start: int,
        end: int,
        tag_ids: Sequence[int],
        note: str = "",
        coder: str | None = None,
        uuid: str | None = None,
    ) -> AnnotationInfo:
        try:
            anchor = textmod.anchor(self._text_in(session, document_id), start, end)
        except textmod.OffsetError as error:
            refused = QT_TRANSLATE_NOOP("Project", "Cannot annotate: {reason}.")
            raise ProjectError(refused.format(reason=error)) from error
        now = utcnow()  # the model's defaults, as the ORM would fill them
        values = AnnotationInfo(
            0, uuid or new_uuid(), document_id, anchor.start, anchor.end, anchor.quote,
            anchor.prefix, anchor.suffix, note, self.coder if coder is None else coder,
            now, now, tuple(sorted(dict.fromkeys(tag_ids))),
        )  # fmt: skip
        return replace(values, id=annotation_rows.insert(session, values, tag_ids))

    def _locked(self, session: Session, annotation_id: int, seen: int | None) -> Annotation:
        """The annotation's row, locked for this transaction. ``seen`` is the version the
        user's change was made against: when someone else has changed it since (a shared
        project), ConflictError with the annotation as it now is, and nothing is written."""
        row = session.get(Annotation, annotation_id, with_for_update=True)
        if row is None:
            raise ProjectError(annotation_rows.NO_ANNOTATION)
        if seen is not None and row.version != seen:
            raise ConflictError(annotation_rows.load(session, annotation_id))
        return row

    def _touch(self, session: Session, annotation_id: int, seen: int | None = None) -> Annotation:
        """The annotation's row, locked (``_locked``) and counted up as changed."""
        row = self._locked(session, annotation_id, seen)
        row.version += 1
        row.updated_at = utcnow()
        session.add(row)
        return row

    def add_tags(
        self, annotation_id: int, tag_ids: Sequence[int], *, seen: int | None = None
    ) -> AnnotationInfo:
        with self._writing() as session:
            self._touch(session, annotation_id, seen)
            self._check_tags(session, tag_ids)
            present = set(
                session.exec(
                    select(AnnotationTag.tag_id).where(AnnotationTag.annotation_id == annotation_id)
                ).all()
            )
            for tag_id in dict.fromkeys(tag_ids):
                if tag_id not in present:
                    session.add(AnnotationTag(annotation_id=annotation_id, tag_id=tag_id))
            session.flush()
            return annotation_rows.load(session, annotation_id)

    def remove_tags(
        self, annotation_id: int, tag_ids: Sequence[int], *, seen: int | None = None
    ) -> AnnotationInfo:
        with self._writing() as session:
            self._touch(session, annotation_id, seen)
            session.execute(
                delete(AnnotationTag).where(
                    col(AnnotationTag.annotation_id) == annotation_id,
                    col(AnnotationTag.tag_id).in_(tag_ids),
                )
            )
            session.flush()
            return annotation_rows.load(session, annotation_id)

    def set_span(
        self, annotation_id: int, start: int, end: int, *, seen: int | None = None
    ) -> AnnotationInfo:
        """Move an annotation's passage (grow or shrink it); quote and context follow. An
        orphan placed so is an orphan no more (``place_orphan`` says so in its name)."""
        with self._writing() as session:
            row = self._touch(session, annotation_id, seen)
            try:
                anchor = textmod.anchor(self._text_in(session, row.document_id), start, end)
            except textmod.OffsetError as error:
                refused = QT_TRANSLATE_NOOP("Project", "Cannot move the passage: {reason}.")
                raise ProjectError(refused.format(reason=error)) from error
            row.start, row.end = anchor.start, anchor.end
            row.quote, row.prefix, row.suffix = anchor.quote, anchor.prefix, anchor.suffix
            row.orphan = False
            session.flush()
            return annotation_rows.load(session, annotation_id)

    def place_orphan(
        self, annotation_id: int, start: int, end: int, *, seen: int | None = None
    ) -> AnnotationInfo:
        """Anchor an orphan at a passage the user chose: from now on a normal annotation."""
        return self.set_span(annotation_id, start, end, seen=seen)

    def restore_place(self, before: AnnotationInfo, *, seen: int | None = None) -> AnnotationInfo:
        """Put an annotation's passage back exactly as ``before`` (undo of placing an
        orphan or moving a passage): offsets, quote, context, orphan flag and time.
        ``seen``: as for ``_touch``."""
        with self._writing() as session:
            row = self._locked(session, before.id, seen)
            row.start, row.end, row.quote = before.start, before.end, before.quote
            row.prefix, row.suffix, row.orphan = before.prefix, before.suffix, before.orphan
            row.updated_at = before.updated_at
            # The very state of ``before``, its version too: an edit made against it fits.
            row.version = before.version
            session.add(row)
            session.flush()
            return annotation_rows.load(session, before.id)

    # -- replacing a document's text ----------------------------------------------------

    def plan_text_replacement(
        self, document_id: int, new_text: str, progress: Progress | None = None
    ) -> TextReplacement:
        """What replacing the document's text with ``new_text`` would do to each of its
        annotations; nothing is written. ProjectError for an empty or identical text.
        ``progress(done, total)`` counts the annotations placed; it may raise to stop."""
        with self.store.read() as session:
            old = self._text_in(session, document_id)
            new = replacing.checked_text(new_text, old)
            annotations = annotation_rows.read(session, document_id)
        return replacing.plan(document_id, old, new, annotations, progress=progress)

    def replace_text(self, document_id: int, new_text: str) -> TextChange:
        """Replace the document's text and re-anchor every annotation, in one transaction:
        each one found again takes its new place, quote and context; the others become
        orphans (see ``replacing``). Dismissed suggestions found exactly follow too."""
        with self._writing() as session:
            old = self._text_in(session, document_id)
            new = replacing.checked_text(new_text, old)
            before = tuple(annotation_rows.read(session, document_id))
            dismissed = replacing.dismissals_of(session, document_id)
            plan = replacing.plan(document_id, old, new, before, dismissed)
            after = replacing.outcome(plan, utcnow())
            replacing.put(session, document_id, new, after, plan.dismissals)
        self._text_changed(document_id, new)
        return TextChange(plan, old, before, after, dismissed)

    def restore_text(self, change: TextChange) -> None:
        """Undo ``replace_text``: the old text and every annotation exactly as before."""
        self._put_text(change, change.plan.text, change.old_text, change.before,
                       change.dismissals_before)  # fmt: skip

    def reapply_text(self, change: TextChange) -> None:
        """Redo ``replace_text`` exactly as it was first done."""
        self._put_text(change, change.old_text, change.plan.text, change.after,
                       change.plan.dismissals)  # fmt: skip

    def _put_text(
        self,
        change: TextChange,
        expected: str,
        text: str,
        annotations: Sequence[AnnotationInfo],
        dismissals: Sequence[tuple[int, int, int]],
    ) -> None:
        document_id = change.document_id
        with self._writing() as session:
            if self._text_in(session, document_id) != expected:
                raise ProjectError("the document's text changed since")
            replacing.put(session, document_id, text, annotations, dismissals)
        self._text_changed(document_id, text)

    def _text_changed(self, document_id: int, text: str) -> None:
        self._keep_text(document_id, textmod.sha256(text), text)
        self.search.forget(document_id)

    def set_note(self, annotation_id: int, note: str, *, seen: int | None = None) -> AnnotationInfo:
        with self._writing() as session:
            row = self._touch(session, annotation_id, seen)
            row.note = note
            session.flush()
            return annotation_rows.load(session, annotation_id)

    def delete_annotation(self, annotation_id: int, *, seen: int | None = None) -> AnnotationInfo:
        """Delete an annotation; returns what it was, so it can be restored exactly.
        ``seen``: as for ``_touch`` (nobody else's change is deleted unseen)."""
        with self._writing() as session:
            row = self._locked(session, annotation_id, seen)
            snapshot = annotation_rows.load(session, annotation_id)
            session.delete(row)
            return snapshot

    def restore_annotation(self, snapshot: AnnotationInfo) -> AnnotationInfo:
        """Bring back a deleted annotation with its uuid, tags, note, coder and times."""
        with self._writing() as session:
            if session.get(Annotation, snapshot.id) is None:  # else already back
                if session.get(Document, snapshot.document_id) is None:
                    raise ProjectError(
                        QT_TRANSLATE_NOOP(
                            "Project", "The annotation's document is no longer in the project."
                        )
                    )
                existing = set(
                    session.exec(select(Tag.id).where(col(Tag.id).in_(snapshot.tag_ids))).all()
                )
                annotation_rows.restore(session, snapshot, existing)
            return annotation_rows.load(session, snapshot.id)

    # -- many passages at once ----------------------------------------------------------

    def tag_passages(
        self, passages: Sequence[tuple[int, int, int]], tag_ids: Sequence[int]
    ) -> Tagging:
        """Tag many (document id, start, end) passages in one transaction: an annotation
        with exactly that span gains the tags, any other passage becomes one."""
        tag_ids = tuple(dict.fromkeys(tag_ids))
        created: list[AnnotationInfo] = []
        extended: list[tuple[int, tuple[int, ...], datetime]] = []
        with self._writing() as session:
            self._check_tags(session, tag_ids)
            for document_id, start, end in dict.fromkeys(passages):
                same = session.exec(
                    select(Annotation.id).where(
                        Annotation.document_id == document_id,
                        Annotation.start == start,
                        Annotation.end == end,
                        col(Annotation.orphan).is_(false()),  # its span is only a guess
                    )
                ).first()
                if same is None:
                    created.append(self._create_in(session, document_id, start, end, tag_ids))
                    continue
                present = set(
                    session.exec(
                        select(AnnotationTag.tag_id).where(AnnotationTag.annotation_id == same)
                    ).all()
                )
                if added := tuple(t for t in tag_ids if t not in present):
                    row = session.get(Annotation, same)
                    assert row is not None
                    extended.append((same, added, aware(row.updated_at)))
                    self._touch(session, same)
                    session.add_all(AnnotationTag(annotation_id=same, tag_id=t) for t in added)
            session.flush()
            after = (*created, *(annotation_rows.load(session, i) for i, _, _ in extended))
        return Tagging(tuple(created), tuple(extended), after)

    def untag_passages(self, tagging: Tagging) -> tuple[AnnotationInfo, ...]:
        """Undo ``tag_passages``: created annotations go, the others lose what they
        gained. Returns the annotations that remain, as they now are."""
        with self._writing() as session:
            for annotation in tagging.created:
                if (row := session.get(Annotation, annotation.id)) is not None:
                    session.delete(row)
            for annotation_id, added, changed_at in tagging.extended:
                self._touch(session, annotation_id).updated_at = changed_at  # as it was
                session.execute(
                    delete(AnnotationTag).where(
                        col(AnnotationTag.annotation_id) == annotation_id,
                        col(AnnotationTag.tag_id).in_(added),
                    )
                )
            session.flush()
            return tuple(annotation_rows.load(session, i) for i, _, _ in tagging.extended)

    def retag_passages(self, tagging: Tagging) -> Tagging:
        """Redo ``tag_passages`` exactly: the same annotations under the same ids."""
        with self._writing() as session:
            tags = set(session.exec(select(Tag.id)).all())
            for annotation in tagging.created:
                if session.get(Annotation, annotation.id) is None:
                    annotation_rows.restore(session, annotation, tags)
            for annotation_id, added, _ in tagging.extended:
                self._touch(session, annotation_id)
                session.add_all(
                    AnnotationTag(annotation_id=annotation_id, tag_id=t) for t in added if t in tags
                )
            session.flush()
            after = tuple(
                annotation_rows.load(session, i)
                for i in (*(a.id for a in tagging.created), *(i for i, _, _ in tagging.extended))
            )
        return Tagging(tagging.created, tagging.extended, after)
