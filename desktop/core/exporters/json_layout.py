"""JSON laid out for people and written fast: indented, except long lists, which hold one
compact item per line (Python encodes JSON in C only without indentation: an indented
file of 100,000 annotations took 6.5 s to encode, this well under one)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any


def dumps(data: dict[str, Any], listed: Sequence[tuple[str, ...]]) -> bytes:
    """``data`` as UTF-8 JSON; the lists at the key paths ``listed`` one item per line."""
    frame = dict(data)
    lists: list[tuple[str, list[Any]]] = []
    for number, path in enumerate(listed):
        parent = frame
        for key in path[:-1]:  # copied on the way down, so ``data`` is left as it was
            parent[key] = dict(parent[key])
            parent = parent[key]
        marker = f"\x00listed-{number}"  # stored texts never hold a NUL
        lists.append((json.dumps(marker), parent[path[-1]]))
        parent[path[-1]] = marker
    text = json.dumps(frame, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    # Assembled as UTF-8 bytes: one emoji makes a str four bytes a character, and joining
    # and copying 100 MB of that took seconds.
    pieces: list[bytes] = []
    done = 0
    for marker, items in sorted(lists, key=lambda entry: text.index(entry[0])):
        at = text.index(marker)
        line = text[text.rindex("\n", 0, at) + 1 : at]  # '    "items": '
        indent = line[: len(line) - len(line.lstrip())]
        pieces.append(text[done:at].encode("utf-8"))
        if items:
            inner = (indent + "  ").encode("utf-8")
            pieces.append(b"[\n")
            pieces.append(
                b",\n".join(
                    inner + json.dumps(item, ensure_ascii=False, allow_nan=False).encode("utf-8")
                    for item in items
                )
            )
            pieces.append(f"\n{indent}]".encode())
        else:
            pieces.append(b"[]")
        done = at + len(marker)
    pieces.append(text[done:].encode("utf-8"))
    return b"".join(pieces)
