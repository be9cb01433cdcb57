"""The catalogue's filter widgets as one CatalogQuery, asked for 200 ms after the last change."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QMenu,
    QSpinBox,
    QToolButton,
)

from cakeshop_desktop.core.domain import CatalogQuery, CatalogSort, CategoryDTO
from cakeshop_desktop.core.services import catalog
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.widgets.spin_refusals import say_why_keys_are_refused

ARROW_ROOM_STYLE = "QToolButton { padding-right: 14px; }"  # the arrow is 12 px wide


@dataclass(frozen=True)
class FilterWidgets:
    """The catalogue filter's widgets in the ordering window."""

    allergen_button: QToolButton
    category_combo: QComboBox
    catalog_search_edit: QLineEdit
    sort_combo: QComboBox
    price_from_spin: QDoubleSpinBox
    price_to_spin: QDoubleSpinBox
    quantity_spin: QSpinBox
    in_stock_check: QCheckBox
    made_to_order_check: QCheckBox


class CatalogFilters(QObject):
    """Watches the search field, category, price range, checks, allergens and sort order.

    Typing restarts a short timer, so a query goes to the database once the user pauses,
    not on every key.
    """

    DEBOUNCE_MS = 200
    query_changed = Signal(object)  # CatalogQuery

    def __init__(self, ctx: ShopContext, widgets: FilterWidgets, parent: QObject) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._widgets = widgets
        self._timer = QTimer(self)
        self._timer.setObjectName("catalogFilterTimer")
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DEBOUNCE_MS)
        self._timer.timeout.connect(self.apply_now)
        self._allergen_menu = QMenu(widgets.allergen_button)
        self._allergen_menu.setObjectName("allergenMenu")
        widgets.allergen_button.setMenu(self._allergen_menu)
        # the menu's arrow is drawn in the button's corner: room for it beside the last letter
        widgets.allergen_button.setStyleSheet(ARROW_ROOM_STYLE)
        widgets.allergen_button.setEnabled(False)
        self._fill_sorts()
        widgets.category_combo.addItem(self.tr("All categories"), None)
        widgets.catalog_search_edit.textChanged.connect(self.schedule)
        widgets.category_combo.currentIndexChanged.connect(self.schedule)
        widgets.sort_combo.currentIndexChanged.connect(self.schedule)
        say_why_keys_are_refused(
            widgets.price_from_spin, widgets.price_to_spin, widgets.quantity_spin
        )
        widgets.price_from_spin.valueChanged.connect(self.schedule)
        widgets.price_to_spin.valueChanged.connect(self.schedule)
        widgets.in_stock_check.toggled.connect(self.schedule)
        widgets.made_to_order_check.toggled.connect(self.schedule)

    def _fill_sorts(self) -> None:
        combo = self._widgets.sort_combo
        combo.addItem(self.tr("By name"), CatalogSort.NAME.value)
        combo.addItem(self.tr("Cheapest first"), CatalogSort.PRICE_ASC.value)
        combo.addItem(self.tr("Dearest first"), CatalogSort.PRICE_DESC.value)
        combo.addItem(self.tr("Most popular"), CatalogSort.POPULARITY.value)

    @property
    def is_pending(self) -> bool:
        return self._timer.isActive()

    def query(self) -> CatalogQuery:
        widgets = self._widgets
        return CatalogQuery(
            text=widgets.catalog_search_edit.text().strip(),
            category_id=widgets.category_combo.currentData(),
            price_from=_price(widgets.price_from_spin),
            price_to=_price(widgets.price_to_spin),
            in_stock_only=widgets.in_stock_check.isChecked(),
            made_to_order_only=widgets.made_to_order_check.isChecked(),
            exclude_allergens=tuple(
                action.data() for action in self._allergen_menu.actions() if action.isChecked()
            ),
            sort=CatalogSort(widgets.sort_combo.currentData() or CatalogSort.NAME.value),
        )

    def set_sort(self, sort: CatalogSort) -> None:
        """Show a sort order chosen elsewhere (a header click) without asking again."""
        combo = self._widgets.sort_combo
        index = combo.findData(CatalogSort(sort).value)
        if index >= 0 and index != combo.currentIndex():
            combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)

    @Slot()
    def schedule(self) -> None:
        self._timer.start()

    @Slot()
    def apply_now(self) -> None:
        self._timer.stop()
        self.query_changed.emit(self.query())

    def load_choices(self) -> None:
        """Fetch the categories and allergens the filters offer."""
        self._ctx.call(self, catalog.list_categories, on_result=self._categories_arrived)
        self._ctx.call(self, catalog.list_allergens, on_result=self._allergens_arrived)

    def _categories_arrived(self, categories: list[CategoryDTO]) -> None:
        combo = self._widgets.category_combo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All categories"), None)
        for category in categories:
            combo.addItem(category.name, category.id)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if chosen is not None and index < 0:
            self.schedule()  # the chosen category is gone: show everything again

    def _allergens_arrived(self, allergens: list[str]) -> None:
        menu = self._allergen_menu
        checked = {a.data() for a in menu.actions() if a.isChecked()}
        menu.clear()
        for allergen in allergens:
            # Made by the menu itself, not in Python and handed over: a Python-made action
            # left its wrapper to be freed while the menu still held the action, and the
            # counter window crashed when deleted (logout; gdb: ~QActionWrapper under
            # QMenu <- QToolButton <- the Catalogue group, 3 runs in 10 of the teardown test).
            action = menu.addAction(allergen)
            action.setCheckable(True)
            action.setData(allergen)
            action.setChecked(allergen in checked)
            action.toggled.connect(self._allergens_toggled)
        self._widgets.allergen_button.setEnabled(bool(allergens))
        self._show_allergen_count()

    @Slot()
    def _allergens_toggled(self) -> None:
        self._show_allergen_count()
        self.schedule()

    def _show_allergen_count(self) -> None:
        count = sum(1 for action in self._allergen_menu.actions() if action.isChecked())
        button = self._widgets.allergen_button
        if count:
            button.setText(self.tr("Without allergens ({0})").format(count))
        else:
            button.setText(self.tr("Without allergens"))


def _price(spin: QDoubleSpinBox) -> Decimal | None:
    """The spin box's price, or None at its minimum (shown as 'any')."""
    if spin.value() <= spin.minimum():
        return None
    return Decimal(f"{spin.value():.2f}")
