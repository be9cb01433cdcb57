"""One column of the bakers' board as a list model: day headings and the task cards under them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from cakeshop_desktop.core.domain import TaskStatus
from cakeshop_desktop.core.types.production import Board, TaskCard
from cakeshop_desktop.gui.formatting import date_time

AnyIndex = QModelIndex | QPersistentModelIndex
CARD_ROLE = Qt.ItemDataRole.UserRole + 1  # the TaskCard, None on a heading
HEADING_ROLE = Qt.ItemDataRole.UserRole + 2  # True on a day heading
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 3  # True on a card due before the board's first day


@dataclass(frozen=True, slots=True)
class BoardRow:
    """A day heading (card None) or a card under the heading of its day."""

    key: str
    heading: str = ""
    card: TaskCard | None = None
    overdue: bool = False


def day_heading(day: date, capacity: int, booked: int) -> str:
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        name = day.strftime("%a %d.%m")
    else:
        name = locale.toString(day, "ddd d MMMM")
    return QCoreApplication.translate("BoardColumnModel", "{0} · {1} of {2} booked").format(
        name, booked, capacity
    )


def column_rows(board: Board, status: TaskStatus) -> list[BoardRow]:
    """The rows of one column: overdue cards first, then each day with its cards."""
    rows: list[BoardRow] = []
    overdue = [card for card in board.overdue if card.status is status]
    if overdue:
        rows.append(
            BoardRow(
                key="overdue", heading=QCoreApplication.translate("BoardColumnModel", "Overdue")
            )
        )
        rows += [BoardRow(key=f"task {c.id}", card=c, overdue=True) for c in overdue]
    for day in board.days:
        rows.append(
            BoardRow(key=f"day {day.day}", heading=day_heading(day.day, day.capacity, day.booked))
        )
        rows += [BoardRow(key=f"task {c.id}", card=c) for c in day.column(status)]
    return rows


class BoardColumnModel(QAbstractListModel):
    """The rows of one column; `set_rows` changes only what changed when the layout stays."""

    def __init__(self, status: TaskStatus, parent: Any = None) -> None:
        super().__init__(parent)
        self.status = status
        self._rows: list[BoardRow] = []

    def set_rows(self, rows: list[BoardRow]) -> None:
        if [row.key for row in rows] == [row.key for row in self._rows]:
            for number, (old, new) in enumerate(zip(self._rows, rows, strict=True)):
                if old != new:
                    self._rows[number] = new
                    index = self.index(number, 0)
                    self.dataChanged.emit(index, index)
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def cards(self) -> list[TaskCard]:
        return [row.card for row in self._rows if row.card is not None]

    def card_at(self, row: int) -> TaskCard | None:
        return self._rows[row].card if 0 <= row < len(self._rows) else None

    def row_of(self, task_id: int) -> int:
        for number, row in enumerate(self._rows):
            if row.card is not None and row.card.id == task_id:
                return number
        return -1

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].card is None:
            return Qt.ItemFlag.NoItemFlags  # headings are skipped by the keyboard
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        card = row.card
        if role == HEADING_ROLE:
            return card is None
        if role == CARD_ROLE:
            return card
        if role == OVERDUE_ROLE:
            return row.overdue
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.heading if card is None else card_text(card)
        if role == Qt.ItemDataRole.ToolTipRole and card is not None:
            return card_text(card, full=True)
        return None


def card_title(card: TaskCard) -> str:
    return f"{card.cake_name} × {card.quantity}"


def card_origin(card: TaskCard) -> str:
    if card.is_batch:
        return QCoreApplication.translate("BoardColumnModel", "Showcase batch")
    return QCoreApplication.translate("BoardColumnModel", "Order {0} · {1}").format(
        card.order_number, card.customer_name
    )


def card_text(card: TaskCard, *, full: bool = False) -> str:
    """The card in words: for screen readers, tooltips and tests."""
    lines = [
        card_title(card),
        QCoreApplication.translate("BoardColumnModel", "Pickup {0}").format(date_time(card.due_at)),
        card_origin(card),
    ]
    if card.inscription:
        lines.append(
            QCoreApplication.translate("BoardColumnModel", "Inscription: «{0}»").format(
                card.inscription
            )
        )
    if card.notes and not card.is_batch:
        lines.append(
            QCoreApplication.translate("BoardColumnModel", "Notes: {0}").format(card.notes)
        )
    if full and card.order_notes:
        lines.append(
            QCoreApplication.translate("BoardColumnModel", "Order notes: {0}").format(
                card.order_notes
            )
        )
    if card.allergens:
        lines.append(
            QCoreApplication.translate("BoardColumnModel", "Allergens: {0}").format(
                ", ".join(card.allergens)
            )
        )
    if card.baker:
        lines.append(
            QCoreApplication.translate("BoardColumnModel", "Baker: {0}").format(card.baker)
        )
    return "\n".join(lines)
