from __future__ import annotations

from desktop.core.project import ProjectService
from desktop.core.records import AliasInfo, TagInfo
from desktop.core.suggestions import find_in_text


def tag(tag_id: int, name: str) -> TagInfo:
    return TagInfo(tag_id, f"u{tag_id}", name, "actor", None, "#000000", "", "", 0)


def test_whole_words_case_and_diacritics_ignored_offsets_in_code_points() -> None:
    text = "😀 ERDOGAN met Erdoğan; erdoganism is not him. Thổ Nhĩ Kỳ và THO NHI KY.\nTurki!"
    tags = [tag(1, "Erdoğan"), tag(2, "Turkey")]
    aliases = [AliasInfo(1, 2, "Thổ Nhĩ Kỳ", "vi"), AliasInfo(2, 2, "Turki", "id")]
    found = find_in_text(7, text, tags, aliases)
    quotes = [(s.tag_id, s.quote) for s in found]
    assert quotes == [
        (1, "ERDOGAN"),
        (1, "Erdoğan"),
        (2, "Thổ Nhĩ Kỳ"),
        (2, "THO NHI KY"),
        (2, "Turki"),
    ]
    for suggestion in found:
        assert text[suggestion.start : suggestion.end] == suggestion.quote
        assert suggestion.document_id == 7


def test_letters_that_fold_to_two_map_back_exactly() -> None:
    text = "Die Straße in Łódź, dann Strasse."
    found = find_in_text(1, text, [tag(1, "strasse"), tag(2, "Lodz")], [])
    assert [s.quote for s in found] == ["Straße", "Łódź", "Strasse"]


def test_open_suggestions_skip_coded_and_dismissed_passages(service: ProjectService) -> None:
    vi = service.documents()[1]
    text = service.document_text(vi.id)

    def open_now() -> list:  # type: ignore[type-arg]
        return service.suggestions.open_suggestions(
            vi.id, text, service.tags(), service.codebook.aliases(), service.annotations(vi.id)
        )

    first = open_now()
    turkey = next(t for t in service.tags() if t.name == "Turkey")
    for_turkey = [s for s in first if s.tag_id == turkey.id]
    # "Thổ Nhĩ Kỳ" occurs twice; one is inside a passage the sample already tags Turkey.
    assert text.count("Thổ Nhĩ Kỳ") == 2
    assert [s.quote for s in for_turkey] == ["Thổ Nhĩ Kỳ"]
    offered = for_turkey[0]
    service.suggestions.dismiss(offered)
    assert offered not in open_now()
    service.suggestions.undismiss(offered)
    assert offered in open_now()
    service.create_annotation(vi.id, offered.start, offered.end, [turkey.id])
    assert offered not in open_now()


def test_a_name_inside_a_longer_alias_of_the_same_tag_is_one_suggestion() -> None:
    text = "Presiden Rusia Vladimir Putin; Putin lagi."
    found = find_in_text(1, text, [tag(1, "Putin")], [AliasInfo(1, 1, "Vladimir Putin", "en")])
    assert [s.quote for s in found] == ["Vladimir Putin", "Putin"]
