"""The catalogue as a lazily loaded table: pages of cakes come from the workers on demand."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal

from cakeshop_desktop.core.domain import CakeDTO, CatalogPage, CatalogQuery, CatalogSort
from cakeshop_desktop.core.services import catalog
from cakeshop_desktop.gui import formatting
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.i18n import tr as _tr
from cakeshop_desktop.gui.icons import category_icon
from cakeshop_desktop.gui.models.base import QT_TRANSLATE_NOOP, Column, PagedModel, PageRequest
from cakeshop_desktop.gui.picture_cache import PictureCache


def availability(cake: CakeDTO) -> str:
    """'12 in stock', 'sold out' or 'made to order, 48 h'."""
    if cake.made_to_order:
        return _tr("made to order, {0} h").format(cake.lead_time_hours)
    if cake.stock_qty <= 0:
        return _tr("sold out")
    return _tr("%n in stock", cake.stock_qty)


def weight(grams: int) -> str:
    return _tr("{0} g").format(QLocale().toString(grams))


def _no_picture_text(cake: CakeDTO) -> None:
    return None  # the picture column shows the category's icon only


class CatalogModel(PagedModel[CakeDTO]):
    """Cakes matching a CatalogQuery; pages of PAGE_SIZE are fetched as the view scrolls.

    Every new query starts a new generation: a page that belongs to an older query
    (answered after a newer one was asked) is dropped.
    """

    COL_PICTURE, COL_NAME, COL_CATEGORY, COL_WEIGHT, COL_PRICE, COL_AVAILABILITY = range(6)
    TR_CONTEXT = "CatalogModel"
    COLUMNS: Sequence[Column[CakeDTO]] = (
        Column("", _no_picture_text, lambda c: c.id),
        Column(QT_TRANSLATE_NOOP("CatalogModel", "Cake"), lambda c: c.name),
        Column(
            QT_TRANSLATE_NOOP("CatalogModel", "Category"),
            lambda c: c.category_name or "",
            lambda c: c.category_name,
        ),
        Column(
            QT_TRANSLATE_NOOP("CatalogModel", "Weight"),
            lambda c: weight(c.weight_grams),
            lambda c: c.weight_grams,
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("CatalogModel", "Price"),
            lambda c: formatting.money(c.price),
            lambda c: c.price,
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("CatalogModel", "Availability"),
            availability,
            lambda c: None if c.made_to_order else c.stock_qty,
        ),
    )
    PAGE_SIZE = 50
    # header column -> the sort it asks for (ascending, descending); popularity is in a combo
    SORTABLE = {
        COL_NAME: (CatalogSort.NAME, CatalogSort.NAME),
        COL_PRICE: (CatalogSort.PRICE_ASC, CatalogSort.PRICE_DESC),
    }

    total_changed = Signal(int)
    sort_changed = Signal(str)  # a CatalogSort value, when the header asked for a new order

    def __init__(
        self, ctx: ShopContext, parent: Any = None, pictures: PictureCache | None = None
    ) -> None:
        super().__init__(ctx, parent)
        # thumbnails in the picture column, fetched as the view paints rows
        self._pictures = pictures
        if pictures is not None:
            pictures.thumbnails_arrived.connect(self._thumbnails_arrived)
        self._total: int | None = None
        self.total_is_capped = False  # the search stopped counting at `total`
        self._query = CatalogQuery(limit=self.PAGE_SIZE)

    # --- what the window uses

    @property
    def query(self) -> CatalogQuery:
        return self._query

    @property
    def total(self) -> int | None:
        """How many cakes match in all; None until the first page has arrived."""
        return self._total

    def cake_at(self, row: int) -> CakeDTO | None:
        return self.row_at(row)

    def set_query(self, query: CatalogQuery) -> None:
        """Forget the rows and load the first page of `query`."""
        self._query = replace(query, offset=0, limit=self.PAGE_SIZE)
        self._generation += 1
        self.set_rows([], None)
        self.load_page(reset=False)  # the rows are gone already: the page is appended

    def reload(self) -> None:
        self.set_query(self._query)

    def set_rows(self, rows: Sequence[CakeDTO], total: int | None = None) -> None:
        """Replace every row at once (model reset)."""
        self._total = total
        self.total_is_capped = False
        self._has_more = total is not None and len(rows) < total
        super().set_rows(rows)
        if total is not None:
            self.total_changed.emit(total)

    # --- paging

    def request_page(self, reset: bool) -> PageRequest:
        offset = len(self._rows)
        return (
            catalog.search_catalog,
            (replace(self._query, offset=offset, limit=self.PAGE_SIZE),),
            {},
        )

    def page_rows(self, page: CatalogPage) -> tuple[Sequence[CakeDTO], bool] | None:
        if page.offset != len(self._rows):
            return None
        self._total = page.total
        self.total_is_capped = page.total_is_capped
        return page.items, len(self._rows) + len(page.items) < page.total

    def page_shown(self, page: CatalogPage, reset: bool, added: int) -> None:
        if page.offset == 0:
            self.total_changed.emit(page.total)

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

    def cell_data(self, cake: CakeDTO, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_PICTURE:
            thumbnail = self._pictures.thumbnail(cake) if self._pictures is not None else None
            return thumbnail if thumbnail is not None else category_icon(cake.category_id)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(cake)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.COL_PICTURE:
            return cake.name
        return None

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

    def _thumbnails_arrived(self, _cake_ids: list[int]) -> None:
        # one signal for the whole column: the view repaints only the rows it shows
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.COL_PICTURE),
                self.index(len(self._rows) - 1, self.COL_PICTURE),
                [Qt.ItemDataRole.DecorationRole],
            )
