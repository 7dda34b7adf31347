"""The core's messages in the interface's language: refusals, problems and reports made
by the core (which never imports Qt) shown translated, with their fields, in the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.core.importers.base import ImportFailure
from desktop.core.importers.problems import Problems
from desktop.core.incoming import IncomingError
from desktop.core.messages import QT_TRANSLATE_NOOP
from desktop.ui.core_text import failure_of, text_of
from tests.gui import test_translations
from tests.gui.conftest import OpenWindow
from tests.gui.test_import_window import finished

language = test_translations.language  # the fixture that installs a language's catalogues


@pytest.mark.parametrize("language", ["vi"], indirect=True)
def test_core_messages_are_translated_with_their_fields(language: str) -> None:
    problems = Problems(limit=1)
    for number in range(1202):
        problems.add(f"line {number}", QT_TRANSLATE_NOOP("ImportFailure", "is empty"))
    with pytest.raises(IncomingError) as raised:
        problems.raise_if_any("notes.jsonl", "doccano JSONL")
    assert text_of(raised.value) == (
        "Không thể nhập notes.jsonl dưới dạng doccano JSONL:\n"
        "  - line 0: trống\n"
        "  … và 1.201 vấn đề khác."
    )
    # English where the core is read as text: the command line, logs, str(error).
    assert str(raised.value).startswith("notes.jsonl cannot be imported as doccano JSONL:")
    assert failure_of("a.txt", ImportFailure(QT_TRANSLATE_NOOP("ImportFailure", "is empty"))) == (
        "a.txt trống."
    )
    assert text_of(ValueError("not marked")) == "not marked"
    assert text_of("plain") == "plain"


@pytest.mark.parametrize("language", ["id"], indirect=True)
def test_a_check_report_in_indonesian(language: str, tmp_path: Path) -> None:
    from desktop.core import health
    from desktop.core.store import Store

    store = Store.create(tmp_path / "p.parallax")
    try:
        found = health.check(store)
    finally:
        store.close()
    assert text_of(found.heading()) == f"Tidak ditemukan masalah di {store.path}:"
    assert [text_of(c.name) for c in found.checks][:3] == [
        "Halaman basis data",
        "Referensi antarbaris",
        "Skema",
    ]
    assert found.report().startswith(f"No problems found in {store.path}:")


@pytest.mark.parametrize("language", ["vi"], indirect=True)
def test_an_import_failure_is_told_in_vietnamese_in_the_window(
    language: str,
    qtbot: QtBot,
    open_main_window: OpenWindow,
    sample_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_main_window(sample_path)
    empty = tmp_path / "trống-rỗng.txt"
    empty.write_text(" \n", encoding="utf-8")
    gone = tmp_path / "gone.txt"  # deleted since it was chosen
    chosen = [str(empty), str(gone)]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (chosen, ""))
    window.actions.import_documents.trigger()
    summary = finished(qtbot, window)
    details = summary.detailedText().splitlines()
    assert "THẤT BẠI: trống-rỗng.txt — trống" in details
    assert "THẤT BẠI: gone.txt — không tồn tại (đã bị di chuyển hoặc xóa?)" in details
    summary.accept()
