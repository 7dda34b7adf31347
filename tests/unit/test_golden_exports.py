"""Every export of one small project, byte for byte, against golden files.

The project is ``tests/golden_project.py``: fixed uuids, and times from a frozen clock.
The goldens are in ``tests/golden/exports/``: ``project.json``, ``codebook.qdc``, the
members of the ``.qdpx`` under ``project.qdpx/`` (``project.qde`` and ``sources/*.txt``;
the members are compared, not the zip, whose bytes depend on zlib), ``segments.csv``,
``segments.json``, ``matrix_passages.csv``, ``matrix_coverage.csv`` and
``cooccurrence.csv``. The REFI-QDA export time and Parallax version are fixed too.

When an export changes on purpose, regenerate the goldens and review the diff:

    PARALLAX_REGENERATE_GOLDEN=1 QT_QPA_PLATFORM=offscreen \\
        .venv/bin/python -m pytest -q tests/unit/test_golden_exports.py
    git diff tests/golden/exports

(The W3C golden, ``tests/golden/w3c_small.json``, has its own test and project:
``tests/unit/test_w3c_export.py``.)
"""

from __future__ import annotations

import difflib
import json
import os
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest
import xmlschema

from desktop.core import analysis
from desktop.core.exporters import ml_formats, project_json, refi_qda, tables
from desktop.core.project import ProjectService
from desktop.core.resources import resource
from desktop.core.store import Store
from tests import golden_project

GOLDEN = Path(__file__).parent.parent / "golden" / "exports"
XSD = Path(__file__).parent.parent / "data" / "refi-qda"
REGENERATE = os.environ.get("PARALLAX_REGENERATE_GOLDEN", "") not in ("", "0")

Files = dict[str, bytes]  # path under GOLDEN -> bytes


@pytest.fixture
def project(empty_store: Store, monkeypatch: pytest.MonkeyPatch) -> ProjectService:
    service = golden_project.build(empty_store, monkeypatch)
    # What the REFI-QDA files say about the export itself: when, and by which version.
    exported = golden_project.frozen_datetime(golden_project.EXPORTED)
    monkeypatch.setattr(refi_qda, "datetime", exported)
    monkeypatch.setattr(refi_qda, "__version__", "golden")
    return service


# -- the exports, each as the files it gives -------------------------------------------


def _written(write: Callable[[Path], object], folder: Path, name: str) -> Files:
    path = folder / name
    write(path)
    return {name: path.read_bytes()}


def export_project_json(service: ProjectService, folder: Path) -> Files:
    return _written(lambda p: project_json.export(service, p), folder, "project.json")


def export_qdc(service: ProjectService, folder: Path) -> Files:
    return _written(lambda p: refi_qda.export_qdc(service, p), folder, "codebook.qdc")


def export_qdpx(service: ProjectService, folder: Path) -> Files:
    path = folder / "project.qdpx"
    refi_qda.export_qdpx(service, path)
    with zipfile.ZipFile(path) as archive:
        return {f"project.qdpx/{name}": archive.read(name) for name in archive.namelist()}


def export_segments_csv(service: ProjectService, folder: Path) -> Files:
    return _written(lambda p: tables.export_segments_csv(service, p), folder, "segments.csv")


def export_segments_json(service: ProjectService, folder: Path) -> Files:
    return _written(lambda p: tables.export_segments_json(service, p), folder, "segments.json")


def export_matrices(service: ProjectService, folder: Path) -> Files:
    table = analysis.matrix(service.annotations(), analysis.columns(service.documents()))
    tags = service.tags()
    measures: tuple[analysis.Measure, ...] = ("passages", "coverage")
    files: Files = {}
    for measure in measures:
        path = folder / f"matrix_{measure}.csv"
        tables.export_matrix_csv(table, tags, measure, path)
        files[path.name] = path.read_bytes()
    return files


def export_cooccurrence(service: ProjectService, folder: Path) -> Files:
    tags = service.tags()
    ids = [t.id for t in tags]
    counts = analysis.cooccurrence(service.annotations(), ids, ids)
    return _written(
        lambda p: tables.export_cooccurrence_csv(counts, tags, tags, p), folder, "cooccurrence.csv"
    )


def export_doccano(service: ProjectService, folder: Path) -> Files:
    return _written(lambda p: ml_formats.export_doccano(service, p), folder, "doccano.jsonl")


def export_label_studio(service: ProjectService, folder: Path) -> Files:
    return _written(
        lambda p: ml_formats.export_label_studio(service, p), folder, "label_studio.json"
    )


def export_brat(service: ProjectService, folder: Path) -> Files:
    path = folder / "brat.zip"
    ml_formats.export_brat(service, path)
    with zipfile.ZipFile(path) as archive:
        return {f"brat.zip/{name}": archive.read(name) for name in archive.namelist()}


EXPORTS: dict[str, Callable[[ProjectService, Path], Files]] = {
    "project json": export_project_json,
    "qdc": export_qdc,
    "qdpx": export_qdpx,
    "segments csv": export_segments_csv,
    "segments json": export_segments_json,
    "matrix csv": export_matrices,
    "co-occurrence csv": export_cooccurrence,
    "doccano": export_doccano,
    "label studio": export_label_studio,
    "brat": export_brat,
}


# -- comparing -------------------------------------------------------------------------


def _golden_names(produced: Files) -> list[str]:
    """The golden files of the export that produced ``produced``: the same top-level
    file or folder names, whatever they now hold."""
    tops = {name.split("/")[0] for name in produced}
    found: list[str] = []
    for top in sorted(tops):
        path = GOLDEN / top
        if path.is_dir():
            found += [p.relative_to(GOLDEN).as_posix() for p in path.rglob("*") if p.is_file()]
        elif path.exists():
            found.append(top)
    return sorted(found)


def _regenerate(produced: Files) -> None:
    for top in {name.split("/")[0] for name in produced}:
        if (GOLDEN / top).is_dir():
            shutil.rmtree(GOLDEN / top)  # members the export no longer makes go too
    for name, data in produced.items():
        path = GOLDEN / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def _difference(name: str, expected: bytes, produced: bytes) -> str:
    lines = difflib.unified_diff(
        [repr(line) + "\n" for line in expected.decode("utf-8", "replace").splitlines(True)],
        [repr(line) + "\n" for line in produced.decode("utf-8", "replace").splitlines(True)],
        f"golden/exports/{name}",
        "produced",
    )
    where = next(
        (i for i, (a, b) in enumerate(zip(expected, produced, strict=False)) if a != b),
        min(len(expected), len(produced)),
    )
    return (
        f"{name} differs from its golden file from byte {where} on "
        f"(set PARALLAX_REGENERATE_GOLDEN=1 to rewrite it if the change is intended):\n"
        + "".join(lines)
    )


def check(produced: Files) -> None:
    if REGENERATE:
        _regenerate(produced)
    assert _golden_names(produced) == sorted(produced), (
        "the export's files are not those of the golden "
        "(set PARALLAX_REGENERATE_GOLDEN=1 to rewrite them if the change is intended)"
    )
    for name, data in sorted(produced.items()):
        expected = (GOLDEN / name).read_bytes()
        if data != expected:
            pytest.fail(_difference(name, expected, data), pytrace=False)


# -- tests -----------------------------------------------------------------------------


@pytest.mark.parametrize("export", list(EXPORTS))
def test_export_matches_its_golden_files(
    export: str, project: ProjectService, tmp_path: Path
) -> None:
    check(EXPORTS[export](project, tmp_path))


def test_exports_are_the_same_twice(project: ProjectService, tmp_path: Path) -> None:
    """Nothing in the exports depends on the run (set order, dict order of the database)."""
    first, second = tmp_path / "1", tmp_path / "2"
    first.mkdir()
    second.mkdir()
    for export in EXPORTS.values():
        assert export(project, first) == export(project, second)


def test_the_golden_project_is_what_the_goldens_claim(project: ProjectService) -> None:
    annotations = project.annotations()
    assert {a.coder for a in annotations} == {"ana", "binh"}
    assert any(not a.tag_ids for a in annotations)
    assert any(t.parent_id for t in project.tags())
    assert any("\n" in a.note and "," in a.note and '"' in a.note for a in annotations)
    assert any(a.created_at != a.updated_at for a in annotations)
    quotes = "".join(a.quote for a in annotations)
    assert "😀" in quotes and "Thổ" in quotes and "وقف" in quotes


def test_the_project_json_is_valid_against_the_schema(
    project: ProjectService, tmp_path: Path
) -> None:
    schema = json.loads(resource("schemas", "project.schema.json").read_text("utf-8"))
    data = json.loads(export_project_json(project, tmp_path)["project.json"])
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(
        data
    )


def test_the_refi_qda_files_are_valid_against_the_xsds(
    project: ProjectService, tmp_path: Path
) -> None:
    codebook = xmlschema.XMLSchema(str(XSD / "Codebook-mrt2019.xsd"))
    codebook.validate(export_qdc(project, tmp_path)["codebook.qdc"].decode("utf-8"))
    qdpx = export_qdpx(project, tmp_path)
    xmlschema.XMLSchema(str(XSD / "Project-mrt2019.xsd")).validate(
        qdpx["project.qdpx/project.qde"].decode("utf-8")
    )
    texts = {d.uuid: project.document_text(d.id) for d in project.documents()}
    assert {k: v.decode("utf-8") for k, v in qdpx.items() if k.endswith(".txt")} == {
        f"project.qdpx/sources/{uuid}.txt": text for uuid, text in texts.items()
    }
