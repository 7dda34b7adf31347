"""Annotations read from the driver's rows and created through Core inserts: the records
are exactly those the ORM gives for the same rows, in reading order."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlmodel import Session, col, select

from desktop.core.model import Annotation, AnnotationTag, Document
from desktop.core.project import ProjectError, ProjectService
from desktop.core.records import AnnotationInfo
from desktop.core.store import Store


def orm_records(session: Session, document_id: int | None) -> dict[int, AnnotationInfo]:
    """What the ORM reads for each annotation (the reference)."""
    query = select(Annotation)
    if document_id is not None:
        query = query.where(Annotation.document_id == document_id)
    tags: dict[int, list[int]] = {}
    for link in session.exec(select(AnnotationTag)):
        tags.setdefault(link.annotation_id, []).append(link.tag_id)
    found = {}
    for row in session.exec(query):
        assert row.id is not None
        found[row.id] = AnnotationInfo(
            row.id, row.uuid, row.document_id, row.start, row.end, row.quote, row.prefix,
            row.suffix, row.note, row.coder, row.created_at.replace(tzinfo=UTC),
            row.updated_at.replace(tzinfo=UTC), tuple(sorted(tags.get(row.id, ()))), row.orphan,
        )  # fmt: skip
    return found


@pytest.fixture
def project(empty_store: Store) -> tuple[ProjectService, int, int, list[int]]:
    service = ProjectService(empty_store, coder="ana")
    first = service.add_document("One", "Thổ Nhĩ Kỳ 😀 kêu gọi ngừng bắn. " * 20, language="vi")
    second = service.add_document("Two", "Nga đề nghị đàm phán 🇹🇷. " * 20, language="vi")
    tags = [service.codebook.create_tag(name, "actor").id for name in ("A", "B", "C")]
    return service, first.id, second.id, tags


def test_records_read_are_those_of_the_orm_in_reading_order(project) -> None:  # type: ignore[no-untyped-def]
    service, first, second, (a, b, c) = project
    made = [
        service.create_annotation(first, 40, 60, [c, a]),
        service.create_annotation(first, 5, 9, []),  # untagged
        service.create_annotation(first, 40, 60, [b]),  # the same passage again: after
        service.create_annotation(first, 40, 50, [a], note="ghi chú", coder="bình"),
        service.create_annotation(second, 0, 3, [b]),
        service.create_annotation(first, 0, 300, [a, b, c]),  # a long one
    ]
    with service.store.write() as session:  # times as another writer may have stored them
        odd = session.get(Annotation, made[1].id)
        assert odd is not None
        odd.created_at = datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=UTC)
        odd.orphan = True
        session.add(odd)
    with service.store.read() as session:
        expected = orm_records(session, None)
    in_first = service.annotations(first)
    assert in_first == sorted(
        (expected[m.id] for m in made if m.document_id == first),
        key=lambda r: (r.start, r.end, r.id),
    )
    assert [a.id for a in in_first[2:5]] == [made[3].id, made[0].id, made[2].id]
    assert in_first[1].created_at == datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=UTC)
    assert in_first[1].orphan is True and in_first[1].tag_ids == ()
    assert in_first[3].tag_ids == tuple(sorted((a, c)))
    assert service.annotations() == [*in_first, expected[made[4].id]]

    with service.store.write() as session:  # the second document moves to the front
        for document, position in ((second, 0), (first, 1)):
            row = session.get(Document, document)
            assert row is not None
            row.position = position
            session.add(row)
    assert service.annotations() == [expected[made[4].id], *in_first]


def test_a_created_annotation_is_what_is_read_back(project) -> None:  # type: ignore[no-untyped-def]
    service, first, _, (a, b, _c) = project
    created = service.create_annotation(first, 11, 20, [b, a, b], note="n", uuid="my-uuid")
    read = service.annotation(created.id)
    assert read == created  # a tag asked for twice is linked, and listed, once
    assert read.tag_ids == tuple(sorted((a, b)))
    assert (read.quote, read.prefix, read.suffix) == (created.quote, created.prefix, created.suffix)
    assert read.uuid == "my-uuid" and read.note == "n" and read.coder == "ana"
    assert read.created_at == created.created_at == read.updated_at
    assert read.created_at.tzinfo is not None and read.created_at.microsecond == 0
    assert read.orphan is False
    plain = service.create_annotation(first, 0, 3, [a])
    assert plain == service.annotation(plain.id)
    assert len(plain.uuid) == 36 and plain.uuid != created.uuid
    with service.store.read() as session:
        links = session.exec(
            select(AnnotationTag.tag_id).where(col(AnnotationTag.annotation_id) == created.id)
        ).all()
    assert sorted(links) == [a, b]  # each tag linked once


def test_a_refused_creation_leaves_nothing(project) -> None:  # type: ignore[no-untyped-def]
    service, first, _, (a, _b, _c) = project
    with pytest.raises(ProjectError):
        service.create_annotation(first, 0, 3, [a, 9_999])
    with pytest.raises(ProjectError):
        service.create_annotation(first, 0, 100_000, [a])
    assert service.annotations() == []
    with service.store.read() as session:
        assert session.exec(select(AnnotationTag)).all() == []
