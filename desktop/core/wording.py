"""Words for counts, shared by the command line, the core's reports and the window."""

from __future__ import annotations


def counted(count: int, noun: str) -> str:
    """'1 annotation', '3 annotations', '1,200 annotations' (nouns that take an s)."""
    return f"{count} {noun}" if count == 1 else f"{count:,} {noun}s"
