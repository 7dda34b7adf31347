from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.codebook import CodebookService
from desktop.core.project import ProjectService
from desktop.core.records import TagInfo
from desktop.core.service_base import ProjectError
from desktop.core.store import Store


@pytest.fixture
def codebook(store: Store) -> CodebookService:
    return CodebookService(store)


def by_name(codebook: CodebookService, name: str):  # type: ignore[no-untyped-def]
    return next(t for t in codebook.tags() if t.name == name)


def test_create_rename_recolour_describe_and_rekey(codebook: CodebookService) -> None:
    tag = codebook.create_tag("  Iran  ", "Actor", colour="#aa11bb", shortcut="Ctrl+I")
    assert (tag.name, tag.kind, tag.colour, tag.shortcut) == ("Iran", "actor", "#AA11BB", "Ctrl+I")
    changed = codebook.update_tag(tag.id, name="Islamic Republic of Iran", colour="#00FF00",
                                  description="The state of Iran", shortcut="")  # fmt: skip
    assert changed.name == "Islamic Republic of Iran"
    assert (changed.colour, changed.description, changed.shortcut) == (
        "#00FF00",
        "The state of Iran",
        "",
    )
    assert codebook.create_tag("Pro-Azerbaijan", "stance").kind == "stance"
    assert "stance" in {t.kind for t in codebook.tags()}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda c, t: c.create_tag("   ", "actor"), "not empty"),
        (lambda c, t: c.create_tag("turkey", "actor"), "already an actor tag named “Turkey”"),
        (lambda c, t: c.update_tag(t, name="Russia"), "already"),
        (lambda c, t: c.create_tag("X", "actor", colour="red"), "not a colour"),
        (lambda c, t: c.update_tag(t, colour="#12345"), "not a colour"),
        (lambda c, t: c.update_tag(t, shortcut="1"), "already tags “Armenia”"),
        (lambda c, t: c.move_tag(t, t), "inside itself"),
        (lambda c, t: c.merge_tags(t, t), "into itself"),
    ],
)
def test_refused_changes_write_nothing(
    codebook: CodebookService,
    sample_path: Path,
    change,
    message: str,  # type: ignore[no-untyped-def]
) -> None:
    turkey = by_name(codebook, "Turkey").id
    before = codebook.tags()
    with pytest.raises(ProjectError, match=message):
        change(codebook, turkey)
    assert codebook.tags() == before


def test_a_tag_cannot_become_its_own_ancestor_or_change_kind(codebook: CodebookService) -> None:
    russia = by_name(codebook, "Russia")
    putin = codebook.move_tag(by_name(codebook, "Putin").id, russia.id)
    lavrov = codebook.move_tag(by_name(codebook, "Lavrov").id, russia.id)
    assert putin.parent_id == lavrov.parent_id == russia.id
    with pytest.raises(ProjectError, match="inside itself"):
        codebook.move_tag(russia.id, putin.id)
    ceasefire = next(t for t in codebook.tags() if t.kind == "theme")
    with pytest.raises(ProjectError, match="theme tag"):
        codebook.move_tag(ceasefire.id, russia.id)
    assert codebook.tag(russia.id).parent_id is None


def test_reordering_keeps_positions_dense(codebook: CodebookService) -> None:
    actors = [t for t in codebook.tags() if t.kind == "actor" and t.parent_id is None]
    moved = codebook.move_tag(actors[-1].id, None, 0)
    assert moved.position == 0
    after = sorted(
        (t for t in codebook.tags() if t.kind == "actor" and t.parent_id is None),
        key=lambda t: t.position,
    )
    assert [t.position for t in after] == list(range(len(actors)))
    assert [t.id for t in after] == [actors[-1].id] + [t.id for t in actors[:-1]]


def test_delete_and_restore_bring_back_links_children_and_aliases(
    codebook: CodebookService, service: ProjectService
) -> None:
    armenia = by_name(codebook, "Armenia")
    child = codebook.create_tag("Armenian army", "actor", parent_id=armenia.id)
    pairs = [(a.text, a.language) for a in codebook.aliases(armenia.id)] + [("Ác-mê-ni-a", "vi")]
    codebook.update_tag(armenia.id, aliases=pairs)
    aliases = codebook.aliases(armenia.id)
    tagged = {a.id for a in service.annotations() if armenia.id in a.tag_ids}
    snapshot = codebook.delete_tag(armenia.id)
    assert snapshot.annotation_ids == tuple(sorted(tagged))
    assert codebook.tag(child.id).parent_id is None
    assert codebook.aliases(armenia.id) == []
    assert all(armenia.id not in a.tag_ids for a in service.annotations())
    restored = codebook.restore_tag(snapshot)
    assert restored == armenia  # same id, uuid, colour, key, place and count
    assert {a.id for a in service.annotations() if armenia.id in a.tag_ids} == tagged
    assert codebook.tag(child.id).parent_id == armenia.id
    pairs = [(a.text, a.language) for a in aliases]
    assert [(a.text, a.language) for a in codebook.aliases(armenia.id)] == pairs


def levels(codebook: CodebookService) -> dict[tuple[str, int | None], list[str]]:
    """Each level of the codebook in order; positions must be exactly 0, 1, 2…"""
    found: dict[tuple[str, int | None], list[TagInfo]] = {}
    for tag in codebook.tags():
        found.setdefault((tag.kind, tag.parent_id), []).append(tag)
    result = {}
    for key, tags in found.items():
        tags.sort(key=lambda t: t.position)
        assert [t.position for t in tags] == list(range(len(tags))), key
        result[key] = [t.name for t in tags]
    return result


def test_places_stay_dense_through_delete_merge_and_their_undo(
    codebook: CodebookService,
) -> None:
    russia, turkey = by_name(codebook, "Russia"), by_name(codebook, "Turkey")
    codebook.move_tag(by_name(codebook, "Putin").id, russia.id)
    codebook.move_tag(by_name(codebook, "Lavrov").id, russia.id)
    codebook.move_tag(by_name(codebook, "Erdoğan").id, turkey.id)
    before = levels(codebook)
    deleted = codebook.delete_tag(russia.id)
    after_delete = levels(codebook)
    top = after_delete[("actor", None)]
    # Its sub-tags take its place, in their order.
    assert top[top.index("Putin") : top.index("Putin") + 2] == ["Putin", "Lavrov"]
    codebook.restore_tag(deleted)
    assert levels(codebook) == before
    merge = codebook.merge_tags(russia.id, turkey.id)
    merged = levels(codebook)
    assert merged[("actor", turkey.id)] == ["Erdoğan", "Putin", "Lavrov"]
    codebook.unmerge(merge)
    assert levels(codebook) == before


def test_undo_of_a_delete_survives_alias_edits_made_in_between(
    codebook: CodebookService, service: ProjectService
) -> None:
    guterres = by_name(codebook, "Guterres")
    document = service.documents()[0]
    text = service.document_text(document.id)
    offered = [
        s
        for s in service.suggestions.open_suggestions(
            document.id, text, codebook.tags(), codebook.aliases(), service.annotations(document.id)
        )
        if s.tag_id == guterres.id
    ]
    service.suggestions.dismiss(offered[0])
    snapshot = codebook.delete_tag(guterres.id)
    armenia = by_name(codebook, "Armenia")
    codebook.update_tag(
        armenia.id, aliases=[("Armenia", "id"), ("Armênia", "pt"), ("Hayastan", "hy")]
    )
    restored = codebook.restore_tag(snapshot)
    assert restored.name == "Guterres" and restored.count == guterres.count
    assert {a.text for a in codebook.aliases(guterres.id)} >= {"Antonio Guterres"}
    assert (offered[0].tag_id, offered[0].start, offered[0].end) in service.suggestions.dismissed(
        document.id
    )


def test_merge_moves_links_without_duplicates_and_unmerge_undoes_it(
    codebook: CodebookService, service: ProjectService
) -> None:
    erdogan, turkey = by_name(codebook, "Erdoğan"), by_name(codebook, "Turkey")
    document = service.documents()[0]
    both = service.create_annotation(document.id, 0, 5, [erdogan.id, turkey.id])
    before = {a.id: a.tag_ids for a in service.annotations()}
    merge = codebook.merge_tags(erdogan.id, turkey.id)
    assert both.id not in merge.moved  # it had both: no duplicate link
    after = {a.id: a.tag_ids for a in service.annotations()}
    for annotation_id, tag_ids in before.items():
        expected = {t for t in tag_ids if t != erdogan.id}
        if erdogan.id in tag_ids:
            expected.add(turkey.id)
        assert set(after[annotation_id]) == expected
    assert codebook.tag(turkey.id).count == len([a for a in after.values() if turkey.id in a])
    codebook.unmerge(merge)
    assert {a.id: a.tag_ids for a in service.annotations()} == before


def test_an_unmerge_that_cannot_restore_the_source_changes_nothing(
    codebook: CodebookService, service: ProjectService
) -> None:
    erdogan, turkey = by_name(codebook, "Erdoğan"), by_name(codebook, "Turkey")
    document = service.documents()[0]
    service.create_annotation(document.id, 0, 5, [erdogan.id])
    merge = codebook.merge_tags(erdogan.id, turkey.id)
    merged = {a.id: a.tag_ids for a in service.annotations()}
    codebook.create_tag("Erdoğan", erdogan.kind)  # the name is taken again meanwhile
    with pytest.raises(ProjectError, match="Erdoğan"):
        codebook.unmerge(merge)
    assert {a.id: a.tag_ids for a in service.annotations()} == merged  # Turkey kept them


def test_restoring_a_tag_whose_key_was_taken_meanwhile_is_refused(
    codebook: CodebookService,
) -> None:
    first = codebook.create_tag("Iran", "actor", shortcut="Ctrl+I")
    snapshot = codebook.delete_tag(first.id)
    codebook.create_tag("Iraq", "actor", shortcut="Ctrl+I")
    with pytest.raises(ProjectError, match="Ctrl\\+I"):
        codebook.restore_tag(snapshot)
    assert [t.name for t in codebook.tags() if t.shortcut == "Ctrl+I"] == ["Iraq"]


def test_aliases_are_replaced_together_and_refused_whole(codebook: CodebookService) -> None:
    turkey = codebook.create_tag("Türkiye", "place", aliases=[("Turki", "id")])
    codebook.update_tag(turkey.id, aliases=[("Thổ Nhĩ Kỳ", "vi"), ("Turkey", "en")])
    after = [("Thổ Nhĩ Kỳ", "vi"), ("Turkey", "en")]
    assert [(a.text, a.language) for a in codebook.aliases(turkey.id)] == after
    with pytest.raises(ProjectError, match="twice"):
        codebook.update_tag(turkey.id, aliases=[("Turki", "id"), ("turki", "id")])
    with pytest.raises(ProjectError, match="not empty"):
        codebook.update_tag(turkey.id, aliases=[(" ", "id")])
    assert [(a.text, a.language) for a in codebook.aliases(turkey.id)] == after
    codebook.update_tag(turkey.id, aliases=[("Turkey", "en")])  # one removed
    assert [a.text for a in codebook.aliases(turkey.id)] == ["Turkey"]


def test_create_and_update_with_bad_aliases_write_nothing(codebook: CodebookService) -> None:
    before = codebook.tags()
    with pytest.raises(ProjectError, match="twice"):
        codebook.create_tag("Iran", "actor", aliases=[("Iran", "en"), ("IRAN", "en")])
    assert codebook.tags() == before
    turkey = by_name(codebook, "Turkey")
    with pytest.raises(ProjectError, match="not empty"):
        codebook.update_tag(turkey.id, name="Türkiye", aliases=[("", "en")])
    assert codebook.tag(turkey.id).name == "Turkey"
    made = codebook.create_tag("Iran", "actor", aliases=[("Iran", "vi"), ("Irán", "es")])
    assert [a.text for a in codebook.aliases(made.id)] == ["Iran", "Irán"]
