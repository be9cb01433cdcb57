"""Access keys (Alt+letter) of the counter, the checkout and an order's detail: each letter
leads to one place in English and in Russian. Two controls sharing one make Alt+letter only
move the focus between them, so a cashier's Alt+P might not place the order."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QWidget,
)

from cakeshop_desktop.core.domain import Role
from cakeshop_desktop.core.services import cart
from cakeshop_desktop.gui.dialogs.checkout_dialog import CheckoutDialog
from cakeshop_desktop.gui.dialogs.order_detail_dialog import OrderDetailDialog
from tests.gui.conftest import wait_idle
from tests.gui.order_helpers import place, shop_context
from tests.gui.test_screen_fit import language

WAIT = 15_000
LANGUAGES = pytest.mark.parametrize("code", ["en", "ru"])
SQLITE = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


def _key(text: str) -> str:
    """The letter Alt+ goes to for `text` ("" when it has none; "&&" is a plain "&")."""
    return QKeySequence.mnemonic(text).toString().removeprefix("Alt+").casefold()


def _texts(widget: QWidget) -> list[str]:
    """The texts of `widget` that give an access key."""
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(index) for index in range(widget.count())]
    if isinstance(widget, QMainWindow):
        return [action.text() for action in widget.menuBar().actions() if action.isVisible()]
    return []


def _pages(widget: QWidget, window: QWidget) -> frozenset[tuple[int, int]] | None:
    """The stacked pages (stack, page) `widget` is on, or None when it never shows."""
    pages = set()
    while widget is not window:
        parent = widget.parentWidget()
        if isinstance(parent, QStackedWidget):
            pages.add((id(parent), parent.indexOf(widget)))
        elif widget.isHidden():
            return None
        widget = parent
    return frozenset(pages)


def clashes(window: QWidget) -> dict[str, list[str]]:
    """Access keys used more than once among the controls shown together in `window`."""
    keyed: list[tuple[str, str, frozenset[tuple[int, int]]]] = []
    for widget in [window, *window.findChildren(QWidget)]:
        pages = _pages(widget, window)
        if pages is None:
            continue
        for text in _texts(widget):
            if key := _key(text):
                keyed.append((key, text.replace("&", ""), pages))
    found: dict[str, list[str]] = defaultdict(list)
    for at, (key, text, pages) in enumerate(keyed):
        for other_key, other_text, other_pages in keyed[at + 1 :]:
            stacks = {stack for stack, _page in pages} & {stack for stack, _page in other_pages}
            apart = any(
                (stack, page) not in other_pages for stack, page in pages if stack in stacks
            )
            if key == other_key and not apart:
                found[key] += [text, other_text]
    return {key: sorted(set(texts)) for key, texts in found.items()}


def menu_clashes(window: QMainWindow) -> dict[str, list[str]]:
    """Access keys used twice in one menu of `window`'s menu bar (a menu's key picks its item)."""
    found = {}
    for menu_action in window.menuBar().actions():
        keyed = defaultdict(list)
        for action in menu_action.menu().actions():
            if action.isVisible() and (key := _key(action.text())):
                keyed[key].append(action.text().replace("&", ""))
        found |= {key: sorted(texts) for key, texts in keyed.items() if len(texts) > 1}
    return found


@SQLITE
@LANGUAGES
@pytest.mark.parametrize("role", [Role.CASHIER, Role.ADMIN, Role.CUSTOMER])
def test_every_access_key_of_the_counter_leads_to_one_place(qtbot, make_window, shop, code, role):
    with language(code):
        cart.add_to_cart(shop.uow, shop.user(role), shop.medovik, 1)
        window = make_window(role)
        wait_idle(qtbot, window)
        QApplication.processEvents()
        assert clashes(window) == {}
        assert menu_clashes(window) == {}


@SQLITE
@LANGUAGES
@pytest.mark.parametrize("role", [Role.CASHIER, Role.CUSTOMER])
@pytest.mark.parametrize("made_to_order", [False, True])
def test_every_access_key_of_the_checkout_leads_to_one_place(
    qtbot, shop, engine, code, role, made_to_order
):
    actor = shop.user(role)
    with language(code), shop_context(engine, actor) as ctx:
        cart.add_to_cart(shop.uow, actor, shop.praga if made_to_order else shop.medovik, 1)
        dialog = CheckoutDialog(ctx, cart.get_cart(shop.uow, actor))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: ctx.workers.pending == 0, timeout=WAIT)
        assert clashes(dialog) == {}
        dialog.reject()


@SQLITE
@LANGUAGES
@pytest.mark.parametrize("role", [Role.CASHIER, Role.CUSTOMER])
def test_every_access_key_of_an_orders_detail_leads_to_one_place(qtbot, shop, engine, code, role):
    actor = shop.user(role)
    paid = Decimal("1000.00") if role is Role.CASHIER else None  # customers pay at the counter
    order = place(shop.uow, actor, {shop.praga: 1}, paid=paid, due_in=timedelta(days=2))
    with language(code), shop_context(engine, actor) as ctx:
        dialog = OrderDetailDialog(ctx, order.id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.detail is not None, timeout=WAIT)
        assert clashes(dialog) == {}
        dialog.reject()


def test_a_clash_is_found_and_a_hidden_or_other_page_is_not(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    stack = QStackedWidget(window)
    first, second = QWidget(), QWidget()
    stack.addWidget(first)
    stack.addWidget(second)
    QPushButton("&Print", first)
    QPushButton("&Place order", second)  # another page: never shown with Print
    QPushButton("&Hidden", window).hide()
    window.show()
    assert clashes(window) == {}
    QPushButton("&Phone", window).show()  # beside both pages
    assert clashes(window) == {"p": ["Phone", "Place order", "Print"]}
