"""How the interface names a tag's kind. The codebook stores the built-in kinds as the
English words "actor" and "theme"; these show them in the interface's language, and any
other kind (named by the user) as written."""

from __future__ import annotations

from desktop.ui.i18n import translate


def kind_noun(kind: str) -> str:
    """'actor', 'theme' inside a sentence or beside a tag's name."""
    if kind == "actor":
        return translate("TagKinds", "actor", "tag kind")
    if kind == "theme":
        return translate("TagKinds", "theme", "tag kind")
    return kind


def kind_heading(kind: str) -> str:
    """'Actor', 'Theme': a heading or a bar's label."""
    if kind == "actor":
        return translate("TagKinds", "Actor", "tag kind")
    if kind == "theme":
        return translate("TagKinds", "Theme", "tag kind")
    return kind.capitalize()


def kind_title(kind: str) -> str:
    """'Actors', 'Themes': a group of tags (the codebook's and Tag menu's headings)."""
    if kind == "actor":
        return translate("TagKinds", "Actors")
    if kind == "theme":
        return translate("TagKinds", "Themes")
    return kind.capitalize()
