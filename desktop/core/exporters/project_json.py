"""Lossless project JSON: every document, the codebook and every annotation, in one file.

The file is described by ``resources/schemas/project.schema.json`` and read back by
``desktop.core.importers.project_json``. Lists are in creation order (the rows' id order),
which the import keeps, so exporting an imported project gives the same file again;
``position`` fields carry the order the user sees, and an annotation's tags are in
codebook (creation) order. Uuids and times are kept exactly;
offsets are Unicode code points of the stored text, end-exclusive. An orphan (not found
again in a replaced text) is kept too, marked ``"orphan": true`` (the only annotations
with that field, so files without orphans are as before); its quote is the old text's.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select as sa_select
from sqlmodel import col, select

from desktop.core.exporters import json_layout, reporting, rows
from desktop.core.model import Annotation, AnnotationTag, Document, Tag, TagAlias
from desktop.core.service_base import table

if TYPE_CHECKING:
    from desktop.core.project import ProjectService

FORMAT = "parallax-project"
VERSION = 1


def build(service: ProjectService) -> dict[str, Any]:
    """The file as plain data."""
    return _build(service, None, encoded=False)[0]


def _build(
    service: ProjectService, progress: reporting.Progress | None, *, encoded: bool
) -> tuple[dict[str, Any], reporting.Counter]:
    """``build``, or (``encoded``) with the annotations made and encoded one at a time as
    ``dumps`` writes them; the rows read and the annotations made are counted to
    ``progress`` (see ``reporting``) by the counter returned."""
    # One read transaction: a consistent snapshot even if the window edits meanwhile.
    with service.store.read() as session:
        counter = reporting.Counter(progress, rows.steps(session, orphans=True))
        info = service.info_in(session)
        documents = session.exec(select(Document).order_by(col(Document.id))).all()
        tags = session.exec(select(Tag).order_by(col(Tag.id))).all()
        aliases = session.exec(select(TagAlias).order_by(col(TagAlias.id))).all()
        # Plain rows, not ORM objects: building 100,000 of those took most of the export.
        listed = table(Annotation)
        annotations = rows.read_counted(session, sa_select(listed).order_by(listed.c.id), counter)
        links = table(AnnotationTag)
        tagged = rows.read_counted(
            session,
            sa_select(links.c.annotation_id, links.c.tag_id).order_by(
                links.c.annotation_id, links.c.tag_id
            ),
            counter,
        )
    document_uuid = {d.id: d.uuid for d in documents}
    tag_uuid = {t.id: t.uuid for t in tags}
    aliases_of: dict[int, list[dict[str, str]]] = {}
    for alias in aliases:
        aliases_of.setdefault(alias.tag_id, []).append(
            {"text": alias.text, "language": alias.language}
        )
    tags_of: dict[int, list[str]] = {}
    for annotation_id, tag_id in tagged:  # by tag id: the import keeps that order
        tags_of.setdefault(annotation_id, []).append(tag_uuid[tag_id])
    stamps = rows.ExactStamps()  # annotations tagged in one go share their times

    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "project": {
            "uuid": info.uuid,
            "name": info.name,
            "created_at": rows.utc_stamp(info.created_at, exact=True),
        },
        "documents": [
            {
                "uuid": d.uuid,
                "title": d.title,
                "language": d.language,
                "source": d.source,
                "url": d.url,
                "author": d.author,
                "published": d.published,
                "original_filename": d.original_filename,
                "imported_at": rows.utc_stamp(d.imported_at, exact=True),
                "position": d.position,
                "text": d.text,
                "text_sha256": d.text_sha256,
            }
            for d in documents
        ],
        "codebook": {
            "tags": [
                {
                    "uuid": t.uuid,
                    "name": t.name,
                    "kind": t.kind,
                    "parent": None if t.parent_id is None else tag_uuid[t.parent_id],
                    "colour": t.colour,
                    "description": t.description,
                    "shortcut": t.shortcut,
                    "position": t.position,
                    "aliases": aliases_of.get(t.id or 0, []),
                }
                for t in tags
            ]
        },
        "annotations": [],  # below: keeps its place, the last key
    }
    made = (
        {
            "uuid": a.uuid,
            "document": document_uuid[a.document_id],
            "start": a.start,
            "end": a.end,
            "quote": a.quote,
            "prefix": a.prefix,
            "suffix": a.suffix,
            "note": a.note,
            "coder": a.coder,
            "created_at": stamps[a.created_at],
            "updated_at": stamps[a.updated_at],
            "tags": tags_of.get(a.id, []),
            **({"orphan": True} if a.orphan else {}),
        }
        for a in counter.over(annotations)
    )
    if encoded:
        data["annotations"] = json_layout.Encoded(len(annotations), map(json_layout.compact, made))
    else:
        data["annotations"] = list(made)
    return data, counter


def dumps(data: dict[str, Any]) -> bytes:
    return json_layout.dumps(data, [("documents",), ("annotations",)])


def export(
    service: ProjectService, path: Path | str, *, progress: reporting.Progress | None = None
) -> int:
    """Write the whole project to ``path``; returns how many annotations it holds.
    ``progress``: see ``reporting``."""
    return reporting.write_counted(path, lambda: _made(service, progress))


def _made(service: ProjectService, progress: reporting.Progress | None) -> reporting.Made:
    data, counter = _build(service, progress, encoded=True)
    pieces = json_layout.pieces(data, [("documents",), ("annotations",)])
    return reporting.Made(pieces, counter, data["annotations"].count)
