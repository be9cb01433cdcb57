"""The one base of every table model of the app: columns, rows, pages, roles and the sort proxy.

A model describes its columns with `Column` (header, text, raw value, alignment, editable)
and keeps its rows (DTOs, tuples, anything) in `RowsModel`; a model whose rows come from a
service a page at a time is a `PagedModel`. The data roles mean the same in every model:

    RAW_ROLE     (UserRole)     the cell's raw value: Decimal, datetime, int… (sorting, tests)
    ROW_ROLE     (UserRole + 1) the row object of the index's row, in every column
    KEY_ROLE     (UserRole + 2) the row's key (what `row_of` finds, what paging de-duplicates by)
    COLUMN_ROLE  (UserRole + 3) headerData: the column's description (the admin grid: ColumnInfo)
    ERROR_ROLE   (UserRole + 4) why an edited cell is refused (the admin grid), or None
    CARD_ROLE, HEADING_ROLE, OVERDUE_ROLE (UserRole + 5…7) the production board's rows

`SortProxy` sorts any of them on `RAW_ROLE`, never on the formatted text.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

AnyIndex = QModelIndex | QPersistentModelIndex
R = TypeVar("R")

# a service, its positional arguments (after the unit of work and actor), its keyword arguments
PageRequest = tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]

RAW_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMN_ROLE = Qt.ItemDataRole.UserRole + 3
ERROR_ROLE = Qt.ItemDataRole.UserRole + 4
CARD_ROLE = Qt.ItemDataRole.UserRole + 5  # the TaskCard, None on a heading
HEADING_ROLE = Qt.ItemDataRole.UserRole + 6  # True on a day heading
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 7  # True on a card due before the board's first day

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for lupdate in `context` (Qt's own marker is typed as returning object);
    the model translates it when it is shown."""
    return text


def _no_text(_row: Any) -> str:
    return ""


@dataclass(frozen=True, slots=True)
class Column(Generic[R]):
    """One column: `header` is marked with QT_TRANSLATE_NOOP in the model's TR_CONTEXT and
    translated when shown; `text` is what the cell shows, `raw` what it sorts by (RAW_ROLE;
    the text when not given); `numeric` aligns cell and header right; `editable` lets the
    view open an editor (EditRole gives the raw value)."""

    header: str
    text: Callable[[R], str | None] = _no_text
    raw: Callable[[R], Any] | None = None
    numeric: bool = False
    editable: bool = False

    def raw_value(self, row: R) -> Any:
        return self.raw(row) if self.raw is not None else self.text(row)


class RowsModel(QAbstractTableModel, Generic[R]):
    """A flat table of rows under `columns()`.

    Subclasses name COLUMNS (or override `columns()` when they depend on the instance),
    TR_CONTEXT (the translation context of the headers) and, for roles a column cannot say
    (colours, tool tips, icons), `cell_data`. `row_key` identifies a row (its `id` by default).
    """

    TR_CONTEXT = "RowsModel"
    COLUMNS: Sequence[Column[Any]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._columns: list[Column[R]] = list(self.columns())

    def columns(self) -> Sequence[Column[R]]:
        return self.COLUMNS

    # ------------------------------------------------------------ rows

    def row_key(self, row: R) -> Hashable:
        return getattr(row, "id", None)

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: Hashable) -> int:
        """The number of the row whose key is `key`, -1 when none is."""
        return next((i for i, row in enumerate(self._rows) if self.row_key(row) == key), -1)

    def row_in_range(self, index: AnyIndex) -> bool:
        return index.isValid() and 0 <= index.row() < len(self._rows)

    def set_rows(self, rows: Sequence[R]) -> None:
        """Replace every row at once (model reset)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def update_rows(self, rows: Sequence[R]) -> None:
        """Show `rows`: the same keys in the same order change only the changed rows (a
        selection and the scroll position survive); other rows mean a model reset."""
        rows = list(rows)
        if [self.row_key(row) for row in rows] != [self.row_key(row) for row in self._rows]:
            self.set_rows(rows)
            return
        for number, (old, new) in enumerate(zip(self._rows, rows, strict=True)):
            if old != new:
                self._rows[number] = new
                self.row_changed(number)

    def replace_row(self, row: R, *, append: bool = False) -> int:
        """Show a row as a service returned it after a change (dataChanged on that row only);
        a row not shown is appended when `append` is set. Its number, -1 when not shown."""
        number = self.row_of(self.row_key(row))
        if number >= 0:
            self._rows[number] = row
            self.row_changed(number)
        elif append:
            number = len(self._rows)
            self.beginInsertRows(QModelIndex(), number, number)
            self._rows.append(row)
            self.endInsertRows()
        return number

    def append_rows(self, rows: Sequence[R]) -> int:
        """Add rows at the end; how many were added."""
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        return len(rows)

    def row_changed(self, number: int) -> None:
        last = self.columnCount() - 1
        if last >= 0:
            self.dataChanged.emit(self.index(number, 0), self.index(number, last))

    # ------------------------------------------------------------ columns

    def column(self, column: int) -> Column[R] | None:
        return self._columns[column] if 0 <= column < len(self._columns) else None

    def tr_text(self, text: str) -> str:
        return QCoreApplication.translate(self.TR_CONTEXT, text) if text else ""

    def headers(self) -> list[str]:
        """The translated headers, as the view shows them."""
        return [self.tr_text(column.header) for column in self._columns]

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        column = self.column(section) if orientation == Qt.Orientation.Horizontal else None
        if column is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr_text(column.header)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return RIGHT
        if role == COLUMN_ROLE:
            return column
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.column(index.column())
        if column is not None and column.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        column = self.column(index.column())
        if not self.row_in_range(index) or column is None:
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == RAW_ROLE:
            return column.raw_value(row)
        if role == ROW_ROLE:
            return row
        if role == KEY_ROLE:
            return self.row_key(row)
        if role == Qt.ItemDataRole.EditRole and column.editable:
            return column.raw_value(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return RIGHT
        return self.cell_data(row, index.column(), role)

    def cell_data(self, row: R, column: int, role: int) -> Any:
        """What a column description cannot say: colours, tool tips, icons."""
        return None


class PagedModel(RowsModel[R]):
    """Rows a service serves a page at a time through the worker pool, as the view scrolls.

    Subclasses say how to ask for a page (`request_page`) and what a page holds
    (`page_rows`). Every new query or refresh starts a new generation: an answer to an older
    one is dropped. A later page never shows a row twice (rows are matched by `row_key`).
    """

    loading_changed = Signal(bool)
    load_failed = Signal(object)  # the exception

    def __init__(self, ctx: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._generation = 0
        self._loading = False
        self._has_more = False

    @property
    def is_loading(self) -> bool:
        return self._loading

    def request_page(self, reset: bool) -> PageRequest:
        """The service, its positional arguments (after the unit of work and actor) and its
        keyword arguments for a page: the first one (`reset`) or the next one."""
        raise NotImplementedError

    def page_rows(self, page: Any) -> tuple[Sequence[R], bool] | None:
        """The rows of an answered page and whether more follow; None drops the page."""
        raise NotImplementedError

    def page_shown(self, page: Any, reset: bool, added: int) -> None:
        """Called once a page is shown (after `loading_changed(False)`)."""

    def load_first_page(self) -> None:
        """Start a new generation and load from the top; the rows change when it arrives."""
        self._generation += 1
        self.load_page(reset=True)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more and not self._loading

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self.load_page(reset=False)

    def load_page(self, *, reset: bool) -> None:
        generation = self._generation
        service, args, kwargs = self.request_page(reset)
        self.set_loading(True)
        self._ctx.call(
            self,
            service,
            *args,
            **kwargs,
            on_result=lambda page: self._page_arrived(generation, reset, page),
            on_error=lambda error: self.fail(generation, error),
        )

    def _page_arrived(self, generation: int, reset: bool, page: Any) -> None:
        if generation != self._generation:
            return  # an answer to a query nobody is looking at any more
        answer = self.page_rows(page)
        if answer is None:
            self.set_loading(False)
            return
        rows, self._has_more = answer
        if reset:
            self.set_rows(rows)
            added = len(rows)
        else:  # a row added meanwhile shifts the pages: never show a row twice
            known = {self.row_key(row) for row in self._rows}
            added = self.append_rows([row for row in rows if self.row_key(row) not in known])
        self.set_loading(False)
        self.page_shown(page, reset, added)

    def fail(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self.set_loading(False)
        self.load_failed.emit(error)

    def set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)


class SortProxy(QSortFilterProxyModel):
    """Sorts any model of the app on the raw values (`RAW_ROLE`), never on the shown text;
    an empty value sorts first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(RAW_ROLE)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a, b = left.data(RAW_ROLE), right.data(RAW_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        try:
            return bool(a < b)
        except TypeError:  # values of different kinds in one column: as text
            return str(a) < str(b)
