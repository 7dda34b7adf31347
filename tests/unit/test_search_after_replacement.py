"""The search keeps the texts it read between searches, each with its hash: a text
replaced by another service on the project (the window replaces, undoes and redoes off
the UI thread, each with a service of its own) is read again, never searched stale."""

from __future__ import annotations

from desktop.core.project import ProjectService
from desktop.core.search import SearchService
from tests.unit.test_replacing import NEW, OLD, Fixture, project  # noqa: F401 (a fixture)


def hits(search: SearchService, query: str) -> list[str]:
    """The passages ``query`` finds, as text."""
    found = search.search(query, everything=True)
    texts = {d.id: d for d in ProjectService(search.store).documents()}
    assert set(found.document_ids) <= texts.keys()
    return [hit.match for located in found.documents for hit in located.hits]


def test_a_search_after_another_service_replaced_the_text_finds_the_new_text(
    project: Fixture,  # noqa: F811
) -> None:
    search = project.service.search
    assert hits(search, "Lien Hop Quoc") == ["Liên Hợp Quốc"]  # OLD read, and kept
    assert hits(search, "Azerbaljan") == ["Azerbaljan"]
    elsewhere = ProjectService(project.service.store)  # as the window's background work
    change = elsewhere.replace_text(project.document_id, NEW)
    assert hits(search, "tin moi nhat") == ["Tin mới 𠀀 nhất"]
    assert hits(search, "Lien Hop Quoc") == []
    (located,) = search.search("Azerbaijan").documents
    (hit,) = located.hits
    assert NEW[hit.start : hit.end] == "Azerbaijan"  # offsets in the new text
    ProjectService(project.service.store).restore_text(change)  # undo, elsewhere too
    assert hits(search, "Lien Hop Quoc") == ["Liên Hợp Quốc"]
    assert hits(search, "tin moi nhat") == []
    (located,) = search.search("Azerbaljan").documents
    assert [OLD[h.start : h.end] for h in located.hits] == ["Azerbaljan"]
    ProjectService(project.service.store).reapply_text(change)  # and redo
    assert hits(search, "tin moi nhat") == ["Tin mới 𠀀 nhất"]


def test_a_page_asked_for_later_reads_a_text_replaced_since(project: Fixture) -> None:  # noqa: F811
    search = project.service.search
    shown = search.search("ngung")  # the document's text read for the first page
    assert shown.hit_count == 1
    ProjectService(project.service.store).replace_text(
        project.document_id, NEW.replace("Lễ ngừng bắn", "Lễ ngừng ngừng bắn")
    )
    (located,) = search.locate("ngung", [project.document_id])
    assert len(located.hits) == 1 and located.hits[0].match == "ngừng ngừng"
