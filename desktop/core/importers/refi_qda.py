"""REFI-QDA (QDA-XML 1.0) import: a ``.qdpx`` project or a ``.qdc`` codebook as ``Incoming``.

Files come from Parallax (``exporters/refi_qda.py``) or from other QDA tools. Codes become
tags keyed by GUID. In Parallax's own files (``origin="Parallax …"``) a top-level code
that is not codable stands for a tag kind: its descendants are tags of that kind, and it
is no tag itself. Other tools' codes all become tags of no stated kind, nested as written.

Text sources are read from ``sources/`` in the archive or from inline content, decoded
as UTF-8, and normalised as Parallax stores texts; selection positions count code points
of the text as the tool wrote it (CRLF, decomposed accents), so they are mapped onto the
normalised text. Pictures, PDFs without a text representation, audio and video, and
codings of whole documents are skipped and listed in ``Incoming.skipped``.

Everything is checked before anything is returned; the first problems are named in one
``IncomingError``. The archive is never unpacked to disk (see ``archive.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote
from xml.etree.ElementTree import Element

from desktop.core.importers import refi_qda_lines
from desktop.core.importers.archive import Package, parse_xml
from desktop.core.importers.base import ImportFailure, check_file, read_whole
from desktop.core.importers.problems import Problems
from desktop.core.incoming import (
    Incoming,
    IncomingAnnotation,
    IncomingDocument,
    IncomingError,
    IncomingTag,
)
from desktop.core.service_base import collection_paused
from desktop.core.text import normalise, normalise_mapped

PROJECT_FORMAT = "REFI-QDA project (.qdpx)"
CODEBOOK_FORMAT = "REFI-QDA codebook (.qdc)"
PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
MAX_UNPACKED = 256 * 1024 * 1024  # what is read from one archive: project.qde and texts
MAX_CODEBOOK_BYTES = 64 * 1024 * 1024

_NAMESPACE = re.compile(r"urn:QDA-XML:(project|codebook):(.*)")
_GUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_COLOUR = re.compile(r"#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})")
_NON_TEXT = {
    "PictureSource": "is a picture",
    "PDFSource": "is a PDF without a text version",
    "AudioSource": "is a sound recording",
    "VideoSource": "is a video",
}
# Parts of a project Parallax has no place for, named once in ``skipped``.
_UNUSED = {
    "Variables": "variables",
    "Cases": "cases",
    "Sets": "sets",
    "Links": "links",
    "Graphs": "graphs",
}


def read_qdpx(path: Path | str) -> Incoming:
    """The documents, tags and coded passages of a ``.qdpx`` project."""
    # Collection held off while millions of objects are made; the parsed XML is freed
    # before it resumes, so it never walks them.
    with collection_paused():
        return _read_qdpx(Path(path))


def _read_qdpx(path: Path) -> Incoming:
    try:
        check_file(path, "a REFI-QDA project")
        reader = _project_lines(path)
        if reader is None:  # read whole, the general way
            with Package(path, "REFI-QDA project", budget=MAX_UNPACKED) as package:
                reader = _project(path, package)
    except ImportFailure as error:
        raise IncomingError(f"{path} {error}.") from None
    except RecursionError:
        raise IncomingError(f"{path} is nested too deeply to read.") from None
    reader.finish("project")
    return Incoming(
        path,
        PROJECT_FORMAT,
        documents=reader.documents,
        tags=reader.tags,
        annotations=reader.annotations,
        skipped=reader.skipped,
    )


def read_qdc(path: Path | str) -> Incoming:
    """The tags of a ``.qdc`` codebook (no documents, no annotations)."""
    path = Path(path)
    try:
        data = read_whole(path, limit=MAX_CODEBOOK_BYTES, what="a REFI-QDA codebook")
        if data.startswith(b"PK\x03\x04"):
            raise IncomingError(
                f"{path} is a zip archive, not a codebook (a .qdpx project? Import it as one)."
            )
        root = parse_xml(data, "REFI-QDA codebook", path.name)
        _check_root(path, root, "CodeBook", "codebook")
        reader = _Reader(path, CODEBOOK_NS, root.get("origin", ""))
        codes = root.find(reader.q("Codes"))
        if codes is None:
            reader.problem("the codebook has no <Codes>")
        else:
            reader.codes(codes)
        if root.find(reader.q("Sets")) is not None:
            reader.skipped.append("the codebook's sets are not imported")
    except ImportFailure as error:
        raise IncomingError(f"{path} {error}.") from None
    except RecursionError:
        raise IncomingError(f"{path} is nested too deeply to read.") from None
    reader.finish("codebook")
    return Incoming(path, CODEBOOK_FORMAT, tags=reader.tags, skipped=reader.skipped)


# -- the file and its root -------------------------------------------------------------


def _project(path: Path, package: Package) -> _Reader:
    root = package.xml(_project_member(path, package))
    _check_root(path, root, "Project", "project")
    reader = _Reader(path, PROJECT_NS, root.get("origin", ""), package)
    reader.project(root)
    return reader


def _project_lines(path: Path) -> _Reader | None:
    """The project read with its runs of selections taken from their text, if it is
    laid out as our exports lay it out (``refi_qda_lines``); None when it is not, or when
    reading it so meets anything the general way must name (that way opens the archive
    again, so that what it reads counts against a budget of its own)."""
    try:
        with Package(path, "REFI-QDA project", budget=MAX_UNPACKED) as package:
            member = _project_member(path, package)
            lines = refi_qda_lines.split(package.read(member))
            if lines is None:
                return None
            root = parse_xml(lines.frame, "REFI-QDA project", member)
            _check_root(path, root, "Project", "project")
            reader = _Reader(path, PROJECT_NS, root.get("origin", ""), package)
            reader.lines = lines
            reader.project(root)
    except (ImportFailure, IncomingError, RecursionError, _NotLines):
        return None
    return reader if len(lines.met) == len(lines.runs) else None


class _NotLines(Exception):
    """A run of selections put aside is needed where the general way counts them."""


def _project_member(path: Path, package: Package) -> str:
    if "project.qde" in package.names:
        return "project.qde"
    # Some tools capitalise it or name it after the project; one .qde at the top will do.
    found = [n for n in package.names if "/" not in n and n.lower().endswith(".qde")]
    if len(found) == 1:
        return found[0]
    raise IncomingError(
        f"{path} is not a REFI-QDA project: the archive holds no project.qde "
        "(a .qdpx is a zip with project.qde and a sources folder)."
    )


def _check_root(path: Path, root: Element, local: str, kind: str) -> None:
    namespace, _, found = root.tag[1:].partition("}") if root.tag[:1] == "{" else ("", "", root.tag)
    form = _NAMESPACE.fullmatch(namespace)
    if form and form.group(1) == kind and form.group(2) != "1.0":
        raise IncomingError(
            f"{path} is REFI-QDA {kind} version {form.group(2)}; Parallax reads version 1.0."
        )
    if (namespace, found) == (f"urn:QDA-XML:{kind}:1.0", local):
        return
    if form and form.group(1) != kind:
        other = "a project" if kind == "codebook" else "a codebook"
        raise IncomingError(f"{path} holds {other}, not a {kind}; import it as {other}.")
    raise IncomingError(
        f"{path} is not a REFI-QDA {kind}: its root is <{found}> in the namespace "
        f"“{namespace or 'none'}”, not <{local}> in urn:QDA-XML:{kind}:1.0."
    )


# -- values ----------------------------------------------------------------------------


def _key(guid: str) -> str:
    # GUIDs may be written in braces or upper case and still name the same thing.
    return guid.strip().strip("{}").lower()


def _uuid(guid: str) -> str | None:
    bare = guid.strip().strip("{}")
    return bare if _GUID.fullmatch(bare) else None


def _colour(value: str | None) -> str | None:
    found = _COLOUR.fullmatch((value or "").strip())
    if found is None:
        return None
    digits = found.group(1).lower()
    return "#" + (digits if len(digits) == 6 else "".join(d * 2 for d in digits))


def _time(value: str | None) -> datetime | None:
    """An xsd:dateTime as aware UTC; None when missing or unreadable (it is optional)."""
    try:
        moment = datetime.fromisoformat((value or "").strip())
        return (moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment).astimezone(UTC)
    except (ValueError, OverflowError):  # OverflowError: year 1 east of UTC, 9999 west
        return None


def _int(value: str | None) -> int | None:
    try:
        return int((value or "").strip())
    except ValueError:
        return None


def _codings(n: int) -> str:
    return f"{n:,} coding{'' if n == 1 else 's'}"


def _text(element: Element | None) -> str:
    return normalise(element.text or "").strip() if element is not None else ""


def _text_of(text: str) -> str:
    """What ``_text`` gives for an element holding ``text``."""
    return normalise(text).strip()


class _Reader:
    """Turns one file's elements into incoming parts, collecting problems as it goes."""

    def __init__(
        self, path: Path, namespace: str, origin: str, package: Package | None = None
    ) -> None:
        self.path = path
        self.ns = namespace
        self.ours = origin.startswith("Parallax")
        self.package = package
        self.problems = Problems()
        self.guids: dict[str, str] = {}  # key → what had it first
        self.kinds: dict[str, str] = {}  # key of a kind's code → kind name
        self.users: dict[str, str] = {}
        self.notes: dict[str, Element] = {}
        self.tags: list[IncomingTag] = []
        self.tag_keys: set[str] = set()
        self.documents: list[IncomingDocument] = []
        self.annotations: list[IncomingAnnotation] = []
        self.skipped: list[str] = []
        self.names: dict[str, str] = {}  # qualified names, by local name
        self.times: dict[str, datetime | None] = {}  # read already: a file's times repeat
        self.refs: dict[str, str] = {}  # GUIDs referred to (codes, users) → keys: they repeat
        self.lines: refi_qda_lines.Split | None = None  # runs of selections read as text
        # Asked for each of 100,000 selections: named once.
        self.coding, self.code_ref_name, self.note_ref, self.description = (
            self.q(local) for local in ("Coding", "CodeRef", "NoteRef", "Description")
        )

    def q(self, local: str) -> str:
        found = self.names.get(local)
        if found is None:
            found = self.names[local] = f"{{{self.ns}}}{local}"
        return found

    def ref_key(self, guid: str) -> str:
        found = self.refs.get(guid)
        if found is None:
            found = self.refs[guid] = _key(guid)
        return found

    def time(self, value: str | None) -> datetime | None:
        if value is None:
            return None
        if value not in self.times:
            self.times[value] = _time(value)
        return self.times[value]

    def problem(self, message: str) -> None:
        self.problems.add("", message)  # the message names the part itself

    def finish(self, kind: str) -> None:
        self.problems.raise_if_any(self.path, f"a REFI-QDA {kind}")

    def guid(self, element: Element, what: str) -> str:
        """The element's key; a missing or repeated GUID is a problem."""
        return self.register(element.get("guid", ""), what)

    def register(self, raw: str, what: str) -> str:
        raw = raw.strip()
        if not raw:
            self.problem(f"{what} has no guid")
            return ""
        key = _key(raw)
        if key in self.guids:
            self.problem(f"{what} has the guid {raw}, which {self.guids[key]} has too")
        else:
            self.guids[key] = what
        return key

    # -- codes ---------------------------------------------------------------------

    def codes(self, codes: Element) -> None:
        for code in codes.findall(self.q("Code")):
            name = normalise(code.get("name", "")).strip()
            if self.ours and code.get("isCodable", "").strip().lower() in ("false", "0"):
                if key := self.guid(code, f"the kind “{name}”"):
                    self.kinds[key] = name
                for child in code.findall(self.q("Code")):
                    self.code(child, name, None)
            else:
                self.code(code, "", None)

    def code(self, element: Element, kind: str, parent: str | None) -> None:
        name = normalise(element.get("name", "")).strip()
        raw = element.get("guid", "")
        what = f"the code “{name}”" if name else f"the code {raw.strip() or 'with no name'}"
        key = self.guid(element, what)
        if not name:
            self.problem(f"{what} has no name")
        self.tag_keys.add(key)
        self.tags.append(
            IncomingTag(
                key=key,
                name=name,
                kind=kind,
                uuid=_uuid(raw),
                parent=parent,
                colour=_colour(element.get("color")),
                description=_text(element.find(self.q("Description"))),
            )
        )
        for child in element.findall(self.q("Code")):
            self.code(child, kind, key)

    # -- the project -------------------------------------------------------------------

    def project(self, root: Element) -> None:
        for user in root.iterfind(f"{self.q('Users')}/{self.q('User')}"):
            name = user.get("name") or user.get("id") or ""
            if key := self.guid(user, f"the user “{name}”"):
                self.users[key] = name
        codes = root.find(f"{self.q('CodeBook')}/{self.q('Codes')}")
        if codes is not None:
            self.codes(codes)
        for note in root.iterfind(f"{self.q('Notes')}/{self.q('Note')}"):
            if key := self.guid(note, f"the note “{note.get('name', '')}”"):
                self.notes[key] = note
        sources = root.find(self.q("Sources"))
        for source in sources if sources is not None else ():
            self.source(source)
        unused = [label for local, label in _UNUSED.items() if root.find(self.q(local)) is not None]
        if unused:
            listed = ", ".join(unused[:-1]) + (" and " if len(unused) > 1 else "") + unused[-1]
            self.skipped.append(f"the project's {listed} are not imported")

    def source(self, source: Element) -> None:
        local = source.tag.rpartition("}")[2]
        title = normalise(source.get("name") or _basename(source) or source.get("guid") or "")
        title = " ".join(title.split())
        if local == "TextSource":
            self.text_source(source, title)
            return
        representation = source.find(self.q("Representation"))
        if local == "PDFSource" and representation is not None:
            self.text_source(representation, title, source.get("guid"))
            regions = self.coding_count(c for c in source if c is not representation)
            if regions:
                self.skipped.append(
                    f"“{title}” is a PDF: its text was imported, {_codings(regions)} on "
                    "regions of its pages skipped"
                )
            return
        what = _NON_TEXT.get(local, f"is a source of an unknown kind ({local})")
        self.skip(title, what, self.coding_count([source]))

    def codings_of(self, source: Element) -> int:
        """The codings in a text source; a run of selections put aside for reading as
        text (``refi_qda_lines``) has the source read the general way instead."""
        if self.lines is not None and source.find(self.q(refi_qda_lines.MARKER)) is not None:
            raise _NotLines
        return self.coding_count([source])

    def coding_count(self, elements: Iterable[Element]) -> int:
        return sum(1 for e in elements for _ in e.iter(self.q("Coding")))

    def skip(self, title: str, why: str, codings: int) -> None:
        tail = f"{_codings(codings)} on it skipped" if codings else "skipped"
        self.skipped.append(f"“{title}” {why}: {tail}")

    def text_source(self, source: Element, title: str, outer: str | None = None) -> None:
        raw_guid = source.get("guid", "")
        key = self.guid(source, f"the source “{title}”")
        if outer is not None:  # a PDF's own GUID is taken too, though its text is kept
            self.register(outer, f"the PDF “{title}”")
        raw = self.source_text(source, title)
        if raw is None:
            return
        text, mapped = normalise_mapped(raw)
        if not text.strip():
            self.skip(title, "has no text", self.codings_of(source))
            return
        self.documents.append(
            IncomingDocument(key=key, title=title, text=text, uuid=_uuid(raw_guid))
        )
        selection, marker = self.q("PlainTextSelection"), self.q(refi_qda_lines.MARKER)
        for child in source:
            if child.tag == selection:
                self.selection(child, key, title, len(raw), mapped)
            elif child.tag == marker and self.lines is not None:
                self.run(int(child.get("n", "")), key, title, len(raw), mapped)
        whole = len(source.findall(self.q("Coding")))
        if whole:
            self.skipped.append(
                f"“{title}”: {_codings(whole)} of the whole document skipped "
                "(Parallax codes passages)"
            )

    def source_text(self, source: Element, title: str) -> str | None:
        """The text as the tool wrote it; None when it is missing (reported)."""
        where = source.get("plainTextPath", "").strip()
        if where:
            member, inside = self.member(where)
            if member is None:
                if inside:
                    self.problem(
                        f"the text of the source “{title}” ({where}) is not in the archive"
                    )
                else:
                    outside = f"has its text outside the archive ({where})"
                    self.skip(title, outside, self.codings_of(source))
                return None
            assert self.package is not None
            try:
                return self.package.read(member).decode("utf-8-sig")
            except UnicodeDecodeError as error:
                self.problem(
                    f"the text of the source “{title}” ({member}) is not UTF-8 "
                    f"(byte {error.start:,} cannot be read)"
                )
                return None
        content = source.find(self.q("PlainTextContent"))
        if content is not None:
            # The XML parser has turned CRLF into LF here; tools that counted the CRs
            # (rare: they would have had to write &#13;) cannot be told apart.
            return content.text or ""
        why = "has only a rich-text version" if source.get("richTextPath") else "has no text"
        self.skip(title, why, self.codings_of(source))
        return None

    def member(self, where: str) -> tuple[str | None, bool]:
        """The archive member holding a source's text, and whether the file says it is
        inside the archive (``internal://``); other paths are looked for in ``sources/``."""
        assert self.package is not None
        if not where:
            return None, False
        scheme, _, rest = where.partition("://")
        inside = scheme.lower() == "internal"
        candidates = [f"sources/{rest}", f"sources/{unquote(rest)}"] if rest else []
        if not inside:
            base = (rest or where).replace("\\", "/").rpartition("/")[2]
            candidates += [f"sources/{base}", f"sources/{unquote(base)}"]
        found = next((c for c in candidates if c in self.package.names), None)
        return found, inside

    def selection(
        self, element: Element, document: str, title: str, length: int, mapped: Callable[[int], int]
    ) -> None:
        codings = element.findall(self.coding)
        self.selected(
            document, title, length, mapped,
            raw_guid=element.get("guid", ""),
            start=element.get("startPosition"),
            end=element.get("endPosition"),
            targets=[self.target(coding) for coding in codings],
            user=element.get("creatingUser") or next(
                (c.get("creatingUser", "") for c in codings if c.get("creatingUser")), ""
            ),
            created=element.get("creationDateTime") or next(
                (c.get("creationDateTime") for c in codings if c.get("creationDateTime")), None
            ),
            modified=element.get("modifiedDateTime"),
            note=lambda: self.note(element, codings),
        )  # fmt: skip

    def run(
        self, number: int, document: str, title: str, length: int, mapped: Callable[[int], int]
    ) -> None:
        """The selections of one run read as text, as ``selection`` reads elements."""
        assert self.lines is not None
        if number in self.lines.met:
            raise _NotLines
        self.lines.met.add(number)
        for line in self.lines.runs[number]:
            guid, start, end, user, created, modified, described, codings = line.groups()
            if not user or not created:
                coding_user, coding_created = refi_qda_lines.first_coding(codings or "")
                user, created = user or coding_user, created or coding_created
            note = "" if described is None else _text_of(refi_qda_lines.decoded(described))
            self.selected(
                document, title, length, mapped, raw_guid=guid, start=start, end=end,
                targets=refi_qda_lines.targets(codings), user=user, created=created,
                modified=modified, note=note,
            )  # fmt: skip

    def selected(
        self,
        document: str,
        title: str,
        length: int,
        mapped: Callable[[int], int],
        *,
        raw_guid: str,
        start: str | None,
        end: str | None,
        targets: list[str],
        user: str,
        created: str | None,
        modified: str | None,
        note: str | Callable[[], str],
    ) -> None:
        """A selection, from what its element says (``selection``) or its line says
        (``refi_qda_lines``): its attributes, the code each coding names (``target``),
        the first creating user and time it or a coding gives, and its note (made only
        for a selection that is kept)."""
        raw_guid = raw_guid.strip()
        where = f"selection {raw_guid}" if raw_guid else "a selection"
        self.register(raw_guid, f"{where} in “{title}”")
        first_at, last_at = _int(start), _int(end)
        tags = tuple(dict.fromkeys([key for target in targets
                                    if (key := self.code_ref(target, where, title))]))  # fmt: skip
        if first_at is None or last_at is None:
            self.problem(f"{where} in “{title}” has positions that are not whole numbers")
            return
        if first_at >= last_at:
            self.problem(
                f"{where} in “{title}” starts at {first_at} and ends at {last_at}: it is empty"
            )
            return
        if first_at < 0 or last_at > length:
            self.problem(
                f"{where} in “{title}” spans {first_at}–{last_at}, outside its text of "
                f"{length:,} characters"
            )
            return
        first, last = mapped(first_at), mapped(last_at)
        if first >= last:  # e.g. only a combining accent, which NFC joins to its letter
            self.skipped.append(
                f"{where} in “{title}” selects nothing once the text is normalised: skipped"
            )
            return
        # Positional, times looked up here: 100,000 selections are read through here.
        times = self.times
        created_at = times[created] if created in times else self.time(created)
        updated_at = times[modified] if modified in times else self.time(modified)
        self.annotations.append(
            IncomingAnnotation(
                document, first, last, None, "", "",
                _uuid(raw_guid),
                note if isinstance(note, str) else note(),
                self.users.get(self.ref_key(user), ""), created_at, updated_at, tags, where,
            )
        )  # fmt: skip

    def target(self, coding: Element) -> str:
        """The code a coding names (its CodeRef's targetGUID), "" when it names none."""
        ref = coding.find(self.code_ref_name)
        return (ref.get("targetGUID") or "").strip() if ref is not None else ""

    def code_ref(self, target: str, where: str, title: str) -> str | None:
        key = self.ref_key(target)
        if not target:
            self.problem(f"{where} in “{title}” has a coding that names no code")
        elif key in self.kinds:
            self.problem(
                f"{where} in “{title}” is coded with the kind “{self.kinds[key]}”, "
                "which groups tags and is not one"
            )
        elif key not in self.tag_keys:
            self.problem(
                f"{where} in “{title}” is coded with {target}, which is not a code in the codebook"
            )
        else:
            return key
        return None

    def note(self, selection: Element, codings: list[Element]) -> str:
        """The selection's description and the texts of the notes it and its codings
        refer to, one paragraph each."""
        parts = [_text(selection.find(self.description))]
        for holder in (selection, *codings):
            for ref in holder.findall(self.note_ref):
                note = self.notes.get(_key(ref.get("targetGUID", "")))
                if note is not None:  # a dangling note reference loses nothing coded
                    parts.append(self.note_text(note))
        return "\n\n".join(dict.fromkeys(p for p in parts if p))

    def note_text(self, note: Element) -> str:
        content = note.find(self.q("PlainTextContent"))
        if content is not None:
            return _text(content)
        member, _ = self.member(note.get("plainTextPath", "").strip())
        if member is None:
            return _text(note.find(self.q("Description")))
        assert self.package is not None
        return normalise(self.package.read(member).decode("utf-8-sig", "replace")).strip()


def _basename(source: Element) -> str:
    where = source.get("path") or source.get("plainTextPath") or ""
    return unquote(where.replace("\\", "/").rpartition("/")[2])
