"""Parallax: comparative reading and coding of texts."""

__version__ = "0.1.0"
