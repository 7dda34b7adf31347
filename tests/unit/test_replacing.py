"""Replacing a document's text: annotations follow (same place, quote, fuzzy) or become
orphans, kept and listed; undo puts everything back exactly; orphans stay out of the
exports and analysis that would trust their offsets, but survive a project JSON."""

from __future__ import annotations

import csv
import json
import sqlite3
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from desktop.core import analysis
from desktop.core.exporters import project_json as project_export
from desktop.core.exporters import refi_qda, tables, w3c
from desktop.core.importers.project_json import import_project
from desktop.core.model import SCHEMA_VERSION
from desktop.core.project import ProjectError, ProjectService
from desktop.core.records import AnnotationInfo
from desktop.core.sample import fill_sample
from desktop.core.store import Store
from desktop.core.suggestions import Suggestion
from tests.old_schemas import as_schema
from tests.unit.test_project_json import validate
from tests.unit.test_search import check_index

OLD = (
    "Lễ ngừng bắn 😀 được công bố hôm thứ Hai.\n"
    "Thổ Nhĩ Kỳ nói sẽ ủng hộ Azerbaljan bằng mọi cách.\n"  # an OCR error
    "Nga kêu gọi dừng ngay giao tranh ở Nagorno-Karabakh.\n"
    "Liên Hợp Quốc kêu gọi hai bên trở lại bàn đàm phán.\n"
)
NEW = (
    "Lễ ngừng bắn 😀 được công bố hôm thứ Hai.\n"
    "Thổ Nhĩ Kỳ nói sẽ ủng hộ Azerbaijan bằng mọi cách.\n"  # the error fixed
    "Tin mới 𠀀 nhất.\n"  # a line inserted: the offsets after it shift
    "Nga kêu gọi dừng ngay giao tranh ở Nagorno-Karabakh.\n"
    # The last line is gone: its passage cannot be found.
)
INSERTED = len("Tin mới 𠀀 nhất.\n")  # code points: 𠀀 is one
PASSAGES = {
    "position": "Lễ ngừng bắn",
    "exact": "dừng ngay giao tranh",
    "fuzzy": "Thổ Nhĩ Kỳ nói sẽ ủng hộ Azerbaljan",
    "orphan": "Liên Hợp Quốc kêu gọi hai bên",
}


@dataclass
class Fixture:
    service: ProjectService
    document_id: int
    tag_id: int
    ids: dict[str, int]  # expected method → annotation id


@pytest.fixture
def project(empty_store: Store) -> Fixture:
    service = ProjectService(empty_store, coder="ana")
    document = service.add_document("Ngừng bắn", OLD, language="vi")
    other = service.add_document("Other", "Nothing changes here.", language="en")
    tag = service.codebook.create_tag("Ceasefire", "theme", colour="#4DAF4A")
    ids = {}
    for method, phrase in PASSAGES.items():
        start = OLD.index(phrase)
        note = "ghi chú" if method == "orphan" else ""
        created = service.create_annotation(
            document.id, start, start + len(phrase), [tag.id], note=note
        )
        ids[method] = created.id
    service.create_annotation(other.id, 0, 7, [tag.id])
    return Fixture(service, document.id, tag.id, ids)


def by_id(service: ProjectService, document_id: int) -> dict[int, AnnotationInfo]:
    return {a.id: a for a in service.annotations(document_id)}


def test_the_plan_says_what_would_happen_and_writes_nothing(project: Fixture) -> None:
    service, document_id = project.service, project.document_id
    before = service.annotations(document_id)
    plan = service.plan_text_replacement(document_id, NEW.replace("\n", "\r\n"))
    assert plan.text == NEW  # normalised as every stored text
    methods = {item.annotation.id: item.method for item in plan.placed}
    assert methods == {ident: method for method, ident in project.ids.items()}
    assert plan.counts() == {"position": 1, "exact": 1, "fuzzy": 1, "orphan": 1}
    assert plan.count("orphan") == 1 and plan.old_length == len(OLD)
    fuzzy = next(i for i in plan.placed if i.method == "fuzzy")
    assert plan.passage(fuzzy) == "Thổ Nhĩ Kỳ nói sẽ ủng hộ Azerbaijan"
    assert service.annotations(document_id) == before
    assert service.document_text(document_id) == OLD


def test_replacing_moves_follows_and_orphans(project: Fixture) -> None:
    service, document_id, ids = project.service, project.document_id, project.ids
    before = by_id(service, document_id)
    change = service.replace_text(document_id, NEW)
    after = by_id(service, document_id)
    assert service.document_text(document_id) == NEW
    document = service.document(document_id)
    assert document.length == len(NEW)
    assert (document.annotation_count, document.orphan_count) == (4, 1)

    exact = after[ids["exact"]]
    assert exact.quote == PASSAGES["exact"] == NEW[exact.start : exact.end]
    assert exact.start == before[ids["exact"]].start + INSERTED
    assert exact.prefix == NEW[exact.start - 32 : exact.start]
    fuzzy = after[ids["fuzzy"]]
    assert fuzzy.quote == "Thổ Nhĩ Kỳ nói sẽ ủng hộ Azerbaijan"
    assert not fuzzy.orphan and fuzzy.quote == NEW[fuzzy.start : fuzzy.end]
    assert after[ids["position"]] == before[ids["position"]]  # untouched, time and all

    orphan = after[ids["orphan"]]
    old = before[ids["orphan"]]
    assert orphan.orphan
    assert (orphan.quote, orphan.prefix, orphan.suffix) == (old.quote, old.prefix, old.suffix)
    assert (orphan.note, orphan.tag_ids, orphan.uuid) == (old.note, old.tag_ids, old.uuid)
    assert 0 <= orphan.start < orphan.end <= len(NEW)  # about where it was, inside the text
    assert change.orphans == (orphan,)
    # Every annotation was kept; the other document's were not touched.
    assert set(after) == set(before)
    assert len(service.annotations()) == 5


def test_only_moved_and_orphaned_annotations_count_as_changed(empty_store: Store) -> None:
    service = ProjectService(empty_store)
    body = "First line stays.\nSecond line goes away entirely now.\n"
    document = service.add_document("D", body)
    stay = service.create_annotation(document.id, 0, 5, [])
    gone = service.create_annotation(document.id, body.index("goes"), body.index(" now"), [])
    change = service.replace_text(document.id, "First line stays.\nSomething else.\n")
    after = {a.id: a for a in change.after}
    # Same place and quote: not changed, though its context is the new text's.
    assert after[stay.id] == replace(stay, suffix=" line stays.\nSomething else.\n")
    assert after[gone.id].orphan and after[gone.id].updated_at >= gone.updated_at
    assert service.annotation(stay.id).updated_at == stay.updated_at


def test_undo_restores_text_and_annotations_exactly_and_redo_repeats(
    project: Fixture,
) -> None:
    service, document_id = project.service, project.document_id
    document = service.document(document_id)
    before = service.annotations()
    change = service.replace_text(document_id, NEW)
    after = service.annotations()
    service.restore_text(change)
    assert service.annotations() == before  # ids, uuids, offsets, context, times, tags
    assert service.document_text(document_id) == OLD
    assert service.document(document_id) == document
    service.reapply_text(change)
    assert service.annotations() == after
    assert service.document_text(document_id) == NEW
    with pytest.raises(ProjectError, match="changed since"):
        service.reapply_text(change)  # already done: the text is not the old one


@pytest.mark.parametrize(
    ("text", "message"),
    [(OLD, "the new text is the same"), (OLD.replace("\n", "\r\n"), "the new text is the same"),
     ("", "empty"), (" \n\t", "empty")],
)  # fmt: skip
def test_an_identical_or_empty_text_is_refused(project: Fixture, text: str, message: str) -> None:
    with pytest.raises(ProjectError, match=message):
        project.service.plan_text_replacement(project.document_id, text)
    with pytest.raises(ProjectError, match=message):
        project.service.replace_text(project.document_id, text)
    assert project.service.document_text(project.document_id) == OLD


def test_placing_an_orphan_makes_it_a_normal_annotation_and_undo_unplaces(
    project: Fixture,
) -> None:
    service, document_id = project.service, project.document_id
    service.replace_text(document_id, NEW)
    orphan = service.annotation(project.ids["orphan"])
    start = NEW.index("Nga kêu gọi")
    placed = service.place_orphan(orphan.id, start, start + len("Nga kêu gọi"))
    assert not placed.orphan
    assert placed.quote == "Nga kêu gọi" and placed.prefix.endswith("𠀀 nhất.\n")
    assert service.document(document_id).orphan_count == 0
    assert service.restore_place(orphan) == orphan
    # Moving an orphan's passage any other way places it too.
    moved = service.set_span(orphan.id, start, start + 3)
    assert not moved.orphan and moved.quote == "Nga"


def test_an_orphan_is_never_extended_by_tagging_its_guessed_span(project: Fixture) -> None:
    service, document_id = project.service, project.document_id
    service.replace_text(document_id, NEW)
    orphan = service.annotation(project.ids["orphan"])
    blame = service.codebook.create_tag("Blame", "theme")
    tagging = service.tag_passages([(document_id, orphan.start, orphan.end)], [blame.id])
    assert len(tagging.created) == 1 and not tagging.extended
    assert service.annotation(orphan.id) == orphan


def test_the_text_kept_in_memory_follows_a_replacement_by_another_service(
    project: Fixture,
) -> None:
    service, document_id = project.service, project.document_id
    assert service.document_text(document_id) == OLD  # now kept in memory
    ProjectService(service.store).replace_text(document_id, NEW)
    assert service.document_text(document_id) == NEW
    start = NEW.index("Tin mới")
    created = service.create_annotation(document_id, start, start + 7, [])
    assert created.quote == "Tin mới"


def test_search_finds_the_new_words_and_not_the_old(project: Fixture) -> None:
    service, document_id = project.service, project.document_id
    assert service.search.search("Lien Hop Quoc").hit_count == 1  # read and kept
    change = service.replace_text(document_id, NEW)
    assert service.search.search("Lien Hop Quoc").hit_count == 0
    found = service.search.search("tin moi nhat")
    assert found.hit_count == 1
    (hit,) = found.documents[0].hits
    assert NEW[hit.start : hit.end] == "Tin mới 𠀀 nhất"
    check_index(service.store.path)  # the contentless index was told the old words
    service.restore_text(change)
    assert service.search.search("tin moi nhat").hit_count == 0
    assert service.search.search("Lien Hop Quoc").hit_count == 1
    check_index(service.store.path)


def test_dismissed_suggestions_follow_the_text_or_go(project: Fixture) -> None:
    service, document_id, tag_id = project.service, project.document_id, project.tag_id
    kept_at = OLD.index("Nga")
    gone_at = OLD.index("Liên")
    for start, quote in ((kept_at, "Nga"), (gone_at, "Liên")):
        service.suggestions.dismiss(
            Suggestion(document_id, tag_id, start, start + len(quote), quote, quote)
        )
    change = service.replace_text(document_id, NEW)
    moved = NEW.index("Nga")
    assert service.suggestions.dismissed(document_id) == {(tag_id, moved, moved + 3)}
    service.restore_text(change)
    assert service.suggestions.dismissed(document_id) == {
        (tag_id, kept_at, kept_at + 3),
        (tag_id, gone_at, gone_at + 4),
    }


def test_orphans_stay_out_of_exports_that_trust_offsets(project: Fixture, tmp_path: Path) -> None:
    service = project.service
    service.replace_text(project.document_id, NEW)
    orphan = service.annotation(project.ids["orphan"])
    placed = [a for a in service.annotations() if not a.orphan]
    assert len(placed) == 4

    w3c.export(service, tmp_path / "w3c.json")
    items = json.loads((tmp_path / "w3c.json").read_text("utf-8"))["first"]["items"]
    assert len(items) == 4 and all(orphan.uuid not in item["id"] for item in items)

    tables.export_segments_csv(service, tmp_path / "segments.csv")
    with (tmp_path / "segments.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["annotation_uuid"] for r in rows} == {a.uuid for a in placed}

    refi_qda.export_qdpx(service, tmp_path / "p.qdpx")
    with zipfile.ZipFile(tmp_path / "p.qdpx") as archive:
        qde = archive.read("project.qde").decode("utf-8")
    assert qde.count("<PlainTextSelection") == 4 and orphan.quote not in qde


def test_analysis_leaves_orphans_out(project: Fixture) -> None:
    service, tag_id = project.service, project.tag_id
    service.replace_text(project.document_id, NEW)
    documents = service.documents()
    annotations = service.annotations()
    columns = analysis.columns(documents)
    matrix = analysis.matrix(annotations, columns)
    column = next(i for i, c in enumerate(columns) if project.document_id in c.document_ids)
    assert matrix.count(tag_id, column) == 3
    cache = analysis.MatrixCache().matrix(
        lambda d: [a for a in annotations if a.document_id == d], columns
    )
    assert cache.count(tag_id, column) == 3
    found = analysis.passages_with(annotations, [tag_id], [project.document_id])
    assert project.ids["orphan"] not in {a.id for a in found[project.document_id]}
    blame = service.codebook.create_tag("Blame", "theme")
    service.add_tags(project.ids["orphan"], [blame.id])
    both = analysis.cooccurrence(service.annotations(), [tag_id], [blame.id])
    assert both == {}


def test_project_json_keeps_an_orphan_losslessly(project: Fixture, tmp_path: Path) -> None:
    service = project.service
    plain = project_export.dumps(project_export.build(service))
    assert b'"orphan"' not in plain  # files without orphans are as they always were
    service.replace_text(project.document_id, NEW)
    path = tmp_path / "project.json"
    project_export.export(service, path)
    data = json.loads(path.read_text("utf-8"))
    marked = [a for a in data["annotations"] if "orphan" in a]
    assert [(a["uuid"], a["orphan"]) for a in marked] == [
        (service.annotation(project.ids["orphan"]).uuid, True)
    ]
    validate(data)
    target_store = Store.create(
        tmp_path / "target.parallax", lambda s: ProjectService(s).initialise("Target")
    )
    try:
        target = ProjectService(target_store)
        (index,) = [i for i, a in enumerate(data["annotations"]) if "orphan" in a]
        for wrong, problem in ((("orphan", "yes"), "must be true or false"),
                               (("end", len(NEW) + 1), "outside a text")):  # fmt: skip
            broken = json.loads(json.dumps(data))
            broken["annotations"][index][wrong[0]] = wrong[1]
            bad = tmp_path / "bad.json"
            bad.write_bytes(project_export.dumps(broken))
            with pytest.raises(ProjectError, match=problem):
                import_project(target, bad)
        import_project(target, path)
        assert target.annotations() == service.annotations()
        again = project_export.build(target)
        assert again["annotations"] == data["annotations"]
    finally:
        target_store.close()


def test_a_schema_2_project_is_upgraded_with_no_orphans(tmp_path: Path) -> None:
    path = tmp_path / "v2.parallax"
    Store.create(path, fill_sample).close()
    as_schema(path, 2)  # no orphan column
    store = Store.open(path)
    try:
        assert store.pragma("user_version") == SCHEMA_VERSION
        service = ProjectService(store)
        annotations = service.annotations()
        assert annotations and not any(a.orphan for a in annotations)
        document = service.documents()[0]
        body = service.document_text(document.id)
        change = service.replace_text(document.id, "Baru.\n" + body[: len(body) // 2])
        assert change.orphans  # the column works: the second half's passages are orphans
    finally:
        store.close()
    with sqlite3.connect(path) as conn:
        columns = {row[1]: row for row in conn.execute("PRAGMA table_info(annotation)")}
    conn.close()
    assert columns["orphan"][3] == 1  # NOT NULL, as a new project's
