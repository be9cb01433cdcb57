"""The Help menu's boxes: the keyboard shortcuts of a window, and what this app is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from cakeshop_desktop.gui.i18n import tr as _tr


def ordering_shortcuts() -> list[tuple[str, str]]:
    """The keys of the ordering window and what each does."""
    return [
        ("F1", _tr("this list")),
        ("F2", _tr("find a cake (type a name or scan a barcode, then Enter)")),
        ("F3", _tr("find an order")),
        ("F4", _tr("go to the cart; type a number to change the quantity")),
        ("F5", _tr("refresh the catalogue, the cart and the orders")),
        ("F9", _tr("check out")),
        ("Enter", _tr("on a cake: put one in the cart")),
        ("Delete", _tr("in the cart: remove the line")),
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


def show_about(parent: QWidget) -> None:
    from cakeshop_desktop.gui.dialogs.about_dialog import AboutDialog

    AboutDialog("", parent).exec()
