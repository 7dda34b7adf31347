"""Charts: tag frequency per document and coverage per kind, as grouped bars.

Drawn with QPainter, not a chart library: QtCharts would add a large module for two bar
charts and looks foreign next to the native widgets, while one paint routine drawing on
any QPaintDevice serves the screen (palette colours, light or dark), a QImage for PNG
and a QSvgGenerator for SVG (white background, dark text) without a second renderer.

Both charts put categories on the x axis (tags, or kinds) and one bar per document, so a
document keeps its colour in both; colours come from the Okabe–Ito palette, which stays
distinguishable with the common colour-vision deficiencies.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtCore import (
    QDir,
    QRect,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.files import write_atomically
from desktop.core.records import DocumentInfo
from desktop.ui import dialogs
from desktop.ui.compare.base import CompareData, CompareView
from desktop.ui.compare.chart_canvas import ChartCanvas
from desktop.ui.compare.chart_series import (
    at_most,
    coverage_chart,
    frequency_chart,
)
from desktop.ui.compare.documents_choice import (
    KindChoice,
    ScopeChoice,
    chosen_documents,
    chosen_tags,
    empty_passages_message,
    no_documents,
)
from desktop.ui.i18n import translate

ChartKind = Literal["frequency", "coverage"]


def chart_choices() -> tuple[tuple[ChartKind, str], ...]:
    """The charts offered: their keys and names (in the interface's language)."""
    return (
        ("frequency", translate("ChartsView", "Tag frequency per document")),
        ("coverage", translate("ChartsView", "Coverage per kind")),
    )


class ChartsView(CompareView):
    @property
    def title(self) -> str:
        return translate("ChartsView", "Charts")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = CompareData((), (), ())
        self._documents: list[DocumentInfo] = []
        self.charts = QComboBox()
        for key, name in chart_choices():
            self.charts.addItem(name, key)
        self.charts.setAccessibleName(translate("ChartsView", "Chart shown"))
        self.scope = ScopeChoice()
        self.kinds = KindChoice()
        self.save_png = QPushButton(translate("ChartsView", "Save as PNG…"))
        self.save_svg = QPushButton(translate("ChartsView", "Save as SVG…"))
        controls = QHBoxLayout()
        for widget in (self.charts, self.scope, self.kinds):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.save_png)
        controls.addWidget(self.save_svg)
        self.canvas = ChartCanvas()
        self.canvas.barChosen.connect(self._bar_chosen)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.canvas)
        # Tab goes straight to the bars: the canvas scrolls its current bar into view, and
        # keys it does not use still reach the scroll area.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.canvas.currentMoved.connect(self._show_bar)
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.body = QStackedWidget()
        self.body.addWidget(self.message)
        self.body.addWidget(self.scroll_area)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.body, 1)
        for combo in (self.charts, self.scope, self.kinds):
            combo.currentIndexChanged.connect(self._rebuild)
        self.save_png.clicked.connect(lambda: self._save("png"))
        self.save_svg.clicked.connect(lambda: self._save("svg"))
        self._rebuild()

    def refresh(self, data: CompareData) -> None:
        self._data = data
        self.kinds.set_kinds(data.kinds())
        self._rebuild()

    def message_text(self) -> str | None:
        return self.message.text() if self.body.currentWidget() is self.message else None

    def chart_kind(self) -> ChartKind:
        return "coverage" if self.charts.currentData() == "coverage" else "frequency"

    def _rebuild(self) -> None:
        data = self._data
        documents = chosen_documents(data, self.scope.scope())
        notes: list[str] = []
        if not documents and data.documents:  # a chart of nothing helps no one
            documents = list(data.documents)
            notes.append(translate("ChartsView", "No documents open: all documents are shown."))
        documents, more = at_most(documents)
        notes += more
        self._documents = documents
        kind = self.kinds.kind()
        chart = None
        if documents:
            if self.chart_kind() == "frequency":
                chart = frequency_chart(data, documents, chosen_tags(data, kind), notes)
            else:
                kinds = [kind] if kind else data.kinds()
                chart = coverage_chart(data, documents, kinds, notes)
        self.canvas.set_chart(chart)
        if not documents:
            empty = no_documents()
        elif chart is None:
            empty = empty_passages_message(data, documents, kind)
        else:
            empty = None
        self.message.setText(empty or "")
        self.body.setCurrentWidget(self.message if empty else self.scroll_area)
        self.save_png.setEnabled(chart is not None)
        self.save_svg.setEnabled(chart is not None)

    def _show_bar(self, rect: QRect) -> None:
        """Scroll the keyboard's bar into view, the whole of it when it fits."""
        centre = rect.center()
        margin_x, margin_y = rect.width() // 2 + 20, rect.height() // 2 + 20
        self.scroll_area.ensureVisible(centre.x(), centre.y(), margin_x, margin_y)

    def _bar_chosen(self, series: int, category: int) -> None:
        """List the passages behind a bar in the Passages tab."""
        chart = self.canvas.chart()
        if chart is None:
            return
        one = chart.series[series]
        name = chart.categories[category]
        if chart.percent:
            caption = translate("ChartsView", "{kind} passages in {document}")
        else:
            caption = translate("ChartsView", "“{tag}” in {document}")
        caption = caption.format(kind=name, tag=name, document=one.label)
        self.passagesChosen.emit(caption, list(one.passages[category]))

    def _save(self, suffix: Literal["png", "svg"]) -> None:
        chart = self.canvas.chart()
        if chart is None:
            return
        name = "tag-frequency" if self.chart_kind() == "frequency" else "coverage-per-kind"
        suggested = str(Path(QDir.homePath()) / f"{name}.{suffix}")
        if suffix == "png":
            label = translate("ChartsView", "PNG image (*.png)")
        else:
            label = translate("ChartsView", "SVG image (*.svg)")
        title = translate("ChartsView", "Save Chart as {format}").format(format=suffix.upper())
        render = self.canvas.png_bytes if suffix == "png" else self.canvas.svg_bytes
        dialogs.save_to(
            self, title, suggested, label,
            lambda path: write_atomically(path, render()), f".{suffix}",
        )  # fmt: skip
