"""Screens that fit: every window and dialog on 1024×700, the counter's buttons on a 1024×768
till, windows within the screen and where each user left them (DESIGN §9)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QRect, QSize, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMainWindow, QStyle, QWidget
from sqlalchemy.engine import make_url

from cakeshop_desktop.core.db.models import Category
from cakeshop_desktop.core.domain import CartDTO, OrderDTO, OrderStatus
from cakeshop_desktop.core.services import cart
from cakeshop_desktop.gui import window_geometry
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.dialogs.about_dialog import AboutDialog
from cakeshop_desktop.gui.dialogs.admin_check_dialog import AdminCheckDialog
from cakeshop_desktop.gui.dialogs.checkout_dialog import CheckoutDialog
from cakeshop_desktop.gui.dialogs.first_admin_dialog import FirstAdminDialog
from cakeshop_desktop.gui.dialogs.import_dialog import ImportDialog
from cakeshop_desktop.gui.dialogs.login_dialog import LoginDialog
from cakeshop_desktop.gui.dialogs.order_actions import CancelOrderDialog, HandOutDialog
from cakeshop_desktop.gui.dialogs.order_detail_dialog import OrderDetailDialog
from cakeshop_desktop.gui.dialogs.order_placed_dialog import OrderPlacedDialog
from cakeshop_desktop.gui.dialogs.recipe_dialog import RecipeDialog
from cakeshop_desktop.gui.dialogs.settings_dialog import SettingsDialog
from cakeshop_desktop.gui.dialogs.shift_report_dialog import ShiftReportDialog
from cakeshop_desktop.gui.dialogs.shop_setup_wizard import ShopSetupWizard
from cakeshop_desktop.gui.dialogs.user_dialog import UserDialog
from cakeshop_desktop.gui.language import TRANSLATIONS_DIR, gui_settings
from cakeshop_desktop.gui.models.report_models import TopCakesModel
from cakeshop_desktop.gui.window_geometry import (
    FRAME,
    SMALLEST_ROOM,
    fit_into,
    is_till_screen,
    settings_key,
)
from cakeshop_desktop.gui.windows.admin_window import AdminWindow
from cakeshop_desktop.gui.windows.analytics_window import AnalyticsWindow
from cakeshop_desktop.gui.windows.ordering_window import OrderingWindow
from cakeshop_desktop.gui.windows.production_window import ProductionWindow
from tests.conftest import Shop, add_cake
from tests.gui.conftest import wait_idle
from tests.gui.order_helpers import place, shop_context

SQLITE = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
TILL = QSize(1024, 768)


@contextmanager
def language(code: str) -> Iterator[None]:
    """The windows' texts in `code` (Russian words are longer: the layouts must still fit);
    English as the app loads it, with its plural forms ("1 line")."""
    translator = QTranslator()
    assert translator.load(QLocale(code), "cakeshop", "_", str(TRANSLATIONS_DIR))
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


def an_order(shop: Shop) -> OrderDTO:
    now = datetime.now()
    return OrderDTO(
        id=1,
        number="002255",
        customer_id=None,
        customer_name="Светлана Константиновна Воскресенская",
        customer_phone="+7 900 765-43-21",
        status=OrderStatus.NEW,
        due_at=now,
        subtotal=Decimal("12500.00"),
        discount=Decimal("0.00"),
        total=Decimal("12500.00"),
        paid_amount=Decimal("3750.00"),
        payment_method=None,
        notes="",
        created_at=now,
        updated_at=now,
    )


def every_window(ctx: ShopContext, shop: Shop, parent: QWidget) -> dict[str, QWidget]:
    """Every main window and dialog of the app, built as its users see it."""
    cashier, admin = ctx.with_actor(shop.cashier), ctx.with_actor(shop.admin)
    for cake in (shop.medovik, shop.praga):
        cart.add_to_cart(shop.uow, shop.cashier, cake, 2)
    full_cart = cart.get_cart(shop.uow, shop.cashier)
    order = an_order(shop)
    return {
        "login": LoginDialog(ctx),
        "ordering (cashier)": OrderingWindow(cashier),
        "ordering (customer)": OrderingWindow(ctx.with_actor(shop.customer)),
        "ordering (baker)": OrderingWindow(ctx.with_actor(shop.baker)),
        "production (baker)": ProductionWindow(ctx.with_actor(shop.baker)),
        "production (admin)": ProductionWindow(admin),
        "admin": AdminWindow(admin),
        "analytics": AnalyticsWindow(admin, autoload=False),
        "checkout": CheckoutDialog(cashier, full_cart, parent),
        "empty checkout": CheckoutDialog(
            cashier, CartDTO(id=0, user_id=0, items=(), total=Decimal("0.00")), parent
        ),
        "order detail": OrderDetailDialog(cashier, order.id, parent),
        "order placed": OrderPlacedDialog(cashier, order, parent, staff=True),
        "hand out": HandOutDialog(order, parent),
        "cancel": CancelOrderDialog(order, True, parent),
        "shift report": ShiftReportDialog(admin, parent),
        "settings (admin)": SettingsDialog(str(ctx.engine.url), admin=admin),
        "settings (login)": SettingsDialog(str(ctx.engine.url), unlocked=True),
        "admin check": AdminCheckDialog(ctx, parent),
        "set-up wizard": ShopSetupWizard(ctx, str(ctx.engine.url)),
        "user": UserDialog(admin, parent),
        "import": ImportDialog(admin, parent),
        "recipe": RecipeDialog(admin, shop.praga, "Прага", parent),
        "first admin": FirstAdminDialog(make_url("sqlite://"), parent),
        "about": AboutDialog("shop.sqlite3", parent),
    }


@pytest.fixture
def built(qtbot, shop, engine) -> Iterator[Callable[[], dict[str, QWidget]]]:
    made: list[QWidget] = []
    with shop_context(engine, shop.cashier) as ctx:
        parent = QMainWindow()
        qtbot.addWidget(parent)

        def build() -> dict[str, QWidget]:
            windows = every_window(ctx, shop, parent)
            for widget in windows.values():
                if widget.parent() is None:
                    qtbot.addWidget(widget)
                widget.show()
                made.append(widget)
            qtbot.waitUntil(lambda: ctx.workers.pending == 0, timeout=15_000)
            QApplication.processEvents()
            return windows

        yield build
        for widget in made:
            widget.close()
        qtbot.waitUntil(lambda: ctx.workers.pending == 0, timeout=15_000)


@SQLITE
@pytest.mark.parametrize("code", ["en", "ru"])
def test_every_window_and_dialog_fits_1024_by_700(built, code):
    with language(code):
        windows = built()
        too_big = {
            name: (hint.width(), hint.height(), least.width(), least.height())
            for name, widget in windows.items()
            if not (
                SMALLEST_ROOM.expandedTo(hint := widget.minimumSizeHint()) == SMALLEST_ROOM
                and SMALLEST_ROOM.expandedTo(least := widget.minimumSize()) == SMALLEST_ROOM
            )
        }
    assert too_big == {}


def fully_shown(widget: QWidget) -> bool:
    """Visible and nothing of it cut off by its parents or the window's edge."""
    if not widget.isVisible() or widget.visibleRegion().boundingRect() != widget.rect():
        return False
    window = widget.window()
    corner = widget.mapTo(window, QPoint(widget.width() - 1, widget.height() - 1))
    return window.rect().contains(widget.mapTo(window, QPoint(0, 0))) and window.rect().contains(
        corner
    )


@SQLITE
@pytest.mark.parametrize("code", ["en", "ru"])
def test_a_1024_by_768_till_shows_what_a_cashier_presses(qtbot, shop, engine, code):
    with language(code), shop_context(engine, shop.cashier) as ctx:
        cart.add_to_cart(shop.uow, shop.cashier, shop.medovik, 1)
        window = OrderingWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        window.showNormal()
        window.resize(TILL - FRAME)  # the room a maximised window has under a title bar
        wait_idle(qtbot, window)
        qtbot.waitUntil(lambda: window.ui.checkoutButton.isEnabled(), timeout=15_000)
        ui = window.ui
        for widget in (
            ui.catalogSearchEdit,
            ui.categoryCombo,
            ui.priceToSpin,
            ui.allergenButton,
            ui.addToCartButton,
            ui.cartTotalLabel,
            ui.clearCartButton,
            ui.checkoutButton,
            window.statusBar(),
        ):
            assert fully_shown(widget), widget.objectName()
        ui.mainTabs.setCurrentWidget(ui.ordersTab)
        QApplication.processEvents()
        panel = window.orders_panel.ui
        for widget in (
            panel.confirmOrderButton,
            panel.handOutOrderButton,
            panel.cancelOrderButton,
            panel.printReceiptButton,
            panel.printTicketButton,
            window.statusBar(),
        ):
            assert fully_shown(widget), widget.objectName()
        wait_idle(qtbot, window)


@SQLITE
@pytest.mark.parametrize(
    ("screen", "maximised"), [(QRect(0, 0, 1366, 768), True), (QRect(0, 0, 1920, 1050), False)]
)
def test_main_windows_open_maximised_on_a_till_and_within_a_bigger_screen(
    qtbot, shop, engine, monkeypatch, screen, maximised
):
    monkeypatch.setattr(window_geometry, "available_area", lambda _widget: screen)
    with shop_context(engine, shop.cashier) as ctx:
        for window in (OrderingWindow(ctx), AdminWindow(ctx.with_actor(shop.admin))):
            qtbot.addWidget(window)
            window.show()
            assert window.isMaximized() == maximised
            if not maximised:
                assert screen.contains(QRect(window.pos(), window.size() + FRAME))
            window.close()
        qtbot.waitUntil(lambda: ctx.workers.pending == 0, timeout=15_000)


@SQLITE
def test_a_dialog_taller_than_the_screen_is_shrunk_to_it(qtbot, shop, engine, monkeypatch):
    screen = QRect(0, 0, 1024, 600)
    monkeypatch.setattr(window_geometry, "available_area", lambda _widget: screen)
    with shop_context(engine, shop.admin) as ctx:
        dialog = ShiftReportDialog(ctx)  # designed 720×760
        qtbot.addWidget(dialog)
        dialog.show()
        assert screen.contains(QRect(dialog.pos(), dialog.size() + FRAME))
        dialog.close()
        qtbot.waitUntil(lambda: ctx.workers.pending == 0, timeout=15_000)


def test_a_big_screen_gets_the_designed_size_a_small_one_no_more_than_it_has(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    big = QRect(0, 0, 1920, 1080)
    assert not is_till_screen(big)
    fit_into(widget, big)
    assert widget.size() == QSize(1280, 800)
    small = QRect(0, 24, 1024, 744)  # a panel at the top
    assert is_till_screen(small)
    fit_into(widget, small)
    assert small.contains(QRect(widget.pos(), widget.size() + FRAME))


@SQLITE
def test_each_user_gets_the_window_as_they_left_it(qtbot, shop, engine, private_settings):
    def open_as(user: Any) -> OrderingWindow:
        ctx = ShopContext(engine, workers, user)
        window = OrderingWindow(ctx, autoload=False)
        qtbot.addWidget(window)
        window.show()
        return window

    with shop_context(engine, shop.cashier) as base:
        workers = base.workers
        first = open_as(shop.cashier)
        first.showNormal()
        first.setGeometry(40, 30, 720, 500)
        left = first.geometry()
        first.close()
        key = settings_key("orderingWindow", shop.cashier.username)
        assert gui_settings().value(key) is not None
        assert (private_settings / "settings.ini").is_file()  # never the real user's

        again = open_as(shop.cashier)
        assert not again.isMaximized() and again.geometry() == left
        again.close()
        somebody_else = open_as(shop.customer)
        assert somebody_else.geometry() != left  # the cashier's place is the cashier's
        somebody_else.close()


@SQLITE
@pytest.mark.parametrize(
    ("code", "till_word", "customer_words"),
    [("en", "ordering", "order cakes"), ("ru", "касса", "заказ тортов")],
)
def test_a_customer_s_window_is_titled_for_a_customer_not_for_the_till(
    qtbot, shop, engine, code, till_word, customer_words
):
    with language(code):
        for actor, is_till in ((shop.customer, False), (shop.cashier, True)):
            with shop_context(engine, actor) as ctx:
                window = OrderingWindow(ctx)
                qtbot.addWidget(window)
                title = window.windowTitle()
                assert (actor.full_name or actor.username) in title
                assert (till_word in title.casefold()) is is_till, title
                assert (customer_words in title.casefold()) is not is_till, title
                wait_idle(qtbot, window)


@pytest.mark.parametrize("code", ["en", "ru"])
def test_a_long_cake_name_shows_whole_in_the_top_cakes_at_1024_by_768(qtbot, shop, engine, code):
    long_name = "Чизкейк «Солёная карамель»"  # the demo's longest cake name
    with shop.uow:
        category_id = shop.uow.catalog.add_category(Category(name="Свадебные торты")).id
        shop.uow.commit()
    cake_id = add_cake(
        shop.uow,
        sku="4600777",
        name=long_name,
        category_id=category_id,
        price=Decimal("2450.00"),
        weight_grams=1200,
        stock_qty=5,
    )
    place(shop.uow, shop.cashier, {cake_id: 1}, paid=Decimal("2450.00"))
    with language(code), shop_context(engine, shop.admin) as ctx:
        window = AnalyticsWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        window.showNormal()
        window.resize(TILL - FRAME)
        qtbot.waitUntil(
            lambda: window.report is not None and not window.is_computing, timeout=20_000
        )
        view = window.ui.topCakesView
        model = view.model()
        rows = [
            row
            for row in range(model.rowCount())
            if model.index(row, TopCakesModel.COL_NAME).data() == long_name
        ]
        assert rows, "the sale is in the report"
        index = model.index(rows[0], TopCakesModel.COL_NAME)
        cell = view.visualRect(index)
        # the whole name fits in its cell: on one line, or wrapped in a taller row
        needed = view.fontMetrics().boundingRect(
            QRect(0, 0, cell.width() - 8, 10_000), Qt.TextFlag.TextWordWrap, long_name
        )
        assert needed.width() <= cell.width() - 8 and needed.height() <= cell.height(), (
            cell,
            needed,
        )


@SQLITE
@pytest.mark.parametrize("code", ["en", "ru"])
def test_the_allergen_button_s_arrow_stays_clear_of_its_text(qtbot, shop, engine, code):
    with language(code), shop_context(engine, shop.cashier) as ctx:
        window = OrderingWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        window.showNormal()
        window.resize(TILL - FRAME)
        wait_idle(qtbot, window)
        button = window.ui.allergenButton
        qtbot.waitUntil(button.isEnabled, timeout=15_000)  # the shop's allergens arrived
        menu = button.menu().actions()
        for checked in (0, 2):  # «Without allergens», then «Without allergens (2)»
            for action in menu[:checked]:
                action.setChecked(True)
            style = button.style()
            arrow = style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
            margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
            text = button.fontMetrics().horizontalAdvance(button.text())
            # the text and the arrow side by side, not on top of each other
            assert button.width() >= text + arrow + margin, (button.text(), button.width())
        wait_idle(qtbot, window)
