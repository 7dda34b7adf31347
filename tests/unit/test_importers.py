"""Importers on files the tests write: encodings, web pages, Word files, bad input."""

from __future__ import annotations

import io
import random
import socket
import unicodedata
import zipfile
from pathlib import Path

import pytest

from desktop.core import text as textmod
from desktop.core.importers import base
from desktop.core.importers.base import ImportFailure
from desktop.core.importers.reading import read_file
from desktop.core.importing import Importer
from desktop.core.project import ProjectService
from desktop.core.resources import resource
from desktop.core.store import Store

SAMPLES = {
    "ru": "Россия предложила провести переговоры между Арменией и Азербайджаном. Министр "
    "иностранных дел Сергей Лавров призвал стороны немедленно прекратить огонь. ",
    "tr": "Türkiye, Azerbaycan'a desteğini açıkladı. Dışişleri Bakanlığı, Ermenistan'ın "
    "saldırılarını kınadı ve uluslararası toplumu harekete geçmeye çağırdı. ",
    "zh": "土耳其呼吁停火，俄罗斯提议在亚美尼亚和阿塞拜疆之间举行谈判。"
    "联合国秘书长古特雷斯对冲突升级表示严重关切。",
    "zh-Hant": "土耳其呼籲停火，俄羅斯提議在亞美尼亞和亞塞拜然之間舉行談判。"
    "聯合國秘書長古特雷斯對衝突升級表示嚴重關切。",
    "ja": "トルコは停戦を呼びかけ、ロシアはアルメニアとアゼルバイジャンの間の交渉を提案した。"
    "国連事務総長は深い懸念を表明した。",
    "el": "Η Τουρκία ζήτησε κατάπαυση του πυρός και η Ρωσία πρότεινε διαπραγματεύσεις "
    "μεταξύ Αρμενίας και Αζερμπαϊτζάν. ",
    "ar": "دعت تركيا إلى وقف إطلاق النار واقترحت روسيا إجراء مفاوضات بين أرمينيا وأذربيجان. "
    "وأعرب الأمين العام للأمم المتحدة عن قلقه. ",
    "he": "טורקיה קראה להפסקת אש ורוסיה הציעה משא ומתן בין ארמניה לאזרבייג'ן. "
    'מזכיר האו"ם הביע דאגה עמוקה. ',
    "pl": "Turcja wezwała do zawieszenia broni, a Rosja zaproponowała rozmowy między Armenią "
    "i Azerbejdżanem. Sekretarz generalny ONZ wyraził głębokie zaniepokojenie sytuacją. ",
    "lt": "Turkija paragino nutraukti ugnį, o Rusija pasiūlė derybas tarp Armėnijos ir "
    "Azerbaidžano. Jungtinių Tautų generalinis sekretorius išreiškė gilų susirūpinimą. ",
    "fr": "La Turquie a appelé à un cessez-le-feu et la Russie a proposé des négociations "
    "entre l'Arménie et l'Azerbaïdjan. Le secrétaire général s'est déclaré préoccupé. ",
}

# Encodings told apart by detection alone: the text must come back exactly.
DETECTED = [
    ("ru", "koi8-r"), ("ru", "cp1251"), ("ru", "iso-8859-5"), ("tr", "cp1254"),
    ("tr", "iso-8859-9"), ("zh", "gb18030"), ("zh-Hant", "big5"), ("ja", "shift_jis"),
    ("ja", "euc-jp"), ("el", "cp1253"), ("el", "iso-8859-7"), ("ar", "cp1256"),
    ("ar", "iso-8859-6"), ("he", "cp1255"), ("he", "iso-8859-8"), ("pl", "cp1250"),
    ("fr", "cp1252"), ("fr", "iso-8859-1"), ("fr", "iso-8859-15"),
]  # fmt: skip
# Single-byte encodings that decode the same bytes equally cleanly as a neighbour: the
# guess may be the neighbour, so the user's choice (shown and overridable) must work.
AMBIGUOUS = [("pl", "iso-8859-2"), ("lt", "cp1257"), ("lt", "iso-8859-13")]


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


@pytest.mark.parametrize(("language", "encoding"), DETECTED)
def test_legacy_encodings_are_detected(tmp_path: Path, language: str, encoding: str) -> None:
    body = SAMPLES[language] * 3
    found = read_file(write(tmp_path, "a.txt", body.encode(encoding)))
    assert found.text == textmod.normalise(body)
    assert body.encode(encoding).decode(found.encoding) == body  # the guess shown is right


@pytest.mark.parametrize(("language", "encoding"), AMBIGUOUS + DETECTED)
def test_a_chosen_encoding_overrides_the_guess(
    tmp_path: Path, language: str, encoding: str
) -> None:
    body = SAMPLES[language] * 3
    found = read_file(write(tmp_path, "a.txt", body.encode(encoding)), encoding=encoding)
    assert found.text == textmod.normalise(body) and found.encoding == encoding


def cp1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 writes it: letters with ˆ ˘ ̛ precomposed, tone marks
    as separate combining characters (so the file is not NFC)."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        shape = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append((shape + "".join(c for c in parts if c in tones)).encode("cp1258"))
    return b"".join(out)


def test_vietnamese_in_windows_1258_comes_out_nfc(tmp_path: Path) -> None:
    article = resource("samples", "nagorno-karabakh-vi.txt").read_text(encoding="utf-8")[:3000]
    data = cp1258(article)
    assert "\u0301".encode("cp1258") in data  # really decomposed tone marks
    found = read_file(write(tmp_path, "vi.txt", data))
    assert found.encoding == "cp1258"
    assert found.text == textmod.normalise(article)
    assert unicodedata.is_normalized("NFC", found.text)
    assert found.language == "vi"


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"), ("utf-16-le", b""), ("utf-16-be", b""),
        ("utf-32-le", b"\xff\xfe\x00\x00"), ("utf-32-be", b"\x00\x00\xfe\xff"),
        ("utf-32-le", b""), ("utf-32-be", b""),
    ],
)  # fmt: skip
def test_unicode_with_and_without_byte_order_marks(
    tmp_path: Path, encoding: str, bom: bytes
) -> None:
    body = "Thổ Nhĩ Kỳ 😀 kêu gọi ngừng bắn.\r\nسلام 𠀀 đàm phán.\r\n" * 5
    found = read_file(write(tmp_path, "u.txt", bom + body.encode(encoding)))
    assert found.text == textmod.normalise(body)
    assert "\ufeff" not in found.text and "\r" not in found.text


def test_controls_are_removed_and_tabs_and_newlines_kept(tmp_path: Path) -> None:
    found = read_file(write(tmp_path, "c.md", "# Tiêu đề\x07\n\tdòng\x01 hai\x1b\r\n"))
    assert found.text == "# Tiêu đề\n\tdòng hai\n"
    assert found.title == "c"  # no metadata of its own: the file's name


def test_web_pages_give_readable_text_and_their_metadata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the importer tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    page = """<!DOCTYPE html>
<html lang="vi-VN"><head><meta charset="windows-1258">
<title>Xung đột  Karabakh</title>
<meta name="author" content="Phóng viên A">
<meta property="og:site_name" content="Báo Mẫu">
<meta property="article:published_time" content="2020-10-01T08:00:00+07:00">
<link rel="canonical" href="https://example.org/karabakh">
<link rel="stylesheet" href="https://example.org/s.css">
<script src="https://example.org/x.js"></script>
<script>document.write("<p>không phải bài</p>")</script><style>p { color: red }</style>
</head><body>
<nav><a href="/">Trang chủ</a> | <a href="/tg">Thế giới</a></nav>
<header>Quảng cáo</header>
<article><h1>Thổ Nhĩ Kỳ kêu gọi ngừng bắn</h1>
<p>Nga &amp; Pháp đề nghị   đàm&nbsp;phán.<img src="https://example.org/track.gif"></p>
<p>Hai bên &#x111;ã &lt;tuyên bố&gt;<br>ngừng bắn.</p>
<iframe src="https://example.org/ad"></iframe>
</article><aside>Tin liên quan</aside><footer>© 2020</footer>
<form><input value="Tìm"><button>Tìm kiếm</button></form>
</body></html>"""
    found = read_file(write(tmp_path, "page.html", cp1258(page)))
    assert found.text == (
        "Thổ Nhĩ Kỳ kêu gọi ngừng bắn\n"
        "Nga & Pháp đề nghị đàm phán.\n"
        "Hai bên đã <tuyên bố>\n"
        "ngừng bắn."
    )
    assert found.title == "Xung đột Karabakh"
    assert found.language == "vi"
    assert found.author == "Phóng viên A"
    assert found.source == "Báo Mẫu"
    assert found.published == "2020-10-01T08:00:00+07:00"
    assert found.url == "https://example.org/karabakh"


def test_word_documents_give_paragraphs_tables_and_properties(tmp_path: Path) -> None:
    import datetime

    import docx

    document = docx.Document()
    document.add_heading("Thổ Nhĩ Kỳ kêu gọi ngừng bắn", level=1)
    document.add_paragraph("Nga đề nghị đàm phán 😀.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Bên", "Tuyên bố"
    table.cell(1, 0).text, table.cell(1, 1).text = "Armenia", "ngừng bắn"
    document.add_paragraph("")
    document.add_paragraph("Hết.")
    document.core_properties.title = "Báo cáo Karabakh"
    document.core_properties.author = "Phóng viên B"
    document.core_properties.language = "vi-VN"
    document.core_properties.created = datetime.datetime(2020, 10, 2, 9, 30)
    buffer = io.BytesIO()
    document.save(buffer)
    found = read_file(write(tmp_path, "report.docx", buffer.getvalue()))
    assert found.text == (
        "Thổ Nhĩ Kỳ kêu gọi ngừng bắn\nNga đề nghị đàm phán 😀.\n"
        "Bên\tTuyên bố\nArmenia\tngừng bắn\nHết."
    )
    assert (found.title, found.author, found.language, found.published) == (
        "Báo cáo Karabakh",
        "Phóng viên B",
        "vi",
        "2020-10-02",
    )


def _broken_docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types")
        archive.writestr("word/document.xml", "not xml")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("photo.txt", bytes(range(256)) * 8, "binary"),
        ("empty.txt", b"", "is empty"),
        ("blank.md", b"  \n\t\n", "is empty"),
        ("fake.docx", b"PK not really", "not a readable Word document"),
        ("broken.docx", _broken_docx(), "Word document"),
        ("fake.pdf", b"<html>not a pdf</html>", "not a PDF"),
        ("cut.pdf", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog", "damaged PDF"),
        ("notes.rtf", b"{\\rtf1 hello}", "not a format Parallax imports"),
        (
            "noise.txt",
            bytes(b | 0x80 for b in random.Random(1).randbytes(3000)),
            "could not be decoded",
        ),
        ("surrogates.html", b"\xff\xfe" + b"\x00\xd8A\x00" * 20, "binary"),
    ],
)
def test_bad_files_are_refused_with_a_reason(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    with pytest.raises(ImportFailure, match=message):
        read_file(write(tmp_path, name, data))


def test_oversized_missing_and_folder_paths_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(base, "MAX_BYTES", 1000)
    monkeypatch.setattr("desktop.core.importers.reading.MAX_BYTES", 1000)
    with pytest.raises(
        ImportFailure, match="is 2,000 bytes; a document may be at most 1,000 bytes"
    ):
        read_file(write(tmp_path, "big.txt", "a" * 2000))
    with pytest.raises(ImportFailure, match=r"does not exist \(moved or deleted\?\)"):
        read_file(tmp_path / "gone.txt")
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(ImportFailure, match="is a folder, not a document"):
        read_file(tmp_path / "folder.txt")


def test_a_folder_of_good_and_bad_files(tmp_path: Path, empty_store: Store) -> None:
    """The good files land whole, the bad ones are reported, a duplicate is skipped, and
    nothing of a refused file reaches the project."""
    service = ProjectService(empty_store, coder="t")
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    write(folder, "a.txt", SAMPLES["ru"].encode("koi8-r"))
    write(folder / "sub", "b.md", SAMPLES["fr"])
    write(folder, "c.txt", SAMPLES["fr"])  # the same text again
    write(folder, "d.pdf", b"%PDF-1.4 broken")
    write(folder, "e.txt", b"")
    write(folder, "picture.png", b"\x89PNG\r\n")
    write(folder, ".hidden.txt", "hidden")
    outcomes = list(Importer(service).import_all([folder]))
    by_name = {o.path.name: o for o in outcomes}
    assert [o.path.name for o in outcomes] == [
        "a.txt", "c.txt", "d.pdf", "e.txt", "picture.png", "b.md",
    ]  # fmt: skip
    assert by_name["a.txt"].status == "imported" and by_name["a.txt"].encoding == "koi8_r"
    assert by_name["c.txt"].status == "imported"
    assert by_name["b.md"].status == "duplicate" and "“c”" in by_name["b.md"].message
    assert by_name["d.pdf"].status == "failed" and "PDF" in by_name["d.pdf"].message
    assert by_name["e.txt"].status == "failed" and "empty" in by_name["e.txt"].message
    assert by_name["picture.png"].status == "skipped"
    documents = service.documents()
    assert [(d.title, d.language, d.original_filename) for d in documents] == [
        ("a", "ru", "a.txt"),
        ("c", "fr", "c.txt"),
    ]
    assert service.document_text(documents[0].id) == textmod.normalise(SAMPLES["ru"])
    # Asked for, the duplicate is imported after all; a language given wins over detection.
    again = Importer(service).import_file(
        folder / "sub" / "b.md", allow_duplicates=True, language="xx"
    )
    assert again.status == "imported" and again.document is not None
    assert again.document.language == "xx"


def test_cancelling_stops_between_files(tmp_path: Path, empty_store: Store) -> None:
    service = ProjectService(empty_store, coder="t")
    for n in range(5):
        write(tmp_path, f"{n}.txt", f"{SAMPLES['fr']} {n}")
    seen: list[str] = []
    for outcome in Importer(service).import_all([tmp_path], cancelled=lambda: len(seen) >= 2):
        seen.append(outcome.path.name)
    assert seen == ["0.txt", "1.txt"]
    assert [d.original_filename for d in service.documents()] == ["0.txt", "1.txt"]


@pytest.mark.parametrize("name", ["undefined", "base64", "no-such-codec"])
def test_an_encoding_that_decodes_no_text_is_refused_plainly(tmp_path: Path, name: str) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(f'<html><meta charset="{name}"><p>Xin chào</p></html>'.encode())
    assert read_file(page).text == "Xin chào"  # a bad declaration: detected instead
    text = tmp_path / "a.txt"
    text.write_bytes(b"plain words")
    with pytest.raises(ImportFailure, match="is not an encoding Python knows"):
        read_file(text, encoding=name)


def test_an_articles_own_header_is_kept_and_the_sites_is_not(tmp_path: Path) -> None:
    page = tmp_path / "article.html"
    page.write_text(
        "<html><body><header><nav>Home · World</nav>Daily Site</header>"
        "<main><article><header><h1>Ceasefire agreed</h1><p>By A. Reporter</p></header>"
        "<p>Both sides signed.</p></article></main>"
        "<footer>© Daily Site</footer></body></html>",
        encoding="utf-8",
    )
    assert read_file(page).text == "Ceasefire agreed\nBy A. Reporter\nBoth sides signed."
