"""REFI-QDA export: ``.qdc`` and ``.qdpx`` valid against the published XSDs, with every
source, selection, code and note where the standard puts them."""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
import xmlschema

from desktop.cli import main as cli_main
from desktop.core.exporters import refi_qda
from desktop.core.files import ExportError
from desktop.core.project import ProjectService
from desktop.core.store import Store

XSD = Path(__file__).parent.parent / "data" / "refi-qda"
# The tiny project's project.qde; times vary per run, so they (and random GUIDs) are
# "*" there; placeholders stand for the GUIDs derived from the project uuid.
GOLDEN = XSD / "tiny_project.golden.qde"
P = "{urn:QDA-XML:project:1.0}"
C = "{urn:QDA-XML:codebook:1.0}"
PROJECT_UUID = "00000000-0000-4000-8000-000000000001"


@pytest.fixture(scope="module")
def project_schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(XSD / "Project-mrt2019.xsd"))


@pytest.fixture(scope="module")
def codebook_schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(XSD / "Codebook-mrt2019.xsd"))


def read_qdpx(path: Path) -> tuple[bytes, dict[str, str]]:
    with zipfile.ZipFile(path) as archive:
        assert all(i.compress_type == zipfile.ZIP_DEFLATED for i in archive.infolist())
        names = archive.namelist()
        sources = {n: archive.read(n).decode("utf-8") for n in names if n != "project.qde"}
        return archive.read("project.qde"), sources


def tiny_project(store: Store) -> ProjectService:
    """Emoji and a supplementary-plane ideograph before the passages, a sub-tag, a tag
    used twice, a note, and an annotation by no named coder."""
    service = ProjectService(store, coder="ana")
    service.initialise("Tiny", project_uuid=PROJECT_UUID)
    doc = service.add_document(
        "Emoji", "A 😀 and 𠀀 then Turkey calls.\nCeasefire now.", uuid=_id("d1")
    )
    book = service.codebook
    turkey = book.create_tag("Turkey", "actor", colour="#e41a1c", uuid=_id("a1"))
    erdogan = book.create_tag(
        "Erdoğan", "actor", parent_id=turkey.id, description="President", uuid=_id("a2")
    )
    ceasefire = book.create_tag("Ceasefire", "theme", colour="#4DAF4A", uuid=_id("b1"))
    text = service.document_text(doc.id)
    start = text.index("Turkey")
    service.create_annotation(
        doc.id, start, start + 6, [turkey.id, erdogan.id], note="Named.", uuid=_id("e1")
    )
    start = text.index("Ceasefire")
    service.create_annotation(doc.id, start, start + 9, [ceasefire.id, turkey.id], coder="")
    return service


def _id(suffix: str) -> str:
    return f"00000000-0000-4000-8000-{suffix:0>12}"


def test_sample_qdpx_is_valid_and_complete(
    service: ProjectService, tmp_path: Path, project_schema: xmlschema.XMLSchema
) -> None:
    out = tmp_path / "sample.qdpx"
    assert refi_qda.export_qdpx(service, out) == len(service.annotations())
    qde, sources = read_qdpx(out)
    project_schema.validate(qde)
    root = ET.fromstring(qde)
    assert root.get("origin", "").startswith("Parallax")

    documents = service.documents()
    assert set(sources) == {f"sources/{d.uuid}.txt" for d in documents}
    texts = {}
    for document in documents:
        texts[document.uuid] = service.document_text(document.id)
        assert sources[f"sources/{document.uuid}.txt"] == texts[document.uuid]

    tag_uuid = {t.id: t.uuid for t in service.tags()}
    selections = {
        s.get("guid", ""): (src.get("guid", ""), s)
        for src in root.iter(f"{P}TextSource")
        for s in src.iter(f"{P}PlainTextSelection")
    }
    annotations = service.annotations()
    assert len(selections) == len(annotations)
    for item in annotations:
        source_guid, selection = selections[item.uuid]
        start, end = int(selection.get("startPosition", "")), int(selection.get("endPosition", ""))
        assert (start, end) == (item.start, item.end)
        assert texts[source_guid][start:end] == item.quote
        refs = [r.get("targetGUID") for r in selection.iter(f"{P}CodeRef")]
        assert refs == [tag_uuid[t] for t in item.tag_ids]
        description = selection.find(f"{P}Description")
        assert (description.text if description is not None else "") == item.note
    assert any(a.note for a in annotations)  # the sample does carry notes

    users = {u.get("guid"): u.get("name") for u in root.iter(f"{P}User")}
    assert set(users.values()) == {"sample"}
    for selection in root.iter(f"{P}PlainTextSelection"):
        assert selection.get("creatingUser") in users
        assert re.fullmatch(
            r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", selection.get("creationDateTime", "")
        )


def test_sample_qdc_is_valid_with_kinds_on_top(
    service: ProjectService, tmp_path: Path, codebook_schema: xmlschema.XMLSchema
) -> None:
    book = service.codebook
    parent = next(t for t in service.tags() if t.name == "Turkey")
    child = book.create_tag("Erdoğan (sub)", parent.kind, parent_id=parent.id, colour="#abcdef")
    out = tmp_path / "codebook.qdc"
    tags = service.tags()
    assert refi_qda.export_qdc(service, out) == len(tags)
    codebook_schema.validate(str(out))

    codes = ET.parse(out).getroot().find(f"{C}Codes")
    assert codes is not None
    kinds = {t.kind for t in tags}
    top = list(codes)
    assert [c.get("name") for c in top] == sorted(kinds)
    assert all(c.get("isCodable") == "false" for c in top)
    info = service.info()
    for group in top:
        kind = group.get("name", "")
        assert group.get("guid") == str(uuid.uuid5(uuid.UUID(info.uuid), f"kind/{kind}"))
        assert {c.get("guid") for c in group} == {
            t.uuid for t in tags if t.kind == kind and t.parent_id is None
        }
    everything = [c.get("guid") for c in codes.iter(f"{C}Code")]
    assert len(everything) == len(set(everything)) == len(tags) + len(kinds)
    nested = codes.find(f".//{C}Code[@guid='{parent.uuid}']/{C}Code")
    assert nested is not None and nested.get("guid") == child.uuid
    assert nested.get("color") == "#ABCDEF" and nested.get("isCodable") == "true"
    described = codes.find(f".//{C}Code[@guid='{parent.uuid}']/{C}Description")
    assert described is not None and described.text == parent.description


def test_code_points_with_astral_characters(
    empty_store: Store, tmp_path: Path, project_schema: xmlschema.XMLSchema
) -> None:
    service = tiny_project(empty_store)
    out = tmp_path / "tiny.qdpx"
    assert refi_qda.export_qdpx(service, out) == 2
    qde, sources = read_qdpx(out)
    project_schema.validate(qde)
    text = sources[f"sources/{_id('d1')}.txt"]
    assert text == service.document_text(service.documents()[0].id)
    spans = [
        (int(s.get("startPosition", "")), int(s.get("endPosition", "")))
        for s in ET.fromstring(qde).iter(f"{P}PlainTextSelection")
    ]
    assert [text[start:end] for start, end in spans] == ["Turkey", "Ceasefire"]
    # Code points, not UTF-16 units: the emoji and 𠀀 count one each (UTF-16 would say 17).
    assert spans[0][0] == 15
    assert len(text[:15].encode("utf-16-le")) // 2 == 17


def test_tag_used_twice_is_one_code(
    empty_store: Store, tmp_path: Path, project_schema: xmlschema.XMLSchema
) -> None:
    service = tiny_project(empty_store)
    root, _, _ = refi_qda.build_project(service)
    guids = [c.get("guid") for c in root.iter("Code")]
    assert guids.count(_id("a1")) == 1
    refs = [r.get("targetGUID") for r in root.iter("CodeRef")]
    assert refs.count(_id("a1")) == 2


def test_tiny_project_structure(empty_store: Store) -> None:
    service = tiny_project(empty_store)
    root, texts, count = refi_qda.build_project(service)
    ET.indent(root)
    xml = ET.tostring(root, encoding="unicode")
    xml = re.sub(r'(DateTime|origin)="[^"]*"', r'\1="*"', xml)
    xml = re.sub(r'(<Coding guid|PlainTextSelection guid)="(?!00000000)[^"]*"', r'\1="*"', xml)
    namespace = uuid.UUID(PROJECT_UUID)
    expected = (
        GOLDEN.read_text(encoding="utf-8").rstrip("\n").replace('origin="Parallax *"', 'origin="*"')
    )
    for placeholder, name in (
        ("USER_EMPTY", "user/"),
        ("USER_ANA", "user/ana"),
        ("KIND_ACTOR", "kind/actor"),
        ("KIND_THEME", "kind/theme"),
    ):
        expected = expected.replace(placeholder, str(uuid.uuid5(namespace, name)))
    assert xml == expected
    assert count == 2 and list(texts) == [f"sources/{_id('d1')}.txt"]


def test_empty_codebook_cannot_be_a_qdc(empty_store: Store, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="no tags"):
        refi_qda.export_qdc(ProjectService(empty_store), tmp_path / "x.qdc")
    assert not (tmp_path / "x.qdc").exists()


def test_empty_project_qdpx_is_valid(
    empty_store: Store, tmp_path: Path, project_schema: xmlschema.XMLSchema
) -> None:
    out = tmp_path / "empty.qdpx"
    assert refi_qda.export_qdpx(ProjectService(empty_store), out) == 0
    qde, sources = read_qdpx(out)
    project_schema.validate(qde)  # lists that would be empty are left out
    assert sources == {}


def test_cli_exports_both(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for form in ("qdpx", "qdc"):
        out = tmp_path / f"out.{form}"
        assert (
            cli_main(["export", "--project", str(sample_path), "--format", form, "--out", str(out)])
            == 0
        )
        assert out.stat().st_size > 0
    assert "Exported 16 annotations" in capsys.readouterr().out


def test_a_coder_called_unknown_and_one_without_a_name_stay_apart(
    empty_store: Store, tmp_path: Path
) -> None:
    service = ProjectService(empty_store)
    document = service.add_document("Two coders", "Alpha beta gamma.")
    tag = service.codebook.create_tag("Alpha", "actor")
    service.create_annotation(document.id, 0, 5, [tag.id], coder="unknown")
    service.create_annotation(document.id, 6, 10, [tag.id], coder="")
    path = tmp_path / "coders.qdpx"
    refi_qda.export_qdpx(service, path)
    qde, _ = read_qdpx(path)
    names = re.findall(r'<User [^>]*name="([^"]*)"', qde.decode("utf-8"))
    assert len(names) == 2 and len(set(names)) == 2 and "unknown" in names
