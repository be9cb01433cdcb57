"""Layouts nested in Python leave no stale wrappers behind (issue 18, `gui/widgets/layouts.py`).

PySide wraps every item of a layout added to another and keeps the wrappers; Qt deletes the
items without telling it. Built with `nest`, the items are forgotten, so a widget Qt later
puts at a freed item's address comes back to Python as itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from cakeshop_desktop.gui.widgets.layouts import forget_items, nest
from tests.gui.test_teardown import held_layout_items


def test_a_nested_row_taken_apart_leaves_no_wrapper_of_its_items(qtbot):
    for _ in range(50):
        window = QWidget()
        qtbot.addWidget(window)
        outer = QVBoxLayout(window)
        row = QHBoxLayout()
        boxes = [QLineEdit() for _ in range(3)]
        for box in boxes:
            row.addWidget(box)
        row.addStretch(1)
        nest(outer, row)
        assert held_layout_items() == []
        # the row goes and its boxes move (as `wrap_row` does): Qt deletes the row's items
        outer.removeItem(row)
        moved = QHBoxLayout()
        for box in boxes:
            moved.addWidget(box)
        nest(outer, moved)
        row.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        fresh = [QLineEdit(window) for _ in range(10)]
        # Tab visits widgets only, and each one is the object Python made
        chain, widget = [], window.nextInFocusChain()
        while widget is not window:
            assert isinstance(widget, QWidget)
            chain.append(widget)
            widget = widget.nextInFocusChain()
        assert set(boxes + fresh) <= set(chain)


def test_adding_a_layout_directly_would_leave_wrappers_behind(qtbot):
    """The check above can fail: plain `addLayout` leaves the wrappers this module forgets."""
    window = QWidget()
    qtbot.addWidget(window)
    outer = QVBoxLayout(window)
    row = QHBoxLayout()
    row.addWidget(QLineEdit())
    outer.addLayout(row)
    try:
        assert len(held_layout_items()) == 1
    finally:
        forget_items(row)
    assert held_layout_items() == []
