"""Merging another coder's work keeps both coders whole: every annotation of each arrives
or stays with its coder's name, and two coders marking the same passage stay two."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.core import merge_undo, merging
from desktop.core.exporters import ml_formats, project_json, refi_qda, w3c
from desktop.core.importers import project_json as project_json_import
from desktop.core.importers import refi_qda as refi_qda_import
from desktop.core.importers import w3c as w3c_import
from desktop.core.importers.annotations import annotation_format
from desktop.core.incoming import Incoming, IncomingAnnotation, IncomingDocument, IncomingTag
from desktop.core.project import ProjectService
from desktop.core.records import AnnotationInfo
from desktop.core.store import Store

FIRST = "Thổ Nhĩ Kỳ kêu gọi ngừng bắn 😀 ở Gaza.\nNga phản đối. Liên Hợp Quốc họp."
SECOND = "Israel và Hamas đàm phán ở Cairo. Ai Cập làm trung gian."

# (document, words, tags, note) for each coder. Against each other: "Thổ Nhĩ Kỳ" the same
# span, tags and note; "ngừng bắn 😀" inside binh's "kêu gọi ngừng bắn 😀"; "Gaza" the same
# span with other tags; "Nga" the same span and tags with other notes; "Cairo" the same
# span and tags, a note only binh wrote; the rest only one of them has.
ANA = [
    (0, "Thổ Nhĩ Kỳ", ("Turkey",), ""),
    (0, "ngừng bắn 😀", ("Ceasefire",), ""),
    (0, "Gaza", ("Gaza",), ""),
    (0, "Nga", ("Russia",), "phản đối"),
    (0, "Nga phản đối", ("Russia", "Ceasefire"), ""),
    (1, "Cairo", ("Egypt",), ""),
]
BINH = [
    (0, "Thổ Nhĩ Kỳ", ("Turkey",), ""),
    (0, "kêu gọi ngừng bắn 😀", ("Ceasefire", "Turkey"), ""),
    (0, "Gaza", ("Ceasefire",), ""),
    (0, "Nga", ("Russia",), "chỉ phản đối"),
    (0, "Liên Hợp Quốc họp", ("UN",), "họp khẩn"),
    (1, "Cairo", ("Egypt",), "nơi đàm phán"),
    (1, "Ai Cập", ("Egypt",), ""),
]
TAGS = [("Turkey", "actor"), ("Russia", "actor"), ("UN", "actor"), ("Egypt", "actor"),
        ("Ceasefire", "theme"), ("Gaza", "place")]  # fmt: skip

Work = tuple[int, str, tuple[str, ...], str]  # document, words, tags, note
Fact = tuple[str, str, int, int, frozenset[str], str, str]  # document, quote, span, tags…


def _project(path: Path, coder: str) -> ProjectService:
    store = Store.create(path, lambda s: ProjectService(s).initialise(path.stem))
    return ProjectService(store, coder=coder)


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    """The lead's project as project JSON: both coders start from it (the same uuids)."""
    lead = _project(tmp_path / "lead.parallax", "lead")
    lead.add_document("Gaza", FIRST, language="vi")
    lead.add_document("Cairo", SECOND, language="vi")
    for name, kind in TAGS:
        lead.codebook.create_tag(name, kind)
    path = tmp_path / "shared.json"
    project_json.export(lead, path)
    lead.store.close()
    return path


def _coded(tmp_path: Path, shared: Path, coder: str, work: list[Work]) -> ProjectService:
    service = _project(tmp_path / f"{coder}.parallax", coder)
    project_json_import.import_project(service, shared)
    _annotate(service, work)
    return service


def _annotate(service: ProjectService, work: list[Work]) -> None:
    documents = service.documents()
    tags = {t.name: t.id for t in service.tags()}
    for index, words, names, note in work:
        document = documents[index].id
        start = service.document_text(document).index(words)
        service.create_annotation(
            document, start, start + len(words), [tags[n] for n in names], note=note
        )


@pytest.fixture
def ana(tmp_path: Path, shared: Path) -> Iterator[ProjectService]:
    service = _coded(tmp_path, shared, "ana", ANA)
    yield service
    service.store.close()


@pytest.fixture
def binh(tmp_path: Path, shared: Path) -> Iterator[ProjectService]:
    service = _coded(tmp_path, shared, "binh", BINH)
    yield service
    service.store.close()


def _facts(service: ProjectService, annotations: list[AnnotationInfo]) -> list[Fact]:
    titles = {d.id: d.title for d in service.documents()}
    names = {t.id: t.name for t in service.tags()}
    return sorted(
        (titles[a.document_id], a.quote, a.start, a.end,
         frozenset(names[t] for t in a.tag_ids), a.note, a.coder)
        for a in annotations
    )  # fmt: skip


def _of(service: ProjectService, coder: str) -> list[AnnotationInfo]:
    return [a for a in service.annotations() if a.coder == coder]


def _refi(path: Path) -> Incoming:
    return refi_qda_import.read_qdpx(path)


FORMATS: dict[str, tuple[str, Callable[[ProjectService, Path], int], Callable[[Path], Incoming]]]
FORMATS = {
    "project-json": ("binh.json", project_json.export, project_json_import.read_incoming),
    "w3c": ("binh-w3c.json", w3c.export, w3c_import.read),
    "qdpx": ("binh.qdpx", refi_qda.export_qdpx, _refi),
}


@pytest.mark.parametrize("name", FORMATS)
def test_another_coders_file_keeps_both_coders_whole(
    ana: ProjectService, binh: ProjectService, tmp_path: Path, name: str
) -> None:
    filename, export, read = FORMATS[name]
    path = tmp_path / filename
    export(binh, path)
    found = annotation_format(path)
    assert found is not None  # what File → Import Annotations… reads it with
    theirs = _facts(binh, binh.annotations())
    assert {f[-1] for f in theirs} == {"binh"}
    ours = ana.annotations()  # everything of ana's: uuids, content, coder, times
    assert {a.coder for a in ours} == {"ana"}

    plan = merging.preview(ana, found.read(path))
    # Nothing of binh's is taken for ana's, however alike: the coders differ.
    assert (len(plan.added), plan.unchanged, plan.conflict_count) == (len(BINH), 0, 0)
    assert {p.incoming.coder for p in plan.added} == {"binh"}
    result = merging.merge(ana, read(path))

    assert _of(ana, "ana") == ours
    assert len(ana.annotations()) == len(ANA) + len(BINH)
    assert _facts(ana, _of(ana, "binh")) == theirs
    if name != "qdpx":  # REFI-QDA selections carry no modification time of ours
        made = {a.uuid: (a.created_at, a.updated_at) for a in binh.annotations()}
        assert {a.uuid: (a.created_at, a.updated_at) for a in _of(ana, "binh")} == made
    assert [(c.coder, c.annotations) for c in ana.coders()] == [
        ("ana", len(ANA)),
        ("binh", len(BINH)),
    ]

    # The same file again adds nothing, and changes nothing.
    before = ana.annotations()
    again = merging.preview(ana, read(path))
    assert (again.added, again.updated, again.writes) == ([], [], False)
    assert again.unchanged == len(BINH)
    merging.merge(ana, read(path))
    assert ana.annotations() == before

    # Undo takes binh's work back and leaves ana's as it was.
    merge_undo.unmerge(ana, result)
    assert ana.annotations() == ours
    assert [c.coder for c in ana.coders()] == ["ana"]


def test_the_same_span_and_tags_from_another_coder_is_another_annotation(
    ana: ProjectService, tmp_path: Path
) -> None:
    """A file without uuids (doccano, brat, a tool's W3C): the same passage and tags are
    left alone only when the coder is the same too, or the file names none."""
    document = ana.documents()[0]
    first = ana.annotations()[0]
    assert (first.quote, first.coder) == ("Thổ Nhĩ Kỳ", "ana")
    tag = next(t for t in ana.tags() if t.id == first.tag_ids[0])

    def file(coder: str | None) -> Incoming:
        return Incoming(
            tmp_path / "x.json",
            "test",
            documents=[IncomingDocument(key="d", text=FIRST)],
            tags=[IncomingTag(key="t", name=tag.name, kind=tag.kind)],
            annotations=[
                IncomingAnnotation(
                    document="d", start=first.start, end=first.end, tags=("t",), coder=coder
                )
            ],
        )

    assert document.id == first.document_id
    assert merging.preview(ana, file("ana")).unchanged == 1
    assert merging.preview(ana, file(None)).unchanged == 1  # no name: no difference
    plan = merging.preview(ana, file("binh"))
    assert (len(plan.added), plan.unchanged) == (1, 0)
    merging.merge(ana, file("binh"))
    twice = [a for a in ana.annotations() if (a.start, a.end) == (first.start, first.end)]
    assert sorted(a.coder for a in twice) == ["ana", "binh"]
    assert merging.preview(ana, file("binh")).writes is False


def test_a_w3c_file_without_ids_keeps_the_other_coders_same_passages(
    ana: ProjectService, binh: ProjectService, tmp_path: Path
) -> None:
    """Another tool's W3C file names its annotations no uuid: binh's passages that match
    ana's in span, tags and note are still binh's, matched by the creator it names."""
    path = tmp_path / "binh-w3c.json"
    w3c.export(binh, path)
    collection = json.loads(path.read_text(encoding="utf-8"))
    for item in collection["first"]["items"]:
        del item["id"]
    path.write_text(json.dumps(collection), encoding="utf-8")
    ours = ana.annotations()

    result = merging.merge(ana, w3c_import.read(path))
    assert _of(ana, "ana") == ours
    assert _facts(ana, _of(ana, "binh")) == _facts(binh, binh.annotations())
    same = [a for a in ana.annotations() if a.quote == "Thổ Nhĩ Kỳ"]
    assert sorted(a.coder for a in same) == ["ana", "binh"]  # the same span, tags and note
    assert merging.preview(ana, w3c_import.read(path)).writes is False
    merge_undo.unmerge(ana, result)
    assert ana.annotations() == ours


NAMELESS = {
    "doccano": ("binh.jsonl", ml_formats.export_doccano),
    "label-studio": ("binh-ls.json", ml_formats.export_label_studio),
    "brat": ("binh-brat.zip", ml_formats.export_brat),
}


@pytest.mark.parametrize("name", NAMELESS)
def test_a_format_without_coders_imports_without_a_name_and_says_so(
    ana: ProjectService, binh: ProjectService, tmp_path: Path, name: str
) -> None:
    """doccano, brat and Label Studio (its users are numbers) name no coder: binh's work
    arrives under no name ("" — "(no name)" under Coders), never under the importing
    user's, and the preview and the CLI's report say so."""
    filename, export = NAMELESS[name]
    path = tmp_path / filename
    export(binh, path)
    found = annotation_format(path)
    assert found is not None
    ours = ana.annotations()

    plan = merging.preview(ana, found.read(path))
    assert plan.added and {p.incoming.coder or "" for p in plan.added} == {""}
    assert f"{len(plan.added)} added annotations have no coder name" in plan.summary()
    merging.merge(ana, found.read(path))
    assert _of(ana, "ana") == ours
    nameless = _of(ana, "")
    assert len(nameless) == len(plan.added) > 0
    assert [(c.coder, c.annotations) for c in ana.coders()] == [
        ("", len(nameless)),
        ("ana", len(ANA)),
    ]
    # Without a uuid or a coder to tell them apart, a passage ana holds with the same tags,
    # and the same note where the format has notes, is taken for hers: "Thổ Nhĩ Kỳ"; in
    # doccano, which has no notes, "Nga" and "Cairo" too. Label Studio's region ids are
    # binh's uuids, so all of his arrive.
    alike = {"doccano": {"Thổ Nhĩ Kỳ", "Nga", "Cairo"}, "brat": {"Thổ Nhĩ Kỳ"}}
    every = sorted(words for _, words, _, _ in BINH)
    assert sorted(a.quote for a in nameless) == [
        w for w in every if w not in alike.get(name, set())
    ]
    assert merging.preview(ana, found.read(path)).writes is False
