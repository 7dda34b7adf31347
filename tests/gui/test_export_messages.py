"""The status bar's word after File → Export…: each format's message says what its writer
counted, chosen by the format's ``counts`` identity, not by its English ``what``."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.core.exporters.formats import BY_NAME, FORMATS, Counted
from desktop.ui.interchange.export_flow import exported

OUT = Path("/somewhere/out.file")

# Each format by name, and what its message counts (one, many).
SAID = {
    "w3c": ("annotation", "annotations"),
    "project-json": (
        "annotation with its documents and codebook",
        "annotations with their documents and codebook",
    ),
    "qdpx": (
        "annotation with its documents and codebook",
        "annotations with their documents and codebook",
    ),
    "qdc": ("tag", "tags"),
    "csv": ("coded segment", "coded segments"),
    "segments-json": ("coded segment", "coded segments"),
    "doccano": ("annotation", "annotations"),
    "label-studio": ("annotation", "annotations"),
    "brat": ("annotation", "annotations"),
}


def test_every_format_is_listed_here() -> None:
    assert set(SAID) == set(BY_NAME)


@pytest.mark.parametrize("name", list(SAID))
def test_each_format_says_what_it_counted(qapp: QApplication, name: str) -> None:
    one, many = SAID[name]
    chosen = BY_NAME[name]
    assert exported(chosen, 1, OUT) == f"Exported 1 {one} to {OUT}."
    assert exported(chosen, 7, OUT) == f"Exported 7 {many} to {OUT}."
    assert chosen.what == many  # the command line's words, from the same identity


def test_every_kind_of_count_has_a_message(qapp: QApplication) -> None:
    said = {
        exported(dataclasses.replace(FORMATS[0], counts=counted), 2, OUT) for counted in Counted
    }
    assert len(said) == len(Counted)
