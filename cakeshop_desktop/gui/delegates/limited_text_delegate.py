"""Line editors that stop at the length the database keeps for their column."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget


class LimitedTextDelegate(QStyledItemDelegate):
    """The default editors, with a QLineEdit's maximum length set per column (`limits`)."""

    def __init__(self, limits: Mapping[int, int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._limits = dict(limits)

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit) and index.column() in self._limits:
            editor.setMaxLength(self._limits[index.column()])
        return editor
