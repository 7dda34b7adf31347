"""Reading a project JSON file (see ``exporters/project_json.py``) into an empty project.

Everything is checked before anything is written, by hand: jsonschema is only a test
dependency, and a schema cannot check references between uuids, the text's hash, or that
a quote is the text between its offsets. The rows are then written in one transaction,
with the file's uuids, times and positions and in its order (ids keep that order); a
failure anywhere leaves the project exactly as it was.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, select

from desktop.core import text as textmod
from desktop.core.codebook import COLOUR
from desktop.core.importers.base import ImportFailure, read_whole
from desktop.core.importers.problems import Problems
from desktop.core.incoming import Incoming, IncomingAnnotation, IncomingDocument, IncomingTag
from desktop.core.messages import QT_TRANSLATE_NOOP, Count, message_of
from desktop.core.model import Annotation, AnnotationTag, Document, Tag, TagAlias
from desktop.core.service_base import (
    ProjectError,
    collection_paused,
    indexes_made_after,
    insert_rows,
    writing,
)

if TYPE_CHECKING:
    from desktop.core.project import ProjectService

FORMAT = "parallax-project"
VERSION = 1
MAX_BYTES = 512 * 1024 * 1024
_SNIFF_CHUNK = 1024 * 1024

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{6})?Z")
_SHA256 = re.compile(r"[0-9a-f]{64}")
# What text.normalise removes, so a text holding one was not stored by Parallax.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\r]")
_FORMAT_KEY = re.compile(rb'"format"\s*:\s*"parallax-project"')


class ProjectImportError(ProjectError):
    """A project file that cannot be imported; nothing was written."""


@dataclass(frozen=True, slots=True)
class ProjectImport:
    """What an import brought in; ``name`` is the project the file was exported from."""

    name: str
    documents: int
    tags: int
    aliases: int
    annotations: int


def looks_like_project(path: Path) -> bool:
    """Whether ``path`` is a ``.json`` file with ``"format": "parallax-project"``.

    The key is searched in the raw bytes, chunk by chunk: it comes first in files
    Parallax writes, anywhere in files other tools write (sorted keys put it late).
    """
    if path.suffix.lower() != ".json" or not path.is_file():
        return False
    try:
        if path.stat().st_size > MAX_BYTES:
            return True  # the import says it is too large rather than skip it silently
        with path.open("rb") as handle:
            tail = b""
            while chunk := handle.read(_SNIFF_CHUNK):
                if _FORMAT_KEY.search(tail + chunk):
                    return True
                tail = chunk[-64:]
    except OSError:
        return True  # the import names the file and the reason
    return False


# -- reading ---------------------------------------------------------------------------


class _Refused(ValueError):
    pass


def _no_constant(name: str) -> Any:
    raise _Refused(f"it holds {name}, which is not a JSON number")


def _finite(number: str) -> float:
    value = float(number)
    if not math.isfinite(value):
        raise _Refused(f"the number {number[:40]} is too large")
    return value


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)  # json would silently keep the last value of a key given twice
    if len(found) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Refused(f"an object has the key {key!r} twice")
            seen.add(key)
    return found


NOT_JSON = QT_TRANSLATE_NOOP("ProjectImport", "{path} is not valid JSON: {reason}.")


def _load(path: Path, what: str = "a project file") -> Any:
    """The file's JSON, refused where Python's json would quietly accept what is not JSON
    (NaN, a key twice); ``what`` names the file expected (W3C files are read here too)."""
    return _parse(path, _read_text(path, what))


def _read_text(path: Path, what: str) -> str:
    try:
        data = read_whole(path, limit=MAX_BYTES, what=what)
    except ImportFailure as failure:
        failed = QT_TRANSLATE_NOOP("ProjectImport", "{path} {problem}.")
        raise ProjectImportError(failed.format(path=path, problem=message_of(failure))) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        not_utf8 = QT_TRANSLATE_NOOP(
            "ProjectImport", "{path} is not UTF-8 text (byte {offset} cannot be read)."
        )
        raise ProjectImportError(not_utf8.format(path=path, offset=Count(error.start))) from error


def _parse(path: Path, body: str) -> Any:
    try:
        with collection_paused():
            return json.loads(
                body,
                parse_constant=_no_constant,
                parse_float=_finite,
                object_pairs_hook=_unique_keys,
            )
    except json.JSONDecodeError as error:
        at = QT_TRANSLATE_NOOP("ProjectImport", "{reason} (line {line}, column {column})").format(
            reason=error.msg, line=error.lineno, column=error.colno
        )
        raise ProjectImportError(NOT_JSON.format(path=path, reason=at)) from error
    except _Refused as error:
        raise ProjectImportError(NOT_JSON.format(path=path, reason=error)) from error
    except ValueError as error:  # an integer of thousands of digits
        raise ProjectImportError(NOT_JSON.format(path=path, reason=error)) from error
    except RecursionError as error:
        nested = QT_TRANSLATE_NOOP("ProjectImport", "{path} is nested too deeply to read.")
        raise ProjectImportError(nested.format(path=path)) from error


# -- checking --------------------------------------------------------------------------

Check = Callable[[Any], str | None]  # a value → what is wrong with it, or None


def _string(value: Any) -> str | None:
    if not isinstance(value, str):
        return f"must be a string, not {_kind_of(value)}"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "holds an unpaired surrogate, which is not text"
    return None


def _name(value: Any) -> str | None:
    problem = _string(value)
    if problem is None and not value.strip():
        return "must not be empty"
    return problem


def _pattern(regex: re.Pattern[str], what: str) -> Check:
    def check(value: Any) -> str | None:
        problem = _string(value)
        if problem is None and not regex.fullmatch(value):
            return f"{value[:80]!r} is not {what}"
        return problem

    return check


_uuid = _pattern(_UUID, "a uuid")
_colour = _pattern(COLOUR, "a colour #RRGGBB")
_sha256 = _pattern(_SHA256, "a SHA-256 in lowercase hex")


def _time(value: Any) -> str | None:
    problem = _pattern(_TIME, "a UTC time like 2024-05-01T12:00:00Z")(value)
    if problem is None and _parse_time(value) is None:
        return f"{value!r} is not a real date and time"
    return problem


def _parse_time(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value.removesuffix("Z")).replace(tzinfo=UTC)
    except ValueError:
        return None


def _integer(minimum: int) -> Check:
    def check(value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int):
            return f"must be a whole number, not {_kind_of(value)}"
        return f"must be at least {minimum}" if value < minimum else None

    return check


def _flag(value: Any) -> str | None:
    return None if isinstance(value, bool) else f"must be true or false, not {_kind_of(value)}"


def _nullable(check: Check) -> Check:
    return lambda value: None if value is None else check(value)


def _list_of(check: Check) -> Check:
    def each(value: Any) -> str | None:
        if not isinstance(value, list):
            return f"must be a list, not {_kind_of(value)}"
        for index, item in enumerate(value):
            if (problem := check(item)) is not None:
                return f"item {index} {problem}"
        return None

    return each


def _a(kind: str) -> str:
    return f"{'an' if kind[:1] in 'aeiou' else 'a'} {kind}"


def _kind_of(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "true/false", int: "a number", float: "a number", str: "a string",
            list: "a list", dict: "an object"}.get(type(value), type(value).__name__)  # fmt: skip


_PROJECT = {"uuid": _uuid, "name": _string, "created_at": _time}
_DOCUMENT = {
    "uuid": _uuid, "title": _name, "language": _string, "source": _string, "url": _string,
    "author": _string, "published": _string, "original_filename": _string,
    "imported_at": _time, "position": _integer(0), "text": _string, "text_sha256": _sha256,
}  # fmt: skip
_ALIAS = {"text": _name, "language": _string}
_TAG = {
    "uuid": _uuid, "name": _name, "kind": _name, "parent": _nullable(_uuid), "colour": _colour,
    "description": _string, "shortcut": _string, "position": _integer(0), "aliases": None,
}  # fmt: skip
_ANNOTATION = {
    # Any text: a passage may be only spaces or line breaks (the text check below sees
    # that it is not empty and that it is the text's own).
    "uuid": _uuid, "document": _uuid, "start": _integer(0), "end": _integer(1), "quote": _string,
    "prefix": _string, "suffix": _string, "note": _string, "coder": _string,
    "created_at": _time, "updated_at": _time, "tags": _list_of(_uuid), "orphan": _flag,
}  # fmt: skip
_OPTIONAL = {"orphan"}  # written only when true, so older files are as they were
_TOP = ("format", "version", "project", "documents", "codebook", "annotations")


class _Problems(Problems):
    """Problems, with the checks of the file's shape that report into them."""

    def fields(self, where: str, value: Any, spec: Mapping[str, Check | None]) -> bool:
        """Check an object's keys and values; True when all of them are right."""
        if not isinstance(value, dict):
            self.add(where, f"must be an object, not {_kind_of(value)}")
            return False
        before = self.count
        for key in spec:
            if key not in value and key not in _OPTIONAL:
                self.add(where, f"the field {key!r} is missing")
        for key in value:
            if key not in spec:
                self.add(where, f"has an unknown field {key!r}")
        for key, check in spec.items():
            if check is not None and key in value and (problem := check(value[key])):
                self.add(f"{where}.{key}", problem)
        return self.count == before

    def items(self, where: str, value: Any) -> list[tuple[str, Any]]:
        if not isinstance(value, list):
            self.add(where, f"must be a list, not {_kind_of(value)}")
            return []
        return [(f"{where}[{index}]", item) for index, item in enumerate(value)]


def _check_version(path: Path, data: Any) -> None:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        other = QT_TRANSLATE_NOOP(
            "ProjectImport",
            '{path} is not a Parallax project file (it has no "format": "{format}").',
        )
        raise ProjectImportError(other.format(path=path, format=FORMAT))
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        newer = QT_TRANSLATE_NOOP(
            "ProjectImport",
            "{path} was written by a newer Parallax (project file version {version}); "
            "this version reads version {supported}.",
        )
        raise ProjectImportError(newer.format(path=path, version=version, supported=VERSION))
    if version != VERSION or isinstance(version, bool):
        unknown = QT_TRANSLATE_NOOP(
            "ProjectImport",
            "{path} has an unknown project file version ({version}); "
            "this version reads version {supported}.",
        )
        raise ProjectImportError(
            unknown.format(path=path, version=json.dumps(version)[:40], supported=VERSION)
        )


class _Checker:
    """Every rule a file must meet to be imported exactly, over the parts that are well
    formed (a part with a wrong field is reported once, not again by each reference)."""

    def __init__(self) -> None:
        self.problems = _Problems()
        self.seen: dict[str, str] = {}  # uuid → where it first appeared
        self.texts: dict[str, str] = {}  # document uuid → text
        self.tags: dict[str, tuple[str, dict[str, Any]]] = {}  # uuid → (where, tag)
        # Uuids of parts already reported: references to them are not reported again.
        self.broken: set[str] = set()

    def well_formed(self, where: str, value: Any, spec: Mapping[str, Check | None]) -> bool:
        if self.problems.fields(where, value, spec):
            return True
        if isinstance(value, dict) and isinstance(value.get("uuid"), str):
            self.broken.add(value["uuid"])
        return False

    def unique(self, where: str, uuid: str) -> None:
        if uuid in self.seen:
            self.problems.add(f"{where}.uuid", f"{uuid} is also the uuid of {self.seen[uuid]}")
        else:
            self.seen[uuid] = where

    def documents(self, listed: Any) -> None:
        problems = self.problems
        for where, document in problems.items("documents", listed):
            if not self.well_formed(where, document, _DOCUMENT):
                continue
            uuid, body = document["uuid"], document["text"]
            self.unique(where, uuid)
            # Offsets count code points of the stored text: it must be as Parallax stores it.
            if _CONTROLS.search(body) or not unicodedata.is_normalized("NFC", body):
                problems.add(f"{where}.text", "is not normalised as Parallax stores texts "
                             "(NFC, \\n line ends, no control characters)")  # fmt: skip
                self.broken.add(uuid)
            elif textmod.sha256(body) != document["text_sha256"]:
                problems.add(f"{where}.text_sha256", "does not match the text")
                self.broken.add(uuid)
            else:
                self.texts.setdefault(uuid, body)

    def codebook(self, codebook: Any) -> None:
        problems = self.problems
        problems.fields("codebook", codebook, {"tags": None})
        listed = codebook.get("tags", []) if isinstance(codebook, dict) else []
        names: dict[tuple[str, str], str] = {}
        shortcuts: dict[str, str] = {}
        for where, tag in problems.items("codebook.tags", listed):
            if not self.well_formed(where, tag, _TAG):
                continue
            if not self.aliases(where, tag["aliases"]):
                self.broken.add(tag["uuid"])
                continue
            self.unique(where, tag["uuid"])
            self.tags.setdefault(tag["uuid"], (where, tag))
            # The codebook's own rules: names unique in a kind (any case), keys unique.
            key = (tag["kind"], tag["name"].casefold())
            if key in names:
                problems.add(f"{where}.name", f"{names[key]} is {_a(tag['kind'])} tag of that name")
            names.setdefault(key, where)
            if shortcut := tag["shortcut"]:
                if shortcut in shortcuts:
                    problems.add(f"{where}.shortcut", f"{shortcuts[shortcut]} has it too")
                shortcuts.setdefault(shortcut, where)
        for uuid, (where, tag) in self.tags.items():
            self.parent(uuid, where, tag)

    def aliases(self, where: str, listed: Any) -> bool:
        problems = self.problems
        before = problems.count
        wanted: set[tuple[str, str]] = set()
        for alias_at, alias in problems.items(f"{where}.aliases", listed):
            if problems.fields(alias_at, alias, _ALIAS):
                pair = (" ".join(alias["text"].split()).casefold(), alias["language"].strip())
                if pair in wanted:
                    problems.add(alias_at, f"“{alias['text']}” is listed twice as an alias")
                wanted.add(pair)
        return problems.count == before

    def parent(self, uuid: str, where: str, tag: dict[str, Any]) -> None:
        """A parent must exist, be of the tag's kind, and not lead back to the tag."""
        parent = tag["parent"]
        if parent is None:
            return
        if parent in self.broken:
            return
        if parent not in self.tags:
            self.problems.add(f"{where}.parent", f"there is no tag {parent}")
        elif self.tags[parent][1]["kind"] != tag["kind"]:
            self.problems.add(
                f"{where}.parent", f"{self.tags[parent][0]} is not {_a(tag['kind'])} tag"
            )
        else:
            current, steps = parent, 0
            while current in self.tags and steps <= len(self.tags):  # ends on other loops
                if current == uuid:
                    self.problems.add(f"{where}.parent", "the tag ends up inside itself")
                    return
                current, steps = self.tags[current][1]["parent"], steps + 1

    def annotations(self, listed: Any) -> None:
        problems = self.problems
        for where, annotation in problems.items("annotations", listed):
            if not problems.fields(where, annotation, _ANNOTATION):
                continue
            self.unique(where, annotation["uuid"])
            for uuid in annotation["tags"]:
                if uuid not in self.tags and uuid not in self.broken:
                    problems.add(f"{where}.tags", f"there is no tag {uuid}")
            if len(set(annotation["tags"])) != len(annotation["tags"]):
                problems.add(f"{where}.tags", "lists a tag twice")
            body = self.texts.get(annotation["document"])
            if annotation["document"] in self.broken:
                continue
            if body is None:
                problems.add(f"{where}.document", f"there is no document {annotation['document']}")
                continue
            start, end = annotation["start"], annotation["end"]
            prefix, suffix = annotation["prefix"], annotation["suffix"]
            try:
                textmod.check_span(body, start, end)
            except textmod.OffsetError as error:
                problems.add(where, str(error))
                continue
            if annotation.get("orphan"):  # the old text's quote and context, kept for review
                if not annotation["quote"]:
                    problems.add(f"{where}.quote", "must not be empty")
                continue
            if body[start:end] != annotation["quote"]:
                problems.add(f"{where}.quote", f"is not the text from {start} to {end}")
            # Compared in place: slicing long texts for each annotation would copy megabytes.
            if len(prefix) > start or not body.startswith(prefix, start - len(prefix), start):
                problems.add(f"{where}.prefix", "is not the text just before the passage")
            if not body.startswith(suffix, end):
                problems.add(f"{where}.suffix", "is not the text just after the passage")


def _lowercase_uuids(data: dict[str, Any]) -> None:
    """Uuids as Parallax writes them (the pattern admits capitals): one spelling, so that
    the same annotation met again in a later merge is known as the same."""

    def lower(part: Any, keys: tuple[str, ...]) -> None:
        if isinstance(part, dict):
            for key in keys:
                if isinstance(part.get(key), str):
                    part[key] = part[key].lower()
            if isinstance(part.get("tags"), list):
                part["tags"] = [t.lower() if isinstance(t, str) else t for t in part["tags"]]

    for document in _listed(data.get("documents")):
        lower(document, ("uuid",))
    codebook = data.get("codebook")
    for tag in _listed(codebook.get("tags") if isinstance(codebook, dict) else None):
        lower(tag, ("uuid", "parent"))
    for annotation in _listed(data.get("annotations")):
        lower(annotation, ("uuid", "document"))


def _listed(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _check(path: Path, data: Any) -> dict[str, Any]:
    """The file's contents if they can be imported exactly; else ProjectImportError."""
    _check_version(path, data)
    _lowercase_uuids(data)
    checker = _Checker()
    problems = checker.problems
    problems.fields("file", data, dict.fromkeys(_TOP))
    if "project" in data:  # a missing part is reported once, above
        problems.fields("project", data["project"], _PROJECT)
    checker.documents(data.get("documents", []))
    checker.codebook(data.get("codebook", {"tags": []}))
    checker.annotations(data.get("annotations", []))
    problems.raise_if_any(path, "a Parallax project file", ProjectImportError)
    result: dict[str, Any] = data
    return result


# -- writing ---------------------------------------------------------------------------


def _time_of(value: str) -> datetime:
    moment = _parse_time(value)
    assert moment is not None  # checked
    return moment


_ANNOTATION_COLUMNS = ("uuid", "start", "end", "quote", "prefix", "suffix", "note", "coder")
_INSERTED = (*_ANNOTATION_COLUMNS, "document_id", "created_at", "updated_at", "orphan")


def _ids(rows: Sequence[Document | Tag]) -> dict[str, int]:
    """uuid → id of rows just flushed (so every one has its id)."""
    found = {row.uuid: row.id for row in rows if row.id is not None}
    assert len(found) == len(rows)
    return found


def _write(session: Session, data: dict[str, Any]) -> None:
    documents = [
        Document(
            uuid=d["uuid"], title=d["title"], language=d["language"], source=d["source"],
            url=d["url"], author=d["author"], published=d["published"], text=d["text"],
            text_sha256=d["text_sha256"], original_filename=d["original_filename"],
            imported_at=_time_of(d["imported_at"]), position=d["position"],
        )
        for d in data["documents"]
    ]  # fmt: skip
    session.add_all(documents)  # inserted in this order, so the ids keep the file's order
    session.flush()
    document_id = _ids(documents)
    listed = data["codebook"]["tags"]
    tags = [
        Tag(
            uuid=t["uuid"], name=t["name"], kind=t["kind"], colour=t["colour"],
            description=t["description"], shortcut=t["shortcut"], position=t["position"],
        )
        for t in listed
    ]  # fmt: skip
    session.add_all(tags)
    session.flush()
    tag_id = _ids(tags)
    # Parents only now: a sub-tag may come before its parent in the file.
    for row, entry in zip(tags, listed, strict=True):
        if entry["parent"] is not None:
            row.parent_id = tag_id[entry["parent"]]
    session.add_all(
        TagAlias(tag_id=tag_id[t["uuid"]], text=a["text"], language=a["language"])
        for t in listed
        for a in t["aliases"]
    )
    session.flush()
    # Annotations and their links go in as plain rows, in the file's order (so are their
    # ids): ORM objects for 100,000 annotations took 12 of an import's 22 seconds.
    times: dict[str, datetime] = {}

    def moment(value: str) -> datetime:  # a file's times repeat: each is parsed once
        if value not in times:
            times[value] = _time_of(value)
        return times[value]

    rows = [
        (*(a[k] for k in _ANNOTATION_COLUMNS), document_id[a["document"]],
         moment(a["created_at"]), moment(a["updated_at"]), a.get("orphan", False))
        for a in data["annotations"]
    ]  # fmt: skip
    with indexes_made_after(session, Annotation, len(rows), notes_after=0):
        insert_rows(session, Annotation, _INSERTED, rows)
    # The project had no documents, so every annotation in it is one of these.
    annotation_id = dict(session.exec(select(Annotation.uuid, Annotation.id)).all())
    links = [
        (annotation_id[a["uuid"]], tag_id[uuid]) for a in data["annotations"] for uuid in a["tags"]
    ]
    with indexes_made_after(session, AnnotationTag, len(links)):
        insert_rows(session, AnnotationTag, ("annotation_id", "tag_id"), links)
    session.flush()


def import_project(service: ProjectService, path: Path | str) -> ProjectImport:
    """Import the project file at ``path`` into ``service``'s project, which must hold no
    documents and no tags; all or nothing. The project keeps its own name and uuid."""
    path = Path(path)
    with collection_paused():  # the file's millions of objects are never walked
        return _import(service, path)


def _import(service: ProjectService, path: Path) -> ProjectImport:
    data = _check(path, _load(path))
    store = service.store
    with writing(store) as session:
        # Asked inside the write transaction, so nothing can slip in between.
        if (
            session.exec(select(Document.id).limit(1)).first() is not None
            or session.exec(select(Tag.id).limit(1)).first() is not None
        ):
            raise ProjectImportError(
                QT_TRANSLATE_NOOP(
                    "ProjectImport",
                    "{path} already has documents or tags; a project file can only be "
                    "imported into an empty project (merging comes later).",
                ).format(path=store.location)
            )
        _write(session, data)
    tags = data["codebook"]["tags"]
    return ProjectImport(
        name=data["project"]["name"],
        documents=len(data["documents"]),
        tags=len(tags),
        aliases=sum(len(t["aliases"]) for t in tags),
        annotations=len(data["annotations"]),
    )


def read_incoming(path: Path | str) -> Incoming:
    """The file, checked as for an import, as work to merge into a project that already
    has documents or tags (``merging.py``)."""
    with collection_paused():  # the file's millions of objects are never walked
        return _incoming(Path(path))


def _incoming(path: Path) -> Incoming:
    data = _check(path, _load(path))
    documents = [
        IncomingDocument(
            key=d["uuid"], title=d["title"], text=d["text"], uuid=d["uuid"],
            text_sha256=d["text_sha256"], language=d["language"], source=d["source"],
            url=d["url"], author=d["author"], published=d["published"],
            original_filename=d["original_filename"],
        )
        for d in data["documents"]
    ]  # fmt: skip
    tags = [
        IncomingTag(
            key=t["uuid"], name=t["name"], kind=t["kind"], uuid=t["uuid"], parent=t["parent"],
            colour=t["colour"], description=t["description"],
            aliases=tuple((a["text"], a["language"]) for a in t["aliases"]),
        )
        for t in data["codebook"]["tags"]
    ]  # fmt: skip
    annotations = [
        IncomingAnnotation(
            document=a["document"], start=a["start"], end=a["end"], quote=a["quote"],
            prefix=a["prefix"], suffix=a["suffix"], uuid=a["uuid"], note=a["note"],
            coder=a["coder"], created_at=_time_of(a["created_at"]),
            updated_at=_time_of(a["updated_at"]), tags=tuple(a["tags"]),
            where=f"annotations[{index}]",
        )
        for index, a in enumerate(data["annotations"])
    ]  # fmt: skip
    return Incoming(path, "Parallax project JSON", documents, tags, annotations)
