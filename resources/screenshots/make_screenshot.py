"""Make the README's screenshot: the main window on the sample project, its two documents
side by side and the Compare panel under them, 1600 × 1000, drawn offscreen.

Run: .venv/bin/python resources/screenshots/make_screenshot.py [OUT]
(default: resources/screenshots/main-window.png, beside this script);
PARALLAX_LANGUAGE=vi (or id) draws the interface in that language. The sample project
and the window's settings live in a temporary folder: your own Parallax data is not read
or touched. Needs fonts with Vietnamese diacritics (Debian: fonts-noto-core).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZE = (1600, 1000)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "main-window.png"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
            os.environ[variable] = str(Path(folder) / variable.lower())
        from PySide6.QtCore import QEventLoop, QSettings, QTimer
        from PySide6.QtWidgets import QApplication

        from desktop.core.sample import fill_sample
        from desktop.core.store import Store
        from desktop.ui import i18n, title_bar_icons
        from desktop.ui.main_window import open_window
        from desktop.ui.preferences import CODER_KEY

        app = QApplication([sys.argv[0]])
        app.setApplicationName("Parallax")
        app.setApplicationDisplayName("Parallax")
        title_bar_icons.install(app)  # as the app does
        os.environ.setdefault(i18n.LANGUAGE_VARIABLE, "en")  # not this machine's language
        i18n.install(app, None)
        store = Store.create(Path(folder) / "Sample.parallax", fill_sample)
        settings = QSettings(str(Path(folder) / "parallax.ini"), QSettings.Format.IniFormat)
        settings.setValue(CODER_KEY, "Linh")  # not the login name of whoever runs this
        window = open_window(store, settings)
        window.resize(*SIZE)
        window.show()

        def wait(ms: int) -> None:
            loop = QEventLoop()
            QTimer.singleShot(ms, loop.quit)
            loop.exec()

        wait(300)
        window.compare.show()
        window.compare.tabs.setCurrentWidget(window.compare.matrix)
        # A passage with several tags and a note, chosen in the list: the inspector shows it
        # (its text is left unselected, so its highlight keeps its colours).
        chosen = max(window.session.annotations_in(window.reader.panes()[1].document_id),
                     key=lambda a: (len(a.tag_ids), bool(a.note)))  # fmt: skip
        window.annotations.select(chosen.id)
        window.statusBar().showMessage(
            i18n.translate("MainWindow", "Select a passage, then click a tag or press its key.")
        )
        wait(500)
        while any(pane.painter.busy for pane in window.reader.panes()):
            wait(20)
        window.grab().save(str(out), "PNG", 0)  # 0: the smallest file
        print(f"{out}: {window.width()} × {window.height()}, "
              f"{len(window.reader.panes())} documents open")  # fmt: skip
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
