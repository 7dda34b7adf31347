"""The interface's language: every string the window shows goes through here.

Strings are marked for Qt's translation tools (``pyside6-lupdate`` finds
``translate("Context", "text")`` calls by name; ``resources/translations/update.py`` runs
it) and looked up at run time in the chosen language's catalogues:
``resources/translations/parallax_<lang>.ts`` for Parallax's own strings and
``qt_<lang>.ts`` for the Qt strings the app shows (standard buttons, text context menus, the
file and colour dialogs), which Qt itself does not ship for Indonesian or Vietnamese.
Catalogues are compiled with ``lrelease`` when the bundle is built, or on first use into
the user's cache folder when running from source.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from desktop.core.resources import resource
from desktop.core.user_dirs import APP_NAME

# The interface languages shipped, each named in its own language for the preference.
LANGUAGES = {"en": "English", "id": "Bahasa Indonesia", "vi": "Tiếng Việt"}
LANGUAGE_KEY = "interface/language"  # a LANGUAGES code; empty or missing: the system's
LANGUAGE_VARIABLE = "PARALLAX_LANGUAGE"  # overrides both, for tests and screenshots
CATALOGUES = ("parallax", "qt")  # resources/translations/<name>_<lang>.ts


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """``text`` in the interface's language; ``context`` groups strings for translators."""
    return QCoreApplication.translate(context, text, disambiguation)


def number(value: int) -> str:
    """A count as the interface's locale writes it: 1,234 in English, 1.234 in Indonesian."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no language installed: plain English
        return f"{value:,}"
    return locale.toString(value)


def decimal(value: float, digits: int) -> str:
    """A fraction as the interface's locale writes it: 12.5 in English, 12,5 in Indonesian."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return f"{value:,.{digits}f}"
    return locale.toString(float(value), "f", digits)


def plural(count: int, one: str, many: str, **fields: Any) -> str:
    """``one`` or ``many`` (both already translated, each holding ``{n}``) for ``count``.

    Two forms serve every language shipped (English; Indonesian and Vietnamese do not
    inflect), where Qt's ``%n`` forms would need lupdate to recognise ``translate`` with a
    count, which its Python parser does not.
    """
    return (one if count == 1 else many).format(n=number(count), **fields)


def system_language(ui_languages: Iterable[str] | None = None) -> str:
    """The first of the system's preferred languages that Parallax speaks, else English."""
    names = QLocale.system().uiLanguages() if ui_languages is None else ui_languages
    for name in names:
        code = name.replace("_", "-").split("-")[0].lower()
        code = {"in": "id"}.get(code, code)  # Indonesian's withdrawn ISO code, still seen
        if code in LANGUAGES:
            return code
    return "en"


def chosen_language(settings: QSettings | None) -> str:
    """The environment's override, else the preference, else the system's language."""
    forced = os.environ.get(LANGUAGE_VARIABLE, "").strip().lower()
    if forced:
        return forced if forced in LANGUAGES else "en"
    stored = str(settings.value(LANGUAGE_KEY, "") or "") if settings is not None else ""
    return stored if stored in LANGUAGES else system_language()


def install(app: QCoreApplication, settings: QSettings | None) -> str:
    """Install the chosen language's catalogues and locale; returns the language's code.

    Any failure to find or compile a catalogue leaves the interface in English with a
    line on stderr: a missing translation must never stop the app from starting.
    """
    language = chosen_language(settings)
    if language != "en":
        for name in CATALOGUES:
            try:
                path = compiled_catalogue(name, language)
            except OSError as error:
                print(
                    f"parallax: {name}_{language} translations not loaded: {error}", file=sys.stderr
                )
                continue
            translator = QTranslator(app)
            if translator.load(str(path)):
                app.installTranslator(translator)
            else:
                print(f"parallax: {path} is not a Qt translation file", file=sys.stderr)
    system = QLocale.system()
    if system.name().split("_")[0] != language:  # keep the user's regional formats otherwise
        QLocale.setDefault(QLocale(language))
    return language


def catalogue_source(name: str, language: str) -> Path:
    return Path(str(resource("translations", f"{name}_{language}.ts")))


def compiled_catalogue(name: str, language: str) -> Path:
    """The ``.qm`` file for a catalogue: the one built beside it, else one in the cache."""
    source = catalogue_source(name, language)
    built = source.with_suffix(".qm")
    if built.is_file() and (getattr(sys, "frozen", False) or _newer(built, source)):
        return built  # the bundle's, compiled by build.spec
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    cache = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "translations"
    target = cache / f"{source.stem}-{digest}.qm"
    if not target.is_file():
        cache.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(f".{os.getpid()}.partial")
        release(source, partial)
        os.replace(partial, target)  # another process may compile the same: last one wins
    return target


def _newer(built: Path, source: Path) -> bool:
    return not source.is_file() or built.stat().st_mtime >= source.stat().st_mtime


def lrelease_program() -> str:
    import PySide6  # the wheel carries Qt's lrelease

    bundled = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    if bundled.is_file():
        return str(bundled)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise OSError("Qt's lrelease was not found (it comes with PySide6)")
    return found


def release(source: Path, target: Path) -> None:
    """Compile one ``.ts`` file to ``.qm`` with Qt's lrelease."""
    result = subprocess.run(
        [lrelease_program(), "-silent", str(source), "-qm", str(target)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if result.returncode != 0 or not target.is_file():
        raise OSError(
            f"lrelease failed on {source.name}: {result.stderr.strip() or result.stdout.strip()}"
        )
