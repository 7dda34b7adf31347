"""Highlights painted change by change equal a full repaint, character for character."""

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
    for step in range(40):
        existing = service.annotations(document.id)
        action = rng.random()
        if existing and action < 0.25:
            service.delete_annotation(rng.choice(existing).id)
        elif existing and action < 0.5:
            service.add_tags(rng.choice(existing).id, [rng.choice(tags).id])
        else:
            start = rng.randrange(0, len(body) - 2)
            end = rng.randrange(start + 1, min(len(body), start + 30) + 1)
            service.create_annotation(document.id, start, end, [rng.choice(tags).id])
        live.set_annotations(service.annotations(document.id), service.tags())
        fresh = DocumentPane()
        qtbot.addWidget(fresh)
        fresh.set_document(document, body)
        fresh.set_annotations(service.annotations(document.id), service.tags())
        assert backgrounds(live, len(body)) == backgrounds(fresh, len(body)), f"step {step}"
    # Something was painted: the page colour and several blends of the tags' colours.
    base = live.view.palette().color(live.view.backgroundRole())
    painted = set(backgrounds(live, len(body)))
    assert len(painted - {base.name()}) >= 2
