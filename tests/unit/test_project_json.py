"""Lossless project JSON: export, the schema, import into an empty project, refusals.

The importing project keeps its own identity (uuid, name, creation time): a project's uuid
names one database, and two live projects sharing one would make later merges ambiguous.
So a round trip gives the same file except for the ``project`` block.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from desktop.core.exporters import project_json as exporter
from desktop.core.importers import project_json as importer
from desktop.core.importers.problems import SHOWN
from desktop.core.importers.project_json import ProjectImportError, import_project
from desktop.core.project import ProjectError, ProjectService
from desktop.core.resources import resource
from desktop.core.store import Store

Data = dict[str, Any]


def schema() -> Data:
    loaded: Data = json.loads(resource("schemas", "project.schema.json").read_text("utf-8"))
    return loaded


def validate(data: Data) -> None:
    jsonschema.Draft202012Validator(schema()).validate(data)


def new_project(folder: Path, name: str) -> ProjectService:
    store = Store.create(folder / f"{name}.parallax", lambda s: ProjectService(s).initialise(name))
    return ProjectService(store)


def counts(service: ProjectService) -> tuple[int, ...]:
    annotations = service.annotations()
    return (
        len(service.documents()),
        len(service.tags()),
        len(service.codebook.aliases()),
        len(annotations),
        sum(len(a.tag_ids) for a in annotations),
    )


def write(path: Path, data: Data) -> Path:
    path.write_bytes(exporter.dumps(data))
    return path


def without_project(data: Data) -> Data:
    return {k: v for k, v in data.items() if k != "project"}


def test_the_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())


def test_the_sample_survives_a_round_trip(
    service: ProjectService, empty_store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "sample.json"
    assert exporter.export(service, path) == len(service.annotations()) > 0
    raw = path.read_bytes()
    data = json.loads(raw.decode("utf-8"))
    validate(data)
    assert list(data) == ["format", "version", "project", "documents", "codebook", "annotations"]
    assert exporter.dumps(exporter.build(service)) == raw  # stable: same project, same bytes
    assert any(t["aliases"] for t in data["codebook"]["tags"])

    target = ProjectService(empty_store)
    done = import_project(target, path)
    documents, tags, aliases, annotations, _ = counts(service)
    assert (done.documents, done.tags, done.aliases, done.annotations) == (
        documents, tags, aliases, annotations,
    )  # fmt: skip
    assert counts(target) == counts(service)
    assert done.name == service.info().name
    again = exporter.build(target)
    assert without_project(again) == without_project(data)
    assert again["project"]["name"] == "Empty" == target.info().name
    assert again["project"]["uuid"] == target.info().uuid != data["project"]["uuid"]
    source_docs = [(d.uuid, d.title, d.position, d.imported_at) for d in service.documents()]
    target_docs = [(d.uuid, d.title, d.position, d.imported_at) for d in target.documents()]
    assert source_docs == target_docs
    source_tags = {t.uuid: t.count for t in service.tags()}
    assert {t.uuid: t.count for t in target.tags()} == source_tags
    # The full-text index was filled by the database's triggers.
    for query in ("senjata", "Thổ Nhĩ Kỳ"):
        found, expected = target.search.search(query), service.search.search(query)
        assert found.hit_count == expected.hit_count > 0
        assert len(found.notes) == len(expected.notes)


def test_astral_characters_and_combining_marks_keep_their_offsets(tmp_path: Path) -> None:
    source = new_project(tmp_path, "source")
    body = "Ở 😀 đây: q\u0301 và 𠀀𠀁 — 🇻🇳 👩\u200d👩\u200d👧 cuối."
    doc = source.add_document("Astral", body, language="vi")
    text = source.document_text(doc.id)
    assert "q\u0301" in text  # no precomposed form: two code points, kept by NFC
    tag = source.codebook.create_tag("Emoji", "theme", colour="#abcdef")
    spans = [("😀", "😀"), ("q\u0301", "q\u0301 và 𠀀"), ("𠀁", "🇻🇳"), ("👩", "👧")]
    for first, last in spans:
        start = text.index(first)
        end = text.index(last) + len(last)
        source.create_annotation(doc.id, start, end, [tag.id], note=f"{first}…{last} 📝")
    path = tmp_path / "astral.json"
    exporter.export(source, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    validate(data)
    assert "😀" in path.read_text(encoding="utf-8")  # written as UTF-8, not \\u escapes
    exported_text = data["documents"][0]["text"]
    for item in data["annotations"]:
        assert exported_text[item["start"] : item["end"]] == item["quote"]
        assert exported_text[: item["start"]].endswith(item["prefix"])

    target = new_project(tmp_path, "target")
    import_project(target, path)
    before = [(a.uuid, a.start, a.end, a.quote, a.prefix, a.suffix) for a in source.annotations()]
    after = [(a.uuid, a.start, a.end, a.quote, a.prefix, a.suffix) for a in target.annotations()]
    assert after == before
    assert without_project(exporter.build(target)) == without_project(data)


def test_hierarchy_order_and_exact_times_are_kept(tmp_path: Path) -> None:
    source = new_project(tmp_path, "source")
    child = source.codebook.create_tag("Lavrov", "actor")
    parent = source.codebook.create_tag("Russia", "actor", shortcut="R")
    source.codebook.create_tag("Blame", "theme", aliases=[("menyalahkan", "id")])
    source.codebook.move_tag(child.id, parent.id)  # a sub-tag created before its parent
    doc = source.add_document("One", "Russia and Lavrov.")
    source.create_annotation(doc.id, 0, 6, [child.id, parent.id])
    data = exporter.build(source)
    assert data["codebook"]["tags"][0]["parent"] == parent.uuid
    # A time with microseconds (another tool's) is kept to the microsecond.
    data["annotations"][0]["updated_at"] = "2024-05-01T12:00:00.123456Z"
    validate(data)
    target = new_project(tmp_path, "target")
    import_project(target, write(tmp_path / "h.json", data))
    assert without_project(exporter.build(target)) == without_project(data)
    imported = {t.uuid: t for t in target.tags()}
    assert imported[child.uuid].parent_id == imported[parent.uuid].id


def test_an_empty_project_round_trips(tmp_path: Path) -> None:
    source = new_project(tmp_path, "source")
    data = exporter.build(source)
    validate(data)
    target = new_project(tmp_path, "target")
    done = import_project(target, write(tmp_path / "empty.json", data))
    assert (done.documents, done.tags, done.annotations) == (0, 0, 0)
    assert counts(target) == (0, 0, 0, 0, 0)


def test_keys_in_any_order_are_recognised_and_imported(
    service: ProjectService, empty_store: Store, tmp_path: Path
) -> None:
    sorted_keys = tmp_path / "sorted.json"
    sorted_keys.write_text(json.dumps(exporter.build(service), sort_keys=True), encoding="utf-8")
    assert importer.looks_like_project(sorted_keys)
    w3c_file = tmp_path / "w3c.json"
    from desktop.core.exporters import w3c

    w3c.export(service, w3c_file)
    assert not importer.looks_like_project(w3c_file)
    assert not importer.looks_like_project(tmp_path / "missing.json")
    target = ProjectService(empty_store)
    import_project(target, sorted_keys)
    assert counts(target) == counts(service)


# -- refusals ------------------------------------------------------------------------


def _cycle(data: Data) -> None:
    tags = [t for t in data["codebook"]["tags"] if t["kind"] == "actor"][:3]
    tags[0]["parent"], tags[1]["parent"], tags[2]["parent"] = (
        tags[1]["uuid"], tags[2]["uuid"], tags[0]["uuid"],
    )  # fmt: skip


def _other_kind_parent(data: Data) -> None:
    tags = data["codebook"]["tags"]
    actor = next(t for t in tags if t["kind"] == "actor")
    theme = next(t for t in tags if t["kind"] == "theme")
    actor["parent"] = theme["uuid"]


def _set(where: Callable[[Data], Data], key: str, value: Any) -> Callable[[Data], None]:
    return lambda data: where(data).__setitem__(key, value)


def _first_annotation(data: Data) -> Data:
    found: Data = data["annotations"][0]
    return found


def _first_document(data: Data) -> Data:
    found: Data = data["documents"][0]
    return found


def _outside(data: Data) -> None:
    item = _first_annotation(data)
    text = next(d["text"] for d in data["documents"] if d["uuid"] == item["document"])
    item["end"] = len(text) + 5


def _quote(data: Data) -> None:
    item = _first_annotation(data)
    item["quote"] = "X" + item["quote"][1:]


def _duplicate_alias(data: Data) -> None:
    aliases = next(t for t in data["codebook"]["tags"] if t["aliases"])["aliases"]
    aliases.append({**aliases[0], "text": f" {aliases[0]['text'].upper()}"})  # same, really


MUTATIONS: dict[str, tuple[Callable[[Data], None], str, bool]] = {
    # name: (change, message fragment, the schema refuses it too)
    "wrong format": (_set(lambda d: d, "format", "w3c"), "is not a Parallax project file", True),
    "newer version": (_set(lambda d: d, "version", 2), "newer Parallax (project file version 2)",
                      True),
    "version as text": (_set(lambda d: d, "version", "1"), "unknown project file version",
                        True),
    "missing field": (lambda d: _first_document(d).pop("text_sha256"),
                      "documents[0]: the field 'text_sha256' is missing", True),
    "unknown field": (_set(_first_document, "colour", "red"), "unknown field 'colour'", True),
    "true as a number": (_set(_first_document, "position", True),
                         "documents[0].position: must be a whole number", True),
    "negative offset": (_set(_first_annotation, "start", -1), "must be at least 0", True),
    "bad time": (_set(_first_annotation, "created_at", "2024-13-01T00:00:00Z"),
                 "is not a real date and time", False),
    "bad colour": (lambda d: d["codebook"]["tags"][0].__setitem__("colour", "red"),
                   "is not a colour", True),
    "offsets outside the text": (_outside, "is outside a text of", False),
    "quote mismatch": (_quote, "annotations[0].quote: is not the text from", False),
    "unknown tag": (_set(_first_annotation, "tags", ["00000000-0000-4000-8000-000000000000"]),
                    "annotations[0].tags: there is no tag 00000000-", False),
    "unknown document": (_set(_first_annotation, "document",
                              "00000000-0000-4000-8000-000000000000"),
                         "annotations[0].document: there is no document", False),
    "duplicate uuid": (lambda d: d["annotations"][1].__setitem__("uuid",
                                                                 d["annotations"][0]["uuid"]),
                       "annotations[1].uuid: ", False),
    "uuid shared across kinds": (lambda d: d["codebook"]["tags"][0].__setitem__(
        "uuid", d["documents"][0]["uuid"]), "is also the uuid of documents[0]", False),
    "parent cycle": (_cycle, "the tag ends up inside itself", False),
    "parent of another kind": (_other_kind_parent, "is not an actor tag", False),
    "sha256 mismatch": (_set(_first_document, "text_sha256", "0" * 64),
                        "documents[0].text_sha256: does not match the text", False),
    "text not normalised": (lambda d: _first_document(d).__setitem__(
        "text", _first_document(d)["text"].replace("\n", "\r\n")),
        "is not normalised", False),
    "duplicate tag name": (lambda d: d["codebook"]["tags"][1].update(
        name=d["codebook"]["tags"][0]["name"].upper(), kind=d["codebook"]["tags"][0]["kind"]),
        "codebook.tags[1].name: codebook.tags[0] is a", False),
    "duplicate alias": (_duplicate_alias, "is listed twice as an alias", False),
    "lone surrogate": (_set(_first_annotation, "note", "\ud800"), "unpaired surrogate", False),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(MUTATIONS))
def test_a_bad_file_is_refused_and_the_project_is_unchanged(
    case: str, service: ProjectService, empty_store: Store, tmp_path: Path
) -> None:
    change, message, schema_refuses = MUTATIONS[case]
    data = copy.deepcopy(exporter.build(service))
    change(data)
    path = tmp_path / "bad.json"
    # json.dumps writes a lone surrogate as an escape, as another tool might.
    path.write_text(json.dumps(data), encoding="utf-8")
    if schema_refuses:
        with pytest.raises(jsonschema.ValidationError):
            validate(data)
    target = ProjectService(empty_store)
    with pytest.raises(ProjectImportError) as caught:
        import_project(target, path)
    assert message in str(caught.value)
    assert str(path) in str(caught.value)
    assert counts(target) == (0, 0, 0, 0, 0)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b'{"format": "parallax-project", "version": 1,', "is not valid JSON: Expecting"),
        (b'{"format": "parallax-project", "version": NaN}', "NaN, which is not a JSON number"),
        (b'{"format": "parallax-project", "version": -Infinity}', "-Infinity"),
        (b'{"format": "parallax-project", "version": 1e999}', "is too large"),
        (b'{"format": "parallax-project", "format": "x"}', "has the key 'format' twice"),
        (b'{"format": "parallax-\xff"}', "is not UTF-8 text"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b"", "is not valid JSON"),
    ],
)
def test_unreadable_json_is_refused(
    raw: bytes, message: str, empty_store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(raw)
    target = ProjectService(empty_store)
    with pytest.raises(ProjectImportError, match=r"bad\.json") as caught:
        import_project(target, path)
    assert message in str(caught.value)
    assert counts(target) == (0, 0, 0, 0, 0)


def test_many_problems_are_summed_up_after_the_first_five(
    service: ProjectService, empty_store: Store, tmp_path: Path
) -> None:
    data = exporter.build(service)
    for item in data["annotations"]:
        item["quote"] = "?"
    path = write(tmp_path / "bad.json", data)
    with pytest.raises(ProjectImportError) as caught:
        import_project(ProjectService(empty_store), path)
    lines = str(caught.value).splitlines()
    assert lines[0] == f"{path} cannot be imported as a Parallax project file:"
    first = data["annotations"][0]
    assert lines[1] == (
        f"  - annotations[0].quote: is not the text from {first['start']} to {first['end']}"
    )
    assert len([line for line in lines if line.startswith("  - ")]) == SHOWN
    assert lines[-1] == f"  … and {len(data['annotations']) - SHOWN} more problems."


def test_a_file_over_the_limit_is_refused_unread(
    service: ProjectService, empty_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.json"
    exporter.export(service, path)
    monkeypatch.setattr(importer, "MAX_BYTES", path.stat().st_size - 1)
    with pytest.raises(ProjectImportError, match="a project file may be at most"):
        import_project(ProjectService(empty_store), path)
    assert importer.looks_like_project(path)  # so the command says why, not "skipped"


def test_a_project_with_documents_or_tags_is_refused(
    service: ProjectService, tmp_path: Path
) -> None:
    path = tmp_path / "sample.json"
    exporter.export(service, path)
    before = counts(service)
    with pytest.raises(
        ProjectImportError, match=r"already has documents or tags; .* \(merging comes later\)"
    ):
        import_project(service, path)
    assert counts(service) == before
    only_a_tag = new_project(tmp_path, "tagged")
    only_a_tag.codebook.create_tag("Turkey", "actor")
    with pytest.raises(ProjectImportError, match="already has documents or tags"):
        import_project(only_a_tag, path)
    assert counts(only_a_tag) == (0, 1, 0, 0, 0)


def test_a_failure_while_writing_leaves_nothing_behind(
    service: ProjectService, empty_store: Store, tmp_path: Path
) -> None:
    from sqlalchemy import text

    path = tmp_path / "sample.json"
    exporter.export(service, path)
    # The database refuses the last rows written (the links), as a full disk would.
    with empty_store.write() as session:
        session.execute(text(
            "CREATE TRIGGER refuse BEFORE INSERT ON annotationtag "
            "BEGIN SELECT RAISE(ABORT, 'the disk went away'); END"
        ))  # fmt: skip
    target = ProjectService(empty_store)
    with pytest.raises(ProjectError, match=r"was not saved to .*the disk went away"):
        import_project(target, path)
    assert counts(target) == (0, 0, 0, 0, 0)
    assert target.search.search("senjata").document_ids == ()  # the index rolled back too
    with empty_store.write() as session:
        session.execute(text("DROP TRIGGER refuse"))
    import_project(target, path)  # and the project is still empty enough to import into
    assert counts(target) == counts(service)


def test_a_passage_of_only_spaces_and_line_breaks_round_trips(tmp_path: Path) -> None:
    source = new_project(tmp_path, "source")
    document = source.add_document("Gaps", "one\n\ntwo")
    source.create_annotation(document.id, 3, 5, note="the paragraph break")
    path = tmp_path / "gaps.json"
    exporter.export(source, path)
    target = new_project(tmp_path, "target")
    import_project(target, path)
    (annotation,) = target.annotations()
    assert (annotation.start, annotation.end, annotation.quote) == (3, 5, "\n\n")


def test_a_refused_cli_import_leaves_no_new_project_behind(tmp_path: Path) -> None:
    from desktop.cli import main

    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "parallax-project", "version": 99}', encoding="utf-8")
    target = tmp_path / "new.parallax"
    assert main(["import", str(bad), "--project", str(target)]) == 1
    assert not target.exists() and not list(tmp_path.glob("new.parallax*"))
