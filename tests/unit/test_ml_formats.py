"""doccano, Label Studio and brat: UTF-16 offsets counted by hand, round trips, raw texts
with CRLF and decomposed accents, brat fragments, and named errors for bad files."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core.exporters import ml_formats as export
from desktop.core.importers import brat as brat_reader
from desktop.core.importers.brat import read_brat
from desktop.core.importers.ml_formats import read_doccano, read_label_studio
from desktop.core.incoming import Incoming, IncomingError
from desktop.core.project import ProjectService
from desktop.core.store import Store
from desktop.core.utf16 import SurrogateSplitError, Utf16Offsets, utf16_length

# 😀 (U+1F600) and 𝕏 (U+1D54F) are astral: one code point, two UTF-16 units each.
TEXT = "Xin ch\u00e0o \U0001f600 H\u00e0 N\u1ed9i \U0001d54f end"
# Code points:  "Xin chào " 0–8, 😀 9, " " 10, "Hà" 11–12, " " 13, "Nội" 14–16, " " 17,
#               𝕏 18, " " 19, "end" 20–22; 23 in all.
# UTF-16 units: "Xin chào " 0–8, 😀 9–10, " " 11, "Hà" 12–13, " " 14, "Nội" 15–17, " " 18,
#               𝕏 19–20, " " 21, "end" 22–24; 25 in all.
EMOJI, PLACE, LETTER, END = (9, 10), (11, 17), (18, 19), (20, 23)
EMOJI16, PLACE16, LETTER16, END16 = (9, 11), (12, 18), (19, 21), (22, 25)
DOC_UUID = "00000000-0000-4000-8000-0000000000d1"


def test_utf16_offsets_counted_by_hand() -> None:
    units = Utf16Offsets(TEXT)
    assert units.length == utf16_length(TEXT) == 25
    for points, utf16 in zip(
        (EMOJI, PLACE, LETTER, END), (EMOJI16, PLACE16, LETTER16, END16), strict=True
    ):
        assert (units.to_utf16(points[0]), units.to_utf16(points[1])) == utf16
        assert (units.to_code_points(utf16[0]), units.to_code_points(utf16[1])) == points
    for inside in (10, 20):  # the low halves of 😀 and 𝕏
        with pytest.raises(SurrogateSplitError):
            units.to_code_points(inside)
    plain = Utf16Offsets("no astral")
    assert plain.to_utf16(4) == plain.to_code_points(4) == 4


def test_utf16_offsets_on_a_long_text() -> None:
    text = ("abc😀" * 250_000) + "end"  # a million characters, a quarter of them astral
    units = Utf16Offsets(text)
    assert units.length == len(text) + 250_000
    for offset in (0, 3, 4, 999_999, len(text)):
        assert units.to_utf16(offset) == len(text[:offset].encode("utf-16-le")) // 2
        assert units.to_code_points(units.to_utf16(offset)) == offset


@pytest.fixture
def project(empty_store: Store) -> ProjectService:
    service = ProjectService(empty_store, coder="ana")
    doc = service.add_document("Hà Nội 😀 / notes", TEXT, language="vi", uuid=DOC_UUID)
    service.add_document("Two lines", "first line\nsecond line")
    place = service.codebook.create_tag("Place", "theme", colour="#E41A1C")
    emoji = service.codebook.create_tag("Emoji & symbols", "theme", colour="#4DAF4A")
    service.codebook.create_tag("Thổ Nhĩ Kỳ", "actor", colour="#377EB8")
    service.create_annotation(
        doc.id, *PLACE, [place.id], note="a city\nin Vietnam",
        uuid="00000000-0000-4000-8000-0000000000e1",
    )  # fmt: skip
    service.create_annotation(
        doc.id, *EMOJI, [emoji.id, place.id], uuid="00000000-0000-4000-8000-0000000000e2"
    )
    service.create_annotation(doc.id, *LETTER, [emoji.id])
    service.create_annotation(doc.id, *END, [], note="untagged: left out")
    return service


def tag(service: ProjectService, name: str) -> int:
    return next(t.id for t in service.tags() if t.name == name)


def test_doccano_export_counts_utf16_units(project: ProjectService, tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    assert export.export_doccano(project, path) == 3  # the untagged annotation is left out
    first, second = (json.loads(line) for line in path.read_text("utf-8").splitlines())
    assert first["id"] == DOC_UUID
    assert first["text"] == TEXT
    assert first["title"] == "Hà Nội 😀 / notes"
    assert first["language"] == "vi"
    assert first["label"] == [
        [9, 11, "Emoji & symbols"],
        [9, 11, "Place"],
        [12, 18, "Place"],
        [19, 21, "Emoji & symbols"],
    ]
    assert second["label"] == []


def test_label_studio_export(project: ProjectService, tmp_path: Path) -> None:
    path = tmp_path / "tasks.json"
    assert export.export_label_studio(project, path) == 3
    tasks = json.loads(path.read_text("utf-8"))
    assert tasks[0]["data"]["document_uuid"] == DOC_UUID
    assert "annotations" not in tasks[1]
    results = tasks[0]["annotations"][0]["result"]
    regions = [r for r in results if r["type"] == "labels"]
    assert [(r["value"]["start"], r["value"]["end"]) for r in regions] == [
        EMOJI16,
        PLACE16,
        LETTER16,
    ]
    assert regions[0]["value"] == {
        "start": 9, "end": 11, "text": "😀", "labels": ["Emoji & symbols", "Place"],
    }  # fmt: skip
    assert regions[1]["id"] == "00000000-0000-4000-8000-0000000000e1"
    assert all(r["from_name"] == "label" and r["to_name"] == "text" for r in regions)
    (note,) = (r for r in results if r["type"] == "textarea")
    assert note["id"] == regions[1]["id"]
    assert note["value"] == {"start": 12, "end": 18, "text": ["a city\nin Vietnam"]}
    config = export.label_studio_config(project.tags())
    assert '<Label value="Emoji &amp; symbols" background="#4DAF4A"/>' in config
    assert 'perRegion="true"' in config


def test_brat_export(project: ProjectService, tmp_path: Path) -> None:
    second = project.documents()[1]
    project.create_annotation(second.id, 6, 17, [tag(project, "Emoji & symbols")])
    path = tmp_path / "brat.zip"
    assert export.export_brat(project, path) == 4
    with zipfile.ZipFile(path) as archive:
        names = sorted(archive.namelist())
        files = {n.split("/", 1)[1]: archive.read(n).decode("utf-8") for n in names}
    assert all(n.startswith("Empty/") for n in names)
    assert sorted(files) == [
        "H\u00e0_N\u1ed9i_notes.ann", "H\u00e0_N\u1ed9i_notes.txt",
        "Two_lines.ann", "Two_lines.txt", "annotation.conf", "visual.conf",
    ]  # fmt: skip
    assert files["H\u00e0_N\u1ed9i_notes.txt"] == TEXT
    # brat counts code points; one entity per tag; the note's line break becomes a space.
    assert files["H\u00e0_N\u1ed9i_notes.ann"].splitlines() == [
        "T1\tEmoji_symbols 9 10\t😀",
        "T2\tPlace 9 10\t😀",
        "T3\tPlace 11 17\tHà Nội",
        "#1\tAnnotatorNotes T3\ta city in Vietnam",
        "T4\tEmoji_symbols 18 19\t𝕏",
    ]
    # A passage across a line break is two fragments; the quote joins them with a space.
    assert files["Two_lines.ann"] == "T1\tEmoji_symbols 6 10;11 17\tline second\n"
    conf = files["annotation.conf"]
    assert "[entities]\nEmoji_symbols\nPlace\nTho_Nhi_Ky\n" in conf
    assert "<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>" in conf
    assert "Emoji_symbols | Emoji & symbols\n" in files["visual.conf"]
    assert "Tho_Nhi_Ky | Thổ Nhĩ Kỳ\n" in files["visual.conf"]


def test_labels_are_unique_and_brat_types_safe(empty_store: Store) -> None:
    service = ProjectService(empty_store)
    a = service.codebook.create_tag("Russia", "actor")
    b = service.codebook.create_tag("Russia", "theme")
    c = service.codebook.create_tag("تركيا", "actor")
    d = service.codebook.create_tag("1st-round", "theme")
    names = export.labels(service.tags())
    assert names[a.id] == "Russia (actor)" and names[b.id] == "Russia (theme)"
    types = export.brat_types(names)
    assert types[a.id] == "Russia_actor" and types[b.id] == "Russia_theme"
    assert types[c.id] == "Tag" and types[d.id] == "Tag_1st-round"


def spans(incoming: Incoming) -> list[tuple[int, int, tuple[str, ...], str]]:
    names = {t.key: t.name for t in incoming.tags}
    return sorted(
        (a.start, a.end, tuple(sorted(names[t] for t in a.tags)), a.note)
        for a in incoming.annotations
    )


EXPECTED = [
    (*EMOJI, ("Emoji & symbols", "Place"), ""),
    (*PLACE, ("Place",), "a city\nin Vietnam"),
    (*LETTER, ("Emoji & symbols",), ""),
]


def test_doccano_round_trip(project: ProjectService, tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    export.export_doccano(project, path)
    incoming = read_doccano(path)
    assert incoming.documents[0].uuid == DOC_UUID
    assert incoming.documents[0].text == TEXT
    assert incoming.documents[0].title == "Hà Nội 😀 / notes"
    assert incoming.documents[0].language == "vi"
    assert [(a, b, t) for a, b, t, _ in spans(incoming)] == [e[:3] for e in EXPECTED]
    assert {a.document for a in incoming.annotations} == {incoming.documents[0].key}
    assert all(t.kind == "" for t in incoming.tags)


def test_label_studio_round_trip(project: ProjectService, tmp_path: Path) -> None:
    path = tmp_path / "tasks.json"
    export.export_label_studio(project, path)
    incoming = read_label_studio(path)
    assert spans(incoming) == EXPECTED
    assert [d.uuid for d in incoming.documents] == [d.uuid for d in project.documents()]
    uuids = {a.uuid for a in incoming.annotations}
    assert uuids == {a.uuid for a in project.annotations() if a.tag_ids}
    assert all(a.quote == TEXT[a.start : a.end] for a in incoming.annotations)


def test_brat_round_trip(project: ProjectService, tmp_path: Path) -> None:
    second = project.documents()[1]
    project.create_annotation(second.id, 6, 17, [tag(project, "Emoji & symbols")])
    path = tmp_path / "brat.zip"
    export.export_brat(project, path)
    incoming = read_brat(path)
    first = next(a for a in incoming.annotations if a.document.endswith("notes"))
    assert first.document in {d.key for d in incoming.documents}
    by_document: dict[str, list[tuple[int, int, tuple[str, ...], str]]] = {}
    names = {t.key: t.name for t in incoming.tags}
    for a in incoming.annotations:
        by_document.setdefault(a.document, []).append(
            (a.start, a.end, tuple(sorted(names[t] for t in a.tags)), a.note)
        )
    notes_doc, lines_doc = sorted(by_document, key=lambda k: not k.endswith("notes"))
    # The note's line break came back as a space: brat notes are one line.
    assert sorted(by_document[notes_doc]) == [
        (*EMOJI, ("Emoji & symbols", "Place"), ""),
        (*PLACE, ("Place",), "a city in Vietnam"),
        (*LETTER, ("Emoji & symbols",), ""),
    ]
    assert by_document[lines_doc] == [(6, 17, ("Emoji & symbols",), "")]
    fragmented = next(a for a in incoming.annotations if a.document == lines_doc)
    assert fragmented.quote is None  # "line second" is not the text between the offsets
    assert not incoming.skipped  # line-break gaps are not discontinuities
    texts = {d.key: d.text for d in incoming.documents}
    assert texts[notes_doc] == TEXT


# Raw text as another tool holds it: decomposed accents, an emoji, CRLF.
RAW = "Cafe\u0301 \U0001f600\r\nHa\u0300 No\u0323\u0302i"
# Raw code points: "Café" 0–4 (e + U+0301), " " 5, 😀 6, \r 7, \n 8, "Hà" 9–11,
#   " " 12, "Nội" 13–17 (o + U+0323 + U+0302); 18 in all. UTF-16: 😀 is 6–7, then +1.
# Normalised: "Café 😀\nHà Nội": "Café" 0–3, " " 4, 😀 5, \n 6, "Hà" 7–8, " " 9,
#   "Nội" 10–12; 13 in all.
NORMAL = "Caf\u00e9 \U0001f600\nH\u00e0 N\u1ed9i"


def test_doccano_raw_text_is_mapped(tmp_path: Path) -> None:
    path = tmp_path / "raw.jsonl"
    line = {"text": RAW, "label": [[0, 5, "Place"], [6, 8, "Emoji"], [10, 19, "Place"]]}
    path.write_text(json.dumps(line) + "\n\n", encoding="utf-8")
    incoming = read_doccano(path)
    (document,) = incoming.documents
    assert document.text == NORMAL
    assert document.uuid is None
    assert [(a.start, a.end) for a in incoming.annotations] == [(0, 4), (5, 6), (7, 13)]
    assert document.text[7:13] == "Hà Nội"
    assert [a.where for a in incoming.annotations] == [
        "line 1, span 1", "line 1, span 2", "line 1, span 3",
    ]  # fmt: skip


def test_doccano_same_span_is_one_passage_and_old_keys_read(tmp_path: Path) -> None:
    path = tmp_path / "old.jsonl"
    rows = [
        {"text": "Ankara said", "labels": [[0, 6, "Turkey"], [0, 6, "Actor"]]},
        {"text": "Moscow", "entities": [
            {"id": 1, "start_offset": 0, "end_offset": 6, "label": "Russia"}
        ]},
    ]  # fmt: skip
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    incoming = read_doccano(path)
    assert [(a.document, a.start, a.end, a.tags) for a in incoming.annotations] == [
        ("line 1", 0, 6, ("Turkey", "Actor")),
        ("line 2", 0, 6, ("Russia",)),
    ]
    assert [t.name for t in incoming.tags] == ["Turkey", "Actor", "Russia"]


def test_brat_raw_text_with_bom_and_crlf(tmp_path: Path) -> None:
    # brat counts the .txt's code points as stored, a byte-order mark included.
    (tmp_path / "doc.txt").write_bytes(("\ufeff" + RAW).encode("utf-8"))
    (tmp_path / "doc.ann").write_text(
        "T1\tPlace 1 6\tCafe\u0301\n"
        "T2\tEmoji 7 8\t\U0001f600\n"
        "T3\tPlace 10 19\tHa\u0300 No\u0323\u0302i\n"
        "#1\tAnnotatorNotes T3\tthe capital\n"
        "R1\tNear Arg1:T1 Arg2:T3\n"
        "A1\tNegated T2\n",
        encoding="utf-8",
    )
    incoming = read_brat(tmp_path / "doc.ann")
    (document,) = incoming.documents
    assert document.text == NORMAL and document.title == "doc"
    assert [(a.start, a.end, a.quote, a.note) for a in incoming.annotations] == [
        (0, 4, "Café", ""),
        (5, 6, "😀", ""),
        (7, 13, "Hà Nội", "the capital"),
    ]
    assert incoming.skipped == ["doc.ann: 1 relations skipped", "doc.ann: 1 attributes skipped"]


def test_brat_discontinuous_entity_is_reported(tmp_path: Path) -> None:
    (tmp_path / "d.txt").write_text("Turkey and Russia agreed", encoding="utf-8")
    (tmp_path / "d.ann").write_text("T1\tActor 0 6;11 17\tTurkey Russia\n", encoding="utf-8")
    incoming = read_brat(tmp_path / "d.txt")
    assert [(a.start, a.end, a.quote) for a in incoming.annotations] == [(0, 17, None)]
    assert incoming.skipped == [
        "d.ann, T1: a discontinuous passage, read as one from its first to its last fragment"
    ]


def test_brat_folder_with_visual_conf(tmp_path: Path) -> None:
    folder = tmp_path / "collection" / "part"
    folder.mkdir(parents=True)
    (tmp_path / "collection" / "visual.conf").write_text(
        "[labels]\nCeasefire | Ceasefire & talks | C\n", encoding="utf-8"
    )
    (folder / "a.txt").write_text("ceasefire now", encoding="utf-8")
    (folder / "a.ann").write_text("T1\tCeasefire 0 9\tceasefire\n", encoding="utf-8")
    (folder / "b.txt").write_text("no annotations", encoding="utf-8")
    incoming = read_brat(tmp_path / "collection")
    assert [d.key for d in incoming.documents] == ["part/a", "part/b"]
    assert [(t.key, t.name) for t in incoming.tags] == [("Ceasefire", "Ceasefire & talks")]


# -- bad input -------------------------------------------------------------------------


def error_of(reader: Callable[[Path], Incoming], path: Path) -> str:
    with pytest.raises(IncomingError) as caught:
        reader(path)
    return str(caught.value)


def test_doccano_errors_are_named(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    text80 = "x" * 78 + "😀"  # 79 code points, 80 UTF-16 units
    path.write_text(
        json.dumps({"text": text80, "label": [[0, 120, "L"]]}) + "\n"
        '{"text": "broken", \n'
        + json.dumps({"label": []}) + "\n"
        + json.dumps({"text": "ab😀", "label": [[0, 3, "L"], ["pos"], [2, 2, "L"]]}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    lines = error_of(read_doccano, path).splitlines()
    assert lines[0] == "bad.jsonl cannot be imported as doccano JSONL:"
    assert lines[1] == "  - line 1, span 1: end 120 is beyond the text (80 UTF-16 units)"
    assert lines[2].startswith("  - line 2: is not valid JSON: Expecting property name")
    assert lines[2].endswith("(column 20)")
    assert lines[3:] == [
        '  - line 3: has no "text"',
        "  - line 4, span 1: end 3 splits a character (an emoji?) in two",
        "  - line 4, span 2: is a list, not a [start, end, label] span",
        "  … and 1 more problem.",
    ]


def test_label_studio_errors_are_named(tmp_path: Path) -> None:
    path = tmp_path / "tasks.json"
    tasks = [
        {"data": {"text": "ab😀cd"}, "annotations": [{"result": [
            {"id": "a", "type": "labels", "value": {"start": 0, "end": 2, "labels": ["L"]}},
            {"id": "b", "type": "labels", "value": {"start": 3, "end": 5, "labels": ["L"]}},
        ]}]},
        {"annotations": []},
        {"data": {"text": "short"}, "annotations": [{"result": [
            {"id": "c", "type": "labels", "value": {"start": 0, "end": 120, "labels": ["L"]}},
        ]}]},
    ]  # fmt: skip
    path.write_text(json.dumps(tasks), encoding="utf-8")
    message = error_of(read_label_studio, path)
    assert message == (
        "tasks.json cannot be imported as Label Studio JSON:\n"
        "  - task 1, result 2: start 3 splits a character (an emoji?) in two\n"
        '  - task 2: has no "data" object\n'
        "  - task 3, result 1: end 120 is beyond the text (5 UTF-16 units)"
    )
    path.write_text('[{"data": {"text": "x"},}]', encoding="utf-8")
    assert error_of(read_label_studio, path) == (
        "tasks.json: is not valid JSON: Expecting property name enclosed in double quotes "
        "(line 1, column 25)."
    )


def test_label_studio_skips_what_is_not_a_span(tmp_path: Path) -> None:
    path = tmp_path / "tasks.json"
    task = {
        "data": {"body": "Ankara said"},
        "annotations": [
            {"was_cancelled": True, "result": []},
            {"completed_by": {"email": "ana@example.org"}, "created_at": "2024-05-01T10:00:00Z",
             "result": [
                {"id": "r1", "type": "labels", "from_name": "ner", "to_name": "t",
                 "value": {"start": 0, "end": 6, "text": "Ankara", "labels": ["Turkey"]}},
                {"id": "r1", "type": "textarea", "from_name": "n", "to_name": "t",
                 "value": {"start": 0, "end": 6, "text": ["capital"]}},
                {"id": "r2", "type": "choices", "value": {"choices": ["Positive"]}},
            ]},
        ],
        "predictions": [{"result": []}],
    }  # fmt: skip
    path.write_text(json.dumps(task), encoding="utf-8")
    incoming = read_label_studio(path)
    (annotation,) = incoming.annotations
    assert (annotation.start, annotation.end, annotation.note) == (0, 6, "capital")
    assert annotation.coder == "ana@example.org"
    assert annotation.created_at is not None and annotation.created_at.year == 2024
    assert annotation.uuid is None  # "r1" is not a uuid
    assert annotation.where == "task 1, annotation 2, result 1"
    assert sorted(incoming.skipped) == [
        "1 cancelled annotations skipped",
        "1 choices results skipped",
        "1 predictions (a model's suggestions) skipped",
    ]


def test_brat_errors_are_named(tmp_path: Path) -> None:
    (tmp_path / "d.txt").write_text("short text", encoding="utf-8")
    (tmp_path / "d.ann").write_text(
        "T1\tPlace 0 50\tshort\nT2\tPlace zero 5\tshort\nT3\n", encoding="utf-8"
    )
    message = error_of(read_brat, tmp_path / "d.ann")
    assert message == (
        "d.ann cannot be imported as brat standoff:\n"
        "  - d.ann, line 1: end 50 is beyond the text (10 characters)\n"
        "  - d.ann, line 2: offsets 'zero 5' are not two whole numbers\n"
        "  - d.ann, line 3: T3 has no type and offsets"
    )
    (tmp_path / "lonely.ann").write_text("", encoding="utf-8")
    message = error_of(read_brat, tmp_path / "lonely.ann")
    assert message == "lonely.ann: lonely.txt is not beside it."
    (tmp_path / "d.txt").write_bytes(b"caf\xe9")
    assert "d.txt: is not UTF-8 text (byte 3)" in error_of(read_brat, tmp_path / "d.ann")


def test_brat_zip_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "brat.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("c/a.ann", "T1\tX 0 1\tx\n")
    assert error_of(read_brat, path) == (
        "brat.zip cannot be imported as brat standoff:\n  - c/a.ann: its text a.txt is missing"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("../evil.txt", "x")
    message = error_of(read_brat, path)
    assert message.startswith("brat.zip: holds an entry") and "../evil.txt" in message
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("big.txt", "x" * 5000)
    monkeypatch.setattr(brat_reader, "MAX_BYTES", 1000)
    assert "zip bomb" in error_of(read_brat, path)
    path.write_text("[]", encoding="utf-8")
    for reader in (read_doccano, read_label_studio):
        assert error_of(reader, path).startswith("brat.zip: holds no")
    path.write_bytes(b"not a zip")
    assert "brat.zip: is not a readable zip archive" in error_of(read_brat, path)
