"""View → Agreement Between Coders…: the choices on the left; on the right the table of
agreement per tag at the chosen level, and the disagreements side by side below it. With
three coders or more, each pair of them is shown too for the tag row chosen (or all tags),
and the disagreements can be narrowed to one pair: which coder is out of step.

Computing reads the project in a thread of its own (``background``), with a service of
its own as the export does: 100,000 annotations take seconds. The figures are those of
the project when computed; a change to the project since is said, not recomputed behind
the user's back. Double-click or Enter on a disagreement opens its passage in the
reader (``passageChosen``), as search results do.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import agreement_table
from desktop.core.agreement_units import Agreement
from desktop.core.project import ProjectService
from desktop.ui import background, dialogs
from desktop.ui.agreement.choices import ChoicePanel, coder_label, tag_path
from desktop.ui.agreement.disagreements_model import DisagreementsModel
from desktop.ui.agreement.pairs_model import PairsModel, pair_label
from desktop.ui.agreement.table_model import AgreementTableModel, percent
from desktop.ui.core_text import text_of
from desktop.ui.i18n import number, plural, translate
from desktop.ui.session import ProjectSession

GEOMETRY_KEY = "agreement/geometry"
FOLDER_KEY = "agreement/folder"


class PassageTable(QTableView):
    """A table whose Enter opens the current cell on every platform, as a double-click
    does (both say ``activated``)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class AgreementDialog(QDialog):
    passageChosen = Signal(int, int, int)  # document id, start, end

    def __init__(self, session: ProjectSession, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.result: Agreement | None = None
        self.setObjectName("agreementDialog")
        self.setWindowTitle(translate("AgreementView", "Agreement Between Coders"))
        self.resize(1100, 720)

        self.choices = ChoicePanel()
        self.compute_button = QPushButton(translate("AgreementView", "Co&mpute"))
        self.compute_button.setObjectName("agreementCompute")
        self.problem = QLabel()
        self.problem.setObjectName("agreementProblem")
        self.problem.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.choices, 1)
        left_layout.addWidget(self.problem)
        left_layout.addWidget(self.compute_button)

        self.level = QComboBox()
        self.level.setObjectName("agreementLevel")
        self.level.addItem(translate("AgreementView", "Characters"), "characters")
        self.level.addItem(
            translate("AgreementView", "Passages (a match overlaps by half or more)"), "passages"
        )
        level_label = QLabel(translate("AgreementView", "&Level:"))
        level_label.setBuddy(self.level)
        self.status = QLabel(translate("AgreementView", "Choose, then compute."))
        self.status.setObjectName("agreementStatus")
        self.status.setWordWrap(True)

        self.model = AgreementTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("agreementTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("AgreementView", "Agreement per tag"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        table_label = QLabel(translate("AgreementView", "A&greement per tag:"))
        table_label.setBuddy(self.table)

        self.pairs_model = PairsModel(self)
        self.pairs_table = QTableView()
        self.pairs_table.setObjectName("agreementPairs")
        self.pairs_table.setModel(self.pairs_model)
        self.pairs_table.setAccessibleName(translate("AgreementView", "Pairs of coders"))
        self.pairs_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pairs_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pairs_table.verticalHeader().hide()
        pairs_header = self.pairs_table.horizontalHeader()
        pairs_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        pairs_header.setStretchLastSection(True)
        self.pairs_label = QLabel(translate("AgreementView", "&Pairs of coders, all tags:"))
        self.pairs_label.setBuddy(self.pairs_table)
        self.pairs_note = QLabel()
        self.pairs_note.setObjectName("agreementPairsNote")
        self.pairs_note.setWordWrap(True)
        self.pairs_box = QWidget()  # shown with three coders or more
        pairs_layout = QVBoxLayout(self.pairs_box)
        pairs_layout.setContentsMargins(0, 0, 0, 0)
        pairs_layout.addWidget(self.pairs_label)
        pairs_layout.addWidget(self.pairs_table, 1)
        pairs_layout.addWidget(self.pairs_note)
        self.pairs_box.hide()

        self.pair_filter = QComboBox()
        self.pair_filter.setObjectName("agreementPairFilter")
        self.pair_filter.setAccessibleName(
            translate("AgreementView", "Show the disagreements between")
        )
        self.pair_filter_label = QLabel(translate("AgreementView", "Bet&ween:"))
        self.pair_filter_label.setBuddy(self.pair_filter)
        self.pair_filter.hide()
        self.pair_filter_label.hide()

        self.disagreements = DisagreementsModel(self)
        self.passages = PassageTable()
        self.passages.setObjectName("agreementDisagreements")
        self.passages.setModel(self.disagreements)
        self.passages.setAccessibleName(translate("AgreementView", "Disagreements"))
        self.passages.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.passages.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.passages.setWordWrap(False)
        self.passages.verticalHeader().hide()
        self.passages.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.passages.setToolTip(
            translate("AgreementView", "Double-click or press Enter to show the passage")
        )
        self.passages_label = QLabel(translate("AgreementView", "Di&sagreements:"))
        self.passages_label.setBuddy(self.passages)

        self.export_button = QPushButton(translate("AgreementView", "&Export Table as CSV…"))
        self.export_button.setObjectName("agreementExport")
        self.export_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        level_row = QHBoxLayout()
        level_row.addWidget(level_label)
        level_row.addWidget(self.level)
        level_row.addStretch(1)
        right_layout.addLayout(level_row)
        right_layout.addWidget(self.status)
        right_layout.addWidget(table_label)
        right_layout.addWidget(self.table, 3)
        right_layout.addWidget(self.pairs_box, 1)
        passages_row = QHBoxLayout()
        passages_row.addWidget(self.passages_label, 1)
        passages_row.addWidget(self.pair_filter_label)
        passages_row.addWidget(self.pair_filter)
        right_layout.addLayout(passages_row)
        right_layout.addWidget(self.passages, 2)

        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        # Tab order: the choices top to bottom, Compute, then the results.
        order: list[QWidget] = [
            self.choices.coders, self.choices.all_documents, self.choices.some_documents,
            self.choices.documents, self.choices.all_tags, self.choices.some_tags,
            self.choices.tags, self.compute_button, self.level, self.table, self.pairs_table,
            self.pair_filter, self.passages, self.export_button,
        ]  # fmt: skip
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        self.choices.changed.connect(self._check_choices)
        self.compute_button.clicked.connect(self.compute)
        self.level.currentIndexChanged.connect(self._level_chosen)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.pairs_table.selectionModel().currentRowChanged.connect(self._pair_row_chosen)
        self.pair_filter.currentIndexChanged.connect(self._pair_chosen)
        self.passages.activated.connect(self._open)
        self.export_button.clicked.connect(self.export_csv)
        for changed in (
            session.annotationsChanged, session.annotationsEdited, session.codebookChanged,
        ):  # fmt: skip
            changed.connect(self._project_changed)

        if (geometry := settings.value(GEOMETRY_KEY)) is not None:
            self.restoreGeometry(geometry)
        self.reload()

    # -- choices ------------------------------------------------------------------------

    def reload(self) -> None:
        """Offer the project's coders, documents and tags as they are now."""
        by_document = self.session.annotations_by_document()
        annotations = [a for found in by_document.values() for a in found]
        self.choices.fill(annotations, self.session.documents(), self.session.tags())
        self._check_choices()

    def _check_choices(self) -> None:
        problem = self.choices.problem()
        self.problem.setText(problem or self.choices.summary())
        self.compute_button.setEnabled(not problem)
        self.compute_button.setToolTip(problem)

    def _project_changed(self) -> None:
        if self.result is not None:
            self.status.setText(
                translate(
                    "AgreementView",
                    "The project has changed since these figures were computed: compute "
                    "again to update them.",
                )
            )

    # -- computing ----------------------------------------------------------------------

    def compute(self) -> Agreement | None:
        """Measure the chosen coders' agreement off the UI thread; the result shown, or
        None when cancelled or refused."""
        if self.choices.problem():
            return None
        coders = self.choices.coder_names()
        document_ids = self.choices.document_ids()
        tag_ids = self.choices.tag_ids()
        store, coder = self.session.service.store, self.session.service.coder

        def work(progress: background.Progress) -> Agreement:
            progress.step(translate("AgreementView", "Comparing the coders' annotations…"))
            # A service of its own: the window's keeps caches only the UI thread touches.
            return agreement_table.compute(
                ProjectService(store, coder), coders, document_ids, tag_ids
            )

        try:
            result: Agreement = background.run(
                work,
                self,
                title=translate("AgreementView", "Agreement Between Coders"),
                label=translate("AgreementView", "Comparing the coders' annotations…"),
                abandon=True,  # it changes nothing: a cancel ends it at once
            )
        except background.Cancelled:
            self.status.setText(translate("AgreementView", "Cancelled: nothing was computed."))
            return None
        except Exception as error:  # a read that failed: say so, keep the dialog
            self.status.setText(
                translate("AgreementView", "Could not compute: {reason}").format(
                    reason=text_of(error)
                )
            )
            return None
        self.show_result(result)
        return result

    def show_result(self, result: Agreement) -> None:
        self.result = result
        tags = self.session.tags()
        by_id = {t.id: t for t in tags}
        self.model.set_result(result, tags)
        self.disagreements.set_result(
            result,
            {d.id: d.title for d in self.session.documents()},
            {t.id: tag_path(t, by_id) for t in tags},
        )
        header = self.passages.horizontalHeader()  # the passages side by side get the room
        header.setStretchLastSection(False)
        for column in range(self.disagreements.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Interactive if column < 2 else QHeaderView.ResizeMode.Stretch
            )
            header.setSectionResizeMode(column, mode)
        header.resizeSection(0, 200)
        header.resizeSection(1, 140)
        several = len(result.coders) > 2
        self.pair_filter.blockSignals(True)
        self.pair_filter.clear()
        self.pair_filter.addItem(translate("AgreementView", "All coders"))
        for pair in result.overall.pairs:  # every row's pairs come in this order
            self.pair_filter.addItem(pair_label(result.coders, (pair.first, pair.second)))
        self.pair_filter.blockSignals(False)
        self.pairs_box.setVisible(several)
        self.pair_filter.setVisible(several)
        self.pair_filter_label.setVisible(several)
        said = plural(
            len(result.disagreements),
            translate("AgreementView", "{n} disagreement on passages."),
            translate("AgreementView", "{n} disagreements on passages."),
        )
        if result.uncoded:  # agreement_units.py: such a coder is missing there, not "none"
            said += " " + plural(
                len(result.uncoded),
                translate(
                    "AgreementView",
                    "In {n} case a coder made no annotation in a chosen document: that coder "
                    "is left out there.",
                ),
                translate(
                    "AgreementView",
                    "In {n} cases a coder made no annotation in a chosen document: that coder "
                    "is left out there.",
                ),
            )
        self.status.setText(said)
        self.export_button.setEnabled(True)
        self.table.selectRow(self.model.rowCount() - 1)  # all tags

    def _level_chosen(self) -> None:
        level = str(self.level.currentData())
        self.model.set_level(level)
        self.pairs_model.set_level(level)
        self._say_least_in_step()

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row())
        self.disagreements.set_tag(row.tag_id if row is not None else None)
        self._label_passages()
        coders = self.result.coders if self.result is not None else ()
        self.pairs_model.set_row(coders, row.figures if row is not None else None)
        if row is None or row.tag_id is None:
            self.pairs_label.setText(translate("AgreementView", "&Pairs of coders, all tags:"))
        else:
            self.pairs_label.setText(
                translate("AgreementView", "&Pairs of coders on “{tag}”:").format(tag=row.name)
            )
        self._show_pair_row()
        self._say_least_in_step()

    def _label_passages(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        shown = self.disagreements.count()
        if row is None or row.tag_id is None:
            title = translate("AgreementView", "Di&sagreements, all tags ({n}):")
        else:
            title = translate("AgreementView", "Di&sagreements on “{tag}” ({n}):")
        self.passages_label.setText(
            title.format(n=number(shown), tag=row.name if row is not None else "")
        )

    def _pair_row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """A pair chosen in the pairs table: the disagreements narrow to that pair."""
        if current.isValid():
            self.pair_filter.setCurrentIndex(current.row() + 1)  # after "All coders"

    def _pair_chosen(self) -> None:
        pair = self.pairs_model.pair_at(self.pair_filter.currentIndex() - 1)
        self.disagreements.set_pair((pair.first, pair.second) if pair is not None else None)
        self._label_passages()
        self._show_pair_row()

    def _show_pair_row(self) -> None:
        """The pairs table's current row follows the pair the disagreements are narrowed to."""
        row, table = self.pair_filter.currentIndex() - 1, self.pairs_table
        table.selectionModel().blockSignals(True)
        if self.pairs_model.pair_at(row) is None:
            table.clearSelection()
            table.setCurrentIndex(QModelIndex())
        else:
            table.selectRow(row)
        table.selectionModel().blockSignals(False)

    def _say_least_in_step(self) -> None:
        found = self.pairs_model.least_in_step()
        if found is None:
            self.pairs_note.clear()
            return
        coder, mean = found
        self.pairs_note.setText(
            translate(
                "AgreementView",
                "Least in step: {coder} (mean agreement with the others {percent} %).",
            ).format(coder=coder_label(coder), percent=percent(mean))
        )

    def _open(self, index: QModelIndex) -> None:
        passage = self.disagreements.passage_at(index)
        if passage is not None:
            self.passageChosen.emit(passage.document_id, passage.start, passage.end)

    # -- export -------------------------------------------------------------------------

    def export_csv(self) -> bool:
        """Ask where, write the table there; True when written."""
        result = self.result
        if result is None:
            return False
        folder = str(self.settings.value(FOLDER_KEY, str(Path.home())))
        stem = self.session.service.store.default_name
        suggested = str(Path(folder) / f"{stem}-agreement.csv")
        tags = self.session.tags()
        written: list[str] = []

        def write(path: str) -> None:
            agreement_table.export_table_csv(result, tags, path)
            written.append(path)

        saved = dialogs.save_to(
            self,
            translate("AgreementView", "Export Table as CSV"),
            suggested,
            translate("AgreementView", "CSV files (*.csv)"),
            write,
            ".csv",
        )
        if saved and written:
            self.settings.setValue(FOLDER_KEY, str(Path(written[0]).parent))
            self.status.setText(
                translate("AgreementView", "Exported the table to {path}.").format(path=written[0])
            )
        return saved

    # -- size ---------------------------------------------------------------------------

    def done(self, result: int) -> None:
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)
