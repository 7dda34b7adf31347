"""The panels' Float and Close buttons drawn as lines at the screen's own scale.

Fusion (Linux's style, and the one set for a dark palette on Windows) gives a dock
panel's title-bar buttons small bitmaps, blurred on a high-DPI screen. Here they are
painted for the size and scale asked, in the palette's text colour at the time (so they
follow light and dark), antialiased; every other icon stays the style's own.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

_SHAPES = {
    QStyle.StandardPixmap.SP_TitleBarCloseButton: "close",
    QStyle.StandardPixmap.SP_DockWidgetCloseButton: "close",
    QStyle.StandardPixmap.SP_TitleBarNormalButton: "float",
}


class _Drawn(QIconEngine):
    def __init__(self, shape: str) -> None:
        super().__init__()
        self.shape = shape

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        groups = QPalette.ColorGroup
        group = groups.Disabled if mode == QIcon.Mode.Disabled else groups.Active
        palette = QGuiApplication.palette()
        # Fusion's grey: the text colour halfway to the background, light or dark.
        text = palette.color(group, QPalette.ColorRole.WindowText)
        ground = palette.color(group, QPalette.ColorRole.Window)
        colour = QColor(
            (text.red() + ground.red()) // 2,
            (text.green() + ground.green()) // 2,
            (text.blue() + ground.blue()) // 2,
        )
        side = min(rect.width(), rect.height())
        box = QRectF(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2,
                     side, side)  # fmt: skip
        pen = QPen(colour, max(1.0, side / 12))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = pen.widthF() / 2
        painter.drawRoundedRect(box.adjusted(half, half, -half, -half), side / 10, side / 10)
        inset = side * 0.3
        inner = box.adjusted(inset, inset, -inset, -inset)
        pen.setWidthF(max(1.0, side / 9))
        painter.setPen(pen)
        if self.shape == "close":
            painter.drawLine(inner.topLeft(), inner.bottomRight())
            painter.drawLine(inner.topRight(), inner.bottomLeft())
        else:  # two windows, one behind the other: "float this panel"
            step = inner.width() * 0.3
            back = inner.adjusted(step, 0, 0, -step)
            front = inner.adjusted(0, step, -step, 0)
            painter.drawPolyline([
                QPointF(back.left(), front.top()), back.topLeft(), back.topRight(),
                back.bottomRight(), QPointF(front.right(), back.bottom()),
            ])  # fmt: skip
            painter.drawRect(front)
        painter.restore()

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        # Qt's default ignores the scale (a 1× bitmap, stretched): drawn at the device's.
        pixmap = QPixmap(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        pixmap.fill(Qt.GlobalColor.transparent)
        pixmap.setDevicePixelRatio(scale)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _Drawn(self.shape)


class TitleBarIcons(QProxyStyle):
    """A style (Fusion by default) whose panels' title-bar buttons are ``_Drawn``."""

    def __init__(self, base: str = "Fusion") -> None:
        super().__init__(QStyleFactory.create(base))
        # Each icon takes its engine (Qt owns it from then on).
        self._icons = {shape: QIcon(_Drawn(shape)) for shape in set(_SHAPES.values())}

    def standardIcon(
        self,
        standardIcon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        shape = _SHAPES.get(standardIcon)
        if shape is not None:
            return self._icons[shape]
        return super().standardIcon(standardIcon, option, widget)


def install(app: QApplication, base: str | None = None) -> None:
    """Use ``TitleBarIcons`` over Fusion (``base``, else the current style when it is
    Fusion; other styles draw their own native buttons and are left alone). A proxy style
    has no name of its own: installed already, it stays unless ``base`` is given."""
    if base is None and isinstance(app.style(), TitleBarIcons):
        return
    name = base or app.style().name()
    if name.lower() != "fusion":
        if base is not None:
            app.setStyle(base)
        return
    app.setStyle(TitleBarIcons(name))  # the application takes the style
