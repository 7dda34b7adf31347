"""The W3C reader's line path for files laid out as our exports lay them out
(``importers/w3c_lines.py``) reads exactly what the general way reads: the same Incoming,
or the same message refusing the file, for our export and for files that differ from it
in one line, in the frame around the lines, or in their layout."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.core.exporters import w3c
from desktop.core.importers import w3c as w3c_import
from desktop.core.importers import w3c_lines
from desktop.core.incoming import IncomingError
from desktop.core.project import ProjectService
from desktop.core.store import Store

Read = tuple[Any, str | None]  # (documents, tags, annotations, skipped), or the message


def _read(path: Path, lines: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[Read, int]:
    """What the reader gives (or its message), and how many lines the line path took."""
    taken: list[bool] = []
    with monkeypatch.context() as patched:
        if lines:
            real = w3c_lines.take

            def counted(reader: Any, number: int, line: Any) -> bool:
                taken.append(real(reader, number, line))
                return taken[-1]

            patched.setattr(w3c_lines, "take", counted)
        else:
            patched.setattr(w3c_lines, "read", lambda reader, body, parse: False)
        try:
            incoming = w3c_import.read(path)
        except IncomingError as error:
            return (None, str(error)), sum(taken)
    found = (incoming.documents, incoming.tags, incoming.annotations, incoming.skipped)
    return (found, None), sum(taken)


def _same_both_ways(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Read, int]:
    lines, taken = _read(path, True, monkeypatch)
    general, _ = _read(path, False, monkeypatch)
    assert lines == general
    return lines, taken


@pytest.fixture
def exported(empty_store: Store, tmp_path: Path) -> str:
    """Our export of a project whose annotations have every part the template has or
    lacks: tags (one, two, a combination met twice), notes, coders, texts to escape."""
    service = ProjectService(empty_store, coder="ana")
    service.initialise("Lines")
    texts = [
        'Thổ Nhĩ Kỳ "kêu gọi"\nngừng bắn 😀 ở Nagorno-Karabakh. Rusia menyerukan\tgencatan.',
        "Liên Hợp Quốc họp khẩn cấp về thương vong. Azerbaijan dan Armenia saling tuduh.",
    ]
    documents = [service.add_document(f"D{n}", t, language="vi" if n else "").id
                 for n, t in enumerate(texts)]  # fmt: skip
    tags = [service.codebook.create_tag(f"Tag {n}", ("actor", "theme")[n % 2]).id
            for n in range(4)]  # fmt: skip
    plan = [  # document, start, end, tags, note, coder
        (0, 0, 10, [tags[0]], "", "ana"),
        (0, 11, 30, [tags[0], tags[1]], 'a "note"\nover two lines', "ana"),
        (0, 5, 40, [tags[1], tags[0]], "", "binh"),
        (1, 0, 14, [], "only a note", "ana"),
        (1, 3, 9, [], "", ""),
        (1, 20, 50, [tags[2]], "  ", "ana"),
        (0, 2, 20, [tags[0]], "", "ana"),
        (1, 0, 9, [tags[3], tags[2]], "x", "chi"),
        (0, 30, 45, [tags[0], tags[1]], "", "ana"),
        (1, 10, 12, [tags[0]], "", "ana"),
    ]
    for document, start, end, tag_ids, note, coder in plan:
        service.create_annotation(documents[document], start, end, tag_ids, note=note,
                                  coder=coder)  # fmt: skip
    path = tmp_path / "ours.json"
    w3c.export(service, path)
    return path.read_text(encoding="utf-8")


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "changed.json"
    path.write_text(text, encoding="utf-8")
    return path


def test_our_export_is_read_from_its_lines(
    exported: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (found, _), taken = _same_both_ways(_write(tmp_path, exported), monkeypatch)
    assert found is not None and len(found[2]) == 10
    # Lines meeting a document or a combination of tags first go the general way.
    assert taken >= 4
    notes = [a.note for a in found[2]]
    assert 'a "note"\nover two lines' in notes and "only a note" in notes
    assert found[2][0].where == f"annotation 1 ({_first_id(exported)})"


def _first_id(text: str) -> str:
    line = next(line for line in text.splitlines() if line.startswith("      {"))
    return line.split('"id": "', 1)[1].split('"', 1)[0]


# (old, new) in the item line given, or in the frame ("frame"), or over all the file.
LINE_CHANGES: dict[str, tuple[str, str]] = {
    "a key twice": ('"type": "Annotation", ', '"type": "Annotation", "type": "Annotation", '),
    "a key twice in its source": ('"type": "Text", ', '"type": "Text", "type": "Text", '),
    "a key twice, out of the template": ('"motivation": ', '"x": 1, "x": 2, "motivation": '),
    "a key more": ('"motivation": ', '"extra": [1, {"a": 2}], "motivation": '),
    "negative start": ('"start": ', '"start": -'),
    "float end": ("}]}}", ".0}]}}"),
    "not a number": ('"end": ', '"end": NaN, "x": '),
    "too large": ('"end": ', '"end": 1e999, "x": '),
    "bad time": ('"created": "', '"created": "not '),
    "empty passage": ('"start": ', '"start": 1, "was": '),
    "spaces": ('"id": "', '"id":  "'),
    "creator null": ('"creator": {"type": "Person", "name": "ana"}', '"creator": null'),
    "creator more": ('"creator": {"type": "Person", ', '"creator": {"type": "Person", "x": 1, '),
    "empty body": ('"body": [', '"body": [], "b": ['),
    "blank tag name": ('"purpose": "tagging", "value": "', '"purpose": "tagging", "value": " '),
    "lone surrogate": ('"exact": "', '"exact": "\\ud800'),
    "surrogate pair": ('"exact": "', '"exact": "\\ud83d\\ude00'),
    "escapes": ('"exact": "', '"exact": "\\u0041\\/\\\\'),
    "control character": ('"exact": "', '"exact": "\t'),
    "not an annotation": ('"type": "Annotation"', '"type": "Note"'),
    "not an object": ('{"@context"', '["@context"'),
    "two on a line": ("}]}}", '}]}}, {"type": "Annotation"}'),
    "trailing garbage": ("}]}}", "}]}} x"),
    "no comma": ("}]}},", "}]}}"),
    "unknown kind": ('"parallax:kind": "', '"parallax:kind": "x'),
    "unknown source": ('"source": {"id": "urn:uuid:', '"source": {"id": "urn:uuid:f'),
    "unknown tag": ('"classifying", "source": "urn:uuid:', '"classifying", "source": "urn:uuid:f'),
}
FILE_CHANGES: dict[str, tuple[str, str]] = {
    "a key twice in the frame": ('"total": ', '"total": 1,\n  "total": '),
    "a link to the next page": ('"startIndex": 0,', '"startIndex": 0,\n    "next": "p2",'),
    "a page": ('"type": "AnnotationCollection"', '"type": "AnnotationPage"'),
    "CRLF": ("\n", "\r\n"),
    "other indent": ("\n      {", "\n       {"),
    "trailing comma": ("}]}}\n    ]", "}]}},\n    ]"),
    "the same id twice": ("", ""),  # made below
    "the same id twice, on a document met first": ("", ""),
    "lines after the list": ("\n    ]", '\n    ],\n    "more": [\n      1\n    ]'),
    "one line only": ("", ""),  # made below
}


@pytest.mark.parametrize("name", list(LINE_CHANGES))
@pytest.mark.parametrize("line", [0, 1, 3, 9])
def test_a_changed_line_reads_the_same_both_ways(
    name: str, line: int, exported: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, new = LINE_CHANGES[name]
    lines = exported.split("\n")
    items = [n for n, text in enumerate(lines) if text.startswith("      {")]
    # That item, or the next one that has the part (not every item has a note, say).
    at = next(n for n in items[line:] + items if old in lines[n])
    lines[at] = lines[at].replace(old, new, 1)
    _same_both_ways(_write(tmp_path, "\n".join(lines)), monkeypatch)


@pytest.mark.parametrize("name", list(FILE_CHANGES))
def test_a_changed_file_reads_the_same_both_ways(
    name: str, exported: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, new = FILE_CHANGES[name]
    text = exported.replace(old, new) if old else exported
    lines = text.split("\n")
    items = [n for n, line in enumerate(lines) if line.startswith("      {")]
    if name == "the same id twice":
        lines[items[5]] = lines[items[5]].replace(_id(lines[items[5]]), _id(lines[items[2]]))
        text = "\n".join(lines)
    elif name == "the same id twice, on a document met first":
        source = _source(lines[items[0]])
        other = next(n for n in items if _source(lines[n]) != source)
        lines[other] = lines[other].replace(_id(lines[other]), _id(lines[items[0]]))
        text = "\n".join(lines)
    elif name == "one line only":
        kept = [*lines[: items[0]], lines[items[4]].rstrip(","), *lines[items[-1] + 1 :]]
        text = "\n".join(kept)
    (_, message), _ = _same_both_ways(_write(tmp_path, text), monkeypatch)
    assert name != "a key twice in the frame" or "twice" in (message or "")


def _id(line: str) -> str:
    return line.split('"id": "', 1)[1].split('"', 1)[0]


def _source(line: str) -> str:
    return line.split('"source": {"id": "', 1)[1].split('"', 1)[0]
