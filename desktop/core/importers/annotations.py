"""Which reader turns a file of annotation work into ``Incoming``, by its name and its
first bytes (several formats are ``.json``)."""

from __future__ import annotations

import codecs
import json
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.core.importers import brat, ml_formats, refi_qda, w3c
from desktop.core.importers.archive import UNREADABLE_ZIP
from desktop.core.importers.project_json import looks_like_project, read_incoming
from desktop.core.incoming import Incoming

_SNIFF = 64 * 1024
_PARSED = 64 * 1024 * 1024  # JSON files up to this size are parsed to tell their format
_W3C_TYPES = ("Annotation", "AnnotationPage", "AnnotationCollection")


@dataclass(frozen=True, slots=True)
class AnnotationFormat:
    name: str
    read: Callable[[Path], Incoming]


PROJECT_JSON = AnnotationFormat("Parallax project JSON", read_incoming)
W3C = AnnotationFormat(w3c.FORMAT, w3c.read)
LABEL_STUDIO = AnnotationFormat("Label Studio JSON", ml_formats.read_label_studio)
DOCCANO = AnnotationFormat("doccano JSONL", ml_formats.read_doccano)
BRAT = AnnotationFormat("brat standoff", brat.read_brat)
QDPX = AnnotationFormat("REFI-QDA project", refi_qda.read_qdpx)
QDC = AnnotationFormat("REFI-QDA codebook", refi_qda.read_qdc)

# For the window's file dialog.
FILTER = (
    "Annotations (*.json *.jsonld *.jsonl *.qdpx *.qdc *.ann *.zip);;"
    "W3C Web Annotation JSON (*.json *.jsonld);;Parallax project JSON (*.json);;"
    "REFI-QDA project or codebook (*.qdpx *.qdc);;doccano JSONL (*.jsonl);;"
    "Label Studio JSON (*.json);;brat standoff (*.ann *.zip);;All files (*)"
)


_BY_SUFFIX = {".qdpx": QDPX, ".qdc": QDC, ".jsonl": DOCCANO, ".ann": BRAT}


def is_annotation_file(path: Path) -> bool:
    """Whether ``annotation_format`` names a format for ``path``, told by its name (and a
    zip's listing) alone: quick, where telling a JSON file's format may read it whole."""
    suffix = path.suffix.lower()
    if suffix in _BY_SUFFIX:
        return True
    if suffix == ".zip":
        return _zip_has_ann(path)
    return suffix in (".json", ".jsonld") and path.is_file()


def annotation_format(path: Path) -> AnnotationFormat | None:
    """The format of ``path`` if it holds annotation work, else None (a document)."""
    suffix = path.suffix.lower()
    if suffix in _BY_SUFFIX:
        return _BY_SUFFIX[suffix]
    if not is_annotation_file(path):
        return None
    if suffix == ".zip":
        return BRAT
    if looks_like_project(path):
        return PROJECT_JSON
    return _by_head(path) or _by_shape(path)


def _by_content(data: object) -> AnnotationFormat:
    """The format of parsed JSON, by what its first object holds."""
    first = data[0] if isinstance(data, list) and data else data
    if not isinstance(first, dict) or first.get("type") in _W3C_TYPES:
        return W3C
    if "data" in first:
        return LABEL_STUDIO
    if "text" in first and {"label", "labels", "entities"} & set(first):
        return DOCCANO
    return W3C


_BLANK = re.compile(r"[ \t\n\r]*")


def _skip(text: str, at: int) -> int:
    """Past the JSON white space at ``at``."""
    blank = _BLANK.match(text, at)
    return blank.end() if blank else at


def _by_head(path: Path) -> AnnotationFormat | None:
    """W3C when the first bytes settle it as ``_by_shape`` would, else None. Settled: the
    file's first object (the file's own, or its list's first) gives a W3C ``type``, the
    first value too long for the head coming after it (our exports give it on their
    fourth line); or the first value of the file's list is no object. Parsing the file
    whole to tell held Python 0.6 s at 20,000 annotations (the window stalled, even
    with the parse in another thread); a file found broken later is W3C all the same."""
    try:
        if path.stat().st_size > _PARSED:
            return None  # judged by its first bytes already
        with path.open("rb") as handle:
            head = handle.read(_SNIFF)
        text = codecs.getincrementaldecoder("utf-8-sig")().decode(head, final=False)
    except (OSError, UnicodeDecodeError):
        return None
    decoder = json.JSONDecoder()
    at = _skip(text, 0)
    try:
        if text.startswith("[", at):
            at = _skip(text, at + 1)
            if at < len(text) and text[at] != "{":
                return W3C  # an empty list, or one of no objects
            first, _ = decoder.raw_decode(text, at)
            return W3C if _by_content([first]) is W3C else None
        if not text.startswith("{", at):
            return W3C if at < len(text) else None  # not an object, or not JSON
        at = _skip(text, at + 1)
        while text.startswith('"', at):  # the object's keys and values, in order
            key, at = decoder.raw_decode(text, at)
            at = _skip(text, at)
            if not text.startswith(":", at):
                return None
            value, at = decoder.raw_decode(text, _skip(text, at + 1))
            if key == "type":  # a key given twice is refused by each reader
                return W3C if value in _W3C_TYPES else None
            at = _skip(text, at)
            if not text.startswith(",", at):
                return None
            at = _skip(text, at + 1)
    except (ValueError, RecursionError):  # cut off by the head's end, or broken
        return None
    return None


def _by_shape(path: Path) -> AnnotationFormat:
    """W3C, Label Studio or doccano, by what the JSON holds (its first bytes can mislead:
    a Label Studio task may quote the W3C context in its text). Files too large to read
    twice are judged by their first bytes."""
    try:
        large = path.stat().st_size > _PARSED
        data = None if large else json.loads(path.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return W3C  # its reader names the file and the problem
    if data is None:
        if w3c.looks_like_w3c(path):
            return W3C
        head = _head(path)
        if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"[") and b'"data"' in head:
            return LABEL_STUDIO
        return W3C
    return _by_content(data)


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(_SNIFF)
    except OSError:
        return b""


def _zip_has_ann(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return any(name.lower().endswith(".ann") for name in archive.namelist()[:10_000])
    except UNREADABLE_ZIP:
        return False
