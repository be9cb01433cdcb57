"""The catalogue as a lazily loaded table: pages of cakes come from the workers on demand."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QModelIndex, Qt, Signal

from cakeshop_desktop.core.domain import CakeDTO, CatalogPage, CatalogQuery, CatalogSort
from cakeshop_desktop.core.services import catalog
from cakeshop_desktop.gui import formatting
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.i18n import tr as _tr
from cakeshop_desktop.gui.icons import category_icon
from cakeshop_desktop.gui.models.row_table import AnyIndex, RowTableModel


def availability(cake: CakeDTO) -> str:
    """'12 in stock', 'sold out' or 'made to order, 48 h'."""
    if cake.made_to_order:
        return _tr("made to order, {0} h").format(cake.lead_time_hours)
    if cake.stock_qty <= 0:
        return _tr("sold out")
    return _tr("%n in stock", cake.stock_qty)


def weight(grams: int) -> str:
    return _tr("{0} g").format(QLocale().toString(grams))


class CatalogModel(RowTableModel):
    """Cakes matching a CatalogQuery; pages of PAGE_SIZE are fetched as the view scrolls.

    Every new query starts a new generation: a page that belongs to an older query
    (answered after a newer one was asked) is dropped.
    """

    COL_PICTURE, COL_NAME, COL_CATEGORY, COL_WEIGHT, COL_PRICE, COL_AVAILABILITY = range(6)
    HEADERS = (
        "",
        QT_TRANSLATE_NOOP("CatalogModel", "Cake"),
        QT_TRANSLATE_NOOP("CatalogModel", "Category"),
        QT_TRANSLATE_NOOP("CatalogModel", "Weight"),
        QT_TRANSLATE_NOOP("CatalogModel", "Price"),
        QT_TRANSLATE_NOOP("CatalogModel", "Availability"),
    )
    TR_CONTEXT = "CatalogModel"
    PAGE_SIZE = 50
    # header column -> the sort it asks for (ascending, descending); popularity is in a combo
    SORTABLE = {
        COL_NAME: (CatalogSort.NAME, CatalogSort.NAME),
        COL_PRICE: (CatalogSort.PRICE_ASC, CatalogSort.PRICE_DESC),
    }

    loading_changed = Signal(bool)
    total_changed = Signal(int)
    sort_changed = Signal(str)  # a CatalogSort value, when the header asked for a new order
    failed = Signal(object)  # the exception of a failed page

    def __init__(self, ctx: ShopContext, parent: Any = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._total: int | None = None
        self.total_is_capped = False  # the search stopped counting at `total`
        self._query = CatalogQuery(limit=self.PAGE_SIZE)
        self._generation = 0
        self._fetching = False

    # --- what the window uses

    @property
    def query(self) -> CatalogQuery:
        return self._query

    @property
    def total(self) -> int | None:
        """How many cakes match in all; None until the first page has arrived."""
        return self._total

    @property
    def is_loading(self) -> bool:
        return self._fetching

    def cake_at(self, row: int) -> CakeDTO | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, cake_id: int) -> int:
        return next((i for i, cake in enumerate(self._rows) if cake.id == cake_id), -1)

    def set_query(self, query: CatalogQuery) -> None:
        """Forget the rows and load the first page of `query`."""
        self._query = replace(query, offset=0, limit=self.PAGE_SIZE)
        self._generation += 1
        self.set_rows([], None)
        self._request_page(0)

    def reload(self) -> None:
        self.set_query(self._query)

    def set_rows(self, rows: list[CakeDTO], total: int | None) -> None:
        """Replace every row at once (model reset)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._total = total
        self.total_is_capped = False
        self.endResetModel()
        if total is not None:
            self.total_changed.emit(total)

    # --- Qt model interface

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and section in self.SORTABLE
        ):
            return _tr("Click to sort")
        return super().headerData(section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.row_in_range(index):
            return None
        cake = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(cake, column)
        if role == Qt.ItemDataRole.UserRole:
            return self._raw(cake, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_PICTURE:
            return category_icon(cake.category_id)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(cake)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.COL_WEIGHT,
            self.COL_PRICE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.COL_PICTURE:
            return cake.name
        return None

    def _display(self, cake: CakeDTO, column: int) -> str | None:
        if column == self.COL_NAME:
            return cake.name
        if column == self.COL_CATEGORY:
            return cake.category_name or ""
        if column == self.COL_WEIGHT:
            return weight(cake.weight_grams)
        if column == self.COL_PRICE:
            return formatting.money(cake.price)
        if column == self.COL_AVAILABILITY:
            return availability(cake)
        return None

    def _raw(self, cake: CakeDTO, column: int) -> Any:
        return {
            self.COL_PICTURE: cake.id,
            self.COL_NAME: cake.name,
            self.COL_CATEGORY: cake.category_name,
            self.COL_WEIGHT: cake.weight_grams,
            self.COL_PRICE: cake.price,
            self.COL_AVAILABILITY: None if cake.made_to_order else cake.stock_qty,
        }.get(column)

    def _tooltip(self, cake: CakeDTO) -> str:
        lines = [f"{cake.name} · {cake.sku}"]
        if cake.description:
            lines.append(cake.description)
        if cake.allergens:
            lines.append(_tr("Allergens: {0}").format(", ".join(cake.allergens)))
        return "\n".join(lines)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting happens in SQL: a header click asks for a new first page."""
        if column not in self.SORTABLE:
            return
        ascending, descending = self.SORTABLE[column]
        wanted = ascending if order == Qt.SortOrder.AscendingOrder else descending
        if wanted == self._query.sort:
            return
        self.set_query(replace(self._query, sort=wanted))
        self.sort_changed.emit(wanted.value)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._fetching or self._total is None:
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._request_page(len(self._rows))

    # --- loading

    def _request_page(self, offset: int) -> None:
        generation = self._generation
        self._set_fetching(True)
        self._ctx.call(
            self,
            catalog.search_catalog,
            replace(self._query, offset=offset, limit=self.PAGE_SIZE),
            on_result=lambda page: self._page_arrived(generation, page),
            on_error=lambda error: self._page_failed(generation, error),
        )

    def _page_arrived(self, generation: int, page: CatalogPage) -> None:
        if generation != self._generation:
            return  # an answer to a query nobody is looking at any more
        self._set_fetching(False)
        if page.offset != len(self._rows):
            return
        first_page = self._total is None
        self._total = page.total
        self.total_is_capped = page.total_is_capped
        if page.items:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page.items) - 1)
            self._rows.extend(page.items)
            self.endInsertRows()
        if first_page:
            self.total_changed.emit(page.total)

    def _page_failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self._set_fetching(False)
        self.failed.emit(error)

    def _set_fetching(self, fetching: bool) -> None:
        if fetching != self._fetching:
            self._fetching = fetching
            self.loading_changed.emit(fetching)
