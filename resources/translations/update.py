"""Refresh the interface's translation catalogues from the source code.

    .venv/bin/python resources/translations/update.py          # rewrite parallax_*.ts
    .venv/bin/python resources/translations/update.py --check  # exit 1 if they are stale

Runs Qt's ``pyside6-lupdate`` over every module under ``desktop/``: strings marked with
``translate("Context", "text")`` are added to each ``parallax_<lang>.ts`` as unfinished,
strings no longer in the code are dropped. Translate with Qt Linguist
(``pyside6-linguist``) or any editor; ``desktop.ui.i18n`` compiles them. ``qt_<lang>.ts``
(Qt's own strings that the app shows) is kept by hand: lupdate never sees that code.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("id", "vi")


def lupdate_program() -> str:
    import PySide6

    bundled = Path(PySide6.__file__).parent / "lupdate"
    return str(bundled) if bundled.is_file() else shutil.which("pyside6-lupdate") or "lupdate"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))


def lupdate(catalogue: Path, language: str) -> None:
    command = [lupdate_program(), "-silent", "-no-obsolete", "-locations", "none"]
    command += ["-source-language", "en", "-target-language", language]
    subprocess.run([*command, *sources(), "-ts", str(catalogue)], cwd=ROOT, check=True)


def messages(catalogue: Path) -> set[tuple[str, str, str]]:
    """(context, source, disambiguation) of every message a catalogue holds."""
    found = set()
    for context in ElementTree.parse(catalogue).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add((name, message.findtext("source") or "", message.findtext("comment") or ""))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only report stale catalogues")
    args = parser.parse_args()
    stale = []
    for language in LANGUAGES:
        catalogue = HERE / f"parallax_{language}.ts"
        if not args.check:
            lupdate(catalogue, language)
            continue
        with tempfile.TemporaryDirectory() as folder:
            fresh = Path(folder) / catalogue.name
            if catalogue.exists():
                shutil.copy(catalogue, fresh)
            lupdate(fresh, language)
            if not catalogue.exists() or messages(fresh) != messages(catalogue):
                stale.append(catalogue.name)
    if stale:
        print(f"stale: {', '.join(stale)}; run {Path(__file__).relative_to(ROOT)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
