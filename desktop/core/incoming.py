"""Annotation work read from another file, before it is merged into a project.

Every reader of annotations (W3C JSON, project JSON, REFI-QDA, doccano, Label Studio,
brat) turns its file into one ``Incoming``; ``merging.py`` alone decides what of it is new,
what matches the project and what conflicts, so every format merges by the same rules.
Keys tie the parts together inside one file; uuids, where a file has them, match parts
already in the project. Offsets are Unicode code points of the text as Parallax
normalises it (readers of formats that count otherwise convert before this point).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path


class IncomingError(ValueError):
    """A file that cannot be read as annotations; the message names the file and why."""


@dataclass(frozen=True, slots=True)
class IncomingDocument:
    key: str  # the file's own name for the document
    title: str = ""
    text: str | None = None  # None: the file does not carry the text (W3C); must be matched
    uuid: str | None = None  # a Parallax document uuid, matched first
    text_sha256: str | None = None  # matched next; computed from ``text`` when it is given
    language: str = ""
    source: str = ""
    url: str = ""
    author: str = ""
    published: str = ""
    original_filename: str = ""


@dataclass(frozen=True, slots=True)
class IncomingTag:
    key: str
    name: str
    kind: str = ""  # "" when the file does not say: matched by name alone, else "imported"
    uuid: str | None = None
    parent: str | None = None  # key of another incoming tag
    colour: str | None = None  # "#rrggbb"; None: the codebook's next colour
    description: str = ""
    aliases: tuple[tuple[str, str], ...] = ()  # (text, language)


# Not frozen: a frozen dataclass's __init__ takes four times as long (0.3 s of reading
# 100,000 annotations). Readers make them; nothing changes them afterwards.
@dataclass(slots=True)
class IncomingAnnotation:
    document: str  # key of an IncomingDocument
    start: int  # -1 (with end -1): the file gives only the quote, to be looked for
    end: int
    quote: str | None = None  # None: the file has no quote; the text between the offsets
    prefix: str = ""
    suffix: str = ""
    uuid: str | None = None
    # None: the format has no place for it (doccano has no notes, brat no coders), so it
    # neither differs from the project's nor replaces it; "" is a note the file says is empty.
    note: str | None = None
    coder: str | None = None
    created_at: datetime | None = None  # aware (UTC); None: the time of the import
    updated_at: datetime | None = None
    tags: tuple[str, ...] = ()  # keys of IncomingTags
    where: str = ""  # where in the file, for messages ("annotation 12", "line 40")


@dataclass(slots=True)
class Incoming:
    path: Path
    format: str  # the format's name for the user, e.g. "W3C Web Annotation JSON"
    documents: list[IncomingDocument] = field(default_factory=list)
    tags: list[IncomingTag] = field(default_factory=list)
    annotations: list[IncomingAnnotation] = field(default_factory=list)
    # What the reader left out and why ("source 3 is a picture: 2 codings skipped").
    skipped: list[str] = field(default_factory=list)
