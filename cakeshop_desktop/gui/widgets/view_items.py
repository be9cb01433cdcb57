"""Items of list and table widgets, made by the widget itself.

An item made in Python and handed to a QListWidget (addItem) or a QTableWidget (setItem)
is a PySide object that Qt deletes with the widget; PySide 6.11 now and then let go of
its Python side first, and deleting the window crashed in Qt's clean-up (a segfault in
`sendPostedEvents` → `deleteChildren`, or at exit). Made by the widget, an item is plain
Qt: Python only borrows it to set its text, flags and data, and never keeps it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTableWidget, QTableWidgetItem


def add_list_item(view: QListWidget, text: str) -> QListWidgetItem:
    """A new last item of the list, showing `text` (borrowed: do not keep it)."""
    view.addItem(text)
    item = view.item(view.count() - 1)
    assert item is not None
    return item


def set_table_cell(table: QTableWidget, row: int, column: int, text: str) -> QTableWidgetItem:
    """The cell at (row, column) showing `text`, made by the table (borrowed: do not keep it)."""
    model = table.model()
    model.setData(model.index(row, column), text)  # the table makes the item for the cell
    item = table.item(row, column)
    assert item is not None
    return item
