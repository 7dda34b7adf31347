"""Small text helpers shared by the widgets."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def short(text: str, limit: int = 60) -> str:
    """One line of at most ``limit`` characters, ellipsised."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def language_label(code: str) -> str:
    """'Vietnamese (vi)' for 'vi'; the code alone when Qt does not know it."""
    if not code:
        return "Language not set"
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    return f"{QLocale.languageToString(locale.language())} ({code})"


def counted(count: int, noun: str) -> str:
    """'1 annotation', '3 annotations' (nouns that take an s)."""
    return f"{count} {noun}" if count == 1 else f"{count:,} {noun}s"
