"""The hand-written item models obey Qt's model contract (QAbstractItemModelTester)."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester

from desktop.core.project import ProjectService
from desktop.ui.annotations.annotation_model import AnnotationTableModel
from desktop.ui.codebook.codebook_model import CodebookModel
from desktop.ui.corpus.corpus_dock import CorpusModel


def test_codebook_model(qtmodeltester: ModelTester, service: ProjectService) -> None:
    model = CodebookModel()
    model.set_tags(service.tags())
    qtmodeltester.check(model)
    assert model.rowCount() == 2  # actors, themes
    actors = model.index(0, 0)
    assert model.data(actors) == "Actors"
    assert model.rowCount(actors) == 15
    first = model.index(0, 0, actors)
    assert model.tag_at(first).name == "Armenia"  # type: ignore[union-attr]
    assert model.parent(first) == actors
    assert model.index_of_tag(model.tag_at(first).id) == first  # type: ignore[union-attr]


def test_codebook_model_with_sub_tags_and_count_updates(
    qtmodeltester: ModelTester, service: ProjectService
) -> None:
    armenia = next(t for t in service.tags() if t.name == "Armenia")
    child = service.codebook.create_tag(
        "Armenian army", "actor", parent_id=armenia.id, colour="#AA0000"
    )
    model = CodebookModel()
    qtmodeltester.check(model)
    model.set_tags(service.tags())
    index = model.index_of_tag(child.id)
    assert model.parent(index) == model.index_of_tag(armenia.id)
    document = service.documents()[0]
    service.create_annotation(document.id, 0, 4, [child.id])
    model.set_tags(service.tags())  # same shape: counts change in place
    assert model.data(model.index_of_tag(child.id).siblingAtColumn(3)) == 1  # "All"
    qtmodeltester.check(model)


def test_annotation_and_corpus_models(qtmodeltester: ModelTester, service: ProjectService) -> None:
    annotations = AnnotationTableModel()
    annotations.set_data(service.annotations(), service.documents(), service.tags())
    qtmodeltester.check(annotations)
    assert annotations.rowCount() == len(service.annotations())
    corpus = CorpusModel()
    corpus.set_documents(service.documents())
    corpus.set_open([service.documents()[0].id])
    qtmodeltester.check(corpus)
    assert corpus.rowCount() == 2
