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
leaves the project as it was. This module plans; ``merge_plan.py`` holds the plan and the
result, ``merge_writing.py`` writes a plan, ``merge_rows.py`` has the bulk row statements it
shares with ``merge_undo.py``, which takes a merge back and puts it back.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from desktop.core import text as textmod
from desktop.core.anchoring import locate
from desktop.core.incoming import Incoming, IncomingAnnotation
from desktop.core.merge_plan import Conflict, MergePlan, MergeResult, Planned, Ref
from desktop.core.merge_rows import UUID_SHAPE, annotations_where, one_of
from desktop.core.merge_writing import write
from desktop.core.messages import QT_TRANSLATE_NOOP, plural
from desktop.core.model import Annotation, Document, Tag
from desktop.core.records import AnnotationInfo
from desktop.core.service_base import aware, collection_paused, table, writing

if TYPE_CHECKING:
    from desktop.core.project import ProjectService

__all__ = ["Conflict", "MergePlan", "MergeResult", "Planned", "merge", "preview"]

UNKNOWN_KIND = "imported"
_KIND_LABEL = re.compile(r"(.+) \(([^()]+)\)")


def preview(service: ProjectService, incoming: Incoming) -> MergePlan:
    with collection_paused(), service.store.read() as session:
        return _Planner(service, session, incoming).plan()


def merge(service: ProjectService, incoming: Incoming) -> MergeResult:
    with collection_paused(), writing(service.store) as session:
        plan = _Planner(service, session, incoming).plan()
        return write(session, plan)


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
                twice = QT_TRANSLATE_NOOP(
                    "Merge", "The file lists the document {key} twice; the first is used."
                )
                plan.skip(twice.format(key=document.key))
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
        self._read_texts()

    def _read_texts(self) -> None:
        """The texts of the project's documents the file names, in one query (one at a
        time took 1.3 ms each: a second and more for a corpus of 1,000), so the plan holds
        the text of every document involved, for the preview and for writing."""
        texts = self.plan_.texts
        wanted = [ref for ref in set(self.documents.values())
                  if isinstance(ref, int) and ref not in texts]  # fmt: skip
        if wanted:
            identity = table(Document).c.id  # typed as the table has it: never None
            query = sa_select(identity, col(Document.text)).where(one_of(identity, wanted))
            for ident, text in self.session.connection().execute(query):
                texts[ident] = text

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
                unnamed = QT_TRANSLATE_NOOP(
                    "Merge",
                    "The tag {tag} is not in this project and the file "
                    "gives no name for it: it is left off its passages.",
                )
                plan.skip(unnamed.format(tag=tag.uuid or tag.key))
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
        combinations: dict[tuple[str, ...], tuple[Ref, ...]] = {}  # a file's few, made once
        for item in incoming:
            ref = self.documents.get(item.document)
            if ref is None:
                missing[item.document] += 1
                continue
            span = self._span(item, ref)
            if span is None:
                continue
            tags = combinations.get(item.tags)
            if tags is None:
                tags = combinations[item.tags] = tuple(
                    dict.fromkeys([known[t] for t in item.tags if t in known])
                )
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
            textless = document is None or document.text is None
            one, many = (
                (
                    QT_TRANSLATE_NOOP(
                        "Merge",
                        "{n} annotation on “{name}”: the document is not in this project "
                        "(this format carries no texts: import the document first).",
                    ),
                    QT_TRANSLATE_NOOP(
                        "Merge",
                        "{n} annotations on “{name}”: the document is not in this project "
                        "(this format carries no texts: import the document first).",
                    ),
                )
                if textless
                else (
                    QT_TRANSLATE_NOOP(
                        "Merge", "{n} annotation on “{name}”: the document is not in this project."
                    ),
                    QT_TRANSLATE_NOOP(
                        "Merge", "{n} annotations on “{name}”: the document is not in this project."
                    ),
                )
            )
            plan.skip(plural(count, one, many, name=name), count)

    def _span(self, item: IncomingAnnotation, ref: Ref) -> tuple[int, int] | None:
        plan = self.plan_
        body = plan.texts[ref]
        start, end = item.start, item.end
        fits = 0 <= start < end <= len(body)
        raw = item.quote
        if (
            fits
            and raw is not None
            and body[start:end] == raw
            and raw[:1] != "\ufeff"
            and raw.strip()
            and unicodedata.is_normalized("NFC", raw)
        ):  # most files: what follows, without normalising the quote (a fifth of planning)
            # A slice of a normalised text has no CR or control to drop: NFC and no leading
            # BOM make it its own normal form.
            return start, end
        where = item.where or item.uuid or "an annotation"
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
        wanted = [u for u in uuids if UUID_SHAPE.fullmatch(u)]
        return annotations_where(self.session, col(Annotation.uuid), wanted)

    def _existing_spans(self, documents: set[Ref]) -> dict[tuple[Ref, int, int], list[Content]]:
        """What the annotations of these documents hold, to leave repeats alone."""
        ids = [d for d in documents if isinstance(d, int)]
        spans: dict[tuple[Ref, int, int], list[Content]] = defaultdict(list)
        for info in annotations_where(self.session, col(Annotation.document_id), ids).values():
            if not info.orphan:  # its offsets are a guess: nothing is the same as it
                spans[(info.document_id, info.start, info.end)].append(_content_of(info))
        return spans


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
