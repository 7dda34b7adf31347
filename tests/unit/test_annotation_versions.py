"""Each annotation counts its changes; an edit made against an older count is refused with
the current state (the guard a shared project needs), and the 3 → 4 upgrade adds the count."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core import migrations
from desktop.core.model import SCHEMA_VERSION
from desktop.core.project import ConflictError, ProjectError, ProjectService
from desktop.core.sample import fill_sample
from desktop.core.store import Store
from tests.old_schemas import as_schema


def _first(service: ProjectService) -> int:
    return service.annotations()[0].id


def test_every_change_counts_up_the_version(service: ProjectService) -> None:
    annotation = service.annotations()[0]
    tag = next(t.id for t in service.tags() if t.id not in annotation.tag_ids)
    versions = [annotation.version]
    versions.append(service.set_note(annotation.id, "first").version)
    versions.append(service.add_tags(annotation.id, [tag]).version)
    versions.append(service.remove_tags(annotation.id, [tag]).version)
    moved = service.set_span(annotation.id, annotation.start, annotation.end - 1)
    versions.append(moved.version)
    assert versions == list(range(versions[0], versions[0] + 5))
    assert service.annotation(annotation.id).version == versions[-1]


def test_an_edit_against_a_stale_version_is_refused_with_the_current_state(
    service: ProjectService,
) -> None:
    ident = _first(service)
    seen = service.annotation(ident).version
    other = ProjectService(service.store, coder="other")  # a second coder, same project
    other.set_note(ident, "theirs", seen=seen)
    with pytest.raises(ConflictError) as raised:
        service.set_note(ident, "mine", seen=seen)
    assert raised.value.current.note == "theirs"
    assert raised.value.current.version == seen + 1
    assert "changed elsewhere" in str(raised.value)
    assert service.annotation(ident).note == "theirs"  # nothing of "mine" was written
    # Made against what is there now, the same edit goes through.
    assert service.set_note(ident, "mine", seen=seen + 1).note == "mine"


@pytest.mark.parametrize("action", ["add_tags", "remove_tags", "set_span", "delete"])
def test_every_guarded_edit_refuses_a_stale_version(service: ProjectService, action: str) -> None:
    annotation = service.annotations()[0]
    stale = annotation.version
    service.set_note(annotation.id, "changed meanwhile")
    tag = annotation.tag_ids[0]
    with pytest.raises(ConflictError):
        if action == "add_tags":
            service.add_tags(annotation.id, [tag], seen=stale)
        elif action == "remove_tags":
            service.remove_tags(annotation.id, [tag], seen=stale)
        elif action == "set_span":
            service.set_span(annotation.id, annotation.start, annotation.end - 1, seen=stale)
        else:
            service.delete_annotation(annotation.id, seen=stale)
    now = service.annotation(annotation.id)
    assert (now.start, now.end, now.tag_ids) == (
        annotation.start,
        annotation.end,
        annotation.tag_ids,
    )


def test_a_deleted_annotation_is_no_conflict_but_gone(service: ProjectService) -> None:
    annotation = service.annotations()[0]
    service.delete_annotation(annotation.id)
    with pytest.raises(ProjectError, match="no longer exists"):
        service.set_note(annotation.id, "late", seen=annotation.version)


def test_text_replacement_counts_up_only_what_it_moved(service: ProjectService) -> None:
    document = service.documents()[0]
    body = service.document_text(document.id)
    before = {a.id: a for a in service.annotations(document.id)}
    change = service.replace_text(document.id, "Baru.\n" + body)  # every passage moves
    after = {a.id: a for a in service.annotations(document.id)}
    assert all(after[i].version == before[i].version + 1 for i in before)
    assert {a.id: a.version for a in change.after} == {i: a.version for i, a in after.items()}
    service.restore_text(change)  # undo: the very state before, counts included
    assert {a.id: a.version for a in service.annotations(document.id)} == {
        i: a.version for i, a in before.items()
    }


def test_a_schema_3_project_is_upgraded_with_versions(tmp_path: Path) -> None:
    path = tmp_path / "v3.parallax"
    Store.create(path, fill_sample).close()
    as_schema(path, 3)  # no version column, no orphans' index
    store = Store.open(path)
    try:
        assert store.pragma("user_version") == SCHEMA_VERSION == migrations.STEPS[-1].version
        service = ProjectService(store)
        annotations = service.annotations()
        assert annotations and {a.version for a in annotations} == {1}
        assert service.set_note(annotations[0].id, "x", seen=1).version == 2
    finally:
        store.close()
    with sqlite3.connect(path) as conn:
        columns = {row[1]: row for row in conn.execute("PRAGMA table_info(annotation)")}
        indexes = {row[1] for row in conn.execute("PRAGMA index_list(annotation)")}
    conn.close()
    assert columns["version"][3] == 1  # NOT NULL, as a new project's
    assert "ix_annotation_orphan" in indexes  # and the steps after 4 ran too
