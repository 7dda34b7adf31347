"""Agreement on a project: read from the service, measured (agreement_units.py), and the
table written as CSV.

The CSV is written as the other tables are (exporters/spreadsheet_csv.py: UTF-8 with a
byte-order mark so Excel reads any script, Python's csv quoting (RFC 4180), text a
spreadsheet would run as a formula behind an apostrophe), and atomically: a
failed export leaves any existing file as it was. One row per tag (kind, name, parent)
and a last row "all tags"; for each level the units compared, percent and specific
agreement as percentages with two decimals, κ and α with four; an undefined figure is
an empty cell.

With three coders or more a second section follows, after an empty row: its own header
(``PAIRS_HEADER``), then for each tag and "all tags" one row per pair of coders (their
names, the same figures for the two alone, κ defined, and the passage-level
disagreements between them).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from desktop.core.agreement_units import Agreement, Figures, TagAgreement, measure
from desktop.core.exporters.spreadsheet_csv import csv_bytes
from desktop.core.files import write_atomically
from desktop.core.project import ProjectService
from desktop.core.records import AnnotationInfo, TagInfo

LEVELS = ("characters", "passages")
MEASURES = ("units", "percent_agreement", "specific_agreement", "cohen_kappa", "krippendorff_alpha")
TABLE_HEADER = (
    "kind", "tag", "parent", *(f"{level}_{name}" for level in LEVELS for name in MEASURES),
)  # fmt: skip


PAIRS_HEADER = (
    "kind", "tag", "parent", "coder_a", "coder_b",
    *(f"{level}_{name}" for level in LEVELS for name in MEASURES), "passages_disagreements",
)  # fmt: skip


def coders_of(annotations: Iterable[AnnotationInfo]) -> list[str]:
    """The coder names annotations carry (orphans' too), sorted: what a view offers."""
    return sorted({a.coder for a in annotations})


def compute(
    service: ProjectService,
    coders: Sequence[str],
    document_ids: Sequence[int],
    tag_ids: Sequence[int],
    *,
    absent_is_missing: bool = True,
) -> Agreement:
    """Agreement of ``coders`` on ``tag_ids`` in ``document_ids``, from the project as it
    is now (one read of the documents, the codebook and the annotations). Documents and
    tags no longer in the project are left out; the result names those measured."""
    lengths = {d.id: d.length for d in service.documents()}
    known_tags = {t.id for t in service.tags()}
    return measure(
        service.annotations(),
        {d: lengths[d] for d in dict.fromkeys(document_ids) if d in lengths},
        coders,
        [t for t in tag_ids if t in known_tags],
        absent_is_missing=absent_is_missing,
    )


def table_rows(result: Agreement, tags: Sequence[TagInfo]) -> list[list[Any]]:
    """The table's rows (after ``TABLE_HEADER``): one per measured tag, then all tags."""
    by_id = {t.id: t for t in tags}
    return [[*_names(row, by_id), *_cells(row)] for row in (*result.tags, result.overall)]


def _names(row: TagAgreement, by_id: Mapping[int, TagInfo]) -> list[str]:
    """A row's kind, tag and parent: "all tags" for the pooled row, blanks for a tag gone."""
    if row.tag_id is None:
        return ["", "all tags", ""]
    tag = by_id.get(row.tag_id)
    parent = by_id.get(tag.parent_id) if tag and tag.parent_id else None
    return [tag.kind, tag.name, parent.name if parent else ""] if tag else ["", "", ""]


def pair_rows(result: Agreement, tags: Sequence[TagInfo]) -> list[list[Any]]:
    """The pairs section's rows (after ``PAIRS_HEADER``); none with two coders."""
    rows: list[list[Any]] = []
    by_id = {t.id: t for t in tags}
    for row in (*result.tags, result.overall):
        names = _names(row, by_id)
        for pair in row.pairs:
            coders = [result.coders[pair.first], result.coders[pair.second]]
            figures = [c for f in (pair.characters, pair.passages) for c in _figures(f)]
            rows.append([*names, *coders, *figures, pair.disagreements])
    return rows


def _cells(row: TagAgreement) -> list[Any]:
    return [cell for figures in (row.characters, row.passages) for cell in _figures(figures)]


def _figures(figures: Figures) -> list[Any]:
    def share(value: float | None) -> Any:
        return "" if value is None else round(value * 100, 2)

    def coefficient(value: float | None) -> Any:
        return "" if value is None else round(value, 4)

    return [
        figures.units, share(figures.percent), share(figures.specific),
        coefficient(figures.kappa), coefficient(figures.alpha),
    ]  # fmt: skip


def table_csv(result: Agreement, tags: Sequence[TagInfo]) -> bytes:
    rows = table_rows(result, tags)
    if paired := pair_rows(result, tags):
        rows += [[], list(PAIRS_HEADER), *paired]
    return csv_bytes(TABLE_HEADER, rows)


def export_table_csv(result: Agreement, tags: Sequence[TagInfo], path: Path | str) -> int:
    """Write the table to ``path`` (files.ExportError when it cannot be); returns the rows
    written, the "all tags" row included."""
    write_atomically(path, table_csv(result, tags))
    return len(result.tags) + 1
