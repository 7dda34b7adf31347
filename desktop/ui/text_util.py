"""Small text helpers shared by the widgets."""

from __future__ import annotations

import functools

from PySide6.QtCore import QLocale

from desktop.ui.i18n import translate
from desktop.ui.language_names import language_names


def short(text: str, limit: int = 60) -> str:
    """One line of at most ``limit`` characters, ellipsised."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@functools.cache  # asked for every document at every filter keystroke
def language_name(code: str) -> str:
    """'Vietnamese' for 'vi' (translated); the code itself when Qt does not know it."""
    if (name := language_names().get(code)) is not None:
        return name
    language = QLocale(code).language() if code else QLocale.Language.C
    return code if language == QLocale.Language.C else QLocale.languageToString(language)


def language_label(code: str) -> str:
    """'Vietnamese (vi)' for 'vi'; the code alone when Qt does not know it."""
    if not code:
        return translate("TextUtil", "Language not set")
    name = language_name(code)
    return code if name == code else f"{name} ({code})"
