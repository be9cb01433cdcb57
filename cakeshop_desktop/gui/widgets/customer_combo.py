"""A combo box of registered customers, searched by any part of the name, login or phone."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from cakeshop_desktop.core.domain import UserDTO
from cakeshop_desktop.gui.formatting import customer_text


def make_searchable(combo: QComboBox, placeholder: str) -> None:
    """Typing filters the list by any part of an entry, ignoring case."""
    combo.lineEdit().setPlaceholderText(placeholder)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)


def fill_customers(combo: QComboBox, customers: Iterable[UserDTO]) -> None:
    """The customers as entries (their id as the item data), none chosen, without signals."""
    combo.blockSignals(True)
    combo.clear()
    for customer in customers:
        combo.addItem(customer_text(customer), customer.id)
    combo.setCurrentIndex(-1)
    combo.blockSignals(False)
