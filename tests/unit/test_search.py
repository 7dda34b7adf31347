"""Full-text search: folding in every script, phrases, prefixes, exclusions, notes, and an
index kept current through every write, undo and cascade."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core import search_index
from desktop.core.model import SCHEMA_VERSION
from desktop.core.project import ProjectService
from desktop.core.sample import fill_sample
from desktop.core.search import SearchSyntaxError, find_hits, parse
from desktop.core.store import Store
from tests.old_schemas import as_schema

TEXTS = {
    "vi": "Hai bên đã ký thỏa thuận ngừng bắn. Đường biên giới vẫn căng thẳng; ngừng chiến.",
    "tr": "Cumhurbaşkanı Erdoğan, İSTANBUL'da konuştu. Işık yandı.",
    "ru": "МОСКВА призвала к прекращению огня.",
    "zh": "土耳其总统埃尔多安说，停火协议已经生效。",
    "ar": "قالَ الرَّئِيسُ التُّرْكِيُّ إنَّ الهدنة صامدة.",
    "he": "שָׁלוֹם לכולם",
    "th": "ประเทศไทยสนับสนุนการหยุดยิง",
    "emoji": "Peace talks 🕊️ in Genève 𠀀 resumed; the peace-talks went on.",
}


@pytest.fixture
def corpus(empty_store: Store) -> tuple[ProjectService, dict[str, int]]:
    service = ProjectService(empty_store, coder="tester")
    ids = {name: service.add_document(name, text).id for name, text in TEXTS.items()}
    return service, ids


def matches(service: ProjectService, query: str) -> dict[int, list[str]]:
    found = service.search.search(query)
    return {d.document_id: [h.match for h in d.hits] for d in found.documents}


@pytest.mark.parametrize(
    ("query", "document", "expected"),
    [
        ("thoa thuan ngung ban", "vi", ["thỏa thuận ngừng bắn"]),
        ("duong", "vi", ["Đường"]),
        ("ĐƯỜNG", "vi", ["Đường"]),
        ("erdogan", "tr", ["Erdoğan"]),
        ("istanbul", "tr", ["İSTANBUL"]),
        ("isik", "tr", ["Işık"]),
        ("москва", "ru", ["МОСКВА"]),
        ("огня", "ru", ["огня"]),
        ("土耳其", "zh", ["土耳其"]),
        ("停火", "zh", ["停火"]),
        ("الرئيس", "ar", ["الرَّئِيسُ"]),
        ("التركي", "ar", ["التُّرْكِيُّ"]),
        ("שלום", "he", ["שָׁלוֹם"]),
        ("หยุดยิง", "th", ["หยุดยิง"]),
        ("geneve", "emoji", ["Genève"]),
        ("ngừng*", "vi", ["ngừng", "ngừng"]),
        ('"peace talks"', "emoji", ["Peace talks", "peace-talks"]),
    ],
)
def test_finds_across_case_diacritics_and_scripts(
    corpus: tuple[ProjectService, dict[str, int]], query: str, document: str, expected: list[str]
) -> None:
    service, ids = corpus
    found = matches(service, query)
    assert found.get(ids[document]) == expected
    text = service.document_text(ids[document])
    for hit in service.search.search(query).documents[0].hits:
        assert text[hit.start : hit.end] == hit.match  # offsets are the text's code points


def test_whole_words_only_unless_a_prefix(corpus: tuple[ProjectService, dict[str, int]]) -> None:
    service, ids = corpus
    assert matches(service, "ngung") == {ids["vi"]: ["ngừng", "ngừng"]}
    assert matches(service, "ngun") == {}
    assert matches(service, "ngun*") == {ids["vi"]: ["ngừng", "ngừng"]}
    assert matches(service, "thuan") == {ids["vi"]: ["thuận"]}


def test_words_apart_and_exclusions(corpus: tuple[ProjectService, dict[str, int]]) -> None:
    service, ids = corpus
    # Both words are in the text but not together: each is listed.
    assert matches(service, "ngung bien") == {ids["vi"]: ["ngừng", "biên", "ngừng"]}
    apart = matches(service, "bien chien")
    assert apart == {ids["vi"]: ["biên", "chiến"]}
    # A phrase in quotes must be together.
    assert matches(service, '"bien chien"') == {}
    assert matches(service, "peace -genève") == {}
    assert matches(service, "peace -moscow") == {ids["emoji"]: ["Peace", "peace"]}


def test_a_phrase_typed_without_quotes_shows_only_where_it_is_whole(
    corpus: tuple[ProjectService, dict[str, int]],
) -> None:
    service, _ids = corpus
    hits = service.search.search("ngung ban").documents[0].hits
    assert [h.match for h in hits] == ["ngừng bắn"]
    assert (
        hits[0].before.endswith("thỏa thuận ")
        and hits[0].after == ". Đường biên giới vẫn căng thẳng; ngừng chiến."
    )


@pytest.mark.parametrize("query", ["", "   ", "-alone", '""', "***", "„“"])
def test_queries_without_words_are_refused_plainly(query: str) -> None:
    with pytest.raises(SearchSyntaxError, match="Type a word"):
        parse(query)


def test_hits_have_context_on_their_line() -> None:
    text = "first line\nthe peace talks began\nlast"
    folded = search_index.fold_same_length(text)
    (hit,) = find_hits(text, folded, parse("talks"))
    assert (hit.before, hit.match, hit.after) == ("the peace ", "talks", " began")


def test_folding_keeps_offsets() -> None:
    for text in TEXTS.values():
        assert len(search_index.fold_same_length(text)) == len(text)


def test_notes_are_searched(corpus: tuple[ProjectService, dict[str, int]]) -> None:
    service, ids = corpus
    annotation = service.create_annotation(ids["vi"], 0, 3, note="Bên nào vi phạm ĐẦU TIÊN?")
    found = service.search.search("dau tien")
    assert [(n.annotation_id, n.hit.match) for n in found.notes] == [(annotation.id, "ĐẦU TIÊN")]
    service.set_note(annotation.id, "changed")
    assert service.search.search("dau tien").notes == ()
    assert [n.annotation_id for n in service.search.search("changed").notes] == [annotation.id]
    service.delete_annotation(annotation.id)
    assert service.search.search("changed").notes == ()


def test_the_index_follows_deletes_cascades_and_restores(
    corpus: tuple[ProjectService, dict[str, int]],
) -> None:
    service, ids = corpus
    noted = service.create_annotation(ids["tr"], 0, 5, note="konuştu erdoğan")
    snapshot = service.delete_document(ids["tr"])  # cascades to the annotation and its note
    assert matches(service, "erdogan") == {}
    assert service.search.search("konustu").notes == ()
    service.restore_document(snapshot)
    assert matches(service, "erdogan") == {ids["tr"]: ["Erdoğan"]}
    assert [n.annotation_id for n in service.search.search("konustu").notes] == [noted.id]
    check_index(service.store.path)


def check_index(path: Path) -> None:
    """The contentless index agrees with the texts: FTS5's own integrity check."""
    with sqlite3.connect(path) as conn:
        search_index.register(conn)
        conn.execute("INSERT INTO document_index(document_index) VALUES('integrity-check')")
        conn.execute("INSERT INTO note_index(note_index) VALUES('integrity-check')")


def test_a_project_from_before_the_index_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.parallax"
    Store.create(path, fill_sample).close()
    as_schema(path, 1)  # before the full-text index
    store = Store.open(path)
    try:
        assert store.pragma("user_version") == SCHEMA_VERSION
        service = ProjectService(store)
        assert service.search.search("thoa thuan ngung ban").hit_count == 1
        assert service.search.search("armenia").notes  # the sample's notes mention it
    finally:
        store.close()
    check_index(path)


def test_batch_tagging_is_one_transaction_and_reverts_exactly(
    corpus: tuple[ProjectService, dict[str, int]],
) -> None:
    service, ids = corpus
    tag = service.codebook.create_tag("Peace", "theme")
    other = service.codebook.create_tag("Talks", "theme")
    existing = service.create_annotation(ids["emoji"], 0, 5, [other.id], note="kept")
    hits = service.search.search("peace").documents[0].hits
    passages = [(ids["emoji"], h.start, h.end) for h in hits]
    before = service.annotations()
    tagging = service.tag_passages(passages, [tag.id])
    assert len(tagging.created) == 1
    assert tagging.extended == ((existing.id, (tag.id,), existing.updated_at),)
    assert sorted((a.start, a.tag_ids) for a in service.annotations()) == sorted(
        [(0, tuple(sorted((tag.id, other.id)))), (hits[1].start, (tag.id,))]
    )
    remaining = service.untag_passages(tagging)
    assert [(a.id, a.tag_ids) for a in remaining] == [(existing.id, (other.id,))]
    assert remaining[0].updated_at == existing.updated_at  # undone to the second
    assert [(a.id, a.tag_ids, a.note) for a in service.annotations()] == [
        (a.id, a.tag_ids, a.note) for a in before
    ]
    again = service.retag_passages(tagging)
    assert {a.id for a in again.after} == {existing.id, tagging.created[0].id}
    assert len(service.annotations()) == 2


def test_a_refused_batch_changes_nothing(corpus: tuple[ProjectService, dict[str, int]]) -> None:
    service, ids = corpus
    tag = service.codebook.create_tag("Peace", "theme")
    with pytest.raises(Exception, match="Cannot annotate"):
        service.tag_passages([(ids["vi"], 0, 3), (ids["vi"], 5, 10_000)], [tag.id])
    assert service.annotations() == []


def test_document_properties_and_undoable_delete(
    corpus: tuple[ProjectService, dict[str, int]],
) -> None:
    service, ids = corpus
    tag = service.codebook.create_tag("Turkey", "actor")
    service.create_annotation(ids["tr"], 0, 5, [tag.id], note="n")
    updated = service.update_document(
        ids["tr"], title="  Erdoğan  speaks ", language="tr", source="Hürriyet",
        url="https://example.org/a", author="A. Yazar", published="2020-09-28",
    )  # fmt: skip
    assert (updated.title, updated.source, updated.published) == (
        "Erdoğan speaks", "Hürriyet", "2020-09-28",
    )  # fmt: skip
    with pytest.raises(Exception, match="needs a title"):
        service.update_document(
            ids["tr"], title=" ", language="", source="", url="", author="", published=""
        )
    documents, annotations = service.documents(), service.annotations()
    snapshot = service.delete_document(ids["tr"])
    assert ids["tr"] not in {d.id for d in service.documents()}
    restored = service.restore_document(snapshot)
    assert service.documents() == documents and service.annotations() == annotations
    assert restored == documents[[d.id for d in documents].index(ids["tr"])]
    assert service.document_text(ids["tr"]) == TEXTS["tr"]


@pytest.mark.parametrize(
    ("text", "query", "expected"),
    [
        ("한국 학교 화가", "한국", ["한국"]),  # syllables stay syllables
        ("한국 학교 화가", "학교", ["학교"]),
        ("2024年GDP増加。iPhone发布会", "2024", ["2024"]),  # beside Han, a word ends
        ("2024年GDP増加。iPhone发布会", "gdp", ["GDP"]),
        ("2024年GDP増加。iPhone发布会", "iphone", ["iPhone"]),
        ("Speech by \u2068Erdoğan\u2069 cost 100₽; peace🤝talks", "erdogan", ["Erdoğan"]),
        ("Speech by \u2068Erdoğan\u2069 cost 100₽; peace🤝talks", "100", ["100"]),
        ("Speech by \u2068Erdoğan\u2069 cost 100₽; peace🤝talks", "talks", ["talks"]),
        ("word \u0301cafe (\u0651salam)", "cafe", ["cafe"]),
        ("word \u0301cafe (\u0651salam)", "salam", ["salam"]),
        ("土耳其总统埃尔多安说", "土耳*", ["土耳"]),  # a prefix does not swallow the run
        ("ประเทศไทยสนับสนุน", "ประเทศ*", ["ประเทศ"]),
        ("Straße, Cæsar", "straße", ["Straße"]),
    ],
)
def test_the_index_and_the_hits_agree(
    empty_store: Store, text: str, query: str, expected: list[str]
) -> None:
    service = ProjectService(empty_store)
    document = service.add_document("t", text)
    found = service.search.search(query)
    assert found.document_ids == (document.id,)
    assert [h.match for d in found.documents for h in d.hits] == expected


def test_pages_skip_documents_deleted_since(corpus: tuple[ProjectService, dict[str, int]]) -> None:
    service, ids = corpus
    other = service.add_document("more", "Peace talks again.")
    found = service.search.search("peace")
    assert set(found.document_ids) == {ids["emoji"], other.id}
    service.delete_document(other.id)
    assert [d.document_id for d in service.search.locate("peace", found.document_ids)] == [
        ids["emoji"]
    ]


def test_an_index_built_by_other_rules_is_rebuilt_on_open(tmp_path: Path) -> None:
    path = tmp_path / "p.parallax"
    Store.create(path, fill_sample).close()
    with sqlite3.connect(path) as conn:  # as if folded by another Unicode version
        conn.execute("UPDATE meta SET value = '1/old' WHERE key = 'search_index'")
        search_index.register(conn)
        for statement in search_index.DROP:
            conn.execute(statement)
        for statement in search_index.SCHEMA:
            conn.execute(statement)  # an empty index: what a rebuild must fill
    store = Store.open(path)
    try:
        service = ProjectService(store)
        assert service.search.search("thoa thuan ngung ban").hit_count == 1
        assert store.pragma("user_version") == SCHEMA_VERSION
    finally:
        store.close()
    with sqlite3.connect(path) as conn:
        (value,) = conn.execute("SELECT value FROM meta WHERE key = 'search_index'").fetchone()
    assert value == search_index.VERSION
