"""The ordering window: find a cake, fill the cart, check out, follow the orders."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QMainWindow, QSplitter, QWidget

from cakeshop_desktop.core.domain import (
    CakeDTO,
    CartDTO,
    CatalogQuery,
    CatalogSort,
    OrderDTO,
    PaymentMethod,
    Role,
    UserDTO,
)
from cakeshop_desktop.core.services import catalog, orders
from cakeshop_desktop.core.services.cart import SHOPPERS
from cakeshop_desktop.gui import formatting, labels
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.dialogs import help_boxes
from cakeshop_desktop.gui.errors import describe
from cakeshop_desktop.gui.forms.ui_ordering_window import Ui_OrderingWindow
from cakeshop_desktop.gui.icons import app_icon
from cakeshop_desktop.gui.live_updates import LiveUpdates
from cakeshop_desktop.gui.models.catalog_model import CatalogModel
from cakeshop_desktop.gui.panels.cart_controls import CartControls, CartWidgets
from cakeshop_desktop.gui.panels.catalog_filters import CatalogFilters, FilterWidgets
from cakeshop_desktop.gui.panels.orders_to_confirm import OrdersToConfirm
from cakeshop_desktop.gui.picture_cache import PictureCache
from cakeshop_desktop.gui.print_key import add_print_key
from cakeshop_desktop.gui.printing import PrintKind
from cakeshop_desktop.gui.receipt_printer import ReceiptPrinter
from cakeshop_desktop.gui.widgets.cake_detail_pane import CakeDetailPane
from cakeshop_desktop.gui.widgets.connection_status import add_user_status
from cakeshop_desktop.gui.widgets.flow_layout import wrap_row
from cakeshop_desktop.gui.widgets.layouts import set_up_form
from cakeshop_desktop.gui.widgets.message_label import ERROR_STYLE
from cakeshop_desktop.gui.widgets.row_highlight import go_to_row, highlight_current_row
from cakeshop_desktop.gui.widgets.touch_mode import TouchMode
from cakeshop_desktop.gui.window_geometry import place_main_window

RETRY_OFFLINE_MS = 5_000
STATUS_MESSAGE_MS = 15_000
MAX_CATEGORY_WIDTH = 150  # pixels
THUMBNAIL_ROW_HEIGHT = 44  # a catalogue row shows its cake's thumbnail at this height
THUMBNAIL_WIDTH = 56
TOUCH_SEARCH_WIDTH = 160  # pixels: «Поиск по назв…» stays readable beside the filters


class OrderingWindow(QMainWindow):
    """The counter's main window for customers and cashiers (read-only shelf for bakers).

    Nothing here waits on the database: every service call goes through the context's
    workers and the answers update the models when they arrive.
    """

    logout_requested = Signal()
    open_production_requested = Signal()
    open_analytics_requested = Signal()

    def __init__(
        self, ctx: ShopContext, parent: QWidget | None = None, *, autoload: bool = True
    ) -> None:
        super().__init__(parent)
        assert ctx.actor is not None, "the ordering window needs a logged-in user"
        self._ctx = ctx
        self._user: UserDTO = ctx.actor
        self._can_shop = self._user.role in SHOPPERS
        self._catalog_columns_sized = False
        self._when_catalog_loaded: Callable[[], None] | None = None
        self.ui = Ui_OrderingWindow()
        set_up_form(self.ui, self)
        self.placement = place_main_window(
            self, "orderingWindow", getattr(ctx.actor, "username", "")
        )
        self.setWindowIcon(app_icon())
        self.setWindowTitle(self._title())

        self._wrap_filters()
        self.pictures = PictureCache(ctx, self, QSize(THUMBNAIL_WIDTH, THUMBNAIL_ROW_HEIGHT - 4))
        self.catalog_model = CatalogModel(ctx, self, pictures=self.pictures)
        self.filters = CatalogFilters(
            ctx,
            FilterWidgets(
                allergen_button=self.ui.allergenButton,
                category_combo=self.ui.categoryCombo,
                catalog_search_edit=self.ui.catalogSearchEdit,
                sort_combo=self.ui.sortCombo,
                price_from_spin=self.ui.priceFromSpin,
                price_to_spin=self.ui.priceToSpin,
                quantity_spin=self.ui.quantitySpin,
                in_stock_check=self.ui.inStockCheck,
                made_to_order_check=self.ui.madeToOrderCheck,
            ),
            self,
        )
        self.orders_panel: Any = None
        self.printer = ReceiptPrinter(ctx, self)
        self.printer.printed.connect(
            lambda text: self.statusBar().showMessage(text, STATUS_MESSAGE_MS)
        )
        self.printer.failed.connect(lambda text: self.cart.show_message(text))
        self._setup_catalog_view()
        self._setup_cart()
        self._setup_orders_tab()
        self._setup_status_bar()
        self._setup_touch_mode()
        self._cart_changed(None)
        self._setup_actions()
        if self._user.role is Role.ADMIN:
            self._add_admin_actions()
        if self._user.role is Role.CUSTOMER:
            self._setup_my_account()
        if not self._can_shop:
            self._make_read_only()

        self._retry_timer = QTimer(self)
        self._retry_timer.setInterval(RETRY_OFFLINE_MS)
        self._retry_timer.timeout.connect(self._ping)
        ctx.workers.offline_changed.connect(self._offline_changed)
        self.live = LiveUpdates(ctx, self)  # orders turning ready at the bakery show here
        if self.orders_panel is not None:
            self.live.orders_changed.connect(self.orders_panel.apply_changes)
        self.to_confirm: OrdersToConfirm | None = None
        if self._user.role in (Role.CASHIER, Role.ADMIN):
            self._setup_orders_to_confirm()
        self.ui.catalogSearchEdit.setFocus()
        if autoload:
            self._load(orders=False)  # the orders panel loads itself when it is built
            if self.to_confirm is not None:
                self.to_confirm.reload()
            self.live.start()

    def _title(self) -> str:
        who = self._user.full_name or self._user.username
        if self._user.role is Role.CUSTOMER:  # a customer's own screen, not the till
            return self.tr("Cakeshop — order cakes — {0}").format(who)
        if self._can_shop:
            return self.tr("Cakeshop — ordering — {0} ({1})").format(
                who, labels.role_label(self._user.role)
            )
        return self.tr("Cakeshop — catalogue and orders — {0} ({1})").format(
            who, labels.role_label(self._user.role)
        )

    # --- building

    def _wrap_filters(self) -> None:
        """The filter row wraps on a narrow screen (a 1024-pixel till shows it in two lines)."""
        ui = self.ui
        wrap_row(
            ui.catalogLayout,
            ui.filterLayout,
            [
                [ui.priceFromLabel, ui.priceFromSpin, ui.priceToLabel, ui.priceToSpin],
                [ui.inStockCheck],
                [ui.madeToOrderCheck],
                [ui.allergenButton],
                [ui.catalogCountLabel],
            ],
            "catalogFilterRow",
        )

    def _setup_catalog_view(self) -> None:
        view = self.ui.catalogView
        view.setModel(self.catalog_model)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(THUMBNAIL_ROW_HEIGHT)
        view.setIconSize(QSize(THUMBNAIL_WIDTH, THUMBNAIL_ROW_HEIGHT - 4))
        header = view.horizontalHeader()
        # Sized to the first page once (_show_count), not on every page: re-measuring every
        # row cost ~15 ms per keystroke with 100,000 cakes.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CatalogModel.COL_PICTURE, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(CatalogModel.COL_PICTURE, THUMBNAIL_WIDTH + 8)
        self._setup_detail_pane()
        header.setSectionResizeMode(CatalogModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self._show_sort(CatalogSort.NAME)
        header.sortIndicatorChanged.connect(self._header_sorted)
        view.activated.connect(self._catalog_row_activated)
        highlight_current_row(view)
        self.ui.catalogSearchEdit.installEventFilter(self)
        self.catalog_model.sort_changed.connect(self._model_sorted)
        self.catalog_model.total_changed.connect(self._show_count)
        self.catalog_model.loading_changed.connect(self._catalog_loading)
        self.catalog_model.load_failed.connect(self._catalog_failed)
        self.filters.query_changed.connect(self._query_changed)
        self.ui.catalogSearchEdit.returnPressed.connect(self._search_entered)
        self.ui.addToCartButton.clicked.connect(self._add_selected)

    def _setup_detail_pane(self) -> None:
        """The chosen cake in full under the catalogue (a splitter lets the cashier size it)."""
        ui = self.ui
        self.detail_pane = CakeDetailPane(self._ctx, self.pictures, ui.catalogGroup)
        splitter = QSplitter(Qt.Orientation.Vertical, ui.catalogGroup)
        splitter.setObjectName("catalogSplitter")
        splitter.setChildrenCollapsible(False)
        ui.catalogLayout.replaceWidget(ui.catalogView, splitter)
        splitter.addWidget(ui.catalogView)
        splitter.addWidget(self.detail_pane)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([10_000, self.detail_pane.sizeHint().height()])
        ui.catalogView.selectionModel().currentRowChanged.connect(self._catalog_row_changed)
        self.catalog_model.total_changed.connect(self._catalog_reloaded)

    @Slot(QModelIndex, QModelIndex)
    def _catalog_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.detail_pane.show_cake(self.catalog_model.cake_at(current.row()))

    @Slot(int)
    def _catalog_reloaded(self, _total: int) -> None:
        """The pane says what the list now says: a cake sold meanwhile shows as sold out
        there too (it kept "1 in stock" beside the list's "sold out"), one the search no
        longer finds leaves the pane."""
        shown = self.detail_pane.cake
        if shown is None:
            return
        fresh = self.catalog_model.cake_at(self.catalog_model.row_of(shown.id))
        if fresh != shown:
            self.detail_pane.show_cake(fresh)

    def _setup_cart(self) -> None:
        self.cart = CartControls(
            self._ctx,
            CartWidgets(
                cart_view=self.ui.cartView,
                cart_error_label=self.ui.cartErrorLabel,
                remove_from_cart_button=self.ui.removeFromCartButton,
                clear_cart_button=self.ui.clearCartButton,
                cart_total_label=self.ui.cartTotalLabel,
                cart_group=self.ui.cartGroup,
            ),
            self,
        )
        self.cart_model = self.cart.model
        self.cart_model.cart_changed.connect(self._cart_changed)
        self.cart_model.refused.connect(lambda _error: self.statusBar().clearMessage())
        self.ui.checkoutButton.clicked.connect(self.open_checkout)
        self.ui.shopSplitter.setStretchFactor(0, 3)
        self.ui.shopSplitter.setStretchFactor(1, 2)
        self.ui.shopSplitter.setSizes([760, 480])

    def _setup_orders_tab(self) -> None:
        try:
            from cakeshop_desktop.gui.panels.orders_panel import OrdersPanel
        except ImportError:
            note = QLabel(self.tr("The orders list is not available in this build."))
            note.setObjectName("ordersMissingLabel")
            self.ui.ordersLayout.addWidget(note)
            return
        self.orders_panel = OrdersPanel(self._ctx, self.ui.ordersTab)
        self.ui.ordersLayout.addWidget(self.orders_panel)

    def _setup_orders_to_confirm(self) -> None:
        """Customers' orders waiting for the counter: a count beside the tabs, a sound."""
        self.to_confirm = OrdersToConfirm(self._ctx, self)
        # setCornerWidget moves the label into the tabs behind PySide's back: given its new
        # parent first, PySide no longer frees the label's wrapper with the window's while
        # the tabs still hold it (a crash when a counter window is deleted, e.g. at logout)
        self.to_confirm.label.setParent(self.ui.mainTabs)
        self.ui.mainTabs.setCornerWidget(self.to_confirm.label, Qt.Corner.TopRightCorner)
        self.live.orders_changed.connect(self.to_confirm.orders_changed)
        self.to_confirm.show_requested.connect(self.show_orders_to_confirm)
        self.ui.shopMenu.addSeparator()
        self.showToConfirmAction = QAction(self.tr("Orders to co&nfirm"), self)
        self.showToConfirmAction.setObjectName("showToConfirmAction")
        self.showToConfirmAction.setShortcut(QKeySequence("F6"))
        self.showToConfirmAction.triggered.connect(self.show_orders_to_confirm)
        self.ui.shopMenu.addAction(self.showToConfirmAction)
        self.ui.shopMenu.addAction(self.to_confirm.sound_action)
        self.linkAccountAction = QAction(self.tr("&Link a customer's account…"), self)
        self.linkAccountAction.setObjectName("linkAccountAction")
        self.linkAccountAction.triggered.connect(self.open_link_account)
        self.ui.shopMenu.addAction(self.linkAccountAction)

    @Slot()
    def show_orders_to_confirm(self) -> None:
        """The Orders tab filtered to the customers' orders still New."""
        self.ui.mainTabs.setCurrentWidget(self.ui.ordersTab)
        if self.orders_panel is not None:
            self.orders_panel.show_to_confirm()

    @Slot()
    def open_link_account(self) -> QDialog:
        from cakeshop_desktop.gui.dialogs.link_account_dialog import LinkAccountDialog

        dialog = LinkAccountDialog(self._ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.orders_panel is not None:
            dialog.linked.connect(lambda _moved: self.orders_panel.refresh())
        dialog.open()
        return dialog

    def _setup_my_account(self) -> None:
        self.myAccountAction = QAction(self.tr("My &account…"), self)
        self.myAccountAction.setObjectName("myAccountAction")
        self.myAccountAction.setShortcut(QKeySequence("Ctrl+U"))
        self.myAccountAction.triggered.connect(self.open_my_account)
        # in the Counter menu: a self-service screen hides the File menu
        self.ui.shopMenu.addSeparator()
        self.ui.shopMenu.addAction(self.myAccountAction)

    @Slot()
    def open_my_account(self) -> QDialog:
        """My account: details, password and the customer's own orders."""
        from cakeshop_desktop.gui.dialogs.my_account_dialog import MyAccountDialog

        dialog = MyAccountDialog(self._ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.details_changed.connect(self._account_changed)
        if self.orders_panel is not None:
            dialog.finished.connect(lambda _result: self.orders_panel.refresh())
        dialog.open()
        return dialog

    @Slot(object)
    def _account_changed(self, user: UserDTO) -> None:
        # the next checkout and the title use the details as saved
        self._user = user
        self._ctx.actor = user
        self.setWindowTitle(self._title())

    def _setup_touch_mode(self) -> None:
        """± buttons beside the quantity and the cart, bigger rows: a finger at 1024×768."""
        ui = self.ui
        views = [ui.catalogView, ui.cartView]
        if self.orders_panel is not None:  # an order picked up is tapped in this list
            views.append(self.orders_panel.ui.ordersView)
        self.touch = TouchMode(
            self,
            views,
            ui.quantitySpin,
            self._step_cart_line,
            with_buttons=self._can_shop,
        )
        layout = ui.addLayout
        at = layout.indexOf(ui.quantitySpin)
        layout.insertWidget(at, self.touch.spin_minus)
        layout.insertWidget(at + 2, self.touch.spin_plus)
        ui.cartButtonLayout.insertWidget(0, self.touch.cart_minus)
        ui.cartButtonLayout.insertWidget(1, self.touch.cart_plus)
        ui.shopMenu.addSeparator()
        ui.shopMenu.addAction(self.touch.action)
        self.touch.action.toggled.connect(self._lay_out_for_touch)
        self._lay_out_for_touch(self.touch.action.isChecked())

    @Slot(bool)
    def _lay_out_for_touch(self, on: bool) -> None:
        """Room for a finger at 1024×768: the search box keeps a readable width, a cake's
        name wraps onto two lines of its taller row (in the cart too) and takes the category's
        column, and the cart's total goes on a line of its own above Checkout, so the ±
        buttons leave the catalogue room."""
        ui = self.ui
        ui.catalogSearchEdit.setMinimumWidth(TOUCH_SEARCH_WIDTH if on else 0)
        ui.catalogView.setWordWrap(on)
        ui.cartView.setWordWrap(on)
        # the category is chosen above the list and named in the pane under it: its column
        # goes, and the names get its room
        ui.catalogView.setColumnHidden(CatalogModel.COL_CATEGORY, on)
        label = ui.cartTotalLabel
        if on == (ui.cartButtonLayout.indexOf(label) < 0):
            return
        if on:
            ui.cartButtonLayout.removeWidget(label)
            at = ui.cartLayout.indexOf(ui.checkoutButton)
            ui.cartLayout.insertWidget(at, label, 0, Qt.AlignmentFlag.AlignRight)
        else:
            ui.cartLayout.removeWidget(label)
            ui.cartButtonLayout.addWidget(label)

    def _step_cart_line(self, step: int) -> None:
        """The selected cart line one more or one fewer (not below 1: Remove takes it out)."""
        row = self.ui.cartView.currentIndex().row()
        item = self.cart_model.item_at(row if row >= 0 else 0)
        if item is None or item.quantity + step < 1:
            return
        self.cart_model.set_quantity(item.cake_id, item.quantity + step)

    def _setup_status_bar(self) -> None:
        self.connection_status = add_user_status(self, self._ctx.workers, self._user)

    def _setup_actions(self) -> None:
        ui = self.ui
        ui.logoutAction.triggered.connect(self.logout_requested)
        ui.quitAction.triggered.connect(self.close)
        ui.focusSearchAction.triggered.connect(self.focus_search)
        ui.focusCartAction.triggered.connect(self.focus_cart)
        ui.focusOrdersAction.triggered.connect(self.focus_orders)
        ui.refreshAction.triggered.connect(self.refresh)
        ui.checkoutAction.triggered.connect(self.open_checkout)
        self.print_action = add_print_key(
            self, self.tr("&Print the selected order's receipt"), self.print_selected_receipt
        )
        ui.shopMenu.addAction(self.print_action)
        ui.shortcutsAction.triggered.connect(self._show_shortcuts)
        ui.aboutAction.triggered.connect(self._show_about)

    def _add_admin_actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Windows"))
        menu.setObjectName("windowsMenu")
        menu.setToolTipsVisible(True)
        self.menuBar().insertMenu(self.ui.helpMenu.menuAction(), menu)
        specs = (
            ("openOrderingAction", self.tr("&Ordering"), "Ctrl+1"),
            ("openProductionAction", self.tr("&Production board"), "Ctrl+2"),
            ("openAnalyticsAction", self.tr("&Sales analytics"), "Ctrl+3"),
        )
        for name, text, shortcut in specs:
            action = QAction(text, self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(shortcut))
            menu.addAction(action)
            setattr(self, name, action)
        self.openProductionAction.triggered.connect(self.open_production_requested)
        self.openAnalyticsAction.triggered.connect(self.open_analytics_requested)
        self.openOrderingAction.triggered.connect(self._bring_to_front)

    def _make_read_only(self) -> None:
        """A baker browses the catalogue and the orders but keeps no cart."""
        for widget in (
            self.ui.cartGroup,
            self.ui.quantityLabel,
            self.ui.quantitySpin,
            self.ui.addToCartButton,
        ):
            widget.hide()
        for action in (
            self.ui.checkoutAction,
            self.ui.focusCartAction,
            self.cart.remove_line_action,
        ):
            action.setEnabled(False)
            action.setVisible(False)
        self.ui.catalogSearchEdit.setPlaceholderText(self.tr("Search by name or code (F2)"))

    # --- loading

    @Slot()
    def refresh(self) -> None:
        """Reload everything shown (F5): filters' choices, catalogue, cart, orders."""
        self._load(orders=True)

    def _load(self, *, orders: bool) -> None:
        self.filters.load_choices()
        self.catalog_model.set_query(self.filters.query())
        if self._can_shop:
            self.cart_model.reload()
        if orders and self.orders_panel is not None:
            self.orders_panel.refresh()

    @Slot(object)
    def _query_changed(self, query: CatalogQuery) -> None:
        self.catalog_model.set_query(query)
        self._show_sort(query.sort)

    @Slot(bool)
    def _offline_changed(self, offline: bool) -> None:
        if offline:
            self._retry_timer.start()
            self.statusBar().showMessage(
                self.tr("The database is unreachable; retrying every few seconds…")
            )
        elif self._retry_timer.isActive():
            self._retry_timer.stop()
            self.statusBar().showMessage(self.tr("Back online"), STATUS_MESSAGE_MS)
            self.refresh()

    @Slot()
    def _ping(self) -> None:
        self._ctx.call(self, catalog.list_categories)

    # --- catalogue

    @Slot(int)
    def _show_count(self, total: int) -> None:
        if self._when_catalog_loaded is not None:  # Enter or Down waited for these results
            then, self._when_catalog_loaded = self._when_catalog_loaded, None
            QTimer.singleShot(0, self, then)
        if not self._catalog_columns_sized and total:
            self._catalog_columns_sized = True
            for column in range(CatalogModel.COL_NAME + 1, self.catalog_model.columnCount()):
                self.ui.catalogView.resizeColumnToContents(column)
            # a long category name is elided: the cake's name keeps the room on a narrow till
            header = self.ui.catalogView.horizontalHeader()
            if header.sectionSize(CatalogModel.COL_CATEGORY) > MAX_CATEGORY_WIDTH:
                header.resizeSection(CatalogModel.COL_CATEGORY, MAX_CATEGORY_WIDTH)
        self.ui.catalogCountLabel.setStyleSheet("")
        if self.catalog_model.total_is_capped:  # the search stopped counting there
            self.ui.catalogCountLabel.setText(self.tr("Found: more than {0}").format(total))
        else:
            self.ui.catalogCountLabel.setText(self.tr("Found: {0}").format(total))

    @Slot(bool)
    def _catalog_loading(self, loading: bool) -> None:
        if loading and self.catalog_model.total is None:
            self.ui.catalogCountLabel.setStyleSheet("")
            self.ui.catalogCountLabel.setText(self.tr("Loading…"))

    @Slot(object)
    def _catalog_failed(self, error: Exception) -> None:
        self.ui.catalogCountLabel.setStyleSheet(ERROR_STYLE)
        self.ui.catalogCountLabel.setText(describe(error))

    def _header_sorted(self, _section: int, _order: Qt.SortOrder) -> None:
        # The header toggles freely; show the order the catalogue really has once Qt is done.
        QTimer.singleShot(0, self, lambda: self._show_sort(self.catalog_model.query.sort))

    @Slot(str)
    def _model_sorted(self, sort: str) -> None:
        self.filters.set_sort(CatalogSort(sort))

    def _show_sort(self, sort: CatalogSort) -> None:
        header = self.ui.catalogView.horizontalHeader()
        column, order = {
            CatalogSort.NAME: (CatalogModel.COL_NAME, Qt.SortOrder.AscendingOrder),
            CatalogSort.PRICE_ASC: (CatalogModel.COL_PRICE, Qt.SortOrder.AscendingOrder),
            CatalogSort.PRICE_DESC: (CatalogModel.COL_PRICE, Qt.SortOrder.DescendingOrder),
            CatalogSort.POPULARITY: (-1, Qt.SortOrder.AscendingOrder),
        }[CatalogSort(sort)]
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)
        header.viewport().update()

    def selected_cake(self) -> CakeDTO | None:
        return self.catalog_model.cake_at(self.ui.catalogView.currentIndex().row())

    @Slot(QModelIndex)
    def _catalog_row_activated(self, index: QModelIndex) -> None:
        cake = self.catalog_model.cake_at(index.row())
        if cake is not None and self._can_shop:
            self._add_cake(cake, 1)

    @Slot()
    def _add_selected(self) -> None:
        cake = self.selected_cake()
        if cake is None:
            self.cart.show_message(self.tr("Choose a cake in the catalogue first"))
            return
        spin = self.ui.quantitySpin
        quantity = spin.value()
        # the typed quantity stays, selected to be retyped, until the cart has taken it
        spin.selectAll()

        def back_to_one() -> None:
            if spin.value() == quantity:  # not if the cashier has typed another meanwhile
                spin.setValue(1)

        self._add_cake(cake, quantity, then=back_to_one)

    def _add_cake(
        self, cake: CakeDTO, quantity: int, then: Callable[[], None] | None = None
    ) -> None:
        """Ask the cart for more; "added" is said (and `then` runs) only once the cart has
        taken it, and a refusal says why in the cart and nothing else."""
        self.statusBar().clearMessage()

        def added(_cart: object) -> None:
            self.statusBar().showMessage(
                self.tr("«{0}» × {1} added to the cart").format(cake.name, quantity),
                STATUS_MESSAGE_MS,
            )
            if then is not None:
                then()

        self.cart_model.add(cake.id, quantity, on_added=added)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Down in the search field goes to the list (once the typed search has answered)."""
        if (
            watched is self.ui.catalogSearchEdit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self._after_search(self.focus_catalog)
            return True
        return super().eventFilter(watched, event)

    def _after_search(self, then: Callable[[], None]) -> None:
        """Run `then` once the catalogue shows what the search field says."""
        if self.filters.is_pending or self.catalog_model.total is None:
            self._when_catalog_loaded = then
            if self.filters.is_pending:
                self.filters.apply_now()
            return
        then()

    @Slot()
    def focus_catalog(self) -> None:
        """The list of cakes with its current row highlighted (the first one if none)."""
        view = self.ui.catalogView
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        row = view.currentIndex().row()
        go_to_row(view, row if row >= 0 else 0, CatalogModel.COL_NAME)

    def _single_match_or_list(self) -> None:
        """Enter after typing a name: one cake found goes in the cart, several are listed."""
        if self.catalog_model.total == 1 and self._can_shop:
            cake = self.catalog_model.cake_at(0)
            if cake is not None:
                go_to_row(self.ui.catalogView, 0, CatalogModel.COL_NAME)
                self._add_cake(cake, 1)
                self.ui.catalogSearchEdit.selectAll()  # the next name types over this one
                return
        if self.catalog_model.total:
            self.focus_catalog()

    @Slot()
    def _search_entered(self) -> None:
        """Enter in the search field: a scanned code puts its cake in the cart; a name with
        one match puts that cake in the cart; with several, the list takes the focus."""
        code = self.ui.catalogSearchEdit.text().strip()
        if not code or not self._can_shop or len(code) > 32:
            self.filters.apply_now()
            self._after_search(self.focus_catalog)
            return
        self._ctx.call(
            self,
            catalog.find_by_sku,
            code,
            on_result=lambda cake: self._scanned(code, cake),
            on_error=self.cart.show_error,
        )

    def _scanned(self, code: str, cake: CakeDTO | None) -> None:
        if cake is None:
            if self.ui.catalogSearchEdit.text().strip() != code:
                return  # typed on meanwhile: that search answers for itself
            if not code.isdigit():
                self._when_catalog_loaded = None
                self.filters.apply_now()
                self._after_search(self._single_match_or_list)
                return
            self.filters.apply_now()
            if code.isdigit():  # a receipt's or a ticket's barcode: the order's number
                self._ctx.call(
                    self,
                    orders.find_order_number,
                    code,
                    on_result=lambda order_id: self._order_scanned(code, order_id),
                    on_error=self.cart.show_error,
                )
            return
        if self.ui.catalogSearchEdit.text().strip() == code:
            self.ui.catalogSearchEdit.clear()
            self.filters.apply_now()
        self._add_cake(cake, 1)

    def _order_scanned(self, code: str, order_id: int | None) -> None:
        if order_id is None:
            self.cart.show_message(self.tr("No cake or order has the code {0}").format(code))
            return
        if self.ui.catalogSearchEdit.text().strip() == code:
            self.ui.catalogSearchEdit.clear()
            self.filters.apply_now()
        self.open_order(order_id)

    def open_order(self, order_id: int) -> None:
        """An order in full, with its Hand out action (a scanned ticket at pickup)."""
        if self.orders_panel is not None:
            self.orders_panel.open_detail(order_id)
            return
        from cakeshop_desktop.gui.dialogs.order_detail_dialog import OrderDetailDialog

        dialog = OrderDetailDialog(self._ctx, order_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- cart

    @Slot(object)
    def _cart_changed(self, cart: CartDTO | None) -> None:
        can_check_out = self._can_shop and cart is not None and not cart.is_empty
        self.ui.checkoutButton.setEnabled(can_check_out)
        self.ui.checkoutAction.setEnabled(can_check_out)
        # − and + step a cart line: there is none in an empty cart
        self.touch.cart_minus.setEnabled(can_check_out)
        self.touch.cart_plus.setEnabled(can_check_out)

    @Slot()
    def open_checkout(self) -> None:
        """The checkout dialog for the cart as shown (F9); it places the order itself."""
        cart = self.cart_model.cart
        if not self._can_shop or cart is None or cart.is_empty:
            return
        if self.findChild(QWidget, "checkoutDialog") is not None:
            return  # already open
        from cakeshop_desktop.gui.dialogs.checkout_dialog import CheckoutDialog

        dialog = CheckoutDialog(self._ctx, cart, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.order_placed.connect(self._order_placed)
        dialog.open()

    @Slot(object)
    def _order_placed(self, order: OrderDTO) -> None:
        if order.payment_method == PaymentMethod.CASH and order.paid_amount > 0:
            self.printer.open_cash_drawer()
        self.cart_model.reload()
        self.catalog_model.reload()  # the showcase stock moved
        if self.orders_panel is not None:
            self.orders_panel.refresh()
        self.statusBar().showMessage(
            self.tr("Order {0} placed: {1}").format(order.number, formatting.money(order.total)),
            STATUS_MESSAGE_MS * 2,
        )
        # once the checkout has closed, so that the new dialog gets the focus
        QTimer.singleShot(0, self, lambda: self.show_order_placed(order))

    def show_order_placed(self, order: OrderDTO) -> QDialog:
        """The order's number, big, with its receipt and ticket (objectName orderPlacedDialog)."""
        from cakeshop_desktop.gui.dialogs.order_placed_dialog import OrderPlacedDialog

        staff = self._user.role in (Role.CASHIER, Role.ADMIN)
        dialog = OrderPlacedDialog(self._ctx, order, self, staff=staff)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.focus_search())  # the next customer
        dialog.open()
        return dialog

    @Slot()
    def print_selected_receipt(self) -> None:
        """Ctrl+P: the receipt of the order selected in the Orders tab."""
        panel = self.orders_panel
        if (
            panel is not None
            and self.ui.mainTabs.currentWidget() is self.ui.ordersTab
            and panel.ui.printReceiptButton.isEnabled()
        ):
            panel.print_selected(PrintKind.RECEIPT)
            return
        self.statusBar().showMessage(
            self.tr("Choose an order in the Orders tab (F3) to print its receipt"),
            STATUS_MESSAGE_MS,
        )

    # --- focus and help

    @Slot()
    def focus_search(self) -> None:
        self.ui.mainTabs.setCurrentWidget(self.ui.shopTab)
        self.ui.catalogSearchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.catalogSearchEdit.selectAll()

    @Slot()
    def focus_cart(self) -> None:
        if not self._can_shop:
            return
        self.ui.mainTabs.setCurrentWidget(self.ui.shopTab)
        self.cart.focus()

    @Slot()
    def focus_orders(self) -> None:
        self.ui.mainTabs.setCurrentWidget(self.ui.ordersTab)
        if self.orders_panel is not None:
            self.orders_panel.focus_search()

    @Slot()
    def _bring_to_front(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        self.ui.mainTabs.setCurrentWidget(self.ui.shopTab)

    @Slot()
    def _show_shortcuts(self) -> None:
        help_boxes.show_shortcuts(self, help_boxes.ordering_shortcuts(self._user.role))

    @Slot()
    def _show_about(self) -> None:
        help_boxes.show_about(self)
