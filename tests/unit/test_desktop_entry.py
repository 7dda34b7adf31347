"""The Linux desktop entry and AppStream metadata in resources/linux agree with the app."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "resources" / "linux"
DESKTOP = LINUX / "parallax.desktop"
METAINFO = LINUX / "io.github.parallax.Parallax.metainfo.xml"


def entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_runs_the_command_and_names_the_icon() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    section = entry()
    assert section["Exec"].split()[0] in config["project"]["scripts"]
    assert (ROOT / "resources" / "icons" / f"{section['Icon']}.svg").is_file()
    # The window says which entry it belongs to (Wayland app id, docks and task bars).
    assert f'setDesktopFileName("{DESKTOP.stem}")' in (ROOT / "desktop" / "app.py").read_text()


def test_the_appstream_metadata_matches_the_release_and_the_entry() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == METAINFO.name.removesuffix(".metainfo.xml")
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("provides/binary") == entry()["Exec"].split()[0]
    assert component.findtext("project_license") == "MIT"
    newest = component.find("releases/release")
    assert newest is not None and newest.get("version") == __version__  # bump both together


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_file_validate_accepts_the_entry() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream")
def test_appstreamcli_validates_the_metadata() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
