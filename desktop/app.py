"""Start-up: arguments, QApplication, main window; nothing else."""

from __future__ import annotations

import argparse
import gc
import sys
import threading
from collections.abc import Sequence

from desktop.core import search_index
from desktop.core.locations import open_project
from desktop.core.store import ProjectDamagedError, ProjectFileError
from desktop.version import app_version


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
    parser.add_argument("--version", action="version", version=f"Parallax {app_version()}")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="check this installation end to end in a temporary folder (no window needed), "
        "then exit: 0 when it works",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)  # unknown words are errors, never silently ignored
    if args.smoke_test:
        if args.project:
            parser.error("--smoke-test makes its own temporary project; leave out --project")
        from desktop import smoke_test

        return smoke_test.run()
    damaged: ProjectDamagedError | None = None
    try:
        store = open_project(args.project)
    except ProjectDamagedError as error:
        damaged = error  # its newest intact backup is offered once Qt is up
    except ProjectFileError as error:
        print(f"parallax: {error}", file=sys.stderr)
        return 2

    from PySide6.QtWidgets import QApplication

    from desktop.ui import first_paint
    from desktop.ui.app_icon import app_icon
    from desktop.ui.project_windows import ProjectWindows

    app = QApplication([sys.argv[0]])  # Qt options come from its environment variables
    app.setApplicationName("Parallax")
    app.setApplicationDisplayName("Parallax")
    app.setApplicationVersion(app_version())
    app.setDesktopFileName("parallax")  # resources/linux/parallax.desktop
    app.setWindowIcon(app_icon())
    if damaged is not None:
        from desktop.ui.rescue_dialog import offer_rescue

        rescued = offer_rescue(damaged.path, str(damaged))
        if rescued is None or rescued.store is None:
            return 2
        store = rescued.store
    windows = ProjectWindows()  # File → Open Project… replaces the window's project
    try:
        window = windows.open(store)
        first_paint.watch(window)  # the start-up benchmark's clock; off by default
        window.show()
        # The project as loaded lives as long as the window: keep the collector from
        # walking it again and again (a full pass over a large project stalls ~40 ms).
        gc.freeze()
        # The search's character tables take 0.1 s to build: not at the first search.
        threading.Thread(target=search_index.warm_up, name="search-tables", daemon=True).start()
        return app.exec()
    finally:
        windows.close_all()
        store.close()
