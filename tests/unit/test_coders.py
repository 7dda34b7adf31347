"""The project's coders with their annotation counts, read in one GROUP BY."""

from __future__ import annotations

from desktop.core.coders import CoderCount
from desktop.core.project import ProjectService
from desktop.core.store import Store


def test_coders_are_listed_with_their_counts_orphans_apart(empty_store: Store) -> None:
    service = ProjectService(empty_store, coder="ana")
    assert service.coders() == []
    document = service.add_document("One", "The minister spoke. The union answered.", language="en")
    tag = service.codebook.create_tag("Minister", "actor")
    service.create_annotation(document.id, 0, 12, [tag.id])  # ana, the service's coder
    service.create_annotation(document.id, 4, 12, [tag.id], coder="ana")
    service.create_annotation(document.id, 20, 29, [tag.id], coder="Ben")
    service.create_annotation(document.id, 0, 3, [], coder="")
    # Replacing the text with one that lacks "union" orphans Ben's annotation.
    service.replace_text(document.id, "The minister spoke. Nobody answered.")

    assert service.coders() == [
        CoderCount("", 1, 0),
        CoderCount("ana", 2, 0),
        CoderCount("Ben", 1, 1),
    ]
    service.delete_annotation(service.annotations()[0].id)
    assert sum(c.annotations for c in service.coders()) == 3
