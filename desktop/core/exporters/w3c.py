"""W3C Web Annotation export: an AnnotationCollection with one embedded AnnotationPage.

Positions are Unicode code points of the stored (normalised) text, as the model counts
them. Each tag becomes two bodies: a ``tagging`` TextualBody with its name, for any tool,
and a ``classifying`` SpecificResource whose source is the tag's URN, so the exact tag can
be matched back. A note becomes a ``commenting`` TextualBody.

Two properties of our own, named by absolute IRIs (``parallax:…``) so JSON-LD keeps them
and the standard's validation ignores them, let another Parallax project merge the file
(``importers/w3c.py``): the tag's kind on its classifying body, and the SHA-256 of the
document's text on the target's source, which matches a document that has another uuid.

Orphans (not found again in a replaced text) are left out: their offsets would be wrong.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import __version__
from desktop.core.exporters import json_layout, reporting, rows
from desktop.core.records import AnnotationInfo, DocumentInfo, ProjectInfo, TagInfo

if TYPE_CHECKING:
    from desktop.core.project import ProjectService

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
KIND = "parallax:kind"
TEXT_SHA256 = "parallax:sha256"


def urn(uuid: str) -> str:
    return f"urn:uuid:{uuid}"


def _tag_bodies(tag_ids: Iterable[int], tags: dict[int, TagInfo]) -> list[dict[str, Any]]:
    bodies: list[dict[str, Any]] = []
    for tag_id in sorted(tag_ids, key=lambda t: (tags[t].kind, tags[t].position, tags[t].name)):
        tag = tags[tag_id]
        # The name for any reader of the standard; the URN so a tag is matched back
        # exactly (a body with an id of its own would count as an external resource).
        bodies.append(
            {"type": "TextualBody", "purpose": "tagging", "value": tag.name, "format": "text/plain"}
        )
        bodies.append(
            {
                "type": "SpecificResource",
                "purpose": "classifying",
                "source": urn(tag.uuid),
                KIND: tag.kind,
            }
        )
    return bodies


def _note_body(note: str) -> dict[str, Any]:
    return {"type": "TextualBody", "purpose": "commenting", "value": note, "format": "text/plain"}


def _motivation(tagged: bool, note: str) -> str:
    return "tagging" if tagged else "commenting" if note else "highlighting"


def _source(document: DocumentInfo) -> dict[str, Any]:
    source: dict[str, Any] = {
        "id": urn(document.uuid),
        "type": "Text",
        "format": "text/plain",
        TEXT_SHA256: document.text_sha256,
    }
    if document.language:
        source["language"] = document.language
    return source


def _annotation(
    item: AnnotationInfo,
    document: DocumentInfo,
    tags: dict[int, TagInfo],
    generated: str,
) -> dict[str, Any]:
    bodies = _tag_bodies(item.tag_ids, tags)
    if item.note:
        bodies.append(_note_body(item.note))
    annotation: dict[str, Any] = {
        "@context": CONTEXT,
        "id": urn(item.uuid),
        "type": "Annotation",
        "motivation": _motivation(bool(item.tag_ids), item.note),
        "created": rows.utc_stamp(item.created_at),
        "modified": rows.utc_stamp(item.updated_at),
        "generated": generated,
    }
    if item.coder:
        annotation["creator"] = _creator(item.coder)
    if bodies:
        annotation["body"] = bodies
    annotation["target"] = {
        "source": _source(document),
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": item.quote,
                "prefix": item.prefix,
                "suffix": item.suffix,
            },
            {"type": "TextPositionSelector", "start": item.start, "end": item.end},
        ],
    }
    return annotation


def _creator(coder: str) -> dict[str, Any]:
    return {"type": "Person", "name": coder}


def build(
    project: ProjectInfo,
    documents: Sequence[DocumentInfo],
    tags: Sequence[TagInfo],
    annotations: Sequence[AnnotationInfo],
    *,
    generated: datetime | None = None,
) -> dict[str, Any]:
    """The collection as plain data; ``export`` writes the same from rows, faster."""
    stamp = rows.utc_stamp(generated or datetime.now(UTC))
    by_document = {d.id: d for d in documents}
    by_tag = {t.id: t for t in tags}
    items = [_annotation(a, by_document[a.document_id], by_tag, stamp) for a in annotations]
    return _collection(project, items, stamp)


def _collection(
    project: ProjectInfo, items: list[Any] | json_layout.Encoded, stamp: str
) -> dict[str, Any]:
    total = items.count if isinstance(items, json_layout.Encoded) else len(items)
    collection_id = urn(project.uuid)
    return {
        "@context": CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": project.name,
        "total": total,
        "generator": {"type": "Software", "name": f"Parallax {__version__}"},
        "generated": stamp,
        "first": {
            "@context": CONTEXT,
            "id": f"{collection_id}#page-1",
            "type": "AnnotationPage",
            "partOf": {"id": collection_id, "label": project.name, "total": total},
            "startIndex": 0,
            "items": items,
        },
    }


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def _encoded_items(
    found: rows.Annotations,
    documents: Sequence[DocumentInfo],
    tags: Sequence[TagInfo],
    generated: str,
    counter: reporting.Counter | None = None,
) -> Iterator[str]:
    """Each annotation as the line ``json.dumps`` gives for ``_annotation``'s dict, written
    from a template: building and encoding 100,000 dicts took seconds. What many
    annotations share (a document's source, a set of tags, a coder, a time) is encoded
    once. tests/unit/test_export_fast_paths.py holds the two ways equal."""
    text = json.encoder.encode_basestring  # the encoder json.dumps uses for str
    sources = {d.id: _json(_source(d)) for d in documents}
    by_tag = {t.id: t for t in tags}
    bodies: dict[tuple[int, ...], str] = {}
    creators: dict[str, str] = {"": ""}
    stamps = rows.Stamps()
    context, generated = text(CONTEXT), text(generated)
    for (ident, uuid, document, start, end, quote, prefix, suffix, note, coder, created,
         updated) in counter.over(found.rows) if counter else found.rows:  # fmt: skip
        tag_ids = found.tags.get(ident, ())
        body = bodies.get(tag_ids)
        if body is None:
            body = bodies[tag_ids] = ", ".join(_json(b) for b in _tag_bodies(tag_ids, by_tag))
        if note:
            body = f"{body}, {_json(_note_body(note))}" if body else _json(_note_body(note))
        listed = f', "body": [{body}]' if body else ""
        creator = creators.get(coder)
        if creator is None:
            creator = creators[coder] = f', "creator": {_json(_creator(coder))}'
        yield (
            f'{{"@context": {context}, "id": {text("urn:uuid:" + uuid)}, "type": "Annotation", '
            f'"motivation": "{_motivation(bool(tag_ids), note)}", '
            f'"created": "{stamps[created]}", "modified": "{stamps[updated]}", '
            f'"generated": {generated}{creator}{listed}, '
            f'"target": {{"source": {sources[document]}, "selector": [{{"type": '
            f'"TextQuoteSelector", "exact": {text(quote)}, "prefix": {text(prefix)}, '
            f'"suffix": {text(suffix)}}}, {{"type": "TextPositionSelector", "start": {start}, '
            f'"end": {end}}}]}}}}'
        )


def dumps(collection: dict[str, Any]) -> bytes:
    return json_layout.dumps(collection, [("first", "items")])


def export(
    service: ProjectService, path: Path | str, *, progress: reporting.Progress | None = None
) -> int:
    """Write every annotation of the project to ``path``; returns how many.
    ``progress``: see ``reporting``."""
    return reporting.write_counted(path, lambda: _made(service, progress))


def _made(service: ProjectService, progress: reporting.Progress | None) -> reporting.Made:
    stamp = rows.utc_stamp(datetime.now(UTC))
    found, counter = rows.snapshot(service, progress)
    listed = found.annotations
    lines = _encoded_items(listed, found.documents, found.tags, stamp, counter)
    items = json_layout.Encoded(len(listed.rows), lines)
    pieces = json_layout.pieces(_collection(found.info, items, stamp), [("first", "items")])
    return reporting.Made(pieces, counter, items.count)
