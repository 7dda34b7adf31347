"""REFI-QDA (QDA-XML 1.0) export: a ``.qdc`` codebook and a ``.qdpx`` project.

The codebook: each tag kind is a top-level ``<Code isCodable="false">`` that only groups,
its tags nested inside it and sub-tags inside their parent. A tag's GUID is its uuid; a
kind, which has no row of its own, gets a uuid5 of the project uuid and its name, so it is
the same in every export of the project.

The project (``project.qde`` in a zip) stores each document as ``sources/<guid>.txt``,
UTF-8 without BOM, exactly our stored text (NFC, ``\\n``), so positions are the model's
Unicode code point offsets, end-exclusive. Each annotation is a ``PlainTextSelection``
with one ``Coding`` per tag; its note goes into the selection's ``Description``, where
the standard's importers look for a coding's comment. Users are the annotations' coders.
Orphans (not found again in a replaced text) are left out: their offsets would be wrong.
"""

from __future__ import annotations

import hashlib
import io
import re
import uuid
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import __version__
from desktop.core.exporters import reporting, rows, zip_members
from desktop.core.files import ExportError
from desktop.core.messages import QT_TRANSLATE_NOOP
from desktop.core.records import AnnotationInfo, DocumentInfo, ProjectInfo, TagInfo
from desktop.core.service_base import collection_paused

if TYPE_CHECKING:
    from desktop.core.project import ProjectService

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
UNKNOWN_USER = "unknown"

_GUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
# Characters XML 1.0 cannot carry at all, even escaped: ET would write them and produce
# a file no parser reads.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Used when a project has no (valid) uuid of its own, so kind and user GUIDs stay stable.
_FALLBACK_NS = uuid.uuid5(uuid.NAMESPACE_URL, "urn:parallax:refi-qda")


def _safe(value: str) -> str:
    return _NOT_XML.sub("\ufffd", value)


def _uuid5(namespace: bytes, name: str) -> str:
    """``str(uuid.uuid5(UUID(bytes=namespace), name))`` without ``UUID`` objects, which took
    most of the time of deriving the 133,000 coding GUIDs of a large export."""
    hexed = hashlib.sha1(namespace + name.encode("utf-8")).hexdigest()
    # The version (5) and the RFC 4122 variant (binary 10) set in the first 16 bytes.
    return (
        f"{hexed[:8]}-{hexed[8:12]}-5{hexed[13:16]}-"
        f"{_VARIANT[hexed[16]]}{hexed[17:20]}-{hexed[20:32]}"
    )


_VARIANT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}


class _Ids:
    """GUIDs for the export: our uuids where they have the schema's form, else derived."""

    def __init__(self, project_uuid: str) -> None:
        try:
            self.namespace = uuid.UUID(project_uuid)
        except ValueError:
            self.namespace = _FALLBACK_NS

    def of(self, value: str) -> str:
        # Imported rows may carry any string as uuid; the XSD accepts only 8-4-4-4-12 hex.
        return value if _GUID.fullmatch(value) else self.derived("uuid", value)

    def derived(self, what: str, name: str) -> str:
        return _uuid5(self.namespace.bytes, f"{what}/{name}")

    def kind(self, kind: str) -> str:
        return self.derived("kind", kind)

    def user(self, coder: str) -> str:
        return self.derived("user", coder)


def _codes(parent: ET.Element, tags: Sequence[TagInfo], ids: _Ids) -> None:
    """Append one non-codable ``Code`` per kind to ``parent``, with its tags nested."""
    children: dict[int | None, list[TagInfo]] = {}
    kinds: dict[str, list[TagInfo]] = {}
    for tag in tags:  # already in (kind, position, id) order, so siblings are in order
        if tag.parent_id is None:
            kinds.setdefault(tag.kind, []).append(tag)
        else:
            children.setdefault(tag.parent_id, []).append(tag)

    def code(into: ET.Element, tag: TagInfo) -> None:
        element = ET.SubElement(
            into,
            "Code",
            guid=ids.of(tag.uuid),
            name=_safe(tag.name),
            isCodable="true",
            color=tag.colour.upper(),
        )
        if tag.description:
            ET.SubElement(element, "Description").text = _safe(tag.description)
        for child in children.get(tag.id, []):
            code(element, child)

    for kind, top in kinds.items():
        group = ET.SubElement(
            parent, "Code", guid=ids.kind(kind), name=_safe(kind), isCodable="false"
        )
        for tag in top:
            code(group, tag)


def build_codebook(service: ProjectService) -> tuple[ET.Element, int]:
    """The ``.qdc`` root and how many tags it holds."""
    with service.store.read() as session:  # one transaction: tags and project agree
        tags = rows.tag_records(session)
        info = service.info_in(session)
    if not tags:
        # <Codes> must hold at least one <Code>: an empty codebook has no valid form.
        raise ExportError(
            QT_TRANSLATE_NOOP("Export", "The codebook is empty: there are no tags to export.")
        )
    ids = _Ids(info.uuid)
    root = ET.Element("CodeBook", xmlns=CODEBOOK_NS, origin=f"Parallax {__version__}")
    _codes(ET.SubElement(root, "Codes"), tags, ids)
    return root, len(tags)


def _selection(into: ET.Element, item: AnnotationInfo, tags: dict[int, TagInfo], ids: _Ids) -> None:
    user = ids.user(item.coder)
    created = rows.utc_stamp(item.created_at)
    selection = ET.SubElement(
        into,
        "PlainTextSelection",
        guid=ids.of(item.uuid),
        name=_safe(item.quote[:60]),
        startPosition=str(item.start),
        endPosition=str(item.end),
        creatingUser=user,
        creationDateTime=created,
        modifyingUser=user,
        modifiedDateTime=rows.utc_stamp(item.updated_at),
    )
    if item.note:  # Description comes first in the selection's sequence
        ET.SubElement(selection, "Description").text = _safe(item.note)
    for tag_id in item.tag_ids:
        tag = tags[tag_id]
        coding = ET.SubElement(
            selection,
            "Coding",
            guid=ids.derived("coding", f"{item.uuid}/{tag.uuid}"),
            creatingUser=user,
            creationDateTime=created,
        )
        ET.SubElement(coding, "CodeRef", targetGUID=ids.of(tag.uuid))


def _users(into: ET.Element, coders: Iterable[str], ids: _Ids) -> None:
    users = ET.SubElement(into, "Users")
    named = set(coders)
    unnamed = UNKNOWN_USER  # for annotations without a coder: a name no coder has
    while unnamed in named:
        unnamed += " (no name)"
    for coder in sorted(named):
        ET.SubElement(users, "User", guid=ids.user(coder), name=_safe(coder or unnamed))


def _skeleton(
    info: ProjectInfo,
    documents: Sequence[DocumentInfo],
    tags: Sequence[TagInfo],
    coders: Iterable[str],
    text_of: Callable[[int], str],
    ids: _Ids,
    generated: datetime | None,
) -> tuple[ET.Element, list[tuple[DocumentInfo, ET.Element]], dict[str, str]]:
    """The ``project.qde`` root without selections, each document's ``TextSource``, and
    the source texts by archive path."""
    root = ET.Element(
        "Project",
        xmlns=PROJECT_NS,
        name=_safe(info.name),
        origin=f"Parallax {__version__}",
        creationDateTime=rows.utc_stamp(info.created_at),
        modifiedDateTime=rows.utc_stamp(generated or datetime.now(UTC)),
    )
    # Every list element below needs at least one child, so each is left out when empty.
    named = set(coders)
    if named:
        _users(root, named, ids)
    if tags:
        codebook = ET.SubElement(root, "CodeBook")
        _codes(ET.SubElement(codebook, "Codes"), tags, ids)
    texts: dict[str, str] = {}
    sources: list[tuple[DocumentInfo, ET.Element]] = []
    if documents:
        listed = ET.SubElement(root, "Sources")
        for document in documents:
            guid = ids.of(document.uuid)
            source = ET.SubElement(
                listed,
                "TextSource",
                guid=guid,
                name=_safe(document.title),
                plainTextPath=f"internal://{guid}.txt",
                creationDateTime=rows.utc_stamp(document.imported_at),
            )
            texts[f"sources/{guid}.txt"] = text_of(document.id)
            sources.append((document, source))
    return root, sources, texts


def build_project(
    service: ProjectService, *, generated: datetime | None = None
) -> tuple[ET.Element, dict[str, str], int]:
    """The ``project.qde`` root, the source texts by archive path, and the annotation count.
    (The export writes the same XML faster, with ``project_xml``.)"""
    info = service.info()
    ids = _Ids(info.uuid)
    tags = service.tags()
    annotations = [a for a in service.annotations() if not a.orphan]
    by_tag = {t.id: t for t in tags}
    by_document: dict[int, list[AnnotationInfo]] = {}
    for item in annotations:
        by_document.setdefault(item.document_id, []).append(item)
    coders = (a.coder for a in annotations)
    root, sources, texts = _skeleton(
        info, service.documents(), tags, coders, service.document_text, ids, generated
    )
    for document, source in sources:
        for item in by_document.get(document.id, []):
            _selection(source, item, by_tag, ids)
    return root, texts, len(annotations)


def _xml(root: ET.Element) -> bytes:
    # Elements carry bare names and the root an ``xmlns`` attribute: ElementTree's
    # ``default_namespace`` refuses unqualified attributes, and register_namespace is global.
    ET.indent(root)
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data


def codebook_bytes(service: ProjectService) -> tuple[bytes, int]:
    root, count = build_codebook(service)
    return _xml(root), count


# -- the project's XML as text ---------------------------------------------------------
# ElementTree took seconds for 100,000 selections: they are written from templates, and
# ElementTree writes the rest (codebook, users, sources) into which they are spliced.
# tests/unit/test_export_fast_paths.py holds this equal to ``_xml(build_project(…))``.

_SPLICE = "\x00selections\x00"  # a TextSource's text until its selections take its place


def _attribute(value: str) -> str:
    """An attribute value escaped as ElementTree escapes it."""
    value = _character_data(value)
    if '"' in value:
        value = value.replace('"', "&quot;")
    if "\r" in value:
        value = value.replace("\r", "&#13;")
    if "\n" in value:
        value = value.replace("\n", "&#10;")
    if "\t" in value:
        value = value.replace("\t", "&#09;")
    return value


def _character_data(value: str) -> str:
    """Element text escaped as ElementTree escapes it."""
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    return value


def _selections(
    found: Iterable[rows.AnnotationRow],
    tags: dict[int, tuple[int, ...]],
    tag_uuids: dict[int, str],
    ids: _Ids,
    users: dict[str, str],
    stamps: rows.Stamps,
) -> Iterator[str]:
    """What ``_selection`` adds to a TextSource, one selection at a time, as the indented
    document shows it; ``users`` and ``stamps`` keep what is derived once for many."""
    namespace = ids.namespace.bytes
    targets = {tag_id: ids.of(tag_uuid) for tag_id, tag_uuid in tag_uuids.items()}
    for ident, uuid_, _, start, end, quote, _, _, note, coder, created_at, updated_at in found:
        user = users.get(coder)
        if user is None:
            user = users[coder] = ids.user(coder)
        created = stamps[created_at]
        head = (
            f'\n      <PlainTextSelection guid="{ids.of(uuid_)}" '
            f'name="{_attribute(_safe(quote[:60]))}" startPosition="{start}" '
            f'endPosition="{end}" creatingUser="{user}" creationDateTime="{created}" '
            f'modifyingUser="{user}" modifiedDateTime="{stamps[updated_at]}"'
        )
        tag_ids = tags.get(ident, ())
        if not note and not tag_ids:
            yield head + " />"
            continue
        description = (
            f"\n        <Description>{_character_data(_safe(note))}</Description>" if note else ""
        )
        codings = "".join(
            [
                f'\n        <Coding guid="{_uuid5(namespace, f"coding/{uuid_}/{tag_uuids[tag]}")}" '
                f'creatingUser="{user}" creationDateTime="{created}">'
                f'\n          <CodeRef targetGUID="{targets[tag]}" />\n        </Coding>'
                for tag in tag_ids
            ]
        )
        yield f"{head}>{description}{codings}\n      </PlainTextSelection>"


def project_xml(
    service: ProjectService, progress: reporting.Progress | None = None
) -> tuple[Iterator[bytes], dict[str, str], int, reporting.Counter]:
    """What ``build_project`` gives, its root as the file's bytes, made a piece at a time
    as they are read (a document's selections each), and the counter of the steps."""
    found, counter = rows.snapshot(service, progress, with_texts=True)
    info, tags, listed = found.info, found.tags, found.annotations
    ids = _Ids(info.uuid)
    by_document: dict[int, list[rows.AnnotationRow]] = {}
    for row in listed.rows:
        by_document.setdefault(row[2], []).append(row)
    coders = (row[9] for row in listed.rows)
    text_of = found.texts.__getitem__
    root, sources, texts = _skeleton(info, found.documents, tags, coders, text_of, ids, None)
    spliced = [document.id for document, _ in sources if document.id in by_document]
    for document, source in sources:
        if document.id in by_document:
            source.text = _SPLICE
    ET.indent(root)
    between = ET.tostring(root, encoding="unicode").split(_SPLICE)
    if len(between) != len(spliced) + 1:  # a stored value held the marker
        root, texts, count = build_project(service)
        counter.add(len(listed.rows))
        return iter([_xml(root)]), texts, count, counter

    def pieces() -> Iterator[bytes]:
        tag_uuids = {t.id: t.uuid for t in tags}
        users: dict[str, str] = {}
        stamps = rows.Stamps()
        yield b"<?xml version='1.0' encoding='utf-8'?>\n" + _utf8(between[0])
        for document_id, after in zip(spliced, between[1:], strict=True):
            made = counter.over(by_document[document_id])
            lines = _selections(made, listed.tags, tag_uuids, ids, users, stamps)
            yield _utf8("".join(lines) + "\n    " + after)

    return pieces(), texts, len(listed.rows), counter


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "xmlcharrefreplace")  # as ElementTree writes the file


def project_bytes(
    service: ProjectService, progress: reporting.Progress | None = None
) -> tuple[bytes, int]:
    """The whole ``.qdpx`` archive, built in memory so it can be written atomically."""
    data, count, _ = _project(service, progress)
    return data, count


def _project(
    service: ProjectService, progress: reporting.Progress | None
) -> tuple[bytes, int, reporting.Counter]:
    with collection_paused():  # until the rows are freed: rows.annotation_rows says why
        try:
            return _archive(service, progress, streamed=True)
        except zip_members.TooLarge:  # read again (counted again) and written whole
            return _archive(service, progress, streamed=False)


def _archive(
    service: ProjectService, progress: reporting.Progress | None, *, streamed: bool
) -> tuple[bytes, int, reporting.Counter]:
    qde, texts, count, counter = project_xml(service, progress)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        if streamed:
            zip_members.write_streamed(archive, "project.qde", qde)
        else:
            archive.writestr("project.qde", b"".join(qde))
        for name, text in texts.items():
            archive.writestr(name, text.encode("utf-8"))
    return buffer.getvalue(), count, counter


def export_qdc(
    service: ProjectService, path: Path | str, *, progress: reporting.Progress | None = None
) -> int:
    """Write the codebook to ``path`` as REFI-QDA ``.qdc``; returns how many tags.
    It holds no annotations: ``progress`` hears (0, 0) before the codebook is read, and
    again before the file takes its place."""

    def make() -> reporting.Made:
        counter = reporting.Counter(progress, 0)
        data, count = codebook_bytes(service)
        return reporting.Made([data], counter, count)

    return reporting.write_counted(path, make)


def export_qdpx(
    service: ProjectService, path: Path | str, *, progress: reporting.Progress | None = None
) -> int:
    """Write the project to ``path`` as REFI-QDA ``.qdpx``; returns how many annotations.
    ``progress``: see ``reporting``."""

    def make() -> reporting.Made:
        data, count, counter = _project(service, progress)
        return reporting.Made([data], counter, count)

    return reporting.write_counted(path, make)
