"""Highlights painted change by change (and recolour by recolour) equal a full repaint,
character for character."""

from __future__ import annotations

import random

from pytestqt.qtbot import QtBot

from desktop.core.project import ProjectService
from desktop.core.store import Store
from desktop.ui.reader.document_pane import DocumentPane

TEXT = "Thổ Nhĩ Kỳ 😀 kêu gọi ngừng bắn.\nسلام 🇻🇳 Azerbaijan và Armenia 𠀀 đàm phán.\n" * 4


def backgrounds(pane: DocumentPane, length: int) -> list[str]:
    return [pane.background_at(i).name() for i in range(length)]


def test_incremental_repaints_match_a_full_repaint(qtbot: QtBot, empty_store: Store) -> None:
    service = ProjectService(empty_store, coder="t")
    document = service.add_document("d", TEXT, language="vi")
    body = service.document_text(document.id)
    tags = [
        service.codebook.create_tag(name, "actor", colour=colour)
        for name, colour in (("A", "#E41A1C"), ("B", "#377EB8"), ("C", "#4DAF4A"))
    ]
    live = DocumentPane()
    qtbot.addWidget(live)
    live.set_document(document, body)
    live.set_annotations([], service.tags())
    rng = random.Random(3)
    shown: dict[int, object] = {}
    for step in range(50):
        existing = service.annotations(document.id)
        action = rng.random()
        if action < 0.1:  # recolour: only that tag's passages are repainted
            tag = rng.choice(tags)
            colour = f"#{rng.randrange(0x1000000):06X}"
            service.codebook.update_tag(
                tag.id, name=tag.name, colour=colour, description="", shortcut="", aliases=[]
            )
        elif existing and action < 0.3:
            service.delete_annotation(rng.choice(existing).id)
        elif existing and action < 0.5:
            service.add_tags(rng.choice(existing).id, [rng.choice(tags).id])
        else:
            start = rng.randrange(0, len(body) - 2)
            end = rng.randrange(start + 1, min(len(body), start + 30) + 1)
            service.create_annotation(document.id, start, end, [rng.choice(tags).id])
        now = {a.id: a for a in service.annotations(document.id)}
        changed = [i for i in shown.keys() | now.keys() if shown.get(i) != now.get(i)]
        live.update_annotations(
            [shown[i] for i in changed if i in shown], [now[i] for i in changed if i in now]
        )  # as the window does after each action
        live.set_tags(service.tags())
        shown = dict(now)
        fresh = DocumentPane()
        qtbot.addWidget(fresh)
        fresh.set_document(document, body)
        fresh.set_annotations(service.annotations(document.id), service.tags())
        assert backgrounds(live, len(body)) == backgrounds(fresh, len(body)), f"step {step}"
    # Something was painted: the page colour and several blends of the tags' colours.
    base = live.view.palette().color(live.view.backgroundRole())
    painted = set(backgrounds(live, len(body)))
    assert len(painted - {base.name()}) >= 2


def _painted(pane: DocumentPane, position: int) -> bool:
    """Whether the document itself carries a highlight there (no painting on demand)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(position + 1)
    return cursor.charFormat().background().style() != Qt.BrushStyle.NoBrush


def test_a_long_document_is_painted_in_view_first_and_the_rest_between_events(
    qtbot: QtBot, empty_store: Store
) -> None:
    service = ProjectService(empty_store, coder="t")
    paragraph = "Thổ Nhĩ Kỳ kêu gọi ngừng bắn ở Nagorno-Karabakh. " * 8 + "\n"
    body = paragraph * 1500  # about 600,000 characters
    document = service.add_document("long", body, language="vi")
    tag = service.codebook.create_tag("Turkey", "actor", colour="#E41A1C")
    near_start = service.create_annotation(document.id, 10, 40, [tag.id])
    near_end = service.create_annotation(document.id, len(body) - 60, len(body) - 20, [tag.id])
    middle = service.create_annotation(document.id, len(body) // 2, len(body) // 2 + 9, [tag.id])
    pane = DocumentPane()
    qtbot.addWidget(pane)
    pane.resize(600, 400)
    pane.show()
    qtbot.waitExposed(pane)
    pane.set_document(document, service.document_text(document.id))
    pane.set_annotations(service.annotations(document.id), service.tags())
    # What is in view is painted at once; the end of the text waits for the event loop.
    assert _painted(pane, near_start.start)
    assert pane.painter.busy and not _painted(pane, near_end.start)
    assert not _painted(pane, middle.start)
    # Scrolling there paints it before it is drawn.
    pane.view.verticalScrollBar().setValue(pane.view.verticalScrollBar().maximum())
    assert _painted(pane, near_end.start)
    # The rest is painted between events, without anyone asking.
    qtbot.waitUntil(lambda: not pane.painter.busy, timeout=20_000)
    assert _painted(pane, middle.start) and not _painted(pane, middle.end + 1)


def test_passages_find_overlaps_like_a_full_scan_with_long_passages_among_them() -> None:
    from desktop.ui.reader.highlights import Passages

    rng = random.Random(8)
    passages = Passages()
    shown: dict[int, tuple[int, int]] = {}
    for step in range(400):
        ident = rng.randrange(60)
        if ident in shown and rng.random() < 0.3:
            passages.discard(ident)
            del shown[ident]
        else:
            start = rng.randrange(0, 50_000)
            length = rng.choice([rng.randrange(1, 300), rng.randrange(10_000, 40_000)])
            shown[ident] = (start, start + length)
            passages.put(_annotation(ident, start, start + length))
        lo = rng.randrange(0, 60_000)
        hi = lo + rng.randrange(1, 5_000)
        found = sorted(a.id for a in passages.overlapping(lo, hi))
        assert found == sorted(i for i, (s, e) in shown.items() if s < hi and e > lo), step


def _annotation(ident: int, start: int, end: int):  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from desktop.core.records import AnnotationInfo

    now = datetime.now(UTC)
    return AnnotationInfo(ident, "", 1, start, end, "", "", "", "", "", now, now, ())


def test_a_long_paragraph_is_painted_where_the_view_is_not_from_its_start(
    qtbot: QtBot, empty_store: Store
) -> None:
    service = ProjectService(empty_store, coder="t")
    body = "Thổ Nhĩ Kỳ kêu gọi ngừng bắn ở Nagorno-Karabakh. " * 8000  # one 400k paragraph
    document = service.add_document("one paragraph", body, language="vi")
    tag = service.codebook.create_tag("Turkey", "actor", colour="#E41A1C")
    for start in range(0, len(body) - 20, 5_000):
        service.create_annotation(document.id, start, start + 10, [tag.id])
    pane = DocumentPane()
    qtbot.addWidget(pane)
    pane.resize(600, 400)
    pane.show()
    qtbot.waitExposed(pane)
    pane.set_document(document, service.document_text(document.id))
    pane.set_annotations(service.annotations(document.id), service.tags())
    bar = pane.view.verticalScrollBar()
    bar.setValue(bar.maximum() * 3 // 4)
    lo, hi = pane.painter.visible_span()
    assert hi - lo < 50_000  # the view's lines, not the paragraph from its start
    shown = next(a for a in service.annotations(document.id) if lo <= a.start < hi)
    assert _painted(pane, shown.start)
    assert not _painted(pane, 100_000)  # between the top (painted first) and the view
