"""``parallax --smoke-test``: the whole app once, end to end, in a temporary folder.

It shows that a build works on a machine without Python (``dist/parallax/parallax
--smoke-test``) and runs the same from source (``python -m desktop --smoke-test``). All of
it goes through the real window and its session, as a user's clicks do, in a temporary
folder that also stands in for the user's data and settings folders, so nothing of the
user's is read or changed. It prints each step and exits 0, or 1 naming what failed.
"""

from __future__ import annotations

import json
import os
import platform
import re
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.version import app_version

TIMEOUT = 60.0  # seconds for any one wait; a healthy run takes a few seconds in all


class SmokeFailure(Exception):
    """A step did not do what it should; the message says which and how."""


def run() -> int:
    started = time.perf_counter()
    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    print(f"Parallax {app_version()} smoke test ({frozen}; Python {platform.python_version()})")
    with tempfile.TemporaryDirectory(prefix="parallax-smoke-") as name:
        folder = Path(name).resolve()
        try:
            _isolate(folder)
            _steps(folder)
        except SmokeFailure as error:
            print(f"smoke test FAILED: {error}", file=sys.stderr)
            return 1
        except Exception:
            traceback.print_exc()
            print("smoke test FAILED with the error above", file=sys.stderr)
            return 1
    print(f"smoke test passed in {time.perf_counter() - started:.1f} s")
    return 0


def _step(message: str) -> None:
    print(f"  ok  {message}", flush=True)


def _check(condition: object, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


def _isolate(folder: Path) -> None:
    """Point the per-user folders into ``folder`` and pick a display, before any is used."""
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[variable] = str(folder / "home" / variable.split("_")[1].lower())
    for name in ("APPDATA", "LOCAL_APPDATA"):  # platformdirs on Windows
        os.environ[f"WIN_PD_OVERRIDE_{name}"] = str(folder / "home" / name.lower())
    from desktop.core import backups, user_dirs

    for where in (user_dirs.data_dir(), user_dirs.config_dir(), backups.backups_root()):
        _check(where.is_relative_to(folder), f"{where} is a real user folder; nothing was run")
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"  in a temporary folder: {folder}")


def _wait(app: Any, done: Callable[[], object], what: str) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not done():
        if time.monotonic() > deadline:
            raise SmokeFailure(f"timed out after {TIMEOUT:.0f} s waiting for {what}")
        app.processEvents()
        time.sleep(0.01)


def _shared_driver() -> None:
    """Shared projects need psycopg's compiled driver and its libpq in the bundle (it is
    loaded by name, which a bundler can miss); an address is parsed as the window would."""
    import psycopg

    from desktop.core.shared_store import parse

    _check(psycopg.pq.__impl__ == "binary", f"psycopg's driver is {psycopg.pq.__impl__}")
    libpq = psycopg.pq.version()
    _check(libpq >= 120000, f"libpq {libpq} is too old")
    _check(parse("postgresql://ana@host/db").drivername == "postgresql+psycopg", "bad address")
    _step(f"the PostgreSQL driver loads (psycopg {psycopg.__version__}, libpq {libpq})")


def _steps(folder: Path) -> None:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from desktop.core import health
    from desktop.core.locations import open_project
    from desktop.core.sample import fill_sample
    from desktop.core.store import Store
    from desktop.ui.app_icon import app_icon
    from desktop.ui.main_window import open_window

    qInstallMessageHandler(_qt_message)
    _shared_driver()
    project = folder / "sample.parallax"
    Store.create(project, fill_sample).close()  # the sample, from the bundled resources
    store = open_project(project)  # as ``parallax --project`` opens it
    app = QApplication([sys.argv[0]])
    app.setApplicationName("Parallax")
    app.setWindowIcon(app_icon())
    _check(not app.windowIcon().isNull(), "the app icon did not render")
    print(f"  Qt {pyside_version} on the {app.platformName()} platform")
    settings = QSettings(str(folder / "parallax.ini"), QSettings.Format.IniFormat)
    try:
        window = open_window(store, settings)
        window.show()
        _wait(app, window.isVisible, "the window to show")
        panes = window.reader.panes()
        languages = [p.document_info.language for p in panes if p.document_info]
        session = window.session
        _check(len(panes) == 2 and all(p.annotations for p in panes), "sample panes not shown")
        _step(
            f"sample opened in the window: {len(session.documents())} documents side by "
            f"side ({', '.join(languages)}), {len(session.service.annotations())} annotations "
            f"highlighted, {len(session.tags())} tags"
        )
        tagged = _tag_a_passage(app, window)
        _export_and_verify(window, tagged, folder)
        _import_each_format(app, window, folder)
        window.close()
        _wait(app, lambda: not window.isVisible(), "the window to close")
        report = health.check(store)
        _check(report.verdict == "ok", report.report())
        _step("window closed; the project checked: " + ", ".join(c.name for c in report.checks))
        _translations()
    finally:
        store.close()


def _translations() -> None:
    """Every shipped language's catalogues compile (or come built) and translate."""
    from PySide6.QtCore import QTranslator

    from desktop.ui import i18n

    expected = {"id": ("&Berkas", "Batal"), "vi": ("&Tệp", "Hủy")}
    for code, (file_menu, cancel) in expected.items():
        found = []
        for name, context, source in (
            ("parallax", "MainWindow", "&File"),
            ("qt", "QPlatformTheme", "Cancel"),
        ):
            translator = QTranslator()
            path = i18n.compiled_catalogue(name, code)
            _check(translator.load(str(path)), f"{path} did not load")
            found.append(translator.translate(context, source))
        _check(found == [file_menu, cancel], f"{code}: {found} instead of {[file_menu, cancel]}")
    _step("interface translations load: " + ", ".join(i18n.LANGUAGES[c] for c in expected))


def _qt_message(kind: Any, context: Any, message: str) -> None:
    """Qt's warnings, indented among the steps; the offscreen platform's notes left out."""
    if "does not support propagateSizeHints" not in message:
        print(f"  Qt: {message}", file=sys.stderr, flush=True)


def _tag_a_passage(app: Any, window: Any) -> dict[str, Any]:
    """Select a passage in the second pane and tag it from the Tag menu, as a reader does;
    then undo and redo it from the Edit actions."""
    session = window.session
    pane = window.reader.panes()[-1]
    document = pane.document_info
    body = session.service.document_text(document.id)
    found = re.compile(r"\b\w+(?:\W+\w+){3}").search(body, len(body) // 2)
    _check(found, "no passage of four words in the sample")
    start, end = found.span()
    tag = next(t for t in session.tags() if t.kind == "theme")
    before = len(session.service.annotations())
    pane.view.setFocus()
    pane.select_span(start, end)
    _check(pane.selection_span() == (start, end), "selecting the passage did not select it")
    menus = [a.menu() for a in window.tag_menu.actions() if a.menu()]
    action = next(
        (a for m in menus for a in m.actions() if a.text().replace("&&", "&") == tag.name), None
    )
    _check(action is not None, f"the Tag menu has no action for {tag.name!r}")
    action.trigger()
    app.processEvents()
    made = [a for a in session.service.annotations() if (a.start, a.end) == (start, end)]
    _check(len(session.service.annotations()) == before + 1 and made, "no annotation was made")
    annotation = made[0]
    _check(annotation.quote == body[start:end], "the annotation's quote is not its passage")
    _check(tag.id in annotation.tag_ids, "the annotation does not carry the tag")
    _check(annotation.id in {a.id for a in pane.annotations}, "the passage is not highlighted")
    _step(
        f"tagged “{annotation.quote}” ({document.language}, code points {start}–{end}) as "
        f"{tag.name} from the Tag menu; highlighted in its pane"
    )
    window.actions.undo.trigger()
    app.processEvents()
    _check(len(session.service.annotations()) == before, "Undo did not remove the annotation")
    window.actions.redo.trigger()
    app.processEvents()
    back = [a for a in session.service.annotations() if a.uuid == annotation.uuid]
    _check(back and (back[0].start, back[0].end) == (start, end), "Redo did not restore it")
    _step("Edit → Undo removed it and Redo restored it")
    return {"uuid": annotation.uuid, "start": start, "end": end, "quote": annotation.quote,
            "tag": tag, "document_uuid": document.uuid, "text": body}  # fmt: skip


def _export_and_verify(window: Any, tagged: dict[str, Any], folder: Path) -> None:
    """Export as the File → Export dialog does (its writers), then read the files back."""
    from desktop.core.exporters.formats import BY_NAME
    from desktop.core.importers.annotations import annotation_format

    service = window.session.service
    w3c_path, project_path = folder / "export-w3c.json", folder / "export-project.json"
    count = BY_NAME["w3c"].write(service, w3c_path)
    BY_NAME["project-json"].write(service, project_path)
    _step(f"exported {count} annotations as W3C Web Annotation JSON and the project as JSON")
    span, quote = (tagged["start"], tagged["end"]), tagged["quote"]

    collection = json.loads(w3c_path.read_text(encoding="utf-8"))
    items = collection["first"]["items"]
    item = next((a for a in items if a["id"] == f"urn:uuid:{tagged['uuid']}"), None)
    _check(item is not None, f"{w3c_path.name} lacks the new annotation")
    selectors = {s["type"]: s for s in item["target"]["selector"]}
    position = selectors["TextPositionSelector"]
    _check((position["start"], position["end"]) == span, f"{w3c_path.name}: wrong offsets")
    _check(selectors["TextQuoteSelector"]["exact"] == quote, f"{w3c_path.name}: wrong quote")
    tags = {b.get("value") for b in item["body"] if b.get("purpose") == "tagging"}
    _check(tagged["tag"].name in tags, f"{w3c_path.name}: the tag is not among the bodies")

    data = json.loads(project_path.read_text(encoding="utf-8"))
    saved = next((a for a in data["annotations"] if a["uuid"] == tagged["uuid"]), None)
    _check(saved is not None, f"{project_path.name} lacks the new annotation")
    text = next(d["text"] for d in data["documents"] if d["uuid"] == saved["document"])
    _check(saved["document"] == tagged["document_uuid"], f"{project_path.name}: wrong document")
    _check((saved["start"], saved["end"]) == span, f"{project_path.name}: wrong offsets")
    _check(text[slice(*span)] == quote == saved["quote"], f"{project_path.name}: wrong text")
    _check(tagged["tag"].uuid in saved["tags"], f"{project_path.name}: the tag is missing")

    for path in (w3c_path, project_path):  # and as Parallax reads them back in
        reader = annotation_format(path)
        _check(reader is not None, f"{path.name} is not recognised as annotations")
        assert reader is not None
        incoming = reader.read(path)
        again = [a for a in incoming.annotations if a.uuid == tagged["uuid"]]
        _check(again and (again[0].start, again[0].end) == span, f"{path.name} reads back wrong")
    _step(
        f"read both files back: the annotation is there at {span[0]}–{span[1]} with its quote "
        f"and tag (checked as JSON and with Parallax's own readers)"
    )


# -- one document of each format, imported through the window ------------------------------

SENTENCES = {
    "fr": "Les deux pays se sont accusés mutuellement d'avoir déclenché les combats. Le "
    "ministère de la Défense a annoncé que des civils ont été tués pendant la nuit.",
    "en": "The foreign ministers met in Moscow and agreed on a humanitarian ceasefire. Both "
    "sides said they would exchange prisoners and the bodies of those killed.",
    "id": "Kedua negara saling menuduh sebagai pihak yang memulai pertempuran. Kementerian "
    "Pertahanan mengatakan bahwa warga sipil tewas dan beberapa desa dibombardir.",
    "vi": "Hai nước cáo buộc lẫn nhau đã khơi mào giao tranh. Bộ Quốc phòng cho biết nhiều "
    "dân thường đã thiệt mạng và một số ngôi làng bị pháo kích trong đêm.",
    "ru": "Обе страны обвинили друг друга в начале боевых действий. Министерство обороны "
    "сообщило, что погибли мирные жители, а несколько сёл были обстреляны ночью.",
    "de": "Beide Länder beschuldigten sich gegenseitig, die Kämpfe begonnen zu haben. Das "
    "Verteidigungsministerium teilte mit, dass Zivilisten getötet wurden.",
}


def _import_each_format(app: Any, window: Any, folder: Path) -> None:
    """Import a small file of every supported format (so each reader and the libraries it
    loads on demand are in the build), through File → Import's background import."""
    from desktop.core.importers.reading import FORMATS

    inbox = folder / "import"
    inbox.mkdir()
    files = _write_documents(inbox)
    missing = {suffix for suffix in FORMATS} - {p.suffix for p in files} - {
        ".text", ".md", ".markdown", ".htm", ".xhtml"  # the same readers as .txt and .html
    }  # fmt: skip
    _check(not missing, f"the smoke test has no file of {sorted(missing)}")
    window.import_paths(files)
    run = window.import_run
    _check(run is not None, "the import did not start")
    outcomes: list[Any] = []
    run.done.connect(outcomes.extend)

    def finished() -> bool:
        if run.review is not None and run.review.isVisible():  # the plain text's encoding
            run.review.accept()  # as a user who reads the preview and agrees
        return bool(outcomes)

    _wait(app, finished, "the import to finish")
    if run.summary is not None:
        run.summary.accept()
    failed = [f"{o.path.name}: {o.message}" for o in outcomes if o.status != "imported"]
    _check(not failed, "not imported: " + "; ".join(failed))
    wrong = [
        f"{o.path.name} read as {o.document.language!r}"
        for o in outcomes
        if o.document.language != o.path.stem
    ]
    _check(not wrong, "language detection is off: " + "; ".join(wrong))
    encodings = {o.path.suffix: o.encoding for o in outcomes if o.encoding}
    _step(
        "imported one file of each format through the window: "
        + ", ".join(f"{o.path.name}" for o in outcomes)
        + f" (languages detected; plain text read as {encodings.get('.txt', '?')})"
    )


def _write_documents(inbox: Path) -> list[Path]:
    """A file per format, each in its own language (named by it), none naming its language."""
    import docx  # python-docx, as the .docx reader uses it

    paths = {lang: inbox / f"{lang}{suffix}" for lang, suffix in (
        ("fr", ".txt"), ("en", ".html"), ("id", ".docx"), ("vi", ".odt"), ("ru", ".epub"),
        ("de", ".pdf"))}  # fmt: skip
    paths["fr"].write_bytes(SENTENCES["fr"].encode("cp1252"))  # not UTF-8: guessed
    paths["en"].write_text(
        f"<!DOCTYPE html><html><head><title>Ceasefire</title></head><body><h1>Ceasefire</h1>"
        f"<p>{SENTENCES['en']}</p></body></html>",
        encoding="utf-8",
    )
    word = docx.Document()
    word.add_heading("Pertempuran", level=1)
    word.add_paragraph(SENTENCES["id"])
    word.save(str(paths["id"]))
    paths["vi"].write_bytes(_odt(SENTENCES["vi"]))
    paths["ru"].write_bytes(_epub(SENTENCES["ru"]))
    _pdf(paths["de"], SENTENCES["de"])
    return list(paths.values())


def _zipped(mimetype: str, files: dict[str, str]) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype, zipfile.ZIP_STORED)
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _odt(text: str) -> bytes:
    office = "urn:oasis:names:tc:opendocument:xmlns"
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        f'xmlns:office="{office}:office:1.0" xmlns:text="{office}:text:1.0" '
        f'office:version="1.3"><office:body><office:text><text:p>{text}</text:p>'
        "</office:text></office:body></office:document-content>"
    )
    manifest = (
        f'<manifest:manifest xmlns:manifest="{office}:manifest:1.0"><manifest:file-entry '
        'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        "</manifest:manifest>"
    )
    return _zipped(
        "application/vnd.oasis.opendocument.text",
        {"META-INF/manifest.xml": manifest, "content.xml": content},
    )


def _epub(text: str) -> bytes:
    container = (
        '<?xml version="1.0"?><container version="1.0" '
        'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile '
        'full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
        "</rootfiles></container>"
    )
    opf = (
        '<?xml version="1.0" encoding="UTF-8"?><package xmlns="http://www.idpf.org/2007/opf" '
        'version="3.0" unique-identifier="uid"><metadata '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="uid">urn:uuid:'
        "6f1c2d3e-0000-4000-8000-000000000001</dc:identifier><dc:title>Бои</dc:title>"
        '</metadata><manifest><item id="c1" href="c1.xhtml" '
        'media-type="application/xhtml+xml"/></manifest><spine><itemref idref="c1"/></spine>'
        "</package>"
    )
    chapter = (
        '<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
        f"<head><title>Бои</title></head><body><p>{text}</p></body></html>"
    )
    return _zipped(
        "application/epub+zip",
        {"META-INF/container.xml": container, "OEBPS/content.opf": opf, "OEBPS/c1.xhtml": chapter},
    )


def _pdf(path: Path, text: str) -> None:
    """A one-page PDF with a text layer, written by Qt as a print to PDF does."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    writer.setTitle("Kämpfe")
    painter = QPainter(writer)
    area = QRectF(0, 0, writer.width(), writer.height())
    painter.drawText(area, int(Qt.TextFlag.TextWordWrap), text)
    painter.end()
