"""Merging annotation work read from another file (``incoming.py``) into a project.

The rules, the same for every format:
- Documents: matched by uuid, else by the hash of their text; a document the file carries
  and the project lacks is added; none is ever added twice.
- Tags: matched by uuid, else by kind and name (any case); a tag the file gives without a
  kind, by name alone when one tag has it; else created (kind-less ones as "imported").
- Annotations with a uuid the project has: the same content is left alone; different
  content is a conflict that the newer ``updated_at`` wins (on equal times ours stays),
  each listed. Without a uuid: the same span, coder and note with the same tags is left
  alone. Offsets that do not hold the file's quote are looked for by the quote and its
  context; what cannot be found exactly is skipped and listed, never placed by guess.

``preview`` only reads. ``merge`` plans again inside its one write transaction and writes
that plan, so what lands is what the project held at that moment; a failure anywhere
leaves the project as it was. ``merge_undo.py`` takes a merge back and puts it back.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import String, bindparam, delete, func, type_coerce
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from desktop.core import text as textmod
from desktop.core.anchoring import locate
from desktop.core.codebook import COLOUR, clean_name
from desktop.core.incoming import Incoming, IncomingAnnotation, IncomingDocument, IncomingTag
from desktop.core.model import Annotation, AnnotationTag, Document, Tag, TagAlias, new_uuid, utcnow
from desktop.core.palette import next_colour
from desktop.core.records import AnnotationInfo
from desktop.core.service_base import (
    ProjectError,
    aware,
    collection_paused,
    insert_rows,
    table,
    writing,
)
from desktop.core.wording import counted

if TYPE_CHECKING:
    from desktop.core.project import ProjectService

UNKNOWN_KIND = "imported"
SHOWN = 200  # conflicts and skipped lines kept for the preview; the rest are counted
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_KIND_LABEL = re.compile(r"(.+) \(([^()]+)\)")

_COLUMNS = (
    *(col(getattr(Annotation, name))
      for name in ("id", "uuid", "document_id", "start", "end", "quote", "prefix", "suffix",
                   "note", "coder")),
    # As stored: the times are read through a cache (they repeat), not one by one.
    type_coerce(col(Annotation.created_at), String),
    type_coerce(col(Annotation.updated_at), String),
    col(Annotation.orphan),
)  # fmt: skip

Ref = int | str  # a row already in the project (its id) or a new one (the file's key)


@dataclass(slots=True)  # not frozen: 100,000 of them are made, four times as fast
class Planned:
    incoming: IncomingAnnotation
    document: Ref
    start: int
    end: int
    tags: tuple[Ref, ...]
    existing: int | None = None  # the annotation it replaces


@dataclass(frozen=True, slots=True)
class Conflict:
    """One annotation both sides hold, differently."""

    where: str
    document: str  # its title
    quote: str
    ours: str  # what differs, in words
    theirs: str
    kept: Literal["ours", "theirs"]


@dataclass(slots=True)
class MergePlan:
    source: Path
    format: str
    new_documents: list[IncomingDocument] = field(default_factory=list)
    matched_documents: int = 0
    new_tags: list[tuple[IncomingTag, str, str]] = field(default_factory=list)  # tag, kind, name
    parents: dict[str, Ref] = field(default_factory=dict)  # new tag's key → its parent
    matched_tags: int = 0
    added: list[Planned] = field(default_factory=list)
    updated: list[Planned] = field(default_factory=list)
    unchanged: int = 0
    relocated: int = 0  # found by their quote, not at the file's offsets
    conflicts: list[Conflict] = field(default_factory=list)
    conflict_count: int = 0
    skipped: list[str] = field(default_factory=list)
    skipped_count: int = 0
    # the texts and titles of every document involved
    texts: dict[Ref, str] = field(default_factory=dict, repr=False)
    titles: dict[Ref, str] = field(default_factory=dict, repr=False)

    @property
    def writes(self) -> bool:
        return bool(self.new_documents or self.new_tags or self.added or self.updated)

    def skip(self, line: str, count: int = 1) -> None:
        self.skipped_count += count
        if len(self.skipped) < SHOWN:
            self.skipped.append(line)

    def conflict(self, conflict: Conflict) -> None:
        self.conflict_count += 1
        if len(self.conflicts) < SHOWN:
            self.conflicts.append(conflict)

    def summary(self) -> str:
        """What the merge does, in a few lines for the user."""
        lines = [
            f"{counted(len(self.added), 'annotation')} added, {len(self.updated):,} updated, "
            f"{self.unchanged:,} already in the project.",
            f"Documents: {len(self.new_documents):,} added, {self.matched_documents:,} "
            "matched. "
            f"Tags: {len(self.new_tags):,} created, {self.matched_tags:,} matched.",
        ]
        if self.relocated:
            lines.append(f"{counted(self.relocated, 'annotation')} found by their quote.")
        if self.conflict_count:
            theirs = sum(1 for c in self.conflicts if c.kept == "theirs")
            lines.append(
                f"{counted(self.conflict_count, 'conflict')} (the newer version kept; "
                f"{theirs:,} of the listed ones from the file)."
            )
        if self.skipped_count:
            lines.append(f"{self.skipped_count:,} skipped (listed).")
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What a merge wrote, enough to take it back."""

    plan: MergePlan
    documents: tuple[int, ...]
    tags: tuple[int, ...]
    annotations: tuple[int, ...]
    replaced: tuple[AnnotationInfo, ...]  # updated annotations as they were before


def preview(service: ProjectService, incoming: Incoming) -> MergePlan:
    with collection_paused(), service.store.read() as session:
        return _Planner(service, session, incoming).plan()


def merge(service: ProjectService, incoming: Incoming) -> MergeResult:
    with collection_paused(), writing(service.store) as session:
        plan = _Planner(service, session, incoming).plan()
        return _write(session, plan)


# -- planning --------------------------------------------------------------------------


class _Planner:
    def __init__(self, service: ProjectService, session: Session, incoming: Incoming) -> None:
        self.service = service
        self.session = session
        self.incoming = incoming
        self.plan_ = MergePlan(incoming.path, incoming.format)
        self.documents: dict[str, Ref] = {}  # incoming key → ref
        self.changed_text: set[str] = set()  # keys whose offsets count another text
        self.tags: dict[str, Ref] = {}
        self.kinds: dict[Ref, str] = {}

    def plan(self) -> MergePlan:
        plan = self.plan_
        for line in self.incoming.skipped:
            plan.skip(line)
        self._documents()
        self._tags()
        self._annotations()
        return plan

    # documents

    def _documents(self) -> None:
        plan = self.plan_
        rows = self.session.execute(
            sa_select(
                col(Document.id), col(Document.uuid), col(Document.title), col(Document.text_sha256)
            ).order_by(col(Document.position), col(Document.id))
        ).all()
        by_uuid = {r.uuid: r for r in rows}
        by_hash: dict[str, Ref] = {}
        for r in rows:
            by_hash.setdefault(r.text_sha256, r.id)
            plan.titles[r.id] = r.title
        hashes = {r.id: r.text_sha256 for r in rows}
        for document in self.incoming.documents:
            if document.key in self.documents:
                plan.skip(f"The file lists the document {document.key} twice; the first is used.")
                continue
            body = None if document.text is None else textmod.normalise(document.text)
            digest = textmod.sha256(body) if body is not None else document.text_sha256
            uuid = (document.uuid or "").lower()
            if uuid in by_uuid:
                ref: Ref = by_uuid[uuid].id
                if digest is not None and digest != hashes[ref]:
                    self.changed_text.add(document.key)
                plan.matched_documents += 1
            elif digest is not None and digest in by_hash:
                ref = by_hash[digest]
                if isinstance(ref, int):
                    plan.matched_documents += 1
            elif body is not None and body.strip():
                ref = document.key
                by_hash[textmod.sha256(body)] = ref
                plan.new_documents.append(document)
                plan.texts[ref] = body
                plan.titles[ref] = " ".join(document.title.split()) or (
                    document.original_filename or "Untitled"
                )
            else:
                continue  # its annotations say they were skipped, and why
            self.documents[document.key] = ref

    def _text(self, ref: Ref) -> str:
        texts = self.plan_.texts
        if isinstance(ref, int) and ref not in texts:  # for the preview, and for writing
            texts[ref] = self.service._text_in(self.session, ref)
        return texts[ref]

    # tags

    def _tags(self) -> None:
        plan = self.plan_
        rows = self.session.execute(
            sa_select(col(Tag.id), col(Tag.uuid), col(Tag.kind), col(Tag.name))
        ).all()
        by_uuid = {r.uuid: r.id for r in rows}
        by_kind_name: dict[tuple[str, str], Ref] = {(r.kind, r.name.casefold()): r.id for r in rows}
        by_name: dict[str, list[int]] = defaultdict(list)
        for r in rows:
            by_name[r.name.casefold()].append(r.id)
            self.kinds[r.id] = r.kind
        for tag in self.incoming.tags:
            if tag.key in self.tags:
                continue
            uuid = (tag.uuid or "").lower()
            name = " ".join(tag.name.split())
            kind = " ".join(tag.kind.split()).lower()
            if uuid in by_uuid:
                ref: Ref = by_uuid[uuid]
            elif not name:
                plan.skip(
                    f"The tag {tag.uuid or tag.key} is not in this project and the file "
                    "gives no name for it: it is left off its passages."
                )
                continue
            elif kind and (kind, name.casefold()) in by_kind_name:
                ref = by_kind_name[(kind, name.casefold())]
            elif not kind and len(by_name[name.casefold()]) == 1:
                ref = by_name[name.casefold()][0]
            elif (
                not kind
                and (labelled := _KIND_LABEL.fullmatch(name))
                and ((labelled[2].lower(), labelled[1].casefold()) in by_kind_name)
            ):  # "Russia (actor)": how our exports name a tag whose name two kinds share
                ref = by_kind_name[(labelled[2].lower(), labelled[1].casefold())]
            else:
                kind = kind or UNKNOWN_KIND
                found = by_kind_name.get((kind, name.casefold()))
                if found is None:
                    ref = tag.key
                    by_kind_name[(kind, name.casefold())] = ref
                    plan.new_tags.append((tag, kind, name))
                else:
                    ref = found
            if isinstance(ref, int):
                plan.matched_tags += 1
            self.tags[tag.key] = ref
            self.kinds[ref] = kind if isinstance(ref, str) else self.kinds[ref]
        for tag, kind, name in plan.new_tags:
            if tag.parent is None:
                continue
            parent = self.tags.get(tag.parent)
            if parent is not None and self.kinds.get(parent) == kind and parent != tag.key:
                plan.parents[tag.key] = parent
            else:
                plan.skip(f"The new tag “{name}” goes in at the top of {kind}: its parent in "
                          "the file is not a tag of that kind here.")  # fmt: skip

    # annotations

    def _annotations(self) -> None:
        plan = self.plan_
        incoming = self.incoming.annotations
        existing = self._existing_by_uuid({a.uuid.lower() for a in incoming if a.uuid})
        spans = self._existing_spans(
            {ref for a in incoming if not a.uuid and (ref := self.documents.get(a.document))}
        )
        missing: Counter[str] = Counter()
        seen: set[str] = set()
        keys = {d.key: d for d in self.incoming.documents}
        known = self.tags
        for item in incoming:
            ref = self.documents.get(item.document)
            if ref is None:
                missing[item.document] += 1
                continue
            span = self._span(item, ref)
            if span is None:
                continue
            tags = tuple(dict.fromkeys([known[t] for t in item.tags if t in known]))
            planned = Planned(item, ref, span[0], span[1], tags)
            uuid = (item.uuid or "").lower()
            if uuid:
                if uuid in seen:
                    plan.skip(f"{item.where or uuid}: the file lists annotation {uuid} twice.")
                    continue
                seen.add(uuid)
                if uuid in existing:
                    self._against(planned, existing[uuid])
                else:
                    plan.added.append(planned)
                continue
            content = _content(planned)
            same_span = spans[(ref, span[0], span[1])]
            if any(_same(content, other) for other in same_span):
                plan.unchanged += 1
                continue
            same_span.append(content)  # the file's own repeats too
            plan.added.append(planned)
        for key, count in missing.items():
            document = keys.get(key)
            name = (document.title if document and document.title else "") or key
            plan.skip(
                f"{counted(count, 'annotation')} on “{name}”: the document is not in this project"
                + (
                    " (this format carries no texts: import the document first)."
                    if document is None or document.text is None
                    else "."
                ),
                count,
            )

    def _span(self, item: IncomingAnnotation, ref: Ref) -> tuple[int, int] | None:
        plan = self.plan_
        body = self._text(ref)
        where = item.where or item.uuid or "an annotation"
        start, end = item.start, item.end
        fits = 0 <= start < end <= len(body)
        if item.quote is None:
            if fits and item.document not in self.changed_text:
                return start, end
            plan.skip(
                f"{where}: {start}–{end} is not a passage of “{plan.titles[ref]}” "
                f"({len(body):,} characters) and the file gives no quote to look for."
            )
            return None
        quote = textmod.normalise(item.quote)
        if not quote.strip():
            plan.skip(f"{where}: the passage is empty.")
            return None
        if fits and body[start:end] == quote:
            return start, end
        anchor = textmod.Anchor(start, end, quote, item.prefix, item.suffix)
        placed = locate(body, anchor)
        if placed.method in ("position", "exact"):
            plan.relocated += 1
            return placed.start, placed.end
        if start < 0 and quote in body:
            plan.skip(f"{where}: “{_short(quote)}” occurs more than once in "
                      f"“{plan.titles[ref]}” and the file gives no offsets or context that "
                      "tell which.")  # fmt: skip
        else:
            plan.skip(f"{where}: “{_short(quote)}” is not in “{plan.titles[ref]}”"
                      + (" where the file places it." if fits else "."))  # fmt: skip
        return None

    def _against(self, planned: Planned, ours: AnnotationInfo) -> None:
        plan = self.plan_
        item = planned.incoming
        if planned.document != ours.document_id:
            plan.skip(
                f"{item.where or ours.uuid}: annotation {ours.uuid} is on "
                f"“{plan.titles.get(ours.document_id, '?')}” in this project; "
                "the file has it on another document."
            )
            return
        if not ours.orphan and _same(_content(planned), _content_of(ours)):
            plan.unchanged += 1
            return
        theirs_at = item.updated_at or item.created_at
        newer = theirs_at is not None and aware(theirs_at) > ours.updated_at
        differs = self._differences(planned, ours)
        plan.conflict(
            Conflict(
                where=item.where or ours.uuid,
                document=plan.titles.get(ours.document_id, ""),
                quote=ours.quote,
                ours=f"{differs[0]} (changed {ours.updated_at:%Y-%m-%d %H:%M})",
                theirs=differs[1]
                + (f" (changed {aware(theirs_at):%Y-%m-%d %H:%M})" if theirs_at else ""),
                kept="theirs" if newer else "ours",
            )
        )
        if newer:
            plan.updated.append(
                Planned(item, planned.document, planned.start, planned.end, planned.tags, ours.id)
            )

    def _differences(self, planned: Planned, ours: AnnotationInfo) -> tuple[str, str]:
        mine: list[str] = []
        theirs: list[str] = []
        if (planned.start, planned.end) != (ours.start, ours.end):
            mine.append(f"passage {ours.start}–{ours.end}")
            theirs.append(f"passage {planned.start}–{planned.end}")
        if set(planned.tags) != set(ours.tag_ids):
            mine.append(f"tags {self._tag_names(ours.tag_ids)}")
            theirs.append(f"tags {self._tag_names(planned.tags)}")
        note, coder = planned.incoming.note, planned.incoming.coder
        if note is not None and note != ours.note:
            mine.append(f"note “{_short(ours.note)}”")
            theirs.append(f"note “{_short(note)}”")
        if coder is not None and coder != ours.coder:
            mine.append(f"coder {ours.coder or '(none)'}")
            theirs.append(f"coder {coder or '(none)'}")
        if ours.orphan:
            mine.append("orphaned")
            theirs.append("placed")
        return "; ".join(mine), "; ".join(theirs)

    def _tag_names(self, refs: Iterable[Ref]) -> str:
        names = {t.key: n for t, _, n in self.plan_.new_tags}
        found = []
        for ref in refs:
            if isinstance(ref, str):
                found.append(names.get(ref, ref))
            else:
                row = self.session.get(Tag, ref)
                found.append(row.name if row else "?")
        return ", ".join(sorted(found)) or "(none)"

    def _existing_by_uuid(self, uuids: set[str]) -> dict[str, AnnotationInfo]:
        if self.session.execute(sa_select(col(Annotation.id)).limit(1)).first() is None:
            return {}  # a first import: 100,000 uuids looked up for nothing took 0.2 s
        wanted = [u for u in uuids if _UUID.fullmatch(u)]
        return _annotations_where(self.session, col(Annotation.uuid), wanted)

    def _existing_spans(self, documents: set[Ref]) -> dict[tuple[Ref, int, int], list[Content]]:
        """What the annotations of these documents hold, to leave repeats alone."""
        ids = [d for d in documents if isinstance(d, int)]
        spans: dict[tuple[Ref, int, int], list[Content]] = defaultdict(list)
        for info in _annotations_where(self.session, col(Annotation.document_id), ids).values():
            if not info.orphan:  # its offsets are a guess: nothing is the same as it
                spans[(info.document_id, info.start, info.end)].append(_content_of(info))
        return spans


def _annotations_where(
    session: Session, column: Any, values: Sequence[int] | Sequence[str]
) -> dict[str, AnnotationInfo]:
    """Annotations whose ``column`` is one of ``values``, with their tags, by uuid (plain
    rows: ORM objects for 100,000 annotations cost a second)."""
    if not values:
        return {}
    # Core, not the ORM's execution: its bookkeeping per row cost more than the query.
    connection = session.connection()
    rows = connection.execute(sa_select(*_COLUMNS).where(_one_of(column, values))).all()
    if not rows:
        return {}
    tags: dict[int, list[int]] = defaultdict(list)
    for annotation_id, tag_id in connection.execute(
        sa_select(col(AnnotationTag.annotation_id), col(AnnotationTag.tag_id)).where(
            _one_of(col(AnnotationTag.annotation_id), [row[0] for row in rows])
        )
    ).all():
        tags[annotation_id].append(tag_id)
    dialect = connection.dialect
    stored = table(Annotation).c.created_at.type.dialect_impl(dialect)
    process = stored.result_processor(dialect, None)
    assert process is not None
    times: dict[str, datetime] = {}
    for raw in {row[10] for row in rows} | {row[11] for row in rows}:
        moment = process(raw)
        assert isinstance(moment, datetime)  # the columns are NOT NULL
        times[raw] = aware(moment)
    found: dict[str, AnnotationInfo] = {}
    for row in rows:
        ident, uuid, document, start, end, quote, prefix, suffix, note, coder = row[:10]
        found[uuid] = AnnotationInfo(
            ident, uuid, document, start, end, quote, prefix, suffix, note, coder,
            times[row[10]], times[row[11]], tuple(sorted(tags.get(ident, ()))), bool(row[12]),
        )  # fmt: skip
    return found


def _one_of(column: Any, values: Sequence[int] | Sequence[str]) -> Any:
    """``column IN values`` with the values as one parameter, a JSON array that SQLite's
    json_each reads: one statement for 100,000 values, where a list of parameters takes
    hundreds (a statement has at most 32,766), each built and compiled anew."""
    listed = func.json_each(json.dumps(list(values))).table_valued("value")
    return column.in_(sa_select(listed.c.value))


Content = tuple[int, int, frozenset[Ref], str | None, str | None]  # span, tags, note, coder


def _content(planned: Planned) -> Content:
    item = planned.incoming
    return planned.start, planned.end, frozenset(planned.tags), item.note, item.coder


def _content_of(info: AnnotationInfo) -> Content:
    return info.start, info.end, frozenset(info.tag_ids), info.note, info.coder


def _same(theirs: Content, ours: Content) -> bool:
    """The same annotation, as far as the file can say (a note or coder it does not carry
    is no difference)."""
    return theirs[:3] == ours[:3] and all(
        mine is None or mine == other for mine, other in zip(theirs[3:], ours[3:], strict=True)
    )


def _short(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


# -- writing ---------------------------------------------------------------------------


_INSERTED = ("uuid", "document_id", "start", "end", "quote", "prefix", "suffix", "note", "coder",
             "created_at", "updated_at")  # fmt: skip


def _write(session: Session, plan: MergePlan) -> MergeResult:
    documents = _write_documents(session, plan)
    tags = _write_tags(session, plan)
    now = utcnow()
    rows = []
    links: list[tuple[str, list[int]]] = []
    for planned in plan.added:
        item = planned.incoming
        uuid = (item.uuid or "").lower()
        uuid = uuid if _UUID.fullmatch(uuid) else new_uuid()
        anchor = textmod.anchor(plan.texts[planned.document], planned.start, planned.end)
        created = aware(item.created_at) if item.created_at else now
        rows.append(
            (uuid, _id(planned.document, documents), anchor.start, anchor.end, anchor.quote,
             anchor.prefix, anchor.suffix, item.note or "", item.coder or "", created,
             aware(item.updated_at) if item.updated_at else created)
        )  # fmt: skip
        links.append((uuid, [_id(t, tags) for t in planned.tags]))
    # Ids only grow (AUTOINCREMENT) and this transaction writes alone: the rows inserted
    # now are exactly those past the largest id before.
    last = session.execute(sa_select(func.max(col(Annotation.id)))).scalar() or 0
    insert_rows(session, Annotation, _INSERTED, rows)
    inserted = table(Annotation)
    new = sa_select(inserted.c.uuid, inserted.c.id).where(inserted.c.id > last)
    ids: dict[str, int] = {uuid: ident for uuid, ident in session.connection().execute(new).all()}
    _insert_links(session, [(ids[u], t) for u, tag_ids in links for t in tag_ids])
    replaced = _update(session, plan, tags, now)
    session.flush()
    return MergeResult(
        plan,
        tuple(documents.values()),
        tuple(tags.values()),
        tuple(ids[u] for u, _ in links),
        replaced,
    )


def _update(
    session: Session, plan: MergePlan, tags: dict[str, int], now: datetime
) -> tuple[AnnotationInfo, ...]:
    """The annotations the file's newer versions replace, in bulk; returns them as they
    were (a row at a time took a millisecond each: 100 s for 100,000)."""
    if not plan.updated:
        return ()
    wanted = [p.existing for p in plan.updated if p.existing is not None]
    before = {a.id: a for a in _annotations_where(session, col(Annotation.id), wanted).values()}
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
    _set_rows(session, rows)
    _relink(session, {p.existing: [_id(t, tags) for t in p.tags] for p in plan.updated
                      if p.existing is not None})  # fmt: skip
    return tuple(before[i] for i in wanted)


_SETTABLE = ("start", "end", "quote", "prefix", "suffix", "note", "coder", "updated_at", "orphan")


def _set_rows(session: Session, rows: list[dict[str, Any]]) -> None:
    """UPDATE many annotations in one executemany (``row_id`` names each)."""
    if rows:
        annotations = table(Annotation)
        statement = (
            annotations.update()
            .where(annotations.c.id == bindparam("row_id"))
            .values({name: bindparam(name) for name in _SETTABLE})
        )
        session.execute(statement, rows)


def _relink(session: Session, wanted: dict[int, list[int]]) -> None:
    """Give each annotation exactly these tags."""
    if wanted:
        links = table(AnnotationTag)
        session.connection().execute(
            delete(links).where(_one_of(links.c.annotation_id, list(wanted)))
        )
    _insert_links(
        session, [(a, t) for a, tag_ids in wanted.items() for t in dict.fromkeys(tag_ids)]
    )


def _insert_links(session: Session, pairs: list[tuple[int, int]]) -> None:
    insert_rows(session, AnnotationTag, ("annotation_id", "tag_id"), pairs)


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
            uuid=uuid if _UUID.fullmatch(uuid) and uuid not in taken else new_uuid(),
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
            uuid=uuid if _UUID.fullmatch(uuid) and uuid not in taken_uuids else new_uuid(),
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
