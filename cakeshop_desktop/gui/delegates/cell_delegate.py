"""Cell editors chosen by column type: numbers, money, dates, enums and references to other tables."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from cakeshop_desktop.core.services import table_editor
from cakeshop_desktop.core.services.table_editor.values import ColumnInfo, ColumnKind
from cakeshop_desktop.gui.context import ShopContext
from cakeshop_desktop.gui.labels import enum_label
from cakeshop_desktop.gui.models.base import COLUMN_ROLE
from cakeshop_desktop.gui.models.table_model import TableModel

AnyIndex = QModelIndex | QPersistentModelIndex
FK_CHOICES = 200  # rows offered in a reference drop-down; more are found by typing an id


class CellDelegate(QStyledItemDelegate):
    """Edits a TableModel cell with the editor its column's kind asks for."""

    def __init__(self, ctx: ShopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx

    @staticmethod
    def _info(index: AnyIndex) -> ColumnInfo | None:
        model = index.model()
        info = model.headerData(index.column(), Qt.Orientation.Horizontal, COLUMN_ROLE)
        return info if isinstance(info, ColumnInfo) else None

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        info = self._info(index)
        if info is None:
            return super().createEditor(parent, option, index)
        editor = self._editor(parent, info, index)
        header = index.model().headerData(index.column(), Qt.Orientation.Horizontal)
        editor.setAccessibleName(self.tr("Edit {0}").format(header or info.name))
        return editor

    def _editor(self, parent: QWidget, info: ColumnInfo, index: AnyIndex) -> QWidget:
        kind = info.kind
        if kind in (ColumnKind.INTEGER, ColumnKind.DECIMAL):
            # Plain text, parsed when committed: a spin box or a validator would drop the "-"
            # of "-100" or a third decimal without a word; the model marks a bad number instead.
            edit = QLineEdit(parent)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            return edit
        if kind is ColumnKind.DATETIME:
            moment = QDateTimeEdit(parent)
            moment.setCalendarPopup(True)
            moment.setDisplayFormat("yyyy-MM-dd HH:mm:ss")
            return moment
        if kind is ColumnKind.DATE:
            day = QDateEdit(parent)
            day.setCalendarPopup(True)
            day.setDisplayFormat("yyyy-MM-dd")
            return day
        if kind is ColumnKind.ENUM:
            combo = QComboBox(parent)
            if info.nullable:
                combo.addItem("", None)
            for value in info.enum_values:  # the label shown, the stored value written
                combo.addItem(enum_label(info.enum_name, value), value)
            return combo
        if kind is ColumnKind.FOREIGN_KEY:
            return self._reference_editor(parent, info, index)
        edit = QLineEdit(parent)
        if info.max_length:
            edit.setMaxLength(info.max_length)
        return edit

    def _reference_editor(self, parent: QWidget, info: ColumnInfo, index: AnyIndex) -> QComboBox:
        combo = QComboBox(parent)
        combo.setEditable(True)  # a row beyond the first FK_CHOICES is picked by its id
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if info.nullable:
            combo.addItem(self.tr("(none)"), None)
        current = index.data(Qt.ItemDataRole.EditRole)
        if current is not None:
            combo.addItem(index.data(Qt.ItemDataRole.DisplayRole) or str(current), current)
        model = index.model()
        table = getattr(model, "table", None)
        if table:
            self._ctx.call(
                combo,
                table_editor.fk_choices,
                table,
                info.name,
                "",
                FK_CHOICES,
                on_result=lambda choices: self._fill(combo, choices),
            )
        return combo

    @staticmethod
    def _fill(combo: QComboBox, choices: list[tuple[Any, str]]) -> None:
        if not shiboken6.isValid(combo):
            return
        current = combo.currentData()
        known = {combo.itemData(i) for i in range(combo.count())}
        for key, label in choices:
            if key not in known:
                combo.addItem(f"{label} ({key})", key)
        found = combo.findData(current)
        if found >= 0:
            combo.setCurrentIndex(found)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        info = self._info(index)
        value = index.data(Qt.ItemDataRole.EditRole)
        if info is None:
            super().setEditorData(editor, index)
            return
        if isinstance(editor, QDateTimeEdit) and info.kind is ColumnKind.DATETIME:
            moment = value if isinstance(value, datetime) else datetime.now().replace(microsecond=0)
            editor.setDateTime(QDateTime(moment))
        elif isinstance(editor, QDateEdit):
            day = value if isinstance(value, date) else date.today()
            editor.setDate(QDate(day.year, day.month, day.day))
        elif isinstance(editor, QComboBox):
            found = editor.findData(value)
            editor.setCurrentIndex(max(found, 0))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        info = self._info(index)
        if info is None:
            super().setModelData(editor, model, index)
            return
        value: Any
        label: str | None = None
        if isinstance(editor, QDateTimeEdit) and info.kind is ColumnKind.DATETIME:
            qt = editor.dateTime()
            value = _python_datetime(qt.date(), qt.time())
        elif isinstance(editor, QDateEdit):
            day = editor.date()
            value = date(day.year(), day.month(), day.day())
        elif isinstance(editor, QComboBox):
            value, label = self._combo_value(editor, info)
        elif isinstance(editor, QLineEdit):
            value = editor.text()  # as typed: TableModel.set_cell parses it or marks it
        else:
            super().setModelData(editor, model, index)
            return
        if isinstance(model, TableModel):
            model.set_cell(index.row(), info.name, value, label)
        else:
            model.setData(index, value, Qt.ItemDataRole.EditRole)

    @staticmethod
    def _combo_value(editor: QComboBox, info: ColumnInfo) -> tuple[Any, str | None]:
        text = editor.currentText().strip()
        if editor.isEditable():
            found = editor.findText(text)
            if found < 0:
                return text, None  # typed by hand: an id, checked on save
            editor.setCurrentIndex(found)
        value = editor.currentData()
        label = editor.currentText() if info.kind is ColumnKind.FOREIGN_KEY else None
        if label and value is not None and label.endswith(f" ({value})"):
            label = label[: -len(f" ({value})")]
        return value, label

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        editor.setGeometry(option.rect)


def _python_datetime(day: QDate, moment: QTime) -> datetime:
    return datetime(
        day.year(),
        day.month(),
        day.day(),
        moment.hour(),
        moment.minute(),
        moment.second(),
        moment.msec() * 1000,
    )
