"""Counts, coverage and co-occurrence on a fixture counted by hand (see the comments)."""

from __future__ import annotations

import csv
import random
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.core import analysis
from desktop.core.exporters import tables
from desktop.core.project import ProjectService
from desktop.core.records import AnnotationInfo
from desktop.core.store import Store

# Two documents of 100 and 50 characters and a third, empty of passages, of 10.
#   D1 [0,10) A T   [5,20) A   [30,40) B T   [35,45) B   [90,100) no tag
#   D2 [0,10) A     [0,10) B T (another annotation, same span)   [40,50) T


@pytest.fixture
def fixture(empty_store: Store) -> tuple[ProjectService, dict[str, int]]:
    service = ProjectService(empty_store)
    ids = {
        "D1": service.add_document("One", "a" * 100, language="id", source="Kompas").id,
        "D2": service.add_document("Two", "b" * 50, language="vi", source="Tuổi Trẻ").id,
        "D3": service.add_document("Three", "c" * 10, language="", source="Kompas").id,
    }
    codebook = service.codebook
    ids |= {
        "A": codebook.create_tag("Turkey", "actor").id,
        "B": codebook.create_tag("Russia", "actor").id,
        "T": codebook.create_tag("Ceasefire", "theme").id,
    }
    for document, start, end, tags in (
        ("D1", 0, 10, "AT"), ("D1", 5, 20, "A"), ("D1", 30, 40, "BT"), ("D1", 35, 45, "B"),
        ("D1", 90, 100, ""), ("D2", 0, 10, "A"), ("D2", 0, 10, "BT"), ("D2", 40, 50, "T"),
    ):  # fmt: skip
        service.create_annotation(ids[document], start, end, [ids[t] for t in tags])
    return service, ids


def test_union_counts_overlaps_once() -> None:
    assert analysis.union_length([(0, 10), (5, 20), (30, 40), (35, 45), (44, 45)]) == 35
    assert analysis.union_length([(3, 3)]) == 0
    assert analysis.union_length([]) == 0


def test_matrix_by_document(fixture: tuple[ProjectService, dict[str, int]]) -> None:
    service, ids = fixture
    columns = analysis.columns(service.documents())
    assert [(c.label, c.length) for c in columns] == [("One", 100), ("Two", 50), ("Three", 10)]
    m = analysis.matrix(service.annotations(), columns)
    a, b, t = ids["A"], ids["B"], ids["T"]
    assert [(m.count(tag, 0), m.count(tag, 1), m.count(tag, 2)) for tag in (a, b, t)] == [
        (2, 1, 0), (2, 1, 0), (2, 2, 0),
    ]  # fmt: skip
    assert [(m.coverage(tag, 0), m.coverage(tag, 1)) for tag in (a, b, t)] == [
        (0.20, 0.20), (0.15, 0.20), (0.20, 0.40),
    ]  # fmt: skip
    assert m.column_passages == (4, 3, 0)  # the untagged passage is not counted
    assert [m.column_coverage(c) for c in range(3)] == [0.35, 0.40, 0.0]
    assert (m.tag_passages[a], m.tag_passages[b], m.tag_passages[t]) == (3, 3, 4)
    assert m.tag_coverage(a) == pytest.approx(30 / 160)
    assert m.tag_coverage(t) == pytest.approx(40 / 160)


def test_matrix_by_language_and_outlet(fixture: tuple[ProjectService, dict[str, int]]) -> None:
    service, ids = fixture
    by_language = analysis.columns(service.documents(), "language")
    assert [(c.label, c.document_ids) for c in by_language] == [
        ("id", (ids["D1"],)), ("vi", (ids["D2"],)), ("No language", (ids["D3"],)),
    ]  # fmt: skip
    by_outlet = analysis.columns(service.documents(), "source")
    assert [(c.label, c.length) for c in by_outlet] == [("Kompas", 110), ("Tuổi Trẻ", 50)]
    m = analysis.matrix(service.annotations(), by_outlet)
    assert m.count(ids["A"], 0) == 2 and m.coverage(ids["A"], 0) == pytest.approx(20 / 110)
    assert m.column_passages == (4, 3)


def test_cooccurrence(fixture: tuple[ProjectService, dict[str, int]]) -> None:
    service, ids = fixture
    a, b, t = ids["A"], ids["B"], ids["T"]
    everywhere = analysis.cooccurrence(service.annotations(), [a, b], [t])
    assert everywhere == {(a, t): 1, (b, t): 2}
    in_two = analysis.cooccurrence(service.annotations(), [a, b], [t], [ids["D2"]])
    assert in_two == {(b, t): 1}
    # Any kind by any kind, a tag never with itself.
    assert analysis.cooccurrence(service.annotations(), [a, b, t], [a, b, t]) == {
        (a, t): 1, (t, a): 1, (b, t): 2, (t, b): 2,
    }  # fmt: skip


def test_passages_with_a_tag_per_document(fixture: tuple[ProjectService, dict[str, int]]) -> None:
    service, ids = fixture
    found = analysis.passages_with(
        service.annotations(), [ids["T"]], [ids["D1"], ids["D2"], ids["D3"]]
    )
    assert {d: [(p.start, p.end) for p in ps] for d, ps in found.items()} == {
        ids["D1"]: [(0, 10), (30, 40)], ids["D2"]: [(0, 10), (40, 50)], ids["D3"]: [],
    }  # fmt: skip


def test_empty_project_and_deleted_tags(empty_store: Store) -> None:
    service = ProjectService(empty_store)
    m = analysis.matrix([], analysis.columns([]))
    assert m.columns == () and m.tag_passages == {}
    document = service.add_document("Empty", "x" * 5)
    tag = service.codebook.create_tag("Gone", "actor")
    service.create_annotation(document.id, 0, 2, [tag.id])
    service.codebook.delete_tag(tag.id)
    m = analysis.matrix(service.annotations(), analysis.columns(service.documents()))
    assert m.column_passages == (0,) and m.coverage(tag.id, 0) == 0.0


def test_matrix_and_cooccurrence_csv(
    fixture: tuple[ProjectService, dict[str, int]], tmp_path: Path
) -> None:
    service, ids = fixture
    tags = service.tags()
    table = analysis.matrix(service.annotations(), analysis.columns(service.documents()))
    header, rows = tables.matrix_rows(table, tags, "coverage")
    assert header == ["kind", "tag", "parent", "One", "Two", "Three", "total"]
    by_name = {row[1]: row for row in rows}
    assert by_name["Ceasefire"] == ["theme", "Ceasefire", "", 20.0, 40.0, 0.0, 25.0]
    assert by_name["all tags"] == ["", "all tags", "", 35.0, 40.0, 0.0, 34.38]
    path = tmp_path / "matrix.csv"
    tables.export_matrix_csv(table, tags, "passages", path)
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "kind,tag,parent,One,Two,Three,total"
    assert "actor,Turkey,,2,1,0,3" in lines and lines[-1] == ",all tags,,4,3,0,7"
    actors = [t for t in tags if t.kind == "actor"]
    themes = [t for t in tags if t.kind == "theme"]
    counts = analysis.cooccurrence(service.annotations(), [t.id for t in actors], [ids["T"]])
    tables.export_cooccurrence_csv(counts, actors, themes, tmp_path / "co.csv")
    assert (tmp_path / "co.csv").read_text(encoding="utf-8-sig").splitlines() == [
        ",Ceasefire", "Turkey,1", "Russia,2",
    ]  # fmt: skip


def test_csv_cells_a_spreadsheet_would_run_are_defused(empty_store: Store, tmp_path: Path) -> None:
    service = ProjectService(empty_store)
    document = service.add_document('=HYPERLINK("http://x")', "- Lavrov said +7 495 @kremlin")
    tag = service.codebook.create_tag("Lavrov", "actor")
    service.create_annotation(document.id, 0, 15, [tag.id], note="=1+1")
    path = tmp_path / "segments.csv"
    tables.export_segments_csv(service, path)
    (row,) = list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert row["document_title"] == '\'=HYPERLINK("http://x")'
    assert row["quote"] == "'- Lavrov said +" and row["note"] == "'=1+1"
    assert row["start"] == "0"  # numbers are numbers


def test_the_cached_matrix_equals_a_fresh_one_change_after_change(
    fixture: tuple[ProjectService, dict[str, int]],
) -> None:
    service, ids = fixture
    cache = analysis.MatrixCache()

    def check() -> None:
        annotations = service.annotations()
        grouped: dict[int, list[AnnotationInfo]] = {}
        for annotation in annotations:
            grouped.setdefault(annotation.document_id, []).append(annotation)
        for by in ("document", "language", "source"):
            columns = analysis.columns(service.documents(), by)  # type: ignore[arg-type]
            assert cache.matrix(lambda d: grouped.get(d, []), columns) == analysis.matrix(
                annotations, columns
            )

    check()
    added = service.create_annotation(ids["D2"], 20, 45, [ids["A"], ids["T"]])
    check()
    service.add_tags(added.id, [ids["B"]])
    check()
    service.delete_annotation(added.id)
    check()
    service.delete_document(ids["D1"])
    check()


def test_the_matrix_does_not_depend_on_the_annotations_order() -> None:
    # The matrix measures spans in order of their starts: shuffled input must give the
    # same cells as reading order and as union_length over each tag's spans.
    rng, now = random.Random(5), datetime(2026, 1, 1, tzinfo=UTC)
    annotations = []
    for number in range(400):
        start = rng.randrange(0, 300)
        tags = tuple(rng.sample(range(1, 6), rng.randrange(0, 3)))
        annotations.append(AnnotationInfo(
            number, f"a{number}", rng.randrange(1, 5), start, start + rng.randrange(0, 60),
            "", "", "", "", "", now, now, tags, orphan=rng.random() < 0.05,
        ))  # fmt: skip
    columns = (analysis.Column("1", (1,), 400), analysis.Column("2–4", (2, 3, 4), 1200))
    ordered = sorted(annotations, key=lambda a: (a.document_id, a.start, a.end))
    shuffled = analysis.matrix(annotations, columns)
    assert shuffled == analysis.matrix(ordered, columns)
    counted = [a for a in annotations if a.tag_ids and not a.orphan]
    for tag in range(1, 6):
        for column, group in enumerate(columns):
            spans = [(a.start, a.end) for a in counted if a.document_id in group.document_ids
                     and tag in a.tag_ids]  # fmt: skip
            # Union per document, then summed over the column's documents.
            length = sum(
                analysis.union_length([(a.start, a.end) for a in counted
                                       if a.document_id == d and tag in a.tag_ids])
                for d in group.document_ids
            )  # fmt: skip
            assert shuffled.count(tag, column) == len(spans)
            assert shuffled.covered.get(tag * 2 + column, 0) == length
    for column, group in enumerate(columns):
        assert shuffled.column_passages[column] == sum(
            a.document_id in group.document_ids for a in counted
        )
