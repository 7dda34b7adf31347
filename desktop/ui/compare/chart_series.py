"""The figures behind the charts: per document, passages per tag and coverage per kind,
with the passages behind each bar (for a click to list them). No drawing here."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from desktop.core import analysis
from desktop.core.records import DocumentInfo, TagInfo
from desktop.ui.compare.base import CompareData
from desktop.ui.i18n import translate
from desktop.ui.kinds import kind_heading

TOP_TAGS = 12
MAX_DOCUMENTS = 8
# Okabe–Ito, black swapped for grey so that no bar vanishes on a dark background.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#999999")


@dataclass(frozen=True)
class Series:
    """One document's bars: a value per category, and the passages behind each bar."""

    label: str
    colour: str
    values: tuple[float, ...]
    passages: tuple[tuple[int, ...], ...]


@dataclass(frozen=True)
class Chart:
    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    y_label: str
    percent: bool = False
    groups: tuple[tuple[str, int, int], ...] = ()  # (label, first category, how many)
    notes: tuple[str, ...] = ()


def at_most(documents: list[DocumentInfo]) -> tuple[list[DocumentInfo], list[str]]:
    """The first ``MAX_DOCUMENTS`` (more bars per tag could not be told apart), and a note
    when some were left out."""
    if len(documents) <= MAX_DOCUMENTS:
        return documents, []
    note = translate("ChartSeries", "Showing the first {shown} of {total} documents.").format(
        shown=MAX_DOCUMENTS, total=len(documents)
    )
    return documents[:MAX_DOCUMENTS], [note]


def frequency_chart(
    data: CompareData, documents: list[DocumentInfo], tags: list[TagInfo], notes: list[str]
) -> Chart | None:
    """Passages per tag and document for the most used tags, grouped by kind."""
    columns = analysis.columns(documents)
    mine = data.annotations_in(d.id for d in documents)
    matrix = analysis.matrix(mine, columns)
    used = [t for t in tags if matrix.tag_passages.get(t.id, 0) > 0]
    if not used:
        return None
    ranked = sorted(used, key=lambda t: -matrix.tag_passages[t.id])  # stable: codebook order
    if len(ranked) > TOP_TAGS:
        note = translate("ChartSeries", "Showing the {shown} most used of {total} tags.").format(
            shown=TOP_TAGS, total=len(ranked)
        )
        notes = [*notes, note]
        ranked = ranked[:TOP_TAGS]
    kind_order = {k: i for i, k in enumerate(data.kinds())}
    shown = sorted(ranked, key=lambda t: kind_order.get(t.kind, len(kind_order)))
    groups: list[tuple[str, int, int]] = []
    for index, tag in enumerate(shown):
        if groups and groups[-1][0] == tag.kind:
            name, first, count = groups[-1]
            groups[-1] = (name, first, count + 1)
        else:
            groups.append((tag.kind, index, 1))
    ids: dict[tuple[int, int], list[int]] = defaultdict(list)  # (document, tag) → passages
    for annotation in mine:
        for tag_id in annotation.tag_ids:
            ids[(annotation.document_id, tag_id)].append(annotation.id)
    series = tuple(
        Series(
            document.title,
            PALETTE[d % len(PALETTE)],
            tuple(float(matrix.count(t.id, d)) for t in shown),
            tuple(tuple(ids.get((document.id, t.id), ())) for t in shown),
        )
        for d, document in enumerate(documents)
    )
    return Chart(
        translate("ChartSeries", "Tag frequency per document"),
        tuple(t.name for t in shown),
        series,
        translate("ChartSeries", "Passages"),
        groups=tuple(groups),
        notes=tuple(notes),
    )


def coverage_chart(
    data: CompareData, documents: list[DocumentInfo], kinds: list[str], notes: list[str]
) -> Chart | None:
    """Per kind and document, the share of the text inside passages of that kind
    (overlapping passages counted once)."""
    kind_of = {t.id: t.kind for t in data.tags}
    wanted = set(kinds)
    spans: dict[tuple[int, str], list[tuple[int, int]]] = defaultdict(list)
    ids: dict[tuple[int, str], list[int]] = defaultdict(list)
    for annotation in data.annotations_in(d.id for d in documents):
        for kind in {kind_of[t] for t in annotation.tag_ids if t in kind_of} & wanted:
            spans[(annotation.document_id, kind)].append((annotation.start, annotation.end))
            ids[(annotation.document_id, kind)].append(annotation.id)
    shown = {d.id for d in documents}
    if not any(document_id in shown for document_id, _kind in spans):
        return None
    series = tuple(
        Series(
            document.title,
            PALETTE[d % len(PALETTE)],
            tuple(
                100 * analysis.union_length(spans.get((document.id, k), ())) / document.length
                if document.length
                else 0.0
                for k in kinds
            ),
            tuple(tuple(ids.get((document.id, k), ())) for k in kinds),
        )
        for d, document in enumerate(documents)
    )
    return Chart(
        translate("ChartSeries", "Coverage per kind"),
        tuple(kind_heading(k) for k in kinds),
        series,
        translate("ChartSeries", "% of characters covered"),
        percent=True,
        notes=tuple(notes),
    )
