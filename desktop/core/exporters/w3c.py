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

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import __version__
from desktop.core.exporters import json_layout
from desktop.core.files import write_atomically
from desktop.core.records import AnnotationInfo, DocumentInfo, ProjectInfo, TagInfo

if TYPE_CHECKING:
    from desktop.core.project import ProjectService

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
KIND = "parallax:kind"
TEXT_SHA256 = "parallax:sha256"


def urn(uuid: str) -> str:
    return f"urn:uuid:{uuid}"


def _timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _annotation(
    item: AnnotationInfo,
    document: DocumentInfo,
    tags: dict[int, TagInfo],
    generated: str,
) -> dict[str, Any]:
    bodies: list[dict[str, Any]] = []
    for tag_id in sorted(
        item.tag_ids, key=lambda t: (tags[t].kind, tags[t].position, tags[t].name)
    ):
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
    if item.note:
        bodies.append(
            {
                "type": "TextualBody",
                "purpose": "commenting",
                "value": item.note,
                "format": "text/plain",
            }
        )
    motivation = "tagging" if item.tag_ids else "commenting" if item.note else "highlighting"
    source: dict[str, Any] = {
        "id": urn(document.uuid),
        "type": "Text",
        "format": "text/plain",
        TEXT_SHA256: document.text_sha256,
    }
    if document.language:
        source["language"] = document.language
    annotation: dict[str, Any] = {
        "@context": CONTEXT,
        "id": urn(item.uuid),
        "type": "Annotation",
        "motivation": motivation,
        "created": _timestamp(item.created_at),
        "modified": _timestamp(item.updated_at),
        "generated": generated,
    }
    if item.coder:
        annotation["creator"] = {"type": "Person", "name": item.coder}
    if bodies:
        annotation["body"] = bodies
    annotation["target"] = {
        "source": source,
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


def build(
    project: ProjectInfo,
    documents: Sequence[DocumentInfo],
    tags: Sequence[TagInfo],
    annotations: Sequence[AnnotationInfo],
    *,
    generated: datetime | None = None,
) -> dict[str, Any]:
    stamp = _timestamp(generated or datetime.now(UTC))
    by_document = {d.id: d for d in documents}
    by_tag = {t.id: t for t in tags}
    items = [_annotation(a, by_document[a.document_id], by_tag, stamp) for a in annotations]
    collection_id = urn(project.uuid)
    return {
        "@context": CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": project.name,
        "total": len(items),
        "generator": {"type": "Software", "name": f"Parallax {__version__}"},
        "generated": stamp,
        "first": {
            "@context": CONTEXT,
            "id": f"{collection_id}#page-1",
            "type": "AnnotationPage",
            "partOf": {"id": collection_id, "label": project.name, "total": len(items)},
            "startIndex": 0,
            "items": items,
        },
    }


def dumps(collection: dict[str, Any]) -> bytes:
    return json_layout.dumps(collection, [("first", "items")])


def export(service: ProjectService, path: Path | str) -> int:
    """Write every annotation of the project to ``path``; returns how many."""
    annotations = [a for a in service.annotations() if not a.orphan]
    collection = build(service.info(), service.documents(), service.tags(), annotations)
    write_atomically(path, dumps(collection))
    return len(annotations)
