"""The main window: composes the docks and the reader and wires their signals. No logic."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QWidget

from desktop.core import backups
from desktop.core.importers.annotations import is_annotation_file
from desktop.core.importing import ImportOutcome
from desktop.core.incoming import Incoming
from desktop.core.merging import MergeResult
from desktop.core.project import ProjectService
from desktop.core.records import AnnotationInfo, DocumentInfo, TagInfo
from desktop.core.store import Store
from desktop.ui import dialogs, mnemonics, window_layout
from desktop.ui.actions import build_actions
from desktop.ui.annotations.annotations_dock import AnnotationsDock
from desktop.ui.annotations.orphans import OrphanReview
from desktop.ui.appearance import Appearance
from desktop.ui.backup_schedule import BackupSchedule
from desktop.ui.codebook import flows
from desktop.ui.codebook.codebook_dock import CodebookDock
from desktop.ui.coders.coders_dock import CodersDock
from desktop.ui.coders.hidden_notice import HiddenCodersNotice
from desktop.ui.compare.base import CompareData
from desktop.ui.compare.compare_dock import CompareDock
from desktop.ui.core_text import text_of
from desktop.ui.corpus import document_flows, import_flow, text_flows
from desktop.ui.corpus.corpus_dock import CorpusDock
from desktop.ui.health_dialog import HealthDialog
from desktop.ui.history_steps import HistorySteps
from desktop.ui.i18n import plural, translate
from desktop.ui.interchange import export_flow, merge_flow
from desktop.ui.preferences import PreferencesDialog, coder_name, snap_words
from desktop.ui.reader import word_snap
from desktop.ui.reader.document_pane import DocumentPane
from desktop.ui.reader.reader_area import ReaderArea
from desktop.ui.recent_projects import ProjectMenu
from desktop.ui.restore_dialog import restore_from_backup
from desktop.ui.search_dock import SearchDock
from desktop.ui.search_runner import SearchRunner
from desktop.ui.session import ProjectSession
from desktop.ui.settings import window_settings
from desktop.ui.shortcuts_window import ShortcutsWindow
from desktop.ui.staged_refresh import StagedRefresh
from desktop.ui.status_messages import StatusMessages
from desktop.ui.suggestions_dock import SuggestionsDock
from desktop.ui.tag_actions import TagActions
from desktop.ui.text_util import short
from desktop.ui.view_refresh import ViewRefresh

if TYPE_CHECKING:
    from desktop.ui.agreement.agreement_dialog import AgreementDialog
    from desktop.ui.committed import Committed

PANES_AT_START = 2


class MainWindow(QMainWindow):
    def __init__(
        self, session: ProjectSession, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.setObjectName("mainWindow")
        info = session.service.info()
        self.project_uuid = info.uuid  # its layout is remembered under it
        self.setWindowTitle(
            translate("MainWindow", "{project} — Parallax").format(project=info.name)
        )
        self.setWindowFilePath(info.path)
        self.resize(1400, 880)
        # Routine notices there never hide a message that matters (status_messages).
        self.status_messages = StatusMessages()
        self.setStatusBar(self.status_messages)

        self.reader = ReaderArea()
        self.setCentralWidget(self.reader)
        self.corpus = CorpusDock(self, settings=settings)
        self.codebook = CodebookDock(self)
        self.annotations = AnnotationsDock(self)
        self.suggestions = SuggestionsDock(self)
        self.search = SearchDock(self)
        self.compare = CompareDock(self.compare_data, self)
        # Restores the coders hidden when the project was left, before the views fill.
        self.coders = CodersDock(session, settings, self.project_uuid, self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.corpus)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.search)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.suggestions)
        self.tabifyDockWidget(self.search, self.suggestions)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.coders)
        self.tabifyDockWidget(self.suggestions, self.coders)
        self.search.raise_()
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.codebook)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.annotations)
        # The side columns run the full height; Compare sits under the reader only, so it
        # adds nothing to the height the right column already needs (1366×768 screens).
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.compare)
        self.resizeDocks([self.corpus, self.codebook], [260, 380], Qt.Orientation.Horizontal)
        self.resizeDocks([self.compare], [260], Qt.Orientation.Vertical)
        self.resizeDocks([self.codebook, self.annotations], [300, 500], Qt.Orientation.Vertical)

        self.actions = build_actions(self, session.undo_stack)
        # Undo and redo pass one gate; note saves arriving meanwhile wait (history_steps).
        self.history = HistorySteps(session, self.annotations, self.actions.undo, self.actions.redo)
        self.import_run: import_flow.ImportRun | None = None
        self.merge_run: merge_flow.MergeRun | None = None
        self.shortcuts_window: ShortcutsWindow | None = None
        self.agreement_view: AgreementDialog | None = None
        self._waiting: list[Path] = []  # dropped annotation files not yet merged
        self._checking: HealthDialog | None = None
        self.setAcceptDrops(True)  # files dropped on the window are imported
        self.tag_actions = TagActions(self)
        self.views = ViewRefresh(self)  # the views kept in step with the project
        self.staged = StagedRefresh(self, self.views)  # after a replaced text
        self.corpus.document_actions = [
            self.actions.document_properties,
            self.actions.replace_text,
            self.actions.delete_document,
        ]
        self.orphans = OrphanReview(self, session, self.open_document)
        self.backup_schedule = BackupSchedule(session.service.backups, self)
        self.appearance = Appearance(settings, self)
        self.appearance.apply()
        self._build_menus()
        self._wire()
        self.status_messages.show_routine(
            translate("MainWindow", "Select a passage, then click a tag or press its key.")
        )
        # While some coders are hidden the status bar says so, always in sight.
        self.coders_notice = HiddenCodersNotice(session)
        self.statusBar().addPermanentWidget(self.coders_notice)
        self.coder_label = QLabel()
        self.statusBar().addPermanentWidget(self.coder_label)
        self._apply_preferences()

        self.refresh()
        self._restore_layout()

    # -- composition --------------------------------------------------------------------

    def _build_menus(self) -> None:
        a = self.actions
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        file_menu.addActions([a.new_project, a.open_project, a.open_shared_project])
        recent_menu = file_menu.addMenu(translate("MainWindow", "Open &Recent"))
        recent_menu.setProperty("listsFiles", True)  # files, not actions: not in Shortcuts
        place = self.session.service.store.location  # a file, or a shared project's address
        self.projects = ProjectMenu(
            self.settings, self, recent_menu, a.new_project, a.open_project, place,
            a.open_shared_project,
        )  # fmt: skip
        file_menu.addSeparator()
        file_menu.addActions([a.import_documents, a.import_folder, a.import_annotations])
        file_menu.addSeparator()
        file_menu.addActions([a.export, a.restore_backup])
        file_menu.addSeparator()
        file_menu.addActions([a.document_properties, a.replace_text, a.delete_document])
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        edit_menu = self.menuBar().addMenu(translate("MainWindow", "&Edit"))
        edit_menu.addActions([a.undo, a.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([a.edit_note, a.delete_annotation, a.review_orphans])
        edit_menu.addSeparator()
        edit_menu.addAction(a.find)
        edit_menu.addSeparator()
        edit_menu.addAction(a.preferences)
        self.tag_menu = self.menuBar().addMenu(translate("MainWindow", "&Tag"))
        self.tag_menu_head = [a.pick_tags, a.new_tag]
        view_menu = self.menuBar().addMenu(translate("MainWindow", "&View"))
        for dock in (
            self.corpus, self.search, self.suggestions, self.coders, self.codebook,
            self.annotations, self.compare,
        ):  # fmt: skip
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addSeparator()
        view_menu.addAction(a.agreement)
        view_menu.addSeparator()
        view_menu.addAction(self.reader.sync_action)
        view_menu.addActions([self.reader.move_back_action, self.reader.move_forward_action])
        view_menu.addSeparator()
        view_menu.addMenu(self.appearance.menu)
        mnemonics.assign(view_menu)  # the panels' names come from their titles
        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        help_menu.addActions([a.shortcuts, a.check_project, a.about])

    def _wire(self) -> None:
        a, s = self.actions, self.session
        a.export.triggered.connect(self.export)
        a.import_annotations.triggered.connect(lambda: self.import_annotations())
        a.import_documents.triggered.connect(
            lambda: self.import_paths(import_flow.choose_files(self, self.settings))
        )
        a.import_folder.triggered.connect(
            lambda: self.import_paths(import_flow.choose_folder(self, self.settings))
        )
        a.quit.triggered.connect(self.close)
        a.restore_backup.triggered.connect(
            lambda: restore_from_backup(self, s, self.backup_schedule)
        )
        self.backup_schedule.made.connect(
            lambda made: self.status_messages.show_routine(
                translate("MainWindow", "Backed up the project automatically ({when}).").format(
                    when=made.when()
                ),
                8000,
            )
        )
        # A failed backup is no routine notice: shown at once, like every showMessage.
        self.backup_schedule.failed.connect(lambda text: self.statusBar().showMessage(text))
        a.delete_annotation.triggered.connect(self.delete_current_annotation)
        a.edit_note.triggered.connect(self.annotations.inspector.note.setFocus)
        a.about.triggered.connect(lambda: dialogs.about(self))
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.check_project.triggered.connect(self.check_project)
        a.agreement.triggered.connect(self.show_agreement)
        a.preferences.triggered.connect(self.edit_preferences)
        self.tag_actions.triggered.connect(self.tag_selection)
        self.codebook.tagChosen.connect(self.tag_selection)
        a.pick_tags.triggered.connect(self.pick_tags)
        a.find.triggered.connect(self.search.focus_box)
        a.document_properties.triggered.connect(
            lambda: self._with_document(document_flows.edit_properties)
        )
        a.delete_document.triggered.connect(lambda: self._with_document(document_flows.delete))
        replace_from_file = functools.partial(text_flows.replace_from_file, settings=self.settings)
        a.replace_text.triggered.connect(lambda: self._with_document(replace_from_file))
        a.review_orphans.triggered.connect(lambda: self.orphans.show())
        self.reader.orphansRequested.connect(lambda document_id: self.orphans.show(document_id))
        self.reader.showAllCodersRequested.connect(lambda: s.set_hidden_coders(()))
        self.searching = SearchRunner(s, self.search, self)  # it takes the dock's requests
        self.search.hitChosen.connect(
            lambda document_id, start, end: self.open_document(document_id).select_span(start, end)
        )
        self.search.noteChosen.connect(self.show_annotation)
        self.compare.passageChosen.connect(self.show_annotation)
        self.compare.passageChosen.connect(self.annotations.select)
        self.compare.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        for changed in (s.annotationsChanged, s.annotationsEdited, s.codebookChanged):
            changed.connect(self.compare.changed)
        self.reader.openDocumentsChanged.connect(self.compare.changed)
        self.search.noteChosen.connect(self.annotations.select)
        self.search.tagRequested.connect(self.tag_results)
        a.new_tag.triggered.connect(lambda: flows.new_tag(self, s))
        self.codebook.newRequested.connect(lambda kind: flows.new_tag(self, s, kind))
        self.codebook.editRequested.connect(lambda t: self._with_tag(t, flows.edit_tag))
        self.codebook.deleteRequested.connect(lambda t: self._with_tag(t, flows.delete_tag))
        self.codebook.mergeRequested.connect(lambda t: self._with_tag(t, flows.merge_tag))
        self.codebook.model.moveRequested.connect(self._move_tag)
        self.codebook.model.visibilityChanged.connect(self.views.repaint_readers)
        self.corpus.openRequested.connect(self.open_document)
        self.reader.annotationClicked.connect(self.annotations.select)
        self.reader.menuRequested.connect(self._fill_pane_menu)
        self.reader.openDocumentsChanged.connect(
            lambda: self.corpus.model.set_open(self.reader.open_document_ids())
        )
        self.reader.openDocumentsChanged.connect(lambda: self.views.count_open_uses())
        self.annotations.annotationChosen.connect(self.show_annotation)
        self.suggestions.findRequested.connect(self.find_suggestions)
        self.suggestions.acceptRequested.connect(s.accept_suggestions)
        self.suggestions.dismissRequested.connect(s.dismiss_suggestion)
        self.suggestions.showRequested.connect(
            lambda found: self.open_document(found.document_id).select_span(found.start, found.end)
        )
        inspector = self.annotations.inspector
        inspector.noteChanged.connect(self.history.save_note)
        inspector.removeTagRequested.connect(self._remove_tag)
        inspector.deleteRequested.connect(self._delete)
        inspector.spanRequested.connect(self._change_span)
        inspector.addTagRequested.connect(self._pick_tags_for)
        s.annotationsChanged.connect(self.refresh)
        s.textReplaced.connect(self.staged.text_replaced)
        s.annotationsEdited.connect(self.views.annotations_edited)
        s.codebookChanged.connect(self.views.codebook_changed)
        s.hiddenCodersChanged.connect(self.views.hidden_coders_changed)
        s.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        s.failed.connect(lambda text: dialogs.not_saved(self, text))

    # -- refreshing views from the committed state --------------------------------------

    def refresh(self) -> None:
        """Show the committed state afresh (after a change the session could not describe);
        much changed at once (a merge, an import) is shown over a few events."""
        if self.session.in_steps:
            self.staged.reload()
        else:
            self.views.refresh()

    def refresh_pending(self) -> bool:
        """Some view has still to show a replaced text (``StagedRefresh``)."""
        return self.staged.pending()

    def open_document(self, document_id: int) -> DocumentPane:
        service = self.session.service
        pane = self.reader.pane_for(document_id)
        if pane is None:
            pane = self.reader.open_document(
                # Known to the session; a document it does not know is refused by the service.
                self.session.document(document_id) or service.document(document_id),
                service.document_text(document_id),
                self.views.shown_in(document_id),
                self.session.tags(),
            )
            self.views.say_hidden(pane)
        return pane

    # -- user actions -------------------------------------------------------------------

    def tag_selection(self, tag_id: int) -> None:
        pane = self.reader.current_pane
        span = pane.selection_span() if pane else None
        if pane is None or span is None or pane.document_id is None:
            self.statusBar().showMessage(
                translate("MainWindow", "Select a passage in a document first."), 6000
            )
            return
        annotation = self.session.tag_passage(pane.document_id, *span, [tag_id])
        if annotation is not None:
            self.annotations.select(annotation.id)

    def edit_preferences(self) -> None:
        if PreferencesDialog(self.settings, self).exec():
            self._apply_preferences()

    def _apply_preferences(self) -> None:
        self.session.service.coder = coder_name(self.settings)
        coder = self.session.service.coder or translate("MainWindow", "(no name)")
        self.coder_label.setText(translate("MainWindow", "Coding as: {coder}").format(coder=coder))
        self.reader.snap_words = snap_words(self.settings)
        self.coders.model.you_changed()

    def find_suggestions(self) -> None:
        found = self.session.suggestions(self.reader.open_document_ids())
        self.suggestions.set_suggestions(found, self.session.tags(), self.session.documents())

    def pick_tags(self) -> None:
        pane = self.reader.current_pane
        span = pane.selection_span() if pane else None
        if pane is None or span is None or pane.document_id is None:
            self.statusBar().showMessage(
                translate("MainWindow", "Select a passage in a document first."), 6000
            )
            return
        self.picker = flows.pick_and_apply(self, self.session, pane.document_id, *span)

    def _pick_tags_for(self, annotation_id: int) -> None:
        annotation = self.session.annotation(annotation_id)
        if annotation is not None:
            span = (annotation.start, annotation.end)
            self.picker = flows.pick_and_apply(self, self.session, annotation.document_id, *span)

    def compare_data(self) -> CompareData:
        """The committed project as the Compare views see it."""
        grouped: Mapping[int, Sequence[AnnotationInfo]] = self.session.annotations_by_document()
        documents = self.session.documents()
        if any(d.orphan_count for d in documents):  # their offsets are a guess: not counted
            grouped = {d: [a for a in found if not a.orphan] for d, found in grouped.items()}
        return CompareData(
            tuple(documents),
            tuple(self.session.tags()),
            tuple(a for d in documents for a in grouped.get(d.id, ())),
            tuple(self.reader.open_document_ids()),
            grouped,
        )

    def run_search(self, query: str) -> None:
        self.searching.search(query)

    def tag_results(self, passages: list[tuple[int, int, int]], unlocated: list[int]) -> None:
        """Tag the ticked search results, chosen in the tag picker, as one undo step;
        documents whose hits are not listed yet give all of theirs."""
        if unlocated:
            more = self.searching.locate(self.search.shown_query, unlocated)
            passages = passages + [(d.document_id, h.start, h.end) for d in more for h in d.hits]
        self.picker = flows.pick_for_passages(self, self.session, passages)

    def current_document(self) -> DocumentInfo | None:
        """The document the user works on: the corpus selection when the corpus has focus,
        else the current pane's."""
        focus = self.focusWidget()
        if focus is not None and self.corpus.isAncestorOf(focus):
            chosen = self.corpus.selected_documents()
            if len(chosen) == 1:
                return chosen[0]
            if chosen:  # acting on the first of several would surprise
                return None
        pane = self.reader.current_pane
        return self.session.document(pane.document_id) if pane and pane.document_id else None

    def _with_document(
        self, flow: Callable[[QWidget, ProjectSession, DocumentInfo], object]
    ) -> None:
        document = self.current_document()
        if document is None:
            self.statusBar().showMessage(
                translate("MainWindow", "Open or select one document first."), 6000
            )
            return
        flow(self, self.session, document)

    def _with_tag(
        self, tag_id: int, flow: Callable[[QWidget, ProjectSession, TagInfo], object]
    ) -> None:
        tag = self.session.tag(tag_id)
        if tag is not None:
            flow(self, self.session, tag)

    def _move_tag(self, tag_id: int, parent_id: int | None, position: int | None) -> None:
        tag = self.session.tag(tag_id)
        if tag is not None:
            self.session.move_tag(tag, parent_id, position)

    def show_annotation(self, annotation_id: int) -> None:
        annotation = self.session.annotation(annotation_id)
        if annotation is not None and annotation.orphan:  # nowhere to show it: review it
            self.orphans.show(annotation_id=annotation_id)
        elif annotation is not None:
            pane = self.open_document(annotation.document_id)
            pane.select_span(annotation.start, annotation.end)

    def delete_current_annotation(self) -> None:
        annotation = self.annotations.current()
        if annotation is None:
            self.statusBar().showMessage(
                translate("MainWindow", "Select an annotation to delete first."), 6000
            )
            return
        self.session.delete_annotation(annotation)

    def _remove_tag(self, annotation_id: int, tag_id: int) -> None:
        annotation = self.session.annotation(annotation_id)
        if annotation is not None:
            self.session.remove_tag(annotation, tag_id)

    def _change_span(self, annotation_id: int, mode: str) -> None:
        annotation = self.session.annotation(annotation_id)
        if annotation is None:
            return
        pane = self.open_document(annotation.document_id)
        if mode == "selection":
            span = pane.selection_span()
            if span is None:
                self.statusBar().showMessage(
                    translate("MainWindow", "Select the new passage in the same document first."),
                    6000,
                )
                return
        else:
            grow = word_snap.snap_to_words if mode == "words" else word_snap.grow_to_sentence
            span = pane.grown(annotation.start, annotation.end, grow)
        updated = self.session.set_span(annotation, *span)
        if updated is not None:
            pane.select_span(updated.start, updated.end)

    def _delete(self, annotation_id: int) -> None:
        annotation = self.session.annotation(annotation_id)
        if annotation is not None:
            self.session.delete_annotation(annotation)

    def _fill_pane_menu(self, pane: DocumentPane, menu: QMenu, under: list[AnnotationInfo]) -> None:
        first = menu.actions()[0] if menu.actions() else None
        if pane.selection_span() is not None:
            tag_menu = QMenu(translate("MainWindow", "&Tag Selection As"), menu)
            self.tag_actions.fill(tag_menu)
            menu.insertMenu(first, tag_menu)
        for annotation in under:
            title = translate("MainWindow", "Annotation “{passage}”")
            quote = short(annotation.quote, 32).replace("&", "&&")  # a '&' of its own
            sub = QMenu(title.format(passage=quote), menu)
            for tag in self.session.tags():
                if tag.id in annotation.tag_ids:
                    sub.addAction(
                        translate("MainWindow", "Remove Tag “{tag}”").format(
                            tag=tag.name.replace("&", "&&")
                        ),
                        lambda a=annotation, t=tag.id: self.session.remove_tag(a, t),
                    )
            sub.addAction(
                translate("MainWindow", "Edit &Note…"),
                lambda a=annotation: self._focus_note(a.id),
            )
            sub.addAction(
                translate("MainWindow", "&Delete Annotation"),
                lambda a=annotation: self._delete(a.id),
            )
            mnemonics.assign(sub)  # each tag removed by a letter of its own
            menu.insertMenu(first, sub)
        if first is not None and (under or pane.selection_span() is not None):
            menu.insertSeparator(first)
        mnemonics.assign(menu)  # the annotations' submenus and Qt's own "Select All"

    def _focus_note(self, annotation_id: int) -> None:
        self.annotations.select(annotation_id)
        self.annotations.show()
        self.annotations.inspector.note.setFocus()

    def import_paths(self, paths: list[Path], allow_duplicates: bool = False) -> None:
        """Import files and folders in the background; the corpus shows them when done."""
        if self.import_run is not None and self.import_run.running():
            self.statusBar().showMessage(
                translate("MainWindow", "An import is still running."), 6000
            )
            return
        self.import_run = import_flow.start_import(
            self, self.session.service, paths, self._imported,
            allow_duplicates=allow_duplicates,
            again=lambda duplicates: self.import_paths(duplicates, allow_duplicates=True),
        )  # fmt: skip

    def _imported(self, outcomes: list[ImportOutcome]) -> None:
        landed = [o.document for o in outcomes if o.document is not None]
        if landed:  # else the project is as it was
            self.session.reload(self.import_run.committed if self.import_run else None)
            # Its pane in the next event: its layout is not added to the reload's.
            first = landed[0].id
            QTimer.singleShot(0, self, lambda: self._open_landed(first))
            imported = plural(
                len(landed),
                translate("MainWindow", "Imported {n} document."),
                translate("MainWindow", "Imported {n} documents."),
            )
            self.statusBar().showMessage(imported, 10000)
        self._next_merge()  # annotation files dropped with the documents refer to them

    def _open_landed(self, document_id: int) -> None:
        if self.session.document(document_id) is not None:  # not deleted meanwhile
            self.open_document(document_id)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            work = [p for p in paths if is_annotation_file(p)]
            self._waiting += work  # merged one after another, after the documents
            if documents := [p for p in paths if p not in work]:
                self.import_paths(documents)
            else:
                self._next_merge()

    def _next_merge(self) -> None:
        busy = self.merge_run is not None and self.merge_run.running()
        if self._waiting and not busy:
            self.import_annotations(self._waiting.pop(0))

    def check_project(self) -> HealthDialog:
        dialog = HealthDialog(self.session.service, self, backups.for_health)
        dialog.finished.connect(dialog.stop)
        dialog.open()
        self._checking = dialog
        return dialog

    def import_annotations(self, path: Path | None = None) -> None:
        """Merge a file of annotations, after a preview; one undo step."""
        if self.merge_run is not None and self.merge_run.running():
            self.statusBar().showMessage(
                translate("MainWindow", "An import of annotations is still running."), 6000
            )
            return
        path = path or merge_flow.choose_file(self, self.settings)
        if path is not None:
            self.merge_run = merge_flow.start(self, self.session.service, path, self._merged)
            if self.merge_run is not None:
                self.merge_run.ended.connect(self._next_merge, Qt.ConnectionType.QueuedConnection)

    def _merged(
        self, result: MergeResult, incoming: Incoming, committed: Committed | None = None
    ) -> None:
        self.session.record(merge_flow.MergeWork(result, incoming, self.session, self), committed)
        plan = result.plan
        self.statusBar().showMessage(
            translate("MainWindow", "Imported {file}: {summary}").format(
                file=incoming.path.name, summary=plan.summary().splitlines()[0]
            ),
            15000,
        )
        if result.documents:
            self.open_document(result.documents[0])

    def export(self) -> None:
        if said := export_flow.export(self, self.session.service, self.settings):
            self.statusBar().showMessage(said, 10000)

    # -- layout -------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        """The documents open and the layout as this project was last left."""
        documents = self.session.documents()
        uuid = self.project_uuid
        for document in window_layout.documents_to_open(
            self.settings, uuid, documents, PANES_AT_START
        ):
            self.open_document(document.id)
        window_layout.restore(self.settings, uuid, self, self.reader)

    def show_shortcuts(self) -> ShortcutsWindow:
        if (shown := self.shortcuts_window) is None:
            shown = self.shortcuts_window = ShortcutsWindow(self)
        shown.show()
        shown.raise_()
        shown.activateWindow()
        return shown

    def show_agreement(self) -> AgreementDialog:
        from desktop.ui.agreement.agreement_dialog import AgreementDialog  # not at start-up

        if (shown := self.agreement_view) is None:
            shown = self.agreement_view = AgreementDialog(self.session, self.settings, self)
            shown.passageChosen.connect(
                lambda document_id, start, end: self.open_document(document_id).select_span(
                    start, end
                )
            )
        else:
            shown.reload()  # the project's coders, documents and tags as they are now
        shown.show()
        shown.raise_()
        shown.activateWindow()
        return shown

    def closeEvent(self, event: QCloseEvent) -> None:
        inspector = self.annotations.inspector
        inspector.save_note()
        if inspector.has_unsaved_note() and not dialogs.discard_unsaved_note(self):
            event.ignore()
            return
        if self.import_run is not None and self.import_run.running():
            self.import_run.abandon()  # each file is one transaction: it stops between files
        if self._checking is not None:
            self._checking.stop()  # its connection must be back before the project closes
        if self.merge_run is not None:  # its thread too, if a cancelled plan is still read
            self.merge_run.abandon()  # a merge under way lands whole before the thread ends
        window_layout.save(self.settings, self.project_uuid, self, self.reader)
        self.backup_schedule.finish()  # the last changes, backed up
        super().closeEvent(event)


def open_window(store: Store, settings: QSettings | None = None) -> MainWindow:
    """The main window on an open project store; the coder comes from the preferences."""
    session = ProjectSession(ProjectService(store))
    window = MainWindow(session, settings or window_settings())
    session.setParent(window)
    window.backup_schedule.start()
    if store.read_only:  # every change would be refused: say so before the user tries
        # Before " — Parallax": Qt adds the app's name to a title not ending with it.
        title = translate("MainWindow", "{project} (read-only) — Parallax")
        window.setWindowTitle(title.format(project=window.session.service.info().name))
        notice = QLabel(
            translate("MainWindow", "<b>Read-only</b>: changes cannot be saved to this file")
        )
        notice.setToolTip(
            translate(
                "MainWindow", "{path} cannot be written; to work on it, copy it first."
            ).format(path=store.path)
        )
        window.statusBar().insertPermanentWidget(0, notice)
    if store.unclean:
        window.statusBar().showMessage(text_of(store.unclean), 30000)
    return window
