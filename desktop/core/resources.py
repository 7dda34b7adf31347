"""Where the files shipped in ``resources/`` are found, in any kind of install."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    node = files("desktop.resources")
    for part in parts:
        node = node / part
    return node
