"""Which reader turns a file of annotation work into ``Incoming``, by its name and its
first bytes (several formats are ``.json``)."""

from __future__ import annotations

import json
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


def annotation_format(path: Path) -> AnnotationFormat | None:
    """The format of ``path`` if it holds annotation work, else None (a document)."""
    suffix = path.suffix.lower()
    if suffix == ".qdpx":
        return QDPX
    if suffix == ".qdc":
        return QDC
    if suffix == ".jsonl":
        return DOCCANO
    if suffix == ".ann":
        return BRAT
    if suffix == ".zip":
        return BRAT if _zip_has_ann(path) else None
    if suffix not in (".json", ".jsonld") or not path.is_file():
        return None
    if looks_like_project(path):
        return PROJECT_JSON
    return _by_shape(path)


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
    first = data[0] if isinstance(data, list) and data else data
    if not isinstance(first, dict) or first.get("type") in _W3C_TYPES:
        return W3C
    if "data" in first:
        return LABEL_STUDIO
    if "text" in first and {"label", "labels", "entities"} & set(first):
        return DOCCANO
    return W3C


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
