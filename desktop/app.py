"""Start-up: arguments, QApplication, main window; nothing else."""

from __future__ import annotations

import argparse
import gc
import sys
import threading
from collections.abc import Sequence

from desktop.core.messages import message_of
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
        help="open (or create) this project file instead of your default project; or a shared "
        "project on a PostgreSQL server: postgresql://user@host:port/database (the password "
        "from ~/.pgpass or PGPASSWORD)",
    )
    parser.add_argument("--version", action="version", version=f"Parallax {app_version()}")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="check this installation end to end in a temporary folder (no window needed), "
        "then exit: 0 when it works",
    )
    return parser


def _warm_up_search() -> None:
    from desktop.core import search_index

    threading.Thread(target=search_index.warm_up, name="search-tables", daemon=True).start()


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)  # unknown words are errors, never silently ignored
    if args.smoke_test:
        if args.project:
            parser.error("--smoke-test makes its own temporary project; leave out --project")
        from desktop import smoke_test

        return smoke_test.run()
    # Starting makes some 100,000 objects that live as long as the window, and next to no
    # garbage: the collector's passes over them meanwhile are wasted (~5 % of the start).
    # It is back on once the window shows and they are frozen (_window).
    gc.disable()
    try:
        return _window(args.project)
    finally:
        gc.enable()


def _window(project: str | None) -> int:
    from desktop.core.locations import open_project
    from desktop.core.project_store import ProjectStore
    from desktop.core.shared_store import SharedStore, is_shared
    from desktop.core.store import ProjectDamagedError, ProjectFileError

    damaged: ProjectDamagedError | None = None
    store: ProjectStore
    try:
        # A shared project's refusal (unreachable, wrong password, no database, an empty
        # one, a newer schema) is a ProjectFileError too: said, once, as for a bad file.
        store = (
            SharedStore.open(project) if project and is_shared(project) else open_project(project)
        )
    except ProjectDamagedError as error:
        damaged = error  # its newest intact backup is offered once Qt is up
    except ProjectFileError as error:
        print(f"parallax: {error}", file=sys.stderr)
        return 2

    from PySide6.QtWidgets import QApplication

    from desktop.ui import first_paint, i18n, title_bar_icons, unexpected
    from desktop.ui.after_first_paint import after_first_paint
    from desktop.ui.app_icon import app_icon
    from desktop.ui.project_windows import ProjectWindows
    from desktop.ui.settings import window_settings

    app = QApplication([sys.argv[0]])  # Qt options come from its environment variables
    app.setApplicationName("Parallax")
    app.setApplicationDisplayName("Parallax")
    app.setApplicationVersion(app_version())
    app.setDesktopFileName("parallax")  # resources/linux/parallax.desktop
    app.setWindowIcon(app_icon())
    title_bar_icons.install(app)  # the panels' buttons drawn sharp at any screen scale
    i18n.install(app, window_settings())  # before any window: every string is translated
    unexpected.install(app)  # an error no slot caught is shown, not only printed
    if damaged is not None:
        from desktop.ui.rescue_dialog import offer_rescue

        rescued = offer_rescue(damaged.path, message_of(damaged))
        if rescued is None or rescued.store is None:
            return 2
        store = rescued.store
    windows = ProjectWindows()  # File → Open Project… replaces the window's project
    try:
        window = windows.open(store)
        # The search's character tables take 0.1 s to build: not at the first search, and
        # not while the window is drawn either (the thread would hold the interpreter).
        after_first_paint(window, _warm_up_search)
        first_paint.watch(window)  # the start-up benchmark's clock; off by default
        window.show()
        # The project as loaded lives as long as the window: keep the collector from
        # walking it again and again (a full pass over a large project stalls ~40 ms).
        gc.freeze()
        gc.enable()
        return app.exec()
    finally:
        windows.close_all()
        store.close()
