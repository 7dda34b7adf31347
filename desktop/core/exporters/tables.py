"""Flat exports for spreadsheets, pandas and R: coded segments (one row per annotation ×
tag) as CSV or JSON, and the tag × document matrix and co-occurrence tables as CSV.

CSV is written as UTF-8 with a byte-order mark, so Excel opens Vietnamese or Arabic text
correctly, and with the standard quoting of Python's csv module (RFC 4180).

Orphans (not found again in a replaced text) are left out: their offsets would be wrong.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.core import analysis
from desktop.core.exporters import reporting, rows
from desktop.core.exporters.spreadsheet_csv import csv_bytes, csv_row_bytes
from desktop.core.files import write_atomically
from desktop.core.project import ProjectService
from desktop.core.records import TagInfo
from desktop.core.service_base import aware

SEGMENT_FIELDS = (
    "document_uuid", "document_title", "document_language", "document_outlet",
    "document_author", "document_published", "document_url",
    "annotation_uuid", "start", "end", "quote", "note", "coder", "created", "updated",
    "tag_uuid", "tag_name", "tag_kind", "tag_parent",
)  # fmt: skip


def segments(
    service: ProjectService, *, progress: reporting.Progress | None = None
) -> list[dict[str, Any]]:
    """One row per annotation × tag (an annotation without tags gives one row with the
    tag fields empty), in project and reading order. Offsets count code points."""
    return [row for batch in _segments(service, progress)[0] for row in batch]


def _segments(
    service: ProjectService, progress: reporting.Progress | None
) -> tuple[Iterator[list[dict[str, Any]]], reporting.Counter]:
    """``segments`` a batch at a time, as they are made from one snapshot, the steps
    counted to ``progress`` (see ``reporting``) by the counter returned."""
    found, counter = rows.snapshot(service, progress)
    documents = {d.id: d for d in found.documents}
    tags = {t.id: t for t in found.tags}
    times = _IsoTimes()

    def batches() -> Iterator[list[dict[str, Any]]]:
        made: list[dict[str, Any]] = []
        for (ident, uuid, document_id, start, end, quote, _, _, note, coder, created,
             updated) in counter.over(found.annotations.rows):  # fmt: skip
            document = documents[document_id]
            shared = {
                "document_uuid": document.uuid, "document_title": document.title,
                "document_language": document.language, "document_outlet": document.source,
                "document_author": document.author, "document_published": document.published,
                "document_url": document.url, "annotation_uuid": uuid,
                "start": start, "end": end, "quote": quote, "note": note, "coder": coder,
                "created": times[created], "updated": times[updated],
            }  # fmt: skip
            tag_ids = found.annotations.tags.get(ident, ())
            carried: list[TagInfo | None] = [tags[t] for t in tag_ids if t in tags]
            for tag in carried or [None]:
                parent = tags.get(tag.parent_id) if tag and tag.parent_id else None
                made.append(
                    shared
                    | {
                        "tag_uuid": tag.uuid if tag else "",
                        "tag_name": tag.name if tag else "",
                        "tag_kind": tag.kind if tag else "",
                        "tag_parent": parent.name if parent else "",
                    }
                )
            if len(made) >= rows.BATCH:
                yield made
                made = []
        yield made

    return batches(), counter


class _IsoTimes(dict[str | datetime, str]):
    """Stored time → ``isoformat()`` of the aware time the model reads, each once (a
    server's driver hands over the datetime itself)."""

    def __missing__(self, stored: str | datetime) -> str:
        moment = stored if isinstance(stored, datetime) else datetime.fromisoformat(stored)
        self[stored] = formatted = aware(moment).isoformat()
        return formatted


def export_segments_csv(
    service: ProjectService, path: Path | str, *, progress: reporting.Progress | None = None
) -> int:
    def make() -> reporting.Made:
        batches, counter = _segments(service, progress)

        def pieces() -> Iterator[bytes]:
            yield csv_bytes(SEGMENT_FIELDS, [])  # the header, after the byte-order mark
            for batch in batches:
                made.count += len(batch)
                yield csv_row_bytes([[r[f] for f in SEGMENT_FIELDS] for r in batch])

        made = reporting.Made(pieces(), counter)
        return made

    return reporting.write_counted(path, make)


def export_segments_json(
    service: ProjectService, path: Path | str, *, progress: reporting.Progress | None = None
) -> int:
    """A JSON array of flat objects (``pandas.read_json(path)``, ``jsonlite::fromJSON``),
    as ``json.dumps(segments, ensure_ascii=False, indent=1)`` writes it."""

    def make() -> reporting.Made:
        batches, counter = _segments(service, progress)

        def pieces() -> Iterator[bytes]:
            for batch in batches:
                if batch:
                    opening = "[\n" if not made.count else ",\n"
                    yield (opening + ",\n".join(map(_json_segment, batch))).encode("utf-8")
                    made.count += len(batch)
            yield b"\n]\n" if made.count else b"[]\n"

        made = reporting.Made(pieces(), counter)
        return made

    return reporting.write_counted(path, make)


_KEYS = {field: json.encoder.encode_basestring(field) for field in SEGMENT_FIELDS}


def _json_segment(row: dict[str, Any]) -> str:
    """A segment as ``json.dumps`` with ``indent=1`` writes it in the list, from a template:
    its indenting encoder is written in Python, and took seconds for 100,000."""
    return (
        " {\n" + ",\n".join(f"  {_KEYS[f]}: {_json_value(row[f])}" for f in SEGMENT_FIELDS) + "\n }"
    )


def _json_value(value: Any) -> str:
    if type(value) is str:
        return json.encoder.encode_basestring(value)
    if type(value) is int:
        return int.__repr__(value)
    return json.dumps(value, ensure_ascii=False)


def matrix_rows(
    table: analysis.Matrix, tags: Sequence[TagInfo], measure: analysis.Measure
) -> tuple[list[str], list[list[Any]]]:
    """Header and rows of the matrix: one row per tag (kind, name, cells, total) and a
    last row of column totals. Coverage is a percentage with two decimals."""

    def cell(value: float) -> Any:
        return round(value * 100, 2) if measure == "coverage" else value

    labels: list[str] = []
    for column in table.columns:  # two documents may share a title: keep headers unique
        label, copy = column.label, 1
        while label in labels:
            copy += 1
            label = f"{column.label} ({copy})"
        labels.append(label)
    header = ["kind", "tag", "parent", *labels, "total"]
    names = {t.id: t.name for t in tags}
    rows: list[list[Any]] = []
    for tag in tags:
        if measure == "coverage":
            values = [table.coverage(tag.id, i) for i in range(len(table.columns))]
            total = table.tag_coverage(tag.id)
        else:
            values = [table.count(tag.id, i) for i in range(len(table.columns))]
            total = table.tag_passages.get(tag.id, 0)
        parent = names.get(tag.parent_id, "") if tag.parent_id else ""
        rows.append([tag.kind, tag.name, parent, *(cell(v) for v in values), cell(total)])
    if measure == "coverage":
        totals = [table.column_coverage(i) for i in range(len(table.columns))]
        length = sum(c.length for c in table.columns)
        overall = sum(table.column_covered) / length if length else 0.0
    else:
        totals = list(table.column_passages)
        overall = sum(table.column_passages)
    rows.append(["", "all tags", "", *(cell(v) for v in totals), cell(overall)])
    return header, rows


def export_matrix_csv(
    table: analysis.Matrix, tags: Sequence[TagInfo], measure: analysis.Measure, path: Path | str
) -> None:
    write_atomically(path, csv_bytes(*matrix_rows(table, tags, measure)))


def export_cooccurrence_csv(
    counts: dict[tuple[int, int], int],
    rows: Sequence[TagInfo],
    columns: Sequence[TagInfo],
    path: Path | str,
) -> None:
    header = ["", *(c.name for c in columns)]
    body = [
        [r.name, *("" if r.id == c.id else counts.get((r.id, c.id), 0) for c in columns)]
        for r in rows
    ]  # a tag with itself is no pair: empty, as on screen
    write_atomically(path, csv_bytes(header, body))
