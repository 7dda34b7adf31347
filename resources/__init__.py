"""Data files shipped with Parallax, read through importlib.resources as `desktop.resources`."""
