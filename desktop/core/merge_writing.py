"""Writing a merge's plan into the project, in bulk, inside the merge's transaction."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from desktop.core import text as textmod
from desktop.core.codebook import COLOUR, clean_name
from desktop.core.incoming import IncomingTag
from desktop.core.merge_plan import MergePlan, MergeResult, Planned, Ref
from desktop.core.merge_rows import (
    UUID_SHAPE,
    annotations_where,
    insert_links,
    one_of,
    relink,
    set_rows,
)
from desktop.core.model import (
    Annotation,
    AnnotationTag,
    Document,
    Tag,
    TagAlias,
    new_uuid,
    utcnow,
)
from desktop.core.palette import next_colour
from desktop.core.records import AnnotationInfo
from desktop.core.service_base import (
    ProjectError,
    aware,
    indexes_made_after,
    insert_rows,
    table,
)

_INSERTED = ("uuid", "document_id", "start", "end", "quote", "prefix", "suffix", "note", "coder",
             "created_at", "updated_at")  # fmt: skip
_UUID_AT = _INSERTED.index("uuid")


# SQLite's page cache while a merge writes: the uuid index takes its rows in the file's
# order, all over the tree, which with the default 2 MB was paged out and back in (a
# quarter of inserting 100,000 annotations). A ceiling, not an allocation; given back after.
_CACHE_KIB = 64 * 1024
_CONTEXT = textmod.CONTEXT_CHARS


def write(session: Session, plan: MergePlan) -> MergeResult:
    connection = session.connection()
    if connection.dialect.name != "sqlite":  # a server sizes its own caches
        return _write(session, plan)
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{_CACHE_KIB}")
    try:
        return _write(session, plan)
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(before or -2000)}")


def _write(session: Session, plan: MergePlan) -> MergeResult:
    documents = _write_documents(session, plan)
    tags = _write_tags(session, plan)
    rows = _Rows(plan, documents, tags)
    # Ids only grow (AUTOINCREMENT) and this transaction writes alone: the rows inserted
    # now are exactly those past the largest id before.
    last = session.execute(sa_select(func.max(col(Annotation.id)))).scalar() or 0
    built = rows.built(plan.added)
    with indexes_made_after(session, Annotation, len(built), notes_after=last):
        insert_rows(session, Annotation, _INSERTED, built)
    if session.connection().dialect.name == "sqlite":
        ids = _inserted_ids(session, last, len(plan.added))
    else:  # a shared project: others insert meanwhile, so the new ids are no single run
        ids = _ids_by_uuid(session, [row[_UUID_AT] for row in built])
    links = [(i, t) for i, tag_ids in zip(ids, rows.links, strict=True) for t in tag_ids]
    with indexes_made_after(session, AnnotationTag, len(links)):
        insert_links(session, links)
    replaced = _update(session, plan, tags, rows.now)
    session.flush()
    return MergeResult(plan, tuple(documents.values()), tuple(tags.values()), tuple(ids), replaced)


def _inserted_ids(session: Session, last: int, count: int) -> Sequence[int]:
    """The ids of the rows just inserted, in the order they went in. AUTOINCREMENT gives
    each new row an id larger than any the table has had, so they rise in that order; and
    as this transaction writes alone they are one run, known from three numbers (reading
    them back by uuid into a dictionary and looking each up took 0.38 s of CPU for
    100,000 annotations; this 0.04 s)."""
    ident = table(Annotation).c.id
    run = sa_select(func.min(ident), func.max(ident), func.count()).where(ident > last)
    low, high, found = session.connection().execute(run).one()
    if found != count or (found and high - low + 1 != found):
        raise RuntimeError(f"{count} annotations inserted, {found} found")  # never: one writer
    return range(low, high + 1) if found else ()


def _ids_by_uuid(session: Session, uuids: list[str]) -> list[int]:
    """The ids of the rows just inserted, in the order they went in, read back by uuid."""
    column = table(Annotation).c.uuid
    query = sa_select(column, table(Annotation).c.id).where(one_of(column, uuids))
    found: dict[str, int] = {uuid: ident for uuid, ident in session.connection().execute(query)}
    return [found[uuid] for uuid in uuids]


class _Rows:
    """The annotation rows of a plan's additions, and each one's uuid and tag ids."""

    def __init__(self, plan: MergePlan, documents: dict[str, int], tags: dict[str, int]) -> None:
        self.plan, self.documents, self.tags = plan, documents, tags
        self.now = utcnow()
        self.links: list[list[int]] = []  # each row's tag ids, in the rows' order
        self.tag_ids: dict[tuple[Ref, ...], list[int]] = {}  # a codebook's few combinations
        self.document_ids: dict[Ref, int] = {}

    def built(self, added: list[Planned]) -> list[tuple[Any, ...]]:
        # What ``textmod.anchor`` gives, sliced here: its record per row was a fifth of
        # building 100,000 rows.
        texts, shape, context, now = self.plan.texts, UUID_SHAPE.fullmatch, _CONTEXT, self.now
        rows = []
        for planned in added:
            item = planned.incoming
            uuid = (item.uuid or "").lower()
            uuid = uuid if shape(uuid) else new_uuid()
            body, start, end = texts[planned.document], planned.start, planned.end
            textmod.check_span(body, start, end)
            created = aware(item.created_at) if item.created_at else now
            document = self.document_ids.get(planned.document)
            if document is None:
                document = self.document_ids[planned.document] = _id(
                    planned.document, self.documents
                )
            rows.append(
                (uuid, document, start, end, body[start:end],
                 body[max(0, start - context) : start], body[end : end + context],
                 item.note or "", item.coder or "", created,
                 aware(item.updated_at) if item.updated_at else created)
            )  # fmt: skip
            ids_of = self.tag_ids.get(planned.tags)
            if ids_of is None:
                ids_of = self.tag_ids[planned.tags] = [_id(t, self.tags) for t in planned.tags]
            self.links.append(ids_of)
        return rows


def _update(
    session: Session, plan: MergePlan, tags: dict[str, int], now: datetime
) -> tuple[AnnotationInfo, ...]:
    """The annotations the file's newer versions replace, in bulk; returns them as they
    were (a row at a time took a millisecond each: 100 s for 100,000)."""
    if not plan.updated:
        return ()
    wanted = [p.existing for p in plan.updated if p.existing is not None]
    before = {a.id: a for a in annotations_where(session, col(Annotation.id), wanted).values()}
    rows = []
    for planned in plan.updated:
        assert planned.existing is not None
        ours = before[planned.existing]
        item = planned.incoming
        anchor = textmod.anchor(plan.texts[planned.document], planned.start, planned.end)
        rows.append(
            {"row_id": ours.id, "start": anchor.start, "end": anchor.end, "quote": anchor.quote,
             "prefix": anchor.prefix, "suffix": anchor.suffix,
             "note": ours.note if item.note is None else item.note,
             "coder": ours.coder if item.coder is None else item.coder,
             "updated_at": aware(item.updated_at or item.created_at or now), "orphan": False}
        )  # fmt: skip
    set_rows(session, rows)
    relink(session, {p.existing: [_id(t, tags) for t in p.tags] for p in plan.updated
                      if p.existing is not None})  # fmt: skip
    return tuple(before[i] for i in wanted)


def _id(ref: Ref, new: dict[str, int]) -> int:
    return ref if isinstance(ref, int) else new[ref]


def _write_documents(session: Session, plan: MergePlan) -> dict[str, int]:
    last = session.exec(select(func.max(Document.position))).one()
    position = 0 if last is None else last + 1
    taken = set(session.exec(select(Document.uuid)).all())
    rows: list[tuple[str, Document]] = []
    for offset, document in enumerate(plan.new_documents):
        body = plan.texts[document.key]
        uuid = (document.uuid or "").lower()
        row = Document(
            uuid=uuid if UUID_SHAPE.fullmatch(uuid) and uuid not in taken else new_uuid(),
            title=plan.titles[document.key], language=document.language.strip(),
            source=document.source.strip(), url=document.url.strip(),
            author=document.author.strip(), published=document.published.strip(),
            text=body, text_sha256=textmod.sha256(body),
            original_filename=document.original_filename or plan.source.name,
            position=position + offset,
        )  # fmt: skip
        taken.add(row.uuid)
        session.add(row)
        rows.append((document.key, row))
    session.flush()
    return {key: row.id for key, row in rows if row.id is not None}


def _write_tags(session: Session, plan: MergePlan) -> dict[str, int]:
    taken_uuids = set(session.exec(select(Tag.uuid)).all())
    colours = list(session.exec(select(Tag.colour)).all())
    next_position: dict[str, int] = {}
    rows: list[tuple[IncomingTag, Tag]] = []
    for tag, kind, name in plan.new_tags:
        if kind not in next_position:
            last = session.exec(
                select(func.max(Tag.position)).where(Tag.kind == kind, col(Tag.parent_id).is_(None))
            ).one()
            next_position[kind] = 0 if last is None else last + 1
        colour = (tag.colour or "").strip()
        if not COLOUR.fullmatch(colour):
            colour = next_colour(colours)
        colours.append(colour)
        uuid = (tag.uuid or "").lower()
        row = Tag(
            uuid=uuid if UUID_SHAPE.fullmatch(uuid) and uuid not in taken_uuids else new_uuid(),
            name=name, kind=kind, colour=colour.upper(), description=tag.description.strip(),
            position=next_position[kind],
        )  # fmt: skip
        next_position[kind] += 1
        taken_uuids.add(row.uuid)
        session.add(row)
        rows.append((tag, row))
    session.flush()
    ids = {tag.key: row.id for tag, row in rows if row.id is not None}
    for tag, row in rows:
        parent = plan.parents.get(tag.key)
        if parent is not None:
            row.parent_id = _id(parent, ids)
            session.add(row)
    for tag, row in rows:
        wanted: set[tuple[str, str]] = set()
        for text, language in tag.aliases:
            try:
                pair = (clean_name(text, "An alias"), language.strip())
            except ProjectError:
                continue
            if (pair[0].casefold(), pair[1]) not in wanted:
                wanted.add((pair[0].casefold(), pair[1]))
                assert row.id is not None
                session.add(TagAlias(tag_id=row.id, text=pair[0], language=pair[1]))
    session.flush()
    return ids
