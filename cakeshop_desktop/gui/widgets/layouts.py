"""Forms and nested layouts put together without stale wrappers (issue 18).

When a layout is added to another (`addLayout`, and every form's `setupUi` does so), PySide
makes a Python wrapper for each item of the added layout and keeps it as long as the outer
layout lives. Qt deletes such an item in C++ when its widget moves to another layout or
its own layout is deleted, and PySide is not told: the wrapper stays registered at the
freed address, and the next widget Qt puts there comes back to Python as that stale
`QWidgetItem` — an AttributeError in a window's constructor, or a segfault in teardown,
now and then. Here the wrappers of the items Qt made are let go of (`shiboken6.invalidate`:
the items stay in their layouts; Python only forgets them), so there is nothing to go stale.
The app's code reaches layout items only through these two functions.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QBoxLayout, QLayout, QLayoutItem, QWidget


def set_up_form(ui: Any, host: QWidget) -> None:
    """`ui.setupUi(host)` (a form from `gui/forms`), then forget its layout items."""
    ui.setupUi(host)
    for layout in host.findChildren(QLayout):
        forget_items(layout)


def nest(outer: QBoxLayout, inner: QLayout, stretch: int = 0) -> None:
    """`outer.addLayout(inner, stretch)`, then forget the items PySide wrapped for it."""
    outer.addLayout(inner, stretch)
    for layout in [inner, *inner.findChildren(QLayout)]:
        forget_items(layout)


def forget_items(layout: QLayout) -> None:
    """Let go of the wrappers of `layout`'s own items that Qt made (a widget's item, a
    stretch); the layouts and the spacers made in Python are QObjects or tell PySide."""
    for index in range(layout.count()):
        item: QLayoutItem | None = layout.itemAt(index)
        if item is None or isinstance(item, QObject) or shiboken6.createdByPython(item):
            continue
        shiboken6.invalidate(item)
