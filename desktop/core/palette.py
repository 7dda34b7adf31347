"""Colours for new tags: well separated hues that stay readable behind black text."""

from __future__ import annotations

from collections.abc import Iterable

# Kelly's 22 colours of maximum contrast, less white and black, then a few Tableau hues.
PALETTE = (
    "#F3C300", "#875692", "#F38400", "#A1CAF1", "#BE0032", "#C2B280", "#848482",
    "#008856", "#E68FAC", "#0067A5", "#F99379", "#604E97", "#F6A600", "#B3446C",
    "#DCD300", "#882D17", "#8DB600", "#654522", "#E25822", "#2B3D26",
    "#4E79A7", "#59A14F", "#EDC948", "#B07AA1", "#FF9DA7", "#9C755F",
)  # fmt: skip


def next_colour(used: Iterable[str]) -> str:
    """The first palette colour no tag uses yet (cycling when all are taken)."""
    taken = {c.upper() for c in used}
    for colour in PALETTE:
        if colour not in taken:
            return colour
    return PALETTE[len(taken) % len(PALETTE)]
