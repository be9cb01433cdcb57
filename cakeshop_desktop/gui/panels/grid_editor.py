"""An editable TableModel grid with its Save and Revert buttons, Ins/Del keys and messages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableView

from cakeshop_desktop.core.services.table_editor import SaveResult, ValidationFailed
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.delegates.cell_delegate import CellDelegate
from cakeshop_desktop.gui.errors import describe, render
from cakeshop_desktop.gui.models.table_model import TableModel

STATUS_MESSAGE_MS = 10_000


MAX_COLUMN_WIDTH = 320


def fit_columns(view: QTableView, widest: int = MAX_COLUMN_WIDTH) -> None:
    """Columns as wide as their contents, but none wider than `widest`."""
    view.resizeColumnsToContents()
    for column in range(view.model().columnCount()):
        if view.columnWidth(column) > widest:
            view.setColumnWidth(column, widest)


def compact_rows(view: QTableView) -> None:
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)


class GridEditor(QObject):
    """The buttons, keys and messages around one editable TableModel grid.

    What to show goes out by signals (`warning` and `information` for a message box,
    `status_message` for the status bar); `ask_reload(text)` asks whether to read the table
    again after a conflict.
    """

    warning = Signal(str)
    information = Signal(str)
    status_message = Signal(str)

    def __init__(
        self,
        ctx: ShopContext,
        view: QTableView,
        model: TableModel,
        save: QPushButton,
        revert: QPushButton,
        ask_reload: Callable[[str], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ask_reload = ask_reload
        self.view = view
        self.model = model
        self.save_button = save
        self.revert_button = revert
        view.setModel(model)
        view.setItemDelegate(CellDelegate(ctx, view))
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setSortIndicatorShown(True)
        compact_rows(view)
        self._fitted = False
        model.rows_loaded.connect(self._fit_once)
        model.table_changed.connect(self._table_changed)
        save.clicked.connect(self.save)
        revert.clicked.connect(model.revert_changes)
        # Ins and Del act on the grid that has the focus, never on a text field
        for name, text, key, slot in (
            ("addRowAction", self.tr("Add a row"), Qt.Key.Key_Insert, self.add_row),
            (
                "deleteRowsAction",
                self.tr("Delete the selected rows"),
                Qt.Key.Key_Delete,
                self.delete_selected,
            ),
        ):
            action = QAction(text, view)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            view.addAction(action)
        model.dirty_changed.connect(self._dirty_changed)
        model.saved.connect(self._saved)
        model.save_failed.connect(self._save_failed)
        model.conflict.connect(self._conflict)
        model.reload_blocked.connect(self._reload_blocked)
        model.load_failed.connect(lambda error: self.warning.emit(describe(error)))
        model.cell_refused.connect(self._cell_refused)
        self._dirty_changed(False)

    def _table_changed(self, _name: str) -> None:
        self._fitted = False

    def _fit_once(self) -> None:
        # after the first page of a table: later pages keep the widths the user sees
        if not self._fitted and self.model.rowCount():
            self._fitted = True
            fit_columns(self.view)

    @Slot(bool)
    def _dirty_changed(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def save(self) -> None:
        editor = self.view.focusWidget()
        if self.view.state() == QAbstractItemView.State.EditingState and editor is not None:
            self.view.commitData(editor)  # the cell being typed in counts too
        self.model.save()

    def selected_rows(self) -> list[int]:
        return sorted(
            {index.row() for index in self.view.selectionModel().selectedIndexes()}
            | (
                {self.view.currentIndex().row()}
                if self.view.currentIndex().isValid()
                and not self.view.selectionModel().selectedIndexes()
                else set()
            )
        )

    def add_row(self, values: dict[str, Any] | None = None) -> None:
        row = self.model.insert_new_row(values)
        if row < 0:
            return
        first = next(
            (
                i
                for i in range(self.model.columnCount())
                if self.model.flags(self.model.index(row, i)) & Qt.ItemFlag.ItemIsEditable
            ),
            0,
        )
        index = self.model.index(row, first)
        self.view.scrollTo(index)
        self.view.setCurrentIndex(index)
        self.view.setFocus()

    def delete_selected(self) -> None:
        self.model.mark_deleted(self.selected_rows())

    def _saved(self, result: SaveResult) -> None:
        text = self.tr("Saved: {0} added, {1} changed, {2} deleted").format(
            result.inserted, result.updated, result.deleted
        )
        self.status_message.emit(text)
        if result.messages:
            self.information.emit("\n".join(result.messages))

    def _save_failed(self, error: Exception) -> None:
        if isinstance(error, ValidationFailed):
            lines = [
                self.tr("Row {0}, {1}: {2}").format(
                    row, self._column_words(column) or "—", render(reason)
                )
                for (row, column), reason in list(error.errors.items())[:12]
            ]
            self.warning.emit(
                self.tr("Nothing was saved. Fix the marked cells:") + "\n" + "\n".join(lines)
            )
        else:
            self.warning.emit(describe(error))

    def _cell_refused(self, column: str, reason: str) -> None:
        self.status_message.emit(self.tr("{0}: {1}").format(self._column_words(column), reason))

    def _column_words(self, column: str) -> str:
        """A column's header as the grid shows it (its own name for a row's error)."""
        info = self.model.info
        if not column or info is None:
            return column
        names = [c.name for c in info.columns]
        if column not in names:
            return column
        return str(self.model.headerData(names.index(column), Qt.Orientation.Horizontal))

    def _reload_blocked(self) -> None:
        self.status_message.emit(self.tr("Save or revert the pending changes first"))

    def _conflict(self, error: Exception) -> None:
        if self._ask_reload(describe(error)):
            self.model.reload()
