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
from desktop.core.importers.base import LONE_SURROGATE, lone_surrogate
from desktop.core.importers.problems import Problems
from desktop.core.importers.project_json import ProjectImportError, _load
from desktop.core.incoming import (
    Incoming,
    IncomingAnnotation,
    IncomingDocument,
    IncomingError,
    IncomingTag,
)

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
    path = Path(path)
    try:
        data = _load(path, "a W3C Web Annotation file")
    except ProjectImportError as error:
        raise IncomingError(str(error)) from error
    if lone_surrogate(data):  # any string may be stored: a note, a tag, a source's title
        raise IncomingError(f"{path} {LONE_SURROGATE}.")
    reader = _Reader(path)
    for where, item in _annotations(path, data):
        reader.annotation(where, item)
    reader.problems.raise_if_any(path, "W3C Web Annotations")
    return reader.incoming


def _types(value: Any) -> set[str]:
    kinds = value.get("type") if isinstance(value, dict) else None
    if isinstance(kinds, str):
        return {kinds}
    return {k for k in kinds if isinstance(k, str)} if isinstance(kinds, list) else set()


def _annotations(path: Path, data: Any) -> list[tuple[str, Any]]:
    """Every annotation in the file, with where it is."""
    if isinstance(data, list):
        return [(f"annotation {i + 1}", item) for i, item in enumerate(data)]
    kinds = _types(data)
    if "Annotation" in kinds:
        return [("the annotation", data)]
    pages: list[Any] = []
    if "AnnotationCollection" in kinds:
        first = data.get("first")
        if first is None and data.get("total", 0) == 0:
            return []
        if not isinstance(first, dict):
            raise IncomingError(
                f"{path}: the collection's pages are not in the file (only a link to "
                "them); export the collection with its pages embedded."
            )
        page: Any = first
        while isinstance(page, dict) and len(pages) < 100_000:
            pages.append(page)
            page = page.get("next")
        if page is not None:  # a link to the next page: its annotations are not here
            raise IncomingError(
                f"{path}: the collection's pages after the first {len(pages):,} are not in the "
                "file (only a link to them); export the collection with its pages embedded."
            )
    elif "AnnotationPage" in kinds:
        pages.append(data)
    else:
        raise IncomingError(
            f"{path} is not W3C Web Annotation JSON (no Annotation, AnnotationPage or "
            "AnnotationCollection in it)."
        )
    found: list[tuple[str, Any]] = []
    for page in pages:
        items = page.get("items", [])
        if not isinstance(items, list):
            raise IncomingError(f"{path}: a page's items must be a list.")
        found += [(f"annotation {n}", item) for n, item in enumerate(items, len(found) + 1)]
    return found


def _time(value: Any) -> datetime | None:
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

    def annotation(self, where: str, item: Any) -> None:
        if not isinstance(item, dict) or "Annotation" not in _types(item):
            self.problems.add(where, "is not an Annotation")
            return
        ident = item.get("id")
        if isinstance(ident, str):
            if ident in self.ids:
                self.problems.add(where, f"{self.ids[ident]} has the id {ident} too")
                return
            self.ids[ident] = where
            where = f"{where} ({ident})"
        target = self._target(where, item)
        if target is None:
            return
        document, start, end, quote, prefix, suffix = target
        try:
            created = _time(item["created"]) if "created" in item else None
            modified = _time(item["modified"]) if "modified" in item else None
        except (ValueError, TypeError):
            self.problems.add(where, "its created or modified time is not an ISO 8601 time")
            return
        tags, note = self._bodies(where, item)
        self.incoming.annotations.append(
            IncomingAnnotation(
                document=document, start=start, end=end, quote=quote, prefix=prefix,
                suffix=suffix, uuid=_uuid(ident) if isinstance(ident, str) else None,
                note=note, coder=_creator(item.get("creator")), created_at=created,
                updated_at=modified or created, tags=tags, where=where,
            )
        )  # fmt: skip

    def _target(
        self, where: str, item: dict[str, Any]
    ) -> tuple[str, int, int, str | None, str, str] | None:
        targets = _listed(item.get("target"))
        if not targets:
            self.problems.add(where, "has no target")
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
            self.problems.add(where, "its target has no source")
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
            kinds = _types(selector)
            if "TextPositionSelector" in kinds:
                start, end = selector.get("start"), selector.get("end")
                if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
                    self.problems.add(
                        where, "its TextPositionSelector needs whole-number start and end"
                    )
                    return None
                if not 0 <= start < end:
                    self.problems.add(where, f"its passage {start}–{end} is empty or negative")
                    return None
            elif "TextQuoteSelector" in kinds:
                exact = selector.get("exact")
                if not isinstance(exact, str) or not exact:
                    self.problems.add(where, "its TextQuoteSelector has no exact text")
                    return None
                quote = exact
                prefix = selector.get("prefix") if isinstance(selector.get("prefix"), str) else ""
                suffix = selector.get("suffix") if isinstance(selector.get("suffix"), str) else ""
        if start < 0 and quote is None:
            self.problems.add(where, "has neither a TextPositionSelector nor a TextQuoteSelector")
            return None
        return source_id, start, end, quote, prefix, suffix

    def _bodies(self, where: str, item: dict[str, Any]) -> tuple[tuple[str, ...], str]:
        """Tags and note. A body's purpose may be a list; an annotation whose motivation is
        tagging makes its purpose-less textual bodies (and ``bodyValue``) tags."""
        keys: list[str] = []
        notes: list[str] = []
        tagging = "tagging" in _strings(item.get("motivation"))
        pending: str | None = None  # a tagging name waiting for its classifying pair
        for body in _listed(item.get("body")):
            if not isinstance(body, dict):
                continue  # a link to an external resource: nothing Parallax keeps
            purposes = _strings(body.get("purpose"))
            value = body.get("value")
            value = value if isinstance(value, str) else None
            textual = value is not None and ("TextualBody" in _types(body) or "value" in body)
            if (
                value is not None
                and textual
                and ("tagging" in purposes or (tagging and not purposes))
            ):
                if value.strip():
                    if pending is not None:
                        keys.append(self._tag(name=pending))
                    pending = value
            elif "classifying" in purposes and isinstance(body.get("source"), str):
                uuid = _uuid(body["source"])
                kind = str(body[KIND]) if isinstance(body.get(KIND), str) else ""
                keys.append(self._tag(name=pending or "", uuid=uuid, kind=kind, iri=body["source"]))
                pending = None
            elif value is not None and textual:
                notes.append(value)
        if pending is not None:
            keys.append(self._tag(name=pending))
        value = item.get("bodyValue")
        if isinstance(value, str) and value.strip():
            if tagging:
                keys.append(self._tag(name=value))
            else:
                notes.insert(0, value)
        return tuple(dict.fromkeys(keys)), "\n\n".join(n for n in notes if n.strip())

    def _tag(self, *, name: str, uuid: str | None = None, kind: str = "", iri: str = "") -> str:
        key = iri or f"name:{' '.join(name.split()).casefold()}"
        if key not in self.tags:
            tag = IncomingTag(key=key, name=name, kind=kind, uuid=uuid)
            self.tags[key] = tag
            self.incoming.tags.append(tag)
        return key


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
