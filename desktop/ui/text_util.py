"""Small text helpers shared by the widgets."""

from __future__ import annotations

import functools

from PySide6.QtCore import QLocale


def short(text: str, limit: int = 60) -> str:
    """One line of at most ``limit`` characters, ellipsised."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@functools.cache  # asked for every document at every filter keystroke
def language_name(code: str) -> str:
    """'Vietnamese' for 'vi'; the code itself when Qt does not know it."""
    language = QLocale(code).language() if code else QLocale.Language.C
    return code if language == QLocale.Language.C else QLocale.languageToString(language)


def language_label(code: str) -> str:
    """'Vietnamese (vi)' for 'vi'; the code alone when Qt does not know it."""
    if not code:
        return "Language not set"
    name = language_name(code)
    return code if name == code else f"{name} ({code})"
