"""Menu mnemonics: the letter after '&' that opens an item with the keyboard.

Most items carry a chosen mnemonic in their text. Items whose text comes from elsewhere
(a dock's title, a kind of tag) get the first free letter here, word initials first, so
two items of one menu never share a letter, whatever is added later.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

_MARK = re.compile(r"&(?!&)(.)")


def mnemonic(text: str) -> str | None:
    """The mnemonic letter of ``text`` (upper case), None without one; '&&' is a literal &."""
    found = _MARK.search(text.replace("&&", ""))
    return found.group(1).upper() if found else None


def with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with '&' before its first letter not in ``taken`` (which it joins):
    a word's initial if one is free, else any letter; unchanged when none is free."""
    initials = [m.start() for m in re.finditer(r"\b\w", text)]
    for at in initials + list(range(len(text))):
        letter = text[at].upper()
        if text[at].isalnum() and letter not in taken:
            taken.add(letter)
            return f"{text[:at]}&{text[at:]}"
    return text


def assign(menu: QMenu, skip: tuple[QAction, ...] = ()) -> None:
    """Give every item of ``menu`` without a mnemonic a free one (``skip``: leave alone)."""
    items = [a for a in menu.actions() if not a.isSeparator() and a not in skip]
    taken = {letter for a in items if (letter := mnemonic(a.text()))}
    for action in items:
        if mnemonic(action.text()) is None and action.text():
            action.setText(with_mnemonic(action.text(), taken))
