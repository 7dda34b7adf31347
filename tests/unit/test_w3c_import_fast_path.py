"""The W3C reader's fast paths for annotations shaped as our exports write them
(``_Reader._plain`` for an item, ``w3c_lines.take`` for a line of our layout) read exactly
what its general path reads: the same Incoming and the same problems, for the golden
export and for variants that leave the fast path at each of its checks."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from desktop.core.importers import w3c as w3c_import
from desktop.core.importers import w3c_lines
from desktop.core.incoming import IncomingError

GOLDEN = Path(__file__).parent.parent / "golden" / "w3c_small.json"
TAG = "urn:uuid:00000000-0000-4000-8000-0000000000a1"
SOURCE = "urn:uuid:00000000-0000-4000-8000-0000000000d1"


def _read(path: Path, fast: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, str | None]:
    """What the reader gives, or the message it refuses the file with."""
    with monkeypatch.context() as patched:
        if not fast:  # neither the fast path for items nor the one for lines
            patched.setattr(w3c_import._Reader, "_plain", lambda self, where, item: False)
            patched.setattr(w3c_lines, "read", lambda reader, body, parse: False)
        plain_calls: list[bool] = []
        if fast:
            real = w3c_import._Reader._plain
            real_take = w3c_lines.take

            def counted(self: Any, where: str, item: dict[str, Any]) -> bool:
                taken = real(self, where, item)
                plain_calls.append(taken)
                return taken

            def counted_line(reader: Any, number: int, line: Any) -> bool:
                taken = real_take(reader, number, line)
                plain_calls.append(taken)
                return taken

            patched.setattr(w3c_import._Reader, "_plain", counted)
            patched.setattr(w3c_lines, "take", counted_line)
        try:
            incoming = w3c_import.read(path)
        except IncomingError as error:
            return None, str(error)
    return (incoming.documents, incoming.tags, incoming.annotations, incoming.skipped), (
        f"fast {sum(plain_calls)}" if fast else None
    )


def _item(**changes: Any) -> dict[str, Any]:
    """An annotation as our export writes it, on a document and tag met before."""
    item: dict[str, Any] = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "urn:uuid:00000000-0000-4000-8000-0000000000f1",
        "type": "Annotation",
        "motivation": "tagging",
        "created": "2026-01-02T03:04:05Z",
        "modified": "2026-01-03T03:04:05Z",
        "creator": {"type": "Person", "name": " binh "},
        "body": [
            {"type": "TextualBody", "purpose": "tagging", "value": "Turkey"},
            {"type": "SpecificResource", "purpose": "classifying", "source": TAG,
             "parallax:kind": "actor"},
            {"type": "TextualBody", "purpose": "commenting", "value": "a note"},
        ],
        "target": {
            "source": {"id": SOURCE, "type": "Text"},
            "selector": [
                {"type": "TextQuoteSelector", "exact": "Thổ", "prefix": "a ", "suffix": " b"},
                {"type": "TextPositionSelector", "start": 3, "end": 6},
            ],
        },
    }  # fmt: skip
    for path, value in changes.items():
        *parents, last = path.split("__")
        place: Any = item
        for key in parents:
            place = place[int(key)] if isinstance(place, list) else place[key]
        if value is _DROP:
            del place[int(last) if isinstance(place, list) else last]
        else:
            place[int(last) if isinstance(place, list) else last] = value
    return item


_DROP = object()

VARIANTS: dict[str, dict[str, Any]] = {
    "ours": {},
    "no note": {"body__2": _DROP},
    "blank note": {"body__2__value": "  "},
    "no body": {"body": _DROP},
    "body null": {"body": None},
    "body one object": {"body": {"type": "TextualBody", "value": "x"}},
    "body empty": {"body": []},
    "no creator": {"creator": _DROP},
    "creator text": {"creator": "ana"},
    "creator nickname": {"creator": {"nickname": "ana"}},
    "creator link": {"creator": "https://example.org/ana"},
    "no times": {"created": _DROP, "modified": _DROP},
    "created only": {"modified": _DROP},
    "bad time": {"created": "yesterday"},
    "time not text": {"modified": 5},
    "time a list": {"created": ["2026-01-02T03:04:05Z"]},
    "time null": {"modified": None},
    "time met first here": {"modified": "2026-02-03T04:05:06+07:00"},
    "bodyValue": {"bodyValue": "Greece"},
    "motivation list": {"motivation": ["tagging", "commenting"]},
    "type list": {"type": ["Annotation"]},
    "not an annotation": {"type": "Note"},
    "no id": {"id": _DROP},
    "id number": {"id": 7},
    "id not a urn": {"id": "https://example.org/a/1"},
    "upper-case urn": {"id": "URN:UUID:00000000-0000-4000-8000-0000000000F1"},
    "selectors reversed": {"target__selector": [
        {"type": "TextPositionSelector", "start": 3, "end": 6},
        {"type": "TextQuoteSelector", "exact": "Thổ"}]},
    "one selector": {"target__selector__1": _DROP},
    "selector object": {"target__selector": {"type": "TextPositionSelector", "start": 3,
                                             "end": 6}},
    "start bool": {"target__selector__1__start": True},
    "end float": {"target__selector__1__end": 6.0},
    "empty passage": {"target__selector__1__end": 3},
    "negative": {"target__selector__1__start": -1},
    "empty quote": {"target__selector__0__exact": ""},
    "quote number": {"target__selector__0__exact": 5},
    "prefix null": {"target__selector__0__prefix": None},
    "no suffix": {"target__selector__0__suffix": _DROP},
    "source text": {"target__source": SOURCE},
    "new source": {"target__source__id": "urn:uuid:00000000-0000-4000-8000-0000000000d9"},
    "no source": {"target__source": _DROP},
    "targets listed": {"target": [{"source": SOURCE, "selector": {
        "type": "TextPositionSelector", "start": 1, "end": 2}}]},
    "whole document": {"target": SOURCE},
    "new tag": {"body__1__source": "urn:uuid:00000000-0000-4000-8000-0000000000a9"},
    "tag source number": {"body__1__source": 3},
    "blank tag name": {"body__0__value": " "},
    "tag name number": {"body__0__value": 3},
    "name without its tag": {"body__1": _DROP},
    "purpose list": {"body__0__purpose": ["tagging"]},
    "no purpose": {"body__0__purpose": _DROP},
    "two notes": {"body": [{"type": "TextualBody", "purpose": "commenting", "value": "one"},
                           {"type": "TextualBody", "purpose": "commenting", "value": "two"}]},
    "tag twice": {"body": [
        {"purpose": "tagging", "value": "Turkey"}, {"purpose": "classifying", "source": TAG},
        {"purpose": "tagging", "value": "Türkiye"}, {"purpose": "classifying", "source": TAG}]},
    "link body": {"body": ["https://example.org/tag"]},
}  # fmt: skip


def _golden_with(extra: list[dict[str, Any]]) -> dict[str, Any]:
    data = json.loads(GOLDEN.read_text(encoding="utf-8"))
    data["first"]["items"] += extra
    data["total"] += len(extra)
    return data


def test_golden_export_takes_the_fast_path_and_reads_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fast, taken = _read(GOLDEN, True, monkeypatch)
    general, _ = _read(GOLDEN, False, monkeypatch)
    assert fast == general
    assert fast[2]  # annotations were read
    # Each document and tag is met first by the general path; the rest go fast.
    assert taken != "fast 0"


@pytest.mark.parametrize("name", list(VARIANTS))
def test_variants_read_the_same_either_way(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "variant.json"
    # Once after an annotation of ours has introduced the document and tag, once alone.
    for extra in ([_item(id="urn:uuid:00000000-0000-4000-8000-0000000000f0"),
                   _item(**VARIANTS[name])], [_item(**VARIANTS[name])]):  # fmt: skip
        path.write_text(json.dumps(_golden_with(extra), ensure_ascii=False), encoding="utf-8")
        assert _read(path, True, monkeypatch)[0] == _read(path, False, monkeypatch)[0]
        if _read(path, True, monkeypatch)[0] is None:  # refused: the same message
            assert _read(path, True, monkeypatch)[1] == _read(path, False, monkeypatch)[1]


def test_the_fast_path_is_taken_for_our_shape(tmp_path: Path) -> None:
    path = tmp_path / "ours.json"
    items = [_item(id=f"urn:uuid:00000000-0000-4000-8000-{n:012x}") for n in range(1, 4)]
    path.write_text(json.dumps(_golden_with(items), ensure_ascii=False), encoding="utf-8")
    reader = w3c_import._Reader(path)
    data = _golden_with(copy.deepcopy(items))
    found, _ = w3c_import._annotations(path, data)
    taken = [reader._plain(f"annotation {n}", item) or (reader.annotation(
        f"annotation {n}", item) or False) for n, item in enumerate(found, 1)]  # fmt: skip
    # The golden file's first annotations meet the document and tags; ours then go fast.
    assert taken[-3:] == [True, True, True]
    last = reader.incoming.annotations[-1]
    assert (last.document, last.start, last.end, last.quote, last.note, last.coder,
            last.tags, last.where) == (SOURCE, 3, 6, "Thổ", "a note", "binh", (TAG,),
            "annotation 6 (urn:uuid:00000000-0000-4000-8000-000000000003)")  # fmt: skip
