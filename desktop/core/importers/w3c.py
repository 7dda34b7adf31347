"""Reading W3C Web Annotation JSON (ours or another tool's) as ``Incoming`` work.

Accepts an AnnotationCollection with its pages embedded, an AnnotationPage, one
Annotation, or a JSON list of them. A target's source is its document: matched by
``urn:uuid:`` (ours), else by the text hash our exports add (``parallax:sha256``), since
the format carries no texts. A TextPositionSelector gives the offsets (code points, as the
standard counts), a TextQuoteSelector the quote and context (checked against the text,
and looked for when the offsets do not hold it). Tags: a ``tagging`` TextualBody gives a
name; a ``classifying`` SpecificResource our URN and kind (``parallax:kind``); ours come
in such pairs. Textual bodies of any other purpose are the note.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.core.exporters.w3c import KIND, TEXT_SHA256
from desktop.core.importers import w3c_lines
from desktop.core.importers.base import _SURROGATE_ESCAPE, LONE_SURROGATE, lone_surrogate
from desktop.core.importers.problems import Problems
from desktop.core.importers.project_json import ProjectImportError, _parse, _read_text
from desktop.core.incoming import (
    Incoming,
    IncomingAnnotation,
    IncomingDocument,
    IncomingError,
    IncomingTag,
)
from desktop.core.messages import QT_TRANSLATE_NOOP, Count, message_of
from desktop.core.service_base import collection_paused

FORMAT = "W3C Web Annotation JSON"
_SNIFF = 256 * 1024
_URN = "urn:uuid:"


def looks_like_w3c(path: Path) -> bool:
    """A ``.json``/``.jsonld`` file that names the Web Annotation context or types."""
    if path.suffix.lower() not in (".json", ".jsonld") or not path.is_file():
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF)
    except OSError:
        return False
    return b"anno.jsonld" in head or b'"AnnotationCollection"' in head


def read(path: Path | str) -> Incoming:
    # Collection held off while millions of objects are made; the parsed file is freed
    # before it resumes, so it never walks them.
    with collection_paused():
        return _read(Path(path))


def _read(path: Path) -> Incoming:
    try:
        body = _read_text(path, "a W3C Web Annotation file")
    except ProjectImportError as error:
        raise IncomingError(message_of(error)) from error
    if not _SURROGATE_ESCAPE.search(body):  # else the general way, which looks for them
        reader = _Reader(path)
        if w3c_lines.read(reader, body, _one_value):  # laid out as our exports are
            reader.problems.raise_if_any(path, "W3C Web Annotations")
            return reader.incoming
    try:
        data = _parse(path, body)
    except ProjectImportError as error:
        raise IncomingError(message_of(error)) from error
    # Any string may be stored: a note, a tag, a source's title.
    if lone_surrogate(data, body):
        raise IncomingError(f"{path} {LONE_SURROGATE}.")
    del body
    reader = _Reader(path)
    items, single = _annotations(path, data)
    for number, item in enumerate(items, 1):
        reader.annotation("the annotation" if single else f"annotation {number}", item)
    reader.problems.raise_if_any(path, "W3C Web Annotations")
    return reader.incoming


def _one_value(text: str) -> Any:
    """``text`` parsed as ``_parse`` parses a file (ValueError for what it refuses)."""
    try:
        return _parse(Path(), text)
    except ProjectImportError as error:
        raise ValueError(error) from error


def _is(value: Any, kind: str) -> bool:
    """Whether ``value`` is an object whose type is ``kind`` or lists it."""
    kinds = value.get("type") if isinstance(value, dict) else None
    return kinds == kind or (isinstance(kinds, list) and kind in kinds)


def _annotations(path: Path, data: Any) -> tuple[list[Any], bool]:
    """Every annotation in the file, in order, and whether the file is one annotation
    (“the annotation”; else they are “annotation N”, counted across pages)."""
    if isinstance(data, list):
        return data, False
    if _is(data, "Annotation"):
        return [data], True
    pages: list[Any] = []
    if _is(data, "AnnotationCollection"):
        first = data.get("first")
        if first is None and data.get("total", 0) == 0:
            return [], False
        if not isinstance(first, dict):
            linked = QT_TRANSLATE_NOOP(
                "W3CImport",
                "{path}: the collection's pages are not in the file (only a link to "
                "them); export the collection with its pages embedded.",
            )
            raise IncomingError(linked.format(path=path))
        page: Any = first
        while isinstance(page, dict) and len(pages) < 100_000:
            pages.append(page)
            page = page.get("next")
        if page is not None:  # a link to the next page: its annotations are not here
            linked = QT_TRANSLATE_NOOP(
                "W3CImport",
                "{path}: the collection's pages after the first {count} are not in the "
                "file (only a link to them); export the collection with its pages embedded.",
            )
            raise IncomingError(linked.format(path=path, count=Count(len(pages))))
    elif _is(data, "AnnotationPage"):
        pages.append(data)
    else:
        other = QT_TRANSLATE_NOOP(
            "W3CImport",
            "{path} is not W3C Web Annotation JSON (no Annotation, AnnotationPage or "
            "AnnotationCollection in it).",
        )
        raise IncomingError(other.format(path=path))
    found: list[Any] = []
    for page in pages:
        items = page.get("items", [])
        if not isinstance(items, list):
            raise IncomingError(
                QT_TRANSLATE_NOOP("W3CImport", "{path}: a page's items must be a list.").format(
                    path=path
                )
            )
        found += items
    return found, False


def _time(value: Any) -> datetime:
    if not isinstance(value, str):
        raise ValueError
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    try:
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    except OverflowError as error:  # year 1 in a zone east of UTC
        raise ValueError(value) from error


def _listed(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _uuid(iri: str) -> str | None:
    return iri[len(_URN) :].lower() if iri.lower().startswith(_URN) else None


class _Reader:
    def __init__(self, path: Path) -> None:
        self.incoming = Incoming(path, FORMAT)
        self.problems = Problems()
        self.documents: dict[str, IncomingDocument] = {}
        self.tags: dict[str, IncomingTag] = {}
        self.ids: dict[str, str] = {}  # annotation id → where it first appeared
        self.whole: int = 0  # annotations on whole documents, which have no passage
        self.times: dict[str, datetime] = {}  # read already: a file's times repeat
        self.known = w3c_lines.Known()

    def annotation(self, where: str, item: Any) -> None:
        if type(item) is dict and item.get("type") == "Annotation" and self._plain(where, item):
            return
        if not _is(item, "Annotation"):
            self.problems.add(where, QT_TRANSLATE_NOOP("W3CImport", "is not an Annotation"))
            return
        ident = item.get("id")
        if isinstance(ident, str):
            if ident in self.ids:
                same_id = QT_TRANSLATE_NOOP("W3CImport", "{other} has the id {id} too")
                self.problems.add(where, same_id.format(other=self.ids[ident], id=ident))
                return
            self.ids[ident] = where
            where = f"{where} ({ident})"
        target = self._target(where, item)
        if target is None:
            return
        document, start, end, quote, prefix, suffix = target
        try:
            created = self._time(item["created"]) if "created" in item else None
            modified = self._time(item["modified"]) if "modified" in item else None
        except (ValueError, TypeError):
            self.problems.add(
                where,
                QT_TRANSLATE_NOOP(
                    "W3CImport", "its created or modified time is not an ISO 8601 time"
                ),
            )
            return
        tags, note = self._bodies(where, item)
        creator = item.get("creator")
        self.incoming.annotations.append(
            IncomingAnnotation(
                document=document, start=start, end=end, quote=quote, prefix=prefix,
                suffix=suffix, uuid=_uuid(ident) if isinstance(ident, str) else None,
                note=note, coder=None if creator is None else _creator(creator), created_at=created,
                updated_at=modified or created, tags=tags, where=where,
            )
        )  # fmt: skip

    def _plain(self, where: str, item: dict[str, Any]) -> bool:
        """An annotation shaped exactly as our exports write it (and as many tools do):
        read straight, without the general path's checks of every alternative form (half
        the reading time). Whatever differs in the slightest, or meets a document or tag
        for the first time, returns False before anything is recorded, and the general
        path reads it: the results and problems are the general path's.
        tests/unit/test_w3c_import_fast_path.py holds the two paths equal. A line of our
        export's layout that fits its template is read from the line (``w3c_lines.take``)."""
        ident = item.get("id")
        if type(ident) is not str or ident in self.ids or "bodyValue" in item:
            return False
        target = item.get("target")
        if type(target) is not dict:
            return False
        source = target.get("source")
        source_id = source.get("id") if type(source) is dict else source
        if type(source_id) is not str or source_id not in self.documents:
            return False
        selectors = target.get("selector")
        if type(selectors) is not list or len(selectors) != 2:
            return False
        quoted, placed = selectors
        if (
            type(quoted) is not dict
            or type(placed) is not dict
            or quoted.get("type") != "TextQuoteSelector"
            or placed.get("type") != "TextPositionSelector"
        ):
            return False
        quote, prefix, suffix = quoted.get("exact"), quoted.get("prefix"), quoted.get("suffix")
        start, end = placed.get("start"), placed.get("end")
        if (
            type(quote) is not str
            or not quote
            or type(prefix) is not str
            or type(suffix) is not str
            or type(start) is not int
            or type(end) is not int
            or not 0 <= start < end
        ):
            return False
        times = self.times  # read already: a file's times repeat
        created = modified = None
        try:
            if "created" in item:
                value = item["created"]
                created = times.get(value) if type(value) is str else None
                if created is None:
                    created = self._time(value)
            if "modified" in item:
                value = item["modified"]
                modified = times.get(value) if type(value) is str else None
                if modified is None:
                    modified = self._time(value)
        except (ValueError, TypeError):
            return False
        bodies = item.get("body", ())
        if type(bodies) is not list and bodies != ():
            return False
        keys: list[str] = []
        note = ""
        tags, count = self.tags, len(bodies)
        at = 0
        while at < count:  # pairs of a tagging name and its classifying tag, then a note
            named = bodies[at]
            if type(named) is not dict:
                return False
            purpose = named.get("purpose")
            value = named.get("value")
            if type(value) is not str:
                return False
            if purpose == "commenting" and at == count - 1:
                note = value if value.strip() else ""
                break
            if purpose != "tagging" or at + 1 == count or not value.strip():
                return False
            classed = bodies[at + 1]
            if type(classed) is not dict or classed.get("purpose") != "classifying":
                return False
            iri = classed.get("source")
            if type(iri) is not str or iri not in tags:
                return False
            keys.append(iri)
            at += 2
        creator = item.get("creator")
        if creator is None:
            coder = None
        elif type(creator) is dict and type(name := creator.get("name")) is str:
            coder = name.strip()
        else:
            return False
        self.ids[ident] = where
        self.incoming.annotations.append(
            IncomingAnnotation(
                document=source_id, start=start, end=end, quote=quote, prefix=prefix,
                suffix=suffix, uuid=ident[9:].lower() if ident.startswith(_URN) else _uuid(ident),
                note=note, coder=coder, created_at=created,
                updated_at=modified or created,
                tags=tuple(dict.fromkeys(keys)) if len(keys) > 1 else tuple(keys),
                where=f"{where} ({ident})",
            )
        )  # fmt: skip
        return True

    def _time(self, value: Any) -> datetime:
        if not isinstance(value, str):
            raise ValueError
        found = self.times.get(value)
        if found is None:
            found = self.times[value] = _time(value)
        return found

    def _target(
        self, where: str, item: dict[str, Any]
    ) -> tuple[str, int, int, str | None, str, str] | None:
        chosen = item.get("target")
        if not (isinstance(chosen, dict) and "selector" in chosen):  # one target, as ours
            targets = _listed(chosen)
            if not targets:
                self.problems.add(where, QT_TRANSLATE_NOOP("W3CImport", "has no target"))
                return None
            chosen = next((t for t in targets if isinstance(t, dict) and "selector" in t), None)
        if chosen is None:
            self.whole += 1  # a whole document, a web page: nothing to place
            if self.whole == 1:
                self.incoming.skipped.append("")
            self.incoming.skipped[-1] = (
                f"{self.whole:,} annotation{'s' if self.whole > 1 else ''} on whole "
                "documents (no selector): Parallax annotates passages."
            )
            return None
        source = chosen.get("source")
        source_id = source.get("id") if isinstance(source, dict) else source
        if not isinstance(source_id, str) or not source_id:
            self.problems.add(where, QT_TRANSLATE_NOOP("W3CImport", "its target has no source"))
            return None
        if source_id not in self.documents:
            digest = source.get(TEXT_SHA256) if isinstance(source, dict) else None
            document = IncomingDocument(
                key=source_id,
                title=source_id,
                uuid=_uuid(source_id),
                text_sha256=digest if isinstance(digest, str) else None,
            )
            self.documents[source_id] = document
            self.incoming.documents.append(document)
        start = end = -1
        quote: str | None = None
        prefix = suffix = ""
        for selector in _listed(chosen.get("selector")):
            if _is(selector, "TextPositionSelector"):
                start, end = selector.get("start"), selector.get("end")
                if not (
                    isinstance(start, int)
                    and isinstance(end, int)
                    and not isinstance(start, bool)
                    and not isinstance(end, bool)
                ):
                    whole = QT_TRANSLATE_NOOP(
                        "W3CImport",
                        "its TextPositionSelector needs whole-number start and end",
                    )
                    self.problems.add(where, whole)
                    return None
                if not 0 <= start < end:
                    empty = QT_TRANSLATE_NOOP(
                        "W3CImport", "its passage {start}–{end} is empty or negative"
                    )
                    self.problems.add(where, empty.format(start=start, end=end))
                    return None
            elif _is(selector, "TextQuoteSelector"):
                exact = selector.get("exact")
                if not isinstance(exact, str) or not exact:
                    self.problems.add(
                        where,
                        QT_TRANSLATE_NOOP("W3CImport", "its TextQuoteSelector has no exact text"),
                    )
                    return None
                quote = exact
                before, after = selector.get("prefix"), selector.get("suffix")
                prefix = before if isinstance(before, str) else ""
                suffix = after if isinstance(after, str) else ""
        if start < 0 and quote is None:
            neither = QT_TRANSLATE_NOOP(
                "W3CImport", "has neither a TextPositionSelector nor a TextQuoteSelector"
            )
            self.problems.add(where, neither)
            return None
        return source_id, start, end, quote, prefix, suffix

    def _bodies(self, where: str, item: dict[str, Any]) -> tuple[tuple[str, ...], str]:
        """Tags and note. A body's purpose may be a list; an annotation whose motivation is
        tagging makes its purpose-less textual bodies (and ``bodyValue``) tags."""
        keys: list[str] = []
        notes: list[str] = []
        tagging = _names(item.get("motivation"), "tagging")
        pending: str | None = None  # a tagging name waiting for its classifying pair
        for body in _listed(item.get("body")):
            if not isinstance(body, dict):
                continue  # a link to an external resource: nothing Parallax keeps
            purpose = body.get("purpose")
            value = body.get("value")
            if not isinstance(value, str):
                value = None  # a textual body is one with a text value
            if value is not None and (
                _names(purpose, "tagging") or (tagging and not _strings(purpose))
            ):
                if value.strip():
                    if pending is not None:
                        keys.append(self._tag(name=pending))
                    pending = value
            elif _names(purpose, "classifying") and isinstance(body.get("source"), str):
                iri = body["source"]
                if iri in self.tags:  # met before: the same tag, whatever its name here
                    keys.append(iri)
                else:
                    kind = str(body[KIND]) if isinstance(body.get(KIND), str) else ""
                    keys.append(self._tag(name=pending or "", uuid=_uuid(iri), kind=kind, iri=iri))
                pending = None
            elif value is not None:
                notes.append(value)
        if pending is not None:
            keys.append(self._tag(name=pending))
        value = item.get("bodyValue")
        if isinstance(value, str) and value.strip():
            if tagging:
                keys.append(self._tag(name=value))
            else:
                notes.insert(0, value)
        # Most annotations have one tag or two and no note: no work made for the others.
        found = tuple(dict.fromkeys(keys)) if len(keys) > 1 else tuple(keys)
        return found, "\n\n".join([n for n in notes if n.strip()]) if notes else ""

    def _tag(self, *, name: str, uuid: str | None = None, kind: str = "", iri: str = "") -> str:
        key = iri or f"name:{' '.join(name.split()).casefold()}"
        if key not in self.tags:
            tag = IncomingTag(key=key, name=name, kind=kind, uuid=uuid)
            self.tags[key] = tag
            self.incoming.tags.append(tag)
        return key


def _names(value: Any, name: str) -> bool:
    """Whether ``value`` is ``name`` or a list holding it (a purpose, a motivation)."""
    return value == name or (isinstance(value, list) and name in value)


def _strings(value: Any) -> set[str]:
    return {v for v in _listed(value) if isinstance(v, str)}


def _creator(value: Any) -> str | None:
    """The coder's name; None when the annotation names no creator (many tools don't)."""
    for creator in _listed(value):
        if isinstance(creator, str) and not creator.startswith(("http:", "https:", "urn:")):
            return creator.strip()
        if isinstance(creator, dict):
            for key in ("name", "nickname"):
                if isinstance(creator.get(key), str):
                    return str(creator[key]).strip()
    return None
