from __future__ import annotations

import pytest

from desktop.core.project import ProjectError, ProjectService
from desktop.core.store import Store


@pytest.fixture
def doc(empty_store: Store) -> tuple[ProjectService, int, int, int]:
    service = ProjectService(empty_store, coder="ana")
    document = service.add_document("Emoji", "ab😀 Thổ Nhĩ Kỳ 🇹🇷 end", language="vi")
    turkey = service.codebook.create_tag("Turkey", "actor", colour="#e41a1c")
    blame = service.codebook.create_tag("Blame", "theme", colour="#377EB8")
    return service, document.id, turkey.id, blame.id


def test_annotation_stores_code_point_offsets_quote_and_context(doc) -> None:  # type: ignore[no-untyped-def]
    service, document_id, turkey, _ = doc
    body = service.document_text(document_id)
    start = body.index("Thổ")
    created = service.create_annotation(document_id, start, start + 10, [turkey])
    assert created.quote == "Thổ Nhĩ Kỳ" == body[created.start : created.end]
    assert created.prefix == "ab😀 "
    assert created.suffix == " 🇹🇷 end"
    assert created.coder == "ana"
    assert created.tag_ids == (turkey,)
    assert created.created_at.tzinfo is not None
    assert service.annotations(document_id) == [created]


def test_tags_are_added_once_and_removed(doc) -> None:  # type: ignore[no-untyped-def]
    service, document_id, turkey, blame = doc
    created = service.create_annotation(document_id, 0, 3, [turkey])
    updated = service.add_tags(created.id, [blame, turkey, blame])
    assert updated.tag_ids == tuple(sorted((turkey, blame)))
    assert service.remove_tags(created.id, [turkey]).tag_ids == (blame,)
    assert service.tags()[0].count + service.tags()[1].count == 1


def test_note_is_saved_and_bumps_updated_at(doc) -> None:  # type: ignore[no-untyped-def]
    service, document_id, turkey, _ = doc
    created = service.create_annotation(document_id, 0, 3, [turkey])
    noted = service.set_note(created.id, "Ghi chú: đây là ví dụ")
    assert service.annotation(created.id).note == "Ghi chú: đây là ví dụ"
    assert noted.updated_at >= created.updated_at


def test_delete_and_restore_bring_back_the_same_annotation(doc) -> None:  # type: ignore[no-untyped-def]
    service, document_id, turkey, blame = doc
    created = service.create_annotation(document_id, 2, 3, [turkey, blame], note="n")
    snapshot = service.delete_annotation(created.id)
    assert service.annotations(document_id) == []
    restored = service.restore_annotation(snapshot)
    assert restored == created


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (3, 3), (0, 10_000)])
def test_spans_outside_the_text_are_refused(doc, start: int, end: int) -> None:  # type: ignore[no-untyped-def]
    service, document_id, turkey, _ = doc
    with pytest.raises(ProjectError, match="outside"):
        service.create_annotation(document_id, start, end, [turkey])
    assert service.annotations(document_id) == []


def test_duplicate_tag_names_within_a_kind_are_refused(doc) -> None:  # type: ignore[no-untyped-def]
    service, *_ = doc
    with pytest.raises(ProjectError, match="already"):
        service.codebook.create_tag("Turkey", "actor")
    assert service.codebook.create_tag("Turkey", "place").kind == "place"


def test_documents_are_normalised_on_the_way_in(empty_store: Store) -> None:
    service = ProjectService(empty_store)
    document = service.add_document("x", "\ufeffVie\u0302\u0323t\r\nNam")
    assert service.document_text(document.id) == "Việt\nNam"
    assert document.length == 8
