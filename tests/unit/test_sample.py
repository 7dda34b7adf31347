from __future__ import annotations

import itertools
import re

from desktop.core.project import ProjectService
from desktop.core.sample import SAMPLE_CODER, load_manifest

ACTORS = {
    "Armenia", "Azerbaijan", "Turkey", "Russia", "United States", "United Nations", "France",
    "Germany", "Nagorno-Karabakh authorities", "Erdoğan", "Putin", "Lavrov", "Pashinyan",
    "Aliyev", "Guterres",
}  # fmt: skip


def test_sample_has_both_articles_with_honest_metadata(service: ProjectService) -> None:
    documents = service.documents()
    assert [d.language for d in documents] == ["id", "vi"]
    for document in documents:
        assert document.title
        # The texts name no outlet, author or date: none is invented.
        assert (document.source, document.author, document.published, document.url) == (
            "",
            "",
            "",
            "",
        )
    vi = service.document_text(documents[1].id)
    assert "Thổ Nhĩ Kỳ chọn đứng về Azerbaijan" in vi


def test_sample_codebook_has_the_actors_and_themes_with_distinct_colours(
    service: ProjectService,
) -> None:
    tags = service.tags()
    assert {t.name for t in tags if t.kind == "actor"} == ACTORS
    assert len([t for t in tags if t.kind == "theme"]) == 6
    colours = [t.colour for t in tags]
    assert all(re.fullmatch(r"#[0-9A-F]{6}", c) for c in colours)
    assert len(set(colours)) == len(colours)
    shortcuts = [t.shortcut for t in tags if t.shortcut]
    assert len(set(shortcuts)) == len(shortcuts)


def test_sample_annotations_sit_on_their_quotes_in_both_texts(service: ProjectService) -> None:
    manifest = load_manifest()
    annotations = service.annotations()
    assert len(annotations) == len(manifest["annotations"])
    by_doc = {d.id: d.language for d in service.documents()}
    assert {by_doc[a.document_id] for a in annotations} == {"id", "vi"}
    for annotation in annotations:
        body = service.document_text(annotation.document_id)
        assert body[annotation.start : annotation.end] == annotation.quote
        assert annotation.coder == SAMPLE_CODER
    quotes = {a.quote for a in annotations}
    assert {e["quote"] for e in manifest["annotations"]} == quotes


def test_sample_shows_overlapping_passages_in_each_text(service: ProjectService) -> None:
    for document in service.documents():
        spans = sorted((a.start, a.end) for a in service.annotations(document.id))
        assert any(b[0] < a[1] for a, b in itertools.pairwise(spans))


def test_sample_actors_have_aliases_in_indonesian_vietnamese_and_english(
    service: ProjectService,
) -> None:
    aliases = service.codebook.aliases()
    tags = {t.id: t.name for t in service.tags()}
    by_tag: dict[str, set[tuple[str, str]]] = {}
    for alias in aliases:
        by_tag.setdefault(tags[alias.tag_id], set()).add((alias.text, alias.language))
    assert ("Turki", "id") in by_tag["Turkey"] and ("Thổ Nhĩ Kỳ", "vi") in by_tag["Turkey"]
    assert ("Nga", "vi") in by_tag["Russia"] and ("Rusia", "id") in by_tag["Russia"]
    # Tag names are English; aliases give the other languages (and English variants).
    for name in ("Turkey", "Russia", "United States", "United Nations", "France", "Germany"):
        assert {language for _, language in by_tag[name]} >= {"id", "vi"}, name
    assert ("Türkiye", "en") in by_tag["Turkey"] and ("UN", "en") in by_tag["United Nations"]
