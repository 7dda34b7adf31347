"""Exports for machine-learning annotation tools: doccano, Label Studio and brat.

What all three share:

- A label is a tag's name; where two tags share a name (an actor and a theme both called
  “Russia”) each becomes “name (kind)”. An annotation with several tags gives one label
  per tag (doccano, brat) or one region with several labels (Label Studio).
- An annotation without tags is left out: these formats label spans, and a span without a
  label means nothing to them. The count returned is of the annotations written.
- Coders, times, prefixes and suffixes are not written; none of the formats has a place for
  them that the tools keep.

Per format:

- **doccano** (sequence labelling JSONL): one line per document,
  ``{"id", "text", "label": [[start, end, label], …]}`` plus the document's title and other
  metadata as top-level keys (doccano keeps unknown keys as the example's metadata and
  writes them back on export). Offsets count UTF-16 units, as doccano's editor does.
  ``id`` is the document uuid. A span has no identity or note in doccano: annotation uuids
  and notes are not written.
- **Label Studio** (JSON task list): one task per document, ``data`` holding the text, the
  title, the metadata and ``document_uuid``; its annotated spans are one ``annotations``
  entry whose results are ``labels`` regions (``from_name`` "label", ``to_name`` "text")
  with UTF-16 ``start``/``end``, the quoted ``text`` and the annotation uuid as the region
  ``id``. A note is a per-region ``textarea`` result (``from_name`` "note") sharing the
  region's id; ``label_studio_config`` gives the labelling configuration that shows both.
- **brat** (standoff): a zip holding one folder with ``<name>.txt`` (the stored text,
  UTF-8) and ``<name>.ann`` per document, ``annotation.conf`` and ``visual.conf``. brat
  counts code points of the ``.txt``. Tag names become brat-safe types (ASCII letters,
  digits, ``_`` and ``-``); ``visual.conf`` maps each back to the tag's name. A passage
  crossing a line break is written as fragments (``0 5;6 10``): brat forbids line breaks
  in an ``.ann`` line. A note is an ``AnnotatorNotes`` line on the first of the passage's
  entities, its line breaks and tabs turned into spaces. Overlapping entities are allowed.
"""

from __future__ import annotations

import io
import json
import re
import unicodedata
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple
from xml.sax.saxutils import quoteattr

from desktop.core.exporters import reporting, rows
from desktop.core.records import DocumentInfo, TagInfo
from desktop.core.utf16 import Utf16Offsets

if TYPE_CHECKING:
    from desktop.core.project import ProjectService

_METADATA = ("title", "language", "source", "url", "author", "published")


# -- shared ----------------------------------------------------------------------------


def labels(tags: Sequence[TagInfo]) -> dict[int, str]:
    """Tag id → a label unique in the project: the name, or “name (kind)” if it is shared."""
    shared = Counter(tag.name for tag in tags)
    result: dict[int, str] = {}
    taken: set[str] = set()
    for tag in sorted(tags, key=lambda t: (t.kind, t.position, t.id)):
        label = tag.name if shared[tag.name] == 1 else f"{tag.name} ({tag.kind})"
        result[tag.id] = _unique(label, taken, " ")
    return result


def _unique(name: str, taken: set[str], joiner: str) -> str:
    candidate, number = name, 1
    while candidate.casefold() in taken:
        number += 1
        candidate = f"{name}{joiner}{number}"
    taken.add(candidate.casefold())
    return candidate


class Span(NamedTuple):
    """What these formats write of an annotation."""

    id: int
    uuid: str
    start: int
    end: int
    quote: str
    note: str
    tag_ids: tuple[int, ...]


def _tag_labels(item: Span, names: dict[int, str]) -> list[str]:
    return sorted(names[t] for t in item.tag_ids)


def _by_document(found: rows.Annotations) -> dict[int, list[rows.AnnotationRow]]:
    """Each document's annotation rows, in reading order."""
    grouped: dict[int, list[rows.AnnotationRow]] = defaultdict(list)
    for row in found.rows:
        grouped[row[2]].append(row)
    return grouped


def _tagged(
    listed: Iterable[rows.AnnotationRow], tags: dict[int, tuple[int, ...]]
) -> Iterator[Span]:
    """The rows' annotations that have tags (the others are left out: see above)."""
    for ident, uuid, _, start, end, quote, _, _, note, *_ in listed:
        if tag_ids := tags.get(ident):
            yield Span(ident, uuid, start, end, quote, note, tag_ids)


def _in_utf16(
    found: rows.Snapshot, counter: reporting.Counter
) -> Iterator[tuple[DocumentInfo, str, Utf16Offsets, Iterable[Span]]]:
    """Each document with its text, the text's UTF-16 offsets (doccano and Label Studio
    count in them) and its tagged annotations, in order, counted to ``counter``."""
    grouped = _by_document(found.annotations)
    for document in found.documents:
        text = found.texts[document.id]
        items = _tagged(counter.over(grouped.get(document.id, [])), found.annotations.tags)
        yield document, text, Utf16Offsets(text), items


def _metadata(document: DocumentInfo) -> dict[str, str]:
    return {key: value for key in _METADATA if (value := getattr(document, key))}


def _json_bytes(value: Any, *, indent: int | None = None) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=indent).encode("utf-8")


# -- doccano ---------------------------------------------------------------------------


def doccano_lines(
    found: rows.Snapshot, counter: reporting.Counter, made: reporting.Made
) -> Iterator[dict[str, Any]]:
    """Each document's line, counting the annotations written in ``made``."""
    names = labels(found.tags)
    for document, text, units, items in _in_utf16(found, counter):
        spans: list[list[Any]] = []
        for item in items:
            made.count += 1
            start, end = units.to_utf16(item.start), units.to_utf16(item.end)
            spans.extend([start, end, label] for label in _tag_labels(item, names))
        spans.sort()
        yield {"id": document.uuid, "text": text, "label": spans, **_metadata(document)}


def export_doccano(
    service: ProjectService, path: Path | str, *, progress: reporting.Progress | None = None
) -> int:
    """Write a doccano sequence-labelling JSONL file; returns the annotations written.
    ``progress``: see ``reporting``."""

    def make() -> reporting.Made:
        found, counter = rows.snapshot(service, progress, with_texts=True)
        made = reporting.Made([], counter)
        lines = doccano_lines(found, counter, made)
        made.pieces = (_json_bytes(line) + b"\n" for line in lines)
        return made

    return reporting.write_counted(path, make)


# -- Label Studio ----------------------------------------------------------------------


def label_studio_tasks(
    found: rows.Snapshot, counter: reporting.Counter, made: reporting.Made
) -> Iterator[tuple[dict[str, Any], Iterator[dict[str, Any]]]]:
    """Each document's task without its results (``annotations``, left out when there
    are none), and the results, made as they are taken, counting the annotations written
    in ``made``."""
    names = labels(found.tags)
    for document, text, units, items in _in_utf16(found, counter):
        data = {"text": text, **_metadata(document), "document_uuid": document.uuid}
        yield {"data": data}, _results(items, units, names, made)


def _results(
    items: Iterable[Span], units: Utf16Offsets, names: dict[int, str], made: reporting.Made
) -> Iterator[dict[str, Any]]:
    for item in items:
        made.count += 1
        start, end = units.to_utf16(item.start), units.to_utf16(item.end)
        yield {
            "id": item.uuid,
            "from_name": "label",
            "to_name": "text",
            "type": "labels",
            "value": {
                "start": start,
                "end": end,
                "text": item.quote,
                "labels": _tag_labels(item, names),
            },
        }
        if item.note:
            yield {
                "id": item.uuid,
                "from_name": "note",
                "to_name": "text",
                "type": "textarea",
                "value": {"start": start, "end": end, "text": [item.note]},
            }


def label_studio_config(tags: Sequence[TagInfo]) -> str:
    """The labelling configuration (XML) that shows an exported file's labels and notes."""
    names = labels(tags)
    by_id = {tag.id: tag for tag in tags}
    lines = ["<View>", '  <Labels name="label" toName="text" choice="multiple">']
    for tag_id, label in sorted(names.items(), key=lambda item: item[1].casefold()):
        colour = by_id[tag_id].colour
        lines.append(f"    <Label value={quoteattr(label)} background={quoteattr(colour)}/>")
    lines += [
        "  </Labels>",
        '  <Text name="text" value="$text"/>',
        '  <TextArea name="note" toName="text" perRegion="true" editable="true"/>',
        "</View>",
    ]
    return "\n".join(lines) + "\n"


def export_label_studio(
    service: ProjectService, path: Path | str, *, progress: reporting.Progress | None = None
) -> int:
    """Write a Label Studio JSON task list; returns the annotations written.
    ``progress``: see ``reporting``. Written a task at a time, as ``json.dumps(tasks,
    indent=2)`` writes the whole list."""

    def make() -> reporting.Made:
        found, counter = rows.snapshot(service, progress, with_texts=True)
        made = reporting.Made([], counter)
        made.pieces = _listed(label_studio_tasks(found, counter, made))
        return made

    return reporting.write_counted(path, make)


_RESULTS = json.dumps("\x00results")  # stored texts never hold a NUL


def _listed(tasks: Iterator[tuple[dict[str, Any], Iterator[dict[str, Any]]]]) -> Iterator[bytes]:
    """The tasks as ``json.dumps(tasks, ensure_ascii=False, indent=2)`` writes them (the
    results in their place), and a line break: a few hundred results at a time, as they
    are made (one document may have thousands, and the indenting encoder is slow)."""
    opening = "[\n  "
    for task, results in tasks:
        first = next(results, None)
        if first is None:
            yield (opening + _indented(task, "\n  ")).encode("utf-8")
        else:
            listed = task | {"annotations": [{"result": ["\x00results"]}]}
            frame = _indented(listed, "\n  ")
            at = frame.index(_RESULTS)
            inner = frame[frame.rindex("\n", 0, at) : at]  # its line break and indent
            separator = "," + inner
            batch = [opening + frame[:at] + _indented(first, inner)]
            for result in results:
                batch.append(separator + _indented(result, inner))
                if len(batch) >= rows.BATCH:
                    yield "".join(batch).encode("utf-8")
                    batch = []
            batch.append(frame[at + len(_RESULTS) :])
            yield "".join(batch).encode("utf-8")
        opening = ",\n  "
    yield b"[]\n" if opening.startswith("[") else b"\n]\n"


def _indented(value: Any, line_break: str) -> str:
    """``value`` as ``json.dumps(value, ensure_ascii=False, indent=2)`` writes it, each
    line break followed by ``line_break``'s indent (it is nested that deep)."""
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", line_break)


# -- brat ------------------------------------------------------------------------------

_UNSAFE_TYPE = re.compile(r"[^A-Za-z0-9_-]+")
_UNSAFE_FILE = re.compile(r"[^\w.-]+")
# Characters brat's line reader breaks lines at, besides what normalising removes.
_LINE_BREAKS = re.compile("[\n\u2028\u2029]")
_NOTE_BREAKS = re.compile("[\t\n\u2028\u2029]+")
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10))}
_RESERVED |= {f"lpt{i}" for i in range(10)}


def _ascii(name: str) -> str:
    """Latin letters without their accents (“Thổ” → “Tho”); other scripts are dropped."""
    decomposed = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    return decomposed.encode("ascii", "ignore").decode("ascii")


def brat_types(names: dict[int, str]) -> dict[int, str]:
    """Tag id → a unique brat type made of ASCII letters, digits, ``_`` and ``-``."""
    taken: set[str] = set()
    result: dict[int, str] = {}
    for tag_id, label in names.items():
        safe = _UNSAFE_TYPE.sub("_", _ascii(label)).strip("_-") or "Tag"
        if not safe[0].isalpha():
            safe = f"Tag_{safe}"
        result[tag_id] = _unique(safe, taken, "_")
    return result


def _file_names(documents: Sequence[DocumentInfo]) -> list[str]:
    taken: set[str] = set()
    result = []
    for document in documents:
        stem = _UNSAFE_FILE.sub("_", document.title).strip("._")[:80].rstrip("._")
        if not stem or stem.casefold() in _RESERVED:
            stem = f"document_{stem}".rstrip("_")
        result.append(_unique(stem, taken, "_"))
    return result


def _fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The passage cut at line breaks, which are left out; empty pieces are dropped."""
    pieces: list[tuple[int, int]] = []
    at = start
    for brk in _LINE_BREAKS.finditer(text, start, end):
        if brk.start() > at:
            pieces.append((at, brk.start()))
        at = brk.end()
    if end > at:
        pieces.append((at, end))
    return pieces


def brat_standoff(text: str, items: Iterable[Span], types: dict[int, str]) -> str:
    """The ``.ann`` file of one document."""
    lines: list[str] = []
    entity = note = 0
    for item in items:
        pieces = _fragments(text, item.start, item.end)
        if not pieces:  # only line breaks: brat cannot hold it
            continue
        spans = ";".join(f"{s} {e}" for s, e in pieces)
        quote = " ".join(text[s:e] for s, e in pieces)
        first = entity + 1
        for tag_type in sorted(types[t] for t in item.tag_ids):
            entity += 1
            lines.append(f"T{entity}\t{tag_type} {spans}\t{quote}")
        flat = _NOTE_BREAKS.sub(" ", item.note).strip()
        if flat:
            note += 1
            lines.append(f"#{note}\tAnnotatorNotes T{first}\t{flat}")
    return "".join(line + "\n" for line in lines)


def _annotation_conf(types: Iterable[str]) -> str:
    return (
        "# Written by Parallax: one entity type per tag.\n[entities]\n"
        + "".join(f"{t}\n" for t in types)
        + "\n[relations]\n# Passages may overlap, as they do in Parallax.\n"
        "<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n"
        "\n[events]\n\n[attributes]\n"
    )


def _visual_conf(types: dict[int, str], names: dict[int, str], tags: Sequence[TagInfo]) -> str:
    colours = {tag.id: tag.colour for tag in tags}
    label_lines, drawing = [], []
    for tag_id, tag_type in types.items():
        name = names[tag_id]
        if "|" not in name:  # the separator of the [labels] section
            label_lines.append(f"{tag_type} | {name}\n")
        if colours[tag_id]:
            drawing.append(f"{tag_type}\tbgColor:{colours[tag_id]}\n")
    return "[labels]\n" + "".join(label_lines) + "\n[drawing]\n" + "".join(drawing)


def export_brat(
    service: ProjectService, path: Path | str, *, progress: reporting.Progress | None = None
) -> int:
    """Write a zip of brat standoff files; returns the annotations written.
    ``progress``: see ``reporting``."""

    def make() -> reporting.Made:
        found, counter = rows.snapshot(service, progress, with_texts=True)
        data, written = _brat_zip(found, counter)
        return reporting.Made([data], counter, written)

    return reporting.write_counted(path, make)


def _brat_zip(found: rows.Snapshot, counter: reporting.Counter) -> tuple[bytes, int]:
    tags = found.tags
    names = labels(tags)
    types = brat_types(names)
    grouped = _by_document(found.annotations)
    documents = found.documents
    folder = _UNSAFE_FILE.sub("_", found.info.name).strip("._") or "parallax"
    written = 0
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for document, stem in zip(documents, _file_names(documents), strict=True):
            text = found.texts[document.id]
            listed = counter.over(grouped.get(document.id, []))
            items = list(_tagged(listed, found.annotations.tags))
            written += sum(1 for item in items if _fragments(text, item.start, item.end))
            archive.writestr(f"{folder}/{stem}.txt", text.encode("utf-8"))
            archive.writestr(
                f"{folder}/{stem}.ann", brat_standoff(text, items, types).encode("utf-8")
            )
        ordered = sorted(types.values(), key=str.casefold)
        archive.writestr(f"{folder}/annotation.conf", _annotation_conf(ordered).encode("utf-8"))
        visual = _visual_conf(types, names, tags)
        archive.writestr(f"{folder}/visual.conf", visual.encode("utf-8"))
    return buffer.getvalue(), written
