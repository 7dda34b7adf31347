"""REFI-QDA import: Parallax's own ``.qdpx``/``.qdc`` back, other tools' files (CRLF texts,
codes without colours, pictures), and hostile or broken files refused by name."""

from __future__ import annotations

import stat
import warnings
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
import xmlschema

from desktop.core.exporters.refi_qda import export_qdc, export_qdpx
from desktop.core.importers import archive, refi_qda
from desktop.core.importers.refi_qda import read_qdc, read_qdpx
from desktop.core.incoming import IncomingError
from desktop.core.project import ProjectService
from desktop.core.store import Store

XSD = Path(__file__).parent.parent / "data" / "refi-qda"
NS = "urn:QDA-XML:project:1.0"
Entry = tuple[str | zipfile.ZipInfo, bytes | str]  # a zip member: its name or info, its data


def _id(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


def _other(n: int) -> str:  # another tool's GUIDs: upper case
    return f"A1B2C3D4-0000-4000-8000-{n:012X}"


def make_qdpx(path: Path, entries: list[Entry]) -> Path:
    with (
        warnings.catch_warnings(),  # zipfile warns of a name written twice, as one test does
        zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive_file,
    ):
        warnings.simplefilter("ignore")
        for name, data in entries:
            archive_file.writestr(name, data)
    return path


@pytest.fixture(scope="module")
def project_schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(XSD / "Project-mrt2019.xsd"))


# -- our own files -----------------------------------------------------------------------


def _small_project(store: Store) -> ProjectService:
    """Vietnamese with an emoji before the passages, a sub-tag, a note, two coders."""
    service = ProjectService(store, coder="ana")
    text = "Thổ Nhĩ Kỳ 😀 ủng hộ Azerbaijan.\nNga kêu gọi ngừng bắn ngay."
    doc = service.add_document("Tin Việt Nam", text, language="vi", uuid=_id(1))
    book = service.codebook
    turkey = book.create_tag("Thổ Nhĩ Kỳ", "actor", colour="#E41A1C", uuid=_id(11))
    erdogan = book.create_tag(
        "Erdoğan", "actor", parent_id=turkey.id, description="Tổng thống", uuid=_id(12)
    )
    ceasefire = book.create_tag("Ngừng bắn", "theme", colour="#4daf4a", uuid=_id(13))
    stored = service.document_text(doc.id)
    start = stored.index("ủng hộ")
    service.create_annotation(
        doc.id, start, start + 6, [turkey.id, erdogan.id], note="Ủng hộ rõ ràng.", uuid=_id(21)
    )
    start = stored.index("ngừng bắn")
    service.create_annotation(doc.id, start, start + 9, [ceasefire.id], coder="bình")
    return service


def test_own_qdpx_round_trips(empty_store: Store, tmp_path: Path) -> None:
    service = _small_project(empty_store)
    out = tmp_path / "own.qdpx"
    export_qdpx(service, out)
    incoming = read_qdpx(out)
    assert incoming.path == out and incoming.format == refi_qda.PROJECT_FORMAT
    assert incoming.skipped == []

    [document] = service.documents()
    text = service.document_text(document.id)
    [read] = incoming.documents
    assert (read.key, read.uuid, read.title, read.text) == (
        document.uuid, document.uuid, "Tin Việt Nam", text
    )  # fmt: skip

    tags = {t.id: t for t in service.tags()}
    by_key = {t.key: t for t in incoming.tags}
    assert len(by_key) == len(tags)  # the kinds are no tags of their own
    for tag in tags.values():
        got = by_key[tag.uuid]
        parent = tags[tag.parent_id].uuid if tag.parent_id is not None else None
        assert (got.name, got.kind, got.uuid, got.parent, got.colour, got.description) == (
            tag.name, tag.kind, tag.uuid, parent, tag.colour.lower(), tag.description
        )  # fmt: skip
    assert by_key[_id(12)].kind == "actor" and by_key[_id(12)].parent == _id(11)

    expected = sorted(service.annotations(), key=lambda a: a.start)
    got_annotations = sorted(incoming.annotations, key=lambda a: a.start)
    assert len(got_annotations) == 2
    for item, back in zip(expected, got_annotations, strict=True):
        assert (back.document, back.start, back.end) == (document.uuid, item.start, item.end)
        assert text[back.start : back.end] == item.quote  # code points: the emoji counts one
        assert back.tags == tuple(tags[t].uuid for t in item.tag_ids)
        assert (back.uuid, back.coder, back.note) == (item.uuid, item.coder, item.note)
        assert back.created_at == item.created_at.replace(microsecond=0)
        assert back.updated_at == item.updated_at.replace(microsecond=0)
        assert back.where == f"selection {item.uuid}"
    assert [a.coder for a in got_annotations] == ["ana", "bình"]
    assert got_annotations[0].note == "Ủng hộ rõ ràng."


def test_own_qdc_round_trips(empty_store: Store, tmp_path: Path) -> None:
    service = _small_project(empty_store)
    out = tmp_path / "own.qdc"
    export_qdc(service, out)
    incoming = read_qdc(out)
    assert incoming.format == refi_qda.CODEBOOK_FORMAT
    assert incoming.documents == [] and incoming.annotations == []
    assert [(t.name, t.kind, t.parent) for t in incoming.tags] == [
        ("Thổ Nhĩ Kỳ", "actor", None), ("Erdoğan", "actor", _id(11)), ("Ngừng bắn", "theme", None)
    ]  # fmt: skip


# -- other tools' files ------------------------------------------------------------------

# Counted in the text as written: BOM bytes aside, CRLF line ends and a decomposed é.
CRLF_TEXT = "Line one\r\nTurkey said.\r\nCafe\u0301 closed."
OTHER_PROJECT = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="{NS}" name="Other" origin="OtherQDA 3.1">
  <CodeBook><Codes>
    <Code guid="{_other(1)}" name="Actors" isCodable="false">
      <Code guid="{_other(2)}" name="Turkey" isCodable="true" color="#F00"/>
      <Code guid="{{{_other(3)}}}" name="Cafés" isCodable="true">
        <Description>Places</Description>
      </Code>
    </Code>
  </Codes></CodeBook>
  <Variables><Variable guid="{_other(4)}" name="Age" typeOfVariable="Integer"/></Variables>
  <Sources>
    <TextSource guid="{_other(10)}" name="Report" plainTextPath="internal://report.txt">
      <PlainTextSelection guid="{_other(20)}" name="Turkey" startPosition="10" endPosition="16"
          creationDateTime="2021-05-04T10:11:12.1234567+02:00">
        <Description>A comment</Description>
        <Coding guid="{_other(30)}"><CodeRef targetGUID="{_other(2).lower()}"/></Coding>
        <NoteRef targetGUID="{_other(90)}"/>
      </PlainTextSelection>
      <PlainTextSelection guid="{_other(21)}" startPosition="24" endPosition="29">
        <Coding guid="{_other(31)}"><CodeRef targetGUID="{_other(3)}"/></Coding>
        <Coding guid="{_other(32)}"><CodeRef targetGUID="{_other(2)}"/></Coding>
      </PlainTextSelection>
      <Coding guid="{_other(33)}"><CodeRef targetGUID="{_other(1)}"/></Coding>
    </TextSource>
    <TextSource guid="{_other(11)}" name="Inline">
      <PlainTextContent>Inline text</PlainTextContent>
      <PlainTextSelection guid="{_other(22)}" startPosition="0" endPosition="6">
        <Coding guid="{_other(34)}"><CodeRef targetGUID="{_other(1)}"/></Coding>
      </PlainTextSelection>
    </TextSource>
    <TextSource guid="{_other(12)}" name="Found" plainTextPath="C:\\Data\\found.txt"/>
    <TextSource guid="{_other(13)}" name="Elsewhere" plainTextPath="relative://far/away.txt">
      <PlainTextSelection guid="{_other(23)}" startPosition="0" endPosition="3">
        <Coding guid="{_other(35)}"><CodeRef targetGUID="{_other(2)}"/></Coding>
      </PlainTextSelection>
    </TextSource>
    <PictureSource guid="{_other(14)}" name="photo.jpg" path="internal://photo.jpg">
      <PictureSelection guid="{_other(24)}" firstX="0" firstY="0" secondX="9" secondY="9">
        <Coding guid="{_other(36)}"><CodeRef targetGUID="{_other(2)}"/></Coding>
        <Coding guid="{_other(37)}"><CodeRef targetGUID="{_other(3)}"/></Coding>
      </PictureSelection>
      <Coding guid="{_other(38)}"><CodeRef targetGUID="{_other(2)}"/></Coding>
    </PictureSource>
    <PDFSource guid="{_other(15)}" name="paper.pdf" path="internal://paper.pdf">
      <PDFSelection guid="{_other(25)}" page="1" firstX="0" firstY="0" secondX="9" secondY="9">
        <Coding guid="{_other(39)}"><CodeRef targetGUID="{_other(2)}"/></Coding>
      </PDFSelection>
      <Representation guid="{_other(16)}" plainTextPath="internal://paper.txt">
        <PlainTextSelection guid="{_other(26)}" startPosition="4" endPosition="9">
          <Coding guid="{_other(40)}"><CodeRef targetGUID="{_other(2)}"/></Coding>
        </PlainTextSelection>
      </Representation>
    </PDFSource>
    <AudioSource guid="{_other(17)}" name="interview.mp3" path="internal://interview.mp3"/>
  </Sources>
  <Notes>
    <Note guid="{_other(90)}" name="memo"><PlainTextContent>From the memo.</PlainTextContent></Note>
  </Notes>
</Project>
"""


def test_other_tools_project(tmp_path: Path, project_schema: xmlschema.XMLSchema) -> None:
    project_schema.validate(OTHER_PROJECT)  # a file the standard accepts, not a made-up one
    path = make_qdpx(
        tmp_path / "other.qdpx",
        [
            ("project.qde", OTHER_PROJECT),
            ("sources/report.txt", b"\xef\xbb\xbf" + CRLF_TEXT.encode()),
            ("sources/found.txt", "Found it."),
            ("sources/paper.txt", "The paper text."),
            ("sources/photo.jpg", b"\xff\xd8\xff\xe0 not read"),
        ],
    )
    incoming = read_qdpx(path)
    texts = {d.title: d.text for d in incoming.documents}
    assert texts == {
        "Report": "Line one\nTurkey said.\nCafé closed.",
        "Inline": "Inline text",
        "Found": "Found it.",
        "paper.pdf": "The paper text.",
    }
    report = incoming.documents[0]
    assert report.key == _other(10).lower() and report.uuid == _other(10)

    tags = {t.name: t for t in incoming.tags}
    assert [t.name for t in incoming.tags] == ["Actors", "Turkey", "Cafés"]
    assert all(t.kind == "" for t in incoming.tags)  # no kinds in other tools' files
    actors = tags["Actors"]
    assert (actors.parent, actors.colour) == (None, None)
    assert (tags["Turkey"].parent, tags["Turkey"].colour) == (actors.key, "#ff0000")
    assert (tags["Cafés"].uuid, tags["Cafés"].description) == (_other(3), "Places")
    assert tags["Cafés"].colour is None

    by_key = {d.key: d.text or "" for d in incoming.documents}
    quoted = [by_key[a.document][a.start : a.end] for a in incoming.annotations]
    assert quoted == ["Turkey", "Café", "Inline", "paper"]
    first, second = incoming.annotations[:2]
    assert (first.start, first.end, second.start, second.end) == (9, 15, 22, 26)
    assert first.tags == (tags["Turkey"].key,)
    assert second.tags == (tags["Cafés"].key, tags["Turkey"].key)
    assert first.note == "A comment\n\nFrom the memo."
    assert first.coder == "" and first.uuid == _other(20)
    assert first.created_at == datetime(2021, 5, 4, 8, 11, 12, 123456, tzinfo=UTC)
    assert first.updated_at is None and second.created_at is None
    assert first.where == f"selection {_other(20)}"

    assert incoming.skipped == [
        "“Report”: 1 coding of the whole document skipped (Parallax codes passages)",
        "“Elsewhere” has its text outside the archive (relative://far/away.txt): "
        "1 coding on it skipped",
        "“photo.jpg” is a picture: 3 codings on it skipped",
        "“paper.pdf” is a PDF: its text was imported, 1 coding on regions of its pages skipped",
        "“interview.mp3” is a sound recording: skipped",
        "the project's variables are not imported",
    ]


def test_other_tools_codebook(tmp_path: Path) -> None:
    path = tmp_path / "other.qdc"
    path.write_text(
        '<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="NVivo 14"><Codes>'
        f'<Code guid="{_other(1)}" name="Themes" isCodable="false">'
        f'<Code guid="{_other(2)}" name="Ceasefire" isCodable="true" color="#00Ff00"/>'
        f'<Code guid="{_other(3)}" name="Blame" isCodable="true" color="red"/>'
        "</Code>"
        f'<Code guid="{_other(4)}" name="Loose" isCodable="true"/>'
        "</Codes></CodeBook>",
        encoding="utf-8",
    )
    incoming = read_qdc(path)
    assert [(t.name, t.kind, t.parent, t.colour) for t in incoming.tags] == [
        ("Themes", "", None, None),
        ("Ceasefire", "", _other(1).lower(), "#00ff00"),
        ("Blame", "", _other(1).lower(), None),
        ("Loose", "", None, None),
    ]
    assert incoming.documents == [] and incoming.annotations == [] and incoming.skipped == []


# -- refused files -----------------------------------------------------------------------

CODES = f"""<CodeBook><Codes>
  <Code guid="{_id(1)}" name="Turkey" isCodable="true"/>
</Codes></CodeBook>"""


def project(sources: str = "", codes: str = CODES, root: str = f'Project xmlns="{NS}"') -> str:
    name = root.split()[0]
    return f'<{root} name="P">{codes}<Sources>{sources}</Sources></{name}>'


def source(*selections: tuple[int | str, int | str, str], guid: str = _id(2)) -> str:
    """A text source (“Hello world”, 11 characters) with selections coded with a code."""
    inner = "".join(
        f'<PlainTextSelection guid="{_id(100 + i)}" startPosition="{s}" endPosition="{e}">'
        f'<Coding guid="{_id(200 + i)}"><CodeRef targetGUID="{code}"/></Coding>'
        "</PlainTextSelection>"
        for i, (s, e, code) in enumerate(selections)
    )
    return f'<TextSource guid="{guid}" name="Doc" plainTextPath="internal://doc.txt">{inner}</TextSource>'


def ok_entries(qde: str, *extra: Entry) -> list[Entry]:
    return [("project.qde", qde), ("sources/doc.txt", "Hello world"), *extra]


def symlink() -> zipfile.ZipInfo:
    info = zipfile.ZipInfo("sources/link.txt")
    info.create_system = 3  # Unix: the mode is in the high bits of the external attributes
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    f'<Project xmlns="{NS}" name="&lol2;"/>'
)
BOMB = source((0, 5, _id(1))).replace("doc.txt", "bomb.txt")

BAD: dict[str, tuple[list[Entry] | bytes, str]] = {
    "not-zip": (b"Nga \xc4\x91\xe1\xbb\x81 ngh\xe1\xbb\x8b", "is not a readable REFI-QDA project"),
    "no-project": ([("sources/doc.txt", "Hello")], "the archive holds no project.qde"),
    "malformed": ([("project.qde", "<Project")], r"project.qde is not well-formed XML"),
    "entities": ([("project.qde", BILLION_LAUGHS)], "declares entities"),
    "climbing": (ok_entries(project(), ("../evil.txt", "x")), r"leads out of its folder"),
    "backslash": (ok_entries(project(), ("sources\\..\\..\\evil", "x")), "leads out"),
    "absolute": (ok_entries(project(), ("/etc/evil", "x")), "absolute path"),
    "drive": (ok_entries(project(), ("C:/evil", "x")), "absolute path"),
    "symlink": (ok_entries(project(), (symlink(), "/etc/passwd")), "symbolic link"),
    "twice": (ok_entries(project(), ("sources/doc.txt", "Again")), "twice"),
    "bomb": (
        [("project.qde", project(BOMB)), ("sources/bomb.txt", bytes(30_000_000))],
        r"sources/bomb.txt\) that would unpack to over 100 times",
    ),
    "namespace": (
        ok_entries(project(root='Project xmlns="urn:other"')),
        "its root is <Project> in the namespace “urn:other”",
    ),
    "no-namespace": (ok_entries(project(root="Project")), "namespace “none”"),
    "version": (
        ok_entries(project(root='Project xmlns="urn:QDA-XML:project:2.0"')),
        "version 2.0; Parallax reads version 1.0",
    ),
    "codebook": (
        ok_entries('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>'),
        "holds a codebook, not a project",
    ),
    "beyond": (ok_entries(project(source((3, 99, _id(1))))), "spans 3–99, outside its text of 11"),
    "negative": (ok_entries(project(source((-1, 4, _id(1))))), "spans -1–4"),
    "empty": (ok_entries(project(source((5, 5, _id(1))))), "starts at 5 and ends at 5"),
    "not-number": (ok_entries(project(source(("a", 5, _id(1))))), "not whole numbers"),
    "duplicate": (
        ok_entries(project(source((0, 5, _id(1)), guid=_id(1)))),
        f"the source “Doc” has the guid {_id(1)}, which the code “Turkey” has too",
    ),
    "unknown-code": (
        ok_entries(project(source((0, 5, _id(9))))),
        f"selection {_id(100)} in “Doc” is coded with {_id(9)}, which is not a code",
    ),
    "missing-text": (
        [("project.qde", project(source((0, 5, _id(1)))))],
        r"the text of the source “Doc” \(internal://doc.txt\) is not in the archive",
    ),
    "not-utf8": (
        [("project.qde", project(source())), ("sources/doc.txt", "Café".encode("cp1252"))],
        r"\(sources/doc.txt\) is not UTF-8 \(byte 3 cannot be read\)",
    ),
}


@pytest.mark.parametrize(("name"), list(BAD))
def test_bad_projects_are_refused_by_name(tmp_path: Path, name: str) -> None:
    content, message = BAD[name]
    path = tmp_path / f"{name}.qdpx"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        make_qdpx(path, content)
    with pytest.raises(IncomingError, match=message) as caught:
        read_qdpx(path)
    assert str(caught.value).startswith(str(path))
    assert sorted(tmp_path.iterdir()) == [path]  # nothing unpacked or written


def test_many_problems_are_counted_after_the_first_five(tmp_path: Path) -> None:
    selections = [(0, 99, _id(1))] * 7
    path = make_qdpx(tmp_path / "many.qdpx", ok_entries(project(source(*selections))))
    with pytest.raises(IncomingError) as caught:
        read_qdpx(path)
    lines = str(caught.value).splitlines()
    assert lines[0] == f"{path} cannot be imported as a REFI-QDA project:"
    first = f"  - selection {_id(100)} in “Doc” spans 0–99, outside its text of 11 characters"
    assert lines[1] == first
    assert len(lines) == 7 and lines[-1] == "  … and 2 more problems."


def test_archive_limits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_qdpx(tmp_path / "ok.qdpx", ok_entries(project(source((0, 5, _id(1))))))
    assert [a.start for a in read_qdpx(path).annotations] == [0]
    monkeypatch.setattr(refi_qda, "MAX_UNPACKED", 100)  # project.qde alone is more
    with pytest.raises(IncomingError, match="would unpack to more than"):
        read_qdpx(path)
    monkeypatch.undo()
    monkeypatch.setattr(archive, "MAX_ENTRIES", 1)
    with pytest.raises(IncomingError, match="holds 2 entries"):
        read_qdpx(path)


def test_missing_optional_parts_are_fine(tmp_path: Path) -> None:
    path = make_qdpx(tmp_path / "bare.qdpx", [("project.qde", f'<Project xmlns="{NS}" name="P"/>')])
    incoming = read_qdpx(path)
    assert (incoming.documents, incoming.tags, incoming.annotations) == ([], [], [])


def test_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(IncomingError, match="is a folder"):
        read_qdpx(tmp_path)
    with pytest.raises(IncomingError, match="does not exist"):
        read_qdc(tmp_path / "gone.qdc")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<CodeBook", "is not well-formed XML"),
        (BILLION_LAUGHS.replace("Project", "CodeBook").encode(), "declares entities"),
        (b"PK\x03\x04 rest of a zip", "is a zip archive, not a codebook"),
        (f'<Project xmlns="{NS}" name="P"/>'.encode(), "holds a project, not a codebook"),
        (b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>', "the codebook has no <Codes>"),
        (
            f'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="{_id(1)}" name="A" '
            f'isCodable="true"/><Code guid="{_id(1)}" name="B" isCodable="true"/></Codes>'
            "</CodeBook>".encode(),
            f"the code “B” has the guid {_id(1)}, which the code “A” has too",
        ),
    ],
    ids=["malformed", "entities", "zip", "project", "no-codes", "duplicate"],
)
def test_bad_codebooks_are_refused_by_name(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.qdc"
    path.write_bytes(content)
    with pytest.raises(IncomingError, match=message) as caught:
        read_qdc(path)
    assert str(caught.value).startswith(str(path))
