"""Telling a JSON file's format from its first bytes where they settle it, and by reading
it whole where they do not: the answer is the one reading it whole gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.exporters import w3c
from desktop.core.importers import annotations
from desktop.core.importers.annotations import (
    BRAT,
    DOCCANO,
    LABEL_STUDIO,
    PROJECT_JSON,
    W3C,
    AnnotationFormat,
    annotation_format,
    is_annotation_file,
)
from desktop.core.project import ProjectService

FILLER = "x" * (annotations._SNIFF + 10)  # a value the head cannot hold whole


def unparsed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading a file whole to tell its format fails the test from now on."""

    def whole(path: Path) -> AnnotationFormat:
        raise AssertionError(f"{path.name} was read whole")

    monkeypatch.setattr(annotations, "_by_shape", whole)


def written(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    return path


def test_our_export_is_told_from_its_first_bytes(
    service: ProjectService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ours.json"
    w3c.export(service, path)
    unparsed(monkeypatch)
    assert annotation_format(path) is W3C


def test_w3c_lists_and_collections_of_other_tools_are_told_from_their_first_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    item = {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
            "body": {"value": FILLER}, "target": "urn:x"}  # fmt: skip
    listed = written(tmp_path / "list.json", [dict(item, body={"value": "short"}), item])
    page = written(tmp_path / "page.jsonld", {"id": "p", "type": "AnnotationPage", "items": [item]})
    strings = written(tmp_path / "strings.json", ["not", "objects", FILLER])
    unparsed(monkeypatch)
    for path in (listed, page, strings):
        assert annotation_format(path) is W3C, path.name


def test_what_the_first_bytes_leave_open_is_told_by_reading_the_file_whole(
    tmp_path: Path,
) -> None:
    task = {"data": {"text": "quotes http://www.w3.org/ns/anno.jsonld"}, "annotations": []}
    # Sorted keys: "first" (every annotation) comes before "type".
    collection = {"@context": "x", "first": {"items": [FILLER]}, "type": "AnnotationCollection"}
    cases = {
        "sorted.json": (collection, W3C),
        "ls_long_first.json": ([dict(task, meta=FILLER), task], LABEL_STUDIO),
        "ls.json": ([task] * 3, LABEL_STUDIO),
        "ls_late_type.json": ({"data": {"text": FILLER}, "type": "Task"}, LABEL_STUDIO),
        "doccano.json": ([{"text": FILLER, "label": [[0, 3, "Russia"]]}], DOCCANO),
        "other_type.json": ({"type": "Annotation2", "data": {}}, LABEL_STUDIO),
        "project.json": ({"documents": [FILLER], "format": "parallax-project"}, PROJECT_JSON),
    }
    for name, (data, expected) in cases.items():
        assert annotation_format(written(tmp_path / name, data)) is expected, name
    # Broken after the first bytes: W3C, whose reader names the file and the problem.
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps([{"type": "Annotation"}, FILLER])[:-3], encoding="utf-8")
    assert annotation_format(broken) is W3C
    cut = tmp_path / "cut.json"
    cut.write_text(json.dumps([task, {"data": FILLER}])[:-3], encoding="utf-8")
    assert annotation_format(cut) is W3C


def test_whether_a_file_holds_annotations_is_told_by_its_name_alone(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text("{", encoding="utf-8")
    (tmp_path / "b.txt").write_text("hello", encoding="utf-8")
    (tmp_path / "c.zip").write_bytes(b"not a zip")
    names = ["a.json", "b.txt", "c.zip", "d.json", "e.qdpx", "f.ANN", "g.jsonl", "h.qdc"]
    for name in names:
        path = tmp_path / name
        assert is_annotation_file(path) == (annotation_format(path) is not None), name
    assert annotation_format(tmp_path / "f.ANN") is BRAT
