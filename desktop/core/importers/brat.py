"""Reading brat standoff annotations into ``Incoming``.

brat keeps each document as ``name.txt`` with its annotations in ``name.ann`` beside it.
This reads one ``.ann`` (or ``.txt``) with its partner, or every ``.txt`` in a folder or a
``.zip`` (a ``.txt`` without an ``.ann`` is a document without annotations). Offsets count
code points of the ``.txt`` exactly as stored (CRLF, decomposed accents, a byte-order mark)
and are mapped onto the text as Parallax normalises it.

Text-bound annotations (``T``) become passages, their types tags; a ``visual.conf`` beside
the files (or above them) gives the tags their display names, as Parallax's brat export
writes them. Entities with the same offsets are one passage with several tags, as brat
allows one type per entity. A fragmented entity (``0 5;6 10``) is read as one passage from
its first to its last fragment; where the gap holds more than white space (a truly
discontinuous entity) the message list says so. ``AnnotatorNotes`` become notes; relations,
events, attributes and normalisations are listed as skipped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path, PurePosixPath

from desktop.core.importers.archive import MAX_ENTRIES, Package
from desktop.core.importers.base import ImportFailure
from desktop.core.importers.ml_formats import (
    MAX_BYTES,
    Collector,
    Problem,
    RawText,
    decode,
    quote_of,
    read_limited,
)
from desktop.core.importers.problems import Problems
from desktop.core.incoming import Incoming, IncomingAnnotation, IncomingError
from desktop.core.text import normalise

BRAT = "brat standoff"
_WHAT = "a brat file"  # for messages: “is a folder, not a brat file”
_OFFSETS = re.compile(r"(\d+) (\d+)")
_SKIPPED_KINDS = {
    "R": "relations",
    "E": "events",
    "A": "attributes",
    "M": "attributes",
    "N": "normalisations",
    "*": "equivalences",
}

Files = dict[str, Callable[[], bytes]]  # relative POSIX path → its bytes, read on demand


def read_brat(path: Path | str) -> Incoming:
    """A brat ``.ann``/``.txt`` pair, a folder or a ``.zip`` of them as ``Incoming``."""
    path = Path(path)
    incoming = Incoming(path=path, format=BRAT)
    problems = Problems()
    if path.is_dir():
        _read_collection(_folder(path), Collector(incoming), problems)
    elif path.suffix.lower() == ".zip":
        try:
            with Package(path, "zip archive", budget=MAX_BYTES) as package:
                _read_collection(_zip(path, package), Collector(incoming), problems)
        except ImportFailure as failure:
            raise IncomingError(f"{path.name}: {failure}.") from None
    elif path.suffix.lower() in {".ann", ".txt"}:
        _read_collection(_pair(path), Collector(incoming), problems)
    else:
        raise IncomingError(f"{path.name}: is not a brat .ann file, a folder or a .zip of them.")
    problems.raise_if_any(path.name, BRAT)
    if not incoming.documents:
        raise IncomingError(f"{path.name}: holds no brat documents (.txt files).")
    return incoming


# -- where the files come from ---------------------------------------------------------


def _pair(path: Path) -> Files:
    text, ann = path.with_suffix(".txt"), path.with_suffix(".ann")
    for needed in (text, ann):
        if not needed.is_file():
            raise IncomingError(f"{path.name}: {needed.name} is not beside it.")
    visual = path.with_name("visual.conf")
    present = [text, ann, *([visual] if visual.is_file() else [])]
    return {part.name: partial(read_limited, part, _WHAT) for part in present}


def _wanted(name: str) -> bool:
    parts = PurePosixPath(name).parts
    return (
        name.endswith((".txt", ".ann", "/visual.conf")) or name == "visual.conf"
    ) and not any(  # macOS resource forks
        part.startswith(("__MACOSX", "._")) for part in parts
    )


def _folder(root: Path) -> Files:
    budget = [MAX_BYTES]

    def reader(file: Path) -> Callable[[], bytes]:
        def read() -> bytes:
            data = read_limited(file, _WHAT)
            budget[0] -= len(data)
            if budget[0] < 0:
                raise IncomingError(
                    f"{root.name}: holds more than {MAX_BYTES // 2**20} MB of brat files."
                )
            return data

        return read

    files: Files = {}
    try:
        for file in root.rglob("*"):
            name = file.relative_to(root).as_posix()
            if _wanted(name) and file.is_file() and not file.is_symlink():
                files[name] = reader(file)
                if len(files) > MAX_ENTRIES:
                    raise IncomingError(
                        f"{root.name}: holds more than {MAX_ENTRIES:,} brat files; import "
                        "a smaller folder."
                    )
    except OSError as error:
        raise IncomingError(f"{root.name}: cannot be read: {error.strerror or error}.") from error
    return dict(sorted(files.items()))


def _zip(path: Path, package: Package) -> Files:
    def reader(name: str) -> Callable[[], bytes]:
        def read() -> bytes:
            try:
                return package.read(name)  # against one budget: a zip bomb is refused
            except ImportFailure as failure:
                raise IncomingError(f"{path.name}: {failure}.") from None

        return read

    # The archive refuses names that climb out of it; resource forks are left aside here.
    return {name: reader(name) for name in sorted(package.names) if _wanted(name)}


# -- reading ---------------------------------------------------------------------------


def _read_collection(files: Files, collect: Collector, problems: Problems) -> None:
    texts = {name[:-4]: name for name in files if name.endswith(".txt")}
    visuals: dict[str, dict[str, str]] = {}
    for name in sorted(files):
        if name.endswith(".ann") and name[:-4] not in texts:
            problems.add(name, f"its text {PurePosixPath(name).stem}.txt is missing")
    for stem, name in sorted(texts.items()):
        raw_bytes = files[name]()
        try:
            # brat counts a byte-order mark as a character: keep it, the map drops it.
            raw = RawText(decode(raw_bytes, name, bom=False))
        except (IncomingError, Problem) as error:
            problems.add("", str(error).rstrip("."))
            continue
        title = PurePosixPath(stem).name
        collect.document(stem, raw, {"title": title}, f"{title}.txt")
        ann = files.get(f"{stem}.ann")
        if ann is None:
            continue
        try:
            body = decode(ann(), f"{stem}.ann")
        except IncomingError as error:
            problems.add("", str(error).rstrip("."))
            continue
        names = _display_names(stem, files, visuals)
        _standoff(f"{stem}.ann", body, raw, stem, names, collect, problems)


def _display_names(stem: str, files: Files, cache: dict[str, dict[str, str]]) -> dict[str, str]:
    """Type → display name from the nearest ``visual.conf`` at or above the document."""
    folder = PurePosixPath(stem).parent
    for place in (folder, *folder.parents):
        name = "visual.conf" if str(place) == "." else f"{place.as_posix()}/visual.conf"
        if name in files:
            if name not in cache:
                cache[name] = _labels_section(files[name]())
            return cache[name]
    return {}


def _labels_section(data: bytes) -> dict[str, str]:
    try:
        body = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return {}  # only display names: the types themselves still read
    names: dict[str, str] = {}
    section = ""
    for line in body.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip().lower()
        elif section == "labels" and line and not line.startswith("#"):
            parts = [part.strip() for part in line.split("|")]
            if len(parts) > 1 and parts[0] and parts[1]:
                names[parts[0]] = normalise(parts[1])
    return names


@dataclass
class _Passage:
    fragments: tuple[tuple[int, int], ...]
    quote: str | None
    where: str
    tags: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _fragments(raw: RawText, offsets: str) -> tuple[tuple[int, int], ...]:
    pieces = []
    for piece in offsets.split(";"):
        match = _OFFSETS.fullmatch(piece.strip())
        if not match:
            raise Problem(f"offsets {piece.strip()[:40]!r} are not two whole numbers")
        try:
            start, end = int(match[1]), int(match[2])
        except ValueError:  # int() refuses thousands of digits; no text is that long
            raise Problem(f"offsets {piece.strip()[:40]!r}… are beyond the text") from None
        pieces.append(raw.span(start, end, utf16=False))
    return tuple(sorted(pieces))


def _standoff(
    name: str,
    body: str,
    raw: RawText,
    document: str,
    display: dict[str, str],
    collect: Collector,
    problems: Problems,
) -> None:
    passages: dict[tuple[tuple[int, int], ...], _Passage] = {}
    entities: dict[str, _Passage] = {}
    notes: list[tuple[str, str, str]] = []  # (where, target, note)
    skipped: Counter[str] = Counter()
    for number, line in enumerate(body.split("\n"), 1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        where = f"{name}, line {number}"
        parts = line.split("\t", 2)
        ident = parts[0].strip()
        try:
            if ident.startswith("T"):
                if len(parts) < 2 or " " not in parts[1].strip():
                    raise Problem(f"{ident} has no type and offsets")
                if ident in entities:
                    raise Problem(f"{ident} is defined twice")
                tag_type, _, offsets = parts[1].strip().partition(" ")
                fragments = _fragments(raw, offsets)
                quote = quote_of(parts[2]) if len(parts) > 2 and len(fragments) == 1 else None
                passage = passages.setdefault(
                    fragments, _Passage(fragments, quote, f"{name}, {ident}")
                )
                tag = collect.tag(tag_type, display.get(tag_type))
                if tag not in passage.tags:
                    passage.tags.append(tag)
                entities[ident] = passage
            elif ident.startswith("#"):
                kind, _, target = (parts[1] if len(parts) > 1 else "").strip().partition(" ")
                if kind == "AnnotatorNotes" and len(parts) > 2:
                    notes.append((where, target.strip(), parts[2]))
                else:
                    skipped["comments other than notes"] += 1
            elif ident[:1] in _SKIPPED_KINDS:
                skipped[_SKIPPED_KINDS[ident[:1]]] += 1
            else:
                raise Problem(f"{ident[:20]!r} does not start a brat annotation")
        except Problem as problem:
            problems.add(where, str(problem))
    for _where, target, note in notes:
        if target in entities:
            entities[target].notes.append(normalise(note).strip())
        else:
            skipped["notes on no text-bound annotation"] += 1
    for passage in passages.values():
        start, end = passage.fragments[0][0], passage.fragments[-1][1]
        gaps = zip(passage.fragments, passage.fragments[1:], strict=False)
        if any(raw.text[a[1] : b[0]].strip() for a, b in gaps):
            collect.incoming.skipped.append(
                f"{passage.where}: a discontinuous passage, read as one from its first to its "
                "last fragment"
            )
        collect.incoming.annotations.append(
            IncomingAnnotation(
                document=document,
                start=start,
                end=end,
                quote=passage.quote,
                note="\n".join(n for n in passage.notes if n),
                tags=tuple(passage.tags),
                where=passage.where,
            )
        )
    collect.incoming.skipped.extend(f"{name}: {n} {what} skipped" for what, n in skipped.items())
