"""Planning a text replacement tells how far it is, and stops when its ``progress``
callback raises (the window's Cancel); the result is the same with or without it."""

from __future__ import annotations

import pytest

from desktop.core import anchoring
from desktop.core.project import ProjectService
from desktop.core.store import Store
from desktop.core.text import anchor
from tests.unit.test_replacing import NEW, OLD, Fixture, project  # noqa: F401 (a fixture)


class Stop(Exception):
    pass


def test_the_plan_counts_its_annotations_and_is_the_same_without_counting(
    project: Fixture,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    service, document_id = project.service, project.document_id
    monkeypatch.setattr(anchoring, "REPORT_EVERY", 1)
    told: list[tuple[int, int]] = []
    counted = service.plan_text_replacement(
        document_id, NEW, progress=lambda done, total: told.append((done, total))
    )
    assert counted == service.plan_text_replacement(document_id, NEW)
    annotations = len(project.ids)
    assert told[0] == (0, annotations) and told[-1] == (annotations, annotations)
    assert {total for _, total in told} == {annotations}
    assert [done for done, _ in told] == sorted(done for done, _ in told)
    assert {done for done, _ in told} == set(range(annotations + 1))


def test_a_raising_progress_stops_the_plan_and_nothing_changes(project: Fixture) -> None:  # noqa: F811
    service, document_id = project.service, project.document_id
    before = service.annotations()

    def stop(done: int, total: int) -> None:
        raise Stop

    with pytest.raises(Stop):
        service.plan_text_replacement(document_id, NEW, progress=stop)
    assert service.document_text(document_id) == OLD and service.annotations() == before


def test_reanchoring_many_reports_every_few_hundred_and_stops_between(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old = "".join(f"Câu số {n} nói về ngừng bắn.\n" for n in range(1_200))
    new = "Một dòng mới.\n" + old.replace("Câu số 7 ", "Câu thứ 7 ")
    anchors = [anchor(old, old.index(f"số {n} "), old.index(f"số {n} ") + 6) for n in range(1_200)]
    told: list[tuple[int, int]] = []
    placed = anchoring.reanchor(old, new, anchors, lambda d, t: told.append((d, t)))
    assert placed == anchoring.reanchor(old, new, anchors)
    step = anchoring.REPORT_EVERY
    assert told == [(done, 1_200) for done in (0, *range(step, 1_200, step), 1_200)]

    places: list[int] = []
    real = anchoring._place

    def counted(*args: object) -> anchoring.Placement:
        places.append(1)
        return real(*args)  # type: ignore[arg-type]

    def stop_after_first(done: int, total: int) -> None:
        if done:
            raise Stop

    monkeypatch.setattr(anchoring, "_place", counted)
    with pytest.raises(Stop):
        anchoring.reanchor(old, new, anchors, stop_after_first)
    assert len(places) == step  # stopped at the first report after the first batch


def test_the_replacement_itself_plans_as_before(empty_store: Store) -> None:
    service = ProjectService(empty_store)
    document = service.add_document("Ngừng bắn", OLD, language="vi")
    start = OLD.index("Nga")
    service.create_annotation(document.id, start, start + 3, [])
    plan = service.plan_text_replacement(document.id, NEW)
    change = service.replace_text(document.id, NEW)
    assert change.plan == plan and change.after[0].quote == "Nga"
