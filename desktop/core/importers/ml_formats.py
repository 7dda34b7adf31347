"""Reading doccano JSONL and Label Studio JSON into ``Incoming`` (brat is in ``brat.py``).

Both tools count offsets in UTF-16 units of the text they hold, which may have CRLF line
ends or decomposed accents: an offset goes UTF-16 → code points of that raw text → code
points of the text as Parallax normalises it. Labels become tags matched by name alone.
Spans with the same offsets in one doccano line are one passage with several tags, as
Parallax's doccano export writes them. What Parallax's exports put in (document uuids and
metadata, region ids that are annotation uuids, per-region notes) is read back.

- **doccano**: JSONL, one example per line (a JSON array of them is read too), with the
  text under ``text`` and spans under ``label`` (older files: ``labels``; relation
  projects: ``entities`` of ``{"start_offset", "end_offset", "label"}``). A uuid-shaped
  ``id`` is the document's uuid. Comments are per example, not per span: not read.
- **Label Studio**: the JSON export (a list of tasks, or one task). The text is
  ``data.text``, or the only string in ``data``. Every submitted annotation's ``labels``
  results are read; cancelled annotations, predictions, and results of other kinds
  (choices, relations, whole-text text areas) are listed as skipped. A per-region
  ``textarea`` result is the note of the region sharing its id.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.core.importers.base import LONE_SURROGATE, ImportFailure, lone_surrogate, read_whole
from desktop.core.importers.problems import Problems
from desktop.core.incoming import (
    Incoming,
    IncomingAnnotation,
    IncomingDocument,
    IncomingError,
    IncomingTag,
)
from desktop.core.text import normalise, normalise_mapped
from desktop.core.utf16 import SurrogateSplitError, Utf16Offsets

MAX_BYTES = 512 * 1024 * 1024
DOCCANO = "doccano JSONL"
LABEL_STUDIO = "Label Studio JSON"

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_METADATA = ("language", "source", "url", "author", "published")


# -- shared with brat.py ---------------------------------------------------------------


class Problem(ValueError):
    """One thing wrong at one place in a file; collected into one ``IncomingError``."""


def read_limited(path: Path, what: str) -> bytes:
    """The bytes of ``path``; ``IncomingError`` naming it when it is no file that can be
    read whole (``what`` is what it should be: “a doccano JSONL file”)."""
    try:
        return read_whole(path, limit=MAX_BYTES, what=what)
    except ImportFailure as failure:
        raise IncomingError(f"{path.name}: {failure}.") from None


def decode(data: bytes, name: str, *, bom: bool = True) -> str:
    """UTF-8 text; with ``bom`` a byte-order mark is dropped (it belongs to the file)."""
    try:
        return data.decode("utf-8-sig" if bom else "utf-8")
    except UnicodeDecodeError as error:
        raise IncomingError(f"{name}: is not UTF-8 text (byte {error.start:,}).") from error


def looks_like_uuid(value: Any) -> str | None:
    return value.lower() if isinstance(value, str) and _UUID.fullmatch(value) else None


class RawText:
    """A text as another tool held it, and how its offsets map onto the normalised text."""

    def __init__(self, raw: str) -> None:
        try:
            raw.encode("utf-8")
        except UnicodeEncodeError as error:
            raise Problem("the text holds an unpaired surrogate, which is not text") from error
        self.raw = raw
        self.text, self._map = normalise_mapped(raw)
        self._units: Utf16Offsets | None = None

    def span(self, start: Any, end: Any, *, utf16: bool) -> tuple[int, int]:
        """Offsets in the raw text (UTF-16 units or code points) → normalised code points.

        ``Problem`` for offsets that are not whole numbers, are outside the text, split a
        character, or cover only what normalising removes.
        """
        units = self.units if utf16 else None
        length = units.length if units else len(self.raw)
        unit = "UTF-16 units" if utf16 else "characters"
        for name, value in (("start", start), ("end", end)):
            if not isinstance(value, int) or isinstance(value, bool):
                raise Problem(f"{name} {json.dumps(value)[:40]} is not a whole number")
            if value < 0:
                raise Problem(f"{name} {value} is negative")
            if value > length:
                raise Problem(f"{name} {value} is beyond the text ({length:,} {unit})")
        if end <= start:
            raise Problem(f"end {end} is not after start {start}")
        if units:
            try:
                start = units.to_code_points(start)
            except SurrogateSplitError:
                raise Problem(f"start {start} splits a character (an emoji?) in two") from None
            try:
                end = units.to_code_points(end)
            except SurrogateSplitError:
                raise Problem(f"end {end} splits a character (an emoji?) in two") from None
        begins, ends = self._map(start), self._map(end)
        if ends <= begins:
            raise Problem("the passage holds only characters Parallax removes from texts")
        return begins, ends

    @property
    def units(self) -> Utf16Offsets:
        if self._units is None:
            self._units = Utf16Offsets(self.raw)
        return self._units


@dataclass
class Collector:
    """Builds an ``Incoming``: tags by label in order of appearance, spans per document."""

    incoming: Incoming
    _tags: set[str] = field(default_factory=set)

    def tag(self, label: str, name: str | None = None) -> str:
        if label not in self._tags:
            self._tags.add(label)
            self.incoming.tags.append(IncomingTag(key=label, name=name or label, kind=""))
        return label

    def document(
        self, key: str, raw: RawText, fields: dict[str, Any], filename: str | None = None
    ) -> None:
        self.incoming.documents.append(
            IncomingDocument(
                key=key,
                title=_text(fields.get("title")) or _opening(raw.text) or key,
                text=raw.text,
                original_filename=filename or self.incoming.path.name,
                uuid=looks_like_uuid(fields.get("document_uuid") or fields.get("id")),
                **{name: _text(fields.get(name)) for name in _METADATA},
            )
        )


def _opening(text: str, size: int = 60) -> str:
    """A title for a text that has none: its first line, cut at a word."""
    line = text.strip().split("\n", 1)[0].strip()
    return line if len(line) <= size else line[:size].rsplit(" ", 1)[0] + "…"


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def quote_of(value: Any) -> str | None:
    return normalise(value) if isinstance(value, str) and value else None


def _json_error(name: str, error: json.JSONDecodeError) -> str:
    return f"{name}: is not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})."


def _load_json(body: str, name: str) -> Any:
    try:
        data = json.loads(body)
    except json.JSONDecodeError as error:
        raise IncomingError(_json_error(name, error)) from error
    except (ValueError, RecursionError) as error:
        raise IncomingError(f"{name}: is not valid JSON ({error}).") from error
    if lone_surrogate(data, body):
        raise IncomingError(f"{name}: {LONE_SURROGATE}.")
    return data


def _kind(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "true or false"}
    return "null" if value is None else names.get(type(value), "a number")


# -- doccano ---------------------------------------------------------------------------


def _doccano_rows(body: str, name: str, problems: Problems) -> Iterator[tuple[str, Any]]:
    if body.lstrip().startswith("["):  # a JSON export rather than JSONL
        rows = _load_json(body, name)
        yield from ((f"item {n}", row) for n, row in enumerate(rows, 1))
        return
    # Only "\n" ends a JSONL line: U+2028 and friends may stand unescaped in a string.
    for number, line in enumerate(body.split("\n"), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            problems.add(f"line {number}", f"is not valid JSON: {error.msg} (column {error.colno})")
            continue
        except (ValueError, RecursionError) as error:
            problems.add(f"line {number}", f"is not valid JSON ({error})")
            continue
        if lone_surrogate(row, line):
            problems.add(f"line {number}", LONE_SURROGATE)
        else:
            yield f"line {number}", row


def _doccano_span(entry: Any) -> tuple[Any, Any, Any]:
    if isinstance(entry, list) and len(entry) == 3:
        return entry[0], entry[1], entry[2]
    if isinstance(entry, dict) and {"start_offset", "end_offset", "label"} <= entry.keys():
        return entry["start_offset"], entry["end_offset"], entry["label"]
    raise Problem(
        f"is {_kind(entry)}, not a [start, end, label] span"
        + (" (is this a text-classification file?)" if isinstance(entry, str) else "")
    )


def read_doccano(path: Path | str) -> Incoming:
    """A doccano sequence-labelling JSONL file as ``Incoming``; ``IncomingError`` if bad."""
    path = Path(path)
    body = decode(read_limited(path, "a doccano JSONL file"), path.name)
    problems = Problems()
    incoming = Incoming(path=path, format=DOCCANO)
    collect = Collector(incoming)
    for where, row in _doccano_rows(body, path.name, problems):
        try:
            _doccano_row(where, row, collect, problems)
        except Problem as problem:
            problems.add(where, str(problem))
    problems.raise_if_any(path.name, DOCCANO)
    if not incoming.documents:
        raise IncomingError(f"{path.name}: holds no doccano examples.")
    return incoming


def _doccano_row(where: str, row: Any, collect: Collector, problems: Problems) -> None:
    if not isinstance(row, dict):
        raise Problem(f"is {_kind(row)}, not an object with a text")
    if not isinstance(row.get("text"), str):
        raise Problem('has no "text"' if "text" not in row else '"text" is not a string')
    raw = RawText(row["text"])
    key = next((k for k in ("label", "labels", "entities") if k in row), None)
    entries = row.get(key) if key else []
    if not isinstance(entries, list):
        raise Problem(f'"{key}" is {_kind(entries)}, not a list of spans')
    spans: dict[tuple[int, int], list[str]] = {}
    wheres: dict[tuple[int, int], str] = {}
    for number, entry in enumerate(entries, 1):
        at = f"{where}, span {number}"
        try:
            start, end, label = _doccano_span(entry)
            if not isinstance(label, str) or not label.strip():
                raise Problem("has no label")
            span = raw.span(start, end, utf16=True)
        except Problem as problem:
            problems.add(at, str(problem))
            continue
        labels = spans.setdefault(span, [])
        wheres.setdefault(span, at)
        if label.strip() not in labels:
            labels.append(collect.tag(label.strip()))
    meta = row["meta"] if isinstance(row.get("meta"), dict) else {}
    collect.document(where, raw, {**meta, **row})
    collect.incoming.annotations.extend(
        IncomingAnnotation(
            document=where, start=start, end=end, tags=tuple(tags), where=wheres[(start, end)]
        )
        for (start, end), tags in spans.items()
    )


# -- Label Studio ----------------------------------------------------------------------


def read_label_studio(path: Path | str) -> Incoming:
    """A Label Studio JSON export as ``Incoming``; ``IncomingError`` if it is not one."""
    path = Path(path)
    data = read_limited(path, "a Label Studio JSON file")
    tasks = _load_json(decode(data, path.name), path.name)
    if isinstance(tasks, dict):
        tasks = [tasks]
    if not isinstance(tasks, list):
        raise IncomingError(f"{path.name}: holds {_kind(tasks)}, not a list of tasks.")
    problems = Problems()
    incoming = Incoming(path=path, format=LABEL_STUDIO)
    collect = Collector(incoming)
    skipped: dict[str, int] = {}
    for number, task in enumerate(tasks, 1):
        try:
            _task(f"task {number}", task, collect, problems, skipped)
        except Problem as problem:
            problems.add(f"task {number}", str(problem))
    problems.raise_if_any(path.name, LABEL_STUDIO)
    if not incoming.documents:
        raise IncomingError(f"{path.name}: holds no Label Studio tasks.")
    incoming.skipped.extend(f"{count} {what} skipped" for what, count in skipped.items())
    return incoming


def _task_text(data: Any) -> str:
    if not isinstance(data, dict):
        raise Problem('has no "data" object')
    if isinstance(data.get("text"), str):
        return str(data["text"])
    strings = [value for value in data.values() if isinstance(value, str)]
    if len(strings) != 1:
        raise Problem('has no text: give it as "data": {"text": …}')
    return strings[0]


def _task(
    where: str, task: Any, collect: Collector, problems: Problems, skipped: dict[str, int]
) -> None:
    if not isinstance(task, dict):
        raise Problem(f"is {_kind(task)}, not a task object")
    raw = RawText(_task_text(task.get("data")))
    collect.document(where, raw, task["data"])
    if isinstance(task.get("predictions"), list) and task["predictions"]:
        _count(skipped, "predictions (a model's suggestions)", len(task["predictions"]))
    annotations = task.get("annotations", task.get("completions", []))
    if not isinstance(annotations, list):
        raise Problem(f'"annotations" is {_kind(annotations)}, not a list')
    for number, annotation in enumerate(annotations, 1):
        at = where if len(annotations) == 1 else f"{where}, annotation {number}"
        if not isinstance(annotation, dict) or not isinstance(annotation.get("result"), list):
            problems.add(at, 'is not an annotation with a "result" list')
        elif annotation.get("was_cancelled") is True:
            _count(skipped, "cancelled annotations")
        else:
            _results(at, where, annotation, raw, collect, problems, skipped)


def _count(skipped: dict[str, int], what: str, number: int = 1) -> None:
    skipped[what] = skipped.get(what, 0) + number


@dataclass
class _Region:
    start: int
    end: int
    labels: list[str]
    quote: str | None
    where: str
    notes: list[str] = field(default_factory=list)


def _results(
    at: str,
    document: str,
    annotation: dict[str, Any],
    raw: RawText,
    collect: Collector,
    problems: Problems,
    skipped: dict[str, int],
) -> None:
    regions: dict[str, _Region] = {}
    notes: list[tuple[str, list[str]]] = []  # (region id, texts)
    for number, result in enumerate(annotation["result"], 1):
        where = f"{at}, result {number}"
        try:
            if not isinstance(result, dict):
                raise Problem(f"is {_kind(result)}, not a result object")
            kind, value = result.get("type"), result.get("value")
            if not isinstance(value, dict):
                raise Problem('has no "value" object')
            region_id = str(result.get("id", where))
            if kind == "labels":
                labels = value.get("labels")
                if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
                    raise Problem('"labels" is not a list of names')
                start, end = raw.span(value.get("start"), value.get("end"), utf16=True)
                names = [collect.tag(x.strip()) for x in dict.fromkeys(labels) if x.strip()]
                quote = quote_of(value.get("text"))
                same = regions.get(region_id)
                if same and (same.start, same.end) == (start, end):  # one region, two controls
                    same.labels.extend(n for n in names if n not in same.labels)
                else:
                    regions[region_id] = _Region(start, end, names, quote, where)
            elif kind == "textarea" and "start" in value and isinstance(value.get("text"), list):
                notes.append((region_id, [t for t in value["text"] if isinstance(t, str)]))
            else:
                _count(skipped, f"{kind if isinstance(kind, str) else 'unknown'} results")
        except Problem as problem:
            problems.add(where, str(problem))
    for region_id, texts in notes:
        if region_id in regions:
            regions[region_id].notes.extend(texts)
        else:
            _count(skipped, "notes on no labelled region")
    coder = annotation.get("completed_by")
    created, updated = _time(annotation.get("created_at")), _time(annotation.get("updated_at"))
    for region_id, region in regions.items():
        collect.incoming.annotations.append(
            IncomingAnnotation(
                document=document,
                start=region.start,
                end=region.end,
                quote=region.quote,
                uuid=looks_like_uuid(region_id),
                note=normalise("\n".join(region.notes)).strip(),
                # Label Studio names its users by a number, which is no coder's name.
                coder=_text(coder.get("email")) if isinstance(coder, dict) else None,
                created_at=created,
                updated_at=updated or created,
                tags=tuple(region.labels),
                where=region.where,
            )
        )


def _time(value: Any) -> datetime | None:
    """An aware time from Label Studio's ISO stamps; None for anything else."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
        return moment.astimezone(UTC) if moment.tzinfo is not None else None
    except (ValueError, OverflowError):  # OverflowError: year 1 east of UTC, 9999 west
        return None
