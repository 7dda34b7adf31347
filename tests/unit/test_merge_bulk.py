"""Merges that add many annotations at once put them in with the table's indexes and the
note-indexing trigger set aside, then make those again: the project must end exactly as
a merge row by row leaves it, schema included, and a failure must leave it untouched."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from desktop.core import merge_writing, merging, service_base
from desktop.core.exporters import project_json
from desktop.core.importers import project_json as project_json_import
from desktop.core.incoming import Incoming, IncomingAnnotation, IncomingDocument, IncomingTag
from desktop.core.project import ProjectService
from desktop.core.service_base import NotSavedError
from desktop.core.store import Store

TEXT = "Thổ Nhĩ Kỳ kêu gọi ngừng bắn 😀 ở Gaza.\nNga phản đối. Liên Hợp Quốc họp khẩn cấp."


def _project(path: Path) -> ProjectService:
    store = Store.create(path, lambda s: ProjectService(s).initialise("Bulk"))
    return ProjectService(store, coder="ana")


@pytest.fixture
def project(tmp_path: Path) -> Iterator[ProjectService]:
    service = _project(tmp_path / "bulk.parallax")
    yield service
    service.store.close()


def _incoming(tmp_path: Path, count: int) -> Incoming:
    notes = ("Bên nào vi phạm ĐẦU TIÊN?", "", "ghi chú thứ hai", "")
    return Incoming(
        tmp_path / "many.json",
        "test",
        documents=[IncomingDocument(key="d", title="Bài báo", text=TEXT)],
        tags=[IncomingTag(key="t1", name="Turkey", kind="actor"),
              IncomingTag(key="t2", name="Ceasefire", kind="theme")],
        annotations=[
            IncomingAnnotation(
                document="d", start=n % 30, end=n % 30 + 4 + n % 7,
                uuid=f"00000000-0000-4000-8000-{n:012d}", note=notes[n % 4], coder="binh",
                tags=(("t1",), ("t2",), ("t1", "t2"))[n % 3],
            )
            for n in range(count)
        ],
    )  # fmt: skip


def _schema(service: ProjectService) -> list[tuple[str, str, str]]:
    with service.store.read() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type, name"
        )
        return [tuple(row) for row in rows]


def _statements(service: ProjectService) -> list[str]:
    said: list[str] = []
    engine = service.store._engine  # type: ignore[attr-defined]
    event.listen(engine, "before_cursor_execute", lambda *args: said.append(args[2]))
    return said


def test_a_bulk_merge_ends_as_a_merge_row_by_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    incoming = _incoming(tmp_path, 40)
    row_by_row = _project(tmp_path / "rows.parallax")
    bulk = _project(tmp_path / "bulk.parallax")
    try:
        schema = _schema(bulk)
        assert schema == _schema(row_by_row)
        said = _statements(bulk)
        monkeypatch.setattr(service_base, "BULK_ROWS", 10)
        merging.merge(bulk, incoming)
        assert any(s.startswith('DROP INDEX "ix_annotation_uuid"') for s in said)
        assert any(s.startswith('DROP TRIGGER "note_added"') for s in said)
        said.clear()
        monkeypatch.setattr(service_base, "BULK_ROWS", 10**9)
        merging.merge(row_by_row, incoming)

        assert _schema(bulk) == schema  # every index and trigger made again, as it was
        mine, theirs = bulk.annotations(), row_by_row.annotations()
        assert len(mine) == 40
        assert [(a.uuid, a.start, a.end, a.note, a.coder, a.tag_ids) for a in mine] == [
            (a.uuid, a.start, a.end, a.note, a.coder, a.tag_ids) for a in theirs
        ]
        for service in (bulk, row_by_row):  # notes indexed: found, and only those
            found = service.search.search("dau tien").notes
            assert len(found) == 10
            assert {n.annotation_id for n in found} == {
                a.id for a in service.annotations() if a.note.startswith("Bên nào")
            }
            assert len(service.search.search("thu hai").notes) == 10
        with bulk.store.read() as session:
            connection = session.connection()
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            # the uuid index is unique again: a second row with a uuid taken is refused
            uuid = mine[0].uuid
            with pytest.raises(Exception, match="UNIQUE"):
                connection.exec_driver_sql(
                    'INSERT INTO annotation (uuid, document_id, start, "end", quote, prefix,'
                    " suffix, note, coder, created_at, updated_at)"
                    ' SELECT uuid, document_id, start, "end", quote, prefix, suffix, note,'
                    " coder, created_at, updated_at FROM annotation WHERE uuid = ?",
                    (uuid,),
                )
        # A note changed and an annotation deleted afterwards: the triggers are back.
        bulk.set_note(mine[1].id, "đổi rồi")
        bulk.delete_annotation(mine[0].id)
        assert len(bulk.search.search("dau tien").notes) == 9
        assert [n.annotation_id for n in bulk.search.search("doi roi").notes] == [mine[1].id]
    finally:
        bulk.store.close()
        row_by_row.store.close()


def test_a_few_added_to_many_go_in_row_by_row(
    project: ProjectService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(service_base, "BULK_ROWS", 10)
    merging.merge(project, _incoming(tmp_path, 40))
    said = _statements(project)
    more = _incoming(tmp_path, 60)
    more.annotations[:] = more.annotations[40:]  # 20 new ones into a project of 40
    merging.merge(project, more)
    assert not any(s.startswith("DROP") for s in said)
    assert len(project.annotations()) == 60
    assert len(project.search.search("dau tien").notes) == 15


def test_a_bulk_merge_that_fails_leaves_the_project_and_its_schema_as_they_were(
    project: ProjectService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = project.add_document("Bài báo", TEXT)
    project.create_annotation(document.id, 0, 3, note="đầu tiên của tôi")
    schema = _schema(project)
    before = project.annotations()
    monkeypatch.setattr(service_base, "BULK_ROWS", 10)

    def failing(session: object, pairs: list[tuple[int, int]]) -> None:
        raise NotSavedError("disk full (simulated)")

    monkeypatch.setattr(merge_writing, "insert_links", failing)  # after the rows went in
    with pytest.raises(NotSavedError):
        merging.merge(project, _incoming(tmp_path, 40))
    assert project.annotations() == before
    assert _schema(project) == schema
    assert [n.annotation_id for n in project.search.search("dau tien").notes] == [before[0].id]
    # and the file agrees, read by another connection
    with sqlite3.connect(project.store.path) as other:  # type: ignore[attr-defined]
        assert other.execute("SELECT count(*) FROM annotation").fetchone() == (1,)


def test_a_project_file_imported_in_bulk_keeps_the_schema_and_its_notes_searchable(
    project: ProjectService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(service_base, "BULK_ROWS", 10)
    merging.merge(project, _incoming(tmp_path, 40))
    project_json.export(project, tmp_path / "whole.json")
    empty = _project(tmp_path / "empty.parallax")
    try:
        schema = _schema(empty)
        said = _statements(empty)
        project_json_import.import_project(empty, tmp_path / "whole.json")
        assert any(s.startswith('DROP INDEX "ix_annotation_uuid"') for s in said)
        assert _schema(empty) == schema
        assert [(a.uuid, a.start, a.end, a.note, a.tag_ids) for a in empty.annotations()] == [
            (a.uuid, a.start, a.end, a.note, a.tag_ids) for a in project.annotations()
        ]
        assert len(empty.search.search("dau tien").notes) == 10
    finally:
        empty.store.close()
