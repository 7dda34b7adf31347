"""Words for counts, shared by the command line, the core's reports and the window."""

from __future__ import annotations


def counted(count: int, noun: str) -> str:
    """'1 annotation', '3 annotations', '1,200 annotations' (nouns that take an s)."""
    return f"{count} {noun}" if count == 1 else f"{count:,} {noun}s"


def file_size(size: int) -> str:
    """'812 bytes', '172 KB', '104.9 MB' (decimal units, as file managers show them)."""
    if size < 1000:
        return counted(size, "byte")
    if size < 1_000_000:
        return f"{size / 1000:.0f} KB"
    return f"{size / 1_000_000:.1f} MB"
