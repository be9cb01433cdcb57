"""The bakers' board's task card: a day heading, or a card with its move button (painted)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from cakeshop_desktop.core.domain import TaskStatus
from cakeshop_desktop.core.types.production import TaskCard
from cakeshop_desktop.gui.formatting import date_time
from cakeshop_desktop.gui.models.base import CARD_ROLE, HEADING_ROLE, OVERDUE_ROLE
from cakeshop_desktop.gui.models.board_model import (
    card_origin,
    card_title,
)

AnyIndex = QModelIndex | QPersistentModelIndex
CARD_COLOURS = {
    TaskStatus.QUEUED: "#fff8e1",
    TaskStatus.IN_PROGRESS: "#ffe9d2",
    TaskStatus.DONE: "#e3f5e3",
}
OVERDUE_COLOUR = "#c62828"
ALLERGEN_COLOUR = "#9a3412"
SELECTED_COLOUR = "#1565c0"
TEXT_COLOUR = "#202020"
HEADING_COLOUR = "#37474f"
MARGIN = 6
PADDING = 8
BUTTON = 30


class CardDelegate(QStyledItemDelegate):
    """Paints a heading as a day title and a task as a card with a move button."""

    button_clicked = Signal(object)  # the TaskCard whose button was clicked

    def __init__(self, status: TaskStatus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status = status

    def button_text(self) -> str:
        return {TaskStatus.QUEUED: "▶", TaskStatus.IN_PROGRESS: "✓"}.get(self._status, "◀")

    def _lines(self, card: TaskCard) -> list[tuple[str, str]]:
        """(kind, text) of every line under the title."""
        lines = [("time", self.tr("Pickup {0}").format(date_time(card.due_at)))]
        lines.append(("plain", card_origin(card)))
        if card.inscription:
            lines.append(("inscription", self.tr("Inscription: «{0}»").format(card.inscription)))
        if card.notes and not card.is_batch:
            lines.append(("plain", self.tr("Notes: {0}").format(card.notes)))
        if card.order_notes:
            lines.append(("plain", self.tr("Order notes: {0}").format(card.order_notes)))
        if card.allergens:
            lines.append(("allergens", self.tr("Allergens: {0}").format(", ".join(card.allergens))))
        if card.baker:
            lines.append(("plain", self.tr("Baker: {0}").format(card.baker)))
        return lines

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        height = option.fontMetrics.height()
        if index.data(HEADING_ROLE):
            return QSize(200, height + 14)
        card = index.data(CARD_ROLE)
        lines = 1 + (len(self._lines(card)) if card is not None else 0)
        return QSize(200, lines * (height + 2) + 2 * PADDING + 2 * MARGIN - 4)

    def button_rect(self, rect: QRect) -> QRect:
        card = rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        return QRect(card.right() - BUTTON - 4, card.top() + 4, BUTTON, BUTTON - 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        painter.save()
        try:
            if index.data(HEADING_ROLE):
                self._paint_heading(painter, option, index)
            else:
                self._paint_card(painter, option, index)
        finally:
            painter.restore()

    def _paint_heading(
        self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        rect = option.rect.adjusted(MARGIN, 4, -MARGIN, -2)
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        overdue = index.data(Qt.ItemDataRole.DisplayRole) == self.tr("Overdue")
        colour = QColor(OVERDUE_COLOUR if overdue else HEADING_COLOUR)
        painter.setPen(colour)
        painter.drawText(
            rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, index.data()
        )
        painter.setPen(QPen(QColor("#bdbdbd"), 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

    def _paint_card(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        card: TaskCard | None = index.data(CARD_ROLE)
        if card is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(MARGIN, MARGIN // 2, -MARGIN, -MARGIN // 2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        overdue = bool(index.data(OVERDUE_ROLE))
        border = QColor(SELECTED_COLOUR if selected else OVERDUE_COLOUR if overdue else "#c8c8c8")
        painter.setPen(QPen(border, 3 if selected else 1.5 if overdue else 1))
        painter.setBrush(QColor(CARD_COLOURS.get(card.status, "#ffffff")))
        painter.drawRoundedRect(rect, 6, 6)

        button = self.button_rect(option.rect)
        painter.setPen(QPen(QColor("#9e9e9e"), 1))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(button, 4, 4)
        painter.setPen(QColor(TEXT_COLOUR))
        painter.drawText(button, Qt.AlignmentFlag.AlignCenter, self.button_text())

        metrics = option.fontMetrics
        line_height = metrics.height() + 2
        x = rect.left() + PADDING
        width = rect.width() - 2 * PADDING - BUTTON
        y = rect.top() + PADDING - 2
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(TEXT_COLOUR))
        painter.drawText(
            QRect(x, y, width, line_height), Qt.AlignmentFlag.AlignLeft, card_title(card)
        )
        for kind, text in self._lines(card):
            y += line_height
            font = QFont(option.font)
            colour = QColor(TEXT_COLOUR)
            if kind == "time":
                font.setBold(True)
                colour = QColor(OVERDUE_COLOUR) if overdue else colour
            elif kind == "inscription":
                font.setItalic(True)
            elif kind == "allergens":
                colour = QColor(ALLERGEN_COLOUR)
            painter.setFont(font)
            painter.setPen(colour)
            elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QRect(x, y, width, line_height), Qt.AlignmentFlag.AlignLeft, elided)

    def editorEvent(
        self, event: QEvent, model: Any, option: QStyleOptionViewItem, index: AnyIndex
    ) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and not index.data(HEADING_ROLE)
            and self.button_rect(option.rect).contains(event.position().toPoint())
        ):
            card = index.data(CARD_ROLE)
            if card is not None:
                self.button_clicked.emit(card)
                return True
        return super().editorEvent(event, model, option, index)
