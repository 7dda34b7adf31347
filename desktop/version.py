"""Which version of Parallax is running, as Help → About and ``--smoke-test`` say it."""

from __future__ import annotations

from importlib import metadata

from desktop import __version__

DISTRIBUTION = "parallax-reader"  # [project] name in pyproject.toml


def app_version() -> str:
    """The installed distribution's version; ``desktop.__version__`` when Parallax runs
    from a source tree that is not installed, or from a bundle without its metadata."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return __version__
