"""No network access anywhere: every importer, the commands and the window run with
sockets disabled, on files that point at remote pages, images, scripts and DTDs."""

from __future__ import annotations

import io
import socket
from pathlib import Path

import docx
import pytest
from pytestqt.qtbot import QtBot

from desktop import cli
from desktop.core.exporters.formats import BY_NAME
from desktop.core.project import ProjectService
from desktop.core.store import Store
from tests.gui.conftest import OpenWindow
from tests.gui.test_import_pdf import make_pdf
from tests.unit.test_importers_odt_epub import epub, odt, xhtml

REMOTE = "http://198.51.100.7"  # TEST-NET-2: never a real host

PAGE = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"
 "{REMOTE}/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html lang="vi"><head><meta charset="utf-8"><title>Thổ Nhĩ Kỳ</title>
<link rel="stylesheet" href="{REMOTE}/s.css"><script src="{REMOTE}/x.js"></script>
<meta http-equiv="refresh" content="0; url={REMOTE}/elsewhere">
<base href="{REMOTE}/"></head><body><article><h1>Thổ Nhĩ Kỳ kêu gọi ngừng bắn</h1>
<p>Nga đề nghị đàm phán.<img src="{REMOTE}/track.gif" srcset="{REMOTE}/a.png 2x"></p>
<iframe src="{REMOTE}/ad"></iframe><object data="{REMOTE}/o.swf"></object>
<video src="{REMOTE}/v.mp4"></video></article></body></html>"""


@pytest.fixture
def attempts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every attempt to open a socket, refused and recorded (a caught refusal still counts)."""
    tried: list[str] = []

    def refuse(name: str):  # type: ignore[no-untyped-def]
        def refused(*args: object, **kwargs: object) -> None:
            tried.append(f"{name}{args}")
            raise OSError(f"network access attempted: {name}{args}")

        return refused

    for name in ("socket", "create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse(name))
    return tried


def documents(folder: Path) -> list[Path]:
    """One file of every document format, each pointing at remote things."""
    files = {
        "page.html": PAGE.encode("utf-8"),
        "note.txt": f"Nga đề nghị đàm phán. Xem {REMOTE}/tin\n".encode(),
        "book.epub": epub(**{"OEBPS/Text/ch1.xhtml": xhtml(
            f'<p>Chương 1: ngừng bắn.<img src="{REMOTE}/c.png"/></p>'
            f'<p><a href="{REMOTE}/x">liên kết</a></p>'
        )}),
        "report.odt": odt(),
    }  # fmt: skip
    paths = []
    for name, data in files.items():
        (folder / name).write_bytes(data)
        paths.append(folder / name)
    word = docx.Document()
    word.add_paragraph("Thổ Nhĩ Kỳ kêu gọi ngừng bắn.")
    word.add_paragraph(f"{REMOTE}/nguon")
    buffer = io.BytesIO()
    word.save(buffer)
    (folder / "report.docx").write_bytes(buffer.getvalue())
    make_pdf(folder / "scan.pdf", [["Nga đề nghị đàm phán ở Moskva"]], title="PDF")
    return [*paths, folder / "report.docx", folder / "scan.pdf"]


def test_every_importer_and_command_runs_without_the_network(
    qtbot: QtBot,  # Qt writes the PDF
    attempts: list[str],
    sample_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    store = Store.open(sample_path)
    try:
        service = ProjectService(store)
        exported = []
        for name, suffix in (("project-json", ".json"), ("w3c", ".json"), ("qdpx", ".qdpx"),
                             ("doccano", ".jsonl"), ("label-studio", ".json"),
                             ("brat", ".zip")):  # fmt: skip
            path = work / f"sample-{name}{suffix}"
            BY_NAME[name].write(service, path)
            exported.append(path)
    finally:
        store.close()
    target = tmp_path / "imported.parallax"
    files = [str(p) for p in (*exported, *documents(work))]
    status = cli.main(["import", "--project", str(target), *files])
    printed = capsys.readouterr()
    assert status == 0, printed.err
    assert "Imported 6, skipped 0 (0 already in the project), failed 0." in printed.out
    store = Store.open(target)
    try:
        titles = {d.title for d in ProjectService(store).documents()}
    finally:
        store.close()
    assert len(titles) >= 2 + 6  # the sample's two, and one from each document file
    assert attempts == []


def test_the_window_opens_and_searches_without_the_network(
    attempts: list[str], open_main_window: OpenWindow, sample_path: Path
) -> None:
    window = open_main_window(sample_path)
    window.run_search("ngừng bắn")
    window.find_suggestions()
    assert attempts == []


def test_the_guard_catches_a_fetch_even_when_the_error_is_swallowed(attempts: list[str]) -> None:
    import urllib.request

    with pytest.raises(OSError):
        urllib.request.urlopen(f"{REMOTE}/x.png", timeout=1)
    assert attempts
