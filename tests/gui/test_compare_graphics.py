"""Document strips and charts: what is drawn where, what a click chooses, saved files."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPalette
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.project import ProjectService
from desktop.core.store import Store
from desktop.ui.compare.base import CompareData
from desktop.ui.compare.chart_canvas import PNG_SCALE, nice_ticks
from desktop.ui.compare.chart_series import MAX_DOCUMENTS, TOP_TAGS
from desktop.ui.compare.charts_view import ChartsView
from desktop.ui.compare.documents_choice import (
    legend_layout,
    no_annotations,
    no_documents,
    no_documents_open,
)
from desktop.ui.compare.strips_view import StripsView

EN = "Climate report"
VI = "Báo cáo khí hậu"
AR = "تقرير المناخ"


def text(length: int) -> str:
    return ("lorem ipsum dolor sit amet " * (length // 20 + 1))[:length]


@dataclass
class Project:
    service: ProjectService
    docs: dict[str, int]  # "en" / "vi" / "ar" → document id
    tags: dict[str, int]  # name → tag id
    notes: dict[str, int]  # passage name → annotation id

    def data(self, open_ids: tuple[int, ...] | None = None) -> CompareData:
        opened = open_ids if open_ids is not None else tuple(self.docs.values())
        return CompareData(
            tuple(self.service.documents()),
            tuple(self.service.tags()),
            tuple(self.service.annotations()),
            open_ids=opened,
        )


@pytest.fixture
def project(empty_store: Store) -> Project:
    """Three texts of 1,000, 500 and 400 characters with passages at known offsets."""
    service = ProjectService(empty_store, coder="tester")
    docs = {
        "en": service.add_document(EN, text(1000), language="en").id,
        "vi": service.add_document(VI, text(500), language="vi").id,
        "ar": service.add_document(AR, text(400), language="ar").id,
    }
    book = service.codebook
    tags = {
        "Government": book.create_tag("Government", "actor", colour="#1f77b4").id,
        "Farmers": book.create_tag("Farmers", "actor", colour="#2ca02c").id,
        "Drought": book.create_tag("Drought", "theme", colour="#d62728").id,
    }
    g, f, d = tags["Government"], tags["Farmers"], tags["Drought"]
    spans = {
        "outer": ("en", 100, 200, [g]),
        "inner": ("en", 150, 180, [g, d]),  # inside "outer", two tags
        "tiny": ("en", 500, 501, [f]),  # one character: still drawn 2 px wide
        "late": ("en", 800, 900, [f]),
        "vi_start": ("vi", 0, 50, [d]),
        "vi_middle": ("vi", 250, 300, [g]),
        "ar": ("ar", 200, 240, [f, d]),
    }
    notes = {
        name: service.create_annotation(docs[doc], start, end, ids).id
        for name, (doc, start, end, ids) in spans.items()
    }
    return Project(service, docs, tags, notes)


SIZE = QSize(900, 520)


def shown(qtbot: QtBot, widget: QWidget, size: QSize = SIZE) -> None:
    qtbot.addWidget(widget)
    widget.resize(size)
    widget.show()
    qtbot.waitExposed(widget)


def colours_in(image: QImage) -> set[int]:
    step = max(1, image.width() // 60)
    return {
        image.pixel(x, y)
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    }


def keep(image: QImage, name: str, tmp_path: Path) -> None:
    """Save a rendering for the reviewer to look at (and in the test's folder)."""
    path = tmp_path / name
    assert image.save(str(path))
    shutil.copyfile(path, Path("/tmp") / name)


# -- strips ------------------------------------------------------------------------------


@pytest.fixture
def strips(qtbot: QtBot, project: Project) -> StripsView:
    view = StripsView()
    shown(qtbot, view)
    view.refresh(project.data())
    return view


def test_marks_sit_at_their_share_of_each_text(strips: StripsView, project: Project) -> None:
    canvas = strips.canvas
    assert [s.document.title for s in canvas.strips()] == [EN, VI, AR]
    en, vi = canvas.bar_rect(0), canvas.bar_rect(1)
    assert en.width() > 300 and en.left() == vi.left() and en.width() == vi.width()
    outer = canvas.mark_rect(project.notes["outer"])
    assert outer.left() == pytest.approx(en.left() + en.width() * 0.1)
    assert outer.width() == pytest.approx(en.width() * 0.1)
    assert outer.top() == en.top() and outer.height() == en.height()
    # Half-way into a text of 500 lines up with half-way into one of 1,000.
    middle = canvas.mark_rect(project.notes["vi_middle"])
    assert middle.left() == pytest.approx(en.left() + en.width() * 0.5)
    assert middle.top() == vi.top()
    assert canvas.mark_rect(project.notes["vi_start"]).left() == pytest.approx(vi.left())
    tiny = canvas.mark_rect(project.notes["tiny"])
    assert tiny.width() == 2 and tiny.left() == pytest.approx(en.left() + en.width() * 0.5)
    ar = canvas.mark_rect(project.notes["ar"])  # right-to-left: not mirrored
    assert ar.left() == pytest.approx(canvas.bar_rect(2).left() + en.width() * 0.5)
    assert "start → end" in strips.caption.text() and strips.caption.isVisible()


def test_clicking_a_mark_chooses_the_innermost_passage(
    qtbot: QtBot, strips: StripsView, project: Project
) -> None:
    canvas = strips.canvas
    inner = canvas.mark_rect(project.notes["inner"]).center().toPoint()
    with qtbot.waitSignal(strips.passageChosen) as chosen:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=inner)
    assert chosen.args == [project.notes["inner"]]
    bar = canvas.bar_rect(0)
    beside_inner = QPoint(round(bar.left() + bar.width() * 0.11), round(bar.center().y()))
    with qtbot.waitSignal(strips.passageChosen) as chosen:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=beside_inner)
    assert chosen.args == [project.notes["outer"]]
    tiny = canvas.mark_rect(project.notes["tiny"])  # 2 px: a near miss still finds it
    near = QPoint(round(tiny.right() + 2), round(tiny.center().y()))
    assert canvas.annotation_at(near) == project.notes["tiny"]
    empty = QPoint(round(bar.left() + bar.width() * 0.3), round(bar.center().y()))
    with qtbot.assertNotEmitted(strips.passageChosen):
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=empty)


def test_passages_with_several_tags_are_stacked_lanes(strips: StripsView, project: Project) -> None:
    canvas = strips.canvas
    annotation = next(
        a for s in canvas.strips() for a in s.passages if a.id == project.notes["inner"]
    )
    assert [t.name for t in canvas.lane_tags(annotation)] == ["Government", "Drought"]
    image = canvas.grab().toImage()
    rect = canvas.mark_rect(project.notes["inner"])
    ratio = image.devicePixelRatio()
    x = round(rect.center().x() * ratio)
    top = image.pixelColor(x, round((rect.top() + rect.height() * 0.25) * ratio))
    bottom = image.pixelColor(x, round((rect.top() + rect.height() * 0.75) * ratio))
    assert top.name() == "#1f77b4" and bottom.name() == "#d62728"


def test_tooltips_name_tags_quote_and_document(strips: StripsView, project: Project) -> None:
    canvas = strips.canvas
    tip = canvas.tooltip_at(canvas.mark_rect(project.notes["inner"]).center())
    quote = project.service.annotation(project.notes["inner"]).quote
    assert tip.startswith("Government, Drought\n")
    assert quote.strip() in tip and f"15 % into {EN}" in tip
    label = canvas.label_rect(1).center()
    tip = canvas.tooltip_at(label)
    assert VI in tip and "(vi)" in tip and "500 characters" in tip and "2 passages shown" in tip


def test_kind_filter_and_document_choice(strips: StripsView, project: Project) -> None:
    canvas = strips.canvas
    strips.kinds.setCurrentIndex(strips.kinds.findData("theme"))
    assert canvas.mark_rect(project.notes["outer"]).isEmpty()
    annotation = next(
        a for s in canvas.strips() for a in s.passages if a.id == project.notes["inner"]
    )
    assert [t.name for t in canvas.lane_tags(annotation)] == ["Drought"]
    strips.kinds.setCurrentIndex(0)
    strips.refresh(project.data(open_ids=(project.docs["ar"], project.docs["en"])))
    assert [s.document.title for s in canvas.strips()] == [AR, EN]  # reader order
    strips.scope.setCurrentIndex(strips.scope.findData("all"))
    assert [s.document.title for s in canvas.strips()] == [EN, VI, AR]  # project order


def test_empty_states(qtbot: QtBot, strips: StripsView, project: Project) -> None:
    strips.refresh(project.data(open_ids=()))
    assert strips.message_text() == no_documents_open()
    assert not strips.caption.isVisible()
    strips.scope.setCurrentIndex(strips.scope.findData("all"))
    assert strips.message_text() is None
    bare = CompareData(tuple(project.service.documents()), tuple(project.service.tags()), ())
    strips.refresh(bare)
    assert strips.message_text() == no_annotations()
    strips.refresh(CompareData((), (), ()))
    assert strips.message_text() == no_documents()


def test_keyboard_steps_through_passages(
    qtbot: QtBot, strips: StripsView, project: Project
) -> None:
    canvas = strips.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.current() == project.notes["outer"]
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.current() == project.notes["inner"]
    qtbot.keyClick(canvas, Qt.Key.Key_Down)  # the nearest passage in the next strip
    assert canvas.current() == project.notes["vi_start"]
    with qtbot.waitSignal(strips.passageChosen) as chosen:
        qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert chosen.args == [project.notes["vi_start"]]


def test_long_titles_are_elided_beside_the_strips(qtbot: QtBot, empty_store: Store) -> None:
    service = ProjectService(empty_store)
    title = "Thủ tướng chỉ đạo các bộ ngành ứng phó với hạn hán và xâm nhập mặn " * 3
    document = service.add_document(title, text(300), language="vi")
    tag = service.codebook.create_tag("Drought", "theme", colour="#d62728")
    service.create_annotation(document.id, 10, 20, [tag.id])
    view = StripsView()
    shown(qtbot, view, QSize(600, 300))
    view.refresh(
        CompareData(
            tuple(service.documents()),
            tuple(service.tags()),
            tuple(service.annotations()),
            (document.id,),
        )
    )
    canvas = view.canvas
    assert canvas.label_rect(0).right() < canvas.bar_rect(0).left()
    assert canvas.tooltip_at(canvas.label_rect(0).center()).startswith(" ".join(title.split()))


def test_strips_rendered(qtbot: QtBot, strips: StripsView, tmp_path: Path) -> None:
    image = strips.grab().toImage()
    assert len(colours_in(image)) > 4
    keep(image, "compare_strips.png", tmp_path)


# -- charts ------------------------------------------------------------------------------


@pytest.fixture
def charts(qtbot: QtBot, project: Project) -> ChartsView:
    view = ChartsView()
    shown(qtbot, view)
    view.refresh(project.data())
    return view


def values(view: ChartsView) -> dict[str, tuple[float, ...]]:
    return {s.label: s.values for s in view.canvas.series()}


def test_tag_frequency_counts_passages_per_document(charts: ChartsView, project: Project) -> None:
    chart = charts.canvas.chart()
    assert chart is not None
    # Grouped by kind (actors, then themes); within a kind the most used first.
    assert chart.categories == ("Government", "Farmers", "Drought")
    assert chart.groups == (("actor", 0, 2), ("theme", 2, 1))
    assert values(charts) == {EN: (2, 2, 1), VI: (1, 0, 1), AR: (0, 1, 1)}
    assert chart.y_label == "Passages" and not chart.notes
    assert len({s.colour for s in charts.canvas.series()}) == 3
    # Drawn heights follow the numbers: 2 passages stand twice as tall as 1.
    two = charts.canvas.bar_rect(0, 0)
    one = charts.canvas.bar_rect(1, 0)
    assert two.height() == pytest.approx(2 * one.height()) and two.bottom() == one.bottom()


def test_coverage_per_kind_counts_overlaps_once(charts: ChartsView) -> None:
    charts.charts.setCurrentIndex(charts.charts.findData("coverage"))
    chart = charts.canvas.chart()
    assert chart is not None and chart.percent
    assert chart.categories == ("Actor", "Theme")
    # English actors: 100–200 (150–180 inside it), 500–501, 800–900 → 201 of 1,000.
    cover = values(charts)
    assert cover[EN] == pytest.approx((20.1, 3.0))
    assert cover[VI] == pytest.approx((10.0, 10.0))
    assert cover[AR] == pytest.approx((10.0, 10.0))
    charts.kinds.setCurrentIndex(charts.kinds.findData("theme"))
    assert charts.canvas.chart().categories == ("Theme",)  # type: ignore[union-attr]


def test_clicking_a_bar_lists_its_passages(
    qtbot: QtBot, charts: ChartsView, project: Project
) -> None:
    bar = charts.canvas.bar_rect(0, 0)  # Government in the English text
    with qtbot.waitSignal(charts.passagesChosen) as chosen:
        qtbot.mouseClick(charts.canvas, Qt.MouseButton.LeftButton, pos=bar.center().toPoint())
    caption, ids = chosen.args
    assert caption == f"“Government” in {EN}"
    assert sorted(ids) == sorted([project.notes["outer"], project.notes["inner"]])
    tip = charts.canvas.tooltip_at(bar.center())
    assert tip == f"{EN}\nGovernment: 2 passages"


def test_keyboard_chooses_bars_like_the_mouse(
    qtbot: QtBot, charts: ChartsView, project: Project
) -> None:
    canvas = charts.canvas
    charts.save_svg.setFocus()
    qtbot.keyClick(charts.save_svg, Qt.Key.Key_Tab)  # the next stop after the buttons
    assert canvas.hasFocus()
    assert canvas.current() == (0, 0)
    # Drawing order, empty bars skipped: English then Vietnamese Government (the Arabic
    # text has none), then English Farmers.
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.current() == (0, 1)
    with qtbot.waitSignal(charts.passagesChosen) as by_key:
        qtbot.keyClick(canvas, Qt.Key.Key_Return)
    bar = canvas.bar_rect(0, 1).center().toPoint()
    with qtbot.waitSignal(charts.passagesChosen) as by_mouse:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=bar)
    assert by_key.args == by_mouse.args
    assert by_key.args == [f"“Farmers” in {EN}", [project.notes["tiny"], project.notes["late"]]]
    with qtbot.waitSignal(charts.passagesChosen) as by_space:
        qtbot.keyClick(canvas, Qt.Key.Key_Space)
    assert by_space.args == by_mouse.args


def test_home_end_and_the_ends_of_the_bars(qtbot: QtBot, charts: ChartsView) -> None:
    canvas = charts.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_End)
    assert canvas.current() == (2, 2)  # Drought in the Arabic text
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.current() == (2, 2)
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert canvas.current() == (1, 2)
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert canvas.current() == (0, 0)
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert canvas.current() == (0, 0)


def test_the_current_bar_is_scrolled_into_view(qtbot: QtBot, empty_store: Store) -> None:
    view = ChartsView()
    shown(qtbot, view, QSize(400, 400))  # narrower than twelve tags' bars: it scrolls
    view.refresh(crowded(empty_store))
    canvas = view.canvas

    def in_sight(bar: tuple[int, int]) -> bool:
        seen = view.scroll_area.viewport().rect().translated(-canvas.pos())
        return seen.contains(canvas.bar_rect(*bar).center().toPoint())

    last = canvas.bar_order()[-1]
    assert in_sight(canvas.bar_order()[0]) and not in_sight(last)
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_End)
    assert canvas.current() == last and in_sight(last)
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert in_sight(canvas.bar_order()[0])


def test_chart_accessible_name_and_current_bar(qtbot: QtBot, charts: ChartsView) -> None:
    canvas = charts.canvas
    assert canvas.accessibleName() == "Chart: Tag frequency per document"
    assert canvas.accessibleDescription() == f"{EN}, Government: 2 passages"
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.accessibleDescription() == f"{VI}, Government: 1 passage"
    charts.charts.setCurrentIndex(charts.charts.findData("coverage"))
    assert canvas.accessibleName() == "Chart: Coverage per kind"
    assert canvas.current() == (0, 0)  # no Government bar any more: back to the first
    assert canvas.accessibleDescription() == f"{EN}, Actor: 20.1 %"


def test_the_current_bar_is_kept_across_refreshes(
    qtbot: QtBot, charts: ChartsView, project: Project
) -> None:
    canvas = charts.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_End)
    qtbot.keyClick(canvas, Qt.Key.Key_Left)  # Drought in the Vietnamese text
    charts.refresh(project.data())
    assert canvas.current() == (1, 2)
    # Vietnamese is now the first series: the same bar, wherever it moved.
    charts.refresh(project.data(open_ids=(project.docs["vi"], project.docs["en"])))
    assert canvas.current() == (0, 2)
    assert canvas.accessibleDescription() == f"{VI}, Drought: 1 passage"
    charts.refresh(project.data(open_ids=(project.docs["en"],)))
    assert canvas.current() == (0, 0)


def test_focus_frame_on_screen_only(qtbot: QtBot, charts: ChartsView) -> None:
    canvas = charts.canvas
    palette = canvas.palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#ff00ff"))
    canvas.setPalette(palette)
    rect = canvas.bar_rect(0, 0)

    def left_of_bar() -> QColor:
        image = canvas.grab().toImage()
        ratio = image.devicePixelRatio()
        return image.pixelColor(round((rect.left() - 2) * ratio), round(rect.center().y() * ratio))

    unfocused = canvas.png_bytes()
    assert left_of_bar() != QColor("#ff00ff")
    canvas.setFocus()
    assert canvas.hasFocus()
    assert left_of_bar() == QColor("#ff00ff")
    assert canvas.png_bytes() == unfocused  # saved files never show the focus frame


def test_saving_png_and_svg(
    charts: ChartsView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = {"path": ""}
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (target["path"], "")
    )
    target["path"] = str(tmp_path / "frequency")  # the suffix is added
    charts.save_png.click()
    image = QImage(str(tmp_path / "frequency.png"))
    assert not image.isNull()
    assert image.size() == charts.canvas.export_size() * PNG_SCALE
    assert len(colours_in(image)) > 4
    assert image.pixelColor(1, 1) == QColor("#ffffff")  # white paper whatever the theme
    keep(image, "compare_charts.png", tmp_path)
    target["path"] = str(tmp_path / "frequency.svg")
    charts.save_svg.click()
    svg = (tmp_path / "frequency.svg").read_text(encoding="utf-8")
    assert svg.startswith("<?xml") and "</svg>" in svg
    for name in ("Government", "Farmers", "Drought", "Passages", EN, VI, AR, "Actor"):
        assert f">{name}</text>" in svg


def test_a_failed_save_names_the_path(
    charts: ChartsView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = str(tmp_path / "missing" / "chart.svg")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (path, ""))
    shown_messages: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "critical",
        lambda parent, title, message, *rest: shown_messages.append(message),
    )
    charts.save_svg.click()
    assert len(shown_messages) == 1 and path in shown_messages[0]
    assert not (tmp_path / "missing").exists()


def crowded(store: Store) -> CompareData:
    """Ten documents and fourteen tags, more than a chart shows; none of them open."""
    service = ProjectService(store)
    documents = [service.add_document(f"Report {n}", text(200)).id for n in range(10)]
    tags = [
        service.codebook.create_tag(f"Drought and water shortage {n}", "theme", colour="#336699").id
        for n in range(14)
    ]
    for n, tag in enumerate(tags):  # tag n is used n + 1 times: the last 12 are the top
        for k in range(n + 1):
            service.create_annotation(documents[k % 10], 10 * (k // 10), 10 * (k // 10) + 5, [tag])
    return CompareData(
        tuple(service.documents()), tuple(service.tags()), tuple(service.annotations())
    )


def test_chart_notes_when_documents_or_tags_are_left_out(qtbot: QtBot, empty_store: Store) -> None:
    view = ChartsView()
    shown(qtbot, view)
    view.refresh(crowded(empty_store))  # nothing open: every document, capped
    chart = view.canvas.chart()
    assert chart is not None
    assert len(chart.series) == MAX_DOCUMENTS and len(chart.categories) == TOP_TAGS
    assert chart.categories[0] == "Drought and water shortage 13"  # the most used first
    assert set(chart.categories) == {f"Drought and water shortage {n}" for n in range(2, 14)}
    assert chart.notes == (
        "No documents open: all documents are shown.",
        f"Showing the first {MAX_DOCUMENTS} of 10 documents.",
        f"Showing the {TOP_TAGS} most used of 14 tags.",
    )
    # Twelve slanted labels and eight legend entries: none overlaps another.
    canvas = view.canvas
    layout = canvas.layout_for(canvas.size().toSizeF(), QFontMetricsF(canvas.chart_font()))
    texts = [entry.text for entry in layout.legend]
    assert all(not a.intersects(b) for i, a in enumerate(texts) for b in texts[i + 1 :])
    assert layout.slanted  # each label is slanted so far apart that its line clears the next
    assert canvas.height() >= layout.needed - 1  # taller rather than crushed: it scrolls
    slot = layout.plot.width() / len(chart.categories)
    assert slot * 0.7 >= QFontMetricsF(canvas.chart_font()).height()


def test_legend_elides_long_titles_and_wraps(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    metrics = QFontMetricsF(widget.font())
    long_title = "Thủ tướng chỉ đạo các bộ ngành ứng phó với hạn hán và xâm nhập mặn " * 2
    items = [("#000000", long_title), ("#ffffff", AR * 6), ("#888888", "Short")]
    entries, height = legend_layout(metrics, items, 0, 0, 400)
    assert entries[0].label.endswith("…") and len(entries[0].label) < len(long_title)
    assert all(entry.text.right() <= 400 for entry in entries)
    assert height >= 2 * metrics.height()  # wrapped onto more than one row
    assert all(
        not a.text.intersects(b.text) for i, a in enumerate(entries) for b in entries[i + 1 :]
    )


def test_chart_empty_states(charts: ChartsView, project: Project) -> None:
    charts.refresh(CompareData((), (), ()))
    assert charts.message_text() == no_documents()
    assert not charts.save_png.isEnabled() and not charts.save_svg.isEnabled()
    bare = CompareData(tuple(project.service.documents()), tuple(project.service.tags()), ())
    charts.refresh(bare)
    assert charts.message_text() == no_annotations()
    charts.refresh(project.data())
    assert charts.message_text() is None and charts.save_png.isEnabled()


def test_chart_follows_the_palette_on_screen(qtbot: QtBot, charts: ChartsView) -> None:
    palette = charts.canvas.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#101010"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    charts.canvas.setPalette(palette)
    image = charts.canvas.grab().toImage()
    assert image.pixelColor(2, 2) == QColor("#101010")
    assert QColor("#eeeeee").rgb() in colours_in(image) or len(colours_in(image)) > 4


@pytest.mark.parametrize(
    ("top", "integers", "expected"),
    [
        (7, True, [0, 2, 4, 6, 8]),
        (3, True, [0, 1, 2, 3]),
        (1, True, [0, 1]),
        (23.5, False, [0, 5, 10, 15, 20, 25]),
        (0.4, False, [0, 0.1, 0.2, 0.3, 0.4]),
        (0, True, [0, 1]),
    ],
)
def test_nice_ticks(top: float, integers: bool, expected: list[float]) -> None:
    assert nice_ticks(top, integers) == pytest.approx(expected)
