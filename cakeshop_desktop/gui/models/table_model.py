"""Any database table as an editable, lazily loaded grid; edits stay pending until saved."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from cakeshop_desktop.core.domain import Conflict, InvalidInput
from cakeshop_desktop.core.services import table_editor
from cakeshop_desktop.core.services.table_editor import (
    ChangeKind,
    RowChange,
    SaveResult,
    TablePage,
    ValidationFailed,
)
from cakeshop_desktop.core.services.table_editor.rules import cell_rule_error
from cakeshop_desktop.core.services.table_editor.values import (
    ColumnInfo,
    ColumnKind,
    TableInfo,
    parse_value,
    same_value,
)
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.errors import render
from cakeshop_desktop.gui.formatting import date_time
from cakeshop_desktop.gui.labels import enum_label, table_label
from cakeshop_desktop.gui.models.base import (
    COLUMN_ROLE,
    ERROR_ROLE,
    KEY_ROLE,
    AnyIndex,
    Column,
    PagedModel,
    PageRequest,
)

ModelIndex = AnyIndex

EDITED_COLOUR = "#fff2b3"  # a pending change
NEW_COLOUR = "#dff5df"  # a row not saved yet
DELETED_COLOUR = "#d9d9d9"  # a row that goes on save
INVALID_COLOUR = "#f8c7c7"  # a value the table cannot take
MAX_RELOAD = 1000  # rows re-read after a save


@dataclass
class GridRow:
    """A loaded or new row with its pending edits."""

    key: str
    original: dict[str, Any]
    labels: dict[str, str] = field(default_factory=dict)
    edits: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    new: bool = False
    deleted: bool = False

    def value(self, column: str) -> Any:
        return self.edits[column] if column in self.edits else self.original.get(column)

    @property
    def dirty(self) -> bool:
        return self.new or self.deleted or bool(self.edits)


def grid_column(info: ColumnInfo) -> Column[GridRow]:
    """A column of the grid: its raw value (RAW_ROLE) is the cell's pending or loaded value."""
    return Column(
        info.name,
        raw=lambda row: row.value(info.name),
        numeric=info.kind in (ColumnKind.INTEGER, ColumnKind.DECIMAL),
    )


class TableModel(PagedModel[GridRow]):
    """One table of the database: pages come from table_editor.fetch_rows on the workers.

    headerData(COLUMN_ROLE) is the column's ColumnInfo; data(KEY_ROLE) the row key,
    data(ERROR_ROLE) why the cell is invalid (None when it is not), data(ROW_ROLE) the GridRow.
    """

    INFO_ROLE = COLUMN_ROLE
    KEY_ROLE = KEY_ROLE
    ERROR_ROLE = ERROR_ROLE

    table_changed = Signal(str)  # the columns of a new table are known
    rows_loaded = Signal()
    dirty_changed = Signal(bool)
    reload_blocked = Signal()  # asked to filter, sort or refresh while edits are pending
    saved = Signal(object)  # SaveResult
    save_failed = Signal(object)  # ValidationFailed or another error
    conflict = Signal(object)  # Conflict: offer to reload
    cell_refused = Signal(str, str)  # column, why (in the user's language)

    def __init__(self, ctx: ShopContext, parent: Any = None, page_size: int = 100) -> None:
        super().__init__(ctx, parent)
        self._page_size = page_size
        self._info: TableInfo | None = None
        self._filter = ""
        self._sort: str | None = None
        self._descending = False
        self._cursor: Any = None
        self._saving = False
        self._new_rows = 0
        self._was_dirty = False
        self._header_labels: dict[str, str] = {}

    def row_key(self, row: GridRow) -> Hashable:
        return row.key

    # ------------------------------------------------------------ state

    def set_header_labels(self, labels: dict[str, str]) -> None:
        """Words for some column headers (the Tables tab keeps the database's own names)."""
        self._header_labels = dict(labels)
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    @property
    def table(self) -> str | None:
        return self._info.name if self._info else None

    @property
    def info(self) -> TableInfo | None:
        return self._info

    @property
    def is_busy(self) -> bool:
        return self._loading or self._saving

    @property
    def is_dirty(self) -> bool:
        return any(row.dirty for row in self._rows)

    @property
    def read_only(self) -> bool:
        return self._info is None or self._info.read_only

    def column_info(self, column: int) -> ColumnInfo | None:
        if self._info is None or not 0 <= column < len(self._info.columns):
            return None
        return self._info.columns[column]

    def column_index(self, name: str) -> int:
        assert self._info is not None
        return [column.name for column in self._info.columns].index(name)

    def row(self, row: int) -> GridRow:
        return self._rows[row]

    # ------------------------------------------------------------ loading

    def set_table(self, name: str) -> None:
        """Show the table `name` (its description first, then its first page)."""
        self._generation += 1
        generation = self._generation
        self.set_loading(True)
        self._ctx.call(
            self,
            table_editor.describe_table,
            name,
            on_result=lambda info: self._described(generation, info),
            on_error=lambda error: self.fail(generation, error),
        )

    def _described(self, generation: int, info: TableInfo) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._info = info
        self._columns = [grid_column(column) for column in info.columns]
        self._rows = []
        self._has_more = False
        self._sort = None
        self._descending = False
        self._filter = ""
        self.endResetModel()
        self.table_changed.emit(info.name)
        self._emit_dirty()
        self.load_page(reset=True)

    def set_filter(self, text: str) -> None:
        if self._blocked_by_edits():
            return
        self._filter = text
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        info = self.column_info(column)
        if info is None or self._blocked_by_edits():
            return
        self._sort = info.name
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def _blocked_by_edits(self) -> bool:
        # a new filter or order re-reads the rows: pending edits would be lost on the way
        if self.is_dirty:
            self.reload_blocked.emit()
            return True
        return False

    def reload(self, *, force: bool = True) -> None:
        """Read the table again from the top; pending edits are dropped unless `force` is off."""
        if self._info is None or (not force and self._blocked_by_edits()):
            return
        self.load_first_page()

    def request_page(self, reset: bool) -> PageRequest:
        assert self._info is not None
        loaded = sum(1 for row in self._rows if not row.new)
        limit = self._page_size if not reset else max(self._page_size, min(loaded, MAX_RELOAD))
        offset = 0 if reset or self._cursor is not None else loaded
        return (
            table_editor.fetch_rows,
            (self._info.name, self._filter, self._sort, self._descending, offset, limit),
            {"cursor": None if reset else self._cursor},
        )

    def page_rows(self, page: TablePage) -> tuple[Sequence[GridRow], bool] | None:
        if self._info is None or page.table != self._info.name:
            return None
        self._cursor = page.cursor
        rows = [
            GridRow(
                key=row.key,
                original=dict(zip(page.columns, row.values, strict=True)),
                labels=dict(row.labels),
            )
            for row in page.rows
        ]
        return rows, page.has_more

    def page_shown(self, page: TablePage, reset: bool, added: int) -> None:
        if reset:
            self._emit_dirty()
        self.rows_loaded.emit()

    # ------------------------------------------------------------ Qt model

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            info = self.column_info(section)
            if info is None:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return self._header_labels.get(info.name, info.name)
            if role == COLUMN_ROLE:
                return info
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._column_tip(info)
            return None
        if not 0 <= section < len(self._rows):
            return None
        row = self._rows[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return "*" if row.new else ("−" if row.deleted else row.key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if "" in row.errors:
                return row.errors[""]
            if row.new:
                return self.tr("A new row, not saved yet")
            if row.deleted:
                return self.tr("Deleted when you save")
        return None

    def _column_tip(self, info: ColumnInfo) -> str:
        parts = [info.name, self._kind_word(info)]
        if info.references:
            parts.append(self.tr("refers to {0}").format(table_label(info.references)))
        if info.max_length:
            parts.append(self.tr("at most {0} characters").format(info.max_length))
        if info.read_only:
            parts.append(self.tr("read-only"))
        elif not info.nullable:
            parts.append(self.tr("required"))
        return ", ".join(parts)

    def _kind_word(self, info: ColumnInfo) -> str:
        if info.kind is ColumnKind.ENUM:
            choices = ", ".join(enum_label(info.enum_name, v) for v in info.enum_values)
            return self.tr("one of: {0}").format(choices)
        return {
            ColumnKind.TEXT: self.tr("text"),
            ColumnKind.INTEGER: self.tr("whole number"),
            ColumnKind.DECIMAL: self.tr("number"),
            ColumnKind.DATETIME: self.tr("date and time"),
            ColumnKind.DATE: self.tr("date"),
            ColumnKind.BOOLEAN: self.tr("yes or no"),
            ColumnKind.FOREIGN_KEY: self.tr("a row of another table"),
        }[info.kind]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable(index):
            info = self.column_info(index.column())
            if info is not None and info.kind is ColumnKind.BOOLEAN:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            else:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _editable(self, index: ModelIndex) -> bool:
        info = self.column_info(index.column())
        if info is None or self.read_only or not 0 <= index.row() < len(self._rows):
            return False
        row = self._rows[index.row()]
        if row.deleted:
            return False
        if info.primary_key:
            return row.new and not info.read_only
        return not info.read_only

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        info = self.column_info(index.column())
        if not self.row_in_range(index) or info is None:
            return None
        row = self._rows[index.row()]
        value = row.value(info.name)
        if role == Qt.ItemDataRole.DisplayRole:
            if info.kind is ColumnKind.BOOLEAN and info.name not in row.errors:
                return None
            return self._display(info, row, value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.CheckStateRole and info.kind is ColumnKind.BOOLEAN:
            if info.name in row.errors or value is None:
                return None
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(info, row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if info.name in row.errors or "" in row.errors:
                return row.errors.get(info.name) or row.errors[""]
            if info.kind is ColumnKind.FOREIGN_KEY and value is not None:
                return f"{table_label(info.references or '')} #{value}"
            return None
        if role == ERROR_ROLE:
            return row.errors.get(info.name)
        return super().data(index, role)  # raw value, row, key, alignment

    def _display(self, info: ColumnInfo, row: GridRow, value: Any) -> str:
        if value is None:
            return ""
        if info.name in row.errors:
            return str(value)
        if info.kind is ColumnKind.FOREIGN_KEY:
            label = row.labels.get(info.name) if info.name not in row.edits else None
            if label is None and info.name in row.edits:
                label = row.labels.get(f"{info.name}:{value}")
            return label or str(value)
        if info.kind is ColumnKind.ENUM:
            return enum_label(info.enum_name, value)  # `completed` reads Handed out
        if info.kind is ColumnKind.DATETIME and isinstance(value, datetime):
            return date_time(value)
        if isinstance(value, date | Decimal):
            return str(value)
        if info.kind is ColumnKind.BOOLEAN:
            return self.tr("yes") if value else self.tr("no")
        text = str(value)
        return text if len(text) <= 200 else text[:200] + "…"

    def _background(self, info: ColumnInfo, row: GridRow) -> QBrush | None:
        if info.name in row.errors or "" in row.errors:
            return QBrush(QColor(INVALID_COLOUR))
        if row.deleted:
            return QBrush(QColor(DELETED_COLOUR))
        if info.name in row.edits:
            return QBrush(QColor(EDITED_COLOUR))
        if row.new:
            return QBrush(QColor(NEW_COLOUR))
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self._editable(index):
            return False
        info = self.column_info(index.column())
        assert info is not None
        if role == Qt.ItemDataRole.CheckStateRole and info.kind is ColumnKind.BOOLEAN:
            value = (
                Qt.CheckState(value) == Qt.CheckState.Checked
                if isinstance(value, int | Qt.CheckState)
                else bool(value)
            )
        elif role != Qt.ItemDataRole.EditRole:
            return False
        self.set_cell(index.row(), info.name, value)
        return True

    def set_cell(self, row_number: int, column: str, value: Any, label: str | None = None) -> None:
        """Keep `value` as the pending value of a cell; a bad one is marked at once."""
        info = self._info.column(column) if self._info else None
        assert info is not None
        row = self._rows[row_number]
        if isinstance(value, str) and info.kind is not ColumnKind.TEXT:
            value = value.strip()
        error = None
        if info.kind is ColumnKind.ENUM and value not in (None, "", *info.enum_values):
            value, error = self._enum_value(info, value)
        try:
            parsed = parse_value(info, value)
            if parsed is None and not info.nullable and not row.new:
                error = self.tr("A value is required")
            else:  # a negative price is refused here, as typed, not saved as something else
                problem = cell_rule_error(self._info.name, info, parsed) if self._info else None
                error = None if problem is None else render(problem)
        except InvalidInput as exc:
            error = error or render(exc.text)
        if error is not None:
            parsed = value  # the cell shows what was typed, marked, until it is put right
        if error is None and not row.new and same_value(info, row.original.get(column), parsed):
            row.edits.pop(column, None)
        else:
            row.edits[column] = parsed
        if error is None:
            row.errors.pop(column, None)
        else:
            row.errors[column] = error
            self.cell_refused.emit(column, error)
        if label is not None:
            row.labels[f"{column}:{parsed}"] = label
        self._row_changed(row_number)

    def _enum_value(self, info: ColumnInfo, value: Any) -> tuple[Any, str | None]:
        """A label typed or pasted (Handed out) stands for its stored value; else a refusal."""
        by_label = {enum_label(info.enum_name, v).casefold(): v for v in info.enum_values}
        found = by_label.get(str(value).casefold())
        if found is not None:
            return found, None
        choices = ", ".join(enum_label(info.enum_name, v) for v in info.enum_values)
        return value, self.tr("«{0}» is not one of: {1}").format(str(value)[:40], choices)

    def _row_changed(self, row_number: int) -> None:
        last = self.columnCount() - 1
        if last >= 0:
            self.dataChanged.emit(self.index(row_number, 0), self.index(row_number, last))
        self.headerDataChanged.emit(Qt.Orientation.Vertical, row_number, row_number)
        self._emit_dirty()

    def _emit_dirty(self) -> None:
        dirty = self.is_dirty
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)

    # ------------------------------------------------------------ pending edits

    def insert_new_row(self, values: dict[str, Any] | None = None) -> int:
        """Add an empty row at the end; return its number."""
        if self.read_only:
            return -1
        self._new_rows += 1
        row = GridRow(key=f"new-{self._new_rows}", original={}, new=True)
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start)
        self._rows.append(row)
        self.endInsertRows()
        for column, value in (values or {}).items():
            self.set_cell(start, column, value)
        self._emit_dirty()
        return start

    def mark_deleted(self, row_numbers: list[int]) -> None:
        """New rows go at once; loaded rows are marked and go on save (again: unmarked)."""
        if self.read_only:
            return
        for number in sorted(set(row_numbers), reverse=True):
            if not 0 <= number < len(self._rows):
                continue
            row = self._rows[number]
            if row.new:
                self.beginRemoveRows(QModelIndex(), number, number)
                del self._rows[number]
                self.endRemoveRows()
            else:
                row.deleted = not row.deleted
                self._row_changed(number)
        self._emit_dirty()

    def revert_changes(self) -> None:
        """Forget every pending edit, new row and deletion."""
        self.beginResetModel()
        self._rows = [row for row in self._rows if not row.new]
        for row in self._rows:
            row.edits.clear()
            row.errors.clear()
            row.deleted = False
        self.endResetModel()
        self._emit_dirty()

    def pending_changes(self) -> list[RowChange]:
        changes: list[RowChange] = []
        for row in self._rows:
            if row.new:
                changes.append(RowChange(ChangeKind.INSERT, row.key, values=dict(row.edits)))
            elif row.deleted:
                changes.append(RowChange(ChangeKind.DELETE, row.key, original=dict(row.original)))
            elif row.edits:
                changes.append(
                    RowChange(
                        ChangeKind.UPDATE,
                        row.key,
                        original=dict(row.original),
                        values=dict(row.edits),
                    )
                )
        return changes

    def local_errors(self) -> dict[tuple[str, str], str]:
        return {
            (row.key, column): message
            for row in self._rows
            for column, message in row.errors.items()
        }

    def save(self) -> bool:
        """Send the pending changes; False when there is nothing to save or cells are invalid."""
        if self._info is None or self._saving:
            return False
        for row in self._rows:
            row.errors.pop("", None)  # a refusal of a whole row is asked again
        errors = self.local_errors()
        if errors:
            self.save_failed.emit(ValidationFailed(errors))
            return False
        changes = self.pending_changes()
        if not changes:
            return False
        self._saving = True
        self._ctx.call(
            self,
            table_editor.apply_changes,
            self._info.name,
            changes,
            on_result=self._saved,
            on_error=self._save_refused,
        )
        return True

    def _saved(self, result: SaveResult) -> None:
        self._saving = False
        self.saved.emit(result)
        self.reload()

    def _save_refused(self, error: Exception) -> None:
        self._saving = False
        if isinstance(error, ValidationFailed):
            by_key = {row.key: number for number, row in enumerate(self._rows)}
            for (key, column), message in error.errors.items():
                number = by_key.get(key)
                if number is not None:
                    self._rows[number].errors[column] = render(message)
                    self._row_changed(number)
            self.save_failed.emit(error)
        elif isinstance(error, Conflict):
            self.conflict.emit(error)
        else:
            self.save_failed.emit(error)
