"""The Corpus dock: filtering as you type, sorting by headers, grouping, opening several."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QSettings, Qt
from PySide6.QtGui import QFont
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.core.records import DocumentInfo
from desktop.ui.corpus.corpus_dock import CorpusDock
from desktop.ui.corpus.corpus_model import COUNT, DATE, TITLE, GroupBy, date_key
from desktop.ui.main_window import MainWindow
from tests.gui.conftest import pane_for_language, type_text


def document(
    id: int,
    title: str,
    language: str,
    source: str = "",
    published: str = "",
    count: int = 0,
    author: str = "",
) -> DocumentInfo:
    return DocumentInfo(
        id=id, uuid=f"uuid-{id}", title=title, language=language, source=source, url="",
        author=author, published=published, original_filename=f"{id}.txt", length=1000 + id,
        text_sha256=f"{id:064x}", imported_at=datetime(2024, 5, 1, 12, 0), position=id,
        annotation_count=count,
    )  # fmt: skip


VI_CEASEFIRE = "Thỏa thuận ngừng bắn ở Karabakh"
TR = "Erdoğan: Türkiye Azerbaycan'ın yanında"
AR = "تركيا تدعو إلى وقف إطلاق النار"
VI_STREET = "Đường phố Stepanakert"
EN = "Armenia and Azerbaijan agree to ceasefire"
VI_PEACE = "Hiệp định hòa bình"
RU = "Перемирие в Карабахе"

# Project order: ids 10, 20, … so that ids and rows cannot be confused.
DOCUMENTS = [
    document(10, VI_CEASEFIRE, "vi", "VnExpress", "2020-10-10", 5),
    document(20, TR, "tr", "Hürriyet", "2020-09-28T10:00:00+03:00", 12, author="Ayşe Yılmaz"),
    document(30, AR, "ar", "Al Jazeera", "30.09.2020", 2),
    document(40, VI_STREET, "vi", "", "", 0),
    document(50, EN, "en", "Reuters", "January 12, 2021", 7),
    document(60, VI_PEACE, "vi", "Tuổi Trẻ", "", 3),
    document(70, RU, "ru", "", "2019-11-01", 1),
]
TITLES = [d.title for d in DOCUMENTS]


@pytest.fixture
def dock(qtbot: QtBot) -> CorpusDock:
    made = CorpusDock()
    qtbot.addWidget(made)
    made.model.set_documents(DOCUMENTS)
    made.resize(720, 520)
    made.show()
    qtbot.waitExposed(made)
    return made


def rows_shown(dock: CorpusDock) -> list[str]:
    """Column 0 of every row the view shows, top to bottom (folded groups' children not)."""
    view, found = dock.view, []
    index = view.model().index(0, 0)
    while index.isValid():
        found.append(index.data())
        index = view.indexBelow(index)
    return found


def click_header(qtbot: QtBot, dock: CorpusDock, column: int) -> None:
    header = dock.view.header()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


NO_KEYS = Qt.KeyboardModifier.NoModifier


def click_row(
    qtbot: QtBot, dock: CorpusDock, title: str, modifier: Qt.KeyboardModifier = NO_KEYS
) -> None:
    document_id = next(d.id for d in DOCUMENTS if d.title == title)
    rect = dock.view.visualRect(dock.index_of_document(document_id))
    assert rect.isValid()
    qtbot.mouseClick(dock.view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def choose_grouping(dock: CorpusDock, label: str) -> None:
    index = dock.group_by.findText(label)
    assert index >= 0
    dock.group_by.setCurrentIndex(index)


def retype(qtbot: QtBot, dock: CorpusDock, text: str) -> None:
    dock.filter.setFocus()
    qtbot.keyClick(dock.filter, Qt.Key.Key_Escape)
    type_text(dock.filter, text)


def test_the_filter_folds_case_and_diacritics_on_every_field(
    qtbot: QtBot, dock: CorpusDock
) -> None:
    assert dock.filter.placeholderText() == "Filter documents"
    assert dock.filter.accessibleName() == "Filter documents"
    assert dock.filter.isClearButtonEnabled()
    assert rows_shown(dock) == TITLES  # project order at first
    dock.filter.setFocus()
    qtbot.keyClicks(dock.filter, "thoa")
    assert rows_shown(dock) == [VI_CEASEFIRE]
    expectations = {
        "ngừng bắn": [VI_CEASEFIRE],  # typed with the marks
        "NGUNG": [VI_CEASEFIRE],
        "duong": [VI_STREET],  # Đ is a letter of its own, folded by hand
        "erdogan": [TR],
        "ERDOĞAN": [TR],
        "النار": [AR],
        "yilmaz": [TR],  # the author, with a dotless ı
        "tuoi tre": [VI_PEACE],  # the outlet
        "vietnamese": [VI_CEASEFIRE, VI_STREET, VI_PEACE],  # the language's name
        "ru": [RU],  # its code (and nothing else has "ru" in it)
        "2019": [RU],
        "2020 vietnam": [VI_CEASEFIRE],  # every word must match, in any field
    }
    for typed, titles in expectations.items():
        retype(qtbot, dock, typed)
        assert dock.filter.text() == typed
        assert rows_shown(dock) == titles, typed
    qtbot.keyClick(dock.filter, Qt.Key.Key_Escape)
    assert dock.filter.text() == ""
    assert rows_shown(dock) == TITLES


def test_a_filter_matching_nothing_says_so(qtbot: QtBot, dock: CorpusDock) -> None:
    assert not dock.empty.isVisible()
    dock.filter.setFocus()
    type_text(dock.filter, "Ankara")
    assert rows_shown(dock) == []
    assert dock.empty.isVisible()
    assert dock.empty.text() == "No document matches “Ankara”"
    assert dock.view.viewport().rect().contains(dock.empty.geometry().center())
    qtbot.keyClick(dock.filter, Qt.Key.Key_Escape)
    assert not dock.empty.isVisible()
    assert len(rows_shown(dock)) == len(DOCUMENTS)


def test_headers_sort_and_a_third_click_returns_to_project_order(
    qtbot: QtBot, dock: CorpusDock
) -> None:
    header = dock.view.header()
    assert header.sortIndicatorSection() == -1
    click_header(qtbot, dock, TITLE)
    # By folded text: Đường sorts with the d's, not after z.
    assert rows_shown(dock) == [EN, VI_STREET, TR, VI_PEACE, VI_CEASEFIRE, RU, AR]
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        TITLE, Qt.SortOrder.AscendingOrder,
    )  # fmt: skip
    click_header(qtbot, dock, TITLE)
    assert rows_shown(dock) == [AR, RU, VI_CEASEFIRE, VI_PEACE, TR, VI_STREET, EN]
    click_header(qtbot, dock, TITLE)
    assert rows_shown(dock) == TITLES
    assert header.sortIndicatorSection() == -1

    # Dates in every importer's format; the undated last either way.
    click_header(qtbot, dock, DATE)
    assert rows_shown(dock) == [RU, TR, AR, VI_CEASEFIRE, EN, VI_STREET, VI_PEACE]
    click_header(qtbot, dock, DATE)
    assert rows_shown(dock) == [EN, VI_CEASEFIRE, AR, TR, RU, VI_STREET, VI_PEACE]

    # Counts are numbers (12 after 7, not before 2), largest first on the first click.
    click_header(qtbot, dock, COUNT)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert rows_shown(dock) == [TR, EN, VI_CEASEFIRE, VI_PEACE, AR, RU, VI_STREET]

    # The header's menu goes back to project order too.
    menu = dock.header_menu()
    project = next(a for a in menu.actions() if a.text() == "&Project order")
    assert not project.isChecked()
    project.trigger()
    assert rows_shown(dock) == TITLES
    assert header.sortIndicatorSection() == -1
    assert dock.header_menu().actions()[0].isChecked()


def test_date_keys() -> None:
    assert date_key("2020-09-28") == (2020, 9, 28)
    assert date_key("2020-10") == (2020, 10, 0)
    assert date_key("2020-09-28T10:00:00+03:00") == (2020, 9, 28)
    assert date_key("30.09.2020") == (2020, 9, 30)
    assert date_key("January 12, 2021") == (2021, 1, 12)
    assert date_key("12 Sept. 2021") == (2021, 9, 12)
    assert date_key("") is None
    assert date_key("yesterday") is None


def test_grouping_by_language_outlet_and_year(qtbot: QtBot, dock: CorpusDock) -> None:
    assert [dock.group_by.itemText(i) for i in range(dock.group_by.count())] == [
        "None", "Language", "Outlet", "Year of publication",
    ]  # fmt: skip
    choose_grouping(dock, "Language")
    assert rows_shown(dock) == [
        "Arabic (1)", AR,
        "English (1)", EN,
        "Russian (1)", RU,
        "Turkish (1)", TR,
        "Vietnamese (3)", VI_CEASEFIRE, VI_STREET, VI_PEACE,
    ]  # fmt: skip
    shown = dock.shown
    vietnamese = shown.index(4, 0)
    assert shown.data(vietnamese) == "Vietnamese (3)"
    font = shown.data(vietnamese, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert not shown.flags(vietnamese) & Qt.ItemFlag.ItemIsSelectable
    assert dock.view.rootIsDecorated()

    # Sorting sorts within groups, and the grouped column orders the groups too.
    click_header(qtbot, dock, TITLE)
    assert rows_shown(dock)[-4:] == ["Vietnamese (3)", VI_STREET, VI_PEACE, VI_CEASEFIRE]
    click_header(qtbot, dock, 1)  # Lang., descending after one more click
    click_header(qtbot, dock, 1)
    assert rows_shown(dock)[0] == "Vietnamese (3)"
    assert rows_shown(dock)[-2:] == ["Arabic (1)", AR]
    click_header(qtbot, dock, 1)  # project order again

    choose_grouping(dock, "Outlet")
    assert rows_shown(dock) == [
        "Al Jazeera (1)", AR,
        "Hürriyet (1)", TR,
        "Reuters (1)", EN,
        "Tuổi Trẻ (1)", VI_PEACE,
        "VnExpress (1)", VI_CEASEFIRE,
        "No outlet (2)", VI_STREET, RU,
    ]  # fmt: skip
    choose_grouping(dock, "Year of publication")
    assert rows_shown(dock) == [
        "2019 (1)", RU,
        "2020 (3)", VI_CEASEFIRE, TR, AR,
        "2021 (1)", EN,
        "No date (2)", VI_STREET, VI_PEACE,
    ]  # fmt: skip
    choose_grouping(dock, "None")
    assert rows_shown(dock) == TITLES
    assert not dock.view.rootIsDecorated()


def test_a_collapsed_group_stays_collapsed_and_group_rows_open_nothing(
    qtbot: QtBot, dock: CorpusDock
) -> None:
    opened: list[int] = []
    dock.openRequested.connect(opened.append)
    choose_grouping(dock, "Language")
    vietnamese = dock.shown.index(4, 0)
    dock.view.setFocus()
    dock.view.setCurrentIndex(vietnamese)
    qtbot.keyClick(dock.view, Qt.Key.Key_Return)  # a group is not a document
    assert opened == []
    qtbot.keyClick(dock.view, Qt.Key.Key_Left)  # folds it
    assert rows_shown(dock)[-1] == "Vietnamese (3)"
    # Double-clicking a group row unfolds it, and still opens nothing.
    rect = dock.view.visualRect(vietnamese)
    qtbot.mouseClick(dock.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dock.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert rows_shown(dock)[-4:] == ["Vietnamese (3)", VI_CEASEFIRE, VI_STREET, VI_PEACE]
    assert opened == []
    dock.view.collapse(dock.shown.index(4, 0))
    # Filtering the group away and back, or sorting, keeps it folded.
    retype(qtbot, dock, "turk")
    assert rows_shown(dock) == ["Turkish (1)", TR]
    retype(qtbot, dock, "a")
    assert rows_shown(dock)[-1].startswith("Vietnamese (")
    click_header(qtbot, dock, TITLE)
    assert rows_shown(dock)[-1].startswith("Vietnamese (")
    menu = dock.list_menu()
    next(a for a in menu.actions() if a.text() == "&Expand All Groups").trigger()
    assert VI_CEASEFIRE in rows_shown(dock)


def test_enter_on_several_selected_opens_them_all_in_list_order(
    qtbot: QtBot, dock: CorpusDock
) -> None:
    opened: list[int] = []
    dock.openRequested.connect(opened.append)
    click_header(qtbot, dock, TITLE)  # EN, VI_STREET, TR, VI_PEACE, VI_CEASEFIRE, RU, AR
    click_row(qtbot, dock, AR)
    click_row(qtbot, dock, VI_STREET, Qt.KeyboardModifier.ControlModifier)
    assert [d.id for d in dock.selected_documents()] == [40, 30]
    assert opened == []
    qtbot.keyClick(dock.view, Qt.Key.Key_Return)
    assert opened == [40, 30]  # top to bottom, as the list shows them
    # The list's menu does the same.
    opened.clear()
    menu = dock.list_menu()
    action = next(a for a in menu.actions() if a.text() == "&Open Selected")
    action.trigger()
    assert opened == [40, 30]
    # A double-click opens just the document clicked.
    opened.clear()
    rect = dock.view.visualRect(dock.index_of_document(20))
    qtbot.mouseClick(dock.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dock.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [20]
    # Across groups, Shift extends the selection over documents only.
    opened.clear()
    choose_grouping(dock, "Language")
    click_row(qtbot, dock, EN)
    click_row(qtbot, dock, RU, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(dock.view, Qt.Key.Key_Return)
    assert opened == [50, 70]


def test_new_counts_keep_selection_filter_sort_and_grouping(qtbot: QtBot, dock: CorpusDock) -> None:
    choose_grouping(dock, "Language")
    click_header(qtbot, dock, TITLE)
    retype(qtbot, dock, "a")  # hides nothing here but must stay
    click_row(qtbot, dock, VI_PEACE)
    click_row(qtbot, dock, TR, Qt.KeyboardModifier.ControlModifier)
    before = rows_shown(dock)
    selected = [d.id for d in dock.selected_documents()]
    changes: list[str] = []
    dock.shown.layoutChanged.connect(lambda: changes.append("layout"))
    dock.shown.modelReset.connect(lambda: changes.append("reset"))
    repainted: list[tuple[QModelIndex, QModelIndex]] = []
    dock.shown.dataChanged.connect(lambda a, b: repainted.append((a, b)))

    bumped = [replace(d, annotation_count=13) if d.id == 20 else d for d in DOCUMENTS]
    dock.model.set_documents(bumped)
    assert changes == []
    assert len(repainted) == 1
    top, bottom = repainted[0]
    assert top == dock.index_of_document(20) and bottom.row() == top.row()
    assert dock.index_of_document(20, COUNT).data() == 13
    assert rows_shown(dock) == before
    assert [d.id for d in dock.selected_documents()] == selected
    assert dock.filter.text() == "a"
    assert dock.view.header().sortIndicatorSection() == TITLE

    # Sorted by count, a new count moves the row: a layout change, the selection kept.
    click_header(qtbot, dock, TITLE)
    click_header(qtbot, dock, TITLE)
    choose_grouping(dock, "None")
    click_header(qtbot, dock, COUNT)
    assert rows_shown(dock)[:2] == [TR, EN]
    changes.clear()
    dock.model.set_documents([replace(d, annotation_count=99) if d.id == 60 else d for d in bumped])
    assert changes == ["layout"]
    assert rows_shown(dock)[:2] == [VI_PEACE, TR]
    assert sorted(d.id for d in dock.selected_documents()) == sorted(selected)

    # A new document (the model resets) keeps the selection and the view's choices too.
    added = document(80, "Bản tin mới", "vi", "VnExpress", "2020-11-10", 50)
    dock.model.set_documents([*bumped, added])
    assert sorted(d.id for d in dock.selected_documents()) == sorted(selected)
    assert rows_shown(dock)[0] == added.title
    assert dock.filter.text() == "a"


def test_one_count_among_a_thousand_repaints_one_row(qtbot: QtBot) -> None:
    dock = CorpusDock()
    qtbot.addWidget(dock)
    many = [document(i, f"Tài liệu số {i}", "vi", f"Báo {i % 7}", "", i % 5) for i in range(1000)]
    dock.model.set_documents(many)
    dock.set_group_by(GroupBy.OUTLET)
    structural: list[str] = []
    dock.shown.layoutAboutToBeChanged.connect(lambda: structural.append("layout"))
    dock.shown.modelAboutToBeReset.connect(lambda: structural.append("reset"))
    repainted: list[tuple[QModelIndex, QModelIndex]] = []
    dock.shown.dataChanged.connect(lambda a, b: repainted.append((a, b)))
    dock.model.set_documents([replace(d, annotation_count=9) if d.id == 500 else d for d in many])
    assert structural == []
    assert len(repainted) == 1
    top, bottom = repainted[0]
    assert top == bottom.siblingAtColumn(0) == dock.index_of_document(500)


def test_the_tree_keeps_the_model_contract(
    qtmodeltester: ModelTester, qtbot: QtBot, dock: CorpusDock
) -> None:
    qtmodeltester.check(dock.shown)
    for grouping in ("Language", "Outlet", "Year of publication"):
        choose_grouping(dock, grouping)
        qtmodeltester.check(dock.shown)
        retype(qtbot, dock, "vi")
        dock.view.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        dock.model.set_documents(DOCUMENTS[:4])
        dock.model.set_open([10, 30])
        dock.model.set_documents(DOCUMENTS)
        qtmodeltester.check(dock.shown)


def test_sort_and_grouping_are_remembered_with_settings(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "corpus.ini"), QSettings.Format.IniFormat)
    first = CorpusDock(settings=settings)
    qtbot.addWidget(first)
    first.model.set_documents(DOCUMENTS)
    first.show()
    choose_grouping(first, "Outlet")
    click_header(qtbot, first, DATE)
    click_header(qtbot, first, DATE)
    again = CorpusDock(settings=settings)
    qtbot.addWidget(again)
    again.model.set_documents(DOCUMENTS)
    assert again.group_by.currentText() == "Outlet"
    header = again.view.header()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        DATE, Qt.SortOrder.DescendingOrder,
    )  # fmt: skip
    assert rows_shown(again) == rows_shown(first)


def test_filter_and_open_from_the_main_window(qtbot: QtBot, window: MainWindow) -> None:
    corpus = window.corpus
    vietnamese = pane_for_language(window, "vi")
    document_id = vietnamese.document_id
    assert document_id is not None
    window.reader.close_document(document_id)
    corpus.filter.setFocus()
    qtbot.keyClicks(corpus.filter, "viet")
    assert [d.id for d in corpus.documents_shown()] == [document_id]
    # Down goes from the filter to the first match; Enter opens it.
    qtbot.keyClick(corpus.filter, Qt.Key.Key_Down)
    assert corpus.view.hasFocus()
    qtbot.keyClick(corpus.view, Qt.Key.Key_Return)
    assert window.reader.open_document_ids()[-1] == document_id
    assert corpus.view.currentIndex() == corpus.index_of_document(document_id)
    corpus.filter.setFocus()
    qtbot.keyClick(corpus.filter, Qt.Key.Key_Escape)
    assert len(corpus.documents_shown()) == 2


def test_enter_folds_a_group_and_a_relabelled_outlet_shows_its_new_name(
    qtbot: QtBot, dock: CorpusDock
) -> None:
    choose_grouping(dock, "Outlet")
    reuters = next(
        i for i in range(dock.shown.rowCount()) if "Reuters" in dock.shown.index(i, 0).data()
    )
    group = dock.shown.index(reuters, 0)
    dock.view.setFocus()
    dock.view.setCurrentIndex(group)
    assert dock.view.isExpanded(group)
    qtbot.keyClick(dock.view, Qt.Key.Key_Return)
    assert not dock.view.isExpanded(group)
    qtbot.keyClick(dock.view, Qt.Key.Key_Enter)
    assert dock.view.isExpanded(group)
    # The same outlet written otherwise: same group, and the group says it the new way.
    renamed = [replace(d, source="REUTERS") if d.source == "Reuters" else d for d in DOCUMENTS]
    dock.model.set_documents(renamed)
    assert "REUTERS (1)" in rows_shown(dock)
