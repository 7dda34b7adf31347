"""Every export format, once: the command line's ``--format`` and the window's file dialog
both list these."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from desktop.core.exporters import ml_formats, project_json, refi_qda, tables, w3c
from desktop.core.exporters.reporting import Progress

if TYPE_CHECKING:
    from desktop.core.project import ProjectService


class Writer(Protocol):
    """Writes the format to ``path`` and returns how many ``what``; ``progress`` hears
    (done, total) steps as it goes (``reporting``) and may raise to stop it: then nothing
    is written."""

    def __call__(
        self, service: ProjectService, path: Path | str, *, progress: Progress | None = None
    ) -> int: ...


class Counted(Enum):
    """What a format's writer counts, by a stable identity (the window chooses its message
    by it); the value is the command line's English words for it."""

    ANNOTATIONS = "annotations"
    PROJECT = "annotations with their documents and codebook"
    TAGS = "tags"
    SEGMENTS = "coded segments"


@dataclass(frozen=True, slots=True)
class ExportFormat:
    name: str  # for ``parallax export --format``
    label: str  # for the file dialog, with its patterns
    suffix: str  # added when a chosen name has none
    write: Writer
    counts: Counted
    description: str  # one line for --help

    @property
    def what(self) -> str:
        """What the writer's count counts, in the command line's words."""
        return self.counts.value


FORMATS = (
    ExportFormat("w3c", "W3C Web Annotation JSON (*.json *.jsonld)", ".json", w3c.export,
                 Counted.ANNOTATIONS, "W3C Web Annotation JSON (the default)"),
    ExportFormat("project-json", "Parallax project JSON, lossless (*.json)", ".json",
                 project_json.export, Counted.PROJECT,
                 "the whole project (documents, codebook, annotations), lossless, for backup, "
                 "merging and pipelines"),
    ExportFormat("qdpx", "REFI-QDA project for other QDA tools (*.qdpx)", ".qdpx",
                 refi_qda.export_qdpx, Counted.PROJECT,
                 "a REFI-QDA project for other QDA tools"),
    ExportFormat("qdc", "REFI-QDA codebook (*.qdc)", ".qdc", refi_qda.export_qdc, Counted.TAGS,
                 "the codebook alone as REFI-QDA"),
    ExportFormat("csv", "Coded segments, CSV for spreadsheets and R (*.csv)", ".csv",
                 tables.export_segments_csv, Counted.SEGMENTS,
                 "coded segments, one row per annotation and tag, with document metadata, "
                 "offsets, quote and note"),
    ExportFormat("segments-json", "Coded segments, flat JSON for pandas (*.json)", ".json",
                 tables.export_segments_json, Counted.SEGMENTS,
                 "the same rows as a JSON array"),
    ExportFormat("doccano", "doccano sequence labelling JSONL (*.jsonl)", ".jsonl",
                 ml_formats.export_doccano, Counted.ANNOTATIONS,
                 "doccano JSONL (offsets in UTF-16 units)"),
    ExportFormat("label-studio", "Label Studio tasks JSON (*.json)", ".json",
                 ml_formats.export_label_studio, Counted.ANNOTATIONS,
                 "Label Studio tasks (offsets in UTF-16 units)"),
    ExportFormat("brat", "brat standoff, zipped .txt and .ann files (*.zip)", ".zip",
                 ml_formats.export_brat, Counted.ANNOTATIONS, "brat standoff files in a zip"),
)  # fmt: skip

BY_NAME = {f.name: f for f in FORMATS}
BY_LABEL = {f.label: f for f in FORMATS}
