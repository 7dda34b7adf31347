"""Drawing a chart: one paint routine for the screen (palette colours), PNG and SVG
(printed colours), the layout it paints being the one clicks and keys are tested on."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPointF,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QWidget,
)

from desktop.core.files import ExportError
from desktop.ui.compare.chart_series import Chart, Series
from desktop.ui.compare.documents_choice import (
    LegendEntry,
    PointerCanvas,
    elided,
    legend_layout,
    paint_legend,
)
from desktop.ui.i18n import decimal, plural, translate
from desktop.ui.kinds import kind_heading

MARGIN = 12.0
LABEL_MAX = 130.0  # pixels for a slanted category label before it is elided
EXPORT_MIN = QSize(800, 500)
PNG_SCALE = 2
BAR_MAX = 40.0
PLOT_MIN = 120.0  # plot height below which the canvas grows and scrolls instead


@dataclass(frozen=True)
class Colours:
    background: QColor
    text: QColor
    muted: QColor
    grid: QColor

    @staticmethod
    def printed() -> Colours:
        """Saved files: white paper and dark ink, whatever the screen's theme."""
        text = QColor("#202020")
        return Colours(QColor("#ffffff"), text, QColor("#606060"), QColor("#d0d0d0"))


@dataclass
class Layout:
    """Where everything goes for one size: computed once, then painted and hit-tested."""

    title: QRectF
    notes: list[QRectF]
    legend: list[LegendEntry]
    plot: QRectF
    ticks: list[float]
    top: float  # value at the top of the plot
    slanted: bool
    label_room: float
    needed: float  # the height that fits everything with a plot of at least PLOT_MIN
    bars: dict[tuple[int, int], QRectF] = field(default_factory=dict)  # (series, category)


def nice_ticks(top: float, integers: bool, count: int = 5) -> list[float]:
    """Round ticks from 0 to at least ``top``: steps of 1, 2 or 5 times a power of ten
    (whole numbers for counts, so there is never a tick at 2.5 passages)."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    if integers:
        step = max(1.0, round(step))
    steps = math.ceil(top / step - 1e-9)
    return [round(i * step, 10) for i in range(steps + 1)]


def tick_label(value: float, percent: bool) -> str:
    shortest = f"{value:.10g}"  # steps such as 2.5: as many decimals as the value has
    text = decimal(value, len(shortest.partition(".")[2]) if "e" not in shortest else 0)
    return percent_text(text) if percent else text


def percent_text(value: str) -> str:
    """'12.5 %' for '12.5': a share as the interface's language writes it."""
    return translate("ChartCanvas", "{value} %").format(value=value)


def passages_text(count: int) -> str:
    return plural(
        count, translate("ChartCanvas", "{n} passage"), translate("ChartCanvas", "{n} passages")
    )


class ChartCanvas(PointerCanvas):
    """A bar chart painted by ``paint`` on any device: the widget, a PNG or an SVG.

    The keyboard moves a current bar, framed on screen only (``paintEvent``, never
    ``paint``), so saved files look the same whether or not the chart had focus."""

    barChosen = Signal(int, int)  # series, category
    currentMoved = Signal(QRect)  # the keyboard's bar, so the scroll area can follow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("ChartCanvas", "Chart"))
        self._chart: Chart | None = None
        self._layout: Layout | None = None  # of the last paint on screen
        self._current: tuple[int, int] | None = None  # (series, category) the keyboard is on

    def set_chart(self, chart: Chart | None) -> None:
        old, self._chart = self._chart, chart
        self._layout = None
        self._current = self._kept_current(old)
        self.setAccessibleName(
            translate("ChartCanvas", "Chart: {title}").format(title=chart.title)
            if chart
            else translate("ChartCanvas", "Chart")
        )
        self._describe_current()
        self.setMinimumSize(self.minimum_chart_size())
        self.updateGeometry()
        self.update()

    def chart(self) -> Chart | None:
        return self._chart

    def series(self) -> tuple[Series, ...]:
        return self._chart.series if self._chart else ()

    # -- geometry ------------------------------------------------------------------------

    def chart_font(self) -> QFont:
        """The widget's font at a pixel size, so text measures alike on every device
        (an SVG generator counts 72 dots an inch, a screen 96)."""
        font = QFont(self.font())
        font.setPixelSize(QFontInfo(self.font()).pixelSize())
        return font

    def minimum_chart_size(self) -> QSize:
        """Wide enough for a slanted label per category and a visible bar per document."""
        if self._chart is None:
            return QSize(0, 0)
        metrics = QFontMetricsF(self.chart_font())
        slot = max(metrics.height() * 1.8, len(self._chart.series) * 5 + 10)
        width = (
            2 * MARGIN
            + 2 * metrics.height()
            + 60
            + LABEL_MAX * 0.7
            + slot * len(self._chart.categories)
        )
        return QSize(math.ceil(width), math.ceil(self._needed_height(width)))

    def _needed_height(self, width: float) -> float:
        """Notes, a legend wrapped at ``width``, a readable plot and its labels."""
        if self._chart is None:
            return 0.0
        metrics = QFontMetricsF(self.chart_font())
        return self.layout_for(QSizeF(width, 0), metrics).needed

    def export_size(self) -> QSize:
        size = self.size().expandedTo(EXPORT_MIN).expandedTo(self.minimum_chart_size())
        return size.expandedTo(QSize(0, math.ceil(self._needed_height(size.width()))))

    def layout_for(self, size: QSizeF, metrics: QFontMetricsF) -> Layout:
        chart = self._chart
        assert chart is not None
        line = metrics.height()
        width = size.width() - 2 * MARGIN
        title = QRectF(MARGIN, MARGIN, width, line * 1.4)
        y = title.bottom()
        notes = []
        for _note in chart.notes:
            notes.append(QRectF(MARGIN, y, width, line))
            y += line
        items = [(s.colour, s.label) for s in chart.series]
        legend, legend_height = legend_layout(metrics, items, MARGIN, y + 4, width)
        y += 4 + legend_height + line * 0.5
        if chart.groups:
            y += line + 2  # kind names above the plot
        values = [v for s in chart.series for v in s.values]
        ticks = nice_ticks(max(values, default=0.0), integers=not chart.percent)
        tick_width = max(metrics.horizontalAdvance(tick_label(t, chart.percent)) for t in ticks)
        count = max(len(chart.categories), 1)
        widest = max((metrics.horizontalAdvance(c) for c in chart.categories), default=0.0)
        # Labels sit level when each fits its slot; otherwise slanted at 45°, elided.
        axis_left = MARGIN + line * 1.5 + tick_width + 6
        slot = (size.width() - MARGIN - axis_left) / count
        slanted = widest > slot - 6
        label_room = min(widest, LABEL_MAX) if slanted else widest
        if slanted:  # the first label runs down-left: leave it room beside the axis
            axis_left = max(axis_left, MARGIN + label_room * 0.71 + line - slot / 2)
        below = (label_room + line) * 0.71 + 6 if slanted else line + 6
        plot = QRectF(axis_left, y, size.width() - MARGIN - axis_left, 0)
        plot.setBottom(max(size.height() - MARGIN - below, y + PLOT_MIN))
        needed = y + PLOT_MIN + below + MARGIN
        result = Layout(title, notes, legend, plot, ticks, ticks[-1], slanted, label_room, needed)
        slot = plot.width() / count
        series = max(len(chart.series), 1)
        bar = min(slot * 0.8 / series, BAR_MAX)  # few bars stay bars, not slabs
        for c in range(len(chart.categories)):
            left = plot.left() + (c + 0.5) * slot - bar * series / 2
            for s, one in enumerate(chart.series):
                height = plot.height() * one.values[c] / result.top if result.top else 0.0
                result.bars[(s, c)] = QRectF(left + s * bar, plot.bottom() - height, bar, height)
        return result

    def bar_rect(self, series: int, category: int) -> QRectF:
        """Where a bar is drawn on screen, at the widget's current size."""
        return self._screen_layout().bars.get((series, category), QRectF())

    def _screen_layout(self) -> Layout:
        if self._layout is None:
            self._layout = self.layout_for(QSizeF(self.size()), QFontMetricsF(self.chart_font()))
        return self._layout

    # -- painting ------------------------------------------------------------------------

    def paint(self, painter: QPainter, size: QSizeF, colours: Colours) -> Layout:
        """Draw the whole chart in ``size`` (logical pixels) on the painter's device."""
        chart = self._chart
        assert chart is not None
        font = self.chart_font()
        metrics = QFontMetricsF(font)
        layout = self.layout_for(size, metrics)
        painter.fillRect(QRectF(QPointF(0, 0), size), colours.background)
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(colours.text)
        painter.drawText(
            layout.title,
            Qt.AlignmentFlag.AlignVCenter,
            elided(QFontMetricsF(bold), chart.title, layout.title.width()),
        )
        painter.setFont(font)
        painter.setPen(colours.muted)
        for rect, note in zip(layout.notes, chart.notes, strict=True):
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignVCenter, elided(metrics, note, rect.width())
            )
        paint_legend(painter, layout.legend, colours.text)
        self._paint_axes(painter, layout, metrics, colours)
        for (s, _c), rect in layout.bars.items():
            if rect.height() > 0:
                colour = QColor(chart.series[s].colour)
                painter.setPen(colour.darker(140))  # an edge keeps yellow visible on white
                painter.setBrush(colour)
                painter.drawRect(rect)
        self._paint_categories(painter, layout, metrics, colours)
        return layout

    def _paint_axes(
        self, painter: QPainter, layout: Layout, metrics: QFontMetricsF, colours: Colours
    ) -> None:
        chart = self._chart
        assert chart is not None
        plot = layout.plot
        for tick in layout.ticks:
            y = plot.bottom() - plot.height() * tick / layout.top
            painter.setPen(colours.grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(colours.text)
            label = QRectF(
                MARGIN, y - metrics.height() / 2, plot.left() - MARGIN - 6, metrics.height()
            )
            painter.drawText(
                label,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                tick_label(tick, chart.percent),
            )
        painter.setPen(colours.text)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        painter.save()  # the axis title reads upwards along the axis
        painter.translate(MARGIN, plot.center().y())
        painter.rotate(-90)
        name = elided(metrics, chart.y_label, plot.height())
        painter.drawText(
            QRectF(-plot.height() / 2, 0, plot.height(), metrics.height()),
            Qt.AlignmentFlag.AlignCenter,
            name,
        )
        painter.restore()

    def _paint_categories(
        self, painter: QPainter, layout: Layout, metrics: QFontMetricsF, colours: Colours
    ) -> None:
        chart = self._chart
        assert chart is not None
        plot = layout.plot
        slot = plot.width() / max(len(chart.categories), 1)
        painter.setPen(colours.text)
        for c, name in enumerate(chart.categories):
            centre = plot.left() + (c + 0.5) * slot
            label = elided(metrics, name, layout.label_room if layout.slanted else slot - 4)
            if not layout.slanted:
                painter.drawText(
                    QRectF(centre - slot / 2, plot.bottom() + 4, slot, metrics.height()),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    label,
                )
                continue
            painter.save()  # slanted down-left, ending under its bars
            painter.translate(centre, plot.bottom() + 6)
            painter.rotate(-45)
            room = layout.label_room
            painter.drawText(
                QRectF(-room, 0, room, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                label,
            )
            painter.restore()
        for index, (name, first, count) in enumerate(chart.groups):
            left = plot.left() + first * slot
            if index:  # a rule between kinds
                painter.setPen(colours.grid)
                top = plot.top() - metrics.height()
                painter.drawLine(QPointF(left, top), QPointF(left, plot.bottom()))
            painter.setPen(colours.muted)
            painter.drawText(
                QRectF(left, plot.top() - metrics.height() - 2, count * slot, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                elided(metrics, kind_heading(name), count * slot - 4),
            )

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._chart is None:
            return
        painter = QPainter(self)
        palette = self.palette()
        text = palette.text().color()
        grid = QColor(text)
        grid.setAlphaF(0.2)
        muted = QColor(text)
        muted.setAlphaF(0.7)
        colours = Colours(palette.base().color(), text, muted, grid)
        self._layout = self.paint(painter, QSizeF(self.size()), colours)
        if self._current is not None and self.hasFocus():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(palette.highlight().color(), 2))
            painter.drawRect(self.bar_rect(*self._current).adjusted(-2, -2, 2, 2))
        painter.end()

    # -- files -----------------------------------------------------------------------------

    def png_bytes(self) -> bytes:
        """The chart at twice its export size in pixels, on white."""
        size = self.export_size()
        image = QImage(size * PNG_SCALE, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(PNG_SCALE)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.paint(painter, QSizeF(size), Colours.printed())
        painter.end()
        # PySide takes the format as a str at run time, though its stubs say bytes.
        return self._encoded(lambda buffer: image.save(buffer, "PNG"))  # type: ignore[call-overload]

    def svg_bytes(self) -> bytes:
        size = self.export_size()
        generator = QSvgGenerator()
        generator.setSize(size)
        generator.setViewBox(QRect(0, 0, size.width(), size.height()))
        generator.setTitle(self._chart.title if self._chart else "")
        generator.setDescription(translate("ChartCanvas", "Made with Parallax"))

        def draw(buffer: QBuffer) -> bool:
            generator.setOutputDevice(buffer)
            painter = QPainter(generator)
            self.paint(painter, QSizeF(size), Colours.printed())
            return painter.end()

        return self._encoded(draw)

    @staticmethod
    def _encoded(write: Callable[[QBuffer], bool]) -> bytes:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        ok = write(buffer)
        buffer.close()
        if not ok or data.isEmpty():
            raise ExportError(
                translate("ChartCanvas", "The chart could not be drawn into the file.")
            )
        return bytes(data.data())

    # -- pointer and keyboard ----------------------------------------------------------------

    def bar_at(self, point: QPointF) -> tuple[int, int] | None:
        """The bar under ``point``; a short bar is found by its whole column height."""
        if self._chart is None:
            return None
        layout = self._screen_layout()
        for key, rect in layout.bars.items():
            column = QRectF(rect.left(), layout.plot.top(), rect.width(), layout.plot.height())
            if rect.height() > 0 and column.contains(point):
                return key
        return None

    def tooltip_at(self, point: QPointF) -> str:
        found = self.bar_at(point)
        if found is None or self._chart is None:
            return ""
        s, c = found
        chart = self._chart
        value = chart.series[s].values[c]
        amount = (
            translate("ChartCanvas", "{percent} % of characters").format(percent=decimal(value, 1))
            if chart.percent
            else passages_text(int(value))
        )
        return f"{chart.series[s].label}\n{chart.categories[c]}: {amount}"

    def item_at(self, point: QPointF) -> tuple[int, int] | None:
        return self.bar_at(point)

    def choose_item(self, item: Any) -> None:
        self._set_current(item)
        self.barChosen.emit(*item)

    def bar_order(self) -> list[tuple[int, int]]:
        """The bars the keyboard visits, in drawing order (category by category, then
        document by document); empty bars are skipped, as a click cannot choose them."""
        chart = self._chart
        if chart is None:
            return []
        return [
            (s, c)
            for c in range(len(chart.categories))
            for s, one in enumerate(chart.series)
            if one.values[c] > 0
        ]

    def current(self) -> tuple[int, int] | None:
        return self._current

    def current_description(self) -> str:
        """The current bar for a screen reader: document, tag or kind, and value."""
        chart = self._chart
        if chart is None or self._current is None:
            return ""
        s, c = self._current
        value = chart.series[s].values[c]
        amount = percent_text(decimal(value, 1)) if chart.percent else passages_text(int(value))
        return f"{chart.series[s].label}, {chart.categories[c]}: {amount}"

    def _kept_current(self, old: Chart | None) -> tuple[int, int] | None:
        """The same document's bar for the same tag or kind if the new chart still has one
        (its indices may have moved), else the first bar."""
        order = self.bar_order()
        chart = self._chart
        if old is not None and chart is not None and self._current is not None:
            s, c = self._current
            wanted = (old.series[s].label, old.categories[c])
            same = [
                k for k in order if (chart.series[k[0]].label, chart.categories[k[1]]) == wanted
            ]
            if same:  # titles may repeat: prefer the very same place
                return self._current if self._current in same else same[0]
        return order[0] if order else None

    def _set_current(self, bar: tuple[int, int]) -> None:
        self._current = bar
        self._describe_current()
        self.update()

    def _describe_current(self) -> None:
        self.setAccessibleDescription(self.current_description())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Left/Right step through the bars, Home/End go to the first/last, Enter or
        Space lists the current bar's passages, as a click does."""
        order = self.bar_order()
        key = event.key()
        if not order or self._current is None:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.barChosen.emit(*self._current)
            return
        index = order.index(self._current)
        moves: dict[int, int] = {
            Qt.Key.Key_Left: max(index - 1, 0),
            Qt.Key.Key_Right: min(index + 1, len(order) - 1),
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: len(order) - 1,
        }
        target = moves.get(key)
        if target is None:
            super().keyPressEvent(event)
            return
        self._set_current(order[target])
        self.currentMoved.emit(self.bar_rect(*self._current).toAlignedRect())

    def focusInEvent(self, event: object) -> None:
        self.update()
        super().focusInEvent(event)  # type: ignore[arg-type]

    def focusOutEvent(self, event: object) -> None:
        self.update()
        super().focusOutEvent(event)  # type: ignore[arg-type]

    def resizeEvent(self, event: object) -> None:
        self._layout = None
        # The legend wraps onto more rows when narrower: grow (and scroll) rather than crush.
        self.setMinimumHeight(math.ceil(self._needed_height(self.width())))
        super().resizeEvent(event)  # type: ignore[arg-type]


# -- the numbers ---------------------------------------------------------------------------
