"""Merging other files' work into a project: matching, conflicts, all-or-nothing, undo."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core import merge_undo, merge_writing, merging
from desktop.core.exporters import project_json, w3c
from desktop.core.importers import project_json as project_json_import
from desktop.core.importers import w3c as w3c_import
from desktop.core.incoming import (
    Incoming,
    IncomingAnnotation,
    IncomingDocument,
    IncomingError,
    IncomingTag,
)
from desktop.core.project import ProjectService
from desktop.core.service_base import NotSavedError
from desktop.core.store import Store

TEXT = "Thổ Nhĩ Kỳ kêu gọi ngừng bắn 😀 ở Gaza.\nNga phản đối. Liên Hợp Quốc họp."


def _project(path: Path, coder: str) -> ProjectService:
    store = Store.create(path, lambda s: ProjectService(s).initialise(path.stem))
    return ProjectService(store, coder=coder)


@pytest.fixture
def ours(tmp_path: Path) -> Iterator[ProjectService]:
    service = _project(tmp_path / "ours.parallax", "ana")
    yield service
    service.store.close()


@pytest.fixture
def theirs(tmp_path: Path) -> Iterator[ProjectService]:
    service = _project(tmp_path / "theirs.parallax", "binh")
    yield service
    service.store.close()


def _span(service: ProjectService, document_id: int, words: str) -> tuple[int, int]:
    start = service.document_text(document_id).index(words)
    return start, start + len(words)


def _state(service: ProjectService) -> object:
    """Everything a merge could change, to compare before and after."""
    tags = {t.id: (t.uuid, t.kind, t.name, t.colour, t.parent_id) for t in service.tags()}
    return (
        [(d.uuid, d.title, d.text_sha256) for d in service.documents()],
        tags,
        service.annotations(),
    )


def test_w3c_file_merges_into_a_project_with_the_same_text(
    ours: ProjectService, theirs: ProjectService, tmp_path: Path
) -> None:
    # The same article in both projects, under different uuids: matched by its text.
    mine = ours.add_document("Bài báo", TEXT, language="vi")
    other = theirs.add_document("Bài báo (copy)", TEXT, language="vi")
    turkey_ours = ours.codebook.create_tag("turkey", "actor")  # another case: same tag
    turkey = theirs.codebook.create_tag("Turkey", "actor", colour="#E41A1C")
    truce = theirs.codebook.create_tag("Ceasefire", "theme", colour="#4DAF4A")
    theirs.create_annotation(other.id, *_span(theirs, other.id, "Thổ Nhĩ Kỳ"), [turkey.id])
    theirs.create_annotation(
        other.id, *_span(theirs, other.id, "ngừng bắn 😀"), [truce.id, turkey.id], note="Ghi chú"
    )
    path = tmp_path / "theirs.json"
    w3c.export(theirs, path)

    incoming = w3c_import.read(path)
    before = _state(ours)
    plan = merging.preview(ours, incoming)
    assert _state(ours) == before  # a preview writes nothing
    assert (len(plan.added), plan.matched_documents, plan.matched_tags) == (2, 1, 1)
    assert [(kind, name) for _, kind, name in plan.new_tags] == [("theme", "Ceasefire")]

    result = merging.merge(ours, incoming)
    annotations = ours.annotations(mine.id)
    assert [a.quote for a in annotations] == ["Thổ Nhĩ Kỳ", "ngừng bắn 😀"]
    assert annotations[1].note == "Ghi chú" and annotations[1].coder == "binh"
    names = {t.id: (t.kind, t.name) for t in ours.tags()}
    assert {names[t] for t in annotations[1].tag_ids} == {
        ("actor", "turkey"),
        ("theme", "Ceasefire"),
    }
    assert turkey_ours.id in annotations[0].tag_ids
    assert [a.uuid for a in annotations] == [a.uuid for a in theirs.annotations()]
    assert len(result.annotations) == 2

    again = merging.preview(ours, w3c_import.read(path))
    assert (len(again.added), len(again.updated), again.unchanged) == (0, 0, 2)
    assert not again.writes


def test_same_uuid_newer_wins_and_conflicts_are_listed(
    ours: ProjectService, tmp_path: Path
) -> None:
    document = ours.add_document("Doc", TEXT)
    tag = ours.codebook.create_tag("Russia", "actor")
    start, end = _span(ours, document.id, "Nga")
    first = ours.create_annotation(document.id, start, end, [tag.id], note="ours")
    second = ours.create_annotation(document.id, 0, 3, [tag.id], note="ours too")
    third = ours.create_annotation(document.id, 4, 7, [], note="same")
    path = tmp_path / "project.json"
    project_json.export(ours, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    later = (first.updated_at + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    earlier = (second.updated_at - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    by_uuid = {a["uuid"]: a for a in data["annotations"]}
    by_uuid[first.uuid].update(note="theirs, newer", updated_at=later)
    by_uuid[second.uuid].update(note="theirs, older", updated_at=earlier)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    plan = merging.preview(ours, project_json_import.read_incoming(path))
    assert (len(plan.updated), plan.unchanged, plan.conflict_count) == (1, 1, 2)
    kept = {c.quote: c.kept for c in plan.conflicts}
    assert kept == {"Nga": "theirs", TEXT[0:3]: "ours"}
    assert "theirs, newer" in next(c.theirs for c in plan.conflicts if c.kept == "theirs")

    result = merging.merge(ours, project_json_import.read_incoming(path))
    assert ours.annotation(first.id).note == "theirs, newer"
    assert ours.annotation(first.id).updated_at.strftime("%Y-%m-%dT%H:%M:%SZ") == later
    assert ours.annotation(second.id).note == "ours too"
    assert ours.annotation(third.id).note == "same"
    assert len(ours.documents()) == 1 and len(ours.tags()) == 1  # nothing duplicated

    merge_undo.unmerge(ours, result)
    assert ours.annotation(first.id) == first


def test_tags_match_by_uuid_then_kind_and_name_then_are_created(
    ours: ProjectService, tmp_path: Path
) -> None:
    document = ours.add_document("Doc", TEXT)
    by_uuid = ours.codebook.create_tag("Renamed here", "actor")
    by_name = ours.codebook.create_tag("Gaza", "place")
    ours.codebook.create_tag("UN", "actor")
    ours.codebook.create_tag("UN", "theme")  # a kind-less "UN" is ambiguous
    incoming = Incoming(
        tmp_path / "x.json",
        "test",
        documents=[IncomingDocument(key="d", text=TEXT)],
        tags=[
            IncomingTag(key="a", name="Old name", kind="actor", uuid=by_uuid.uuid),
            IncomingTag(key="b", name="GAZA", kind="Place"),
            IncomingTag(key="c", name="gaza"),  # no kind: the one tag of that name
            IncomingTag(key="d", name="UN"),  # no kind, two candidates: created as imported
            IncomingTag(key="e", name="New", kind="stance", parent="f"),
            IncomingTag(key="f", name="Parent", kind="stance", colour="#112233"),
        ],
        annotations=[
            IncomingAnnotation(document="d", start=0, end=3, tags=("a", "b", "c", "d", "e"))
        ],
    )
    merging.merge(ours, incoming)
    tags = {t.id: t for t in ours.tags()}
    (annotation,) = ours.annotations(document.id)
    got = sorted((tags[t].kind, tags[t].name) for t in annotation.tag_ids)
    assert got == [("actor", "Renamed here"), ("imported", "UN"), ("place", "Gaza"),
                   ("stance", "New")]  # fmt: skip
    new = next(t for t in tags.values() if t.name == "New")
    parent = next(t for t in tags.values() if t.name == "Parent")
    assert new.parent_id == parent.id and parent.colour == "#112233"
    assert new.colour.startswith("#") and new.colour != "#808080"
    assert by_name.id in annotation.tag_ids


def test_documents_are_never_duplicated(ours: ProjectService, tmp_path: Path) -> None:
    ours.add_document("Ours", TEXT)
    incoming = Incoming(
        tmp_path / "x.json",
        "test",
        documents=[
            IncomingDocument(key="same", title="Same text", text=TEXT.replace("\n", "\r\n")),
            IncomingDocument(key="new", title="New", text="Một bài khác."),
            IncomingDocument(key="twice", title="New again", text="Một bài khác."),
        ],
        annotations=[
            IncomingAnnotation(document="same", start=0, end=3),
            IncomingAnnotation(document="new", start=0, end=3),
            IncomingAnnotation(document="twice", start=4, end=7),
        ],
    )
    plan = merging.preview(ours, incoming)
    assert (plan.matched_documents, len(plan.new_documents)) == (1, 1)
    merging.merge(ours, incoming)
    documents = ours.documents()
    assert [d.title for d in documents] == ["Ours", "New"]
    assert [a.quote for a in ours.annotations(documents[1].id)] == ["Một", "bài"]


def test_offsets_that_miss_their_quote_are_found_by_it_or_skipped(
    ours: ProjectService, tmp_path: Path
) -> None:
    document = ours.add_document("Doc", TEXT)
    start, _ = _span(ours, document.id, "Liên Hợp Quốc")
    incoming = Incoming(
        tmp_path / "x.json",
        "test",
        documents=[IncomingDocument(key="d", uuid=document.uuid)],
        annotations=[
            # counted in another text (say, two characters longer before it)
            IncomingAnnotation(
                document="d",
                start=start + 2,
                end=start + 15,
                quote="Liên Hợp Quốc",
                prefix="phản đối. ",
                where="one",
            ),
            IncomingAnnotation(document="d", start=0, end=5, quote="Hamas", where="two"),
            IncomingAnnotation(document="d", start=500, end=510, where="three"),
            IncomingAnnotation(document="missing", start=0, end=3),
        ],
    )
    incoming.documents.append(IncomingDocument(key="missing", title="Elsewhere"))
    plan = merging.preview(ours, incoming)
    assert [(p.start, p.end) for p in plan.added] == [(start, start + 13)]
    assert plan.relocated == 1 and plan.skipped_count == 3
    text = "\n".join(plan.skipped)
    assert "two: “Hamas” is not in “Doc”" in text
    assert "three: 500–510 is not a passage" in text
    assert "on “Elsewhere”: the document is not in this project" in text


def test_a_failure_while_writing_leaves_the_project_as_it_was(
    ours: ProjectService, theirs: ProjectService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ours.add_document("Ours", TEXT)
    ours.codebook.create_tag("Russia", "actor")
    other = theirs.add_document("Theirs", "Một bài khác, dài hơn một chút.")
    tag = theirs.codebook.create_tag("Israel", "actor")
    theirs.create_annotation(other.id, 0, 3, [tag.id])
    theirs.create_annotation(other.id, 4, 7, [tag.id])
    path = tmp_path / "theirs.json"
    project_json.export(theirs, path)
    before = _state(ours)

    def failing(session: object, plan: object) -> dict[str, int]:
        raise NotSavedError("disk full (simulated)")

    # The documents are written before the tags: the failure comes half-way.
    monkeypatch.setattr(merge_writing, "_write_tags", failing)
    with pytest.raises(NotSavedError):
        merging.merge(ours, project_json_import.read_incoming(path))
    assert _state(ours) == before
    assert ours.search.search("khác").document_ids == ()  # nor its search index entry


def test_w3c_reader_refuses_bad_files_by_name(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"type": "AnnotationCollection", "first": "https://x/page1"}', "utf-8")
    with pytest.raises(IncomingError, match=r"bad\.json: the collection's pages are not in"):
        w3c_import.read(bad)
    bad.write_text('{"items": [', encoding="utf-8")
    with pytest.raises(IncomingError, match=r"bad\.json is not valid JSON"):
        w3c_import.read(bad)
    bad.write_text(
        json.dumps(
            [
                {
                    "type": "Annotation",
                    "target": {
                        "source": "urn:x",
                        "selector": {"type": "TextPositionSelector", "start": 5, "end": 2},
                    },
                },
                {
                    "type": "Annotation",
                    "created": "yesterday",
                    "target": {
                        "source": "urn:x",
                        "selector": {"type": "TextQuoteSelector", "exact": "a"},
                    },
                },
                {"type": "Note"},
                {
                    "type": "Annotation",
                    "id": "urn:x:1",
                    "target": {
                        "source": "urn:x",
                        "selector": {"type": "TextQuoteSelector", "exact": "a"},
                    },
                },
                {
                    "type": "Annotation",
                    "id": "urn:x:1",
                    "target": {
                        "source": "urn:x",
                        "selector": {"type": "TextQuoteSelector", "exact": "b"},
                    },
                },
            ]
        ),
        encoding="utf-8",
    )
    with pytest.raises(IncomingError) as caught:
        w3c_import.read(bad)
    message = str(caught.value)
    assert "annotation 1: its passage 5–2 is empty or negative" in message
    assert "annotation 2: its created or modified time is not an ISO 8601 time" in message
    assert "annotation 3: is not an Annotation" in message
    assert "annotation 5: annotation 4 has the id urn:x:1 too" in message


def test_w3c_from_another_tool_merges_by_quote(ours: ProjectService, tmp_path: Path) -> None:
    document = ours.add_document("Doc", TEXT)
    other_tool = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationPage",
        "items": [
            {
                "id": "https://example.org/anno/1",
                "type": "Annotation",
                "creator": {"type": "Person", "nickname": "chi"},
                "created": "2025-03-01T10:00:00+07:00",
                "body": [
                    {"type": "TextualBody", "purpose": "tagging", "value": "Russia"},
                    {"type": "TextualBody", "value": "a comment"},
                ],
                "target": {
                    "source": f"urn:uuid:{document.uuid}",
                    "selector": {"type": "TextQuoteSelector", "exact": "Nga phản đối"},
                },
            },
            {
                "id": "https://example.org/anno/2",
                "type": "Annotation",
                "target": "https://example.org/article",
            },
        ],
    }
    path = tmp_path / "other.jsonld"
    path.write_text(json.dumps(other_tool, ensure_ascii=False), encoding="utf-8")
    assert w3c_import.looks_like_w3c(path)
    incoming = w3c_import.read(path)
    assert incoming.skipped == ["1 annotation on whole documents (no selector): "
                                "Parallax annotates passages."]  # fmt: skip
    merging.merge(ours, incoming)
    (annotation,) = ours.annotations(document.id)
    assert annotation.quote == "Nga phản đối" and annotation.note == "a comment"
    assert annotation.coder == "chi"
    assert annotation.created_at == datetime(2025, 3, 1, 3, 0, tzinfo=UTC)
    assert [(t.kind, t.name) for t in ours.tags()] == [("imported", "Russia")]


def test_project_json_merge_keeps_everything_of_both_coders(
    ours: ProjectService, theirs: ProjectService, tmp_path: Path
) -> None:
    mine = ours.add_document("Shared", TEXT)
    russia = ours.codebook.create_tag("Russia", "actor")
    ours.create_annotation(mine.id, *_span(ours, mine.id, "Nga"), [russia.id])
    shared = theirs.add_document("Shared", TEXT)
    extra = theirs.add_document("Only theirs", "Israel và Hamas.", language="vi")
    un = theirs.codebook.create_tag("UN", "actor", aliases=[("Liên Hợp Quốc", "vi")])
    theirs.create_annotation(shared.id, *_span(theirs, shared.id, "Liên Hợp Quốc"), [un.id])
    theirs.create_annotation(extra.id, 0, 6, [un.id], note="theirs")
    path = tmp_path / "theirs.json"
    project_json.export(theirs, path)

    result = merging.merge(ours, project_json_import.read_incoming(path))
    assert [d.title for d in ours.documents()] == ["Shared", "Only theirs"]
    assert ours.documents()[1].language == "vi"
    coders = sorted(a.coder for a in ours.annotations())
    assert coders == ["ana", "binh", "binh"]
    assert ours.codebook.aliases(next(t.id for t in ours.tags() if t.name == "UN"))[0].text == (
        "Liên Hợp Quốc"
    )
    before = _state(ours)
    merge_undo.unmerge(ours, result)
    assert [d.title for d in ours.documents()] == ["Shared"]
    assert [t.name for t in ours.tags()] == ["Russia"]
    assert len(ours.annotations()) == 1
    assert before != _state(ours)


def test_repeated_spans_without_uuids_are_left_alone(ours: ProjectService, tmp_path: Path) -> None:
    document = ours.add_document("Doc", TEXT)
    tag = ours.codebook.create_tag("Russia", "actor")
    start, end = _span(ours, document.id, "Nga")
    ours.create_annotation(document.id, start, end, [tag.id], coder="")
    incoming = Incoming(
        tmp_path / "x.jsonl",
        "test",
        documents=[IncomingDocument(key="d", text=TEXT)],
        tags=[IncomingTag(key="Russia", name="Russia")],
        annotations=[
            IncomingAnnotation(document="d", start=start, end=end, tags=("Russia",)),
            IncomingAnnotation(document="d", start=0, end=3, tags=("Russia",)),
            IncomingAnnotation(document="d", start=0, end=3, tags=("Russia",)),
        ],
    )
    plan = merging.preview(ours, incoming)
    assert (len(plan.added), plan.unchanged) == (1, 2)
    assert replace(plan, added=[]).writes is False


def test_fields_a_format_does_not_carry_are_no_difference(
    ours: ProjectService, tmp_path: Path
) -> None:
    """doccano has no coder or note, Label Studio no coder: re-importing our own export
    changes nothing, however newer the file's times."""
    document = ours.add_document("Doc", TEXT)
    tag = ours.codebook.create_tag("Russia", "actor")
    start, end = _span(ours, document.id, "Nga")
    made = ours.create_annotation(document.id, start, end, [tag.id], note="ours")
    later = made.updated_at + timedelta(days=1)
    incoming = Incoming(
        tmp_path / "x.jsonl",
        "test",
        documents=[IncomingDocument(key="d", text=TEXT)],
        tags=[IncomingTag(key="Russia", name="Russia")],
        annotations=[
            IncomingAnnotation(document="d", start=start, end=end, tags=("Russia",)),
            IncomingAnnotation(
                document="d",
                start=start,
                end=end,
                tags=("Russia",),
                uuid=made.uuid,
                updated_at=later,
            ),
        ],
    )
    plan = merging.preview(ours, incoming)
    assert (plan.unchanged, plan.conflict_count, plan.writes) == (2, 0, False)


def test_quote_only_annotations_go_where_the_quote_fits_or_are_listed(
    ours: ProjectService, tmp_path: Path
) -> None:
    text = "Nga. " + "x" * 2500 + " Bộ trưởng Nga phát biểu. Nga."
    document = ours.add_document("Doc", text)
    far = text.index("Bộ trưởng Nga") + len("Bộ trưởng ")
    incoming = Incoming(
        tmp_path / "x.json",
        "test",
        documents=[IncomingDocument(key="d", uuid=document.uuid)],
        annotations=[
            IncomingAnnotation(
                document="d",
                start=-1,
                end=-1,
                quote="Nga",
                prefix="Bộ trưởng ",
                suffix=" phát biểu",
                where="fits",
            ),
            IncomingAnnotation(document="d", start=-1, end=-1, quote="Nga", where="which"),
            IncomingAnnotation(document="d", start=-1, end=-1, quote="phát biểu", where="one"),
        ],
    )
    plan = merging.preview(ours, incoming)
    assert sorted((p.incoming.where, p.start) for p in plan.added) == [
        ("fits", far), ("one", text.index("phát biểu"))
    ]  # fmt: skip
    assert plan.skipped == [
        "which: “Nga” occurs more than once in “Doc” and the file gives no offsets or "
        "context that tell which."
    ]


def test_undo_then_redo_puts_back_the_same_rows(
    ours: ProjectService, theirs: ProjectService, tmp_path: Path
) -> None:
    mine = ours.add_document("Shared", TEXT)
    russia = ours.codebook.create_tag("Russia", "actor")
    kept = ours.create_annotation(mine.id, *_span(ours, mine.id, "Nga"), [russia.id])
    shared = theirs.add_document("Shared", TEXT)
    theirs.add_document("Only theirs", "Israel và Hamas.")
    parent = theirs.codebook.create_tag("UN", "actor", aliases=[("LHQ", "vi")])
    child = theirs.codebook.create_tag("Guterres", "actor", parent_id=parent.id)
    theirs.create_annotation(shared.id, *_span(theirs, shared.id, "Liên Hợp Quốc"), [child.id])
    path = tmp_path / "theirs.json"
    project_json.export(theirs, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["annotations"].append(  # a newer version of ours: an update
        {"uuid": kept.uuid, "document": shared.uuid, "start": kept.start, "end": kept.end,
         "quote": kept.quote, "prefix": kept.prefix, "suffix": kept.suffix, "note": "theirs",
         "coder": "binh", "created_at": "2020-01-01T00:00:00Z",
         "updated_at": "2099-01-01T00:00:00Z", "tags": [parent.uuid]}
    )  # fmt: skip
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = merging.merge(ours, project_json_import.read_incoming(path))
    merged = _state(ours)
    aliases = [(a.tag_id, a.text) for a in ours.codebook.aliases()]
    assert ours.annotation(kept.id).note == "theirs"

    undone = merge_undo.unmerge(ours, result)
    assert ours.annotation(kept.id) == kept
    merge_undo.remerge(ours, undone)
    assert _state(ours) == merged  # the same ids, uuids, times, tags and parents
    assert [(a.tag_id, a.text) for a in ours.codebook.aliases()] == aliases
    assert ours.search.search("Hamas").document_ids == (result.documents[0],)
    merge_undo.unmerge(ours, result)
    assert ours.annotation(kept.id) == kept


def test_a_placed_orphan_replaces_ours_and_undo_orphans_it_again(
    ours: ProjectService, tmp_path: Path
) -> None:
    document = ours.add_document("Doc", TEXT)
    start, end = _span(ours, document.id, "Nga")
    made = ours.create_annotation(document.id, start, end)
    ours.replace_text(document.id, TEXT.replace("Nga phản đối", "Moskva phản đối"))
    orphan = ours.annotation(made.id)
    assert orphan.orphan
    moved = ours.document_text(document.id).index("Moskva")
    incoming = Incoming(
        tmp_path / "x.json",
        "test",
        documents=[IncomingDocument(key="d", uuid=document.uuid)],
        annotations=[
            IncomingAnnotation(
                document="d",
                start=moved,
                end=moved + 6,
                quote="Moskva",
                uuid=made.uuid,
                updated_at=orphan.updated_at + timedelta(1),
            )
        ],
    )
    plan = merging.preview(ours, incoming)
    assert len(plan.updated) == 1 and "orphaned" in plan.conflicts[0].ours
    result = merging.merge(ours, incoming)
    placed = ours.annotation(made.id)
    assert (placed.quote, placed.orphan) == ("Moskva", False)
    merge_undo.unmerge(ours, result)
    assert ours.annotation(made.id) == orphan


def test_a_new_sub_tag_keeps_a_parent_the_project_already_has(
    ours: ProjectService, tmp_path: Path
) -> None:
    ours.add_document("Doc", TEXT)
    turkey = ours.codebook.create_tag("Turkey", "actor")
    incoming = Incoming(
        tmp_path / "x.json",
        "test",
        tags=[
            IncomingTag(key="t", name="Turkey", kind="actor"),
            IncomingTag(key="e", name="Erdoğan", kind="actor", parent="t"),
            IncomingTag(key="x", name="Ceasefire", kind="theme", parent="t"),
        ],
    )
    plan = merging.preview(ours, incoming)
    assert plan.skipped == ["The new tag “Ceasefire” goes in at the top of theme: its parent "
                            "in the file is not a tag of that kind here."]  # fmt: skip
    merging.merge(ours, incoming)
    tags = {t.name: t for t in ours.tags()}
    assert tags["Erdoğan"].parent_id == turkey.id and tags["Ceasefire"].parent_id is None


def test_formats_are_told_apart_by_what_the_json_holds(tmp_path: Path) -> None:
    from desktop.core.importers.annotations import DOCCANO, LABEL_STUDIO, W3C, annotation_format

    cases = {
        "ls_task.json": {"data": {"text": "quotes http://www.w3.org/ns/anno.jsonld"}},
        "ls_late_data.json": [{"annotations": [{"result": []}] * 3000, "data": {"text": "x"}}],
        "doccano.json": [{"text": "Nga", "label": [[0, 3, "Russia"]]}],
        "w3c.json": {"type": "AnnotationPage", "items": []},
        "broken.json": None,
    }
    expected = {"ls_task.json": LABEL_STUDIO, "ls_late_data.json": LABEL_STUDIO,
                "doccano.json": DOCCANO, "w3c.json": W3C, "broken.json": W3C}  # fmt: skip
    for name, data in cases.items():
        path = tmp_path / name
        path.write_text("{" if data is None else json.dumps(data), encoding="utf-8")
        assert annotation_format(path) is expected[name], name


def test_w3c_tags_from_other_tools_and_linked_pages(tmp_path: Path) -> None:
    path = tmp_path / "tags.json"
    target = {"source": "urn:x", "selector": {"type": "TextQuoteSelector", "exact": "Nga"}}
    path.write_text(json.dumps([
        {"type": "Annotation", "body": {"type": "TextualBody", "purpose": ["tagging"],
                                        "value": "Russia"}, "target": target},
        {"type": "Annotation", "motivation": "tagging", "bodyValue": "Turkey", "target": target},
        {"type": "Annotation", "motivation": ["tagging"], "body": {"value": "UN"},
         "target": target},
        {"type": "Annotation", "created": "0001-01-01T00:00:00+01:00", "target": target},
    ]), encoding="utf-8")  # fmt: skip
    with pytest.raises(IncomingError, match="annotation 4: its created or modified time"):
        w3c_import.read(path)
    data = json.loads(path.read_text(encoding="utf-8"))[:3]
    path.write_text(json.dumps(data), encoding="utf-8")
    incoming = w3c_import.read(path)
    assert [t.name for t in incoming.tags] == ["Russia", "Turkey", "UN"]
    assert [a.note for a in incoming.annotations] == ["", "", ""]
    assert [a.coder for a in incoming.annotations] == [None, None, None]
    paged = tmp_path / "paged.json"
    first = {"type": "AnnotationPage", "items": [], "next": "https://x/page2"}
    paged.write_text(json.dumps({"type": "AnnotationCollection", "first": first}), "utf-8")
    with pytest.raises(IncomingError, match="pages after the first 1 are not in the file"):
        w3c_import.read(paged)


def test_labels_that_name_their_kind_match_the_tag_of_that_kind(
    ours: ProjectService, tmp_path: Path
) -> None:
    ours.add_document("Doc", TEXT)
    actor = ours.codebook.create_tag("Russia", "actor")
    ours.codebook.create_tag("Russia", "theme")
    incoming = Incoming(
        tmp_path / "x.jsonl",
        "test",
        documents=[IncomingDocument(key="d", text=TEXT)],
        tags=[IncomingTag(key="a", name="Russia (actor)"), IncomingTag(key="b", name="Gaza (x)")],
        annotations=[IncomingAnnotation(document="d", start=0, end=3, tags=("a", "b"))],
    )
    plan = merging.preview(ours, incoming)
    assert [(kind, name) for _, kind, name in plan.new_tags] == [("imported", "Gaza (x)")]
    assert actor.id in plan.added[0].tags


def test_capital_uuids_in_a_project_file_are_the_same_uuids(
    ours: ProjectService, theirs: ProjectService, tmp_path: Path
) -> None:
    document = theirs.add_document("Doc", TEXT)
    theirs.create_annotation(document.id, 0, 3)
    path = tmp_path / "upper.json"
    project_json.export(theirs, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    for part in (*data["documents"], *data["annotations"]):
        part["uuid"] = part["uuid"].upper()
    data["annotations"][0]["document"] = data["annotations"][0]["document"].upper()
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    project_json_import.import_project(ours, path)
    plan = merging.preview(ours, project_json_import.read_incoming(path))
    assert (plan.unchanged, len(plan.added)) == (1, 0)
    assert ours.annotations()[0].uuid == data["annotations"][0]["uuid"].lower()


def test_a_merge_gives_each_annotation_its_own_row_context_and_tags(
    ours: ProjectService, tmp_path: Path
) -> None:
    # Rows are sliced from the text and tag lists shared between rows alike: each row
    # still gets its own.
    words = ["Thổ Nhĩ Kỳ", "ngừng bắn 😀", "Gaza", "Nga", "Liên Hợp Quốc"]
    kinds = [("Turkey",), ("Truce", "Turkey"), (), ("Russia",), ("UN", "Truce")]
    incoming = Incoming(
        tmp_path / "x.jsonl",
        "test",
        documents=[IncomingDocument(key="d", text=TEXT)],
        tags=[
            IncomingTag(key=k, name=k, kind="actor") for k in ("Turkey", "Truce", "Russia", "UN")
        ],
        annotations=[
            IncomingAnnotation(
                document="d",
                start=TEXT.index(w),
                end=TEXT.index(w) + len(w),
                quote=w,
                note=f"note {n}",
                coder=f"coder {n}",
                tags=tags,
            )
            for n, (w, tags) in enumerate(zip(words, kinds, strict=True))
        ],
    )
    result = merging.merge(ours, incoming)
    names = {t.id: t.name for t in ours.tags()}
    landed = sorted(ours.annotations(), key=lambda a: a.id)
    assert [a.id for a in landed] == list(result.annotations)  # ids in the file's order
    assert [a.quote for a in landed] == words
    assert [a.note for a in landed] == [f"note {n}" for n in range(5)]
    assert [a.coder for a in landed] == [f"coder {n}" for n in range(5)]
    assert [sorted(names[t] for t in a.tag_ids) for a in landed] == [sorted(k) for k in kinds]
    for annotation in landed:  # the context as the project makes it, not as the file gave it
        assert annotation.prefix == TEXT[max(0, annotation.start - 32) : annotation.start]
        assert annotation.suffix == TEXT[annotation.end : annotation.end + 32]


def test_a_failure_after_the_rows_went_in_leaves_the_project_as_it_was(
    ours: ProjectService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = ours.add_document("Doc", TEXT)
    ours.create_annotation(document.id, 0, 3)
    before = _state(ours)
    with ours.store.write() as session:
        cache = session.connection().exec_driver_sql("PRAGMA cache_size").scalar()
    inserted: list[int] = []

    def failing(session: object, pairs: list[tuple[int, int]]) -> None:
        inserted.append(len(ours.annotations()))  # another session: not yet committed
        raise NotSavedError("disk full (simulated)")

    # The annotations are in the transaction when their tags are linked.
    monkeypatch.setattr(merge_writing, "insert_links", failing)
    incoming = Incoming(
        tmp_path / "x.jsonl",
        "test",
        documents=[IncomingDocument(key="d", text=TEXT)],
        annotations=[IncomingAnnotation(document="d", start=n, end=n + 5) for n in (4, 8, 12)],
    )
    with pytest.raises(NotSavedError):
        merging.merge(ours, incoming)
    assert inserted == [1]
    assert _state(ours) == before
    with ours.store.write() as session:  # the merge's larger page cache was given back
        assert session.connection().exec_driver_sql("PRAGMA cache_size").scalar() == cache


def test_a_quote_that_is_the_text_there_but_not_normalised_is_placed_by_its_normal_form(
    ours: ProjectService, tmp_path: Path
) -> None:
    # A slice of a stored text equal to the file's quote is taken as it is only when
    # normalising the quote would leave it unchanged; a leading U+FEFF is dropped by it.
    text = "Một\ufeffhai ba, Một\ufeffhai ba"
    incoming = Incoming(
        tmp_path / "x.jsonl",
        "test",
        documents=[IncomingDocument(key="d", text=text)],
        annotations=[
            IncomingAnnotation(document="d", start=3, end=7, quote="\ufeffhai"),
            IncomingAnnotation(document="d", start=0, end=3, quote="Một"),
        ],
    )
    plan = merging.preview(ours, incoming)
    assert [(p.start, p.end) for p in plan.added] == [(4, 7), (0, 3)]
    assert plan.relocated == 1


def test_new_ids_follow_the_file_after_the_last_rows_were_deleted(
    ours: ProjectService, tmp_path: Path
) -> None:
    # AUTOINCREMENT ids continue past deleted ones: the merge's ids start there, not right
    # after the largest id left, and each row keeps its own tags.
    document = ours.add_document("Doc", TEXT)
    kept = ours.create_annotation(document.id, 0, 3)
    for start in (4, 8):
        ours.delete_annotation(ours.create_annotation(document.id, start, start + 2).id)
    words = ["Gaza", "Nga", "Liên Hợp Quốc"]
    incoming = Incoming(
        tmp_path / "x.jsonl",
        "test",
        documents=[IncomingDocument(key="d", text=TEXT)],
        tags=[IncomingTag(key=k, name=k, kind="actor") for k in ("A", "B")],
        annotations=[
            IncomingAnnotation(
                document="d", start=TEXT.index(w), end=TEXT.index(w) + len(w), quote=w, tags=tags
            )
            for w, tags in zip(words, [("A",), ("A", "B"), ()], strict=True)
        ],
    )
    result = merging.merge(ours, incoming)
    assert result.annotations == (kept.id + 3, kept.id + 4, kept.id + 5)
    names = {t.id: t.name for t in ours.tags()}
    landed = {a.id: a for a in ours.annotations()}
    assert [landed[i].quote for i in result.annotations] == words
    assert [sorted(names[t] for t in landed[i].tag_ids) for i in result.annotations] == [
        ["A"],
        ["A", "B"],
        [],
    ]
    merge_undo.unmerge(ours, result)
    assert [a.id for a in ours.annotations()] == [kept.id]
