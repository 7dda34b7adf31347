"""The interface's language: every string the window shows goes through here.

Strings are marked for Qt's translation tools (``pyside6-lupdate`` finds
``translate("Context", "text")`` calls by name) and looked up at run time in the
catalogue of the chosen language, ``resources/translations/parallax_<lang>.ts``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

# The interface languages shipped, each named in its own language for the preference.
LANGUAGES = {"en": "English", "id": "Bahasa Indonesia", "vi": "Tiếng Việt"}
LANGUAGE_KEY = "interface/language"  # a LANGUAGES code; empty or missing: the system's


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """``text`` in the interface's language; ``context`` groups strings for translators."""
    return QCoreApplication.translate(context, text, disambiguation)


def number(value: int) -> str:
    """A count as the interface's locale writes it: 1,234 in English, 1.234 in Indonesian."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no language installed: plain English
        return f"{value:,}"
    return locale.toString(value)


def plural(count: int, one: str, many: str, **fields: Any) -> str:
    """``one`` or ``many`` (both already translated, each holding ``{n}``) for ``count``.

    Two forms serve every language shipped (English; Indonesian and Vietnamese do not
    inflect), where Qt's ``%n`` forms would need lupdate to recognise ``translate`` with a
    count, which its Python parser does not.
    """
    return (one if count == 1 else many).format(n=number(count), **fields)
