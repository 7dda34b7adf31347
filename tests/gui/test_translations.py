"""The interface in Indonesian and Vietnamese: catalogues current and complete, compiled
and installed as the app does, and the real window speaking the language with a mnemonic
of its own on every menu item."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QFileInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileIconProvider

from desktop.ui import i18n
from desktop.ui.main_window import MainWindow
from tests.gui.conftest import OpenWindow
from tests.gui.test_keyboard_access import (
    _all_menus,
)
from tests.gui.test_keyboard_access import (
    test_menus_reach_every_action_with_a_mnemonic_of_its_own as check_mnemonics,
)

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = ("id", "vi")
FIELD = re.compile(r"\{[a-z_]*\}|%\d")
TAG = re.compile(r"</?[a-z]+[^>]*>")


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


@pytest.fixture
def language(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> Iterator[str]:
    """Installs a language's catalogues as the app does; English again afterwards."""
    code = str(request.param)
    monkeypatch.setenv(i18n.LANGUAGE_VARIABLE, code)
    app = qapp
    before = QLocale()
    assert i18n.install(app, None) == code
    yield code
    for translator in app.findChildren(QTranslator):
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(before)


def test_catalogues_hold_every_marked_string() -> None:
    result = subprocess.run(
        [sys.executable, str(TRANSLATIONS / "update.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("name", i18n.CATALOGUES)
def test_every_string_is_translated_keeping_fields_mnemonics_and_markup(
    name: str, code: str
) -> None:
    root = ElementTree.parse(TRANSLATIONS / f"{name}_{code}.ts").getroot()
    count = 0
    for context in root.iter("context"):
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source") or ""
            where = f"{context.findtext('name')}: {source!r}"
            translation = message.find("translation")
            assert translation is not None and translation.get("type") is None, where
            text = translation.text or ""
            assert text.strip(), f"{where} is not translated"
            assert sorted(FIELD.findall(text)) == sorted(FIELD.findall(source)), where
            assert _mnemonics(text) == _mnemonics(source), f"{where} → {text!r}"
            assert sorted(TAG.findall(text)) == sorted(TAG.findall(source)), where
    assert count > (100 if name == "qt" else 500)


def test_the_language_follows_the_preference_else_the_system(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(i18n.LANGUAGE_VARIABLE, raising=False)
    assert i18n.system_language(["vi-VN", "en-US"]) == "vi"
    assert i18n.system_language(["de-DE", "id-ID"]) == "id"
    assert i18n.system_language(["in_ID"]) == "id"
    assert i18n.system_language(["de-DE", "fr-FR"]) == "en"
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(i18n.LANGUAGE_KEY, "id")
    assert i18n.chosen_language(settings) == "id"
    settings.setValue(i18n.LANGUAGE_KEY, "")
    assert i18n.chosen_language(settings) == i18n.system_language()
    monkeypatch.setenv(i18n.LANGUAGE_VARIABLE, "vi")
    assert i18n.chosen_language(settings) == "vi"


def test_compiled_catalogues_are_cached_by_content() -> None:
    first = i18n.compiled_catalogue("parallax", "vi")
    again = i18n.compiled_catalogue("parallax", "vi")
    assert first == again and first.stat().st_size > 1000
    translator = QTranslator()
    assert translator.load(str(first))


@pytest.mark.parametrize(
    ("language", "cancel", "count", "folder"),
    [("id", "Batal", "1.234", "Folder"), ("vi", "Hủy", "1.234", "Thư mục")],
    indirect=["language"],
)
def test_qt_buttons_and_numbers_follow_the_language(
    language: str, cancel: str, count: str, folder: str, tmp_path: Path
) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
    assert i18n.number(1234) == count
    # The file dialog's Type column names a folder through Qt's file icon provider.
    assert QFileIconProvider().type(QFileInfo(str(tmp_path))) == folder


def _texts(window: MainWindow) -> list[str]:
    return [
        action.text()
        for _, menu in _all_menus(window)
        for action in menu.actions()
        if not action.isSeparator() and action not in set(window.tag_actions.actions())
    ]


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_window_speaks_the_language_with_unique_mnemonics(
    language: str, open_main_window: OpenWindow, sample_path: Path
) -> None:
    window = open_main_window(sample_path)
    check_mnemonics(window)
    titles = [a.text() for a in window.menuBar().actions()]
    expected = {"id": "&Berkas", "vi": "&Tệp"}[language]
    assert titles[0] == expected, titles
    english = {t for t in _texts(window) if t.isascii()} if language == "vi" else set()
    # Vietnamese is written with diacritics almost everywhere: an ASCII-only menu item is
    # most likely one the catalogue missed (names such as "W3C" are allowed).
    leftovers = {t for t in english if re.search(r"[a-z]{4,}", t.replace("&", ""))}
    assert not leftovers, leftovers
