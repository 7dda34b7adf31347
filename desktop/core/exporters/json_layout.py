"""JSON laid out for people and written fast: indented, except long lists, which hold one
compact item per line (Python encodes JSON in C only without indentation: an indented
file of 100,000 annotations took 6.5 s to encode, this well under one)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any

CHUNK = 1000  # lines joined as text before encoding: ~1 MB each


@dataclass(frozen=True, slots=True)
class Encoded:
    """A listed value's ``count`` items already encoded, each as ``json.dumps(item,
    ensure_ascii=False)`` gives it; ``dumps`` writes them as they come (once: the lines
    may be made as they are read, so that they are not all held at once)."""

    count: int
    lines: Iterable[str]


def dumps(data: dict[str, Any], listed: Sequence[tuple[str, ...]]) -> bytes:
    """``data`` as UTF-8 JSON; the lists at the key paths ``listed`` one item per line."""
    return b"".join(pieces(data, listed))


def pieces(data: dict[str, Any], listed: Sequence[tuple[str, ...]]) -> Iterator[bytes]:
    """``dumps`` a piece at a time, as the listed items are made (a file is written as
    they come: the whole of it is never held at once)."""
    frame = dict(data)
    lists: list[tuple[str, Encoded]] = []
    for number, path in enumerate(listed):
        parent = frame
        for key in path[:-1]:  # copied on the way down, so ``data`` is left as it was
            parent[key] = dict(parent[key])
            parent = parent[key]
        marker = f"\x00listed-{number}"  # stored texts never hold a NUL
        items = parent[path[-1]]
        if not isinstance(items, Encoded):
            items = Encoded(len(items), map(compact, items))
        lists.append((json.dumps(marker), items))
        parent[path[-1]] = marker
    text = json.dumps(frame, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    # Assembled as UTF-8 bytes: one emoji makes a str four bytes a character, and joining
    # and copying 100 MB of that took seconds. Lines are encoded a chunk at a time: one
    # bytes object per item cost as much again in allocations.
    done = 0
    for marker, items in sorted(lists, key=lambda entry: text.index(entry[0])):
        at = text.index(marker)
        line = text[text.rindex("\n", 0, at) + 1 : at]  # '    "items": '
        indent = line[: len(line) - len(line.lstrip())]
        yield text[done:at].encode("utf-8")
        if items.count:
            yield b"[\n"
            yield from _chunks(items.lines, indent + "  ")
            yield f"\n{indent}]".encode()
        else:
            yield b"[]"
        done = at + len(marker)
    yield text[done:].encode("utf-8")


def compact(item: Any) -> str:
    """One item of a long list, as ``dumps`` writes it."""
    return json.dumps(item, ensure_ascii=False, allow_nan=False)


def _chunks(lines: Iterable[str], inner: str) -> Iterator[bytes]:
    """The lines, each after ``inner`` and with ``,\\n`` between them, in pieces of
    ``CHUNK`` lines."""
    separator = ",\n" + inner
    remaining = iter(lines)
    chunk = list(islice(remaining, CHUNK))
    if chunk:
        yield (inner + separator.join(chunk)).encode("utf-8")
    while chunk := list(islice(remaining, CHUNK)):
        yield separator.join(["", *chunk]).encode("utf-8")  # the separator first
