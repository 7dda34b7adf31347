"""Reading a W3C file laid out as our exports lay it out, a line at a time, without
parsing it whole.

Our export (``exporters/w3c.py``, ``exporters/json_layout.py``) is an indented collection
whose one page lists its annotations one compact line each, from a template. Parsing such
a file whole made a million Python objects for 100,000 annotations (with Parallax's check
that no object gives a key twice, a call per object), and freeing them took a fifth of a
second more. Here the lines are matched against that template (``_ITEM``); what the
template fixes (the keys, in their order: no key twice) needs no check, what varies is
read from the match, and what many lines share (a document's source, a combination of
tags, a coder, a time) is read once and known again by its text.

A line the template does not fit, or one that meets a document or tag for the first
time, is parsed alone and read by ``_Reader.annotation`` as the whole file's reading
reads it. Whatever else differs (another layout, a line that does not parse, a lone
surrogate) returns False, and the caller reads the whole file the general way: its
results and its messages are the ones the user gets.
tests/unit/test_w3c_import_lines.py holds the two ways equal.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from desktop.core.incoming import IncomingAnnotation

if TYPE_CHECKING:
    from desktop.core.importers.w3c import _Reader

# A JSON string and a JSON whole number of our offsets' size, exactly as the standard
# spells them (possessive: no backtracking over 100,000 lines).
_STRING = r'"[^"\\\x00-\x1f]*+(?:\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})[^"\\\x00-\x1f]*+)*+"'
_WHOLE = r"(?:0|[1-9][0-9]{0,17})"
_TAG = (
    r'\{"type": "TextualBody", "purpose": "tagging", "value": @S, "format": "text/plain"\}, '
    r'\{"type": "SpecificResource", "purpose": "classifying", "source": @S, '
    r'"parallax:kind": @S\}'
)
_NOTE = r'\{"type": "TextualBody", "purpose": "commenting", "value": (@S), "format": "text/plain"\}'
# The groups: id, created, modified, creator, tags, note (after tags), note (alone),
# source, exact, prefix, suffix, start, end.
_ITEM = re.compile(
    (
        r'\{"@context": @S, "id": (@S), "type": "Annotation", "motivation": @S, '
        r'"created": (@S), "modified": (@S), "generated": @S'
        r'(?:, "creator": (\{"type": "Person", "name": @S\}))?'
        r"(?:, \"body\": \[(?:(@TAG(?:, @TAG)*+)(?:, @NOTE)?|@NOTE)\])?"
        r', "target": \{"source": (\{"id": @S, "type": "Text", "format": "text/plain", '
        r'"parallax:sha256": @S(?:, "language": @S)?\}), "selector": \[\{"type": '
        r'"TextQuoteSelector", "exact": (@S), "prefix": (@S), "suffix": (@S)\}, \{"type": '
        r'"TextPositionSelector", "start": (@W), "end": (@W)\}\]\}\}'
    )
    .replace("@TAG", _TAG)
    .replace("@NOTE", _NOTE)
    .replace("@S", _STRING)
    .replace("@W", _WHOLE)
)
_ITEMS = '"items": [\n'
_MARKER = '"\\u0000parallax: the lines"'  # stands for the listed lines in the frame


_SCAN: Callable[[str, int], tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]


def _text(token: str) -> str:
    """A matched JSON string's value (the scanner json's parser uses for one)."""
    return token[1:-1] if "\\" not in token else _SCAN(token, 1)[0]


@dataclass(slots=True)
class Known:
    """What lines read already, by its text in the line: it repeats."""

    times: dict[str, datetime] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)  # only documents the reader has
    coders: dict[str, str] = field(default_factory=dict)
    taggings: dict[str, tuple[str, ...]] = field(default_factory=dict)  # of tags it has


def read(reader: _Reader, body: str, parse: Callable[[str], Any]) -> bool:
    """Read ``body`` into ``reader`` if it is laid out as our exports lay it out; False
    (the reader then holds part of it) when it is not, or when any part of it needs the
    general way to say what is wrong with it. ``parse`` is the general way's parser of
    one value: it refuses what that refuses (a key twice, NaN), raising ValueError.
    Each line that fits the template goes to ``take``, the others (and those ``take``
    declines) to ``reader.annotation`` as the value they hold."""
    frame = _frame(body, parse)
    if frame is None:
        return False
    first, inner, close = frame
    separator = ",\n" + inner
    match = _ITEM.match
    number = 0
    at = first
    while True:
        number += 1
        line = match(body, at)
        if line is None or not take(reader, number, line):
            where = f"annotation {number}"
            begins = at
            ends = body.find("\n", begins)
            if ends < 0:
                return False
            if body[ends - 1] == ",":
                ends -= 1
            try:
                item = parse(body[begins:ends])
            except ValueError:
                return False
            reader.annotation(where, item)
            if line is not None:
                _learn(reader, line)
            at = ends
        else:
            at = line.end()
        if not body.startswith(separator, at):
            return at == close  # else what follows the line is not our layout
        at += len(separator)


def take(reader: _Reader, number: int, line: re.Match[str]) -> bool:
    """Read a line that fits the template, annotation ``number`` of the file, as
    ``_Reader._plain`` reads the annotation it holds; or return False before anything is
    recorded. (Its steps written out: a call less per string was a tenth of reading.)"""
    known = reader.known
    (ident, created, modified, creator, tagged, noted, note_alone, source, exact, before,
     after, start, end) = line.groups()  # fmt: skip
    document = known.sources.get(source)
    if document is None:
        return False
    ident = ident[1:-1] if "\\" not in ident else _SCAN(ident, 1)[0]
    quote = exact[1:-1] if "\\" not in exact else _SCAN(exact, 1)[0]
    first_at, last_at = int(start), int(end)
    ids = reader.ids
    if ident in ids or not quote or first_at >= last_at:
        return False
    tags: tuple[str, ...] = ()
    if tagged is not None:
        found = known.taggings.get(tagged)
        if found is None:
            return False
        tags = found
    times = known.times
    created_at = times.get(created)
    modified_at = times.get(modified)
    try:
        if created_at is None:
            created_at = times[created] = reader._time(_text(created))
        if modified_at is None:
            modified_at = times[modified] = reader._time(_text(modified))
    except (ValueError, TypeError):
        return False
    coder: str | None = None
    if creator is not None:
        coder = known.coders.get(creator)
        if coder is None:
            coder = known.coders[creator] = str(json.loads(creator)["name"]).strip()
    if noted is None:
        noted = note_alone
    if noted is None:
        note = ""
    else:
        note = noted[1:-1] if "\\" not in noted else _SCAN(noted, 1)[0]
        if not note.strip():
            note = ""
    where = f"annotation {number}"
    ids[ident] = where
    reader.incoming.annotations.append(
        IncomingAnnotation(
            document, first_at, last_at, quote,
            before[1:-1] if "\\" not in before else _SCAN(before, 1)[0],
            after[1:-1] if "\\" not in after else _SCAN(after, 1)[0],
            ident[9:].lower() if ident.startswith("urn:uuid:") else _uuid(ident),
            note, coder, created_at, modified_at, tags, f"{where} ({ident})",
        )
    )  # fmt: skip
    return True


def _frame(body: str, parse: Any) -> tuple[int, str, int] | None:
    """Where the lines start, their indent and where they end, if ``body`` is one
    collection whose one page lists them (its frame, the lines put aside, is parsed
    the general way); else None."""
    listed = body.find(_ITEMS)
    if listed < 0:
        return None
    line_start = body.rfind("\n", 0, listed) + 1
    indent = body[line_start:listed]
    if indent.strip(" ") or not body.startswith(indent + "  {", listed + len(_ITEMS)):
        return None
    closing = "\n" + indent + "]"
    close = body.find(closing, listed)
    if close < 0:
        return None
    outside = body[:listed] + '"items": ' + _MARKER + body[close + len(closing) :]
    if outside.count(_MARKER) != 1:
        return None
    try:
        data = parse(outside)
    except ValueError:
        return None
    kind = data.get("type") if isinstance(data, dict) else None
    first = data.get("first") if isinstance(data, dict) else None
    if (
        kind != "AnnotationCollection"
        or not isinstance(first, dict)
        or first.get("next") is not None
        or first.get("items") != json.loads(_MARKER)
    ):
        return None
    return listed + len(_ITEMS) + len(indent) + 2, indent + "  ", close


def _learn(reader: _Reader, line: re.Match[str]) -> None:
    """After the general way read a line: its source and tags, once the reader knows
    them, are known again by their text (as ``_plain`` would take them)."""
    sources, taggings = reader.known.sources, reader.known.taggings
    source = line.group(8)
    if source not in sources:
        ident = json.loads(source)["id"]
        if ident in reader.documents:
            sources[source] = ident
    tagged = line.group(5)
    if tagged is None or tagged in taggings:
        return
    bodies = json.loads(f"[{tagged}]")
    keys: list[str] = []
    for named, classed in zip(bodies[::2], bodies[1::2], strict=True):
        if not named["value"].strip() or classed["source"] not in reader.tags:
            return
        keys.append(classed["source"])
    taggings[tagged] = tuple(dict.fromkeys(keys)) if len(keys) > 1 else tuple(keys)


def _uuid(iri: str) -> str | None:
    return iri[9:].lower() if iri.lower().startswith("urn:uuid:") else None
