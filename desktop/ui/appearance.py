"""Light and dark: follow the system's colour scheme, or the user's choice of one.

Qt ≥ 6.5 tells the system's scheme (``QStyleHints.colorScheme``) and when it changes;
from 6.8 an app can ask for a scheme, and where the platform can, its own palette
follows. Where it cannot (an older desktop, a style without dark colours, the offscreen
platform of the tests), the palette below is set instead. Everything the app paints
itself reads the palette, so it follows either way.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from desktop.ui import title_bar_icons
from desktop.ui.colours import is_dark
from desktop.ui.i18n import translate

SCHEME_KEY = "appearance/scheme"
KEYS = ("system", "light", "dark")  # the values kept under SCHEME_KEY, in menu order
_SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}


def choices() -> tuple[tuple[str, str, str], ...]:
    """Each choice's key, menu text and tip, in the interface's language."""
    return (
        (
            "system",
            translate("Appearance", "&System"),
            translate("Appearance", "Light or dark, as the system is set (and when it changes)"),
        ),
        (
            "light",
            translate("Appearance", "&Light"),
            translate("Appearance", "Dark text on a light background"),
        ),
        (
            "dark",
            translate("Appearance", "&Dark"),
            translate("Appearance", "Light text on a dark background"),
        ),
    )


def choice(settings: QSettings) -> str:
    value = str(settings.value(SCHEME_KEY, "system"))
    return value if value in KEYS else "system"


def dark_palette() -> QPalette:
    """Fusion's roles in dark: text at least 7:1 on its background, links and the
    selection bright enough to find, disabled text dimmed but readable."""
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for r, colour in (
        (role.Window, "#2b2b2e"),
        (role.WindowText, "#e8e8e8"),
        (role.Base, "#1e1e20"),
        (role.AlternateBase, "#2a2a2d"),
        (role.ToolTipBase, "#3a3a3e"),
        (role.ToolTipText, "#f0f0f0"),
        (role.PlaceholderText, "#9a9a9a"),
        (role.Text, "#e8e8e8"),
        (role.Button, "#36363a"),
        (role.ButtonText, "#e8e8e8"),
        (role.BrightText, "#ff6e6e"),
        (role.Light, "#4a4a4f"),
        (role.Midlight, "#3e3e43"),
        (role.Mid, "#2f2f33"),
        (role.Dark, "#18181a"),
        (role.Shadow, "#000000"),
        (role.Highlight, "#3874c8"),
        (role.HighlightedText, "#ffffff"),
        (role.Link, "#7ab4ff"),
        (role.LinkVisited, "#c59cff"),
        (role.Accent, "#3874c8"),
    ):
        palette.setColor(r, QColor(colour))
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, r, QColor("#8a8a8a"))
    palette.setColor(group.Disabled, role.Highlight, QColor("#3a3a3e"))
    palette.setColor(group.Disabled, role.HighlightedText, QColor("#a0a0a0"))
    return palette


def palette_is_dark(palette: QPalette) -> bool:
    return is_dark(palette.color(QPalette.ColorRole.Window))


class Appearance(QObject):
    """View → Appearance: System, Light or Dark, kept in the user's settings."""

    def __init__(self, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self._settings = settings
        self._applying = False
        self.menu = QMenu(translate("Appearance", "A&ppearance"), parent)
        self.group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        for key, text, tip in choices():
            action = self.menu.addAction(text)
            action.setCheckable(True)
            action.setStatusTip(tip)
            action.setToolTip(tip)
            action.setData(key)
            self.group.addAction(action)
            self.actions[key] = action
        self.actions[choice(settings)].setChecked(True)
        self.group.triggered.connect(lambda action: self.choose(str(action.data())))
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):  # Qt ≥ 6.5
            hints.colorSchemeChanged.connect(self._scheme_changed)

    def _scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        self.apply()

    def choose(self, key: str) -> None:
        self._settings.setValue(SCHEME_KEY, key)
        self._settings.sync()
        self.actions[choice(self._settings)].setChecked(True)
        self.apply()

    def wants_dark(self) -> bool:
        chosen = choice(self._settings)
        if chosen != "system":
            return chosen == "dark"
        hints = QGuiApplication.styleHints()
        return hasattr(hints, "colorScheme") and hints.colorScheme() == Qt.ColorScheme.Dark

    def apply(self) -> None:
        """Ask the platform for the scheme wanted; set a palette of ours if it cannot."""
        app = QApplication.instance()
        if self._applying or not isinstance(app, QApplication):
            return
        self._applying = True
        try:
            hints = app.styleHints()
            chosen = choice(self._settings)
            if hasattr(hints, "setColorScheme"):  # Qt ≥ 6.8; it may call back: guarded
                hints.setColorScheme(_SCHEMES.get(chosen, Qt.ColorScheme.Unknown))
            dark = self.wants_dark()
            # Only this module sets the application's palette: one set is ours.
            if app.testAttribute(Qt.ApplicationAttribute.AA_SetPalette):
                if palette_is_dark(app.palette()) == dark:
                    return  # ours, and already right
                app.setPalette(QPalette())  # the platform's again, if it is the one wanted
            if palette_is_dark(app.palette()) != dark:
                if dark and app.style().name().lower() == "windowsvista":
                    # It draws native parts that ignore a dark palette.
                    title_bar_icons.install(app, "Fusion")
                app.setPalette(dark_palette() if dark else app.style().standardPalette())
        finally:
            self._applying = False
