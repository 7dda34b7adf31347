"""OpenDocument and EPUB files built by the tests, hostile packages, and the encoding
guess shown before importing plain text and web pages."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from desktop.core import text as textmod
from desktop.core.importers import base
from desktop.core.importers.base import ImportFailure
from desktop.core.importers.reading import guess, preview, read_file
from desktop.core.importing import Importer
from desktop.core.project import ProjectService
from desktop.core.store import Store

RUSSIAN = (
    "Россия предложила провести переговоры между Арменией и Азербайджаном. Министр "
    "иностранных дел Сергей Лавров призвал стороны немедленно прекратить огонь. "
) * 3


def package(mimetype: str, files: dict[str, str | bytes], *, first: bool = True) -> bytes:
    """A zip as ODF and EPUB want it: the mimetype first and stored, the rest deflated."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if first:
            archive.writestr(zipfile.ZipInfo("mimetype"), mimetype, zipfile.ZIP_STORED)
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<lolz>&lol9;</lolz>"""

# -- OpenDocument text -------------------------------------------------------------------

ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:xlink="http://www.w3.org/1999/xlink"'
)
ODT_BODY = (
    # Tracked deletions and a table of contents come first in real files: neither is text.
    '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>'
    "<office:change-info><dc:creator>X</dc:creator></office:change-info>"
    "<text:p>đoạn đã xoá</text:p></text:deletion></text:changed-region></text:tracked-changes>"
    "<text:table-of-content><text:index-body><text:p>Mục lục 1</text:p></text:index-body>"
    "</text:table-of-content>"
    '<text:h text:outline-level="1">Thổ Nhĩ Kỳ kêu gọi '
    '<text:span text:style-name="T1">ngừng <text:span>bắn</text:span></text:span></text:h>'
    '<text:p>Nga đề nghị<text:s text:c="3"/>đàm phán 😀<text:note text:id="n1" '
    'text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>'
    '<text:p>Theo <text:a xlink:href="https://example.org">báo\n   Mẫu</text:a>.</text:p>'
    "</text:note-body></text:note>.</text:p>"
    '<text:p>Cột<text:tab/>hai<text:line-break/>dòng<text:s/> mới<text:bookmark text:name="b"/>'
    "<office:annotation><dc:creator>R</dc:creator><text:p>bình luận</text:p></office:annotation>"
    "</text:p>"
    "<text:list><text:list-item><text:p>Armenia</text:p></text:list-item>"
    "<text:list-item><text:p>Azerbaijan</text:p><text:list><text:list-item>"
    "<text:p>Baku</text:p></text:list-item></text:list></text:list-item></text:list>"
    '<table:table table:name="T1"><table:table-column table:number-columns-repeated="3"/>'
    "<table:table-header-rows><table:table-row>"
    "<table:table-cell><text:p>Bên</text:p></table:table-cell>"
    "<table:table-cell><text:p>Tuyên bố</text:p></table:table-cell>"
    "<table:table-cell/></table:table-row></table:table-header-rows>"
    "<table:table-row><table:table-cell><text:p>Армения</text:p></table:table-cell>"
    "<table:table-cell><text:p>ngừng</text:p><text:p>bắn</text:p></table:table-cell>"
    "<table:covered-table-cell/></table:table-row></table:table>"
    "<text:p/>"
    "<text:p><draw:frame><draw:text-box><text:p>Chú thích ảnh</text:p></draw:text-box>"
    "</draw:frame>Hết.</text:p>"
)
ODT_TEXT = (
    "Thổ Nhĩ Kỳ kêu gọi ngừng bắn\n"
    "Nga đề nghị   đàm phán 😀[1].\n"
    "Cột\thai\ndòng  mới\n"
    "Armenia\nAzerbaijan\nBaku\n"
    "Bên\tTuyên bố\n"
    "Армения\tngừng bắn\n"
    "Hết.\n"
    "Chú thích ảnh\n"
    "[1] Theo báo Mẫu."
)
ODT_META = (
    f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {ODF_NS}><office:meta>'
    "<meta:initial-creator>Phóng viên B</meta:initial-creator>"
    "<dc:creator>Biên tập viên</dc:creator><dc:title>Báo cáo  Karabakh</dc:title>"
    "<dc:language>vi-VN</dc:language>"
    "<meta:creation-date>2020-10-02T09:30:00.123</meta:creation-date>"
    "<dc:date>2021-01-05T10:00:00</dc:date></office:meta></office:document-meta>"
)


def content_xml(body: str, kind: str = "text") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF_NS} '
        f'office:version="1.3"><office:body><office:{kind}>{body}</office:{kind}>'
        "</office:body></office:document-content>"
    )


def odt(body: str = ODT_BODY, changes: dict[str, str | bytes | None] | None = None) -> bytes:
    parts: dict[str, str | bytes | None] = {
        "META-INF/manifest.xml": '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
        'opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/></manifest:manifest>',
        "content.xml": content_xml(body),
        "meta.xml": ODT_META,
    }
    parts.update(changes or {})
    present = {name: data for name, data in parts.items() if data is not None}
    return package("application/vnd.oasis.opendocument.text", present)


def test_odt_text_in_document_order_with_footnotes_last(tmp_path: Path) -> None:
    found = read_file(write(tmp_path, "báo cáo.odt", odt()))
    assert found.text == ODT_TEXT
    assert (found.title, found.author, found.language, found.published, found.encoding) == (
        "Báo cáo Karabakh",
        "Phóng viên B",  # the initial creator, not whoever saved it last
        "vi",
        "2020-10-02",  # created, not last saved
        "odt",
    )


def test_odt_without_metadata_falls_back_to_the_file_name_and_detection(tmp_path: Path) -> None:
    body = f"<text:p>{RUSSIAN}</text:p>"
    found = read_file(write(tmp_path, "сводка.odt", odt(body, {"meta.xml": None})))
    assert found.text == RUSSIAN
    assert (found.title, found.language, found.author, found.published) == (
        "сводка", "ru", "", ""
    )  # fmt: skip
    # dc:creator alone is the author when there is no initial creator; dc:date the date.
    meta = ODT_META.replace("<meta:initial-creator>Phóng viên B</meta:initial-creator>", "")
    meta = meta.replace("<meta:creation-date>2020-10-02T09:30:00.123</meta:creation-date>", "")
    found = read_file(write(tmp_path, "b.odt", odt(body, {"meta.xml": meta})))
    assert (found.author, found.published) == ("Biên tập viên", "2021-01-05")


def _truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _corrupted(data: bytes) -> bytes:
    """The compressed bytes of content.xml overwritten, the zip's directory intact."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo("content.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    return data[:start] + bytes(range(40)) + data[start + 40 :]


ENCRYPTED_MANIFEST = (
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
    '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"/>'
    "</manifest:file-entry></manifest:manifest>"
)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"Nga \xc4\x91\xe1\xbb\x81 ngh\xe1\xbb\x8b", "not a readable OpenDocument text"),
        (_truncated(odt()), "not a readable OpenDocument text"),
        (_corrupted(odt()), "damaged OpenDocument text"),
        (odt(changes={"content.xml": None}), "damaged OpenDocument text: content.xml is missing"),
        (odt(changes={"content.xml": BILLION_LAUGHS}), r"XML \(content.xml\) that declares"),
        (odt(changes={"content.xml": "<office:document"}), "content.xml is not well-formed"),
        (odt(changes={"meta.xml": BILLION_LAUGHS}), r"XML \(meta.xml\) that declares"),
        (
            odt(changes={"content.xml": content_xml("<table:table/>", "spreadsheet")}),
            "not an OpenDocument text document \\(it holds a spreadsheet\\)",
        ),
        (odt(changes={"META-INF/manifest.xml": ENCRYPTED_MANIFEST}), "password-protected"),
        (odt("<text:p> </text:p><text:p><text:s/></text:p>"), "has no text"),
        (odt("<text:p>" + "<text:span>" * 5000 + "x" + "</text:span>" * 5000 + "</text:p>"),
         "nested too deeply"),
    ],
    ids=[
        "not-zip", "truncated", "corrupted", "no-content", "bomb", "malformed", "meta-bomb",
        "spreadsheet", "password", "empty", "deep",
    ],
)  # fmt: skip
def test_bad_odt_files_are_refused_with_a_reason(tmp_path: Path, data: bytes, message: str) -> None:
    with pytest.raises(ImportFailure, match=message):
        read_file(write(tmp_path, "bad.odt", data))


def test_zip_bombs_are_refused_before_they_fill_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 4 × MAX_BYTES of unpacked members at most; with a small limit, a small file will do.
    monkeypatch.setattr(base, "MAX_BYTES", 10_000)
    small = odt("<text:p>ngắn</text:p>")
    assert read_file(write(tmp_path, "ok.odt", small)).text == "ngắn"
    bomb = odt("<text:p>" + "a" * 50_000 + "</text:p>")
    assert len(bomb) < 10_000  # small on disk, large unpacked
    with pytest.raises(ImportFailure, match="would unpack to more than"):
        read_file(write(tmp_path, "bomb.odt", bomb))
    # A header that understates the size does not get past the budget either.
    lying = bytearray(bomb)
    with zipfile.ZipFile(io.BytesIO(bomb)) as archive:
        info = archive.getinfo("content.xml")
    for offset in (info.header_offset + 22, bytes(lying).rindex(b"content.xml") - 46 + 24):
        lying[offset : offset + 4] = (100).to_bytes(4, "little")
    with pytest.raises(ImportFailure, match=r"would unpack|damaged"):
        read_file(write(tmp_path, "lying.odt", bytes(lying)))


# -- EPUB ---------------------------------------------------------------------------------

CONTAINER = (
    '<?xml version="1.0"?><container version="1.0" '
    'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
    '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
    "</rootfiles></container>"
)
OPF = """<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid">
 <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
  <dc:identifier id="uid">urn:uuid:0b0e4a2c-1c7e-4a55-9d55-3a1f1b2c3d4e</dc:identifier>
  <dc:identifier>https://example.org/karabakh</dc:identifier>
  <dc:title id="sub">Một cuộc chiến</dc:title>
  <dc:title id="main">Xung đột  Karabakh</dc:title>
  <meta refines="#main" property="title-type">main</meta>
  <meta refines="#sub" property="title-type">subtitle</meta>
  <dc:language>vi</dc:language>
  <dc:creator id="ill">Họa sĩ C</dc:creator>
  <meta refines="#ill" property="role" scheme="marc:relators">ill</meta>
  <dc:creator id="aut">Phóng viên A</dc:creator>
  <meta refines="#aut" property="role" scheme="marc:relators">aut</meta>
  <dc:date>2020-10-01T08:00:00Z</dc:date>
  <dc:publisher>Nhà xuất bản Mẫu</dc:publisher>
  <meta property="dcterms:modified">2024-01-01T00:00:00Z</meta>
 </metadata>
 <manifest>
  <item id="ch2" href="Text/ch%C6%B0%C6%A1ng%202.xhtml" media-type="application/xhtml+xml"/>
  <item id="notes" href="Text/notes.xhtml" media-type="application/xhtml+xml"/>
  <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
  <item id="cover" href="Images/cover.svg" media-type="image/svg+xml"/>
  <item id="ch1" href="Text/ch1.xhtml" media-type="application/xhtml+xml"/>
  <item id="font" href="Fonts/f.otf" media-type="font/otf"/>
 </manifest>
 <spine>
  <itemref idref="cover"/>
  <itemref idref="nav"/>
  <itemref idref="ch1"/>
  <itemref idref="notes" linear="no"/>
  <itemref idref="ch2"/>
 </spine>
</package>"""


def xhtml(body: str, encoding: str = "UTF-8", title: str = "Tựa") -> str:
    return (
        f'<?xml version="1.0" encoding="{encoding}"?>\n<!DOCTYPE html>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" '
        f'lang="vi" xml:lang="vi"><head><title>{title}</title><link rel="stylesheet" '
        f'href="../s.css"/></head><body>{body}</body></html>'
    )


CHAPTERS: dict[str, str | bytes] = {
    "OEBPS/Text/ch1.xhtml": xhtml(
        '<section epub:type="chapter"><header><h1>Chương 1</h1></header>'
        "<p>Thổ Nhĩ Kỳ kêu gọi <span>ngừng</span> bắn 😀.</p><p>Nga đề nghị<br/>đàm phán.</p>"
        "</section>"
    ),
    # Declared in its XML declaration as a legacy encoding, and read that way.
    "OEBPS/Text/chương 2.xhtml": xhtml(
        f"<h2>Глава 2</h2><p>{RUSSIAN}</p>", "windows-1251", "Глава"
    ).encode("cp1251"),
    "OEBPS/Text/notes.xhtml": xhtml("<aside>ẩn</aside><p>Ghi chú 1.</p>"),
    "OEBPS/nav.xhtml": xhtml('<nav epub:type="toc"><ol><li>Chương 1</li></ol></nav>'),
    "OEBPS/Images/cover.svg": '<svg xmlns="http://www.w3.org/2000/svg"><text>Bìa</text></svg>',
    "OEBPS/Fonts/f.otf": b"\x00\x01\x00\x00font",
}
EPUB_TEXT = (
    "Chương 1\nThổ Nhĩ Kỳ kêu gọi ngừng bắn 😀.\nNga đề nghị\nđàm phán.\n\n"
    f"Глава 2\n{RUSSIAN.strip()}\n\n"
    "Ghi chú 1."
)


def epub(**changes: str | bytes | None) -> bytes:
    parts: dict[str, str | bytes | None] = {
        "META-INF/container.xml": CONTAINER,
        "OEBPS/content.opf": OPF,
        **CHAPTERS,
    }
    parts.update(changes)
    present = {name: data for name, data in parts.items() if data is not None}
    return package("application/epub+zip", present)


def encryption(uri: str, algorithm: str) -> str:
    return (
        '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
        'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>'
        f'<enc:EncryptionMethod Algorithm="{algorithm}"/><enc:CipherData>'
        f'<enc:CipherReference URI="{uri}"/></enc:CipherData></enc:EncryptedData></encryption>'
    )


def test_epub_chapters_in_spine_order_with_the_package_metadata(tmp_path: Path) -> None:
    found = read_file(write(tmp_path, "book.epub", epub()))
    # The spine's order (ch1, then ch2; the non-linear notes last), not the manifest's;
    # the table of contents (nav) and the SVG cover give no text.
    assert found.text == EPUB_TEXT
    assert (found.title, found.language, found.author, found.published) == (
        "Xung đột Karabakh",
        "vi",
        "Phóng viên A",  # the illustrator is a creator, not an author
        "2020-10-01",
    )
    assert (found.url, found.source, found.encoding) == (
        "https://example.org/karabakh",
        "Nhà xuất bản Mẫu",
        "epub",
    )


def test_epub_2_metadata_and_obfuscated_fonts(tmp_path: Path) -> None:
    opf = (
        OPF.replace('version="3.0"', 'version="2.0"')
        .replace('xmlns:dc="http://purl.org/dc/elements/1.1/"',
                 'xmlns:dc="http://purl.org/dc/elements/1.1/" '
                 'xmlns:opf="http://www.idpf.org/2007/opf"')
        .replace('<dc:creator id="ill">', '<dc:creator opf:role="ill">')
        .replace('<dc:creator id="aut">', '<dc:creator opf:role="aut">')
        .replace("<dc:date>2020-10-01T08:00:00Z</dc:date>",
                 '<dc:date opf:event="modification">2024-02-02</dc:date>'
                 '<dc:date opf:event="publication">2019</dc:date>')
        .replace("<dc:identifier>https://example.org/karabakh</dc:identifier>", "")
    )  # fmt: skip
    # Only the font is "encrypted" (obfuscated): that is not DRM, the book reads.
    fonts = encryption("OEBPS/Fonts/f.otf", "http://www.idpf.org/2008/embedding")
    book = epub(**{"OEBPS/content.opf": opf, "META-INF/encryption.xml": fonts})
    found = read_file(write(tmp_path, "b.epub", book))
    assert found.text == EPUB_TEXT
    assert (found.author, found.published, found.url) == ("Phóng viên A", "2019", "")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"META-INF/container.xml": None}, "META-INF/container.xml is missing"),
        ({"OEBPS/content.opf": None}, "OEBPS/content.opf is missing"),
        (
            {"META-INF/container.xml": CONTAINER.replace("rootfile full-path", "rootfile x")},
            "names no package",
        ),
        ({"OEBPS/content.opf": BILLION_LAUGHS}, r"\(OEBPS/content.opf\) that declares"),
        ({"META-INF/container.xml": BILLION_LAUGHS}, r"\(META-INF/container.xml\) that decl"),
        ({"OEBPS/content.opf": OPF[:200]}, "content.opf is not well-formed XML"),
        ({"OEBPS/Text/ch1.xhtml": None}, "OEBPS/Text/ch1.xhtml is missing"),
        ({"OEBPS/content.opf": OPF.replace('idref="ch1"', 'idref="ch9"')}, "“ch9”"),
        ({"OEBPS/content.opf": OPF.split("<spine>")[0] + "<spine/></package>"}, "no chapters"),
        (
            {
                "META-INF/encryption.xml": encryption(
                    "OEBPS/Text/ch%C6%B0%C6%A1ng%202.xhtml",
                    "http://www.w3.org/2001/04/xmlenc#aes128-cbc",
                ),
                "META-INF/rights.xml": "<rights/>",
                "OEBPS/Text/chương 2.xhtml": bytes(range(256)),
            },
            "is protected by DRM",
        ),
    ],
    ids=[
        "no-container", "no-opf", "no-rootfile", "opf-bomb", "container-bomb", "bad-opf",
        "no-chapter", "bad-spine", "empty-spine", "drm",
    ],
)  # fmt: skip
def test_bad_epub_files_are_refused_with_a_reason(
    tmp_path: Path, changes: dict[str, str | bytes | None], message: str
) -> None:
    with pytest.raises(ImportFailure, match=message):
        read_file(write(tmp_path, "bad.epub", epub(**changes)))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.7 renamed to .epub", "not a readable EPUB e-book"),
        (_truncated(epub()), "not a readable EPUB e-book"),
        (b"PK\x03\x04" + bytes(100), "not a readable EPUB e-book"),
    ],
    ids=["not-zip", "truncated", "zip-header-only"],
)
def test_files_that_are_not_epub_archives_are_refused(
    tmp_path: Path, data: bytes, message: str
) -> None:
    with pytest.raises(ImportFailure, match=message):
        read_file(write(tmp_path, "book.epub", data))


def test_importing_an_odt_and_an_epub_lands_one_document_each(
    tmp_path: Path, empty_store: Store
) -> None:
    service = ProjectService(empty_store, coder="t")
    importer = Importer(service)
    (odt_outcome,) = importer.import_all([write(tmp_path, "report.odt", odt())])
    assert odt_outcome.status == "imported" and "read as" not in odt_outcome.message
    (epub_outcome,) = importer.import_all([write(tmp_path, "book.epub", epub())])
    assert epub_outcome.status == "imported" and "read as" not in epub_outcome.message
    documents = service.documents()
    assert [(d.title, d.language, d.original_filename) for d in documents] == [
        ("Báo cáo Karabakh", "vi", "report.odt"),
        ("Xung đột Karabakh", "vi", "book.epub"),
    ]
    assert service.document_text(documents[0].id) == ODT_TEXT
    assert service.document_text(documents[1].id) == EPUB_TEXT
    # Refused files leave nothing behind.
    (bad,) = importer.import_all([write(tmp_path, "drm.epub", _truncated(epub()))])
    assert bad.status == "failed" and len(service.documents()) == 2


# -- the encoding guess shown before importing -------------------------------------------


def test_a_legacy_encoding_is_a_guess_with_a_preview(tmp_path: Path) -> None:
    path = write(tmp_path, "ru.txt", RUSSIAN.encode("cp1251"))
    guessed = guess(path)
    assert guessed.encoding == "cp1251" and not guessed.certain
    assert 0 < guessed.confidence < 1 and "detected" in guessed.basis
    assert guessed.preview == RUSSIAN[:300]


@pytest.mark.parametrize(
    ("data", "encoding", "basis"),
    [
        (RUSSIAN.encode("utf-8"), "utf-8", "valid UTF-8"),
        (b"\xef\xbb\xbf" + RUSSIAN.encode("utf-8"), "utf-8-sig", "byte-order mark"),
        (b"\xff\xfe" + RUSSIAN.encode("utf-16-le"), "utf-16", "byte-order mark"),
    ],
)
def test_unicode_with_a_mark_or_valid_utf8_is_certain(
    tmp_path: Path, data: bytes, encoding: str, basis: str
) -> None:
    guessed = guess(write(tmp_path, "u.md", data))
    assert (guessed.encoding, guessed.certain, guessed.confidence, guessed.basis) == (
        encoding, True, 1.0, basis
    )  # fmt: skip
    assert guessed.preview == RUSSIAN[:300]


def test_a_web_page_shows_its_declared_charset_and_readable_text(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="koi8-r"><title>Т</title><style>p{}</style></head>'
        f"<body><p>{RUSSIAN}</p></body></html>"
    )
    guessed = guess(write(tmp_path, "p.html", page.encode("koi8-r")))
    assert (guessed.encoding, guessed.certain) == ("koi8-r", False)
    assert guessed.preview == RUSSIAN.strip()[:300]  # the text, not the markup
    # A wrong declaration is what the import would use: shown, to be corrected.
    wrong = page.replace("koi8-r", "windows-1251").encode("koi8-r")
    guessed = guess(write(tmp_path, "wrong.html", wrong))
    assert (guessed.encoding, guessed.certain, guessed.basis) == (
        "windows-1251", False, "declared in the page"
    )  # fmt: skip
    assert guessed.preview == RUSSIAN.encode("koi8-r").decode("cp1251").strip()[:300]
    assert preview(tmp_path / "wrong.html", "koi8-r") == RUSSIAN.strip()[:300]
    # ASCII reads the same in any declared charset: nothing to check.
    ascii_page = b'<meta charset="iso-8859-1"><p>' + b"Plain English text. " * 5 + b"</p>"
    assert guess(write(tmp_path, "a.htm", ascii_page)).certain


def test_previewing_another_encoding(tmp_path: Path) -> None:
    data = RUSSIAN.encode("cp1251")
    path = write(tmp_path, "ru.txt", data)
    assert preview(path, "cp1251") == RUSSIAN[:300]
    assert preview(path, "koi8-r") == textmod.normalise(data.decode("koi8-r"))[:300]
    assert preview(path, "koi8-r") != RUSSIAN[:300]
    with pytest.raises(ImportFailure, match="not valid utf-8: byte 0xD0 at offset 0 cannot"):
        preview(path, "utf-8")
    with pytest.raises(ImportFailure, match="“klingon” is not an encoding"):
        preview(path, "klingon")
    with pytest.raises(ImportFailure, match="is empty"):
        guess(write(tmp_path, "empty.txt", b""))
    with pytest.raises(ImportFailure, match="binary"):
        guess(write(tmp_path, "bin.txt", bytes(range(256))))


def test_a_per_file_encoding_wins_over_the_global_one(tmp_path: Path, empty_store: Store) -> None:
    service = ProjectService(empty_store, coder="t")
    folder = tmp_path / "in"
    folder.mkdir()
    data = RUSSIAN.encode("cp1251")
    write(folder, "a.txt", data)
    write(folder, "b.txt", data + b" 2")
    outcomes = list(
        Importer(service).import_all(
            [folder], encoding="cp1251", encodings={folder / "a.txt": "iso-8859-5"}
        )
    )
    assert [(o.path.name, o.status, o.encoding) for o in outcomes] == [
        ("a.txt", "imported", "iso-8859-5"),
        ("b.txt", "imported", "cp1251"),
    ]
    a, b = service.documents()
    assert service.document_text(a.id) == textmod.normalise(data.decode("iso-8859-5"))
    assert service.document_text(b.id) == RUSSIAN + " 2"
    # Without any, each file is detected as before.
    (again,) = Importer(service).import_all([write(tmp_path, "c.txt", data + b" 3")])
    assert again.encoding == "cp1251"
