"""The Help menu's boxes: the keyboard shortcuts of a window, and what this app is."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from cakeshop_desktop.core.domain import Role
from cakeshop_desktop.core.services.cart import SHOPPERS
from cakeshop_desktop.gui.i18n import tr as _tr


def ordering_shortcuts(role: Role | None = None) -> list[tuple[str, str]]:
    """The keys of the ordering window and what each does, for `role` (None: every key the
    window has for one role or another). A customer is not told of the counter's keys, nor a
    baker, who keeps no cart, of the cart's."""
    staff = role is None or role in (Role.CASHIER, Role.ADMIN)
    shops = role is None or role in SHOPPERS
    rows: list[tuple[str, str] | None] = [
        ("F1", _tr("this list")),
        (
            "F2",
            _tr(
                "find a cake: type a name or scan a barcode, then Enter (a barcode or the only "
                "match goes in the cart; several matches: the list)"
            )
            if shops
            else _tr("find a cake: type a name or a code, then Enter"),
        ),
        ("↓", _tr("in a search field: go to the list")),
        (
            "F3",
            _tr("find an order: its number, or Tab and the phone (any part), then Enter")
            if staff
            else _tr("go to the orders"),
        ),
        (
            "F4",
            _tr("go to the selected cart line's quantity; type a number and Enter to change it"),
        )
        if shops
        else None,
        (
            "F5",
            _tr("refresh the catalogue, the cart and the orders")
            if shops
            else _tr("refresh the catalogue and the orders"),
        ),
        ("F6", _tr("the customers' orders still to confirm")) if staff else None,
        ("F9", _tr("check out; Enter places the order")) if shops else None,
        (
            "Enter",
            _tr("on a cake: put one in the cart; on an order: open it")
            if shops
            else _tr("on an order: open it"),
        ),
        ("Delete", _tr("in the cart: remove the line")) if shops else None,
        ("Ctrl+P", _tr("in the orders: print the receipt of the selected order")),
        ("Ctrl+U", _tr("a customer's own account: details, password, orders"))
        if role in (None, Role.CUSTOMER)
        else None,
        ("Ctrl+L", _tr("log out")),
        ("Ctrl+Q", _tr("quit")),
    ]
    return [row for row in rows if row is not None]


def production_shortcuts() -> list[tuple[str, str]]:
    """The keys of the production board."""
    return [
        ("F1", _tr("this list")),
        ("F5", _tr("refresh")),
        ("Space, Enter, Ctrl+Right", _tr("on a card: move it one column on")),
        ("Backspace, Ctrl+Left", _tr("on a card: move it one column back")),
        ("←  →", _tr("go to the neighbouring column")),
        ("Ctrl+PgUp / Ctrl+PgDown", _tr("previous / next day")),
        ("Ctrl+P", _tr("print the shopping list")),
        ("Ctrl+L", _tr("log out")),
        ("Ctrl+Q", _tr("quit")),
    ]


def analytics_shortcuts() -> list[tuple[str, str]]:
    """The keys of the sales analytics."""
    return [
        ("F1", _tr("this list")),
        ("F5", _tr("compute the report again")),
        ("Ctrl+P", _tr("print the report")),
        ("Ctrl+E", _tr("export the tables to CSV")),
        ("Ctrl+Shift+E", _tr("export the report to PDF")),
        ("Ctrl+Shift+R", _tr("a cashier's shift report")),
        ("Ctrl+W", _tr("close the window")),
    ]


def admin_shortcuts() -> list[tuple[str, str]]:
    """The keys of the admin window."""
    return [
        ("F1", _tr("this list")),
        ("F5", _tr("refresh")),
        ("Ctrl+1, Ctrl+2, Ctrl+3", _tr("the counter, the production board, the analytics")),
        ("Ins", _tr("in a grid: add a row")),
        ("Del", _tr("in a grid: delete the selected rows")),
        ("Ctrl+S", _tr("save the grid's changes")),
        ("Ctrl+L", _tr("log out")),
        ("Ctrl+Q", _tr("quit")),
    ]


def shortcuts_html(rows: list[tuple[str, str]]) -> str:
    body = "".join(
        f"<tr><td><b>{key}</b>&nbsp;&nbsp;</td><td>{what}</td></tr>" for key, what in rows
    )
    return f"<table>{body}</table>"


def show_shortcuts(parent: QWidget, rows: list[tuple[str, str]]) -> QMessageBox:
    """A non-blocking box listing the keys (objectName shortcutsBox)."""
    box = QMessageBox(QMessageBox.Icon.Information, _tr("Keyboard shortcuts"), "", parent=parent)
    box.setObjectName("shortcutsBox")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(shortcuts_html(rows))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def add_help_menu(window: QMainWindow, rows: Callable[[], list[tuple[str, str]]]) -> None:
    """A Help menu with the keys (F1) and About, for a window whose form has none."""
    menu = window.menuBar().addMenu(_tr("&Help"))
    menu.setObjectName("helpMenu")
    keys = QAction(_tr("&Keyboard shortcuts"), window)
    keys.setObjectName("shortcutsAction")
    keys.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    keys.triggered.connect(lambda: show_shortcuts(window, rows()))
    about = QAction(_tr("&About Cakeshop"), window)
    about.setObjectName("aboutAction")
    about.triggered.connect(lambda: show_about(window))
    menu.addActions([keys, about])


def show_about(parent: QWidget) -> None:
    from cakeshop_desktop.gui.dialogs.about_dialog import AboutDialog

    AboutDialog("", parent).exec()
