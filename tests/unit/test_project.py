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


def test_anchors_read_from_the_database_equal_anchors_cut_from_the_whole_text(
    empty_store: Store,
) -> None:
    """The service reads only a passage and its context from SQLite; the result must be
    what slicing the whole text in Python gives, astral characters and edges included."""
    import random

    from desktop.core import text as textmod

    service = ProjectService(empty_store, coder="t")
    pieces = ["a", "ổ", "😀", "🇹🇷", "𠀀", " ", "\n", "سلام", "e\u0301"]
    rng = random.Random(5)
    body = "".join(rng.choice(pieces) for _ in range(400))
    document = service.add_document("mixed", body, language="vi")
    stored = service.document_text(document.id)
    for _ in range(150):
        start = rng.randrange(0, len(stored))
        end = rng.randrange(start + 1, len(stored) + 1)
        created = service.create_annotation(document.id, start, end)
        expected = textmod.anchor(stored, start, end)
        assert (created.quote, created.prefix, created.suffix) == (
            expected.quote,
            expected.prefix,
            expected.suffix,
        )
    for start, end in ((-1, 3), (5, 5), (0, len(stored) + 1), (len(stored), len(stored) + 3)):
        with pytest.raises(ProjectError, match="outside a text"):
            service.create_annotation(document.id, start, end)


def test_a_kept_text_does_not_outlive_its_document(empty_store: Store) -> None:
    """Texts are kept in memory once read; a document deleted meanwhile (here through
    another service, as another window would) still refuses new annotations."""
    service = ProjectService(empty_store, coder="t")
    other = ProjectService(empty_store, coder="u")
    document = service.add_document("d", "Thổ Nhĩ Kỳ kêu gọi ngừng bắn.", language="vi")
    service.create_annotation(document.id, 0, 3)  # reads and keeps the text
    other.delete_document(document.id)
    with pytest.raises(ProjectError, match="no document"):
        service.create_annotation(document.id, 4, 7)
    with pytest.raises(ProjectError, match="no document"):
        service.document_text(document.id)
    assert service.annotations() == []


def test_new_documents_go_last_after_deletions_and_lengths_count_code_points(
    empty_store: Store,
) -> None:
    service = ProjectService(empty_store, coder="t")
    first = service.add_document("one", "a😀e\u0301")  # NFC makes é one code point
    second = service.add_document("two", "b")
    service.add_document("three", "c")
    service.add_document("four", "d")
    service.delete_document(first.id)
    service.delete_document(second.id)
    service.add_document("five", "e")
    assert [d.title for d in service.documents()] == ["three", "four", "five"]
    kept = service.add_document("six", "𠀀 Việt")
    assert service.document(kept.id).length == kept.length == 6
    with pytest.raises(ProjectError, match="no document"):
        service.document(first.id)
