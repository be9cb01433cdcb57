"""Ctrl+P, the platform's Print key, wherever a window or dialog has something to print."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QWidget


def add_print_key(
    widget: QWidget, text: str, trigger: Callable[[], object] | QAbstractButton
) -> QAction:
    """An action `printAction` on `widget` for the Print key; a button is clicked (so a
    disabled one does nothing), anything else is called."""
    action = QAction(text, widget)
    action.setObjectName("printAction")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    if isinstance(trigger, QAbstractButton):
        action.triggered.connect(trigger.click)
        tip = trigger.toolTip() or text
        trigger.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.NativeText)})")
    else:
        action.triggered.connect(lambda _checked=False: trigger())
    widget.addAction(action)
    return action
