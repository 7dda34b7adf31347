"""Start-up: arguments, QApplication, main window; nothing else."""

from __future__ import annotations

import argparse
import gc
import sys
import threading
from collections.abc import Sequence

from desktop import __version__
from desktop.core import search_index
from desktop.core.locations import open_project
from desktop.core.store import ProjectDamagedError, ProjectFileError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="parallax",
        description="Parallax: read texts side by side and tag passages by actor and theme.",
        epilog="Headless commands: 'parallax list --help', 'parallax export --help'.",
    )
    parser.add_argument(
        "--project",
        metavar="PATH",
        help="open (or create) this project file instead of your default project",
    )
    parser.add_argument("--version", action="version", version=f"Parallax {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)  # unknown words are errors, never silently ignored
    damaged: ProjectDamagedError | None = None
    try:
        store = open_project(args.project)
    except ProjectDamagedError as error:
        damaged = error  # its newest intact backup is offered once Qt is up
    except ProjectFileError as error:
        print(f"parallax: {error}", file=sys.stderr)
        return 2

    from PySide6.QtWidgets import QApplication

    from desktop.ui.main_window import open_window

    app = QApplication([sys.argv[0]])  # Qt options come from its environment variables
    app.setApplicationName("Parallax")
    app.setApplicationDisplayName("Parallax")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("parallax")
    if damaged is not None:
        from desktop.ui.rescue_dialog import offer_rescue

        rescued = offer_rescue(damaged.path, str(damaged))
        if rescued is None or rescued.store is None:
            return 2
        store = rescued.store
    try:
        window = open_window(store)
        window.show()
        # The project as loaded lives as long as the window: keep the collector from
        # walking it again and again (a full pass over a large project stalls ~40 ms).
        gc.freeze()
        # The search's character tables take 0.1 s to build: not at the first search.
        threading.Thread(target=search_index.warm_up, name="search-tables", daemon=True).start()
        return app.exec()
    finally:
        store.close()
